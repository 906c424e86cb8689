#!/usr/bin/env python3
"""Wraps releases in HTML pages of the site's layouts, and compares records.

  html-pages.py wrap OUTDIR FILE.txt ...   writes OUTDIR/STEM.LAYOUT.html
  html-pages.py compare LIST   for each line "NAME TEXT.json PAGE.json" of
                               LIST, the records equal but for source;
                               exit 1 when one differs

Layouts: "old" (tables, a menu column, scripts, a footer row) and "new"
(header, nav, main, article, aside, footer, a cookie banner), in UTF-8;
"old-latin1" and "new-latin1" declare ISO-8859-1 (the caller converts
them with iconv; characters beyond Latin-1 are written as references).
"""
import html
import json
import re
import sys

ITEM = re.compile(r'^\s*(- |(\d+)\. )')

OLD_HEAD = '''<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<HTML>
<HEAD>
{meta}
<TITLE>CIDH :: Comunicados de prensa</TITLE>
<LINK rel="stylesheet" href="/cidh.css" type="text/css">
<SCRIPT type="text/javascript">
function menu(id) {{ document.write("<p>Menu " + id + "</p>"); }}
</SCRIPT>
</HEAD>
<BODY bgcolor="#FFFFFF">
<TABLE id="layout" width="100%" border="0" cellpadding="0">
<TR><TD colspan="2" class="banner"><IMG src="/logo.gif" alt="IACHR"></TD></TR>
<TR>
<TD class="leftmenu" valign="top" width="180">
<A href="/">Home</A><BR><A href="/mandate/">Mandate</A><BR>
<A href="/prensa/">Press releases</A><BR><A href="/cautelares/">Precautionary
measures</A>
<SCRIPT>menu(3);</SCRIPT>
</TD>
<TD id="content" valign="top">
'''
OLD_TAIL = '''</TD>
</TR>
<TR><TD colspan="2" id="footer">Organization of American States &copy;
1889 F St. NW, Washington, D.C. | <A href="/contact">Contact</A></TD></TR>
</TABLE>
<SCRIPT type="text/javascript">var _gaq = _gaq || []; _gaq.push(['_trackPageview']);</SCRIPT>
</BODY>
</HTML>
'''
NEW_HEAD = '''<!doctype html>
<html lang="en">
<head>
{meta}
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Press Release | IACHR</title>
<style>.cookie-banner {{ position: fixed; }} p > a {{ color: #036; }}</style>
<script>window.dataLayer = window.dataLayer || []; var s = "<p>not text</p>";</script>
</head>
<body class="page-press-release">
<div id="cookie-consent" class="cookie-banner" role="dialog">
<p>This site uses cookies to improve your experience.</p>
<button type="button">Accept</button> <a href="/privacy">Privacy policy</a>
</div>
<header class="site-header">
<a class="logo" href="/">IACHR</a>
<nav class="main-menu" aria-label="Main"><ul>
<li><a href="/">Home</a></li><li><a href="/about">About</a></li>
<li><a href="/press">Press</a></li><li><a href="/measures">Precautionary Measures</a></li>
</ul></nav>
<form class="search" action="/search"><input type="search" name="q"><button>Search</button></form>
</header>
<main id="main-content">
<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li>
<li><a href="/press">Press releases</a></li><li>2021</li></ol></nav>
<article class="press-release">
'''
NEW_TAIL = '''<div class="share-buttons"><span>Share:</span> <a href="#">Facebook</a>
<a href="#">X</a> <a href="#">WhatsApp</a></div>
</article>
<aside class="related"><h2>Related releases</h2><ul>
<li><a href="/r/1">IACHR extends measures</a></li><li><a href="/r/2">IACHR lifts measures</a></li>
</ul></aside>
</main>
<footer class="site-footer"><p>Inter-American Commission on Human Rights,
1889 F St. NW, Washington, D.C., 20006 USA</p>
<ul class="social"><li><a href="#">Facebook</a></li><li><a href="#">X</a></li></ul></footer>
<script src="/js/site.js"></script>
<noscript><p>Please enable JavaScript.</p></noscript>
</body>
</html>
'''
LAYOUTS = {
    'old': (OLD_HEAD, OLD_TAIL, '<META HTTP-EQUIV="Content-Type" '
            'CONTENT="text/html; charset=utf-8">', 'H1', 'P', 'BR'),
    'old-latin1': (OLD_HEAD, OLD_TAIL, '<META HTTP-EQUIV="Content-Type" '
                   'CONTENT="text/html; charset=iso-8859-1">', 'H1', 'P',
                   'BR'),
    'new': (NEW_HEAD, NEW_TAIL, '<meta charset="utf-8">', 'h1', 'p', 'br'),
    'new-latin1': (NEW_HEAD, NEW_TAIL, '<meta charset="ISO-8859-1">', 'h1',
                   'p', 'br'),
}


