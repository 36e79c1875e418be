"""Pages to articles: read a page file, split it into articles, read each article's
headline, dateline (本报张掖讯, 新华社北京9月5日电), date and reporters."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from kg.extract.dates import DATE, LEADING_DATE, date_of
from kg.extract.decode import MAX_PAGE_BYTES, decode, html_to_text, looks_like_html
from kg.extract.gazetteer import load_gazetteer
from kg.extract.lexicon import load_lexicons
from kg.extract.names import is_other_word, plausible_name, split_byline, surname_of
from kg.extract.records import Article, Page
from kg.extract.text import (CONTINUATION_NOTE, DECK_PARTS, HEADING_MARK, MAX_DECK, PURPOSE_THEN_DATE, SLOGAN_THEN_DATE,
                             join_broken_lines, normalize, split_sentences, squeeze, to_simplified)
from kg.errors import PageError

PAGE_SUFFIXES = (".txt", ".md", ".html", ".htm")
MAX_HEADING = 45  # a headline is shorter than this (but a deck may be longer: text.MAX_DECK)
# A line standing before an article's dateline with no sentence mark is its headline,
# though longer than MAX_HEADING (……全体会议暨全市政协“有事来协商”工作推进会召开): up to this
MAX_HEADLINE_BEFORE_LEAD = 60

_NAMES = r"[\u4e00-\u9fff][\u4e00-\u9fff ]{0,30}?"
_DATELINE = re.compile(
    r"^【?(?:本报(?:记者)?\s*(?P<place>[\u4e00-\u9fff]{1,8}?)?\s*(?:\d{1,2}\s*月\s*)?(?:\d{1,2}\s*日\s*)?讯"
    r"|新华社\s*(?P<xplace>[\u4e00-\u9fff]{2,6}?)\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月"  # (新华社北京一月二十九日电)
    r"\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日\s*电"
    r"|本报\s*(?P<bplace>[\u4e00-\u9fff]{2,8}?)(?=\s*\()"
    # Any outlet's dateline: 天山网-新疆日报讯, 东北网绥化10月7日讯, 四川新闻网消息, 云上通山报道:
    # (the place may follow the day: 江西网络广播电视台1月26日南昌讯)
    r"|(?:据)?(?P<outlet>(?!本报)[\u4e00-\u9fff][\u4e00-\u9fff·\-/]{1,16}?)(?:\([\u4e00-\u9fff]{2,10}\))?"
    r"\s*(?:\d{1,2}\s*月\s*)?"  # 荆楚网(湖北日报网)讯
    r"(?:\d{1,2}\s*日\s*(?:[\u4e00-\u9fff]{2,4}(?=讯))?)?(?:讯|消息|报道(?=\s*[::(]|\s*\d{1,2}\s*月)|(?<=记者|现场)报道(?=\s*,)|(?<=日)电)\s*[::,]?"  # 江阴融媒记者现场报道,1月9日; 人民网太原1月10日电
    r"|讯(?=\s*\()"  # a copy that lost its outlet: 讯 (记者 江跃中)
    r"|据(?P<source>[\u4e00-\u9fff]{2,10}?(?:报|网|台|社|客户端))(?=\s*\d{1,2}\s*月))】?")  # 据联谊报7月19日下午; 【本报讯】
_PAREN = re.compile(r"\s*\((?P<inside>[^)]*)\)")
_TRAILING_TITLED = re.compile(r"(?<=[。!?”])\s*\((?P<inside>[^()]{4,60})\)$")
_PHOTOGRAPHER_AFTER = re.compile(r"\(\s*摄影\s*[/::]?\s*(?P<names>[\u4e00-\u9fff][\u4e00-\u9fff \s]{1,14})\)$")
# A caption's photographer printed after a space, with no stop before it: ……隆重开幕 税浪 摄
_SPACED_PHOTOGRAPHER = re.compile(r"(?<=[\u4e00-\u9fff”》)])\s+(?P<names>[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4})*)"
                                  r"\s*/?\s*摄$")
# An outlet's reporters printed after a lead's last sentence with no brackets:
# ……在兰州隆重开幕。新甘肃·甘肃日报记者 冯乐凯 马伊星
_TRAILING_UNBRACKETED = re.compile(r"(?<=[。!?”])\s*(?P<inside>[\u4e00-\u9fff·•\-]{1,14}?(?:报|社|台|网|客户端)(?:记者|通讯员)"
                                   r"\s*[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4}){0,3})\s*$")
_TRAILING_BYLINE = re.compile(r"\((?P<names>[\u4e00-\u9fff][\u4e00-\u9fff \s、]{1,14})\)$")
MAX_BYLINE = 80  # characters of a line read as a byline of outlets, titles and names
_CREDIT_SUFFIX = re.compile(r"\s*(?:摄\s*影\s*报\s*道|摄\s*影|报\s*道|摄)$")
# A news outlet named before a reporter's title in a byline (昌吉日报记者 古丽娜尔).
# (本报 is the paper itself: two characters at least stand before 报.) A 政协's own
# correspondents name it too: 宜昌市政协通讯员 覃玉兰.
_UNIT = re.compile(r"(?P<unit>[\u4e00-\u9fff·•\-]{2,12}?(?:报社|报|新闻社|通讯社|电视台|(?<!平)台|融媒体中心|政协|政协办公室"
                   r"|融媒|网|客户端|新闻)|政协融媒)\s*$")  # 大众网•海报新闻记者  # 山东台记者: a broadcaster by its short name
# A photo credit closing a caption paragraph: 图为专题协商会现场。 本报记者 刘子涵 摄
_TRAILING_PHOTO = re.compile(r"(?<=[。!?])\s*(?P<open>\()?(?:本报|(?P<unit>[\u4e00-\u9fff][\u4e00-\u9fff·•\-]{1,12}?)(?=记者|通讯员))?"
                             r"(?:记者|通讯员)?\s*(?P<names>[\u4e00-\u9fff][\u4e00-\u9fff 、]{1,14}?)\s*/?\s*摄(?(open)\))$")
# (……现场。(王军 摄); ……开幕。 广西云-广西日报记者黄克、何学俏/摄)
XINHUA = "新华社"
# A byline right after a dateline, without brackets: 本报讯 记者 赵静 报道
_REPORTED_BY = re.compile(r"\s*(?P<byline>(?:记者|通讯员)[\u4e00-\u9fff\s、]{2,20}?)\s*报道[::]?\s*")
# What a dateline's outlet may carry after its name that is no part of it (岳阳广电全媒体)
_OUTLET_TAIL = re.compile(r"(?:全媒体|融媒体)$")
# A county's or city's media centre named by its place before a 融媒体记者: 赤壁融媒体
_PLACED_MEDIA = re.compile(r"\s*[\u4e00-\u9fff]{2,6}融媒体")
# What closes a byline after its names: 记者张艳芳报道, 李涛摄
_CREDIT_TAIL = re.compile(r"\s*(?:报道|摄影?)\s*$")
# What a name in a byline did, printed after it: 包四华/文 (wrote), 张驰/摄 (photographed)
# (not 文/图 after a space: what all did)
_CREDIT_AFTER_NAME = re.compile(r"(?<=[\u4e00-\u9fff]{2})\s*/\s*(?:文|摄|图)(?=\s|$)")
# What a byline's people did, printed before their titles: (图文/记者 阳富康)
_CREDIT_BEFORE_TITLE = re.compile(r"^\s*(?:图文|文字|文|图)\s*[/|]\s*")


SELF_OUTLETS = frozenset({"本网", "本台", "本刊", "本站"})


def _outlet_and_place(outlet: str | None) -> tuple[str, str]:
    """The outlet a dateline names, as its reporters' unit, and the place it reports
    from (东北网绥化 → 东北网, 绥化; 人民网北京2月28日电 → 人民网, 北京); '' for the
    outlet itself (本网讯(记者 罗远琴), as 本报 is the paper; 本网拉萨讯 → '', 拉萨)."""
    outlet = _OUTLET_TAIL.sub("", outlet or "")
    if outlet in SELF_OUTLETS or "/" in outlet:  # 滨州日报/滨州网讯: two outlets, whose reporter is not said
        return "", ""

    own = next((self for self in SELF_OUTLETS if outlet.startswith(self)), "")
    if own and load_gazetteer().find(outlet[len(own):]):  # 本网拉萨1月26日讯: the outlet itself, from 拉萨
        return "", outlet[len(own):]
    placed = _OUTLET_THEN_PLACE.fullmatch(outlet)
    if placed and load_gazetteer().find(placed["place"]):
        return placed["outlet"], placed["place"]
    return outlet, ""


_SHORT_OUTLET = re.compile(r"^\s*[\u4e00-\u9fff]报(?=\s|$)")
_OUTLET_ENDING = re.compile(r"(?:报|网|台|社|融媒|客户端)\s*$")
_OUTLET_THEN_PLACE = re.compile(r"(?P<outlet>[\u4e00-\u9fff·\-]{2,12}?(?:网|报|台|社|客户端))(?P<place>[\u4e00-\u9fff]{2,4})")


def read_page(path: str | Path) -> Page:
    """Read one page file: its encoding detected (UTF-8, GB18030, UTF-16), an HTML
    page reduced to its text.

    Raises
    ------
    PageError
        naming the file and the reason: unreadable, a folder, empty, binary, too large,
        or in no known encoding.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_PAGE_BYTES:
            decode(b" " * (MAX_PAGE_BYTES + 1), str(path))  # the same message, without reading it all
        raw = path.read_bytes()
    except IsADirectoryError:
        raise PageError(f"{path}: is a folder, not a page") from None
    except OSError as error:
        if path.is_dir():
            raise PageError(f"{path}: is a folder, not a page") from None
        raise PageError(f"{path}: cannot be read: {error.strerror or error}") from None
    text, _ = decode(raw, str(path))
    if path.suffix.lower() in (".html", ".htm") or looks_like_html(text):
        text = html_to_text(text)
        if not text.strip():
            raise PageError(f"{path}: an HTML page with no text")
    return Page(source=path.stem, path=str(path), text=text)


