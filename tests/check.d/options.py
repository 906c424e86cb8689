#!/usr/bin/env python3
"""For each tool, compares the options three places name: the manual page
(the flags of its SYNOPSIS and of its option list, as mandoc renders
them), the --help text (made from the tool's option table) and what
getopt accepts (each option of --help given to the tool).  Checks too
that the bash and zsh completions are those made from --help now, and
that the bash one completes every option.

usage: options.py BIN_DIR TOP"""
import html
import os
import re
import subprocess
import sys
import tempfile

BIN, TOP = sys.argv[1], sys.argv[2]
TOOLS = sorted(t for t in os.listdir(BIN) if not t.startswith("."))
FLAG = re.compile(r"(?<![\w-])(--?[A-Za-z][\w-]*)")
failures = 0


def check(what, ok, detail=""):
    global failures
    print("options: %s: %s" % (what, "ok" if ok else "FAILED"))
    if not ok:
        failures += 1
        if detail:
            print("    " + str(detail))


def run(args, **kw):
    return subprocess.run(args, capture_output=True, text=True,
                          stdin=subprocess.DEVNULL, **kw)


def man_flags(tool):
    """The flags of the SYNOPSIS, and those that head an item of a list."""
    page = run(["mandoc", "-Thtml", os.path.join(TOP, "man", tool + ".1")])
    text = page.stdout
    fl = r'<code class="Fl">([^<]*)</code>'
    synopsis = re.search(r'id="SYNOPSIS".*?</section>', text, re.S).group(0)
    items = re.findall(r"<dt[ >].*?</dt>", text, re.S)
    unesc = lambda xs: {html.unescape(x) for x in xs}
    return (unesc(re.findall(fl, synopsis)),
            unesc(f for i in items for f in re.findall(fl, i)))


def parse_help(text):
    """The flags of the usage lines, and each option: (flags, argument,
    optional) for each line of the Options: section."""
    usage, rest = text.split("\nOptions:\n", 1)
    options = []
    for line in rest.split("\n\n", 1)[0].splitlines():
        if not line.lstrip().startswith("-"):
            continue
        forms = re.split(r"  +", line.strip())[0]
        m = re.fullmatch(r"(?:(-\w)(?:, |$| (\S+)$))?(?:(--[\w-]+)"
                         r"(?:=(\S+)|(\[=\S+\]))?)?", forms)
        if m is None:
            options.append((set(), forms, False))
            continue
        short, sarg, long_, larg, opt = m.groups()
        options.append(({f for f in (short, long_) if f},
                        sarg or larg or (opt[2:-1] if opt else None),
                        opt is not None))
    return set(FLAG.findall(usage.replace("usage: ", ""))), options


def accepted(tool, flag, arg, optional):
    """Whether getopt takes flag (with an argument when it has one)."""
    if arg is None:
        args = [flag]
    else:
        value = arg.split("|")[0]
        args = ([flag + "=" + value] if optional or flag.startswith("--")
                else [flag, value])
    with tempfile.TemporaryDirectory() as tmp:
        r = run([os.path.join(BIN, tool)] + args + ["--help"], cwd=tmp)
    return not re.search(r"unrecognized option|invalid option|"
                         r"requires an argument|doesn't allow", r.stderr), \
        r.stderr


def bash_completes(tool, words):
    script = ('. "%s"; COMP_WORDS=(%s); COMP_CWORD=%d; _iachr_%s; '
              'printf "%%s\\n" "${COMPREPLY[@]}"' %
              (os.path.join(TOP, "completions", "bash", tool),
               " ".join("'%s'" % w for w in [tool] + words), len(words),
               tool))
    return set(run(["bash", "-c", script], cwd=TOP).stdout.split())


for tool in TOOLS:
    help_text = run([os.path.join(BIN, tool), "--help"]).stdout
    usage, options = parse_help(help_text)
    in_help = set().union(*(o[0] for o in options))
    synopsis, listed = man_flags(tool)
    check("%s: every line of Options: is an option" % tool,
          all(o[0] for o in options), [o[1] for o in options if not o[0]])
    check("%s: --help and the man page's option list agree" % tool,
          in_help == listed, "only in --help: %s; only in the page: %s" %
          (sorted(in_help - listed), sorted(listed - in_help)))
    check("%s: the usage lines and the SYNOPSIS agree" % tool,
          usage == synopsis, "usage: %s; SYNOPSIS: %s" %
          (sorted(usage), sorted(synopsis)))
    for need in ("-h", "--help", "--version"):
        check("%s: has %s" % (tool, need), need in in_help)
    check("%s: --help ends with an example and the manual" % tool,
          re.search(r"\nExample:\n  %s.*\n\nSee %s\(1\)\.\n\Z" %
                    (re.escape(tool) + "|.*\\| " + re.escape(tool), tool),
                    help_text) is not None, help_text[-200:])
    for flags, arg, optional in options:
        for flag in sorted(flags):
            ok, err = accepted(tool, flag, arg, optional)
            check("%s: getopt takes %s" % (tool, flag), ok, err)
    for shell, name in (("bash", tool), ("zsh", "_" + tool)):
        path = os.path.join(TOP, "completions", shell, name)
        made = run(["sh", os.path.join(TOP, "scripts", "gen-completions.sh"),
                    shell, os.path.join(BIN, tool)]).stdout
        try:
            with open(path) as f:
                kept = f.read()
        except OSError:
            kept = None
        check("%s: %s is made from --help (make completions)" %
              (tool, os.path.relpath(path, TOP)), made != "" and
              made == kept)
    got = bash_completes(tool, ["-"])
    check("%s: bash completes every option" % tool, got == in_help,
          sorted(got ^ in_help))
    for flags, arg, optional in options:
        if arg is None or "|" not in arg:
            continue
        long_ = max(flags, key=len)
        want = set(arg.split("|"))
        if not optional:
            check("%s: bash completes %s's words" % (tool, long_),
                  bash_completes(tool, [long_, ""]) == want)
        check("%s: bash completes %s='s words" % (tool, long_),
              bash_completes(tool, [long_, "=", ""]) == want)
sys.exit(1 if failures else 0)
