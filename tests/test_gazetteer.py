import pytest

from kg.extract.gazetteer import Gazetteer, _parse, load_gazetteer
from kg.errors import LexiconError


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def names(found):
    return [d.name for d in found]


def test_short_and_full_forms(gazetteer):
    assert names(gazetteer.find("张掖")) == names(gazetteer.find("张掖市")) == ["张掖市"]
    [gaotai] = gazetteer.find("高台")
    assert (gaotai.name, gaotai.level, gaotai.prefecture, gaotai.province) == ("高台县", "县", "张掖市", "甘肃省")


def test_autonomous_divisions_by_their_news_forms(gazetteer):
    assert names(gazetteer.find("临夏州")) == ["临夏回族自治州"]
    assert names(gazetteer.find("肃南县")) == ["肃南裕固族自治县"]
    assert names(gazetteer.find("伊犁州")) == ["伊犁哈萨克自治州"]
    assert names(gazetteer.find("广西")) == ["广西壮族自治区"]


def test_one_character_stems_only_by_full_name(gazetteer):
    assert names(gazetteer.find("环县")) == ["环县"]
    assert gazetteer.find("环") == [] and gazetteer.find("康") == []
    assert gazetteer.find("政协") == []


def test_districts_and_municipalities(gazetteer):
    [xigu] = gazetteer.find("西固")
    assert (xigu.prefecture, xigu.province) == ("兰州市", "甘肃省")
    [beijing] = gazetteer.find("北京")
    assert beijing.level == "省"


def test_ambiguous_short_forms_return_all(gazetteer):
    tongzhou = gazetteer.find("通州")
    assert {d.province for d in tongzhou} >= {"北京市", "江苏省"}
    assert gazetteer.province_of("通州") is None
    assert gazetteer.province_of("张掖") == "甘肃省"


def test_longest_prefix(gazetteer):
    division, form = gazetteer.longest_prefix("嘉峪关市政协主席王毅")
    assert (division.name, form) == ("嘉峪关市", "嘉峪关市")


def test_a_bad_row_is_quoted():
    header = "\t".join(("code", "name", "short", "level", "province", "prefecture", "aliases"))
    with pytest.raises(LexiconError, match="bad row '1\\\\t张掖市"):
        _parse(header + "\n1\t张掖市\t张掖\t地级\t甘肃省\t\t\n")


def test_current_divisions_replace_abolished_ones(gazetteer):
    # 郫县 became 郫都区 (2016), 那曲地区 the city 那曲市 (2017), 莱芜市 joined 济南 (2019).
    assert names(gazetteer.find("郫都")) == ["郫都区"] and gazetteer.find("郫县") == []
    [naqu] = gazetteer.find("那曲")
    assert (naqu.name, naqu.level) == ("那曲市", "市")
    # 莱芜市 as older pages print it is found, as the district it is today (by code)
    [laiwu] = gazetteer.find("莱芜市")
    assert (laiwu.code, laiwu.prefecture) == (gazetteer.find("莱芜")[0].code, "济南市")
    assert names(gazetteer.find("莱芜")) == ["莱芜区"]
    assert gazetteer.province_of("钢城") == "山东省"


def test_every_chongqing_district_is_there(gazetteer):
    # 渝北区 and 江北区 are missing from the source table and added back by the generator.
    [yubei] = gazetteer.find("渝北")
    assert (yubei.code, yubei.province, yubei.prefecture) == ("500112000000", "重庆市", "")
    assert {d.province for d in gazetteer.find("江北")} == {"重庆市", "浙江省"}
    assert len(gazetteer) == 3211  # 34 provincial, 333 prefecture-level, 2,844 county-level


def test_banners_and_mining_districts_keep_forms_that_name_them(gazetteer):
    assert names(gazetteer.find("土默特左旗")) == ["土默特左旗"] and gazetteer.find("土默特左") == []
    assert names(gazetteer.find("峰峰")) == ["峰峰矿区"]
    assert names(gazetteer.find("井陉矿区")) == ["井陉矿区"]  # not 井陉, which is 井陉县
    assert names(gazetteer.find("井陉")) == ["井陉县"]


HEADER = "\t".join(("code", "name", "short", "level", "province", "prefecture", "aliases"))


@pytest.mark.parametrize("rows, problem", [
    ("620000000000\t甘肃省\t甘肃\t省\t甘肃省\t\t\n620700000000\t张掖市\t张掖\t市\t甘肃省\t\t\n"
     "620700000000\t张掖市\t张掖\t市\t甘肃省\t\t\n", "the code repeats line 3"),
    ("620000000000\t甘肃省\t甘肃\t省\t甘肃省\t\t\n620722000000\t民乐县\t民乐\t县\t甘肃省\t张掖市\t\n",
     "its prefecture '张掖市' is no 市 row"),
    ("620000000000\t甘肃省\t甘肃\t省\t甘肃省\t\t\n620721000000\t环县\t环\t县\t甘肃省\t\t\n",
     "a form of one character"),
])
def test_a_row_the_loader_refuses_names_its_line_and_problem(rows, problem):
    with pytest.raises(LexiconError, match=problem) as raised:
        _parse(HEADER + "\n" + rows)
    assert "gazetteer.tsv:" in str(raised.value)


def test_a_file_without_its_header_is_refused():
    with pytest.raises(LexiconError, match="no header row"):
        _parse("# only a comment\n")