def find_pages(paths, on_skip=None) -> list[Path]:
    """Page files named by ``paths``: files as given, folders searched for .txt/.md/.html
    files; ``on_skip(path)`` for each other file in a folder (hidden ones aside), in
    order. Each folder is walked once."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if not path.is_dir():
            found.append(path)
            continue
        for file in sorted(p for p in path.rglob("*") if p.is_file()):
            if file.suffix.lower() in PAGE_SUFFIXES:
                found.append(file)
            elif on_skip and not any(part.startswith(".") for part in file.relative_to(path).parts):
                on_skip(file)
    return found


_PATH_YEAR = re.compile(r"(?<![0-9A-Za-z])(?:19|20)\d\d(?![0-9A-Za-z])")


def page_year(page: Page) -> int | None:
    """The year printed in a page's masthead (its first lines), else a year in its file
    name or nearest folder (``2022-09_…``, ``…/2023/…``), if any."""
    for line in page.text.strip().splitlines()[:3]:
        match = DATE.search(normalize(line))
        if match and match["year"]:
            return int(match["year"])
    for part in reversed(Path(page.path).resolve().parts if page.path else ()):
        match = _PATH_YEAR.search(part)
        if match:
            return int(match[0])
    return None


_CAPTION = re.compile(r"^(?:图说|图为|图片说明|图)[::]")  # 图:广州市政协主席刘悦伦会见李桂雄会长
_CAPTION_CREDIT = re.compile(r"(?P<names>[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4})*)\s*/?\s*摄$")
# Photo captions printed as lines of their own between paragraphs: the scene (会议现场),
# a person by title and name (县委副书记、县人民政府县长田兴国), or one short sentence
# with the photographer (大会由省政协主席韩勇主持。摄影 贺桐).
_SCENE_CAPTION = re.compile(r"[\u4e00-\u9fff]{0,8}现场"  # or the members at work: 委员们认真听取会议有关内容
                            r"|(?:委员们|与会(?:委员|人员|代表)|全体委员)(?:认真|专心|仔细)?(?:听取|聆听|审议|观看|举手|投票)"
                            r"[\u4e00-\u9fff]{0,12}")
_CREDITED_CAPTION = re.compile(r"[^。!?]{4,60}[。!]\s*摄影\s*[/::]?\s*(?P<names>[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4})*)"
                               r"|(?:[\u4e00-\u9fff]{0,8}现场|图为[^。!?]{2,40})[。!]?\s*(?P<after>[\u4e00-\u9fff]{2,4})\s*/?\s*摄")
MAX_PERSON_CAPTION = 32
MAX_CAPTION = 60
MAX_CAPTION_LINE = 100  # characters, spaces included, of the longest caption line read


@lru_cache(maxsize=1)
def _person_caption_pattern() -> re.Pattern:
    unit_title = f"[\u4e00-\u9fff]{{0,12}}?(?:{'|'.join(map(re.escape, load_lexicons().titles))})"
    acts = "|".join(CAPTION_ACTS)
    return re.compile(f"(?:{unit_title}、)*{unit_title}(?P<name>[\u4e00-\u9fff]{{2,3}}|[\u4e00-\u9fff]{{2,8}}[·•・][\u4e00-\u9fff]{{2,8}})"
                      f"(?:{acts})?")


# What a person's photo caption may say the person does (县政协副主席彭仔明讲话,
# 县政协主席解以刚主持会议并讲话), longest first
CAPTION_ACTS = ("主持会议并讲话", "主持会议", "作工作报告", "作报告", "讲话", "发言", "致辞")


def is_photo_caption(line: str) -> bool:
    """Whether a line is a photo's caption standing between paragraphs (see above):
    not a headline, and not a paragraph's start to be joined to what follows."""
    if len(line) > MAX_CAPTION_LINE:
        return False  # (a paragraph: every caption above is shorter)
    clean = squeeze(line)
    if _SCENE_CAPTION.fullmatch(clean) or _CREDITED_CAPTION.fullmatch(clean) \
            or len(clean) <= MAX_CAPTION and _photographer_after(line) and not any(m in clean for m in "。!?"):
        return True  # (……胜利闭幕(摄影 江淘), ……隆重开幕 税浪 摄: a caption with no stop, its photographer after it)
    person = _person_caption_pattern().fullmatch(clean) if len(clean) <= MAX_PERSON_CAPTION else None
    return bool(person) and plausible_name(person["name"])


