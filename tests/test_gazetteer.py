import pytest

from extract.gazetteer import Gazetteer, _parse, load_gazetteer
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
