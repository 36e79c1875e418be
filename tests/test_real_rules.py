"""Rules learnt on real published pages (tests/data/real), each on a real sentence of
its kind and a near miss it must not fire on."""
from __future__ import annotations

from kg.extract.orgs import find_orgs
from kg.extract.pages import _byline, split_articles
from kg.extract.places import PlaceContext
from kg.extract.pipeline import extract_page
from kg.extract.records import Page

NOWHERE = PlaceContext(None, "")


def orgs(text, context=NOWHERE):
    return [m.name for m in find_orgs(text, context)]


def articles(text):
    return split_articles(Page(path="t.txt", source="t", text=text))


def opening_meeting(text, place, home):
    """The meeting an article's opening sentence names, in an article from ``place``
    whose own 政协 is ``home``."""
    from kg.extract.meetings import find_meeting
    from kg.extract.places import context_for

    return find_meeting(text, find_orgs(text, context_for([place])), [], home, True)


# Organizations

def test_formal_committee_names_with_their_term_before_the_place():
    assert orgs("中国人民政治协商会议第四届晋中市委员会第二次会议预备会议召开") == ["晋中市政协"]
    assert orgs("政协第十一届贵州省委员会常务委员会第二十四次会议在贵阳闭幕") == ["贵州省政协"]
    assert orgs("政协第十三届全国委员会第三十次主席会议") == ["全国政协"]  # near miss: not a place


def test_a_formal_standing_committee_with_its_term_names_its_政协():
    assert orgs("2月25日,政协商南县第九届常委会第三次会议开幕。") == ["商南县政协"]
    assert orgs("县政协常委会第三次会议开幕。") == []  # near miss: a bare 县政协 names no place


def test_a_list_item_of_four_characters_that_mostly_transliterate():
    found = roles_in("熊元来、尕玛朋措、马建宏、高永红、刘燕在主席台就座,祝贺大会召开。")
    assert "尕玛朋措" in found
    # near miss: a four-character word among names is no name
    assert "有关同志" not in roles_in("熊元来、马建宏、有关同志、刘燕在主席台就座。")


def test_和_before_县政协_in_running_text_names_no_county():
    assert orgs("各乡镇政协委员联络组长和县政协专委会主任参加会议。") == []
    # p3803: after a title in brackets too (审议了《……调研报告》和县政协十届五次全体会议有关事项)
    assert orgs("审议了《关于开发文旅产品的调研报告》和县政协十届五次全体会议有关事项。") == []
    assert orgs("马鞍山市和县政协召开会议。") == ["和县政协"]  # near misses: the county named
    assert orgs("和县政协召开会议。") == ["和县政协"]


def test_a_county_keeps_the_level_it_was_printed_with():
    assert orgs("旬阳县政协召开九届二次主席会议") == ["旬阳县政协"]  # a city since 2021
    assert orgs("旬阳市政协召开主席会议") == ["旬阳市政协"]


# Articles and bylines

def test_a_lead_without_headline_opens_an_article():
    page = ("省政协十一届常委会第二十四次会议闭幕\n\n本报讯 (记者 陈发文)1月5日,政协第十一届贵州省委员会常务委员会"
            "第二十四次会议在贵阳闭幕。\n\n省政协主席王富玉主持闭幕会并讲话。\n\n"
            "2月19日上午,中国人民政治协商会议第四届晋中市委员会第二次会议预备会议召开。\n\n会议由副主席张鲜苹主持。")
    assert [a.date for a in articles(page)] == ["--01-05", "--02-19"]


def test_a_caption_on_the_same_day_stays_in_its_article():
    page = ("新华社北京12月15日电 全国政协主席俞正声15日下午主持召开全国政协第六十七次主席会议。\n\n"
            "12月15日,全国政协主席俞正声在北京主持召开全国政协第六十七次主席会议。 新华社记者 燕雁 摄\n\n"
            "会议审议通过全国政协十二届常委会第二十四次会议议程(草案)和日程。")
    [article] = articles(page)
    assert article.reporter_role == {"燕雁": "摄影"} or "燕雁" in article.reporters


def test_any_outlets_dateline_names_its_reporters_unit():
    [article] = articles("天山网-新疆日报讯(记者张艳芳报道)5月11日,十三届自治区政协第五次主席会议召开。")
    assert article.reporters == ["张艳芳"] and article.reporter_unit == {"张艳芳": "天山网-新疆日报"}
    assert article.date == "--05-11"
    [article] = articles("德州新闻网讯(德州晚报全媒体见习记者王熠帆)\n\n11月21日,市政协十五届十二次主席会议召开。")
    assert article.reporter_unit == {"王熠帆": "德州晚报"} and article.reporter_title == {"王熠帆": "见习记者"}
    assert article.date == "--11-21"


def test_a_long_headline_with_no_sentence_mark_heads_its_article():
    page = ("十六届市政协委员工作和地方政协联络委员会第一次全体会议暨全市政协“有事来协商”工作推进会召开\n\n"
            "本报讯 (成都日报锦观新闻记者 李霞 实习记者 杨帆) 4月7日,十六届市政协委员工作和地方政协联络委员会"
            "第一次全体会议召开。市政协副主席左正出席并讲话。\n\n"
            "群策群力谋发展 同心同德启新程 县政协十届四次会议胜利闭幕 王波讲话 王剑峰陈健陈亦平许哲等出席\n\n"
            "聚团结之力、建务实之功、展奋进之姿。中国人民政治协商会议第十届德清县委员会第四次会议昨天下午胜利闭幕。")
    found = articles(page)
    assert [a.title[:8] for a in found] == ["十六届市政协委员", "群策群力谋发展同"]
    assert found[0].date == "--04-07" and found[1].paragraphs[0].startswith("聚团结之力")
    page = ("冯健身主持召开省政协第39次主席会议 决定省政协十一届十六次常委会议于9月27日召开\n\n"
            "省政协主席冯健身9月23日下午主持召开省政协第39次主席会议。")
    [article] = articles(page)  # a deck with numbers in its parts
    assert article.title.startswith("冯健身") and article.paragraphs[0].startswith("省政协主席冯健身")
    # near miss: a document's head with its adoption in brackets is the article's text, not a headline
    page = ("4月9日下午,市政协六届二十三次常委会会议召开。市政协主席潘赛新出席会议。\n\n"
            "关于召开中国人民政治协商会议 乐平市第六届委员会第六次会议的决定 (2021年4月9日市政协六届二十三次常委会会议通过)\n\n"
            "中国人民政治协商会议乐平市第六届委员会常务委员会第二十四次会议决定:第六次会议将于2021年4月12日召开。")
    [article] = articles(page)
    assert "关于召开" in article.body and article.date == "--04-09"


def test_a_page_of_whole_paragraphs_keeps_a_headline_with_a_comma_apart():
    whole = "会议传达了自治区党委书记在自治区两会党员召集人会上的讲话精神,听取了有关说明,审议通过了增选常务委员会组成人员名单,提交常委会议审议。"
    page = ("1月10日下午,自治区政协举行十届五十二次主席会议。自治区政协主席齐同生主持会议,自治区政协副主席蔡国英、张乐琴出席会议。\n\n"
            + (whole + "\n\n") * 3 + "独山港镇政协开展委员联系界别群众活动,助力美镇营商环境建设\n\n"
            "为充分发挥政协界别优势和委员主体作用,11月9日下午,平湖市独山港镇政协委员小组开展活动。\n\n"
            "独山港镇党委副书记陆婷主持会议。")
    found = articles(page)
    assert [a.title for a in found] == ["", "独山港镇政协开展委员联系界别群众活动,助力美镇营商环境建设"]
    # near miss: where the layout broke long lines mid-sentence, a line with a comma goes on in the next
    broken = page.replace("提交常委会议审议。", "提交常委会议审议,并")
    assert len(articles(broken)) == 1


def test_a_lead_that_opens_with_its_purpose_then_the_date_and_a_placed_政协():
    page = ("区政协十七届一次会议开幕\n\n1月11日下午,中国人民政治协商会议重庆市合川区第十七届委员会第一次会议隆重开幕。\n\n"
            "郑立伟代表中共合川区委,向大会的胜利召开表示热烈的祝贺。\n\n"
            "为加强委员队伍建设,提高履职能力水平,7月6日,卫滨区政协组织召开十届政协委员培训会。\n\n"
            "区政协提案委主任刘芳针对提案撰写工作进行了辅导讲座。")
    found = articles(page)
    assert len(found) == 2 and found[1].paragraphs[0].startswith("为加强")
    assert ("刘芳", "主任", "卫滨区政协提案委") in roles_of(page)  # (针对 ends a name)
    # near miss: a purpose clause and a date in the same article's story, with no 政协 named with its place
    page = page.replace("卫滨区政协组织召开十届政协委员培训会", "区政协组织委员开展视察")
    assert len(articles(page)) == 1


def test_a_numbered_agenda_item_is_what_the_meeting_did():
    page = ("区政协召开五届二十四次常委会议\n\n12月23日上午,吴成平主席主持召开了区政协五届二十四次常委会议。会议主要内容:\n\n"
            "1、学习十九届六中全会公报;\n\n5、审议通过政协六安市金安区第六届委员会第一次会议议程(草案)和日程(草案);")
    [(article, triples)] = list(extract_page(Page(path="t.txt", source="t", text=page)))
    assert [t.object.key for t in triples if t.predicate == "ADOPTED"] == ["政协六安市金安区第六届委员会第一次会议议程(草案)"]
    # the item as a paragraph of its own (a page of whole paragraphs): the meeting's too
    from kg.extract.meetings import handles_documents

    assert handles_documents("5、审议通过政协六安市金安区第六届委员会第一次会议议程(草案)和日程(草案);", False)
    # near miss: what someone urged others to do is no item of the meeting's agenda
    assert not handles_documents("要求各单位审议通过政协六安市金安区第六届委员会第一次会议议程(草案)。", False)


def test_a_closing_byline_with_a_colon_after_the_title_or_an_editor_beside_the_reporter():
    [article] = articles("12月20日,县政协召开常委会议。会议审议通过了《实施意见》。(记者:闫蓓 臧永治)")
    assert article.reporters == ["闫蓓", "臧永治"] and "臧永治" not in article.body
    [article] = articles("会议投票评选了优秀提案。(记者刘学文 编辑熊蔚)")
    assert article.reporters == ["刘学文"]  # an editor is no reporter
    # near miss: a closing bracket of words that are no names
    [article] = articles("会议审议通过了《实施意见》。(记者:待定 编辑部)")
    assert article.reporters == []
    assert [pair[:2] for pair in _byline("记者:郭咏欣 北京报道")] == [("郭咏欣", "记者")]  # the place it reports from
    [article] = articles("会议要求进一步提升政协工作的实效。(湄洲日报 蔡玲 见习记者 余静)")
    assert article.reporters == ["蔡玲", "余静"] and article.reporter_title == {"余静": "见习记者"}
    [article] = articles("会议要求进一步提升政协工作的实效。(湄洲日报 会议 见习记者 余静)")
    assert article.reporters == []  # near miss: a word between the outlet and the title is no name
    [article] = articles("会议要求提高工作制度化、规范化水平。(凤玉生)")
    assert article.reporters == ["凤玉生"]  # 凤 is a surname


def test_a_dateline_in_black_brackets_with_the_papers_reporters():
    [article] = articles("南京市政协十三届一次会议开幕\n\n【本报记者许娣闻 实习记者孔熹微 南京5日电】1月5日,"
                         "中国人民政治协商会议南京市第十三届委员会第一次会议隆重举行。")
    assert article.reporters == ["许娣闻", "孔熹微"] and article.reporter_title == {"孔熹微": "实习记者"}
    assert article.place == "南京" and article.date == "--01-05"
    [article] = articles("【本报驻北京记者铁怡十日电】政协河北省第十三届委员会第一次会议十日开幕。")
    assert article.reporters == ["铁怡"] and article.place == ""  # where the reporter is posted is no place of the news
    # near miss: a bracketed 本报讯 names no reporter
    [article] = articles("【本报讯】1月5日,市政协召开会议。")
    assert article.reporters == [] and article.date == "--01-05"


def test_credit_lines_with_marks():
    assert [r[:2] for r in _byline("(文/陈昂昂)")] == [("陈昂昂", "记者")]
    assert [r[:3] for r in _byline("文|政协融媒记者李飞 图|政协融媒记者闫利鹏")] == [
        ("李飞", "记者", "政协融媒"), ("闫利鹏", "摄影", "政协融媒")]
    assert _byline("文化|传承与创新") is None  # near miss: a headline with a bar


# Place from the whole article

def test_an_article_without_a_dateline_takes_the_place_its_body_names():
    page = ("3月20日,市政协召开八届十一次主席(扩大)会议。市政协主席刘立新主持会议。\n\n"
            "会议审议通过了《政协辽源市委员会常务委员会工作规则(审议稿)》。")
    [(article, triples)] = list(extract_page(Page(path="t.txt", source="t", text=page)))
    chairs = {(t.subject.key, t.object.props().get("org")) for t in triples if t.predicate == "CHAIRED"}
    assert chairs == {("刘立新", "辽源市政协")}


def test_a_city_paper_reporting_its_citys_meeting_held_in_a_county():
    page = ("福州新闻网6月20日讯(福州日报记者 李夏薇)昨日,全市2015年上半年县(市)区政协主席工作联系会议在福清召开。"
            "市政协主席周宏,市政协副主席雷成才,秘书长吴建成出席会议。")
    assert ("周宏", "主席", "福州市政协") in roles_of(page)
    # near miss: with no paper of the city, the county named is where the article is
    page = ("3月17日,宣恩县政协召开十届二次主席会议,湖北省政协有关领导出席。县政协主席黄同元主持。"
            "黄同元要求,全县政协系统要在恩施州委和宣恩县委领导下做好工作。")
    assert ("黄同元", "主席", "宣恩县政协") in roles_of(page)


# Documents

def docs(text):
    from kg.extract.meetings import find_documents
    return [(d.title, d.action) for d in find_documents(text, [])]


def test_a_marker_after_the_closing_bracket_stays_in_the_title():
    assert docs("会议原则通过《中国人民政治协商会议章程(修订草案)》《政协全国委员会2018年协商计划》(草案)") == [
        ("中国人民政治协商会议章程(修订草案)", "ADOPTED"), ("政协全国委员会2018年协商计划(草案)", "ADOPTED")]
    assert docs("会议审议通过《委员履职工作规则》(以下简称规则)") == [("委员履职工作规则", "ADOPTED")]  # near miss


def test_drafts_without_brackets_and_the_verb_before_them():
    assert docs("会议审议通过全国政协十二届常委会第二十四次会议议程(草案)和日程") == [
        ("全国政协十二届常委会第二十四次会议议程(草案)", "ADOPTED")]
    assert docs("会议审议通过了政协辽源市委员会全体会议工作规则(审议稿)") == [
        ("政协辽源市委员会全体会议工作规则(审议稿)", "ADOPTED")]
    assert docs("会议书面审议了有关工作安排(说明)") == []  # near miss: not a draft mark


# Persons

def names(text):
    from kg.extract.persons import find_persons
    return [p.name for p in find_persons(text, [])]


def test_one_unsure_item_does_not_end_a_list():
    assert names("全国政协副主席林文漪、罗富和、李海峰、陈元出席会议。") == ["林文漪", "罗富和", "李海峰", "陈元"]
    assert names("全国政协副主席周强、帕巴拉·格列朗杰、何厚铧出席会议。") == ["周强", "帕巴拉·格列朗杰", "何厚铧"]


def test_a_list_of_names_with_no_title_or_a_collective_label():
    assert names("省政协领导隋忠诚、黄兰香、赖明勇、虢正贵出席会议。") == ["隋忠诚", "黄兰香", "赖明勇", "虢正贵"]
    assert names("会议强调,要坚持团结、民主、务实、创新。") == []  # near miss: a list of words


# Meetings and chairs

def chairs_of(page):
    found = set()
    for article, triples in extract_page(Page(path="t.txt", source="t", text=page)):
        found |= {(t.subject.key, t.object.props().get("org"), t.object.props().get("date"))
                  for t in triples if t.predicate == "CHAIRED"}
    return found


def test_a_chair_only_a_deck_names():
    page = ("全国政协举行新年茶话会 习近平发表重要讲话\n\n李克强栗战书李强赵乐际王沪宁出席\n\n汪洋主持\n\n"
            "中国人民政治协商会议全国委员会12月30日上午在全国政协礼堂举行新年茶话会。党和国家领导人习近平、李克强、栗战书、"
            "汪洋、李强、赵乐际、王沪宁等同各民主党派中央负责人欢聚一堂。")
    assert chairs_of(page) == {("汪洋", "全国政协", "--12-30")}
    # near misses: a deck's name the text does not give; a text that names its own chair
    assert chairs_of(page.replace("汪洋主持", "韩正主持")) == set()
    assert chairs_of(page + "\n\n茶话会由王沪宁主持。") == {("王沪宁", "全国政协", "--12-30")}


def test_a_chair_named_before_the_day_and_the_verb():
    page = "新华社北京12月15日电 全国政协主席俞正声15日下午主持召开全国政协第六十七次主席会议。"
    assert chairs_of(page) == {("俞正声", "全国政协", "--12-15")}
    # near miss: a person named after 主持 is no chair
    assert chairs_of("新华社北京12月15日电 会议由全国政协主持召开,俞正声出席。") == set()


def test_the_chair_of_a_closing_session_in_a_county_article_names_its_place_in_a_title():
    page = ("县政协召开第九届委员会常务委员会第八次会议\n\n3月17日,县政协第九届委员会常务委员会第八次会议召开。\n\n"
            "县政协主席黄同元主持会议。\n\n会议传达学习了《中国共产党宣恩县第十五届纪律检查委员会第三次全体会议上的工作报告》"
            "和《中国人民政治协商会议湖北省第十三届委员会第一次会议政治决议》。")
    assert chairs_of(page) == {("黄同元", "宣恩县政协", "--03-17")}


