import pytest

from kg.extract.pages import find_pages, read_page, split_articles
from kg.extract.records import Page
from kg.errors import PageError


def page(text: str, name: str = "p") -> Page:
    return Page(source=name, path=f"{name}.txt", text=text)


def test_seed_page_splits_into_its_articles(seeds):
    articles = split_articles(read_page(seeds / "004_0c3dde0c12c01184.txt"))
    titles = [a.title for a in articles]
    assert "嘉峪关市政协十届九次主席会议召开" in titles
    assert "(接一版)" in titles
    jiayuguan = articles[titles.index("嘉峪关市政协十届九次主席会议召开")]
    assert jiayuguan.subtitle == "把学习成效转化为奋进新征程建功新时代的履职实践"
    assert (jiayuguan.place, jiayuguan.date, jiayuguan.reporters) == ("嘉峪关", "--09-16", ["苏天泰"])
    assert jiayuguan.id == "004_0c3dde0c12c01184#2"


def test_kicker_and_marked_headline():
    text = "西固区政协\n\n## 召开党组会议暨主席(扩大)会议\n\n本报西固讯(通讯员曾立玺 李鸿欣)5月6日,西固区政协党组书记、主席张君明主持召开区政协党组会议。\n"
    [article] = split_articles(page(text))
    assert (article.kicker, article.title) == ("西固区政协", "召开党组会议暨主席(扩大)会议")
    assert article.reporters == ["曾立玺", "李鸿欣"]
    assert article.reporter_role == {"曾立玺": "通讯员", "李鸿欣": "通讯员"}


def test_byline_forms():
    text = ("## 漳县政协高标准创建委员联络工作室\n\n通讯员 王国平\n\n今年以来,漳县政协高标准创建政协委员联络工作室。\n\n"
            "## 临夏州政协开展委员界别活动\n\n5月6日,临夏州政协组织部分政协委员开展委员界别活动。\n\n通讯员 赵晶 摄影报道\n\n"
            "## 两当县政协召开轮训会\n\n本报两当县(通讯员罗 琼)9月19日,两 当县政协召开轮训会。\n\n"
            "## 培训班开班\n\n本报张掖讯 5月8日,培训班开班。要确保培训有序进行。(陈兰)\n")
    articles = split_articles(page(text))
    assert [a.reporters for a in articles] == [["王国平"], ["赵晶"], ["罗琼"], ["陈兰"]]
    assert articles[1].reporter_role["赵晶"] == "通讯员"  # the title printed, though the credit is 摄影报道
    assert articles[2].place == "两当县"
    assert articles[3].paragraphs[-1].endswith("要确保培训有序进行。")


def test_bracket_at_paragraph_end_that_is_not_a_name_stays():
    text = "## 会议\n\n本报高台讯 5月5日,会议学习了《建立委员联系界别群众制度机制的意见(试行)》\n"
    [article] = split_articles(page(text))
    assert article.reporters == []


def test_date_range_takes_its_first_day_and_year_when_given():
    text = "## 环县政协开展对口协商\n\n本报环县讯 5月4日至5日,环县政协组织部分政协委员开展对口协商活动。\n"
    [article] = split_articles(page(text), year=2023)
    assert (article.place, article.date) == ("环县", "2023-05-04")


def test_unreadable_pages_name_the_file_and_the_reason(tmp_path):
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "folder.txt").mkdir()
    for name, reason in [("binary.txt", "binary data"), ("empty.txt", "is empty"), ("folder.txt", "is a folder"),
                         ("missing.txt", "cannot be read")]:
        with pytest.raises(PageError) as caught:
            read_page(tmp_path / name)
        assert str(caught.value).startswith(str(tmp_path / name)) and reason in str(caught.value)


def test_folders_are_searched_for_pages(tmp_path):
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text("x", encoding="utf-8")
    (tmp_path / "c.pdf").write_text("x", encoding="utf-8")
    assert [p.name for p in find_pages([tmp_path])] == ["a.txt", "b.md"]


def test_photo_credit_without_a_title():
    text = "## 天水市政协视察城市更新\n\n本报天水讯 4月11日,天水市政协组织委员开展视察。\n\n郑晓东 摄\n"
    [article] = split_articles(page(text))
    assert article.reporter_role == {"郑晓东": "摄影"}


def test_a_short_line_ending_in_摄_that_is_no_credit_stays_a_headline():
    text = "## 委员风采 镜头里的履职\n\n本报天水讯 4月11日,天水市政协组织委员开展视察。\n\n## 影像中的协商 张 摄\n\n正文。\n"
    articles = split_articles(page(text))
    assert all(not a.reporters for a in articles)


def test_a_byline_that_names_the_reporters_outlet():
    text = ("## 全国政协召开提案办理协商会\n\n新华社北京7月9日电(记者 朱晓航 拜一鸣)全国政协7月9日在京召开协商会。\n\n"
            "## 昌吉州政协开展专题视察\n\n本报昌吉讯(通讯员 马秀兰 昌吉日报记者 古丽娜尔)7月3日,州政协开展专题视察。\n\n"
            "## 张掖市政协召开会议\n\n本报张掖讯(记者 王明)9月16日,市政协召开会议。\n")
    xinhua, changji, zhangye = split_articles(page(text))
    assert xinhua.reporter_unit == {"朱晓航": "新华社", "拜一鸣": "新华社"}
    assert (changji.reporters, changji.reporter_unit) == (["马秀兰", "古丽娜尔"], {"古丽娜尔": "昌吉日报"})
    assert zhangye.reporter_unit == {}  # near miss: 本报 names no other outlet


def test_a_closing_byline_with_an_outlet_and_a_photo_credit_after_a_caption():
    text = ("## 青岛市政协召开协商会\n\n本报青岛讯 10月9日,市政协召开专题协商会。\n\n"
            "(大众日报记者 王晓燕 通讯员 于志刚)\n\n图为专题协商会现场。 本报记者 刘子涵 摄\n")
    [article] = split_articles(page(text))
    assert article.reporters == ["王晓燕", "于志刚", "刘子涵"]
    assert article.reporter_role == {"王晓燕": "记者", "于志刚": "通讯员", "刘子涵": "摄影"}
    assert article.reporter_unit == {"王晓燕": "大众日报"}
    assert article.paragraphs[-1] == "图为专题协商会现场。"


def test_bylines_with_two_titles_on_their_own_line_or_closing_an_article():
    text = ("## 委员工作室里议出加装电梯加速度\n\n本报记者 唐欣怡 通讯员 耿少华\n\n"
            "“以前上下楼得歇三回。”7月中旬,在北京市朝阳区望京街道花家地西里社区。\n\n"
            "## 徐汇区政协举办培训班\n\n本报徐汇讯 7月5日,培训班举办。全体区政协委员参加培训。(通讯员 范雯)\n\n"
            "## 贵阳市政协召开协商会\n\n本报贵阳讯(记者 吴通平 通讯员 杨昌芬)5月14日,协商会召开。\n")
    chaoyang, xuhui, guiyang = split_articles(page(text))
    assert chaoyang.reporter_role == {"唐欣怡": "记者", "耿少华": "通讯员"}
    assert chaoyang.paragraphs[0].startswith("“以前上下楼")  # not joined to the byline
    assert (xuhui.reporters, xuhui.paragraphs[-1]) == (["范雯"], "本报徐汇讯7月5日,培训班举办。全体区政协委员参加培训。")
    assert guiyang.reporters == ["吴通平", "杨昌芬"]  # 通 inside a name is no title
