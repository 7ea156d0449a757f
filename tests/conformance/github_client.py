#!/usr/bin/python3
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Greenlight authors
"""The GitHub simulator, checked by GitHub's own client library (PyGithub, Debian's python3-github 1.55).

Where the simulator and Greenlight's provider share a misreading of the API, only an independent client
can catch it: this drives `greenlight sim` with PyGithub as a user would (who am I, one repository, every
waiting run page by page, a conditional request, the pending deployments, approve, the review history,
refusals, both rate limits) and exits non-zero on the first difference. PyGithub 1.55 has no methods for
pending deployments, so those go through the library's own requester, as its methods do.
Usage: github_client.py PATH/TO/greenlight
"""
import json
import os
import subprocess
import sys
import tempfile
import urllib.request

try:
    import github
except ImportError:
    print("python3-github is not installed (./dev installs it)")
    sys.exit(77)  # ctest: skipped

TOKEN = "gh-conformance-t0ken"


def section(**extra):
    waiting = [{"id": 30433642, "display_title": "Fix rounding", "actor": 2, "age_minutes": 1,
                "head_sha": "009b8a3a9ccbb128af87f9b1c0f4c62e8a304f6d", "pending": ["staging", "production"]},
               {"id": 30433643, "display_title": "Rollout to the EU", "actor": 2, "age_minutes": 2,
                "pending": ["prod-eu"]}]
    waiting += [{"id": 30433650 + i, "display_title": "Change %d" % i, "actor": 2, "age_minutes": 10 + i,
                 "pending": ["staging"]} for i in range(5)]
    done = [{"id": 30433600 + i, "status": "completed", "age_minutes": 100 + i} for i in range(2)]
    out = {
        "users": [{"id": 1, "login": "ana", "name": "Ana Lima"},
                  {"id": 2, "login": "jurgen", "name": "Jürgen Weiß"}],
        "teams": [{"id": 7, "slug": "release-managers", "name": "Release managers", "members": [1]}],
        "me": 1,
        "repos": [{
            "full_name": "acme/api", "id": 1296269,
            "environments": [
                {"id": 161088068, "name": "staging", "reviewers": [{"type": "User", "id": 1}]},
                {"id": 161088069, "name": "production", "reviewers": [{"type": "Team", "id": 7}],
                 "wait_timer": 30},
                {"id": 161088070, "name": "prod-eu", "reviewers": [{"type": "User", "id": 2}]}],
            "runs": waiting + done,
        }],
    }
    out.update(extra)
    return out


WAITING = [30433642, 30433643] + [30433650 + i for i in range(5)]


def check(condition, what):
    if not condition:
        print("FAIL: " + what)
        sys.exit(1)
    print("ok: " + what)


def simulate(binary, scenario, scratch, body):
    path = os.path.join(scratch, "scenario-%d.json" % id(scenario))
    with open(path, "w", encoding="utf-8") as f:
        json.dump(scenario, f)
    sim = subprocess.Popen([binary, "sim", "--port", "0", "--scenario", path],
                           stdout=subprocess.PIPE, text=True)
    try:
        line = sim.stdout.readline()
        url = line.split("listening on ", 1)[1].split(" ", 1)[0]
        body(url)
    finally:
        sim.terminate()
        sim.wait(10)


def main():
    binary = sys.argv[1]
    with tempfile.TemporaryDirectory() as scratch:
        simulate(binary, {"token": TOKEN, "github": section()}, scratch, run)
        simulate(binary, {"token": TOKEN,
                          "github": section(rate_limit=3,
                                            secondary_rate_limit={"requests": 1, "retry_after": 7})},
                 scratch, limits)


def served(url, part):
    """The requests the simulator served whose path contains `part` (its /_sim/requests log)."""
    with urllib.request.urlopen(url + "/_sim/requests") as answer:
        return [r for r in json.load(answer)["requests"] if part in r["path"]]