def _photographer_after(line: str) -> re.Match | None:
    """The photographer printed after a caption that has no stop: (摄影 江淘), or a
    name after a space (……隆重开幕 税浪 摄; not ……田间地头拍摄)."""
    found = _PHOTOGRAPHER_AFTER.search(line) or _SPACED_PHOTOGRAPHER.search(line)
    return found if found and all(plausible_name(name) for name in found["names"].split()) else None


def _caption_credit(caption: str) -> str:
    """The names a photo caption credits (图说:……金松/摄, ……主持。摄影 贺桐, 会议现场。李靖摄,
    ……胜利闭幕(摄影 江淘)), or ''."""
    found = _CAPTION_CREDIT.search(caption) or _CREDITED_CAPTION.fullmatch(squeeze(caption)) \
        or _photographer_after(caption)
    if not found:
        return ""
    return found["names"] or found.groupdict().get("after") or ""  # (a scene's credit: 会议现场。李靖摄)


# A speaker's lead-in set on a line of its own inside an article (周友坤要求, 会议强调): no headline
_LEAD_IN = re.compile(r"[\u4e00-\u9fff]{2,6}(?:要求|强调|指出|表示)[::]?")


def _kind(paragraph: str) -> str:
    if _CAPTION.match(squeeze(paragraph)):
        return "captioned"  # 图:广州市政协主席刘悦伦会见李桂雄会长 — its facts count, it opens nothing
    if is_photo_caption(paragraph):
        return "caption"
    if HEADING_MARK.match(paragraph):
        return "heading"
    if CONTINUATION_NOTE.match(paragraph):
        return "continuation"
    if _byline(paragraph) is not None:
        return "byline"
    clean = squeeze(paragraph)
    if _DATELINE.match(clean) or _LEAD_IN.fullmatch(clean):
        return "body"
    if (len(clean) <= MAX_HEADING or len(clean) <= MAX_DECK and DECK_PARTS.fullmatch(paragraph.strip())) \
            and not any(mark in clean for mark in "。!?;") \
            and clean[-1] not in "…,、" and clean[0] not in ",、。;:)》”" \
            and not LEADING_DATE.match(clean) and not clean.startswith("本报"):
        return "heading"
    return "body"


def _spaced(words) -> str:
    """A pattern matching any of ``words``, longest first, with stray spaces between
    their characters (通 讯员)."""
    return _spaced_pattern(tuple(words))


@lru_cache(maxsize=8)
def _spaced_pattern(words: tuple[str, ...]) -> str:
    return "|".join(r"\s*".join(word) for word in sorted(words, key=len, reverse=True))


def _title_of(spaced: str) -> str:
    return "".join(spaced.split())


