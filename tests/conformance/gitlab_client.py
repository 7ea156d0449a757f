#!/usr/bin/python3
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Greenlight authors
"""The GitLab simulator, checked by GitLab's own client library (python-gitlab, Debian's python3-gitlab).

Where the simulator and Greenlight's provider share a misreading of the API, only an independent client
can catch it: this drives `greenlight sim` with python-gitlab as a user would (who am I, one project,
every blocked deployment page by page, one deployment, approve, a refusal) and exits non-zero on the
first difference. Usage: gitlab_client.py PATH/TO/greenlight
"""
import json
import os
import subprocess
import sys
import tempfile

try:
    import gitlab
except ImportError:
    print("python3-gitlab is not installed (./dev installs it)")
    sys.exit(77)  # ctest: skipped

SCENARIO = {
    "token": "gl-conformance-t0ken",
    "page_size": 100,
    "gitlab": {
        "users": [{"id": 1, "username": "ana", "name": "Ana Lima"},
                  {"id": 2, "username": "jurgen", "name": "Jürgen Weiß"}],
        "me": 1,
        "scopes": ["api"],
        "projects": [{
            "id": 42, "path": "acme/api",
            "deployments": [
                {"id": 101 + i, "ref": "main", "environment": "staging", "user": 2,
                 "job": {"id": 9001 + i, "name": "deploy"}, "pipeline": 5001 + i,
                 "commit_title": "Change %d" % i, "required_approval_count": 1, "age_minutes": 30 - i}
                for i in range(5)
            ] + [{"id": 120, "ref": "mine", "environment": "production", "user": 1,
                  "job": {"id": 9020, "name": "deploy"}, "pipeline": 5020,
                  "commit_title": "My own change", "required_approval_count": 1}],
        }],
    },
}


def check(condition, what):
    if not condition:
        print("FAIL: " + what)
        sys.exit(1)
    print("ok: " + what)


def main():
    binary = sys.argv[1]
    with tempfile.TemporaryDirectory() as scratch:
        scenario = os.path.join(scratch, "scenario.json")
        with open(scenario, "w", encoding="utf-8") as f:
            json.dump(SCENARIO, f)
        sim = subprocess.Popen([binary, "sim", "--port", "0", "--scenario", scenario],
                               stdout=subprocess.PIPE, text=True)
        try:
            line = sim.stdout.readline()
            url = line.split("listening on ", 1)[1].split(" ", 1)[0]
            run(url)
        finally:
            sim.terminate()
            sim.wait(10)


def run(url):
    gl = gitlab.Gitlab(url, private_token=SCENARIO["token"], per_page=2)
    gl.auth()
    check(gl.user.username == "ana", "GET /user names the token's owner")
    check(gl.user.web_url.startswith(url + "/"), "the user's web_url is on the server (with its port)")

    project = gl.projects.get(42)
    check(project.path_with_namespace == "acme/api", "GET /projects/:id")

    # Six blocked deployments, two a page: a client that follows the Link header reads all three pages.
    blocked = project.deployments.list(status="blocked", get_all=True, per_page=2)
    check(len(blocked) == 6, "every page of blocked deployments is read (%d of 6)" % len(blocked))
    check(len({d.id for d in blocked}) == 6, "no deployment is listed twice across pages")

    one = project.deployments.get(102)
    check(one.status == "blocked" and one.environment["name"] == "staging", "GET /deployments/:id")

    answer = one.approval(status="approved", comment="conformance")
    check(answer.get("status") == "approved" and answer["user"]["username"] == "ana",
          "POST /deployments/:id/approval answers with the approval")
    again = project.deployments.get(102)
    approvals = getattr(again, "approvals", [])
    check(any(a["user"]["username"] == "ana" and a["status"] == "approved" for a in approvals),
          "the deployment read again lists the approval")

    try:
        project.deployments.get(120).approval(status="approved")
        check(False, "approving my own deployment is refused")
    except gitlab.exceptions.GitlabError as error:
        check(error.response_code == 400, "approving my own deployment is refused with 400 (%s)" % error.response_code)

    try:
        gitlab.Gitlab(url, private_token="wrong").auth()
        check(False, "a wrong token is refused")
    except gitlab.exceptions.GitlabAuthenticationError:
        check(True, "a wrong token is refused with 401")


if __name__ == "__main__":
    main()