def run(url):
    api = url + "/api/v3"
    gh = github.Github(base_url=api, login_or_token=TOKEN, per_page=2)
    me = gh.get_user()
    check(me.login == "ana", "GET /user names the token's owner")
    check(me.html_url == url + "/ana", "the user's html_url is on the server (with its port)")

    repo = gh.get_repo("acme/api")
    check(repo.full_name == "acme/api" and repo.id == 1296269, "GET /repos/acme/api")
    check(repo.owner.login == "acme", "the repository's owner")
    try:
        gh.get_repo("acme/nothing")
        check(False, "an unknown repository is refused")
    except github.UnknownObjectException as error:
        check(error.status == 404, "an unknown repository is 404 Not Found (UnknownObjectException)")

    # Seven waiting runs, two a page: totalCount reads the last page's number off a fresh Link header
    # (per_page=1), and iterating follows rel="next" through all four pages.
    fresh = repo.get_workflow_runs(status="waiting")
    check(fresh.totalCount == 7, "totalCount before reading, from rel=\"last\" (%d of 7)" % fresh.totalCount)
    runs = repo.get_workflow_runs(status="waiting")
    before = len(served(url, "/actions/runs"))
    ids = [r.id for r in runs]
    pages = len(served(url, "/actions/runs")) - before
    check(len(ids) == 7, "every page of waiting runs is read (%d of 7)" % len(ids))
    check(ids == WAITING, "newest first, each run once: %s" % ids)
    check(pages == 4, "read in four pages of two (%d requests)" % pages)
    check(runs.totalCount == 7, "totalCount after reading, from total_count")
    check(all(r.status == "waiting" for r in runs), "every run listed is waiting")
    check(len(list(repo.get_workflow_runs(status="completed"))) == 2, "status=completed lists the two others")

    first = repo.get_workflow_run(30433642)
    check(first.status == "waiting" and first.conclusion is None, "GET /actions/runs/{id}")
    check(first.head_sha == "009b8a3a9ccbb128af87f9b1c0f4c62e8a304f6d", "the run's head_sha")
    check(first.html_url == url + "/acme/api/actions/runs/30433642", "the run's html_url carries the port")
    check(first.head_commit.message == "Fix rounding", "the run's head commit")
    remaining = gh.rate_limiting[0]
    check(first.update() is False, "the run read again with its ETag is 304 Not Modified")
    check(gh.rate_limiting[0] == remaining, "a 304 does not count against the rate limit (%d, was %d)"
          % (gh.rate_limiting[0], remaining))

    requester = repo._requester
    pending_url = repo.url + "/actions/runs/30433642/pending_deployments"
    _, pending = requester.requestJsonAndCheck("GET", pending_url)
    check([p["environment"]["id"] for p in pending] == [161088068, 161088069],
          "pending deployments: staging and production")
    check([[r["type"] for r in p["reviewers"]] for p in pending] == [["User"], ["Team"]],
          "reviewers: a user, then a team")
    check(pending[0]["reviewers"][0]["reviewer"]["login"] == "ana", "the user reviewer is me")
    check(pending[1]["reviewers"][0]["reviewer"]["slug"] == "release-managers", "the team reviewer's slug")
    check(all(p["current_user_can_approve"] for p in pending), "I may approve both (as a user, as a member)")
    _, other = requester.requestJsonAndCheck("GET", repo.url + "/actions/runs/30433643/pending_deployments")
    check(other[0]["current_user_can_approve"] is False, "I may not approve where others are the reviewers")

    _, deployments = requester.requestJsonAndCheck(
        "POST", pending_url,
        input={"environment_ids": [161088068], "state": "approved", "comment": "conformance"})
    check(len(deployments) == 1 and deployments[0]["environment"] == "staging",
          "approving staging answers with its deployment")
    _, pending = requester.requestJsonAndCheck("GET", pending_url)
    check([p["environment"]["name"] for p in pending] == ["production"], "production still waits")
    check(first.update() is True and first.status == "waiting",
          "the run read again has changed (a new ETag) and still waits on production")
    _, history = requester.requestJsonAndCheck("GET", repo.url + "/actions/runs/30433642/approvals")
    check(len(history) == 1 and history[0]["state"] == "approved" and history[0]["comment"] == "conformance"
          and history[0]["user"]["login"] == "ana"
          and [e["name"] for e in history[0]["environments"]] == ["staging"],
          "the review history lists my approval of staging")

    try:
        requester.requestJsonAndCheck("POST", pending_url,
                                      input={"environment_ids": [161088069], "state": "approved"})
        check(False, "a review without a comment is refused")
    except github.GithubException as error:
        check(error.status == 422 and "\"comment\" wasn't supplied" in error.data["message"],
              "a review without a comment is 422 (%s %s)" % (error.status, error.data))
    try:
        requester.requestJsonAndCheck(
            "POST", repo.url + "/actions/runs/30433643/pending_deployments",
            input={"environment_ids": [161088070], "state": "approved", "comment": "not mine"})
        check(False, "approving where I am no reviewer is refused")
    except github.GithubException as error:
        check(error.status == 422, "approving where I am no reviewer is 422 (%s)" % error.status)

    _, deployments = requester.requestJsonAndCheck(
        "POST", pending_url,
        input={"environment_ids": [161088069], "state": "approved", "comment": "production too"})
    check(repo.get_workflow_run(30433642).status == "in_progress", "with both approved the run goes on")

    try:
        github.Github(base_url=api, login_or_token="wrong").get_user().login
        check(False, "a wrong token is refused")
    except github.BadCredentialsException as error:
        check(error.status == 401, "a wrong token is refused with 401 (BadCredentialsException)")


def limits(url):
    gh = github.Github(base_url=url + "/api/v3", login_or_token=TOKEN)
    try:
        gh.get_user().login
        check(False, "the secondary rate limit refuses")
    except github.RateLimitExceededException as error:
        check(error.status == 403 and error.headers.get("retry-after") == "7",
              "the secondary limit: 403 with retry-after (RateLimitExceededException)")
        check(error.data["documentation_url"].endswith("#secondary-rate-limits"),
              "the secondary limit's documentation_url")
    for _ in range(3):
        gh.get_repo("acme/api")
    check(gh.rate_limiting == (0, 3), "three requests use up a budget of three (%s)" % (gh.rate_limiting,))
    try:
        gh.get_repo("acme/api")
        check(False, "the primary rate limit refuses")
    except github.RateLimitExceededException as error:
        check(error.status == 403 and error.headers.get("x-ratelimit-remaining") == "0",
              "the primary limit: 403 with x-ratelimit-remaining 0 (RateLimitExceededException)")


if __name__ == "__main__":
    main()