def _byline(paragraph: str) -> list[tuple[str, str]] | None:
    """(name, as) pairs when the whole paragraph is a byline, else None."""
    titles = load_lexicons().reporter_titles
    paragraph = paragraph.lstrip("□■ ")  # □记者张文都
    credits = _credit_line(paragraph) or _bare_names_line(paragraph)
    if credits:
        return credits
    match = re.fullmatch(r"\((?P<names>[^()]{2,16}?)(?P<reported>\s*报道)?\)", paragraph)
    names = split_byline(match["names"]) if match else []
    if names and _only_names(match["names"], names):  # (范雯): else it may be titled, (全媒体记者 李月全)
        return [(name, "记者" if match["reported"] else "通讯员") for name in names]  # (粘青 报道): who reported
    titled = re.match(rf"(?:{_spaced(titles)})\s*", paragraph)
    marked = _names_then_marks(paragraph[titled.end():]) if titled else None
    if marked:  # □ 记者 储梦婕/文 杨超 胡黎明/图
        return marked
    match = re.fullmatch(rf"(?P<title>{_spaced(titles)})\s*:?\s*(?P<names>{_NAMES})",
                         _CREDIT_SUFFIX.sub("", paragraph))
    if not match:
        several = re.fullmatch(r"\((?P<inside>[^()]{2,60})\)", paragraph) or \
            re.fullmatch(rf"(?P<inside>(?:{_spaced(titles)})[^()]{{2,60}})", paragraph)
        # (大众日报记者 王晓燕 通讯员 于志刚); outlets before the title: 新海南客户端、南海网 记者 王康景 报道
        titled = _titled_byline(several["inside"] if several else _CREDIT_SUFFIX.sub("", paragraph)) \
            if several or len(paragraph) <= MAX_BYLINE and "记者" in paragraph else None
        if titled:  # (大众日报记者 王晓燕 通讯员 于志刚); 本报记者 唐欣怡 通讯员 耿少华
            return titled
        photo = re.fullmatch(rf"\(?(?P<names>{_NAMES})\s+摄\)?", paragraph)  # 郑晓东 摄
        names = split_byline(photo["names"]) if photo else []
        return [(name, "摄影") for name in names] if names and _only_names(photo["names"], names) else None
    title = _title_of(match["title"])
    role = "摄影" if paragraph.endswith("摄") or "摄影" in title else titles[title]
    names = split_byline(match["names"])
    if names and _only_names(match["names"], names):
        return [(name, role) for name in names]
    return _titled_byline(paragraph)  # 本报记者 唐欣怡 通讯员 耿少华


# An editor or proof-reader credited beside the reporters: no reporter (GUIDELINES)
_EDITOR = re.compile(r"\s*(?:责任编辑|编辑|责编|校对)\s*[::/]?\s*[\u4e00-\u9fff]{2,3}(?=\s|$)")


def _titled_byline(text: str, outlet: str = "") -> list[tuple[str, str, str]] | None:
    """The reporters of ``text`` when it holds nothing but titles, outlets and names
    (``本报记者 唐欣怡 通讯员 耿少华``), else None; ``outlet``, the dateline's, is that of
    a 记者 with none printed."""
    titles = load_lexicons().reporter_titles
    # (记者:闫蓓 臧永治): a colon after the title; (记者刘学文 编辑熊蔚): an editor, no reporter
    text = _EDITOR.sub("", re.sub(rf"({_spaced(titles)})\s*[::]\s*", r"\1 ", _CREDIT_BEFORE_TITLE.sub("", text)))
    pairs = _reporters_in(text, outlet)
    if not pairs:
        return None
    rest = text
    for _, _, unit, _ in pairs:  # outlets first: 赤壁融媒体 holds the 融媒体 of its 融媒体记者
        rest = rest.replace(unit, "", 1)
    rest = re.sub(_spaced(titles), "", rest)
    outlets = _LEADING_OUTLETS.match(text)
    rest = _LEADING_OUTLETS.sub("", rest)  # (中外新闻社 中外新闻网记者 韦燕 徐志强)
    rest = _SHORT_OUTLET.sub("", rest)  # (时报记者 郑育俊): too short to name whose reporter
    rest = _CREDIT_TAIL.sub("", rest)
    rest = _without_place(rest, least=2)  # ……郭由 济南(报道)
    named = [pair[0] for pair in pairs]
    if not _only_names(rest, named):
        # (湄洲日报 蔡玲 见习记者 余静): names between the outlet and the first title are its
        # reporters too, with no title of their own (so no role: GUIDELINES)
        first_title = re.search(_spaced(titles), text)
        bare = split_byline(text[outlets.end():first_title.start()]) if outlets and first_title else []
        if not bare or not all(plausible_name(name) for name in bare) or not _only_names(rest, bare + named):
            return None
        pairs = [(name, "记者", "", "") for name in bare] + pairs
    if outlets and "、" in outlets.group():  # 新海南客户端、南海网、南国都市报 记者 王康景: whose reporter is not said
        pairs = [(name, role, "", title) for name, role, _, title in pairs]
    return pairs


# Outlets a byline names before its first title, beside the one its title follows.
_LEADING_OUTLETS = re.compile(r"^\s*(?:[\u4e00-\u9fff·\-]{2,12}?(?:报社|新闻社|通讯社|电视台|融媒体中心|客户端|网|报)[\s、]+)+")


# Marks that part a credit line: 文/陈昂昂, 文|政协融媒记者李飞 图|…, 记者:李阳, 编辑/胡超
_CREDIT_MARK = re.compile(r"(?P<mark>文字|文|图片|图|摄影|摄像|摄|编辑|责编|记者|通讯员)\s*[/|丨::]\s*")
_CREDIT_AS = {"文字": "记者", "文": "记者", "图片": "摄影", "图": "摄影", "摄影": "摄影", "摄像": "摄影",
              "摄": "摄影", "记者": "记者", "通讯员": "通讯员"}


_NAMES_THEN_MARK = re.compile(r"(?P<names>[\u4e00-\u9fff][\u4e00-\u9fff\s、]{1,20}?)\s*/\s*(?P<mark>文|图|摄)")


def _names_then_marks(text: str) -> list[tuple] | None:
    """``粘青 王千硕/文 徐子茵/图``: names, then the mark of what they did."""
    if "/" not in text:
        return None  # every mark follows a slash
    found, end = [], 0
    for match in _NAMES_THEN_MARK.finditer(text):
        if text[end:match.start()].strip():
            return None
        names = split_byline(match["names"])
        if not names or not _only_names(match["names"], names):
            return None
        found += [(name, _CREDIT_AS[match["mark"]]) for name in names]
        end = match.end()
    return found if found and not text[end:].strip() else None


def _bare_names_line(paragraph: str) -> list[tuple] | None:
    """A line of two or three names and nothing else (张春晖 郭晓旭), closing an article."""
    tokens = paragraph.split()
    if not 2 <= len(tokens) <= 3 or len(paragraph) > 16:
        return None
    return [(token, "记者") for token in tokens] if all(plausible_name(token) for token in tokens) else None


