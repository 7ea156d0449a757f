#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Greenlight authors
"""Fails when a catalogue is behind the code or a shipped translation is unfinished.

Copies translations/greenlight_*.ts to a work folder, refreshes the copies from the code with lupdate (as
`update_translations` does, without obsolete entries or line numbers) and compares them with the
catalogues in the repository, message by message: a tr() string the catalogue lacks, or one it still
carries although the code no longer has it, means the catalogue is behind. Then every German and French
message must be finished, with every plural form filled; the English catalogue needs only its plural forms
(its other messages are the source text itself). Nothing in the repository is written.
"""

import argparse
import pathlib
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

SOURCES = ["app/core", "app/cli", "app/ui", "app/main.cpp"]


def messages(path):
    """Each message as (context, source, comment, numerus) -> its <translation> element."""
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            key = (name, message.findtext("source", ""), message.findtext("comment", ""),
                   message.get("numerus") == "yes")
            out[key] = message.find("translation")
    return out


def unfinished(key, translation, english):
    """Why the message is not ready to ship, or None."""
    _, source, _, numerus = key
    if translation is None:
        return "no translation"
    forms = translation.findall("numerusform")
    if numerus and (not forms or any(not (f.text or "").strip() for f in forms)):
        return "a plural form is empty"
    if english:
        return None
    if translation.get("type") == "unfinished":
        return "unfinished"
    if not numerus and not (translation.text or "").strip() and source.strip():
        return "empty"
    return None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lupdate", required=True)
    parser.add_argument("--source", required=True, type=pathlib.Path)
    parser.add_argument("--work", required=True, type=pathlib.Path)
    parser.add_argument("--stamp")
    args = parser.parse_args()

    catalogues = sorted((args.source / "translations").glob("greenlight_*.ts"))
    shutil.rmtree(args.work, ignore_errors=True)
    args.work.mkdir(parents=True)
    copies = [args.work / c.name for c in catalogues]
    for original, copy in zip(catalogues, copies):
        shutil.copyfile(original, copy)
    subprocess.run([args.lupdate, "-silent", "-recursive", *SOURCES, "-no-obsolete", "-locations", "none",
                    "-ts", *map(str, copies)], cwd=args.source, check=True)

    problems = []
    for original, copy in zip(catalogues, copies):
        name = "translations/" + original.name
        have = messages(original)
        want = messages(copy)
        for key in sorted(set(want) - set(have)):
            problems.append(f"{name}: lacks [{key[0]}] \"{key[1]}\"")
        for key in sorted(set(have) - set(want)):
            problems.append(f"{name}: still has [{key[0]}] \"{key[1]}\", which the code no longer says")
        english = original.name == "greenlight_en.ts"
        for key, translation in have.items():
            why = unfinished(key, translation, english)
            if why:
                problems.append(f"{name}: [{key[0]}] \"{key[1]}\": {why}")
    if problems:
        for p in problems[:40]:
            print(p, file=sys.stderr)
        if len(problems) > 40:
            print(f"… and {len(problems) - 40} more", file=sys.stderr)
        print("Refresh the catalogues with `cmake --build build --target update_translations`, then translate "
              "what is new or unfinished (Qt Linguist, or the .ts files by hand).", file=sys.stderr)
        return 1
    if args.stamp:
        pathlib.Path(args.stamp).touch()
    return 0


if __name__ == "__main__":
    sys.exit(main())