def test_an_elected_title_gives_a_role():
    from kg.extract.persons import find_persons
    text = "陶迪当选为政协鄂托克前旗第十一届委员会主席;王云山、卢智慧当选为政协鄂托克前旗第十一届委员会常务委员。"
    found = [(p.name, p.roles) for p in find_persons(text, find_orgs(text, NOWHERE))]
    assert found == [("陶迪", [("主席", "鄂托克前旗政协")]), ("王云山", [("常委", "鄂托克前旗政协")]),
                     ("卢智慧", [("常委", "鄂托克前旗政协")])]
    # near miss: 当选 with no body and no title names no role
    assert [p.roles for p in find_persons("张三当选以来,工作扎实。", [])] in ([], [[]])


def test_a_day_without_its_month_after_the_dateline():
    page = "新华社北京1月18日电 政协第十三届全国委员会第三十二次主席会议17日在京召开,全国政协主席汪洋主持会议。"
    assert chairs_of(page) == {("汪洋", "全国政协", "--01-17")}


def test_a_caption_line_is_no_headline():
    page = ("讯(记者 江跃中)12月14日,上海市政协召开十三届五十三次主席会议。市政协主席董云虎主持。\n\n"
            "图说:上海市政协召开十三届五十三次主席会议 金松/摄\n\n会议听取了有关情况的汇报。")
    [article] = articles(page)
    assert article.reporters == ["江跃中", "金松"] and article.date == "--12-14"


def test_a_caption_with_its_photographer_after_a_space_is_no_headline():
    # p20 (恩施): the caption split the article in two and its photographer was lost
    page = ("1月12日,政协恩施州第九届委员会第五次全体会议隆重开幕。\n\n政协恩施州第九届委员会第五次全体会议隆重开幕 税浪 摄\n\n"
            "上午9时,单艳平宣布大会开幕。")
    [article] = articles(page)
    assert article.reporters == ["税浪"]
    # near miss: a headline ending in 拍摄 is a headline
    page = "委员们走进田间 地头拍摄\n\n5月3日,县政协组织委员视察。\n\n委员们走进田间地头。"
    [article] = articles(page)
    assert (article.title, article.reporters) == ("委员们走进田间地头拍摄", [])


def test_a_headline_stops_before_a_lead_dated_with_a_range_of_days():
    # p20 (乌拉特中旗): 5月17——18日 was no date, and the headline ran into the lead and the article before
    page = ("市政协召开五届十八次常委会议\n\n6月26日上午,市政协五届十八次常委会议召开。\n\n市政协秘书长张旭斌参加。\n\n"
            "周广军带队赴杭后、临河、五原考察学习\n\n5月17——18日,旗政协党组书记、主席周广军带队赴杭锦后旗考察学习。")
    assert [(a.title, a.date) for a in articles(page)] == [
        ("市政协召开五届十八次常委会议", "--06-26"), ("周广军带队赴杭后、临河、五原考察学习", "--05-17")]
    # near miss: a clause after 、 that is no date goes on with the line before
    page = "市政协召开常委会议,审议了提案、\n\n5月份的工作计划。"
    assert len(articles(page)) == 1


def test_a_county_named_in_passing_places_the_article_but_a_name_does_not():
    page = ("1月4日,县政协召开十一届十五次常委会会议。县政协主席姜杰主持会议。\n\n会议强调,要为涟水高质量发展贡献力量。")
    assert chairs_of(page) == {("姜杰", "涟水县政协", "--01-04")}
    page = "1月4日,县政协召开常委会会议。县政协主席姜杰主持会议,副主席周新民出席。"
    assert {org for _, org, _ in chairs_of(page)} <= {None, ""}  # near miss: 周新民 names no 新民市


def test_a_follow_on_draft_that_is_no_name_on_its_own_is_dropped():
    assert docs("会议审议通过了大会秘书长、副秘书长名单(草案)") == []
    assert docs("会议审议通过了县政协十届三次会议议程(草案)") == [("县政协十届三次会议议程(草案)", "ADOPTED")]


def test_a_magazine_is_no_document_handled():
    assert docs("会议学习了《求是》杂志发表的重要文章") == []
    assert docs("会议学习了《中国共产党政治协商工作条例》") == [("中国共产党政治协商工作条例", "STUDIED")]


def test_a_dotted_name_whose_second_part_the_list_lacks():
    assert names("自治区政协主席努尔兰·阿不都满金主持会议。") == ["努尔兰·阿不都满金"]


def test_a_bare_title_after_the_sentence_that_named_the_body():
    page = "11月21日,德州市政协十五届十二次主席会议召开。市政协主席卜祥联主持并讲话。副主席吕永忠、康志民出席。"
    [(article, triples)] = list(extract_page(Page(path="t.txt", source="t", text=page)))
    roles = {(t.subject.key, t.props()["role"], t.object.key) for t in triples if t.predicate == "HOLDS_ROLE"}
    assert ("吕永忠", "副主席", "德州市政协") in roles and ("康志民", "副主席", "德州市政协") in roles
    # near miss: a title of no 政协 is not carried (县长 is the government's)
    page = "11月21日,德州市政协主席会议召开。市政协主席卜祥联主持。县长李四出席。"
    [(article, triples)] = list(extract_page(Page(path="t.txt", source="t", text=page)))
    assert not any(t.subject.key == "李四" and t.object.key == "德州市政协" for t in triples)


def test_the_chair_chairs_for_the_政协_of_his_title_chain():
    page = "新华社北京3月3日电 中共中央政治局常委、全国政协主席汪洋3日主持召开全国政协主席会议。"
    assert chairs_of(page) == {("汪洋", "全国政协", "--03-03")}


def test_a_bare_name_before_主持_chairs():
    page = "1月20日下午,鄂尔多斯市政协五届二十七次主席会议召开。张众志主持会议。"
    assert chairs_of(page) == {("张众志", "鄂尔多斯市政协", "--01-20")}
    assert names("会议由李微微主持。") == ["李微微"]
    assert names("会议主持工作扎实。") == []  # near miss: no name before 主持


def test_a_first_item_no_rule_knows_is_vouched_for_by_the_list():
    assert names("市政协副主席亚古、岳国红、达娃出席。")[:2] == ["亚古", "岳国红"]
    assert names("市政协副主席、秘书长出席。") == []  # near miss: titles, no names


def test_bylines_that_name_their_people_first():
    assert [r[:2] for r in _byline("(粘青 王千硕/文 徐子茵/图)")] == [
        ("粘青", "记者"), ("王千硕", "记者"), ("徐子茵", "摄影")]
    [article] = articles("四川新闻网消息(蒋剑 马子入 陈加普 记者 李全民)2月26日上午,政协旺苍县第十一届委员会第四次会议开幕。")
    assert article.reporters == ["蒋剑", "马子入", "陈加普", "李全民"]
    assert [r[:2] for r in _byline("张春晖 郭晓旭")] == [("张春晖", "记者"), ("郭晓旭", "记者")]
    assert _byline("团结 奋进") is None  # near miss: two words, no names


def test_a_variant_character_and_a_province_named_before_its_city():
    from kg.extract.text import to_simplified
    assert to_simplified("陜西省政協") == "陕西省政协"
    page = ("10月29日,河北省保定市政协党组理论学习中心组召开学习会议。市政协主席李俊岭主持会议。\n\n"
            "会议强调,保定市政协要为保定高质量发展贡献力量。")
    assert chairs_of(page) == {("李俊岭", "保定市政协", "--10-29")}


def test_a_sentence_that_goes_on_with_what_the_meeting_did():
    from kg.extract.meetings import handles_documents
    assert handles_documents("书面审议了政协湖南省委员会全体会议工作规则(草案)。", False)
    assert handles_documents("当日,会议审议通过了有关事项。", False)
    assert not handles_documents("要认真学习《条例》。", False)  # near miss: an exhortation


def test_a_session_function_gives_persons_without_roles():
    from kg.extract.persons import find_persons
    text = "当天大会的执行主席是林健、陈生、陈永青。"
    found = find_persons(text, find_orgs(text, NOWHERE))
    assert [p.name for p in found] == ["林健", "陈生", "陈永青"] and all(not p.roles for p in found)
    from kg.extract.places import context_for
    text = "市政协副主席陈生、陈永青出席。"  # near miss: a post, not a function
    assert [p.roles for p in find_persons(text, find_orgs(text, context_for(["福清"])))] == [
        [("副主席", "福清市政协")], [("副主席", "福清市政协")]]


def test_a_meeting_named_before_its_day_and_time():
    page = ("全国政协召开第十二届全国委员会第七十一次主席会议\n\n"
            "政协第十二届全国委员会第七十一次主席会议2月28日下午在京召开。全国政协主席俞正声主持会议。")
    assert chairs_of(page) == {("俞正声", "全国政协", "--02-28")}


def test_chairs_listed_after_由_all_chair():
    page = "5月27日上午,桐庐县政协十届四次会议开幕。开幕会由周萍英、雷国兴、周建英和周桂平主持。"
    assert {name for name, _, _ in chairs_of(page)} == {"周萍英", "雷国兴", "周建英", "周桂平"}


def test_a_city_政协_named_with_its_place_beats_a_county_named_in_passing():
    page = ("1月13日,市政协十三届四次会议举行第二次全体会议。付涛主持会议。\n\n"
            "会上,龙章怀对政协第十三届贵阳市委员会有关候选人人选作说明。清镇市的委员作了发言。")
    assert chairs_of(page) == {("付涛", "贵阳市政协", "--01-13")}


def test_a_lead_that_opens_with_a_sessions_formal_name_opens_an_article():
    page = ("11月26日,吕梁市政协召开三届五十七次主席会议。市政协主席张稳科主持会议。\n\n"
            "中国人民政治协商会议天津市宝坻区第五届委员会第四次会议1月7日开幕。区政协主席李维怀主持会议。")
    assert chairs_of(page) == {("张稳科", "吕梁市政协", "--11-26"), ("李维怀", "宝坻区政协", "--01-07")}


def test_a_town_body_in_the_lead_does_not_hide_the_articles_place():
    page = ("县政协召开十一届十五次常委会会议\n\n本报讯1月4日,县政协召开十一届十五次常委会会议。县政协主席姜杰主持会议,"
            "县委常委、高沟镇党委书记吴勇参加会议。\n\n会议协商通过政协涟水县第十一届委员会常务委员会工作报告(讨论稿)。")
    assert chairs_of(page) == {("姜杰", "涟水县政协", "--01-04")}


def test_a_province_by_a_short_form_others_share_and_the_outlet_over_a_visit():
    page = "孔昌生主持召开省政协党组会议\n\n1月6日,省政协主席孔昌生主持召开省政协党组扩大会议。\n\n会议强调,要为河南高质量发展贡献力量。"
    assert chairs_of(page) == {("孔昌生", "河南省政协", "--01-06")}
    page = ("8月27日,省政协召开党组(扩大)会议。省政协主席黄莉新主持并讲话。\n\n会议学习了考察河北承德重要讲话精神。\n\n"
            "(江苏广电总台·融媒体新闻中心记者/马遥 吴刚)")
    assert chairs_of(page) == {("黄莉新", "江苏省政协", "--08-27")}


def test_one_verb_over_a_list_parted_by_semicolons():
    assert docs("会议审议通过了县政协十届三次会议议程(草案);县政协十届三次会议日程(草案)。") == [
        ("县政协十届三次会议议程(草案)", "ADOPTED"), ("县政协十届三次会议日程(草案)", "ADOPTED")]
    assert docs("会议审议通过了县政协十届三次会议议程(草案)。县政协十届三次会议日程(草案)另行印发。") == [
        ("县政协十届三次会议议程(草案)", "ADOPTED"), ("县政协十届三次会议日程(草案)", "")]  # near miss


def test_a_common_word_that_is_also_a_county_names_no_place():
    page = ("9月22日,省政协党组理论学习中心组举行会议。省政协主席徐新荣主持。\n\n"
            "会议强调,要为实现中华民族伟大复兴、谱写中国式现代化建设陕西新篇章凝聚力量。")
    assert chairs_of(page) == {("徐新荣", "陕西省政协", "--09-22")}


def roles_of(page):
    return {(t.subject.key, t.props()["role"], t.object.key)
            for _, triples in extract_page(Page(path="t.txt", source="t", text=page))
            for t in triples if t.predicate == "HOLDS_ROLE"}


def test_a_bare_title_after_a_政协_title_in_the_same_sentence():
    page = ("本报讯 (记者 杨燕 通讯员 马光辉)12月20日,阜阳市政协五届十五次主席会议召开。"
            "市政协主席李志伟主持,副主席李进、葛阳,秘书长郭景宏参加会议。")
    found = roles_of(page)
    assert {("李进", "副主席", "阜阳市政协"), ("葛阳", "副主席", "阜阳市政协"),
            ("郭景宏", "秘书长", "阜阳市政协")} <= found
    # near miss: after a title of the party committee, a bare 副主席 has no 政协 to carry
    page = "12月20日,阜阳市委书记张三主持,副主席李进参加会议。"
    assert not any(person == "李进" for person, _, _ in roles_of(page))


def test_a_lead_that_names_its_bare_body_before_the_date_opens_an_article():
    page = ("新华社北京2月27日电 政协第十二届全国委员会常务委员会第十九次会议27日在京开幕。\n\n"
            "全国政协副主席杜青林主持会议。\n\n"
            "市政协1月15日举行九届五十二次主席会议,市政协主席王力平主持。\n\n会议协商了第十届上海市政协委员人选建议名单。")
    assert [a.date for a in articles(page)] == ["--02-27", "--01-15"]
    # near miss: a body and a date that report no event open nothing
    page = ("新华社北京2月27日电 政协第十二届全国委员会常务委员会第十九次会议27日在京开幕。\n\n"
            "市政协1月15日的建议已经收到。")
    assert len(articles(page)) == 1


def test_a_bare_county_body_keeps_the_level_the_article_prints():
    page = "旬阳县政协召开九届二次主席会议\n\n2月4日,旬阳县政协召开九届二次主席会议。县政协主席田丽萍主持会议。"
    assert ("田丽萍", "主席", "旬阳县政协") in roles_of(page)
    page = "旬阳市政协召开主席会议\n\n2月4日,旬阳市政协召开主席会议。市政协主席田丽萍主持会议。"  # near miss
    assert ("田丽萍", "主席", "旬阳市政协") in roles_of(page)


def test_bylines_in_brackets_with_titles_outlets_and_trainees():
    assert _byline("(全媒体记者 李月全)") == [("李月全", "记者", "", "记者")]
    assert _byline("(范雯)") == [("范雯", "通讯员")]  # near miss: bare names are correspondents
    [article] = articles("(记者高原雪)2月20日,省政协十二届十九次常委会会议召开,省政协主席叶冬松主持会议。")
    assert article.reporters == ["高原雪"] and article.date == "--02-20"
    [article] = articles("(中外新闻社 中外新闻网记者 韦燕 徐志强)中国人民政治协商会议第十二届广东省委员会第二次会议"
                         "于1月29日下午在广州闭幕。")
    assert article.reporters == ["韦燕", "徐志强"] and article.reporter_unit["韦燕"] == "中外新闻网"
    [article] = articles("(会议期间,委员们分组讨论)2月20日,省政协常委会会议召开。")  # near miss: no byline
    assert article.reporters == []
    [article] = articles("祁东县融媒体中心1月5日讯(记者:匡琦 、蒋先雨  实习生:李怡菲)5日,县政协常委会会议召开。")
    assert article.reporters == ["匡琦", "蒋先雨", "李怡菲"] and article.reporter_title["李怡菲"] == "实习生"


def test_an_outlet_with_its_parent_in_brackets_before_讯():
    [article] = articles("荆楚网(湖北日报网)讯(记者 汤立毅 见习记者 董晨旭 摄影 杨光)1月12日上午,"
                         "中国人民政治协商会议荆州市第六届委员会第五次会议开幕。")
    assert article.reporters == ["汤立毅", "董晨旭", "杨光"] and article.reporter_unit["汤立毅"] == "荆楚网"
    assert article.date == "--01-12"


def test_later_election_results_carry_the_政协_the_first_named():
    text = "张掖市政协举行换届选举,庄树俊当选为市政协主席,徐小莉、林少棠当选副主席,李小建当选秘书长。"
    roles = {(p.name, tuple(p.roles)) for p in persons_in(text)}
    assert {("徐小莉", (("副主席", "张掖市政协"),)), ("李小建", (("秘书长", "张掖市政协"),))} <= roles
    # near miss: after a result of another body, a bare 副主任 carries nothing
    assert [p.name for p in persons_in("张三当选为市人大常委会主任,李四当选副主任。")] == ["张三"]


def persons_in(text):
    from kg.extract.persons import find_persons
    from kg.extract.places import context_for

    context = context_for(["张掖"])
    return find_persons(text, find_orgs(text, context))


def test_meetings_named_as_the_subject_handle_documents_and_name_lists_keep_their_commas():
    from kg.extract.meetings import handles_documents

    text = ("主席会议、常委会议分别审议省政协十二届四次会议政治决议(草案)、有关人事事项、"
            "省政协十二届四次会议监票人、总监票人名单(草案),决定将上述文件提交全体会议通过。")
    assert handles_documents(text, False)
    assert docs(text) == [("省政协十二届四次会议政治决议(草案)", "REVIEWED"),
                          ("省政协十二届四次会议监票人、总监票人名单(草案)", "REVIEWED")]
    assert docs("会议审议通过了政协第十二届全国委员会各专门委员会主任、副主任、委员名单(草案)") == [
        ("政协第十二届全国委员会各专门委员会主任、副主任、委员名单(草案)", "ADOPTED")]
    assert not handles_documents("市委常委会议强调,要审议政协工作报告(草案)。", False)  # near miss: urged


