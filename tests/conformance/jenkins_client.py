#!/usr/bin/python3
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Greenlight authors
"""The Jenkins simulator, checked by Jenkins's Python client library (python-jenkins, Debian's python3-jenkins).

Where the simulator and Greenlight's provider share a misreading of Jenkins, only an independent client can
catch it: this drives `greenlight sim` with python-jenkins as a script would (who am I, the version from the
X-Jenkins header, a job in a folder with a space in its name, a build, every job through the folders), then
approves one input and aborts another through the library's own request path, so that its crumb handling
(one crumb per client, sent with the session cookie it came with) is what the simulator sees, and exits
non-zero on the first difference. Usage: jenkins_client.py PATH/TO/greenlight
"""
import json
import os
import subprocess
import sys
import tempfile
import urllib.request

try:
    import jenkins
    import requests
except ImportError:
    print("python3-jenkins is not installed (./dev installs it)")
    sys.exit(77)  # ctest: skipped

TOKEN = "jk-conformance-t0ken"
DEPLOY = "Ef95dd500ae6ed3b27b89fb852296d12"
SHA = "0123456789abcdef0123456789abcdef01234567"

SCENARIO = {
    "token": TOKEN,
    "jenkins": {
        "users": [{"id": "ana", "fullName": "Ana Lima", "groups": ["release-managers"]},
                  {"id": "jurgen", "fullName": "Jürgen Weiß"}],
        "me": "ana",
        "crumb_required": True,
        "jobs": [
            {"path": "release/payments api", "builds": [
                {"number": 42, "status": "PAUSED_PENDING_INPUT", "branch": "main", "sha": SHA,
                 "cause_user": "jurgen", "age_minutes": 25,
                 "inputs": [{"id": DEPLOY, "message": "Deploy to production?", "ok": "Deploy",
                             "submitter": "ana,release-managers",
                             "parameters": [{"type": "StringParameterDefinition", "name": "TICKET",
                                             "description": "Change ticket", "default": ""}]}]},
                {"number": 41, "status": "SUCCESS"}]},
            {"path": "release/infra/db migrate", "builds": [
                {"number": 7, "status": "PAUSED_PENDING_INPUT",
                 "inputs": [{"id": "migrate", "message": "Migrate the primary?"}]}]},
            {"path": "nightly", "builds": [{"number": 3, "status": "FAILED"}]},
        ],
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


def served(url):
    """What the simulator served so far (its /_sim/requests control endpoint)."""
    with urllib.request.urlopen(url + "/_sim/requests", timeout=10) as answer:
        return json.load(answer)["requests"]


def post(server, path, data=None):
    """A POST through python-jenkins's own request path, so that it adds its crumb."""
    return server.jenkins_open(requests.Request("POST", server._build_url(path), data=data))


def input_action(build):
    for action in build["actions"]:
        if action.get("_class", "").endswith(".InputAction"):
            return action
    return None


def run(url):
    base = url + "/jenkins"
    server = jenkins.Jenkins(base, username="ana", password=TOKEN, timeout=10)

    me = server.get_whoami()
    check(me["id"] == "ana" and me["fullName"] == "Ana Lima", "get_whoami: the token's owner (me/api/json)")
    check(server.get_version() == "2.440.3", "get_version: from the X-Jenkins header")

    info = server.get_job_info("release/payments api")
    check(info["_class"] == "org.jenkinsci.plugins.workflow.job.WorkflowJob", "get_job_info: a Pipeline job")
    check(info["fullName"] == "release/payments api" and info["name"] == "payments api",
          "get_job_info through a folder, with a space in the name")
    check(info["url"] == base + "/job/release/job/payments%20api/", "the job's url is encoded (%s)" % info["url"])
    check([b["number"] for b in info["builds"]] == [42, 41], "the job lists its builds, newest first")

    build = server.get_build_info("release/payments api", 42)
    check(build["building"] is True and build["result"] is None, "get_build_info: build 42 goes on, no result")
    waiting = input_action(build)
    check(waiting is not None and waiting["waitingForInput"] is True, "build 42 waits for input")
    execution = waiting["executions"][0]
    check(execution["id"] == DEPLOY and execution["input"]["submitter"] == "ana,release-managers",
          "the input's id and submitters are exported")
    causes = [a for a in build["actions"] if a.get("_class") == "hudson.model.CauseAction"][0]["causes"]
    check(causes[0]["userId"] == "jurgen", "the build was started by jurgen")

    top = {j["fullname"] for j in server.get_jobs()}
    check(top == {"nightly", "release"}, "get_jobs: the top level (%s)" % sorted(top))
    every = {j["fullname"] for j in server.get_all_jobs()}
    check(every == {"nightly", "release", "release/infra", "release/infra/db migrate", "release/payments api"},
          "get_all_jobs: through the folders (%s)" % sorted(every))

    runs = json.loads(server.jenkins_open(requests.Request(
        "GET", server._build_url("job/release/job/payments%20api/wfapi/runs"))))
    check(runs[0]["status"] == "PAUSED_PENDING_INPUT", "wfapi/runs: build 42 is paused for input")
    pending = json.loads(server.jenkins_open(requests.Request(
        "GET", server._build_url("job/release/job/payments%20api/42/wfapi/pendingInputActions"))))
    check(pending[0]["abortUrl"] == "/jenkins/job/release/job/payments%%20api/42/input/%s/abort" % DEPLOY,
          "wfapi/pendingInputActions: the abort URL under the context path")

    # Approve with a parameter, abort the other: both POSTs carry the crumb python-jenkins fetched.
    answer = post(server, "job/release/job/payments%%20api/42/input/%s/proceed" % DEPLOY,
                  {"json": json.dumps({"parameter": [{"name": "TICKET", "value": "CHG 42"}]})})
    check(answer == "", "proceed answers 200 with an empty body")
    build = server.get_build_info("release/payments api", 42)
    check(build["building"] is True and input_action(build)["waitingForInput"] is False,
          "after proceed build 42 runs on, no longer waiting")
    post(server, "job/release/job/infra/job/db%20migrate/7/input/Migrate/abort")
    build = server.get_build_info("release/infra/db migrate", 7)
    check(build["result"] == "ABORTED" and build["building"] is False, "after abort build 7 is ABORTED")

    try:
        post(server, "job/release/job/infra/job/db%20migrate/7/input/Migrate/abort")
        check(False, "a settled input is gone")
    except jenkins.NotFoundException:
        check(True, "a settled input has left the run (404)")

    log = served(url)
    crumbs = [r for r in log if r["method"] == "GET" and r["path"] == "/jenkins/crumbIssuer/api/json"]
    check(len(crumbs) == 1, "exactly one crumb was asked for (%d)" % len(crumbs))
    posts = [r for r in log if r["method"] == "POST"]
    check(len(posts) == 3, "three POSTs reached the simulator (%d)" % len(posts))

    try:
        jenkins.Jenkins(base, username="ana", password="wrong", timeout=10).get_whoami()
        check(False, "a wrong token is refused")
    except jenkins.JenkinsException as error:
        check("[401]" in str(error), "a wrong token is refused with 401 (%s)" % str(error).splitlines()[0])
    try:
        jenkins.Jenkins(base, timeout=10).get_whoami()
        check(False, "anonymous is refused")
    except jenkins.JenkinsException as error:
        check("[403]" in str(error), "anonymous is refused with 403 (%s)" % str(error).splitlines()[0])


if __name__ == "__main__":
    main()