def escape(s, latin1):
    s = html.escape(s, quote=False)
    if latin1:
        s = ''.join(c if ord(c) < 256 else '&#%d;' % ord(c) for c in s)
    return s


def lists(lines):
    """Groups a block's lines: ('p', lines) or ('ol'/'ul', start, items)."""
    groups = []
    for line in lines:
        m = ITEM.match(line)
        if m is None:
            if groups and groups[-1][0] == 'p':
                groups[-1][1].append(line.strip())
            else:
                groups.append(('p', [line.strip()]))
            continue
        kind = 'ul' if m.group(2) is None else 'ol'
        number = int(m.group(2)) if kind == 'ol' else 0
        item = line[m.end():].strip()
        last = groups[-1] if groups else None
        if last and last[0] == kind and (kind == 'ul' or
                                         number == last[1] + len(last[2])):
            last[2].append(item)
        else:
            groups.append((kind, number, [item]))
    return groups


def page(text, layout):
    head, tail, meta, h1, p, br = LAYOUTS[layout]
    latin1 = layout.endswith('latin1')
    blocks = [b.split('\n') for b in re.split(r'\n\s*\n', text.strip('\n'))]
    out = [head.format(meta=meta)]
    for i, block in enumerate(blocks):
        for g in lists(block):
            if g[0] == 'p':
                tag = h1 if i == 0 else p
                body = ('<%s>\n' % br).join(escape(s, latin1) for s in g[1])
                out.append('<%s>%s</%s>\n' % (tag, body, tag))
                continue
            start = ' start="%d"' % g[1] if g[0] == 'ol' and g[1] != 1 \
                else ''
            out.append('<%s%s>\n' % (g[0], start))
            out.extend('<li>%s</li>\n' % escape(s, latin1) for s in g[2])
            out.append('</%s>\n' % g[0])
    out.append(tail)
    return ''.join(out)


def wrap(outdir, files):
    for path in files:
        stem = path.rsplit('/', 1)[-1].rsplit('.', 1)[0]
        with open(path, 'rb') as f:
            data = f.read()
        try:
            text = data.decode('utf-8-sig')
        except UnicodeDecodeError:
            # What the extractor reads a file that is not UTF-8 as.
            text = data.decode('cp1252')
        text = text.replace('\r\n', '\n')
        for layout in LAYOUTS:
            with open('%s/%s.%s.html' % (outdir, stem, layout), 'w',
                      encoding='utf-8') as f:
                f.write(page(text, layout))


def compare(text_json, page_json):
    with open(text_json) as f:
        want = json.load(f)
    with open(page_json) as f:
        got = json.load(f)
    want.pop('source', None)
    got.pop('source', None)
    # An id made of the input's hash is part of source, not of the text.
    if want.get('id', '').startswith('iachr-sha-') and \
            got.get('id', '').startswith('iachr-sha-'):
        del want['id'], got['id']
    if want == got:
        return 0
    for key in want:
        if want[key] != got.get(key):
            print('  %s: text %s' % (key, json.dumps(want[key])[:300]))
            print('  %s: page %s' % (key, json.dumps(got.get(key))[:300]))
    return 1


def compare_all(listing):
    status = 0
    with open(listing) as f:
        for line in f:
            name, text_json, page_json = line.split()
            if compare(text_json, page_json):
                print('html-pages: %s: record differs' % name)
                status = 1
    return status


if __name__ == '__main__':
    if sys.argv[1] == 'wrap':
        wrap(sys.argv[2], sys.argv[3:])
    else:
        sys.exit(compare_all(sys.argv[2]))