def test_a_presider_named_after_主持人_chairs_for_the_政协_the_sentence_names():
    page = ("新华社北京3月8日电 政协第十四届全国委员会第一次会议主席团8日下午在北京举行第二次会议,"
            "中共中央政治局常委、全国政协十四届一次会议主席团会议主持人王沪宁主持会议。")
    assert chairs_of(page) == {("王沪宁", "全国政协", "--03-08")}
    # near miss: 主持人 alone is who presides, not the act; no one chairs here
    assert chairs_of("新华社北京3月8日电 全国政协十四届一次会议主席团会议主持人王沪宁出席。") == set()


def test_a_title_that_qualifies_the_noun_after_it_is_no_document():
    assert docs("审议通过政协甘肃省第十二届委员会第五次会议议程(草案)、《常委会工作报告》报告人") == [
        ("政协甘肃省第十二届委员会第五次会议议程(草案)", "ADOPTED")]
    assert docs("审议通过《常委会工作报告》和报告人建议") == [("常委会工作报告", "ADOPTED")]  # near miss


def test_the_outlet_a_reporter_writes_for_places_the_article():
    page = ("保定日报讯(记者安亚静 见习记者杨欢欢)10月29日,市政协主席李俊岭主持召开市政协党组理论学习中心组学习会议,"
            "深入学习河北省庆祝中国人民政治协商会议成立75周年座谈会精神。")
    assert chairs_of(page) == {("李俊岭", "保定市政协", "--10-29")}
    page = ("人民网讯(记者王某)10月29日,市政协主席李俊岭主持召开学习会议,深入学习河北省座谈会精神。")
    assert not any(org == "人民市政协" for _, org, _ in chairs_of(page))  # near miss: 人民网 names no place


def test_a_listed_draft_keeps_a_verb_inside_its_title_and_报告人_anchors_nothing():
    assert docs("书面审议了政协湖南省委员会全体会议工作规则(草案)、中共政协湖南省委员会党组中心组理论学习制度(草案)、"
                "中共政协湖南省委员会党组关于加强自身建设的意见(草案)") == [
        ("政协湖南省委员会全体会议工作规则(草案)", "REVIEWED"),
        ("中共政协湖南省委员会党组中心组理论学习制度(草案)", "REVIEWED"),
        ("中共政协湖南省委员会党组关于加强自身建设的意见(草案)", "REVIEWED")]
    assert docs("会议审议了湖北省政协十二届常委会工作报告(草案)及报告人建议名单(草案)") == [
        ("湖北省政协十二届常委会工作报告(草案)", "REVIEWED")]  # near miss: a follow-on item


def test_places_in_slogans_count_only_where_nothing_else_is_named_and_a_spirit_names_none():
    page = ("本报讯 记者黄柱报道:6月23日,市政协党组(扩大)会议召开。市政协主席梁细林主持会议。\n\n"
            "梁细林要求,充分认识省委赋予咸宁“打造武汉都市圈自然生态公园城市”的重大意义。")
    assert chairs_of(page) == {("梁细林", "咸宁市政协", "--06-23")}
    page = ("4月7日,区政协十届五次常委会召开。区政协主席张琼主持会议。\n\n"
            "会议强调,要为建设“公园大渡口、多彩艺术湾”贡献力量。")  # near miss: only the slogan names it
    assert chairs_of(page) == {("张琼", "大渡口区政协", "--04-07")}
    page = ("11月23日,市政协党组理论学习中心组开展集体学习。市政协主席刘兰芳主持并讲话。\n\n"
            "会议强调,要大力弘扬跨越时空的井冈山精神。")
    assert not any(org == "井冈山市政协" for _, org, _ in chairs_of(page))


def test_a_report_that_runs_on_without_a_stop_and_members_acting_for_the_meeting():
    from kg.extract.meetings import handles_documents

    page = ("12月25日,区政协召开七届常委会第十一次会议 会议审议通过了关于召开中国人民政治协商会议北京市房山区"
            "第七届委员会第四次会议的决定(草案)。区政协主席唐淑荣主持会议。")
    found = {(t.subject.key, t.predicate, t.object.key) for _, triples in
             extract_page(Page(path="t.txt", source="t", text=page)) for t in triples}
    assert ("房山区政协|--12-25|七届常委会第十一次会议", "ADOPTED",
            "关于召开中国人民政治协商会议北京市房山区第七届委员会第四次会议的决定(草案)") in found
    assert handles_documents("参加预备会议的188名政协委员以举手表决的方式审议通过了《会议议程(草案)》。", False)
    assert not handles_documents("参加会议的委员们强调,要认真学习《条例》。", False)  # near miss: urged


def test_a_district_several_cities_share_is_named_alike_wherever_it_is():
    page = "2月26日,朝阳区政协十四届十九次常委会议召开。区政协主席李国红,副主席张岩、李靓出席。"
    roles = roles_of(page)
    assert ("李国红", "主席", "朝阳区政协") in roles and ("张岩", "副主席", "朝阳区政协") in roles
    assert orgs("鼓楼区政协召开主席会议") == ["鼓楼区政协"]
    # near miss: a short name several divisions of different levels share stays unresolved
    assert orgs("临夏政协召开会议") == []


def test_a_provinces_macau_members_and_a_count_after_the_elected_names():
    assert orgs("山东省澳区政协常委谢硕文、王淑梓出席了会议。") == ["山东省政协"]
    assert orgs("港区政协委员张三出席。") == []  # near miss: no place before 港区
    roles = {(p.name, tuple(p.roles)) for p in persons_in("丁文禄、卫忠平等97人当选为市政协常务委员。")}
    assert roles == {("丁文禄", (("常委", "张掖市政协"),)), ("卫忠平", (("常委", "张掖市政协"),))}


def test_dates_in_an_outlets_dateline_and_inside_a_relative_days_brackets():
    [article] = articles("齐鲁网11月24日讯(山东台记者 叶帅 杨乐山)今天,省政协十一届十六次主席会议在济南召开。")
    assert article.date == "--11-24" and article.reporter_unit["叶帅"] == "山东台"
    # near miss: the lead's own day wins over the day the outlet printed it
    [article] = articles("大西北网1月12日讯 政协甘肃省第十一届委员会常务委员会第十八次会议1月11日下午在兰州召开。")
    assert article.date == "--01-11"
    [article] = articles("云上荆州报道:今天(1月4日)下午,市政协主席王守卫主持召开市政协五届十七次主席会议。")
    assert article.date == "--01-04"


def test_a_bare_协商_before_a_draft_handles_nothing():
    assert docs("审议有关人事事项;协商市政协十三届五次会议选举办法(草案),协商推荐总监票人") == [
        ("市政协十三届五次会议选举办法(草案)", "")]
    assert docs("会议审议了自治区政协2018年协商工作计划(草案)") == [  # near miss: 协商 inside a title
        ("自治区政协2018年协商工作计划(草案)", "REVIEWED")]


def test_more_datelines_bylines_and_dates_as_pages_print_them():
    page = ("市政协召开会议\n□记者张文都\n\n【本报讯】9月14日,市政协召开五届二十五次主席会议。\n\n"
            "江阴融媒记者现场报道,1月9日下午,政协江阴市第十六届委员会第三次会议在大剧院隆重开幕。\n\n"
            "5月30号,区政协召开党组理论学习中心组学习会议。")
    found = articles(page)
    assert [(a.title, a.date) for a in found] == [("市政协召开会议", "--09-14"), ("", "--01-09"), ("", "--05-30")]
    assert found[0].reporters == ["张文都"]
    # near miss: a 报道 inside a sentence is no dateline
    assert len(articles("9月14日,市政协召开会议。\n\n会议听取了关于调研情况的报道,并作了部署。")) == 1


def test_a_verb_before_的_qualifies_the_title_and_a_city_named_like_a_word_places_the_article():
    assert docs("讨论了提交五届十九次常委会议审议通过的关于全市宗教工作情况的调研报告(草案)") == [
        ("关于全市宗教工作情况的调研报告(草案)", "REVIEWED")]
    page = ("【本报讯】9月14日,市政协召开五届二十五次主席会议。市政协主席宋敬国主持会议。\n\n"
            "会议确定常委会议于9月17日在天水迎宾馆召开。")
    assert chairs_of(page) == {("宋敬国", "天水市政协", "--09-14")}


def test_photo_captions_between_paragraphs_neither_open_an_article_nor_join_a_paragraph():
    page = ("中国人民政治协商会议\n第十届玉屏侗族自治县委员会\n第一次会议闭幕\n\n"
            "12月17日下午,中国人民政治协商会议第十届玉屏侗族自治县委员会第一次会议圆满完成各项议程,在县文化艺术中心闭幕。\n\n"
            "会议现场\n\n市政协副主席王能军到会指导。县委书记杨启明,县委副书记、县人民政府县长田兴国应邀在主席台前排就坐。\n\n"
            "县委书记杨启明\n\n县委副书记、县人民政府县长田兴国\n\n"
            "县政协主席黎滨江,县政协副主席张昭、姚金水在主席台前排就坐。姚金水主持闭幕会。")
    found = articles(page)
    assert len(found) == 1
    assert found[0].paragraphs[1] == "市政协副主席王能军到会指导。县委书记杨启明,县委副书记、县人民政府县长田兴国应邀在主席台前排就坐。"
    assert found[0].paragraphs[-1].startswith("县政协主席黎滨江")
    # near miss: a headline that goes on after the name opens the next article
    assert len(articles(page + "\n\n县委书记杨启明调研乡村振兴\n\n12月18日,县委书记杨启明到朗溪镇调研。")) == 2


def test_a_persons_caption_may_say_what_the_person_does():
    page = ("县政协九届七次常委会协商讨论政府工作报告征求意见稿\n\n"
            "12月21日,县政协主席解以刚主持召开县政协九届第七次常委会议。\n\n会议现场\n\n县政协主席解以刚主持会议并讲话\n\n"
            "县政府办相关负责人作了起草说明。\n\n县政协副主席彭仔明讲话\n\n县政协副主席黄启顺讲话\n\n"
            "在认真听取委员们的发言后,丁克刚表示,感谢政协委员对汉寿经济社会发展的关心。")
    assert len(articles(page)) == 1
    # near miss: a headline that goes on after the act opens the next article
    assert len(articles(page + "\n\n县政协主席解以刚讲话强调凝聚共识\n\n12月22日,县政协召开主席会议。")) == 2


def test_a_photo_with_its_credit_before_the_lead_is_a_caption_and_credits_the_photographer():
    page = ("陕西省政协十二届二次会议在西安闭幕\n\n陕西省政协十二届二次会议在西安闭幕。摄影 赵昊\n\n"
            "大会由省政协主席韩勇主持。摄影 贺桐\n\n"
            "西部网讯(记者 李媛)今天(1月30日)下午,政协陕西省第十二届委员会第二次会议圆满完成各项议程后在西安闭幕。\n\n"
            "大会通过了《政协陕西省第十二届委员会第二次会议政治决议》。")
    [article] = articles(page)
    assert set(article.reporters) == {"赵昊", "贺桐", "李媛"} and article.reporter_role["赵昊"] == "摄影"
    facts = {(t.predicate, t.object.key) for _, found in extract_page(Page(path="t.txt", source="t", text=page))
             for t in found}
    assert ("ADOPTED", "政协陕西省第十二届委员会第二次会议政治决议") in facts  # 大会 acts as 会议 does
    assert any(p == "CONVENED" and "第二次会议" in key for p, key in facts)  # closed after finishing its agenda


def test_大会_acts_only_where_a_verb_of_handling_follows():
    from kg.extract.meetings import handles_documents

    assert handles_documents("大会审议通过了《政治决议》。", False)
    assert not handles_documents("大会强调,要认真学习《条例》。", False)


def test_an_autonomous_county_keeps_its_full_name_an_autonomous_prefecture_its_short_one():
    from kg.extract.places import context_for

    assert orgs("县政协召开十届一次主席会议", context_for(["玉屏侗族自治县"])) == ["玉屏侗族自治县政协"]
    assert orgs("州政协召开主席会议", context_for(["临夏回族自治州"])) == ["临夏州政协"]


def roles_in(text, place="乌什", carried="乌什县政协"):
    from kg.extract.orgs import title_bodies
    from kg.extract.persons import find_persons
    from kg.extract.places import context_for

    context = context_for([place])
    return {p.name: p.roles for p in find_persons(text, find_orgs(text, context), title_bodies=title_bodies(context),
                                                   carried=carried)}


def test_an_untitled_list_after_the_note_of_its_order_or_closed_by_和():
    found = roles_in("大会主席团执行主席(按姓氏笔画为序)王根宝、史进、朱晓琳、向军和大会主席团其他成员在主席台就座。")
    assert list(found) == ["王根宝", "史进", "朱晓琳", "向军"]
    found = roles_in("市领导吴晓东、吴海平、林毅和五届市政协主席陈伟义应邀出席大会。", "福州", "福州市政协")
    assert {"吴晓东", "吴海平", "林毅", "陈伟义"} <= set(found)
    # near miss: a list closed by 等 is read to 等, not on to a 和 further on
    found = roles_in("党和国家领导人习近平、李克强、栗战书、汪洋等同各民主党派中央、全国工商联负责人和无党派人士代表欢聚一堂。")
    assert list(found) == ["习近平", "李克强", "栗战书", "汪洋"]


def test_lists_counted_in_chinese_numerals_parted_by_semicolons_and_dotted_members():
    found = roles_in("会上,李波、徐小洲、马景娣三位委员作了重点发言。", "浙江", "浙江省政协")
    assert found == {name: [("委员", "浙江省政协")] for name in ("李波", "徐小洲", "马景娣")}
    found = roles_in("在主席台就座的有:市级领导李湘岳、唐道明、徐新启;老同志梅楚波、黄甲喜、罗传根;"
                     "中央、省属驻岳单位负责人李大为、李华、尹开颜、刘德辉。")
    assert len(found) == 10 and not any(found.values())
    found = roles_in("张旭常委建议,守正创新;艾里肯·巴拉提常委建议,依托吐鲁番学研究。", "新疆", "新疆维吾尔自治区政协")
    assert found["艾里肯·巴拉提"] == [("常委", "新疆维吾尔自治区政协")]
    # near miss: a dotted phrase that is no clause's start names nobody
    assert "依托吐鲁番学研究" not in roles_in("他说依托·吐鲁番学研究常委会的工作。")


def test_an_election_goes_on_naming_results_after_commas():
    found = roles_in("会议选举张建凤为政协天水市麦积区第八届委员会副主席,赵和平为秘书长,王旺红、李虎成为常务委员。",
                     "天水", "麦积区政协")
    assert found == {"张建凤": [("副主席", "麦积区政协")], "赵和平": [("秘书长", "麦积区政协")],
                     "王旺红": [("常委", "麦积区政协")], "李虎成": [("常委", "麦积区政协")]}
    # near miss: a clause after the election that names no result
    assert list(roles_in("会议选举李微微为第十二届湖南省政协主席,大家为此鼓掌祝贺。", "湖南", "湖南省政协")) == ["李微微"]


def test_newly_elected_and_作讲话_after_a_name():
    found = roles_in("选举大会上,吴彪新当选为政协第十一届秀山土家族苗族自治县委员会主席。", "秀山", "秀山土家族苗族自治县政协")
    assert found == {"吴彪": [("主席", "秀山土家族苗族自治县政协")]}
    assert list(roles_in("会上,新当选的县政协主席吴彪作讲话。")) == ["吴彪"]
    assert list(roles_in("王新当选为县政协主席。")) == ["王新"]  # near miss: a name that ends in 新


def test_a_name_before_所作_and_a_photographer_credited_as_图片():
    assert list(roles_in("黎作凤对市长李挚所作的政府工作报告高度评价。")) == ["李挚"]
    assert [pair[:2] for pair in _byline("(记者 刘柳 图片 王芳)")] == [("刘柳", "记者"), ("王芳", "摄影")]
    assert _byline("(图片 新闻)") is None  # near miss: no names after the marks


def test_a_two_syllable_tibetan_name_after_a_title():
    found = roles_in("州政协主席才让,副主席井永杰、索南吉和秘书长赛尔桑在主席台前排就座。", "海南州", "海南州政协")
    assert found["才让"] == [("主席", "海南州政协")] and found["索南吉"] == [("副主席", "海南州政协")]
    # near miss: a common word after a title is no name
    assert "安排" not in roles_in("州政协主席安排,副主席井永杰出席。", "海南州", "海南州政协")


def test_the_central_military_commission_is_an_organization():
    assert roles_in("中共中央总书记、中央军委主席习近平出席。")["习近平"] == [("总书记", "中共中央"), ("主席", "中央军委")]
    assert roles_in("全国政协主席习近平出席。")["习近平"] == [("主席", "全国政协")]  # near miss: 主席 of another body


def test_a_title_after_a_body_no_rule_read_takes_no_carried_政协():
    found = roles_in("县委副书记、县长吐尔洪•阿不拉,县委副书记、人大党组书记、政法委书记刘宁出席。")
    assert found["吐尔洪•阿不拉"] == [("副书记", "乌什县委"), ("县长", "乌什县政府")]  # a dotted name ends at the comma
    assert ("党组书记", "乌什县政协") not in found["刘宁"]
    # near miss: a joiner or a preposition before a bare title leaves it carried
    assert roles_in("副主席马光明和秘书长金长征出席。会议由副主席李惠英主持。")["金长征"] == [("秘书长", "乌什县政协")]
    assert roles_in("会议由副主席李惠英主持。")["李惠英"] == [("副主席", "乌什县政协")]


def test_state_leaders_listed_after_a_collective_label_are_persons():
    found = roles_in("党和国家领导人习近平、李克强、栗战书、王沪宁等在主席台就座,祝贺大会召开。", "北京")
    assert found == {"习近平": [], "李克强": [], "栗战书": [], "王沪宁": []}


