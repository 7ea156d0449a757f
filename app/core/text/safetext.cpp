// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#include "safetext.h"

#include "gate.h"

#include <algorithm>

namespace gl {

bool isUnsafeChar(char32_t c)
{
    return (c < 0x20 && c != u'\n') || c == 0x7f || (c >= 0x80 && c <= 0x9f) ||
           (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

namespace {

// Every unsafe character is in the Basic Multilingual Plane, so UTF-16 units are checked as they are: no
// conversion, and no copy of a string that holds none, as nearly all do (this runs on every gate of every
// poll).
template <typename Replace> QString cleaned(const QString &text, Replace replace)
{
    const auto bad = [](QChar c) { return isUnsafeChar(c.unicode()); };
    if (std::none_of(text.begin(), text.end(), bad)) {
        return text;
    }
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (bad(c)) {
            replace(out, c.unicode());
        } else {
            out.append(c);
        }
    }
    return out;
}

} // namespace

QString terminalSafe(const QString &text, bool keepNewlines)
{
    QString s = cleaned(text, [](QString &out, char32_t c) {
        out += c <= 0xff ? QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'))
                         : QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
    });
    if (!keepNewlines) {
        s.replace(u'\n', QStringLiteral("\\n"));
    }
    return s;
}

QString displaySafe(const QString &text)
{
    return cleaned(text, [](QString &out, char32_t) { out += QChar(0xfffd); });
}

void makeDisplaySafe(Gate &g)
{
    for (QString *s : {&g.project, &g.branch, &g.commitSubject, &g.triggeredBy, &g.workflow, &g.environment,
                       &g.name, &g.statusText, &g.requestedBy, &g.cannotApproveReason}) {
        *s = displaySafe(*s);
    }
    for (QStringList *list : {&g.approvalHistory, &g.reviewers}) {
        for (QString &s : *list) {
            s = displaySafe(s);
        }
    }
    for (auto &detail : g.details) {
        detail.first = displaySafe(detail.first);
        detail.second = displaySafe(detail.second);
    }
    for (GateParameter &p : g.parameters) {
        p.description = displaySafe(p.description);
    }
}

QString csvField(const QString &value)
{
    QString s = value;
    qsizetype first = 0;
    while (first < s.size() && s.at(first) == u' ') {
        ++first;
    }
    static const QString formulaStarts =
        QStringLiteral("=+-@\t\r") + QChar(0xff1d) + QChar(0xff0b) + QChar(0xff0d) + QChar(0xff20);
    if (first < s.size() && formulaStarts.contains(s.at(first))) {
        s.prepend(u'\'');
    }
    if (s.contains(u',') || s.contains(u'"') || s.contains(u'\n') || s.contains(u'\r')) {
        s = u'"' + s.replace(u'"', QStringLiteral("\"\"")) + u'"';
    }
    return s;
}

} // namespace gl