def _credit_line(paragraph: str) -> list[tuple] | None:
    """The reporters of a line made only of credits with marks (``(文/陈昂昂)``,
    ``文|政协融媒记者李飞 图|政协融媒记者闫利鹏``, ``江苏广电总台·融媒体新闻中心记者/马遥 吴刚
    编辑/胡超``), else None. An editor is no reporter."""
    inside = re.fullmatch(r"\((?P<inside>[^()]{3,80})\)", paragraph)
    text = inside["inside"] if inside else paragraph
    after = _names_then_marks(text)
    if after:
        return after
    marks = list(_CREDIT_MARK.finditer(text))
    if not marks or len(text) > 80:
        return None
    unit = text[:marks[0].start()].strip()
    if unit and not re.fullmatch(r"[\u4e00-\u9fff·\-]{2,20}", unit):
        return None
    found = []
    for number, mark in enumerate(marks):
        segment = text[mark.end():marks[number + 1].start() if number + 1 < len(marks) else len(text)].strip()
        if not segment:
            return None
        role = _CREDIT_AS.get(mark["mark"])
        titled = _titled_byline(segment)
        if titled:
            found += [(name, "摄影" if role == "摄影" else r, u or (unit if number == 0 and r == "记者" else ""), tt)
                      for name, r, u, tt in titled]
            continue
        names = split_byline(segment)
        if not names or not _only_names(segment, names):
            return None
        if role:
            found += [(name, role, unit if number == 0 and role == "记者" else "", role) for name in names]
    return found or None


def _only_names(text: str, names: list[str]) -> bool:
    return "".join(text.split()).replace("、", "").replace(",", "") == "".join(names)


def _reporters_in(text: str, outlet: str = "") -> list[tuple[str, str, str]]:
    """Reporters named inside a dateline's brackets, with the outlet a title is printed
    after: ``通讯员曾立玺 李鸿欣``, ``记者 王某 通讯员 李某``, ``通讯员 马秀兰 昌吉日报记者 古丽娜尔``.
    ``outlet`` is the agency of the dateline (新华社), whose 记者 the brackets name."""
    titles = load_lexicons().reporter_titles
    found = []
    text = _CREDIT_AFTER_NAME.sub(" ", text)  # (……记者 包四华/文 欧阳海员 张驰/摄)
    matches = list(re.finditer(rf"(?P<title>{_spaced(titles)})\s*[:/]?\s*", text))
    if not matches:  # (山东台 叶帅 张鹏): an outlet and its people, no title printed (so no role row)
        untitled = _OUTLET_THEN_NAMES.fullmatch(text.strip())
        names = split_byline(untitled["names"]) if untitled else []
        return [(name, "记者", "", "记者") for name in names] if names and _only_names(untitled["names"], names) else []
    if matches and matches[0].start() > 0 and not _UNIT.search(text[:matches[0].start()]) \
            and not _OUTLET_ENDING.search(text[:matches[0].start()]):  # (时报记者 郑育俊): an outlet, no name
        leading = text[:matches[0].start()]  # (蒋剑 马子入 陈加普 记者 李全民): correspondents first
        names = split_byline(leading)
        if names and _only_names(leading, names):
            found.extend((name, "通讯员", "", "通讯员") for name in names)
    for number, match in enumerate(matches):
        names = text[match.end():matches[number + 1].start() if number + 1 < len(matches) else len(text)]
        following = _UNIT.search(names) if number + 1 < len(matches) else None
        if following:
            names = names[:following.start()]
        before = _UNIT.search(text[:match.start()])
        printed = _title_of(match["title"])
        role = titles[printed]
        unit = before["unit"] if before else (outlet if role == "记者" else "")
        placed = _PLACED_MEDIA.fullmatch(text[:match.start()] + printed[:3]) if number == 0 else None
        if not before and placed:  # 赤壁融媒体记者 李杰: the title's 融媒体 closes the outlet's name
            unit = placed.group().strip()
        names = _CREDIT_TAIL.sub("", names)
        title = _GRADE_PREFIX.sub("", printed) if role == "记者" else role
        found.extend((name, role, unit, title) for name in _titled_names(names))
    return found


def _titled_names(segment: str) -> list[str]:
    """The names a reporter's title is followed by. A title marks where names start, so
    where the name rules doubt them, names parted by spaces are read as printed (记者
    德庆占堆 朱楠), and one name whole (实习生边巴央金)."""
    names = split_byline(segment)
    tokens = segment.split()
    if len(names) < len(tokens) and all(_SPACED_NAME.fullmatch(token) and not is_other_word(token)
                                        and not load_gazetteer().find(token) for token in tokens):  # 北京(报道)
        return tokens
    return names or _one_name(segment)


_SPACED_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")


def _without_place(byline: str, least: int = 4) -> str:
    """A byline without the place it reports from (记者金朝晖 上海报道 → 记者金朝晖), where
    ``least`` characters stay before it (记者 and a name; a name, once titles are gone)."""
    byline = byline.rstrip()
    for length in (3, 2):
        head, last = byline[:-length].rstrip(), byline[-length:]
        if len(squeeze(head)) >= least and load_gazetteer().find(last):
            return head
    return byline


def _bare_names(text: str) -> list[tuple[str, str, str, str]]:
    """The reporters of a dateline's brackets that print names only (人民网太原1月10日电(马莹)):
    reporters, with no title or outlet for a role row."""
    names = split_byline(text)
    return [(name, "记者", "", "记者") for name in names] if names and _only_names(text, names) else []


_OUTLET_THEN_NAMES = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:电视台|台|日报|报|网|融媒)\s+(?P<names>[\u4e00-\u9fff\s]{2,20})")
_ONE_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")


def _one_name(segment: str) -> list[str]:
    """The one name a reporter's title is followed by where the name rules doubt it: one
    led by a surname (实习生边巴央金), or two characters that are no word (记者 晓勇, a pen name)."""
    name = segment.strip()
    return [name] if _ONE_NAME.fullmatch(name) and (surname_of(name) or len(name) == 2) and not is_other_word(name) \
        else []


# What a reporter's printed title carries that the role row drops (本报全媒体记者 → 记者);
# a grade stays (见习记者).
_GRADE_PREFIX = re.compile(r"^(?:本报)?(?:全媒体|融媒体|全媒|融媒|特约)?")