def test_a_credited_photo_before_the_lead_leaves_the_lead_in_its_article():
    page = ("全国政协十二届常委会第十五次会议举行 俞正声主持\n\n"
            "3月14日,政协第十二届全国委员会常务委员会第十五次会议在北京举行。中共中央政治局常委、全国政协主席俞正声主持会议。新华社记者庞兴雷 摄\n\n"
            "本报讯(记者 孙敏)政协第十二届全国委员会常务委员会第十五次会议14日上午在北京举行。\n\n"
            "会议通过了政协第十二届全国委员会第四次会议政治决议(草案)。")
    [article] = articles(page)
    assert set(article.reporters) == {"庞兴雷", "孙敏"}  # the lead's byline is read after the caption
    facts = {(t.predicate, t.object.key) for _, found in extract_page(Page(path="t.txt", source="t", text=page))
             for t in found}
    assert ("ADOPTED", "政协第十二届全国委员会第四次会议政治决议(草案)") in facts
    # near miss: a second credited photo after the body stays where it is; a new dated lead still opens an article
    assert len(articles(page + "\n\n3月15日上午,政协第十二届全国委员会第四次会议举行第三次全体会议。")) == 2


def test_dateline_brackets_with_an_untitled_outlet_slashes_and_a_name_the_rules_doubt():
    def reporters(lead):
        [article] = articles("省政协常委会议开幕\n\n" + lead)
        return {name: (article.reporter_role.get(name), article.reporter_unit.get(name)) for name in article.reporters}

    assert reporters("齐鲁网济南11月12日讯(山东台 叶帅 张鹏)省政协十一届十六次常委会议今天在济南开幕。") == {
        "叶帅": ("记者", None), "张鹏": ("记者", None)}  # no title printed: no role row
    assert reporters("南方网讯 (全媒体记者/李强 通讯员/赖南辉)中国人民政治协商会议第十一届广东省委员会第五次会议开幕。") == {
        "李强": ("记者", "南方网"), "赖南辉": ("通讯员", None)}
    assert reporters("拉萨融媒讯(记者格桑卓嘎实习生边巴央金)1月13日,座谈会召开。")["边巴央金"] == ("记者", "拉萨融媒")
    # near misses: what follows a title is no name where it reads as words; an outlet with no names is no byline
    assert reporters("新华社北京1月5日电(记者 从会议获悉)会议召开。") == {}
    assert reporters("齐鲁网济南11月12日讯(山东台 报道)会议今天开幕。") == {}


def test_a_nominee_holds_only_the_titles_before_the_one_nominated_for():
    found = roles_in("县政协党组书记、主席提名人选黄斯文,副主席提名人选黄福军、钟友明,四级调研员钟智安出席会议。", "分宜", "")
    assert found["黄斯文"] == [("党组书记", "分宜县政协")]
    assert found["黄福军"] == [] and found["钟友明"] == []
    assert found["钟智安"] == [("四级调研员", "分宜县政协")]


def test_和_before_a_phrase_joins_it_and_is_no_surname():
    assert roles_in("以及其他副省级领导同志和老同志。", "北京") == {}
    assert roles_in("经过全体委员和与会同志的共同努力,会议圆满完成各项议程。", "北京") == {}
    assert "和良辉" in roles_in("副主席高峰、杨宁、和良辉、李玛琳出席。", "北京")  # near miss: a name with the surname 和


def test_an_acting_head_keeps_代_in_the_title():
    assert roles_in("市委副书记、代市长王宏出席会议。", "贵阳", "")["王宏"] == [("副书记", "贵阳市委"), ("代市长", "贵阳市政府")]


def test_a_list_closed_by_a_count_of_members_makes_each_a_member():
    found = roles_in("王兵、成丽娟、童笛、蒋霁等12名委员,聚焦中心大局作了发言。", "贵阳", "贵阳市政协")
    assert found["蒋霁"] == [("委员", "贵阳市政协")] and "蒋霁等" not in found
    # near miss: a list with no count after it holds no title
    assert roles_in("王兵、成丽娟、童笛在会上发言。", "贵阳", "贵阳市政协")["童笛"] == []


def test_a_speech_verb_inside_a_title_names_no_speaker():
    text = "会议审议通过了《关于恢复黄埔古港原貌,纳入“海丝”申遗项目的建议》三个调研报告。"
    assert roles_in(text, "广州", "") == {}
    assert roles_in("“要把工作做实。”市民王立新说。", "广州", "") == {"王立新": []}  # near miss: a speaker


def test_a_day_printed_alone_takes_its_month_from_the_first_full_date_of_an_undated_article():
    page = ("广州市政协13届16次主席会议召开\n\n20日上午,广州市政协党组书记、主席刘悦伦主持召开市政协13届16次主席会议。"
            "会议决定,6月26日至27日上午召开广州市政协十三届六次常委会议。")
    chairs = {(t.subject.key, t.object.props().get("date")) for _, found in
              extract_page(Page(path="t.txt", source="t", text=page)) for t in found if t.predicate == "CHAIRED"}
    assert chairs == {("刘悦伦", "--06-20")}
    # near miss: with no full date anywhere, the day stays undated and no meeting is made
    assert not [t for _, found in extract_page(Page(path="t.txt", source="t", text=page.split("会议决定")[0]))
                for t in found if t.predicate == "CHAIRED"]


def test_a_sessions_agenda_and_schedule_are_one_draft():
    from kg.extract.meetings import find_documents

    text = "会议审议通过广州市政协十三届六次常委会议议程、日程(稿);审议通过选举办法(草案)。"
    assert [d.title for d in find_documents(text, [])] == ["广州市政协十三届六次常委会议议程、日程(稿)"]
    # near miss: two items of a list stay two
    text = "审议通过了县政协十届四次会议议程(草案)、县政协十届常务委员会工作报告(审议稿)。"
    assert len(find_documents(text, [])) == 2


def test_more_leads_and_datelines_as_pages_print_them():
    page = ("大同市政协十五届三次会议开幕\n\n3月21日,政协第十五届山西省大同市委员会第三次会议在大同大剧院隆重开幕。\n\n"
            "平房区政协十届十四次常委会会议于1月25日上午召开。区政协副主席李长征主持会议并讲话。")
    found = articles(page)
    assert len(found) == 2 and found[1].date == "--01-25"  # a 政协's meeting 于 a date opens its article
    [article] = articles("开幕\n\n人民网太原1月10日电(马莹)今天上午,山西省政协举行新闻发布会。")
    assert article.reporters == ["马莹"] and article.date == "--01-10"
    [article] = articles("开幕\n\n据亳州晚报报道5月12日上午,中国人民政治协商会议第四届亳州市委员会第四次会议开幕。")
    assert article.date == "--05-12"
    # near miss: a word holding 电 opens no dateline
    [article] = articles("开幕\n\n国家电网公司1月10日召开会议。")
    assert article.reporters == []


def test_a_chair_named_before_a_full_date_and_the_verb():
    from kg.extract.meetings import find_meeting
    from kg.extract.persons import find_persons
    from kg.extract.places import context_for

    text = "省政协党组书记、主席欧阳坚1月11日上午主持召开十二届省政协第32次主席会议。"
    context = context_for(["甘肃"])
    found = find_orgs(text, context)
    assert find_meeting(text, found, find_persons(text, found), "甘肃省政协").chairs == ["欧阳坚"]


def test_words_that_only_look_like_names_after_a_title_or_before_a_speech_verb():
    assert set(roles_in("要认真学习习近平总书记在民进、农工党、九三学社界委员联组会上的讲话精神。", "北京", "")) == {"习近平"}
    assert set(roles_in("我省始终牢记习近平总书记殷殷嘱托。", "北京", "")) == {"习近平"}
    assert roles_in("围绕经济建设,政协委员和各参加单位提出提案893件。", "北京", "") == {}
    assert roles_in("徐斌在闭幕上指出,会议期间委员们积极建言。", "北京", "") == {}
    # near misses: a list after a title, a name that opens with 殷
    assert set(roles_in("副主席亚古、岳国红、达娃出席。", "北京", "")) == {"亚古", "岳国红", "达娃"}
    assert "殷建平" in roles_in("副主席殷建平出席。", "北京", "")


def test_bylines_of_p12_outlets_places_and_scene_credits():
    def reporters(page):
        [article] = articles(page)
        return {name: article.reporter_unit.get(name) for name in article.reporters}

    assert reporters("省政协召开常委会议\n\n本报1月29日讯(记者粘青)今天上午,省政协召开常委会议。") == {"粘青": None}
    assert reporters("开幕\n\n中国小康网讯 记者金朝晖 上海报道 1月10日上午,区政协会议开幕。") == {"金朝晖": "中国小康网"}
    assert reporters("开幕\n\n1月10日上午,区政协会议开幕。\n\n会议现场。李靖摄\n\n会议听取了报告。") == {"李靖": None}
    page = "开幕\n\n1月10日上午,市政协会议开幕。\n\n新海南客户端、南海网、南国都市报 记者 王康景 党朝峰 报道"
    assert reporters(page) == {"王康景": None, "党朝峰": None}  # several outlets: whose reporter is not said
    # near miss: a second name is no place
    assert reporters("开幕\n\n中国小康网讯 记者金朝晖、李强报道 1月10日上午,区政协会议开幕。") == {
        "金朝晖": "中国小康网", "李强": "中国小康网"}


def test_a_list_of_names_closed_by_a_count_or_及():
    found = roles_in("尕桑、曹广超、王舰、杨启福、阎高峰7位同志作大会发言。", "西宁", "")
    assert set(found) == {"尕桑", "曹广超", "王舰", "杨启福", "阎高峰"}
    assert {"李宇峰", "贺中杰", "李培民", "张玉华"} <= set(roles_in("县政协领导李宇峰、贺中杰、李培民、张玉华及39名政协常委出席会议。", "清丰", ""))


def test_a_政协_committee_printed_bare_is_of_the_政协_carried():
    found = roles_in("经济委员会主任周伯华、人口资源环境委员会主任贾治邦作了发言。", "北京", "全国政协")
    assert found["周伯华"] == [("主任", "全国政协经济委员会")]
    assert found["贾治邦"] == [("主任", "全国政协人口资源环境委员会")]
    assert roles_in("全国政协农业和农村委员会副主任马中平出席。", "北京", "")["马中平"] == [
        ("副主任", "全国政协农业和农村委员会")]
    # near miss: another body printed bare is no committee of the 政协
    assert roles_in("县人大党组书记刘宁出席。", "乌什", "乌什县政协")["刘宁"] == [("党组书记", "乌什县人大")]
    assert ("党组书记", "乌什县政协") not in roles_in("县委副书记、人大党组书记刘宁出席。", "乌什", "乌什县政协")["刘宁"]


def test_an_outlets_dateline_place_is_the_articles_place_not_part_of_the_outlet():
    [article] = articles("开幕\n\n人民网北京2月28日电 (记者李昌禹)政协十二届全国委员会常务委员会第十四次会议在北京开幕。")
    assert article.reporter_unit == {"李昌禹": "人民网"}
    [article] = articles("开幕\n\n东北网绥化9月28日讯(记者 沈雪)市政协召开主席会议。")
    assert (article.place, article.reporter_unit) == ("绥化", {"沈雪": "东北网"})
    # near miss: an outlet whose name ends in no place keeps its name whole
    [article] = articles("开幕\n\n中国小康网1月10日讯(记者 金朝晖)区政协会议开幕。")
    assert article.reporter_unit == {"金朝晖": "中国小康网"}


def test_边_before_a_verb_and_由_after_a_title_are_no_part_of_a_name():
    assert roles_in("各委员边视察、边思考,充分发挥优势。", "北京", "") == {}
    assert set(roles_in("大会执行主席由向东、隆文波、周华榕主持会议。", "北京", "")) == {"向东", "隆文波", "周华榕"}
    assert "边巴" in roles_in("副主席边巴出席会议。", "北京", "")  # near miss: 边 a surname


def test_credits_in_brackets_a_short_outlet_and_a_phrase_ending_in_的():
    from kg.extract.pages import _strip_trailing_byline
    from kg.extract.records import Article

    def strip(paragraph):
        article = Article(id="x", source="x", title="")
        return _strip_trailing_byline(article, paragraph), article.reporters, article.reporter_unit

    assert strip("会议现场。(王军 摄)") == ("会议现场。", ["王军"], {})
    assert strip("推动政协工作再上新台阶。 (时报记者 郑育俊)") == ("推动政协工作再上新台阶。", ["郑育俊"], {})
    assert strip("会议召开。(蒋剑 马子入 记者 李全民)")[1] == ["蒋剑", "马子入", "李全民"]  # near miss: names first
    assert "智慧的" not in roles_in("使远程讨论成为集中委员智慧的重要途径。", "北京", "")  # (智慧: jieba tags it nr)


def test_an_election_by_the_meeting_and_members_counted_before_their_election():
    found = roles_in("会议选举李微微为第十二届湖南省政协主席。", "湖南", "")
    assert found == {"李微微": [("主席", "湖南省政协")]}
    found = roles_in("马世琼、马燕华、王丹枫等42名委员当选中国人民政治协商会议湖南省第十一届委员会常务委员。", "湖南", "")
    assert found["王丹枫"] == [("常委", "湖南省政协")]
    assert roles_in("会议选举产生了新一届领导班子。", "湖南", "") == {}  # near miss: no one named


def test_bylines_of_p14_self_outlets_dotted_outlets_and_a_photographer_after_a_caption():
    [article] = articles("闭幕\n\n本网讯(记者 罗远琴 李小华 文/图)1月7日下午,县政协会议闭幕。")
    assert (article.reporters, article.reporter_unit) == (["罗远琴", "李小华"], {})  # 本网: no outlet named
    [article] = articles("闭幕\n\n1月21日,省政协会议开幕。\n\n大众网•海报新闻记者 孙杰 李子骄 济南报道")
    assert article.reporter_unit == {"孙杰": "大众网•海报新闻", "李子骄": "大众网•海报新闻"}
    [article] = articles("闭幕\n\n4月20日,区政协会议闭幕。\n\n大会在雄壮的国歌声中胜利闭幕(摄影 江淘)")
    assert article.reporter_role == {"江淘": "摄影"}


def test_a_drafts_title_runs_from_关于_and_may_quote():
    from kg.extract.meetings import find_documents

    text = ("会议审议了关于“推进湘南湘西承接产业转移示范区对接粤港澳大湾区产业融合发展”的调研协商报告(草案);"
            "审议了湖南省习近平总书记关于加强和改进人民政协工作的重要思想研修班方案(草案)。")
    titles = [d.title for d in find_documents(text, [])]
    assert titles == ["关于“推进湘南湘西承接产业转移示范区对接粤港澳大湾区产业融合发展”的调研协商报告(草案)",
                      "湖南省习近平总书记关于加强和改进人民政协工作的重要思想研修班方案(草案)"]
    # near miss: a list joined by 和 before 关于 still parts there
    assert [d.title for d in find_documents("会议通过了县政协十届四次会议议程(草案)和关于召开县政协十届五次会议的决定(草案)。", [])] == [
        "县政协十届四次会议议程(草案)", "关于召开县政协十届五次会议的决定(草案)"]


def test_a_图_caption_keeps_its_facts_in_the_article_and_opens_none():
    page = ("市政协十三届三次会议闭幕\n\n1月17日,政协第十三届广州市委员会第三次会议闭幕。\n\n"
            "图:广州市政协主席刘悦伦会见李桂雄会长\n\n市政协副主席庾建设主持会议。")
    [article] = articles(page)
    assert "广州市政协主席刘悦伦会见李桂雄会长" in article.paragraphs
    assert chairs_of(page) == {("庾建设", "广州市政协", "--01-17")}
    # near miss: a 图说 caption's credit is a photographer's, not text
    [article] = articles("闭幕\n\n1月17日,市政协会议闭幕。\n\n图说:委员们在会上发言 金松/摄")
    assert article.reporter_role == {"金松": "摄影"} and article.paragraphs[-1] == "委员们在会上发言"


def test_a_given_name_that_is_a_word_is_a_name_before_what_a_named_person_does():
    assert roles_in("市政协副主席庾建设主持会议。", "广州", "")["庾建设"] == [("副主席", "广州市政协")]
    assert roles_in("区政协委员和专家出席会议。", "广州", "").get("和专家") is None  # near miss


def test_a_new_districts_party_committee_is_printed_with_区委():
    from kg.extract.places import context_for

    assert orgs("区委书记朱芝松出席,区政协主席主持。", context_for(["浦东新区"])) == ["浦东新区区委", "浦东新区政协"]
    assert orgs("区委书记张三出席。", context_for(["西固"])) == ["西固区委"]  # near miss: an ordinary district


def test_a_papers_own_dateline_with_a_date_dates_a_lead_that_says_today():
    page = "吉林省政协召开常委会议\n\n本报1月29日讯(记者粘青)今天上午,省政协主席江泽林主持召开省政协十二届七次常委会议。"
    assert {(name, date) for name, _, date in chairs_of(page)} == {("江泽林", "--01-29")}
    # near miss: the lead's own date wins over the dateline's
    page = "吉林省政协召开常委会议\n\n本报1月29日讯(记者粘青)1月28日上午,省政协主席江泽林主持召开省政协十二届七次常委会议。"
    assert {date for _, _, date in chairs_of(page)} == {"--01-28"}


def test_a_drafts_list_of_names_and_a_second_marker_stay_in_its_title():
    from kg.extract.meetings import find_documents

    text = ("会议审议通过了政协衡水市第七届委员会第一次会议编组办法、小组召集人名单、委员分组名单(草案);"
            "政协衡水市第六届委员会各专门委员会本届以来的工作报告(草案)(书面)。")
    assert [d.title for d in find_documents(text, [])] == [
        "政协衡水市第七届委员会第一次会议编组办法、小组召集人名单、委员分组名单(草案)",
        "政协衡水市第六届委员会各专门委员会本届以来的工作报告(草案)(书面)"]
    # near miss: two drafts a 、 parts are two
    assert len(find_documents("审议通过了县政协议程(草案)、县政协十届常务委员会工作报告(审议稿)。", [])) == 2


def test_tibetan_and_yi_names_with_characters_han_names_use_too():
    found = roles_in("省政协主席公保扎西主持会议并讲话。受省政协主席田向利委托,省政协副主席曲木史哈主持会议。", "青海", "")
    assert set(found) >= {"公保扎西", "曲木史哈"}
    assert "洛珠南杰" in roles_in("洛珠南杰当选为政协第十五届西宁市委员会主席。", "西宁", "")
    assert roles_in("省政协主席公开表示支持。", "青海", "") == {}  # near miss: 公开 is a word


