#!/usr/bin/env python3
"""Scores iachr2json records against gold facts.

usage: corpus-score.py [-v] [-t PERCENT] [-g GLOB] CORPUS_DIR RECORDS_DIR

For each CORPUS_DIR/NAME.gold.json, reads RECORDS_DIR/NAME.json (the
tool's record, or missing when the tool refused the release) and compares
the gold fields following corpus/GOLD.md: beneficiaries match forgiving
case, quotes, punctuation, leading articles, "members of" and head
counts, and a name that contains the other (two words at least), in any
order; rights compare as sets; requests compare as a count.  Prints the
accuracy of each field and overall, the releases with every field right,
and the beneficiaries' precision, recall and F1 over names; -g scores
only the cases whose stem matches GLOB.  Exits 1 below the threshold.
"""
import json
import os
import re
import sys
import unicodedata
from fnmatch import fnmatch

FIELDS = ["language", "instrument", "decisions", "resolution", "measure",
          "date", "state", "beneficiaries", "collective", "rights",
          "requests", "press_release"]
PR_KEYS = ["number", "year", "place", "date", "time"]
ARTICLES = {"the", "a", "an", "la", "el", "los", "las", "le", "les", "l",
            "o", "os", "as", "un", "una", "une", "uma"}
MEMBERS = re.compile(
    r"^(?:(?:the|los|las|les|os|as|des)\s+)?(?:members?|miembros|integrantes"
    r"|membros|membres)\s+(?:of|de|del|do|da|dos|das|du|des)\s+",
    re.I)
COUNT = re.compile(
    r"^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|twenty|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|"
    r"veinte|duas|quatro|deux|trois|quatre|cinq|sept|huit|neuf|dix|vingt)"
    r"\s+", re.I)


def norm_name(name):
    s = unicodedata.normalize("NFC", name).lower()
    s = re.sub(r"[\"'\u2018\u2019\u201c\u201d\u00ab\u00bb]", " ", s)
    s = re.sub(r"[.,;:()\[\]]", " ", s)
    s = " ".join(s.split())
    changed = True
    while changed:
        changed = False
        words = s.split(" ")
        if len(words) > 1 and words[0] in ARTICLES:
            s = " ".join(words[1:])
            changed = True
        for rx in (MEMBERS, COUNT):
            t = rx.sub("", s)
            if t != s and t:
                s = t
                changed = True
    return s


def names_match(a, b):
    a, b = norm_name(a), norm_name(b)
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short.split()) >= 2 and (" " + short + " ") in (" " + long_ + " "):
        return True
    return False


def beneficiaries_match(gold, got):
    names = [b["name"] if isinstance(b, dict) else b for b in got]
    if len(names) != len(gold):
        return False
    used = [False] * len(names)

    def assign(i):
        if i == len(gold):
            return True
        for j, n in enumerate(names):
            if not used[j] and names_match(gold[i], n):
                used[j] = True
                if assign(i + 1):
                    return True
                used[j] = False
        return False
    return assign(0)


def matched_names(gold, got):
    """How many gold names find a distinct name in got (greedy, each once)."""
    names = [b["name"] if isinstance(b, dict) else b for b in got]
    used = [False] * len(names)
    n = 0
    for g in gold:
        for j, name in enumerate(names):
            if not used[j] and names_match(g, name):
                used[j] = True
                n += 1
                break
    return n


def field_ok(field, gold, rec):
    g = gold.get(field)
    r = rec.get(field)
    if field == "beneficiaries":
        return beneficiaries_match(g, r or [])
    if field == "rights":
        return set(g) == set(r or [])
    if field == "requests":
        return isinstance(r, list) and len(r) == g
    if field == "press_release":
        return all((r or {}).get(k) == g.get(k) for k in PR_KEYS)
    return g == r


def main(argv):
    verbose = False
    threshold = None
    only = "*"
    args = []
    i = 0
    while i < len(argv):
        if argv[i] == "-v":
            verbose = True
        elif argv[i] == "-g":
            i += 1
            only = argv[i]
        elif argv[i] == "-t":
            i += 1
            threshold = float(argv[i])
        else:
            args.append(argv[i])
        i += 1
    if len(args) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    corpus, records = args
    right = {f: 0 for f in FIELDS}
    cases = 0
    missing = []
    perfect = 0
    names_gold = names_got = names_right = 0
    for gold_name in sorted(os.listdir(corpus)):
        if not gold_name.endswith(".gold.json"):
            continue
        stem = gold_name[:-len(".gold.json")]
        if not fnmatch(stem, only):
            continue
        with open(os.path.join(corpus, gold_name), encoding="utf-8") as fp:
            gold = json.load(fp)
        cases += 1
        path = os.path.join(records, stem + ".json")
        rec = None
        if os.path.exists(path) and os.path.getsize(path) > 0:
            with open(path, encoding="utf-8") as fp:
                rec = json.load(fp)
        if rec is None:
            missing.append(stem)
            names_gold += len(gold["beneficiaries"])
            continue
        got_names = rec.get("beneficiaries") or []
        names_gold += len(gold["beneficiaries"])
        names_got += len(got_names)
        names_right += matched_names(gold["beneficiaries"], got_names)
        fields_right = 0
        for f in FIELDS:
            if field_ok(f, gold, rec):
                right[f] += 1
                fields_right += 1
            elif verbose:
                got = rec.get(f)
                if f == "beneficiaries":
                    got = [b.get("name") for b in got or []]
                elif f == "requests":
                    got = len(got or [])
                elif f == "press_release":
                    got = {k: (got or {}).get(k) for k in PR_KEYS}
                print("miss %s %s: gold %s, got %s" % (
                    stem, f, json.dumps(gold.get(f), ensure_ascii=False),
                    json.dumps(got, ensure_ascii=False)))
        if fields_right == len(FIELDS):
            perfect += 1
    if cases == 0:
        print("corpus: no gold cases in %s" % corpus)
        return 1
    for f in FIELDS:
        print("corpus: %-14s %3d/%d %6.1f%%" % (f, right[f], cases,
                                              100.0 * right[f] / cases))
    total = sum(right.values())
    pct = 100.0 * total / (cases * len(FIELDS))
    print("corpus: %d cases, %d without a record, %d/%d fields right: "
          "%.1f%%" % (cases, len(missing), total, cases * len(FIELDS), pct))
    prec = names_right / names_got if names_got else 1.0
    rec_ = names_right / names_gold if names_gold else 1.0
    f1 = 2 * prec * rec_ / (prec + rec_) if prec + rec_ else 0.0
    print("corpus: %d/%d releases perfect: %.1f%%" % (
        perfect, cases, 100.0 * perfect / cases))
    print("corpus: beneficiaries precision %.3f, recall %.3f, F1 %.3f "
          "(%d gold names, %d given)" % (prec, rec_, f1, names_gold,
                                        names_got))
    for stem in missing:
        print("corpus: no record for %s" % stem)
    if threshold is not None and (pct < threshold or missing):
        print("corpus: below the threshold of %.1f%%" % threshold)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
