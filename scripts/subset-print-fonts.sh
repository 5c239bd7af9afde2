#!/usr/bin/env bash
# Rebuilds the printouts' bundled fonts in assets/fonts/ from Debian's Noto packages.
# Not run by `make test`: the woff2 files it writes are committed. Needs apt-get (Debian
# bookworm's lists), python3 and PyPI's fonttools and brotli:
#   pip install fonttools==4.55.3 brotli==1.1.0
#   scripts/subset-print-fonts.sh
# See assets/fonts/SOURCE.md for what it keeps and why.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
out="$repo/assets/fonts"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$work"
apt-get download fonts-noto-core fonts-noto-cjk
for deb in ./*.deb; do dpkg-deb -x "$deb" root; done
noto="root/usr/share/fonts/truetype/noto"
cjk="root/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"

# Latin with Vietnamese, the punctuation and arrows the printouts use.
latin="U+0000-024F,U+0259,U+02B0-02FF,U+0300-036F,U+1E00-1EFF,U+2000-206F,U+2070-209F,U+20A0-20CF,U+2100-214F,U+2190-21FF,U+2200-22FF,U+25A0-25FF,U+FEFF,U+FFFD"
# Arabic, its presentation forms, and the Latin digits and punctuation beside it.
arabic="U+0000-00FF,U+0600-06FF,U+0750-077F,U+08A0-08FF,U+200C-200F,U+2010-2027,U+202A-202E,U+2066-2069,U+FB50-FDFF,U+FE70-FEFF"

subset() { # source, output name, ranges file or ranges, [font number]
  local args=(--flavor=woff2 --layout-features='*' --no-hinting --desubroutinize
              --output-file="$out/$2")
  if [[ -f "$3" ]]; then args+=(--text-file="$3"); else args+=(--unicodes="$3"); fi
  if [[ $# -ge 4 ]]; then args+=(--font-number="$4"); fi
  pyftsubset "$1" "${args[@]}"
}

subset "$noto/NotoSans-Regular.ttf" NotoSans-Regular.woff2 "$latin"
subset "$noto/NotoSans-Bold.ttf" NotoSans-Bold.woff2 "$latin"
subset "$noto/NotoNaskhArabic-Regular.ttf" NotoNaskhArabic-Regular.woff2 "$arabic"
subset "$noto/NotoNaskhArabic-Bold.ttf" NotoNaskhArabic-Bold.woff2 "$arabic"

# Simplified Chinese: every GB2312 character (the 6,763 hanzi of everyday print), CJK and
# full-width punctuation, and ASCII. Font number 2 of the collection is Noto Sans CJK SC.
python3 - > gb2312.txt <<'PY'
import sys
chars = set(chr(c) for c in range(0x20, 0x7F))
chars.update(chr(c) for c in range(0x3000, 0x3040))  # CJK symbols and punctuation
chars.update(chr(c) for c in range(0xFF00, 0xFFF0))  # full-width forms
chars.update("·—–…“”‘’→")
for hi in range(0xA1, 0xF8):
    for lo in range(0xA1, 0xFF):
        try:
            chars.add(bytes([hi, lo]).decode("gb2312"))
        except UnicodeDecodeError:
            pass
sys.stdout.write("".join(sorted(chars)))
PY
# Subset to OpenType (CFF) first, then give it TrueType outlines: Chromium's PDF writer
# embeds a CFF font only as nameless Type 3 glyphs, which no check can tell from a fallback.
pyftsubset "$cjk" --font-number=2 --text-file=gb2312.txt --layout-features='*' --no-hinting \
  --desubroutinize --output-file=sc.otf
python3 - sc.otf "$out/NotoSansSC-Regular.woff2" <<'PY'
import sys
from fontTools.ttLib import TTFont, newTable
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen

font = TTFont(sys.argv[1])
order = font.getGlyphOrder()
glyphs = font.getGlyphSet()
quadratic = {}
for name in order:
    pen = TTGlyphPen(glyphs)
    glyphs[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
    quadratic[name] = pen.glyph()
font["loca"] = newTable("loca")
font["glyf"] = glyf = newTable("glyf")
glyf.glyphOrder = order
glyf.glyphs = quadratic
del font["CFF "]
if "VORG" in font:
    del font["VORG"]
glyf.compile(font)
for name, g in glyf.glyphs.items():
    width, _ = font["hmtx"][name]
    font["hmtx"][name] = (width, getattr(g, "xMin", 0) if g.numberOfContours else 0)
maxp = font["maxp"] = newTable("maxp")
maxp.tableVersion = 0x00010000
for field in ("maxZones",):
    setattr(maxp, field, 1)
for field in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
              "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
    setattr(maxp, field, 0)
maxp.compile(font)
post = font["post"]
post.formatType = 2.0
post.extraNames = []
post.mapping = {}
post.glyphOrder = order
font.sfntVersion = "\000\001\000\000"
font.flavor = "woff2"
font.save(sys.argv[2])
PY

cp root/usr/share/doc/fonts-noto-core/copyright "$out/copyright-fonts-noto-core.txt"
cp root/usr/share/doc/fonts-noto-cjk/copyright "$out/copyright-fonts-noto-cjk.txt"
# The OFL's text, as Debian quotes it (one space of indent, "." for an empty line).
awk '/SIL OPEN FONT LICENSE Version 1.1/{on=1} /^License: GPL/{on=0} on' \
  "$out/copyright-fonts-noto-cjk.txt" | sed 's/^ //; s/^\.$//' > "$out/OFL.txt"
ls -l "$out"