def test_a_name_inside_a_documents_title_is_no_person_and_统战部_is_written_in_full():
    page = ("省政协召开主席会议\n\n1月5日,省政协召开主席会议。会议审议了湖南省习近平总书记关于加强和改进人民政协工作的"
            "重要思想研修班方案(草案)。")
    persons = {t.object.key for _, found in extract_page(Page(path="t.txt", source="t", text=page)) for t in found
               if t.object.label == "Person"}
    assert "习近平" not in persons
    # near miss: the same name outside a title is a person
    page = page.replace("会议审议了", "会议传达了习近平总书记的重要讲话,审议了")
    persons = {t.object.key for _, found in extract_page(Page(path="t.txt", source="t", text=page)) for t in found
               if t.object.label == "Person"}
    assert "习近平" in persons
    assert roles_in("中央统战部部长尤权出席。", "北京", "")["尤权"] == [("部长", "中共中央统战部")]


def test_a_chair_named_before_the_title_and_one_who_attends_and_chairs():
    page = "秀洲区政协召开五届二十四次常委会议\n\n12月23日上午,吴成平主席主持召开了区政协五届二十四次常委会议。"
    assert {(name, date) for name, _, date in chairs_of(page)} == {("吴成平", "--12-23")}
    page = "秀洲区政协党组召开会议\n\n2月24日,区政协党组召开九届十一次会议。区政协党组书记、主席魏广勋出席并主持会议。"
    assert {(name, date) for name, _, date in chairs_of(page)} == {("魏广勋", "--02-24")}
    # near miss: a deputy's title is not read into the name (孔颖 副主席)
    page = "秀洲区政协召开主席会议\n\n12月17日,孔颖副主席主持召开区政协主席会议。"
    assert {name for name, _, _ in chairs_of(page)} == {"孔颖"}


def test_a_chair_named_after_an_opening_that_prints_its_day_alone():
    # p1501: the opening's meeting is not read (召开(扩大)会议), the chair comes later
    page = ("中新网北京9月21日电 20日下午,中共全国政协党组召开(扩大)会议,学习贯彻重要讲话精神。"
            "中共中央政治局常委、全国政协党组书记、主席王沪宁主持会议并讲话。")
    assert chairs_of(page) == {("王沪宁", "全国政协", "--09-20")}
    # near miss: an opening with no day of its own leaves the dateline's date
    page = ("中新网北京9月21日电 中共全国政协党组召开(扩大)会议,学习贯彻重要讲话精神。"
            "中共中央政治局常委、全国政协党组书记、主席王沪宁主持会议并讲话。")
    assert chairs_of(page) == {("王沪宁", "全国政协", "--09-21")}


def test_a_place_that_ends_a_listed_name_is_no_place():
    # p1505: 吴云南 in a list of city leaders; the byline's 赤壁融媒体 says where the article is
    page = ("市政协举行2022年新春茶话会\n\n赤壁融媒体记者 李杰 张美玲\n\n"
            "1月15日,市政协在羊楼洞茶文化产业园举行2022年新春茶话会。市政协主席宋慧宇主持茶话会。"
            "市领导陈中山、陈水波、吴云南、肖剑锋等参加茶话会。")
    assert chairs_of(page) == {("宋慧宇", "赤壁市政协", "--01-15")}
    # near miss: a province in a list of places is one (云南、贵州 named with their 政协)
    page = ("1月15日,云南省政协主席宋慧宇主持会议。会议邀请云南、贵州、四川的委员参加。")
    assert chairs_of(page) == {("宋慧宇", "云南省政协", "--01-15")}


def test_a_media_centre_named_by_its_place_before_融媒体记者():
    assert _byline("赤壁融媒体记者 李杰 张美玲") == [("李杰", "记者", "赤壁融媒体", "记者"),
                                                ("张美玲", "记者", "赤壁融媒体", "记者")]
    assert _byline("融媒体记者 李杰 张美玲") == [("李杰", "记者"), ("张美玲", "记者")]  # near miss: no place


def test_a_title_marked_as_held_before_gives_no_role():
    found = roles_in("市政协原主席李满林,原副主席曹霞等参加茶话会。", "赤壁", "赤壁市政协")
    assert found == {"李满林": [], "曹霞": []}
    # near miss: 原 closing a place (太原) marks nothing
    assert roles_in("山西省太原市市长张三出席。", "太原", "太原市政协") == {"张三": [("市长", "太原市政府")]}


def test_a_list_after_还有_or_的有_reads_as_names():
    found = roles_in("参加看望活动的还有王祥、程罡、杨嘉国、林晓英、柴晓锋等。", "西乡", "西乡县政协")
    assert set(found) == {"王祥", "程罡", "杨嘉国", "林晓英", "柴晓锋"}
    # near miss: what follows 还有 is not names
    assert roles_in("参加活动的还有政治、经济、文化等方面的专家。", "西乡", "西乡县政协") == {}


def test_a_word_led_by_a_surname_among_listed_names_is_a_name():
    found = roles_in("县上领导张建军、李兰州、高尚、任恒志、高云岗、李军政等领导在前排就座。", "蒲城", "蒲城县政协")
    assert "高尚" in found and len(found) == 6
    # near miss: a list of words is no list of names, surnames or not
    assert roles_in("会议强调,要在高尚、文明、和谐、友善上下功夫。", "蒲城", "蒲城县政协") == {}


def test_a_dateline_of_two_outlets_opens_an_article_and_names_no_unit():
    # p1501: 滨州 lead after a 河南 article, no headline between them
    page = ("河南省政协十一届一次会议开幕\n\n本报讯 1月19日,河南省政协十一届一次会议开幕。\n\n"
            "滨州日报/滨州网讯(记者隆卫通讯员周阳报道)11月8日,政协第十一届滨州市委员会召开研讨会。市政协主席张兆宏出席会议。")
    found = articles(page)
    assert [a.date for a in found] == ["--01-19", "--11-08"]
    assert found[1].reporters == ["隆卫", "周阳"] and found[1].reporter_unit.get("隆卫", "") == ""
    # near miss: a slash inside a sentence opens nothing
    page = "河南省政协十一届一次会议开幕\n\n本报讯 1月19日,河南省政协十一届一次会议开幕。\n\n会议听取了提案/建议办理情况的报告。"
    assert len(articles(page)) == 1


def test_a_member_named_before_the_title_opening_a_clause():
    found = roles_in("会上,王容川委员代表民进安徽省委发言;武新玮委员建议挖掘区域元宇宙产业潜力。", "安徽", "安徽省政协")
    assert found == {"王容川": [("委员", "安徽省政协")], "武新玮": [("委员", "安徽省政协")]}
    # near miss: a collective before 委员 is nobody
    assert roles_in("会上,各位委员代表各自界别发言;广大委员表示赞同。", "安徽", "安徽省政协") == {}


def test_a_body_marked_历届_gives_its_titles_no_role():
    found = roles_in("我市领导王普及历届市政协主席吕永益、张贤南在主席台就座。", "宁国", "宁国市政协")
    assert found["吕永益"] == [] and found["张贤南"] == []
    assert roles_in("市政协主席吕永益、张贤南在主席台就座。", "宁国", "宁国市政协")["吕永益"] == [("主席", "宁国市政协")]


def test_bylines_of_who_reported_and_of_names_then_marks_after_a_title():
    assert _byline("(粘青 报道)") == [("粘青", "记者")]
    assert _byline("(范雯)") == [("范雯", "通讯员")]  # near miss: a bare name is a correspondent's
    assert _byline("□ 记者 储梦婕/文 杨超 胡黎明/图") == [("储梦婕", "记者"), ("杨超", "摄影"), ("胡黎明", "摄影")]
    assert _byline("(会议报道)") is None  # near miss: no name


def test_a_byline_line_is_not_joined_to_the_caption_after_it():
    # p1601: headline, two subtitles, the byline, then a photo's caption line
    page = ("市政协九届二次会议隆重开幕\n\n钱沙泉到会祝贺并作重要讲话 何光华主持大会\n\n□ 记者 储梦婕/文 杨超 胡黎明/图\n\n"
            "钱沙泉在会上作重要讲话\n\n1月1日下午,中国人民政治协商会议第九届宁国市委员会第二次会议隆重开幕。")
    assert articles(page)[0].reporters == ["储梦婕", "杨超", "胡黎明"]


def test_a_list_closed_by_等委员_without_a_count():
    found = roles_in("汪洋参加了中共界委员联组会。乔传秀、齐同生、张勇等委员踊跃发言。", "北京", "全国政协")
    assert found == {"乔传秀": [("委员", "全国政协")], "齐同生": [("委员", "全国政协")], "张勇": [("委员", "全国政协")]}
    # near miss: 等委员会 closes a list of persons who are no members by it
    found = roles_in("乔传秀、齐同生、张勇等委员会负责人发言。", "北京", "全国政协")
    assert found == {"乔传秀": [], "齐同生": [], "张勇": []}


def test_a_list_closed_by_a_count_of_members_without_等():
    found = roles_in("会上,于现伟、郑婷婷、徐坤、陈钟、卢兆亮、孙铁军6名县政协委员,分别围绕课题作了大会发言。", "平阴", "平阴县政协")
    assert found["于现伟"] == [("委员", "平阴县政协")] and len(found) == 6
    # near miss: a count of 同志 says no post
    found = roles_in("会上,于现伟、郑婷婷、徐坤、陈钟、卢兆亮、孙铁军6名同志作了大会发言。", "平阴", "平阴县政协")
    assert found["于现伟"] == []


def test_a_list_closed_by_two_titles_gives_neither():
    # p1804: 等常委及委员 does not say who holds which
    found = roles_in("会上,尹建刚、高琳琳、潘辉、胡冬敏、朱丹等常委及委员紧扣协商主题提出了意见建议。", "青浦", "青浦区政协")
    assert set(found) == {"尹建刚", "高琳琳", "潘辉", "胡冬敏", "朱丹"} and all(r == [] for r in found.values())
    # near miss: 等常委 alone does
    found = roles_in("会上,尹建刚、高琳琳、潘辉、胡冬敏、朱丹等常委紧扣协商主题提出了意见建议。", "青浦", "青浦区政协")
    assert found["朱丹"] == [("常委", "青浦区政协")]


def test_a_session_with_its_length_before_its_body_is_the_articles_meeting():
    def meeting(text):
        found = opening_meeting(text, "拉萨", "拉萨市政协")
        return (found.org, found.session) if found else None

    # p1803: the closing session's lead; its documents need the meeting
    assert meeting("2月27日,为期4天的拉萨市政协十届五次会议圆满完成各项议程胜利闭幕。") == ("拉萨市政协", "十届五次")
    # near miss: any other phrase before the body with 的 names no meeting held
    assert meeting("会议指出,全体委员的拉萨市政协十届五次会议提案质量高。") is None


def test_a_formal_session_dated_after_于_or_after_its_agenda():
    def meeting(text):
        found = opening_meeting(text, "巴林左旗", "巴林左旗政协")
        return (found.org, found.name) if found else None

    # p1802: the closing session's lead
    lead = "中国人民政治协商会议巴林左旗第十二届委员会第四次会议圆满完成各项议程,于4月16日下午胜利闭幕。"
    assert meeting(lead) == ("巴林左旗政协", "第四次会议")
    assert meeting("中国人民政治协商会议巴林左旗第十二届委员会第四次会议于4月16日下午胜利闭幕。") == ("巴林左旗政协", "第四次会议")
    # p1801: where it closed, at some length (在雄壮的《中华人民共和国国歌》声中闭幕)
    assert meeting("中国人民政治协商会议巴林左旗第十二届委员会第四次会议圆满完成各项议程,1月9日在雄壮的"
                   "《中华人民共和国国歌》声中闭幕。") == ("巴林左旗政协", "第四次会议")
    # near miss: a thing of the session, dated, is no session held
    assert meeting("中国人民政治协商会议巴林左旗第十二届委员会第四次会议文件汇编于4月16日下午印发。") is None


def test_an_election_by_增选_names_who_holds_what():
    found = roles_in("会议审议通过《大会选举办法》,增选了江嘎、顿珠多吉、张勤为政协第十届拉萨市委员会副主席,审议通过提案。",
                     "拉萨", "拉萨市政协")
    assert found == {"江嘎": [("副主席", "拉萨市政协")], "顿珠多吉": [("副主席", "拉萨市政协")], "张勤": [("副主席", "拉萨市政协")]}
    # near miss: members chosen as a group name nobody
    assert roles_in("会议增选了部分委员为常委,审议通过提案。", "拉萨", "拉萨市政协") == {}


def test_a_dotted_name_ends_before_a_word_that_follows_names():
    # p20 (西藏): 受……主席帕巴拉·格列朗杰委托 — 委托 is no part of the name
    found = roles_in("受全国政协副主席、自治区政协主席帕巴拉·格列朗杰委托,自治区政协副主席孟晓林主持会议。", "西藏", "西藏自治区政协")
    assert "帕巴拉·格列朗杰" in found and "帕巴拉·格列朗杰委托" not in found
    # near miss: a second part that is all name stays whole
    found = roles_in("州政协副主席古丽巴尔琴·赛力克拜,州政协秘书长李新军出席。", "伊犁", "伊犁州政协")
    assert "古丽巴尔琴·赛力克拜" in found


def test_a_dotted_name_whose_first_part_the_list_lacks_a_character_of():
    # p20 (伊犁): 赛尔建·乌合拜 (建 is not among the transliterating characters)
    from kg.extract.names import transliterated_at

    text = "州政协党组副书记、主席赛尔建·乌合拜主持会议"
    assert transliterated_at(text, text.index("赛")) == "赛尔建·乌合拜"
    # near miss: no middle dot after the lacking character, no dotted name
    text = "州政协主席赛尔建设会议"
    assert transliterated_at(text, text.index("赛")) != "赛尔建设会议"


def test_a_scene_caption_of_members_at_work_opens_no_article():
    # p20 (桃源): 委员们认真听取会议有关内容 stood between paragraphs and split the session's report
    page = ("2月25日下午,县政协十二届五次会议隆重开幕。会议由县政协副主席胡见可主持。\n\n会议现场\n\n"
            "本次大会应到委员323名。\n\n委员们认真听取会议有关内容\n\n县政协主席董莉莉代表政协桃源县第十二届委员会常务委员会向大会作工作报告。")
    [article] = articles(page)
    assert article.date == "--02-25" and len(article.paragraphs) == 3
    # near miss: a headline about members that is no scene opens its article
    page = "6月1日,县政协召开常委会议。\n\n会议审议了有关事项。\n\n委员们建言献策促发展\n\n县政协组织委员开展调研。"
    assert len(articles(page)) == 2


def test_a_dated_lead_whose_subject_is_a_政协_named_with_its_place_opens_an_article():
    # p19 (霍山 after 金华, neither with a headline): the lead reports no meeting, but names its 政协
    page = ("1月22日上午,市政协召开八届五十九次主席会议。市政协主席叶卫红主持会议。\n\n会议听取全会小组讨论情况的综合汇报。\n\n"
            "9月20日,霍山县政协组织部分市、县政协委员开展集体观摩活动。县政协主席张润之参加。")
    assert [a.date for a in articles(page)] == ["--01-22", "--09-20"]
    # near miss: a dated sentence about the body's members goes on in its article
    page = ("1月22日上午,市政协召开八届五十九次主席会议。\n\n会议听取全会小组讨论情况的综合汇报。\n\n"
            "9月20日,霍山县政协委员开展集体观摩活动。")
    assert len(articles(page)) == 1


def test_a_date_printed_in_chinese_numerals_dates_the_chair():
    # p19 (山西): 一月十九日上午,省政协十二届四次会议在太原隆重开幕
    page = "一月十九日上午,省政协十二届四次会议在太原隆重开幕。省政协副主席李晓波主持大会。"
    assert chairs_of(page) == {("李晓波", "山西省政协", "--01-19")}
    # near miss: an ordinal that is no date (第十一届) gives none
    from kg.extract.dates import parse_date
    assert parse_date("政协第十一届委员会第十一次会议") == ""


def test_政协_titles_printed_after_the_names_give_roles():
    # p19 (黄冈): 夏润祥主席主持会议……熊早枝、……、何东英副主席,江汉桥秘书长出席会议
    found = roles_in("夏润祥主席主持会议,市委常委、市纪委书记张国秀应邀出席会议。", "黄冈", "黄冈市政协")
    assert found["夏润祥"] == [("主席", "黄冈市政协")]
    found = roles_in("熊早枝、徐又良、王体全、李儒志、张友启、何东英副主席,江汉桥秘书长出席会议。", "黄冈", "黄冈市政协")
    assert found["熊早枝"] == found["何东英"] == [("副主席", "黄冈市政协")]
    assert found["江汉桥"] == [("秘书长", "黄冈市政协")]
    # near miss: a list before 主席团 or before a title of no 政协 gives no 政协 title
    found = roles_in("熊早枝、徐又良、王体全主席团成员出席会议。", "黄冈", "黄冈市政协")
    assert all(not roles for roles in found.values())


def test_courts_procuratorates_and_the_armed_police_are_bodies_with_their_titles():
    # p19 (山西): 省高级人民法院院长孙洪山、省人民检察院检察长杨景海,省武警总队司令员曾友成、政委李清涛
    found = roles_in("省高级人民法院院长孙洪山、省人民检察院检察长杨景海,省武警总队司令员曾友成、政委李清涛出席会议。",
                     "山西", "山西省政协")
    assert found == {"孙洪山": [("院长", "山西省高级人民法院")], "杨景海": [("检察长", "山西省人民检察院")],
                     "曾友成": [("司令员", "山西省武警总队")], "李清涛": [("政委", "山西省武警总队")]}
    # near miss: 政法委 holds no 政委
    found = roles_in("市委政法委书记王宁出席会议。", "山西", "山西省政协")
    assert all(title != "政委" for title, _ in found.get("王宁", []))


