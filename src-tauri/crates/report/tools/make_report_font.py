#!/usr/bin/env python3
"""Regenerates assets/fonts/NotoSansSC-CoverReady-Regular.otf, the font the PDF report embeds.

Why a subset: the Noto Sans CJK collection is 19 MB and the installer must stay small. The report
only needs Simplified Chinese, Latin, digits and punctuation, so we keep:

  * the 8,105 characters of 《通用规范汉字表》 (Table of General Standard Chinese Characters,
    State Council of the PRC, 2013) — tools/tongyong-guifan-hanzi-8105.txt, one character per
    line, taken from the tab-separated list in https://github.com/kitty-panics/cn-tables
    (file 通用规范汉字表.txt, commit 3a140fb3302fe3d69f0504c1bc27c7ad3ac40db9; itself compiled
    from cjkvi/cjkvi-tables). The list is checked here: exactly 8,105 distinct characters;
  * every character of GB 2312 (6,763 Han characters plus its symbols; computed with Python's
    gb2312 codec, so no download), which the 8,105 list almost entirely contains;
  * Basic Latin, Latin-1, general punctuation, CJK symbols and punctuation, full-width forms,
    arrows and the shapes the report uses (□ for characters the font lacks, ■ ● ✓ ✗ …);
  * every character used in locales/*/*.ftl, so no shipped message can fall outside the font.

Source face: Noto Sans CJK SC Regular (index 2 of Debian's fonts-noto-cjk NotoSansCJK-Regular.ttc,
version 2.004), SIL Open Font License 1.1 — see assets/fonts/OFL.txt. The subset is renamed
("CoverReady" suffix) as the OFL asks of modified versions when a Reserved Font Name exists.

Usage (needs `pip install fonttools`):
    python3 src-tauri/crates/report/tools/make_report_font.py [path/to/NotoSansCJK-Regular.ttc]
"""

import pathlib
import sys

from fontTools import subset
from fontTools.ttLib import TTCollection

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parents[3]
SOURCE = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else
                      "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
SC_INDEX = 2  # 0 JP, 1 KR, 2 SC, 3 TC, 4 HK
OUT = ROOT / "assets" / "fonts" / "NotoSansSC-CoverReady-Regular.otf"
EXPECTED_GENERAL_STANDARD = 8105


def general_standard_characters():
    chars = (HERE / "tongyong-guifan-hanzi-8105.txt").read_text(encoding="utf-8").split()
    assert len(chars) == len(set(chars)) == EXPECTED_GENERAL_STANDARD, len(chars)
    assert all(len(c) == 1 for c in chars)
    return {ord(c) for c in chars}


def gb2312_characters():
    found = set()
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                found.add(ord(bytes([hi, lo]).decode("gb2312")))
            except UnicodeDecodeError:
                pass
    return found


def locale_characters():
    found = set()
    for ftl in sorted((ROOT / "locales").glob("*/*.ftl")):
        found.update(ord(c) for c in ftl.read_text(encoding="utf-8") if ord(c) >= 0x20)
    return found


def ranges(*spans):
    return {cp for lo, hi in spans for cp in range(lo, hi + 1)}


def main():
    wanted = set()
    wanted |= general_standard_characters()
    wanted |= gb2312_characters()
    wanted |= locale_characters()
    wanted |= ranges(
        (0x0020, 0x007E),  # Basic Latin
        (0x00A0, 0x017F),  # Latin-1 and Latin Extended-A (names, ×, ÷, ·, €-free accents)
        (0x2000, 0x206F),  # General punctuation: dashes, quotes, …, ‰
        (0x20AC, 0x20AC),  # €
        (0x2100, 0x2122),  # № ℃ ™
        (0x2190, 0x21FF),  # arrows
        (0x2212, 0x2212),  # minus sign
        (0x2460, 0x2473),  # ① … ⑳
        (0x25A0, 0x25FF),  # geometric shapes: □ (missing-glyph mark) ■ ● ○ ▲
        (0x2713, 0x2717),  # ✓ ✔ ✕ ✖ ✗
        (0x3000, 0x303F),  # CJK symbols and punctuation
        (0xFF01, 0xFF5E),  # full-width forms
        (0xFFE0, 0xFFE6),  # ￥ and friends
    )

    collection = TTCollection(str(SOURCE))
    font = collection.fonts[SC_INDEX]
    assert "SC" in font["name"].getDebugName(4), font["name"].getDebugName(4)
    cmap = font.getBestCmap()
    missing_standard = sorted(cp for cp in general_standard_characters() if cp not in cmap)
    assert not missing_standard, [chr(c) for c in missing_standard]
    unicodes = sorted(cp for cp in wanted if cp in cmap)

    options = subset.Options()
    options.layout_features = ["kern", "palt"]  # no vertical forms or ligatures: the report is horizontal
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.hinting = False  # screen hinting adds size and PDF viewers ignore it
    options.drop_tables += ["vhea", "vmtx", "VORG", "DSIG"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)

    # OFL: a modified version must not use the Reserved Font Name alone; rename the family.
    for record in font["name"].names:
        if record.nameID in (1, 3, 4, 6, 16):
            text = record.toUnicode()
            if record.nameID == 6:
                record.string = text.replace("NotoSansCJKsc", "NotoSansSC-CoverReady")
            else:
                record.string = text.replace("Noto Sans CJK SC", "Noto Sans SC CoverReady")

    OUT.parent.mkdir(parents=True, exist_ok=True)
    font.save(str(OUT))
    print(f"{OUT.relative_to(ROOT)}: {len(unicodes)} characters, {OUT.stat().st_size} bytes")


if __name__ == "__main__":
    main()