def split_articles(page: Page, year: int | None = None) -> list[Article]:
    """Split a page into its articles, in page order.

    A run of headline lines (``##`` lines, or short lines without closing
    punctuation) opens an article; bylines join the article they stand in; a
    continuation note such as (接一版) opens an article of its own.
    """
    articles: list[Article] = []
    captioned: dict[str, int] = {}  # article → how many photo captions open it
    headings: list[str] = []
    current: Article | None = None

    def open_article(lines: list[str]) -> Article:
        article = Article(id=f"{page.source}#{len(articles) + 1}", source=page.source, title="")
        _set_headline(article, lines)
        articles.append(article)
        return article

    for paragraph in join_broken_lines(to_simplified(page.text).splitlines(), alone=is_photo_caption):
        kind = _kind(paragraph)
        if kind == "heading":
            if current is None or current.paragraphs:
                current = open_article([])
                headings = []
            headings.append(paragraph)
            _set_headline(current, headings)
        elif kind == "caption":  # 图说:……金松/摄 — a photo's caption, not a headline
            credited = _caption_credit(paragraph)
            current = current or (open_article([]) if credited else None)
            if credited:
                _add_reporters(current, [(name, "摄影") for name in split_byline(credited)])
        elif kind == "captioned":
            if current is not None:
                credit = _CAPTION_CREDIT.search(paragraph)  # 图说:……金松/摄
                names = split_byline(credit["names"]) if credit else []
                if names:
                    _add_reporters(current, [(name, "摄影") for name in names])
                    paragraph = paragraph[:paragraph.rfind(names[0], credit.start())]
                current.paragraphs.append(squeeze(_CAPTION.sub("", squeeze(paragraph))))
        elif kind == "continuation":
            current = open_article([squeeze(paragraph)])
        elif kind == "byline":
            current = current or open_article([])
            _add_reporters(current, _byline(paragraph) or [])
        else:
            # a photo with its credited caption (……主持会议。新华社记者庞兴雷 摄) may stand before the lead
            headline: list[str] = []
            if current is not None and len(current.paragraphs) > captioned.get(current.id, 0) \
                    and _opens_article(paragraph, current, year):
                if _only_headline_lines(current):  # a long headline, read as text, before its dateline
                    headings += current.paragraphs
                    current.paragraphs = []
                    _set_headline(current, headings)
                else:
                    headline = _exclaimed_headline(current)
                    current = None
            current = current or open_article(headline)
            captions = captioned.get(current.id, 0)
            if not current.paragraphs or len(current.paragraphs) == captions or (
                    not current.date and len(current.paragraphs) == 1 and _bare_dateline(current.paragraphs[0])) \
                    or _after_uncredited_captions(current, paragraph):
                _read_dateline(current, paragraph, year)  # the lead's, after any captions (dated too)
            if _CAPTION_END.search(squeeze(paragraph)) and len(current.paragraphs) == captions:
                captioned[current.id] = captions + 1
            current.paragraphs.append(squeeze(_strip_trailing_byline(current, paragraph)))
    return [article for article in articles if article.paragraphs or article.reporters]


def _after_uncredited_captions(article: Article, paragraph: str) -> bool:
    """Whether ``paragraph`` opens with a dateline or a byline in brackets after nothing
    but short lines of one sentence: captions of photos above the lead, no credit printed
    (市政协主席郑金平发表讲话。会议现场。(记者 张林鹏 于瑶瑶)在圆满完成各项议程后,……)."""
    if article.date or article.reporters or not article.paragraphs or not all(
            len(line) <= MAX_UNCREDITED_CAPTION and line.endswith("。") and line.count("。") == 1
            for line in article.paragraphs):
        return False
    clean = squeeze(paragraph)
    bracket = _PAREN.match(clean)
    return bool(_DATELINE.match(clean) or bracket and _titled_byline(bracket["inside"]))


MAX_UNCREDITED_CAPTION = 24


# Marks a headline read as text holds none of (a sentence's or a list's)
NOT_IN_A_HEADLINE = "。!?;,、:("


def _only_headline_lines(article: Article) -> bool:
    """Whether all an article holds so far is lines with no sentence mark, short enough
    for a headline, and no dateline, date or byline: a headline read as text."""
    return not article.date and not article.reporters and not article.place and all(
        len(line) <= MAX_HEADLINE_BEFORE_LEAD and not any(mark in line for mark in NOT_IN_A_HEADLINE)
        for line in article.paragraphs)


def _exclaimed_headline(article: Article) -> list[str]:
    """The last line of ``article`` when it is the next article's headline printed with
    an exclamation mark (余杭区政协十二届四次会议隆重开幕!), taken off ``article``: a short
    line whose only sentence mark is the closing !, reporting a meeting, after at least
    one paragraph of text. A closing slogan (让我们携手共进,再创辉煌!) is no headline."""
    if len(article.paragraphs) < 2:
        return []
    line = article.paragraphs[-1]
    if len(line) > MAX_HEADING or not line.endswith("!") or any(mark in line[:-1] for mark in NOT_IN_A_HEADLINE) \
            or not _LEAD_EVENT.search(line):
        return []
    article.paragraphs.pop()
    return [line]


# What opens a meeting's report: 召开, 举行, 主持 … in the lead's first sentence.
# (or a leader who leads a visit: 镇坪县政协主席陈宗华带领县政协机关干部,深入城关镇小河村,看望慰问了……)
_LEAD_EVENT = re.compile(r"召开|举行|开幕|闭幕|主持|集体学习|会议|率[^,。]{0,8}?(?:调研|视察|考察)"
                         r"|(?:带领|带队)[^。;]{0,30}?(?:调研|视察|考察|慰问|走访)")
# A lead that opens with a session's formal name: 政协第N届X委员会第M次会议, 中国人民政治协商会议X第N届委员会……
_FORMAL_MEETING_LEAD = re.compile(r"^(?:中国人民政治协商会议|政协)[^,。;]{0,16}?第[一二三四五六七八九十\d]+届"
                                  r"[^,。;]{0,12}?委员会[^,。;]{0,12}?第[一二三四五六七八九十\d]+次")