def test_a_photo_credit_closing_a_caption_may_name_a_hyphenated_outlet_and_several_photographers():
    # p19 (广西): ……在南宁开幕。 广西云-广西日报记者黄克、何学俏/摄
    [article] = articles("2月1日,中国人民政治协商会议第十三届广西壮族自治区委员会第四次会议在南宁开幕。 广西云-广西日报记者黄克、何学俏/摄\n\n"
                         "会议应出席委员660人,实到627人。")
    assert article.reporters == ["黄克", "何学俏"] and article.reporter_unit["黄克"] == "广西云-广西日报"
    assert article.paragraphs[0].endswith("在南宁开幕。")
    # near miss: a sentence that ends in 拍摄 after a stop credits no one
    [article] = articles("2月1日,县政协组织委员视察。 委员们在现场拍摄\n\n会议应出席委员66人。")
    assert article.reporters == []


def test_来_before_a_province_s_short_name_is_a_visit_not_a_surname():
    # p20 (渭南): 习近平总书记来陕考察重要讲话 named a person 来陕
    from kg.extract.persons import find_persons

    assert [p.name for p in find_persons("是全面落实习近平总书记来陕考察重要讲话重要指示的会议", [])] == ["习近平"]
    # near miss: 来 as a surname before a name's end stays a name
    assert [p.name for p in find_persons("副主席来宁主持会议", [])] == ["来宁"]


def test_two_names_printed_with_nothing_between_in_a_closing_byline():
    # p20 (广东): ……应邀授课。(林仪揭春雁)
    [article] = articles("11月12日,省政协举办培训班。\n\n中央社会主义学院党组书记叶小文应邀授课。(林仪揭春雁)")
    assert article.reporters == ["林仪", "揭春雁"]
    # near miss: one name of three characters stays one name
    [article] = articles("11月12日,省政协举办培训班。\n\n中央社会主义学院党组书记叶小文应邀授课。(张三丰)")
    assert article.reporters == ["张三丰"]


def test_a_pen_name_after_a_reporter_s_title_and_本网_before_a_place():
    # p20 (西藏): 本网拉萨1月26日讯(记者 晓勇) — a reporter of no named outlet, from 拉萨
    [article] = articles("本网拉萨1月26日讯(记者 晓勇)26日,政协第十二届西藏自治区委员会常务委员会第十三次会议在拉萨召开。")
    assert article.reporters == ["晓勇"] and not article.reporter_unit.get("晓勇") and article.place == "拉萨"
    # near miss: a word after the title is no name
    [article] = articles("本网拉萨1月26日讯(记者 报道)26日,政协第十二届西藏自治区委员会常务委员会第十三次会议在拉萨召开。")
    assert article.reporters == []


def test_a_list_of_names_joined_once_by_和_inside_and_a_name_ending_in_和():
    # p20 (河南): 郭庚茂、王全书和穆为民、徐济超……在主席台就座; (河西区) 区人大常委会主任沈树和,区委顾问王九鹏
    assert list(roles_in("郭庚茂、王全书和穆为民、徐济超、乔新江、武国定在主席台就座。", "河南", "河南省政协")) == [
        "郭庚茂", "王全书", "穆为民", "徐济超", "乔新江", "武国定"]
    found = roles_in("区人大常委会主任沈树和,区委顾问王九鹏以及其他区级领导同志出席。", "河西区", "河西区政协")
    assert found == {"沈树和": [("主任", "河西区人大常委会")], "王九鹏": [("顾问", "河西区委")]}
    # near miss: 和 before a name joins two names (主任沈树和王九鹏 is two people, not 沈树和)
    found = roles_in("区人大常委会主任沈树和王九鹏出席。", "河西区", "河西区政协")
    assert "沈树和" not in found


def test_a_draft_s_title_is_not_cut_at_its_own_和_when_the_rest_names_no_owner():
    # p20 (沅江): 审议通过市政协十届一次会议大会讨论组划分和召集人名单(草案) was cut to 召集人名单 and dropped
    from kg.extract.meetings import find_documents

    found = find_documents("会议审议通过市政协十届一次会议大会讨论组划分和召集人名单(草案)。", [])
    assert [(d.title, d.action) for d in found] == [("市政协十届一次会议大会讨论组划分和召集人名单(草案)", "ADOPTED")]
    # near miss: 各项报告和决议(草案) names no one's draft: still no document
    assert find_documents("会议审议通过各项报告和决议(草案)。", []) == []


def test_a_place_name_two_nested_divisions_share_names_the_outer_one():
    # p21 (大理): ……中国式现代化大理发展新篇章 — 大理 is 大理白族自治州 and its seat 大理市
    from kg.extract.gazetteer import load_gazetteer

    division, form = load_gazetteer().longest_prefix("大理发展新篇章")
    assert (division.name, form) == ("大理白族自治州", "大理")
    page = ("本报讯(记者 朱蕾 王光保) 3月27日下午,州政协召开州级各民主党派代表座谈会。\n\n州政协党组书记、主席程鹏主持会议并讲话。\n\n"
            "会上,与会代表围绕“如何在谱写中国式现代化大理发展新篇章中发挥作用”作发言。")
    assert chairs_of(page) == {("程鹏", "大理州政协", "--03-27")}
    # near miss: two divisions apart that share a name (朝阳区 in Beijing and in Changchun) name neither
    assert load_gazetteer().longest_prefix("朝阳区政协") is None


def test_an_election_of_a_counted_list_and_officers_named_before_their_title():
    # p21 (太和): 选举张亚军、尚卫东、颜鹏飞、赵伟四位同志为县第十届政协委员会副主席
    found = roles_in("选举张亚军、尚卫东、颜鹏飞、赵伟四位同志为县第十届政协委员会副主席。", "太和县", "太和县政协")
    assert found["张亚军"] == found["赵伟"] == [("副主席", "太和县政协")]
    # p21 (黑龙江): 唐连第副主席传达……,杨子荣副主席作常委会工作报告
    found = roles_in("省政协主席王钊主持会议并讲话。唐连第副主席传达全国政协六届四次会议精神,杨子荣副主席作常委会工作报告。",
                     "黑龙江", "黑龙江省政协")
    assert found["唐连第"] == found["杨子荣"] == [("副主席", "黑龙江省政协")]
    # near miss: before 作为 ("as") the title reads as no officer at work
    assert "张三" not in roles_in("张三副主席作为召集人出席。", "黑龙江", "黑龙江省政协")


def test_a_bare_title_takes_the_政协_its_own_sentence_named_before_the_one_carried():
    # p21 (桂林): after a sentence about 全国政协, 市政协主席陈丽华,……,秘书长徐熔 is 桂林's
    found = roles_in("市政协主席陈丽华,副主席钟麟、郑毅,市政协厅级领导汤桂荔,秘书长徐熔等参加学习收看活动。",
                     "桂林", "全国政协")
    assert found["徐熔"] == [("秘书长", "桂林市政协")]
    # near miss: a sentence naming no 政协 takes the one carried
    found = roles_in("秘书长徐熔等参加学习收看活动。", "桂林", "全国政协")
    assert found["徐熔"] == [("秘书长", "全国政协")]


def test_the_deck_under_a_headline_is_place_evidence():
    # p22 (贵州分会场): the lead says 在北京召开; the deck says where the article is
    def roles_on(page):
        return {(t.subject.key, t.props()["role"], t.object.key) for _, triples in
                extract_page(Page(path="t.txt", source="t", text=page)) for t in triples if t.predicate == "HOLDS_ROLE"}

    lead = ("本报讯 (记者 陈曦)4月22日,全国政协读书活动座谈会在北京召开。\n\n"
            "省政协主席刘晓凯,省政协副主席李汉宇等在贵州分会场参会。")
    assert ("刘晓凯", "主席", "贵州省政协") in roles_on("全国政协召开读书活动座谈会\n\n刘晓凯等住黔全国政协委员在贵州分会场参会\n\n" + lead)
    # near miss: without the deck the two places tie and the first named stands
    assert ("刘晓凯", "主席", "贵州省政协") not in roles_on(
        "全国政协召开读书活动座谈会\n\n" + lead.replace("在贵州分会场", "在分会场"))


def test_a_wing_banner_goes_by_its_abbreviation():
    # p22 (察右后旗): 察右后旗政协党组 is the 政协 of 察哈尔右翼后旗 (its canonical name, as GUIDELINES write 旗 bodies)
    assert orgs("察右后旗政协党组召开理论学习中心组学习") == ["察哈尔右翼后旗政协"]
    assert orgs("科左中旗政协召开常委会议") == ["科尔沁左翼中旗政协"]
    # near miss: a banner that is no wing's has no such form (土默特左旗 is not 土左旗)
    assert orgs("土左旗政协召开常委会议") != ["土默特左旗政协"]


def test_each_name_listed_between_由_and_主持_chairs():
    # p22 (楚雄): 开幕大会和闭幕大会分别由李兴顺、张启俊主持
    page = "4月27日,政协楚雄州第十一届委员会第一次会议在楚雄开幕。\n\n开幕大会和闭幕大会分别由李兴顺、张启俊主持。"
    assert chairs_of(page) == {("李兴顺", "楚雄州政协", "--04-27"), ("张启俊", "楚雄州政协", "--04-27")}
    # near miss: a list of things, not names, before 主持 names no chair
    page = "4月27日,政协楚雄州第十一届委员会第一次会议在楚雄开幕。\n\n开幕大会由大会主席团、秘书处主持。"
    assert chairs_of(page) == set()


def test_a_long_deck_of_parts_set_apart_by_spaces_is_a_headline_line():
    # p22 (新疆): the deck 司马义·铁力瓦尔地应邀出席 陈小江……到会祝贺 opened an article of one line
    page = ("自治区政协十三届四次会议开幕\n\n司马义·铁力瓦尔地应邀出席 陈小江艾尔肯·吐尼亚孜祖木热提·吾布力肖开提·依明艾斯海提·克里木拜何忠友张柱到会祝贺\n\n"
            "努尔兰·阿不都满金作自治区政协十三届常委会工作报告\n\n1月26日上午,自治区政协十三届四次会议在新疆人民会堂开幕。")
    [article] = articles(page)
    assert article.date == "--01-26"
    # near miss: a long line without spaces or stops, not before a lead, is text
    page = ("自治区政协十三届四次会议开幕\n\n1月26日上午,自治区政协十三届四次会议开幕。\n\n" + "会议认为" * 12
            + "\n\n会议强调,要凝聚共识。")
    [article] = articles(page)
    assert article.paragraphs[1].startswith("会议认为") and article.title == "自治区政协十三届四次会议开幕"


def test_a_政协_committee_s_meeting_is_convened_by_that_政协():
    # p23 (宝鸡): 市政协提案委员会主任王振峰主持会议 — GUIDELINES: a 专门委员会's meeting is its 政协's
    page = "2月28日,宝鸡市政协提案委员会召开全体会议。\n\n市政协提案委员会主任王振峰主持会议,副主任王昭义参加会议。"
    assert chairs_of(page) == {("王振峰", "宝鸡市政协", "--02-28")}
    # near miss: a body of no 政协 keeps its own name
    page = "2月28日,宝鸡市人大常委会召开主任会议。\n\n市人大常委会主任王振峰主持会议。"
    assert {org for _, org, _ in chairs_of(page)} == {"宝鸡市人大常委会"}


def test_leads_that_open_an_article_without_a_headline():
    # p24 (四川 after 普陀区): a 政协's session dated without 于 (……第一次会议1月27日下午在成都闭幕)
    page = ("3月2日,区政协召开五届五十六次主席会议。区政协主席张禾波主持会议并讲话。\n\n会议通报了1—2月份工作。\n\n"
            "四川省政协第十一届委员会第一次会议1月27日下午在成都闭幕。闭幕大会实到委员847名。")
    assert [a.date for a in articles(page)] == ["--03-02", "--01-27"]
    # p24 (温州 after 宁夏): a leader who leads a group on a visit (……副主席马光明率调研组来我市调研)
    page = ("3月25日,自治区政协十一届八十九次主席会议召开。\n\n会议听取了重点提案遴选情况汇报。\n\n"
            "2月19日,省政协副主席马光明率调研组来我市调研基层政协组织建设情况。市政协主席陈作荣陪同调研。")
    assert [a.date for a in articles(page)] == ["--03-25", "--02-19"]
    # near miss: a dated step of the same visit, with no one leading, goes on in its article
    page = ("2月19日,省政协副主席马光明率调研组来我市调研。\n\n调研组听取了汇报。\n\n"
            "2月20日,调研组来到市政协机关调研座谈。")
    assert len(articles(page)) == 1


def test_a_visiting_政协_is_not_where_the_article_is():
    # p24 (通江): 乐山市政协来我县考察调研 — 市政协主席侯中文 is the host city's, not 乐山's
    page = ("乐山市政协来我县考察调研\n\n5月16日,乐山市政协主席黄平林率队到我县开展考察调研。市政协主席侯中文陪同。\n\n"
            "考察组来到通江银耳博物馆。")
    found = {(t.subject.key, t.object.key) for _, triples in extract_page(Page(path="t.txt", source="t", text=page))
             for t in triples if t.predicate == "HOLDS_ROLE"}
    assert ("侯中文", "乐山市政协") not in found and ("黄平林", "乐山市政协") in found
    # near miss: a 政协 that holds its own meeting is where the article is
    page = "乐山市政协召开常委会议\n\n5月16日,乐山市政协召开常委会议。市政协主席侯中文主持。"
    assert chairs_of(page) == {("侯中文", "乐山市政协", "--05-16")}


def test_a_verb_and_its_aspect_mark_is_no_name():
    # p24 (光明区): 黄文胜同志宣读了《……通知》 read 宣读了 as a person
    from kg.extract.persons import find_persons

    assert "宣读了" not in [p.name for p in find_persons("活动中,黄文胜同志宣读了《光明区政协关于成立政协委员工作室的通知》", [])]
    # near miss: a name that ends in 了 after a title stays a name
    assert [p.name for p in find_persons("县政协主席王了主持会议", [])] == ["王了"]


def test_a_roll_of_many_places_bodies_says_not_where_the_article_is():
    # p3102 (吉林, no headline): 大安市 is one of four bodies that spoke, the 市政协 is 白山's
    page = ("6月9日,全省政协系统党建和党风廉政建设座谈会以视频会议形式召开。省政协党组书记、主席江泽林出席会议并讲话。\n\n"
            "会上,辽源市、通化市、梨树县、大安市政协和省政协研究室纪检联合党支部作交流发言。\n\n"
            "市政协党组书记、主席刘凤春,副主席许继清、郭健刚,市政协机关干部在白山市分会场参加会议。")
    found = roles_of(page)
    assert ("刘凤春", "主席", "白山市政协") in found and not any(org == "大安市政协" for _, _, org in found)
    # p3105 (九江 hosts 22 cities' 政协): guests from six places are no host
    page = ("9月21号,全国22城市政协横向联系会第43次会议在浔举行。\n\n"
            "市政协主席程来安出席会议。辽宁省辽阳市政协主席尚杰洪,内蒙古自治区满洲里市政协主席张雅斌,"
            "江苏省连云港市政协主席仲琨,福建省泉州市政协主席林荣取等参加了会议。\n\n"
            "会议代表江西省政协、市委、市政协和470万九江人民表示祝贺。九江市围绕中长期发展目标,把九江建设成为强市。")
    assert ("程来安", "主席", "九江市政协") in roles_of(page)
    # near miss: a city's body named with those of its counties is where the article is
    page = ("3月2日,恩施州政协召开座谈会。恩施州政协主席王海涛,宣恩县政协主席李明,来凤县政协主席张华,"
            "鹤峰县政协主席赵刚参加。\n\n州政协副主席刘勇主持会议。")
    assert ("刘勇", "副主席", "恩施州政协") in roles_of(page)


def test_a_headline_printed_with_an_exclamation_mark_opens_the_next_article():
    # p3105: 余杭区政协十二届四次会议隆重开幕! closed the 九江 article before it
    page = ("9月21号,全国22城市政协横向联系会第43次会议在九江举行。\n\n与会嘉宾共聚一堂,进行了探讨和交流。\n\n"
            "余杭区政协十二届四次会议隆重开幕!\n\n"
            "1月16日上午,中国人民政治协商会议第十二届杭州市余杭区委员会第四次会议隆重开幕。")
    first, second = articles(page)
    assert second.title == "余杭区政协十二届四次会议隆重开幕!" and "开幕!" not in first.body
    # near miss: a closing slogan stays in its article
    page = ("9月21号,全国22城市政协横向联系会第43次会议在九江举行。\n\n与会嘉宾共聚一堂,进行了探讨和交流。\n\n"
            "让我们携手共进,再创辉煌!\n\n"
            "1月16日上午,中国人民政治协商会议第十二届杭州市余杭区委员会第四次会议隆重开幕。")
    first, second = articles(page)
    assert second.title == "" and first.paragraphs[-1] == "让我们携手共进,再创辉煌!"


def test_a_name_before_its_政协_title_and_what_the_person_does():
    # p3101, p3105: ……的说明;陈进玉副秘书长关于……的说明; 报告会后,方惠萍副主席与……座谈交流
    found = roles_in("会议听取了秘书长郑万通关于会议决定草案的说明;陈进玉副秘书长关于议程草案和日程的说明。")
    assert found["陈进玉"] == [("副秘书长", "乌什县政协")]
    assert roles_in("报告会后,方惠萍副主席与区委书记座谈交流。")["方惠萍"] == [("副主席", "乌什县政协")]
    # near miss: not at a clause's start, no name reads before the title
    assert roles_in("会后,县政协副主席与区委书记座谈交流。") == {}


def test_a_speakers_title_before_关于_is_no_part_of_a_drafts_title():
    from kg.extract.meetings import _trim_draft

    assert _trim_draft("陈进玉副秘书长关于政协九届常委会第四次会议议程草案") == "关于政协九届常委会第四次会议议程草案"
    # near miss: a doctrine named before 关于 is the title's own
    title = "湖南省习近平总书记关于加强和改进人民政协工作的重要思想研修班方案(草案)"
    assert _trim_draft(title) == title


