"""Checks the spans of iachr2json --explain against the input files.

Usage: explain-check.py IACHR2JSON FILE...  Releases the tool refuses
are passed over.  Exit status 1 when a field fails.
"""
import json
import os
import re
import subprocess
import sys
import unicodedata

# Fields not read from words of the text.
UNSPANNED = {"schema", "id", "language", "source"}
# First letters of a State's names and adjectives in the four languages
# that do not start as the English name does.
STATE_ALIASES = {"US": ["est", "eta"], "EC": ["equ"], "SV": ["sal"],
                 "DO": ["rep", "dom"], "BS": ["bah"], "HT": ["hai"],
                 "GT": ["gua"], "BR": ["bre"], "PE": ["per"],
                 "TT": ["tri"], "KN": ["sai", "san"], "LC": ["sai", "san"]}


def fold(text):
    text = unicodedata.normalize("NFD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", text).strip().lower()


def cut(data, span):
    text = ""
    # Line by line, as iachr2json decodes a file of mixed encodings.
    for raw in data[span["start"]:span["end"]].splitlines(True):
        try:
            text += raw.decode("utf-8")
        except UnicodeDecodeError:
            text += raw.decode("cp1252", errors="replace")
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", text))


def holds(field, value, texts):
    joined = " | ".join(texts)
    folded = fold(joined)
    if field in ("resolution", "measure"):
        return str(value["number"]) in joined
    if field == "date":
        year, _, day = value.split("-")
        return str(int(day)) in joined and year[2:] in joined
    if field == "state":
        starts = [w[:3] for w in fold(value["name"]).split()]
        starts += STATE_ALIASES.get(value["code"], [])
        return all(any(fold(t).startswith(s) or
                       (" " + s) in (" " + fold(t)) for s in starts)
                   for t in texts)
    if field == "beneficiaries":
        # "Marcos and Valeria Torres" gives "Marcos Torres": every word.
        return all(fold(b["name"]) in folded or
                   all(w in folded.split() for w in fold(b["name"]).split())
                   for b in value)
    if field == "requests":
        return all(fold(piece) in folded for r in value
                   for piece in re.split("[;:] ", r["text"]))
    if field == "legal_basis":
        return all(b["article"].split("(")[0] in joined for b in value)
    if field == "press_release":
        return value["title"] is None or fold(value["title"]) in folded
    if field == "text":
        return all(fold(p) in folded for p in value)
    return True


def main():
    tool, files = sys.argv[1], sys.argv[2:]
    # Under the sanitizers every fourth file: the spans of each come from
    # the same code, and 30-corpus.sh and 32-releases.sh run every release
    # there; the tool is many times slower under them.
    if os.environ.get("SANITIZE") == "1":
        files = files[::4]
    wrapper = os.environ.get("IACHR_WRAPPER", "").split()
    passed = total = 0
    failed = []
    for path in files:
        run = subprocess.run(wrapper + [tool, "--explain", path],
                             capture_output=True)
        if run.returncode != 0:
            continue
        data = open(path, "rb").read()
        for line in run.stdout.decode("utf-8").splitlines():
            e = json.loads(line)
            field, value = e["field"], e["value"]
            if field in UNSPANNED or value in (None, [], False) or (
                    isinstance(value, dict) and
                    all(v is None for v in value.values())):
                continue
            total += 1
            texts = [cut(data, s) for s in e["spans"]]
            ok = texts != [] and all(texts) and holds(field, value, texts)
            if ok:
                passed += 1
            else:
                failed.append("%s: %s" % (os.path.basename(path), field))
    for f in failed:
        print("explain: span does not hold the value: " + f)
    print("explain: %d of %d fields traced to words that hold them"
          % (passed, total))
    return 0 if total > 0 and passed == total else 1


sys.exit(main())