_CAPTION_END = re.compile(r"摄\)?$|摄影\)?$")
# A lead may name its (bare) body before the date: 市政协1月15日举行…, 县政协于3月2日召开….
_BARE_BODY_BEFORE_DATE = re.compile(r"^(?:[省市县区州旗盟]|自治[州县旗])政协(?:于)?(?=\d|[一二三四五六七八九十]{1,2}月)"
                                    # or a 政协 and its meeting: 平房区政协十届十四次常委会会议于1月25日上午召开
                                    r"|^[\u4e00-\u9fff]{0,10}?政协[^,。;]{0,24}?会议于?(?=\d{1,2}月)")  # (四川省政协……会议1月27日下午在成都闭幕)


# A 政协 named with its place right after a lead's date, whatever it did: 9月20日,霍山县政协组织……
_NAMED_BODY_AFTER_DATE = re.compile(r"^(?:上午|下午|晚上)?[,,]?(?:(?P<place>[\u4e00-\u9fff]{2,8}?[省市县区州旗盟])政协"
                                    r"|政协(?P<formal>[\u4e00-\u9fff]{2,8}?[省市县区州旗盟])(?:委员会)?)"
                                    r"(?!委员|常委|主席|副主席|秘书长)")


_TERM = re.compile(r"[一二三四五六七八九十\d]+届")


def _named_body_after_date(rest: str) -> bool:
    """Whether a 政协 named with its place (a division the gazetteer knows) or its term
    opens ``rest`` (not 调研组来到市政协)."""
    found = _NAMED_BODY_AFTER_DATE.match(rest)
    place = found and (found["place"] or found["formal"])
    # (or with its term: 十一届省政协第一期新任委员培训班今天在青岛开班)
    return bool(place) and (bool(load_gazetteer().find(place)) or bool(_TERM.fullmatch(place[:-1])))


def _opens_article(paragraph: str, current: Article, year: int | None) -> bool:
    """Whether a body paragraph is the lead of a new article that has no headline: a
    dateline (本报讯, 天山网讯, 新华社…电), or a date opening a sentence that reports a
    meeting on another day than the article so far. A photo caption (…摄) never is.

    >>> article = Article(id="p#1", source="p", title="", date="--01-05", paragraphs=["…"])
    >>> _opens_article("2月19日上午,中国人民政治协商会议第四届晋中市委员会第二次会议预备会议召开。", article, None)
    True
    >>> _opens_article("1月5日,省政协主席王富玉主持召开会议。 新华社记者 燕雁 摄", article, None)
    False
    >>> _opens_article("市政协1月15日举行九届五十二次主席会议,市政协主席王力平主持。", article, None)
    True
    """
    clean = squeeze(paragraph)
    if _CAPTION_END.search(clean) or len(current.paragraphs) == 1 and _bare_dateline(current.paragraphs[0]):
        return False
    if _DATELINE.match(clean) or _BRACKETED_DATELINE.match(paragraph):
        return True
    first = split_sentences(clean)[0] if clean else ""
    if _FORMAL_MEETING_LEAD.match(clean) and _LEAD_EVENT.search(first) and not current.paragraphs[-1].endswith(":"):
        return True  # 中国人民政治协商会议天津市宝坻区第五届委员会第四次会议……开幕
    slogan = SLOGAN_THEN_DATE.match(clean)
    if slogan:
        clean = clean[slogan.end():]  # the lead proper, after its slogan
    body = _BARE_BODY_BEFORE_DATE.match(clean)  # 市政协1月15日举行九届五十二次主席会议
    date = LEADING_DATE.match(clean[body.end():] if body else clean)
    if not date:
        # a lead that opens with its purpose, then the date and a 政协 named with its place:
        # 为加强委员队伍建设,提高履职能力水平,7月6日,卫滨区政协组织召开……
        purposed = PURPOSE_THEN_DATE.match(clean)
        date = purposed and DATE.match(clean, purposed.end())
        if not date or not _named_body_after_date(clean[date.end():].lstrip(",")):
            return False
    first = split_sentences(clean)[0] if clean else ""
    if not _LEAD_EVENT.search(first) and not _named_body_after_date(clean[date.end():]):
        return False
    found = date_of(date, year)
    return not current.date or found[-5:] != current.date[-5:] or len(current.paragraphs) >= 2


def after_dateline(text: str) -> str:
    """``text`` without the dateline and the byline brackets it opens with.

    >>> after_dateline("新华社北京1月18日电 主席会议17日在京召开")
    '主席会议17日在京召开'
    """
    match = _DATELINE.match(text)
    if not match:
        return text
    rest = text[match.end():]
    bracket = _PAREN.match(rest)
    return (rest[bracket.end():] if bracket else rest).lstrip(" :：")


def _bare_dateline(paragraph: str) -> bool:
    """A dateline standing on its own line: 德州新闻网讯(德州晚报全媒体见习记者王熠帆)."""
    match = _DATELINE.match(paragraph)
    return bool(match) and not _PAREN.sub("", paragraph[match.end():]).strip(" :：")


def _set_headline(article: Article, lines: list[str]) -> None:
    lines = [squeeze(HEADING_MARK.sub("", line)) if not HEADING_MARK.match(line) else
             "##" + squeeze(HEADING_MARK.sub("", line)) for line in lines]
    marked = [i for i, line in enumerate(lines) if line.startswith("##")]
    at = marked[-1] if marked else 0
    plain = [line.removeprefix("##") for line in lines]
    article.title = plain[at] if plain else ""
    article.kicker = " ".join(plain[:at])
    article.subtitle = " ".join(re.sub(r"^[-—–]+", "", line) for line in plain[at + 1:])


def _add_reporters(article: Article, pairs) -> None:
    """Add (name, role) or (name, role, outlet) bylines the article does not hold yet."""
    for name, role, *unit in pairs:
        if name not in article.reporter_role:
            article.reporters.append(name)
            article.reporter_role[name] = role
            if unit and unit[0]:
                article.reporter_unit[name] = unit[0]
            if len(unit) > 1 and unit[1] and unit[1] != role:
                article.reporter_title[name] = unit[1]