def test_a_county_level_city_since_become_a_district_as_older_pages_print_it():
    # p3201 (2010): 中共文登市委……市政协……八届九次常委会议 — 文登市 became 文登区 in 2014
    page = ("1月21日上午,市政协在机关二楼会议室召开了八届九次常委会议。市政协主席马端兴,副主席孙松一出席了会议。\n\n"
            "一年来,在中共文登市委的坚强领导下,市政协认真履行职能。")
    assert ("马端兴", "主席", "文登市政协") in roles_of(page)
    # near miss: a page that prints the district keeps the district's city (威海)
    page = ("1月21日上午,市政协召开常委会议。市政协主席马端兴出席了会议。\n\n一年来,在中共威海市文登区委的坚强领导下,工作有序推进。")
    assert ("马端兴", "主席", "威海市政协") in roles_of(page)


def test_a_lead_of_a_leader_leading_a_visit_or_opening_with_a_slogan_opens_an_article():
    # p3205: four articles printed with no headline, the second and fourth merged before
    page = ("本报讯(许明亮 武玉峰)春节期间,利辛县政协正副主席带队深入基层走访慰问。\n\n"
            "在西潘楼镇五里敬老院,县政协主席刘鸣把慰问金交给院长。\n\n"
            "2月12日,镇坪县政协主席陈宗华带领县政协机关干部,深入城关镇小河村,看望慰问了12户困难群众。\n\n"
            "陈宗华每到一处都与群众促膝相谈。\n\n"
            "新春佳节将至,关怀慰问暖意浓。2月11日,县政协党组书记、主席谭美池带领相关部门负责人,先后走访慰问老干部代表。\n\n"
            "近年来,江永县政协紧紧围绕中心大局,服务社会发展。")
    assert [a.date for a in articles(page)] == ["", "--02-12", "--02-11"]
    assert ("谭美池", "主席", "江永县政协") in roles_of(page)
    # near miss: a dated step of the same visit with no one leading it, and a slogan with no date after it
    page = ("2月12日,镇坪县政协主席陈宗华带领县政协机关干部,深入城关镇小河村,看望慰问了困难群众。\n\n"
            "陈宗华每到一处都与群众促膝相谈。\n\n2月13日,慰问组来到县敬老院,看望慰问老人。\n\n"
            "新春佳节将至,关怀慰问暖意浓。慰问组还走访了困难职工。")
    assert len(articles(page)) == 1


def test_a_party_department_and_its_head_printed_short():
    # p3105: 市委常委、秘书长、统战部长华金国 (统战部部长 printed short) — no title was read at all
    found = roles_in("市委常委、秘书长、统战部长华金国出席会议。", place="九江")
    assert found["华金国"] == [("常委", "九江市委"), ("秘书长", "九江市委"), ("部长", "九江市委统战部")]
    # near miss: printed whole, as before
    assert roles_in("市委常委、统战部部长华金国出席会议。", place="九江")["华金国"] == [
        ("常委", "九江市委"), ("部长", "九江市委统战部")]


def test_有_opening_a_list_of_names_is_the_verb():
    # p3105 (济南): 在大会主席台前排就座的领导同志有雷杰、李好臣…… read a person 有雷杰
    assert list(roles_in("在大会主席台前排就座的领导同志有雷杰、李好臣、段青英、崔大庸。")) == ["雷杰", "李好臣", "段青英", "崔大庸"]
    # near miss: a list with no 有 reads as before
    assert list(roles_in("在大会主席台前排就座的领导同志雷杰、李好臣、段青英、崔大庸。")) == ["雷杰", "李好臣", "段青英", "崔大庸"]


def test_a_xinhua_dateline_with_its_date_in_chinese_numerals():
    # p3101: 新华社北京一月二十九日电(记者刘思扬) read 新华社北京一月二十九日 as the outlet
    [article] = articles("新华社北京一月二十九日电(记者刘思扬)政协第九届全国委员会第九次主席会议今天在北京举行。")
    assert (article.place, article.date, article.reporters) == ("北京", "--01-29", ["刘思扬"])
    assert article.reporter_unit["刘思扬"] == "新华社"
    # near miss: the figures as usual
    [article] = articles("新华社北京1月29日电(记者刘思扬)政协第九届全国委员会第九次主席会议今天在北京举行。")
    assert (article.place, article.date) == ("北京", "--01-29")


def test_members_as_a_whole_are_followed_by_no_name():
    # p1605, p2802: 来自我县各界的政协委员满怀喜悦之情; 各条战线的省政协委员齐聚长沙 (jieba tags 满怀, 齐聚 as names)
    assert roles_in("来自我县各界的政协委员满怀喜悦之情,欢聚一堂。") == {}
    assert roles_in("来自全省各族各界、各条战线的省政协委员齐聚长沙。") == {}
    # near miss: members named after 的 that is no origin
    assert list(roles_in("参加会议的委员王伟、李明作了发言。")) == ["王伟", "李明"]


def test_a_headline_with_a_comma_before_a_lead_that_opens_with_its_purpose():
    # p3005: the headline was joined to the lead after it, and the article to the one before
    page = ("1月10日下午,自治区政协举行十届五十二次主席会议。自治区政协主席齐同生主持会议。\n\n"
            "独山港镇政协开展委员联系界别群众活动,助力美镇营商环境建设\n\n"
            "为充分发挥政协界别优势和委员主体作用,推动政协委员联系界别群众制度化、规范化、程序化,11月9日下午,"
            "平湖市政协独山港镇委员小组开展委员联系界别群众活动。")
    first, second = articles(page)
    assert second.title.startswith("独山港镇政协") and second.date == "--11-09"
    # near miss: a line the layout broke, then a purpose with no date, is one paragraph
    page = ("1月10日下午,自治区政协举行十届五十二次主席会议。自治区政协主席齐同生主持会议,会议要求全体委员\n\n"
            "为推动高质量发展,积极建言献策。")
    [article] = articles(page)
    assert article.paragraphs[-1].endswith("会议要求全体委员为推动高质量发展,积极建言献策。")


def test_a_meeting_of_a_body_no_place_resolves_is_left_out():
    # p3303, p3304, p3305: a bare 县政协 or 市政协 in an article that names no place; keyed by its
    # date and name alone, its meeting would merge with any other unplaced body's that day
    page = ("9月13日,县政协召开十届二十次主席会议。县政协主席曹忠良主持会议。\n\n"
            "会议审议通过了《关于开展协商的意见(草案)》。")
    assert chairs_of(page) == set()
    found = [t for _, triples in extract_page(Page(path="t.txt", source="t", text=page)) for t in triples]
    assert not any(t.predicate in ("ADOPTED", "CONVENED") for t in found)
    assert any(t.predicate == "MENTIONS" and t.object.key == "曹忠良" for t in found)  # the person stays
    # near miss: the same meeting with its county named
    page = page.replace("9月13日,县政协", "9月13日,桐庐县政协")
    assert chairs_of(page) == {("曹忠良", "桐庐县政协", "--09-13")}


def test_a_term_between_the_level_and_the_body():
    # p3404: 自治区十二届政协副主席其其格 in a 呼和浩特 dateline read the city's 政协
    from kg.extract.places import context_for

    assert orgs("自治区十二届政协副主席其其格向大会报告", context_for(["呼和浩特"])) == ["内蒙古自治区政协"]
    assert orgs("市十三届人大常委会主任王德玉出席", context_for(["福清"])) == ["福清市人大常委会"]
    # near miss: a term before the level, as before
    assert orgs("十二届市政协副主席王某出席", context_for(["寿县"])) == ["淮南市政协"]


def test_an_unresolved_政协_printed_with_its_level_carries_no_body_of_another_level():
    # p3404: ……六安市政协副主席宋新国……,寿县县委副书记、县长从维德、县政协主席戴克奎 gave 戴克奎 六安's 政协
    text = "六安市政协副主席宋新国、淮河流域政协联谊会会长年汉东,寿县县委副书记、县长从维德、县政协主席戴克奎参加了会议。"
    assert roles_in(text, "六安", "")["戴克奎"] == []
    # near miss: a bare 市政协 after a city's 政协 is that city's
    assert roles_in("六安市政协副主席宋新国,市政协主席戴克奎参加了会议。", "六安", "")["戴克奎"] == [("主席", "六安市政协")]


def test_a_committees_party_group_secretary():
    # p3301: 全国政协教科卫体委员会分党组书记、主任袁贵仁 — 分 before 党组书记 read as a body no rule knew
    found = roles_in("座谈会上,全国政协教科卫体委员会分党组书记、主任袁贵仁,副主任吴昌德发言。", "北京", "")
    assert found["袁贵仁"] == [("分党组书记", "全国政协教科卫体委员会"), ("主任", "全国政协教科卫体委员会")]
    assert found["吴昌德"] == [("副主任", "全国政协教科卫体委员会")]
    # near miss: a 政协's own 党组书记 as before
    assert roles_in("全国政协党组书记、主席王沪宁出席。", "北京", "")["王沪宁"] == [("党组书记", "全国政协"), ("主席", "全国政协")]


def test_增补_names_a_result_as_增选_does():
    # p3402: ……西藏自治区政协决定,新增补楼忠福为西藏自治区政协委员 (and p205, p305, p804, p1101, p1901)
    found = roles_in("喇灿介绍,西藏自治区政协决定,新增补楼忠福为西藏自治区政协委员。", "拉萨", "")
    assert found["楼忠福"] == [("委员", "西藏自治区政协")]
    # near miss: 增补 with no one named
    assert roles_in("会议增补了委员名单。") == {}


def test_a_captions_reporters_then_an_outlets_dateline():
    # p3403: a photo's caption credited with no 摄 was joined to the dateline after it, and both bylines lost
    page = ("1月26日上午9时,中国人民政治协商会议甘肃省第十三届委员会第四次会议在兰州隆重开幕。新甘肃·甘肃日报记者 冯乐凯 马伊星\n\n"
            "新甘肃客户端兰州1月26日讯(新甘肃·甘肃日报记者吴东泽)接续奋斗开新局,凝心聚力谱新篇。")
    found = {name: a.reporter_unit.get(name) for a in articles(page) for name in a.reporters}
    assert found == {"冯乐凯": "新甘肃·甘肃日报", "马伊星": "新甘肃·甘肃日报", "吴东泽": "新甘肃·甘肃日报"}
    # near miss: a last sentence's closing names with no outlet before 记者 are no byline of that kind
    [article] = articles("1月26日,会议开幕。为全市经济社会发展贡献更多智慧和力量。 信媒体记者 于晓")
    assert "信媒体" not in article.reporters


def test_a_chair_of_an_unresolved_body_chairs_for_no_政协_of_another_level():
    # r08: 市政协党组书记、主席崔振武主持会议 in an article no city places was made 自治区政协's meeting
    page = ("3月15日上午,市政协党组召开2024年第12次(扩大)会议。会议传达学习了自治区政协主要领导同志的讲话精神,"
            "传达学习了市委常委会会议精神。市政协党组书记、主席崔振武主持会议。\n\n"
            "会议还传达学习了《中国人民政治协商会议内蒙古自治区委员会提案工作条例》。")
    assert chairs_of(page) == set()
    # near miss: a chair printed with the region's own body chairs for it
    page = ("3月15日上午,自治区政协党组召开会议。会议传达学习了全国两会精神。自治区政协党组书记、主席张三主持会议。\n\n"
            "会议还传达学习了《中国人民政治协商会议内蒙古自治区委员会提案工作条例》。")
    assert chairs_of(page) == {("张三", "内蒙古自治区政协", "--03-15")}


def documents_of(page):
    """(predicate, document) of each fact a page's text gives about a document."""
    return {(t.predicate, t.object.key) for _, triples in extract_page(Page(path="t.txt", source="t", text=page))
            for t in triples if t.object.label == "Document"}


def test_a_short_name_the_text_gives_a_document_is_that_document():
    # p3203: ……传达学习《中国共产党政治协商工作条例》(以下简称《条例》)…… later 学习贯彻《条例》: no document 条例
    page = ("6月24日上午,鄠邑区政协召开党组会议,传达学习《中国共产党政治协商工作条例》(以下简称《条例》),并作安排部署。\n\n"
            "会议要求,认真学习贯彻《条例》。")
    found = documents_of(page)
    assert ("CONVEYED", "中国共产党政治协商工作条例") in found
    assert not any(key == "条例" for _, key in found)
    # near miss: a document called 条例 with no short name given stays as printed
    assert {key for _, key in documents_of("6月24日上午,鄠邑区政协召开党组会议,传达学习《条例》。")} == {"条例"}


def test_a_name_joined_by_a_full_stop_is_a_dotted_name():
    # p3501 (新华社, 2005): 阿沛．阿旺晋美 is printed with a full-width dot, a full stop after NFKC;
    # the list of 副主席 stopped at 阿沛
    found = roles_in("全国政协主席贾庆林,副主席王忠禹、廖晖、阿沛.阿旺晋美、帕巴拉.格列朗杰、李贵鲜,"
                     "秘书长郑万通在主席台前排就座。", "北京", "全国政协")
    assert found["阿沛.阿旺晋美"] == [("副主席", "全国政协")]
    assert found["李贵鲜"] == [("副主席", "全国政协")]
    assert "阿沛" not in found
    # near miss: a point numbering a paragraph joins no name
    assert set(roles_in("一.会议审议通过了县政协主席张三的报告。", "乌什", "乌什县政协")) == {"张三"}


def test_a_municipality_is_no_省():
    # p3501: a provincial meeting printed after a 新华社北京 report was made 北京市政协's and 全国政协's
    page = ("全国政协十届三次会议隆重开幕\n\n据新华社北京3月3日电 全国政协十届三次会议3日下午在人民大会堂开幕。"
            "全国政协主席贾庆林,副主席王忠禹、廖晖出席。\n\n"
            "14日,省政协主席蓝绍敏主持召开省政协十三届七次主席会议。省政协副主席李海涛、张显友出席会议。")
    assert chairs_of(page) == set()
    found = roles_of(page)
    assert ("王忠禹", "副主席", "全国政协") in found
    assert not any(person in ("蓝绍敏", "李海涛", "张显友") for person, _, _ in found)
    # near miss: 市政协 in 北京 is 北京市政协
    page = ("北京市政协召开主席会议\n\n本报北京3月14日讯 14日,市政协主席魏小东主持召开市政协主席会议。")
    assert chairs_of(page) == {("魏小东", "北京市政协", "--03-14")}


def test_a_speakers_lead_in_on_its_own_line_opens_no_article():
    # p3501 (荆门): 周友坤要求 stands on a line between two paragraphs of the meeting's report
    page = ("市政协召开九届二十五次主席会议\n\n12月24日,市政协主席周友坤主持召开市政协九届二十五次主席会议。\n\n"
            "周友坤要求\n\n当前,市政协机关全体工作人员要集中精力,高质量做好市政协九届三次会议筹备工作。")
    assert [a.title for a in articles(page)] == ["市政协召开九届二十五次主席会议"]
    # near miss: a headline that says what was asked opens one
    page = ("市政协召开九届二十五次主席会议\n\n12月24日,市政协主席周友坤主持召开市政协九届二十五次主席会议。\n\n"
            "周友坤要求做好大会筹备工作\n\n当前,市政协机关全体工作人员要集中精力,高质量做好市政协九届三次会议筹备工作。")
    assert len(articles(page)) == 2


def test_a_by_election_names_its_results():
    # p3503 (金华): 补选陶国兴为……副主席,补选……为……常务委员
    found = roles_in("闭幕式前,会议以无记名投票的方式,补选陶国兴为政协第六届金华市委员会副主席,"
                     "补选李志妙、杨德山为政协第六届金华市委员会常务委员。", "金华", "金华市政协")
    assert found["陶国兴"] == [("副主席", "金华市政协")]
    assert found["杨德山"] == [("常委", "金华市政协")]
    # near miss: a by-election's business names no one
    assert roles_in("会议审议通过了补选办法,市政协副主席陶国兴出席。", "金华", "金华市政协") == \
        {"陶国兴": [("副主席", "金华市政协")]}


def test_names_after_a_reporters_title_as_printed_and_what_each_did():
    # p3603 (西藏): ……热点问题。(记者 德庆占堆 朱楠) — a name no surname starts, read as printed
    article = articles("委员报到\n\n1月4日,多名参会委员陆续抵达拉萨报到。带来的提案直击百姓关注的热点问题。(记者 德庆占堆 朱楠)")[0]
    assert article.reporters == ["德庆占堆", "朱楠"]
    # near miss: the place reported from is no name (记者:郭咏欣 北京报道)
    assert [pair[:2] for pair in _byline("(记者 郭咏欣 北京报道)")] == [("郭咏欣", "记者")]
    # p3502 (九江): who wrote and who photographed, after each name; one outlet and title for all
    article = articles("会议闭幕\n\n九江新闻网讯(九江日报全媒记者 包四华/文 欧阳海员 刘家 张驰/摄)1月17日下午,会议闭幕。")[0]
    assert article.reporters == ["包四华", "欧阳海员", "刘家", "张驰"]
    assert set(article.reporter_unit.values()) == {"九江日报"}
    # near miss: 文/图 after all the names is what all did, no part of the last name
    article = articles("会议开幕\n\n本网讯(记者 罗远琴 余欢 文/图)1月7日下午,会议开幕。")[0]
    assert article.reporters == ["罗远琴", "余欢"]
    # p3504 (岚皋): what the byline's people did, before their title
    assert [pair[:2] for pair in _byline("(图文/记者 阳富康)")] == [("阳富康", "记者")]


