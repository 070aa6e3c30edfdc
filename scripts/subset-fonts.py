#!/usr/bin/python3
"""Subset the fonts the game ships for Arabic and Chinese to exactly the characters the
locale files use. Run by `make fonts` (needs Debian's fonts-noto-core, fonts-noto-cjk and
fonttools; pyftsubset is importable only by /usr/bin/python3).

  ar-regular.ttf, ar-bold.ttf  Noto Sans Arabic merged with Noto Sans (Latin), so one face
                               shapes a whole mixed line and bidi runs land in the right place
  zh-regular.otf, zh-bold.otf  Noto Sans CJK SC

The output is deterministic, so an unchanged locale gives byte-identical fonts and
`git status` shows when fonts need committing."""
import os, sys, tempfile
from fontTools import subset
from fontTools.merge import Merger
from fontTools.ttLib import TTFont

NOTO = "/usr/share/fonts/truetype/noto"
CJK = "/usr/share/fonts/opentype/noto"
# Always present: printable ASCII, the punctuation the game's own code adds, digits in
# both Arabic and Western forms, and the marks line breaking and bidi need.
BASE = "".join(chr(c) for c in range(0x20, 0x7F)) + "…–—‘’“”«»·•×÷°\u00a0\u200c\u200d\u200e\u200f\u2066\u2067\u2068\u2069"
ARABIC_EXTRA = "،؛؟٪٫٬ـ" + "".join(chr(c) for c in range(0x660, 0x66A))
CJK_EXTRA = "，。！？：；、“”‘’（）《》「」『』…—·　"


def chars(path):
    text = open(path, encoding="utf-8").read()
    return {c for c in text if c >= " " and c not in "\x7f"}


def opts():
    o = subset.Options()
    o.layout_features = ["*"]          # Arabic joining forms and ligatures need every feature
    o.name_IDs = ["*"]
    o.name_languages = ["*"]
    o.notdef_outline = True
    o.glyph_names = False
    o.hinting = False                  # the game draws at many sizes with no hinting
    o.desubroutinize = True            # smaller after compression
    o.drop_tables += ["DSIG"]
    return o


def subset_font(src, dst, text, font_number=0):
    f = TTFont(src, fontNumber=font_number, lazy=False, recalcTimestamp=False)
    s = subset.Subsetter(opts())
    s.populate(text="".join(sorted(text)))
    s.subset(f)
    f.save(dst)


def main(locales, out):
    ar = chars(os.path.join(locales, "ar.toml")) | set(BASE) | set(ARABIC_EXTRA)
    zh = chars(os.path.join(locales, "zh.toml")) | set(BASE) | set(CJK_EXTRA)
    for weight, style in (("regular", "Regular"), ("bold", "Bold")):
        with tempfile.TemporaryDirectory() as tmp:
            latin = os.path.join(tmp, "latin.ttf")
            arabic = os.path.join(tmp, "arabic.ttf")
            subset_font(f"{NOTO}/NotoSans-{style}.ttf", latin, {c for c in ar if ord(c) < 0x600 or ord(c) > 0x6FF})
            subset_font(f"{NOTO}/NotoSansArabic-{style}.ttf", arabic, ar)
            # Arabic first: its metrics (ascent, line gap) suit the taller script.
            merged = Merger().merge([arabic, latin])
            merged["name"].setName(f"Sango Arabic {style}", 4, 3, 1, 0x409)
            # The merge stamps the time; a fixed stamp keeps the output identical run to run.
            merged.recalcTimestamp = False
            src_head = TTFont(f"{NOTO}/NotoSansArabic-{style}.ttf")["head"]
            merged["head"].created, merged["head"].modified = src_head.created, src_head.modified
            merged.save(os.path.join(out, f"ar-{weight}.ttf"))
        subset_font(f"{CJK}/NotoSansCJK-{style}.ttc", os.path.join(out, f"zh-{weight}.otf"), zh, font_number=2)
    for name in sorted(os.listdir(out)):
        if name.endswith((".ttf", ".otf")):
            print(f"{name}: {os.path.getsize(os.path.join(out, name)) // 1024} KB")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "locales", sys.argv[2] if len(sys.argv) > 2 else "assets/fonts")
