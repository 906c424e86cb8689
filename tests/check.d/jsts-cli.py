"""Runs the required tests of the JSON-Schema-Test-Suite (draft 2020-12)
through resvalidate --schema: one call per schema, its instances as the
records of one JSON Lines file, the verdict of each record read from
--errors json.  The suite's remote documents (http://localhost:1234/...)
are given with --ref.  Prints each failure and the counts; exits 1 when a
test fails.  usage: jsts-cli.py SUITE RESVALIDATE"""
import concurrent.futures
import json
import os
import shlex
import subprocess
import sys
import tempfile

REMOTE = "http://localhost:1234/"


def remote_refs(suite):
    """--ref options for every document of SUITE/remotes/."""
    root = os.path.join(suite, "remotes")
    refs = []
    for folder, _, names in sorted(os.walk(root)):
        for name in sorted(names):
            if name.endswith(".json"):
                path = os.path.join(folder, name)
                uri = REMOTE + os.path.relpath(path, root)
                refs += ["--ref", uri + "=" + path]
    return refs


def run_group(command, work, index, group):
    """The verdicts that differ from the expected ones, as messages."""
    schema = os.path.join(work, "schema-%d.json" % index)
    records = os.path.join(work, "data-%d.jsonl" % index)
    with open(schema, "w", encoding="utf-8") as f:
        json.dump(group["schema"], f)
    with open(records, "w", encoding="utf-8") as f:
        for test in group["tests"]:
            f.write(json.dumps(test["data"]) + "\n")
    run = subprocess.run(command + ["--errors", "json", "--schema", schema,
                                    records], capture_output=True,
                         encoding="utf-8")
    invalid = set()
    for line in run.stdout.splitlines():
        invalid.add(json.loads(line).get("record"))
    usable = run.returncode in (0, 1)
    failures = []
    for number, test in enumerate(group["tests"], 1):
        valid = usable and number not in invalid
        if valid != test["valid"]:
            failures.append("%s: %s (expected %s)%s" % (
                group["description"], test["description"],
                "valid" if test["valid"] else "invalid",
                "" if usable else ": " + run.stderr.strip()))
    return len(group["tests"]), failures


def main():
    suite, tool = sys.argv[1], sys.argv[2]
    wrapper = shlex.split(os.environ.get("IACHR_WRAPPER", ""))
    command = wrapper + [tool] + remote_refs(suite)
    folder = os.path.join(suite, "tests", "draft2020-12")
    jobs = []
    for name in sorted(os.listdir(folder)):
        if name.endswith(".json"):
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                groups = json.load(f)
            # Under the sanitizers, one group per keyword file: the
            # keywords' code runs under them in the library's suite
            # (20-json-schema-suite.sh); here a run of the tool per group,
            # hundreds of them, would add nothing but minutes.
            if os.environ.get("SANITIZE") == "1":
                groups = groups[:1]
            jobs.extend((name, group) for group in groups)
    total = 0
    failed = 0
    with tempfile.TemporaryDirectory() as work, \
            concurrent.futures.ThreadPoolExecutor(2) as pool:
        runs = [pool.submit(run_group, command, work, i, group)
                for i, (_, group) in enumerate(jobs)]
        for (name, _), run in zip(jobs, runs):
            count, failures = run.result()
            total += count
            failed += len(failures)
            for failure in failures:
                print("FAIL %s: %s" % (name, failure))
    print("json-schema-suite-cli: %d of %d required tests pass" %
          (total - failed, total))
    return 1 if failed > 0 else 0


sys.exit(main())