def test_an_articles_own_meeting_the_page_does_not_date_keeps_its_documents():
    # p3502 (人民政协报): 17日 with no month anywhere on the page; the meeting studied a book
    page = ("人民政协报讯(记者 谢靓)全国政协党组理论学习中心组17日在京举行集体学习,专题学习《习近平谈治国理政》。"
            "中共中央政治局常委、全国政协主席、党组书记汪洋主持并讲话。")
    assert ("STUDIED", "习近平谈治国理政") in documents_of(page)
    assert chairs_of(page) == set()  # a chair row has its date (GUIDELINES)
    meetings = [t.object for _, triples in extract_page(Page(path="t.txt", source="t", text=page))
                for t in triples if t.predicate == "CONVENED"]
    assert meetings and "date" not in meetings[0].props() and "#1|" in meetings[0].key  # keyed by its article
    # near miss: an undated programme named after a dated meeting is not that meeting
    page = ("本报德州讯 3月5日,市政协召开主席会议。会议审议通过了《工作要点》。\n\n"
            "今年以来,市政协组织委员开展“委员走基层”活动,学习了《条例》。")
    found = documents_of(page)
    assert ("ADOPTED", "工作要点") in found and ("STUDIED", "条例") not in found


def test_lists_of_names_after_干部_and_before_the_bodies_they_lead():
    # p3504 (鸡西): 市政协离退休干部贺俊修、……等应邀列席会议
    found = roles_in("市政协离退休干部贺俊修、王克正、白玉田、赵连文等应邀列席会议。", "鸡西", "鸡西市政协")
    assert set(found) == {"贺俊修", "王克正", "白玉田", "赵连文"} and not any(found.values())
    # near miss: groups of cadres name no one
    assert roles_in("机关干部职工、离退休干部、老同志代表参加会议。", "鸡西", "鸡西市政协") == {}
    # p3502 (九江): ……熊晋喜、童兴等市委、市人大、……的领导 — the list ends at 等
    found = roles_in("廖奇志、饶芝新、邵九思、熊晋喜、童兴等市委、市人大、市政府、九江军分区的领导在主席台就座。",
                     "九江", "九江市政协")
    assert set(found) == {"廖奇志", "饶芝新", "邵九思", "熊晋喜", "童兴"}


def test_a_note_on_a_person_after_a_name_is_read_past_and_quoted():
    # p3503 (金华): 补选刘桂英(女)、李志妙……为……常务委员 — the list stopped at the note
    page = "本报金华讯 3月5日,会议补选刘桂英(女)、李志妙、杨德山为政协第六届金华市委员会常务委员。"
    triples = [t for _, found in extract_page(Page(path="t.txt", source="t", text=page)) for t in found
               if t.predicate == "HOLDS_ROLE"]
    assert {(t.subject.key, t.props()["role"]) for t in triples} == {("刘桂英", "常委"), ("李志妙", "常委"), ("杨德山", "常委")}
    assert all("刘桂英(女)" in t.evidence for t in triples)  # the sentence as printed
    # near miss: a bracket after a name that is no note on the person stays
    assert not any(person == "刘桂英" for person, _, _ in roles_of(
        "本报金华讯 3月5日,会议审议刘桂英(草案)、李志妙、杨德山为常务委员的决定。"))


def test_acting_heads_printed_with_代理_and_an_acting_procurator():
    # p3503 (宜良): 县委副书记、代理县长周定龙; p3504 (鸡西): 市人民检察院代检察长高杉
    found = roles_in("县委书记刘中政,县委副书记、代理县长周定龙,县委副书记席键民等到会祝贺。", "宜良", "宜良县政协")
    assert found["周定龙"] == [("副书记", "宜良县委"), ("代理县长", "宜良县政府")]
    assert roles_in("市人民检察院代检察长高杉到会祝贺。", "鸡西", "")["高杉"] == [("代检察长", "鸡西市人民检察院")]
    # near miss: 代理 as a verb before a title names no acting head
    assert "代理" not in str(roles_in("县委副书记周定龙代理县长职务。", "宜良", "宜良县政协"))


def test_a_society_of_the_national_政协_meets_as_itself():
    # p3505 (人民政协报): 中国人民政协理论研究会第三届理事会第三次会议11月25日至26日在……召开
    found = opening_meeting("中国人民政协理论研究会第三届理事会第三次会议11月25日至26日在浙江省绍兴市召开。",
                            "绍兴", "绍兴市政协")
    assert found.org == "中国人民政协理论研究会" and found.session == "三届三次"
    assert roles_in("全国政协副秘书长、中国人民政协理论研究会副会长金学锋主持会议。", "北京", "全国政协")["金学锋"] == [
        ("副秘书长", "全国政协"), ("副会长", "中国人民政协理论研究会")]
    # near miss: a 政协's own committee meets as that 政协
    assert opening_meeting("市政协提案委员会全体会议3月5日召开。", "德州", "德州市政协").org == "德州市政协"


def test_a_name_ends_before_到_or_赴_a_place():
    # p3701 (钦州): ……民盟中央副主席徐辉到我市调研 read 徐辉到
    found = roles_in("8月6日至7日,全国政协常委、副秘书长、民盟中央副主席徐辉到我市调研。", "钦州", "钦州市政协")
    assert "徐辉" in found and "徐辉到" not in found
    assert "李明" in roles_in("市政协副主席李明赴南宁考察。", "钦州", "钦州市政协")
    # near miss: a given name holding 到 where the text after it reads as a name's end
    assert "张到福" in roles_in("市政协副主席张到福出席。", "钦州", "钦州市政协")


def test_a_verb_repeated_before_each_draft_of_a_list_is_no_part_of_it():
    # p3701 (滁州): ……决定(草案)、审议通过……议程(草案)、审议通过……日程(草案)
    found = documents_of("本报滁州讯 3月5日,市政协召开主席会议,审议通过关于召开政协第五届滁州市委员会第三次会议的决定(草案)、"
                         "审议通过政协第五届滁州市委员会第三次会议议程(草案)。")
    assert ("ADOPTED", "政协第五届滁州市委员会第三次会议议程(草案)") in found
    assert not any(key.startswith("审议") for _, key in found)
    # near miss: a verb inside a listed title stays (……党组中心组理论学习制度(草案))
    found = documents_of("本报滁州讯 3月5日,市政协召开党组会议,审议了《工作要点》、市政协党组中心组理论学习制度(草案)。")
    assert ("REVIEWED", "市政协党组中心组理论学习制度(草案)") in found


def test_a_committee_printed_bare_after_a_title_of_another_政协_is_that_政协s():
    # p3703 (浦东): 上海市政协常委、港澳台侨委员会主任姚海 — not the committee of 浦东新区政协
    found = roles_in("在上海市政协常委、港澳台侨委员会主任姚海和浦东新区政协主席姬兆亮共同为工作室揭牌后,委员代表发言。",
                     "浦东", "浦东新区政协")
    assert ("主任", "上海市政协港澳台侨委员会") in found["姚海"]
    # near miss: printed bare with no title before it, it is the carried 政协's
    assert roles_in("经济委员会主任周伯华出席。", "浦东", "浦东新区政协")["周伯华"] == [("主任", "浦东新区政协经济委员会")]


def test_the_last_name_of_a_titled_list_after_和_or_及():
    # p3703 (崇左): ……韦懿格及黄正华等在主席台前排就座
    found = roles_in("市政协副主席潘秋琳、韦懿格及黄正华等出席。", "崇左", "崇左市政协")
    assert found["黄正华"] == [("副主席", "崇左市政协")]
    assert roles_in("市政协副主席潘秋琳、韦懿格和黄正华出席。", "崇左", "崇左市政协")["黄正华"] == [("副主席", "崇左市政协")]
    # near miss: 和 before another title joins two persons, each with a title of its own; and a
    # clause holding a title and a name is no unit's name (……潘秋琳和县委|书记 was 崇左市政协主席潘秋琳和县委)
    found = roles_in("市政协主席潘秋琳和县委书记黄正华出席。", "崇左", "崇左市政协")
    assert found["潘秋琳"] == [("主席", "崇左市政协")] and found["黄正华"] == []
    assert roles_in("市政协提案委主任谢漓出席。", "桂林", "桂林市政协")["谢漓"] == [("主任", "桂林市政协提案委")]


def test_a_military_subdistrict_and_its_deputy_commissar():
    # p3703 (崇左): 崇左军分区副政委叶远平
    found = roles_in("市人民检察院检察长黄继平,崇左军分区副政委叶远平等在主席台就座。", "崇左", "崇左市政协")
    assert found["叶远平"] == [("副政委", "崇左军分区")]
    # near miss: 分区 alone ends no unit's name
    assert roles_in("开发区分区主任张三出席。", "崇左", "崇左市政协").get("张三") == []


def test_a_byline_after_a_dateline_and_a_dash_in_black_brackets():
    # p3705 (鹤壁): 【鹤壁新闻网讯-鹤壁日报社首席记者 渠稳/文 赵永强/图】
    article = articles("政协第十二届鹤壁市委员会第三次会议闭幕\n\n【鹤壁新闻网讯-鹤壁日报社首席记者 渠稳/文 赵永强/图】"
                       "2月20日下午,政协第十二届鹤壁市委员会第三次会议圆满完成各项议程后闭幕。")[0]
    assert article.reporters == ["渠稳", "赵永强"] and article.reporter_unit["渠稳"] == "鹤壁日报社"
    assert article.reporter_title["渠稳"] == "首席记者"
    # near miss: a dash in a lead is no byline
    article = articles("会议闭幕\n\n本报讯 2月20日下午,会议闭幕——全体委员起立鼓掌。")[0]
    assert article.reporters == []


def test_a_democratic_partys_committee_of_a_place():
    # p3701 (钦州): 市政协副主席、民盟钦州市委主委陆崇友 — not 钦州市委, the CPC's
    assert orgs("市政协副主席、民盟钦州市委主委陆崇友陪同。") == ["民盟钦州市委"]  # (no place for 市政协 here)
    found = roles_in("全国政协常委、自治区政协常委、民盟广西区委主委、广西社会主义学院院长刘慕仁陪同。", "钦州", "钦州市政协")
    assert ("主委", "民盟广西区委") in found["刘慕仁"]
    assert roles_in("农工党江西省委会副主委李四出席。", "南昌", "江西省政协")["李四"] == [("副主委", "农工党江西省委会")]
    # near miss: a party's members in a place name no committee (民盟盟员), and 市委 alone is the CPC's
    assert orgs("民盟盟员张三出席。") == []
    assert roles_in("钦州市委书记张三出席。", "钦州", "钦州市政协")["张三"] == [("书记", "钦州市委")]


def test_rare_surnames_found_on_real_pages():
    # p3701 (上海): 秘书长贝晓曦及市政协常委在主席台就座
    assert roles_in("市政协主席董云虎,副主席方惠萍,秘书长贝晓曦及市政协常委在主席台就座。", "上海", "上海市政协")["贝晓曦"] == [
        ("秘书长", "上海市政协")]
    # near miss: a word that opens with no surname after a title is no name
    assert "贝壳" not in str(roles_in("秘书长介绍了贝壳工艺品产业。", "上海", "上海市政协"))


def test_a_name_ends_before_the_address_the_person_gave():
    # p3803 (上海): 市政协副主席姜樑致欢迎词 read 姜樑致
    assert roles_in("市政协副主席姜樑致欢迎词,黄鸣出席。", "上海", "上海市政协")["姜樑"] == [("副主席", "上海市政协")]
    # near miss: 致 inside a given name
    assert "李致远" in roles_in("市政协副主席李致远出席。", "上海", "上海市政协")


def test_an_outlets_dateline_with_its_place_after_the_day():
    # p3601: 江西网络广播电视台1月26日南昌讯(记者良保)
    article = articles("政协江西省十一届三次会议开幕\n\n江西网络广播电视台1月26日南昌讯(记者良保)中国人民政治协商会议"
                       "江西省第十一届委员会第三次会议26日上午9时在南昌开幕。")[0]
    assert article.reporters == ["良保"] and article.reporter_unit["良保"] == "江西网络广播电视台"
    assert article.date == "--01-26"
    # near miss: a lead that opens with a day and a place is no dateline
    article = articles("会议开幕\n\n1月26日南昌讯息产业座谈会召开,省政协副主席张三出席。")[0]
    assert article.reporters == []


def test_a_named_draft_with_草案_unbracketed():
    # p3501 (荆门): 审议了关于召开市政协九届三次会议的决定草案,……大会执行主席及各次大会主持人名单草案、秘书长和副秘书长名单草案
    found = documents_of("本报荆门讯 12月24日,市政协主席周友坤主持召开市政协九届二十五次主席会议。\n\n"
                         "会议审议了关于召开市政协九届三次会议的决定草案,审议了市政协九届三次会议大会执行主席及各次大会主持人"
                         "名单草案、秘书长和副秘书长名单草案。")
    assert ("REVIEWED", "关于召开市政协九届三次会议的决定草案") in found
    assert ("REVIEWED", "市政协九届三次会议大会执行主席及各次大会主持人名单草案") in found
    # near miss: a follow-on item that is no name on its own is no document
    assert not any(key == "秘书长和副秘书长名单草案" for _, key in found)


def test_a_closing_byline_names_reporters_of_the_datelines_outlet():
    # p3501 (闽清): 闽清新闻网讯 …… (记者 俞方玲 黄腾飞)
    article = articles("县政协召开常委会议\n\n闽清新闻网讯 12月15日下午,县政协常委会议召开。会议审议通过了工作报告。"
                       "(记者 俞方玲 黄腾飞)")[0]
    assert article.reporter_unit == {"俞方玲": "闽清新闻网", "黄腾飞": "闽清新闻网"}
    # near miss: the paper itself (本报讯) is no outlet a role row names
    article = articles("县政协召开常委会议\n\n本报讯 12月15日下午,县政协常委会议召开。会议审议通过了工作报告。(记者 俞方玲)")[0]
    assert article.reporters == ["俞方玲"] and article.reporter_unit == {}


def test_a_regions_head_is_of_its_government():
    # p3504 (广西): 自治区副主席马飚应邀到会通报了……
    assert roles_in("自治区副主席马飚应邀到会通报了广西县域经济发展情况。", "南宁", "广西壮族自治区政协")["马飚"] == [
        ("副主席", "广西壮族自治区政府")]
    assert roles_in("内蒙古自治区副主席李四出席。", "南宁", "广西壮族自治区政协")["李四"] == [("副主席", "内蒙古自治区政府")]
    # near miss: the region's 政协 printed between is the 政协's
    assert roles_in("自治区政协副主席张三出席。", "南宁", "广西壮族自治区政协")["张三"] == [("副主席", "广西壮族自治区政协")]


def test_a_byline_after_captions_with_no_credit_is_the_leads():
    # p3503 (金华): two captions above the lead, then (记者 张林鹏 于瑶瑶)在圆满完成各项议程后,……
    article = articles("金华市政协六届五次会议胜利闭幕\n\n市政协主席郑金平发表讲话。\n\n会议现场。\n\n"
                       "(记者 张林鹏 于瑶瑶)在圆满完成各项议程后,今天下午,政协第六届金华市委员会第五次会议胜利闭幕。")[0]
    assert article.reporters == ["张林鹏", "于瑶瑶"]
    # near miss: after a paragraph of the report, a bracketed name is no lead's byline
    article = articles("金华市政协六届五次会议胜利闭幕\n\n本报讯 3月5日下午,政协第六届金华市委员会第五次会议胜利闭幕,"
                       "会议审议通过了各项决议。\n\n(张林鹏)在会上作了发言。")[0]
    assert article.reporters == []


def test_lists_after_包括_and_with_a_four_character_name_a_surname_opens():
    # p604 (珠海, printed in Traditional): 澳区政协委员共十五名,包括梁健殷、韩子天、……
    assert set(roles_in("澳区政协委员共十五名,包括梁健殷、韩子天、何武全、袁顺意、陈斌。", "珠海", "珠海市政协")) == {
        "梁健殷", "韩子天", "何武全", "袁顺意", "陈斌"}
    # p804 (凉山): ……廖磊、阿刘时布、胡强强…… — one Yi name no longer drops the whole list
    found = roles_in("市委、市政府领导有彭琳、张彤、赖淑芳、廖磊、阿刘时布、胡强强、梁杰鸿。", "凉山", "凉山州政协")
    assert {"阿刘时布", "胡强强", "梁杰鸿"} <= set(found)
    # near miss: 包括 before a list of fields names no one
    assert roles_in("协商议题包括经济、文化、教育、民生等领域。", "珠海", "珠海市政协") == {}


def test_lists_after_为_and_with_long_transliterated_names():
    # p104 (抚顺): 本次大会的执行主席为刘国强、王振东、…… — persons, no role (a session function)
    found = roles_in("本次大会的执行主席为刘国强、王振东、董树兴、刘诗、吴家兴,秘书长为姚伟强。", "抚顺", "抚顺市政协")
    assert {"刘国强", "王振东", "吴家兴"} <= set(found) and not found["刘国强"]
    # p2302 (锡林郭勒): 市领导牛俊雁、斯琴毕力格、祁毕西勒图、…… — five characters that transliterate
    found = roles_in("市领导牛俊雁、斯琴毕力格、祁毕西勒图、于新芳、冯超等到会祝贺。", "锡林郭勒", "锡林郭勒盟政协")
    assert {"斯琴毕力格", "祁毕西勒图", "于新芳"} <= set(found)
    # near miss: a five-character item that does not transliterate is no name
    assert roles_in("市领导牛俊雁、经济开发区、于新芳、冯超等到会祝贺。", "锡林郭勒", "锡林郭勒盟政协").get("经济开发区") is None


def test_a_member_named_before_the_title_then_在发言():
    # p2403 (青海): 乌仁塔娜委员在发言中说……;张然委员在发言中说……
    found = roles_in("王昆委员代表农工党青海省委发言;乌仁塔娜委员在发言中说,目标完全有能力实现;"
                     "张然委员在发言中说,携手共谱青港合作新篇章。", "西宁", "青海省政协")
    assert found["乌仁塔娜"] == [("委员", "青海省政协")] and found["张然"] == [("委员", "青海省政协")]
    # near miss: members as a whole name no one
    assert roles_in("会上,全省各级政协委员在发言中说,要建言献策。", "西宁", "青海省政协") == {}
