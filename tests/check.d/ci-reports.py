"""Reads back what resvalidate writes for CI.

github FILE MAX: FILE holds the output of --errors github; each line
that starts with "::" must be a workflow command as GitHub parses it
(::name key=value,...::message, properties escaped), with no line=0,
col=0 or file=<stdin>, a title on every error, at most MAX errors and
a summary notice last. Prints the errors, one per line, unescaped.

yaml FILE: prints the YAML document in FILE as JSON (for the shell).

sarif-schema IN OUT: writes to OUT the SARIF 2.1.0 schema IN with the two
mistakes of the published file corrected (see tests/sarif/README).
"""
import json
import re
import sys

COMMAND = re.compile(r"^::([a-z-]+)(?: ([^:]*))?::(.*)$")


def unescape(s, prop):
    s = s.replace("%0D", "\r").replace("%0A", "\n")
    if prop:
        s = s.replace("%3A", ":").replace("%2C", ",")
    return s.replace("%25", "%")


def fail(msg):
    print("ci-reports: " + msg)
    sys.exit(1)


def github(path, limit):
    lines = open(path, encoding="utf-8").read().split("\n")
    if lines[-1] != "":
        fail("no newline at the end")
    lines.pop()
    errors = []
    for i, line in enumerate(lines):
        if not line.startswith("::"):
            # A plain log line: past the cap, it may start no command.
            if errors and len(errors) < limit:
                fail("plain line before the cap: %r" % line)
            continue
        m = COMMAND.match(line)
        if m is None:
            fail("not a workflow command: %r" % line)
        name, props, message = m.group(1), m.group(2) or "", m.group(3)
        kv = {}
        for p in props.split(",") if props else []:
            k, _, v = p.partition("=")
            if not k or not _ or k in kv:
                fail("bad property %r in %r" % (p, line))
            kv[k] = unescape(v, True)
        for k in ("line", "col"):
            if k in kv and not re.fullmatch(r"[1-9][0-9]*", kv[k]):
                fail("%s=%s in %r" % (k, kv[k], line))
        if "col" in kv and "line" not in kv:
            fail("col without line: %r" % line)
        if kv.get("file") in ("<stdin>", "-", ""):
            fail("file=%s: %r" % (kv["file"], line))
        if "title" not in kv:
            fail("no title: %r" % line)
        if name == "error":
            errors.append((kv, unescape(message, False)))
        elif name != "notice":
            fail("unexpected command %s" % name)
        if name == "notice" and i == len(lines) - 1:
            if not re.match(r"\d+ records? checked, \d+ valid, \d+ invalid",
                            message):
                fail("last line is no summary: %r" % line)
    if not lines or not lines[-1].startswith("::notice"):
        fail("no summary notice at the end")
    if limit > 0 and len(errors) > limit:
        fail("%d annotations, more than %d" % (len(errors), limit))
    for kv, message in errors:
        print("%s|%s|%s|%s|%s" % (kv.get("file", ""), kv.get("line", ""),
                                  kv.get("col", ""), kv["title"], message))


def yaml_to_json(path):
    try:
        import yaml
    except ImportError:
        sys.exit(77)
    print(json.dumps(yaml.safe_load(open(path, encoding="utf-8"))))


def sarif_schema(src, dst):
    schema = json.load(open(src, encoding="utf-8"))
    region = schema["definitions"]["region"]
    region["anyOf"] = region["properties"].pop("anyOf")
    for name in ("run", "toolComponent"):
        language = schema["definitions"][name]["properties"]["language"]
        if language["pattern"] != "^(?i)[a-zA]{2}(-[a-z]{2})?$":
            fail("unexpected pattern in the SARIF schema")
        language["pattern"] = "^[a-zA-Z]{2}(-[a-zA-Z]{2})?$"
    json.dump(schema, open(dst, "w", encoding="utf-8"), indent=1)


if __name__ == "__main__":
    if sys.argv[1] == "github":
        github(sys.argv[2], int(sys.argv[3]))
    elif sys.argv[1] == "sarif-schema":
        sarif_schema(sys.argv[2], sys.argv[3])
    else:
        yaml_to_json(sys.argv[2])
