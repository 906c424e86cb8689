#!/usr/bin/env python3
"""Helpers of 66-resstat-svg.sh.

usage: resstat-svg.py records < gen.jsonl > records.jsonl
         the generated records with States of a real dataset (and a few
         hostile names) and dates from 1966 to 2025
       resstat-svg.py svg FILE [TEXT ...]
         FILE is a self-contained SVG 1.1 document holding both charts'
         titles and axis titles, and each TEXT as the content of a text
       resstat-svg.py png PNG SVG
         the image PNG, rendered from SVG, holds both charts: each chart's
         plot has a good share of pixels other than the white background"""
import json
import random
import struct
import sys
import xml.etree.ElementTree as ET
import zlib

SVG = "{http://www.w3.org/2000/svg}"
STATES = [
    ("Argentina", "AR"), ("Bahamas", "BS"), ("Barbados", "BB"),
    ("Belize", "BZ"), ("Bolivia", "BO"), ("Brazil", "BR"), ("Canada", "CA"),
    ("Chile", "CL"), ("Colombia", "CO"), ("Costa Rica", "CR"),
    ("Cuba", "CU"), ("Dominica", "DM"), ("Dominican Republic", "DO"),
    ("Ecuador", "EC"), ("El Salvador", "SV"), ("Grenada", "GD"),
    ("Guatemala", "GT"), ("Guyana", "GY"), ("Haiti", "HT"),
    ("Honduras", "HN"), ("Jamaica", "JM"), ("Mexico", "MX"),
    ("Nicaragua", "NI"), ("Panama", "PA"), ("Paraguay", "PY"),
    ("Peru", "PE"), ("Saint Lucia", "LC"), ("Suriname", "SR"),
    ("United States", "US"), ("Uruguay", "UY"),
    ("Venezuela (Bolivarian Republic of)", "VE"),
    ("Trinidad & Tobago", "TT"), ("<script>alert(1)</script>", "XS"),
    ("\"Quoted\" & 'apostrophes' <b>", "XQ"), ("]]> &amp; <!-- x -->", "XC"),
]
TITLES = ["Resolutions per year, stacked by decision", "Resolutions by State"]
AXES = ["Year", "Resolutions", "State", "Decision"]


def records():
    rng = random.Random(11)
    for i, line in enumerate(sys.stdin):
        rec = json.loads(line)
        # Each State once, then skewed as a real dataset is.
        name, code = STATES[i if i < len(STATES) else
                            min(int(rng.expovariate(0.12)), len(STATES) - 1)]
        rec["state"] = {"name": name, "code": code}
        if rec["date"] is not None:
            rec["date"] = "%d%s" % (rng.randint(1966, 2025), rec["date"][4:])
        print(json.dumps(rec, ensure_ascii=False))


def fail(message):
    print("resstat-svg: " + message)
    sys.exit(1)


def check_svg(path, expected):
    root = ET.parse(path).getroot()
    if root.tag != SVG + "svg" or root.get("version") != "1.1":
        fail("%s: not an SVG 1.1 document" % path)
    for attr in ("width", "height", "viewBox"):
        if root.get(attr) is None:
            fail("%s: no %s" % (path, attr))
    for el in root.iter():
        if el.tag in (SVG + "script", SVG + "image", SVG + "foreignObject"):
            fail("%s: has a %s" % (path, el.tag))
        for name, value in el.attrib.items():
            if name.endswith("href") or "url(" in value and \
                    not value.startswith("url(#"):
                fail("%s: refers outside: %s=%s" % (path, name, value))
    texts = {"".join(t.itertext()) for t in root.iter(SVG + "text")}
    for want in expected:
        if want not in texts:
            fail("%s: no text %r" % (path, want))


def png_pixels(path):
    """Width, height and rows of (r, g, b, a) of an 8-bit RGB(A) PNG."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        fail("%s: not a PNG" % path)
    pos, idat = 8, b""
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        if kind == b"IHDR":
            w, h, depth, colour, _, _, interlace = struct.unpack(
                ">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + n
    if depth != 8 or colour not in (2, 6) or interlace != 0:
        fail("%s: PNG of a kind not read here" % path)
    bpp = 3 if colour == 2 else 4
    raw, stride, rows, prev = zlib.decompress(idat), w * bpp, [], None
    for y in range(h):
        f, line = raw[y * (stride + 1)], bytearray(
            raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        prev = prev or bytearray(stride)
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b, c = prev[i], prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else
                                      b if pb <= pc else c)) & 255
        rows.append(line)
        prev = line
    return w, h, bpp, rows


def check_png(png, svg):
    w, h, bpp, rows = png_pixels(png)
    root = ET.parse(svg).getroot()
    scale = w / float(root.get("width"))
    if abs(h - float(root.get("height")) * scale) > 2:
        fail("%s: %dx%d, not the SVG's shape" % (png, w, h))
    for plot in ("years-plot", "states-plot"):
        rect = root.find(".//%srect[@id='%s']" % (SVG, plot))
        x0, y0 = (int(float(rect.get(k)) * scale) for k in ("x", "y"))
        x1 = x0 + int(float(rect.get("width")) * scale)
        y1 = y0 + int(float(rect.get("height")) * scale)
        inked = total = 0
        for y in range(y0, min(y1, h)):
            line = rows[y]
            for x in range(x0, min(x1, w)):
                px = line[x * bpp:x * bpp + bpp]
                total += 1
                if (bpp == 3 or px[3] > 0) and min(px[:3]) < 230:
                    inked += 1
        share = inked / max(total, 1)
        print("resstat-svg: %s: %s: %.0f%% of the plot drawn" %
              (png.rsplit("/", 1)[-1], plot, 100 * share))
        if share < 0.03:
            fail("%s: %s: blank" % (png, plot))


if __name__ == "__main__":
    if sys.argv[1] == "records":
        records()
    elif sys.argv[1] == "svg":
        check_svg(sys.argv[2], TITLES + AXES + sys.argv[3:])
    elif sys.argv[1] == "png":
        check_png(sys.argv[2], sys.argv[3])