def _read_dateline(article: Article, paragraph: str, year: int | None) -> None:
    """Place, reporters and date from an article's first paragraph. The place and date
    are read from the squeezed text (本报嘉 峪关讯 is 本报嘉峪关讯); the names in the
    brackets from the raw text, where spaces still part them."""
    clean = squeeze(paragraph)
    bracketed = _BRACKETED_DATELINE.match(paragraph)
    match = None if bracketed else _DATELINE.match(clean)
    rest = clean
    if bracketed:  # 【本报记者许娣闻 实习记者孔熹微 南京5日电】1月5日,……
        _add_reporters(article, _reporters_in(bracketed["byline"]))
        if bracketed["place"] and load_gazetteer().find(bracketed["place"]):
            article.place = bracketed["place"]
        rest = squeeze(paragraph[bracketed.end():])
    elif match:
        outlet, outlet_place = _outlet_and_place(match["outlet"])
        article.outlet = outlet
        article.place = match["place"] or match["xplace"] or match["bplace"] or outlet_place
        rest = clean[match.end():]
        bracket = _PAREN.match(rest)
        dashed = None if bracket or not rest.startswith(("-", "—")) else _DASHED_BYLINE.match(paragraph)
        if dashed:  # 【鹤壁新闻网讯-鹤壁日报社首席记者 渠稳/文 赵永强/图】
            _add_reporters(article, _reporters_in(dashed["inside"], outlet))
            rest = rest[rest.index("】") + 1:]
        elif bracket:
            raw = next((m for m in _PAREN.finditer(paragraph) if squeeze(m["inside"]) == bracket["inside"]), None)
            inside = raw["inside"] if raw else bracket["inside"]
            _add_reporters(article, _reporters_in(inside, XINHUA if match["xplace"] else outlet) or _bare_names(inside))
            rest = rest[bracket.end():]
        else:  # 本报讯记者赵静报道 / 本报讯 记者X报道:
            reported = _REPORTED_BY.match(rest)
            if reported:
                _add_reporters(article, _reporters_in(_without_place(reported["byline"]), outlet))
                rest = rest[reported.end():]
        if match["xplace"]:
            rest = match.group(0)[len("新华社") + len(match["xplace"]):]  # 新华社北京4月16日电: the date is in it
        elif DATE.search(match.group(0)) and not LEADING_DATE.match(rest.lstrip(" ,")):  # 本报1月29日讯 too
            # 齐鲁网11月24日讯(……)今天,……: the dateline's date, where the lead's first sentence
            # gives none (大西北网1月12日讯 ……会议1月11日下午在兰州召开: the meeting's day)
            lead = split_sentences(rest)[0] if rest.strip() else ""
            rest = (DATE.search(lead) or DATE.search(match.group(0))).group()
    else:  # a byline in brackets opening the lead, with no outlet before it: (记者高原雪)2月20日,……
        raw = _PAREN.match(paragraph.lstrip())
        pairs = _titled_byline(raw["inside"]) if raw else None
        if pairs:
            _add_reporters(article, pairs)
            rest = clean[_PAREN.match(clean).end():]
    rest = rest.lstrip(" ,")
    opener = SLOGAN_THEN_DATE.match(rest) or PURPOSE_THEN_DATE.match(rest)  # 新春佳节将至,……。2月11日
    rest = rest[opener.end():] if opener else rest
    body = _BARE_BODY_BEFORE_DATE.match(rest)
    date = LEADING_DATE.match(rest[body.end():] if body else rest)
    if date:
        article.date = date_of(date, year)


# A byline after a dateline's 讯 and a dash, inside black brackets: 【鹤壁新闻网讯-鹤壁日报社首席记者 渠稳/文】
_DASHED_BYLINE = re.compile(r"\s*【[^】]{2,20}?讯\s*[-—]+\s*(?P<inside>[^】]{2,60})】")


# A dateline in black brackets, the paper's reporters first, then the place and the day
# (Hong Kong and Macau papers): 【本报记者许娣闻 实习记者孔熹微 南京5日电】, 【本报驻北京记者铁怡十日电】
_BRACKETED_DATELINE = re.compile(r"^\s*【\s*本报(?:驻[\u4e00-\u9fff]{2,4}?(?=记者))?(?P<byline>[^】]{3,40}?)\s*"
                                 r"(?P<place>[\u4e00-\u9fff]{2,4})?\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})日电\s*】")


_TRAILING_BOX = re.compile(r"(?<=[。!?”])\s*□\s*(?P<name>[\u4e00-\u9fff]{2,4})$")


def _strip_trailing_byline(article: Article, paragraph: str) -> str:
    box = _TRAILING_BOX.search(paragraph)
    if box and split_byline(box["name"]) == [box["name"]]:  # …草案)。□黄和芳
        _add_reporters(article, [(box["name"], "记者")])
        return paragraph[:box.start()].rstrip()
    photo = _TRAILING_PHOTO.search(paragraph)
    if photo:
        names = split_byline(photo["names"])
        if names and _only_names(photo["names"], names):
            unit = photo["unit"] if photo["unit"] and _UNIT.search(photo["unit"]) or photo["unit"] == XINHUA else ""
            _add_reporters(article, [(name, "摄影", unit, "记者" if unit else "摄影") for name in names])
            return paragraph[:photo.start()].rstrip()
    credit = _PHOTOGRAPHER_AFTER.search(paragraph)  # 大会在雄壮的国歌声中胜利闭幕(摄影 江淘)
    if credit:
        names = split_byline(credit["names"])
        if names and _only_names(credit["names"], names):
            _add_reporters(article, [(name, "摄影") for name in names])
            return paragraph[:credit.start()].rstrip()
    titled = _TRAILING_TITLED.search(paragraph) or _TRAILING_UNBRACKETED.search(paragraph)
    pairs = _titled_byline(titled["inside"], article.outlet) if titled else None
    if pairs:  # ……全体区政协委员分三期参加培训。(通讯员 范雯); (记者 俞方玲) of 闽清新闻网讯
        _add_reporters(article, pairs)
        return paragraph[:titled.start()].rstrip()
    match = _TRAILING_BYLINE.search(paragraph)
    if not match:
        return paragraph
    names = split_byline(match["names"])
    if not names or not _only_names(match["names"], names):
        return paragraph
    _add_reporters(article, [(name, "通讯员") for name in names])
    return paragraph[:match.start()].rstrip()
