"""Each extraction rule on a real sentence of the genre, and a near miss it must not fire on."""
from __future__ import annotations

from kg.extract.meetings import find_documents, find_meeting, handles_documents
from kg.extract.names import name_at, split_byline
from kg.extract.orgs import find_orgs
from kg.extract.places import context_for
from kg.extract.persons import find_persons

ZHANGYE = context_for(["张掖"])
GAOTAI = context_for(["高台"])


def orgs(text, context=ZHANGYE):
    return [m.name for m in find_orgs(text, context)]


def persons(text, context=ZHANGYE):
    return [(p.name, p.roles) for p in find_persons(text, find_orgs(text, context))]


# Organizations

def test_relative_names_take_the_dateline_place():
    assert orgs("周均发主持召开市政协党组理论学习中心组(扩大)会议") == ["张掖市政协"]
    assert orgs("向钧主持召开县政协十届十八次主席会议", GAOTAI) == ["高台县政协"]
    assert orgs("学习了省政协出台的《意见》", GAOTAI) == ["甘肃省政协"]


def test_a_county_article_reads_市政协_as_its_prefecture():
    assert orgs("市政协领导到高台调研", GAOTAI) == ["张掖市政协"]


def test_committee_form_and_autonomous_prefecture():
    assert orgs("审议通过了《政协嘉峪关市委员会关于联系界别委员的暂行办法》") == ["嘉峪关市政协"]
    assert orgs("临夏州政协组织民族宗教界委员开展活动") == ["临夏州政协"]


def test_office_of_a_body_is_its_own_organization():
    assert orgs("市政协办公厅主任李强") == ["张掖市政协办公厅"]


def test_near_misses_are_no_organizations():
    assert orgs("常委会会议听取了汇报,委员们发言踊跃") == []
    assert orgs("社区工作者和城区居民参加") == []
    assert orgs("两地人大代表参加", context_for([])) == []


# Persons and roles

def test_title_before_name():
    assert persons("张掖市政协主席周均发主持召开会议") == [("周均发", [("主席", "张掖市政协")])]


def test_compound_titles_in_two_bodies():
    text = "传达学习了省委书记、省人大常委会主任尹弘在省委人大工作会议上的讲话精神"
    assert persons(text) == [("尹弘", [("书记", "甘肃省委"), ("主任", "甘肃省人大常委会")])]


def test_a_list_of_names_after_one_title():
    assert persons("市政协副主席王立新、刘红梅,秘书长陈志刚出席会议") == [
        ("王立新", [("副主席", "张掖市政协")]), ("刘红梅", [("副主席", "张掖市政协")]),
        ("陈志刚", [("秘书长", "张掖市政协")])]


def test_deputy_chair_and_secretary_general_of_the_national_committee():
    assert persons("全国政协副主席兼秘书长王东峰出席") == [
        ("王东峰", [("副主席", "全国政协"), ("秘书长", "全国政协")])]


def test_name_before_a_title_that_names_its_body():
    assert persons("会议集中学习了习近平总书记在主题教育工作会议上的重要讲话精神") == [
        ("习近平", [("总书记", "中共中央")])]


def test_descriptor_gives_a_person_without_a_role():
    assert persons("社区党员代表张巧娣建议:") == [("张巧娣", [])]


def test_near_misses_are_no_persons():
    assert persons("学习《习近平谈治国理政》第四卷,召开主席会议,常委会委员认真学习") == []
    assert persons("形成了由主席负总责、副主席牵头负责的工作格局") == []


def test_name_ends_where_a_follower_word_starts():
    assert name_at("王毅主持召开市政协十届九次主席会议") == "王毅"
    assert name_at("马贞如说。") == "马贞如"
    assert name_at("李明说:") == "李明"
    assert name_at("主席会议") == ""


def test_byline_names_split_and_rejoined():
    assert split_byline("曾立玺 李鸿欣") == ["曾立玺", "李鸿欣"]
    assert split_byline("罗 琼") == ["罗琼"]
    assert split_byline("试行") == []


# Meetings

def meeting(text, context=ZHANGYE):
    found_orgs = find_orgs(text, context)
    return find_meeting(text, found_orgs, find_persons(text, found_orgs), "张掖市政协")


def test_chair_sentence_gives_the_meeting_its_body_kind_and_session():
    found = meeting("西固区政协党组书记、主席张君明主持召开区政协党组会议暨十届十八次主席(扩大)会议。",
                    context_for(["西固"]))
    assert (found.org, found.kind, found.session, found.chairs) == ("西固区政协", "党组会议", "十届十八次", ["张君明"])
    assert found.name == "党组会议暨十届十八次主席(扩大)会议"


def test_meeting_held_without_a_named_chair():
    found = meeting("5月6日,肃南县委党组理论学习中心组(扩大)会议。", context_for(["肃南"]))
    assert (found.org, found.kind, found.chairs) == ("肃南裕固族自治县委", "理论学习中心组", [])


def test_activity_organized_by_a_body():
    found = meeting("5月4日,民乐县政协组织部分政协委员就“优化营商环境”情况开展专题调研。", context_for(["民乐"]))
    assert (found.org, found.kind, found.name) == ("民乐县政协", "调研", "专题调研")


def test_no_meeting_in_an_exhortation():
    assert meeting("要主动邀请政协委员参与协商活动,听取意见建议。") is None


# Documents

def docs(text):
    return [(d.title, d.action, d.issuer) for d in find_documents(text, find_orgs(text, GAOTAI))]


def test_volume_after_the_title_belongs_to_it():
    assert docs("学习了《习近平谈治国理政》第四卷部分内容") == [("习近平谈治国理政第四卷", "STUDIED", "")]


def test_each_title_takes_the_nearest_verb_before_it():
    text = ("会议传达学习了市委、市政府《实施意见》的通知精神,研究部署了贯彻落实工作,"
            "审议通过了《暂行办法》《调研报告》,讨论研究了《筹备方案》等事项")
    assert docs(text) == [("实施意见", "CONVEYED", ""), ("暂行办法", "ADOPTED", ""), ("调研报告", "ADOPTED", ""),
                          ("筹备方案", "REVIEWED", "")]


def test_a_verb_inside_a_title_does_not_count():
    assert docs("审议通过了《赴外考察学习“美丽乡村建设”工作方案的报告》")[0][1] == "ADOPTED"


def test_issuer_and_named_draft():
    assert docs("学习了省政协出台的《建立委员联系界别群众制度机制的意见(试行)》") == [
        ("建立委员联系界别群众制度机制的意见(试行)", "STUDIED", "甘肃省政协")]
    assert docs("会议审议了县政协十届三次常委会会议议程(草案)。") == [
        ("县政协十届三次常委会会议议程(草案)", "REVIEWED", "")]


def test_exhortations_do_not_handle_documents():
    assert not handles_documents("会议指出,全市政协系统要把学习《习近平谈治国理政》第四卷作为重大政治任务", False)
    assert handles_documents("会议专题学习了《习近平谈治国理政》第四卷部分内容", False)


def test_byline_with_spaces_inside_names():
    assert split_byline("曾 立玺 李鸿欣") == ["曾立玺", "李鸿欣"]
    assert split_byline("南章林 陈 雪梅") == ["南章林", "陈雪梅"]
    assert split_byline("刘伟 周 军林") == ["刘伟", "周军林"]
    assert split_byline("马 志 明") == ["马志明"]


def test_quoted_speaker_after_the_closing_quote():
    assert persons("“加装电梯是我们老年人最盼望的事。”王桂兰说。") == [("王桂兰", [])]
    assert persons("“这件事要办好。”会议说。") == []  # near miss: no person's name


def test_attendance_words_after_named_persons():
    from kg.extract.pipeline import attendance

    text = "市政协副主席孙建国、马丽华,秘书长韩志勇出席会议。"
    assert attendance(text, find_persons(text, find_orgs(text, ZHANGYE))) == [
        ("孙建国", "出席"), ("马丽华", "出席"), ("韩志勇", "出席")]
    text = "会议集中学习了习近平总书记近期重要讲话精神,习近平总书记出席上海合作组织峰会时的重要讲话。"
    assert attendance(text, find_persons(text, find_orgs(text, ZHANGYE))) == []  # near miss


def test_a_city_whose_name_ends_in_城_is_still_a_place():
    assert orgs("运城市政协主席曹礼主持召开市政协七届七次常委会会议", context_for(["运城"])) == ["运城市政协", "运城市政协"]
    assert orgs("推动城市政协工作创新发展") == []  # near miss: 城市 is the word "city" here


def test_a_trailing_byline_with_two_names():
    from kg.extract.pages import split_articles
    from kg.extract.records import Page

    text = "## 会议召开\n\n本报运城讯 11月17日,运城市政协召开会议。会议强调,要转化为履职实效。(叶琳文 余长)\n"
    [article] = split_articles(Page("p", "p.txt", text))
    assert article.reporters == ["叶琳文", "余长"]


# Names whose end no follower word tells

XIANGTAN = context_for(["湘潭市"])
GUSU = context_for(["姑苏"])


def test_a_name_jieba_tags_ends_where_its_word_ends():
    assert persons("全国政协常委钱立群,委员梁宏伟、薛红梅在全国政协机关主会场发言,委员葛晓岚通过视频连线发言",
                   context_for([])) == [
        ("钱立群", [("常委", "全国政协")]), ("梁宏伟", [("委员", "全国政协")]),
        ("薛红梅", [("委员", "全国政协")]), ("葛晓岚", [("委员", "全国政协")])]
    assert persons("县政协副主席师建军、马晓红分别作交流发言", context_for(["靖远"])) == [
        ("师建军", [("副主席", "靖远县政协")]), ("马晓红", [("副主席", "靖远县政协")])]
    assert persons("居民顾秀英一开口,就说出了不少人的心里话", GUSU) == [("顾秀英", [])]
    # near misses: jieba tags no name in 和|专家, and 居民|陆 holds a common noun
    assert persons("区政协委员和专家围绕停车难题建言", GUSU) == []
    assert name_at("居民陆永福接过话头") == ""


def test_a_common_word_after_an_anchor_is_no_name():
    assert persons("社区将把协商结果向全体居民公示,再逐项推进落实", GUSU) == []
    assert persons("通过专题座谈、委员宣讲、网络议政等方式凝聚共识") == []
    assert persons("组织委员开展宣讲和调研,及时反映群众关切。") == []
    assert name_at("高峰主持会议") == "高峰"  # a name jieba's dictionary knows as one stays


def test_a_name_the_article_gives_elsewhere_tells_where_it_ends():
    text = "会上,市政协常委闫红英、齐国庆曾多次就新材料产业发展建言。"
    jinchang = context_for(["金昌"])
    found = find_orgs(text, jinchang)
    assert [p.name for p in find_persons(text, found)] == ["闫红英"]
    assert [(p.name, p.roles) for p in find_persons(text, found, frozenset({"齐国庆"}))] == [
        ("闫红英", [("常委", "金昌市政协")]), ("齐国庆", [("常委", "金昌市政协")])]
    # near miss: a known name away from any anchor is not taken
    assert find_persons("齐国庆聚焦新材料产业发展作了发言", [], frozenset({"齐国庆"})) == []


def test_a_bare_member_title_belongs_to_the_政协_named_before_it_only():
    assert persons("县委书记金国庆出席会议,委员葛晓岚通过视频连线发言", context_for(["德清"])) == [
        ("金国庆", [("书记", "德清县委")]), ("葛晓岚", [])]


def test_lesser_known_surnames_of_the_northwest():
    assert split_byline("雒文斌") == ["雒文斌"]
    assert split_byline("柴玉峰 达瑞琴") == ["柴玉峰", "达瑞琴"]


# Organizations beyond the 政协 and party committees

def test_ministries_and_commissions_of_the_state_council():
    assert persons("国家卫生健康委副主任严海波介绍有关情况", context_for([])) == [
        ("严海波", [("副主任", "国家卫生健康委")])]
    assert orgs("国家卫生健康委员会、国家发改委和教育部联合印发") == ["国家卫生健康委", "国家发展改革委", "教育部"]
    assert orgs("教育部门和民政部门要加强协作") == []  # near miss: 部门 is "departments"


def test_township_and_street_bodies():
    assert persons("双塔街道党工委副书记范晓峰表示,街道将推广枫杨社区的做法", GUSU) == [
        ("范晓峰", [("副书记", "双塔街道党工委")])]
    assert orgs("苏州市姑苏区双塔街道党工委", GUSU)[-1] == "姑苏区双塔街道党工委"  # the county as printed
    assert persons("在勐混镇,镇党委书记陈国栋说", context_for(["勐海"])) == [("陈国栋", [("书记", "勐混镇党委")])]
    assert persons("依汶镇镇长石永刚介绍", context_for(["沂南"])) == [("石永刚", [("镇长", "依汶镇政府")])]
    assert orgs("乡镇党委书记要带头推动城乡政府服务衔接", GUSU) == []  # near miss: no town named


def test_a_party_school_is_its_own_organization():
    assert persons("会议邀请省委党校副校长樊立新作专题辅导报告", context_for(["定西"])) == [
        ("樊立新", [("副校长", "甘肃省委党校")])]


def test_a_study_session_of_the_theory_group_is_a_meeting():
    found = meeting("9月7日,湘潭市政协党组理论学习中心组开展专题学习。", XIANGTAN)
    assert (found.org, found.kind, found.name) == ("湘潭市政协", "理论学习中心组", "党组理论学习中心组专题学习")
    assert meeting("会议要求,各专委会要把专题学习与调研结合起来。", XIANGTAN) is None  # near miss


def test_an_article_without_a_dateline_takes_the_innermost_place_of_its_subtitle():
    from kg.extract.pipeline import extract_page
    from kg.extract.records import Page

    text = ("## 小区停车难 议事桌上找答案\n\n-苏州市姑苏区双塔街道枫杨社区协商议事记\n\n"
            "9月9日晚,枫杨社区的会议室里座无虚席。区政协委员蒋文涛建议试行错时共享停车。\n")
    [(article, triples)] = list(extract_page(Page("p", "p.txt", text)))
    roles = {(t.subject.key, t.props()["role"], t.object.key) for t in triples if t.predicate == "HOLDS_ROLE"}
    assert roles == {("蒋文涛", "委员", "姑苏区政协")}


# Held-out pages from other provinces: names, bodies and meetings they print

def persons_here(text, context):
    """As ``persons``, with the government titles' bodies of the article's place."""
    from kg.extract.orgs import title_bodies

    return [(p.name, p.roles) for p in find_persons(text, find_orgs(text, context), title_bodies=title_bodies(context))]


def test_two_readings_each_before_a_follower_ask_jieba():
    assert persons("区政协主席孟庆和作动员讲话", context_for(["鹿泉"])) == [("孟庆和", [("主席", "鹿泉区政协")])]
    assert name_at("李明说:") == "李明"  # a follower word beats punctuation


def test_a_government_title_is_of_the_government_not_the_party_committee_before_it():
    assert persons_here("县委副书记冯志强、副县长韩冰出席并讲话", context_for(["馆陶"])) == [
        ("冯志强", [("副书记", "馆陶县委")]), ("韩冰", [("副县长", "馆陶县政府")])]
    assert persons_here("市委副书记、市长陆启航参加", context_for(["湖州"])) == [
        ("陆启航", [("副书记", "湖州市委"), ("市长", "湖州市政府")])]
    assert persons_here("县委书记郑广平到会讲话", context_for(["曲阳"])) == [("郑广平", [("书记", "曲阳县委")])]


def test_a_place_before_a_government_title_names_its_government():
    assert persons("昭觉县副县长沙马拉则陪同调研", context_for(["凉山"])) == [("沙马拉则", [("副县长", "昭觉县政府")])]
    assert orgs("县委副书记、县长王明", context_for(["凉山"])) == []  # near miss: no place before 县长


def test_banners_and_autonomous_regions():
    assert persons("旗政协党组成员、副主席额尔敦、马占林,秘书长苏和出席会议", context_for(["准格尔"])) == [
        ("额尔敦", [("党组成员", "准格尔旗政协"), ("副主席", "准格尔旗政协")]),
        ("马占林", [("党组成员", "准格尔旗政协"), ("副主席", "准格尔旗政协")]),
        ("苏和", [("秘书长", "准格尔旗政协")])]
    assert orgs("内蒙古自治区政协副主席巴图孟和带领部分委员", context_for([])) == ["内蒙古自治区政协"]
    assert orgs("自治区政协主席", context_for(["昌吉州"])) == ["新疆维吾尔自治区政协"]
    assert orgs("升国旗仪式在广场举行", context_for(["准格尔"])) == []  # near miss


def test_the_formal_name_with_a_term_gives_body_kind_and_session():
    found = meeting("3月18日,政协曲阳县第十届委员会常务委员会第八次会议召开。", context_for(["曲阳"]))
    assert (found.org, found.kind, found.session) == ("曲阳县政协", "常委会会议", "十届八次")
    found = meeting("3月8日,政协石家庄市委员会十四届十九次主席会议召开。", context_for(["石家庄"]))
    assert (found.org, found.kind, found.session) == ("石家庄市政协", "主席会议", "十四届十九次")


def test_bureaus_peoples_organizations_and_party_departments():
    assert persons("县政协副主席、县工商联主席邓学兵,县住建局副局长张建勇参加", context_for(["大邑"])) == [
        ("邓学兵", [("副主席", "大邑县政协"), ("主席", "大邑县工商联")]),
        ("张建勇", [("副局长", "大邑县住建局")])]
    assert persons("市委常委、统战部部长柯云峰到会讲话", context_for(["成都"])) == [
        ("柯云峰", [("常委", "成都市委"), ("部长", "成都市委统战部")])]
    assert persons("国家邮政局副局长温涛与委员互动交流", context_for([])) == [("温涛", [("副局长", "国家邮政局")])]
    # near miss: 组织部分 is "organized some", and only a party committee has a 组织部
    assert set(orgs("9月16日,永昌县政协组织部分政协委员进行专题视察", context_for(["永昌"]))) == {"永昌县政协"}


def test_universities_and_hospitals():
    assert persons("省政协委员、四川大学华西医院教授龙婷婷建议", context_for(["成都"])) == [
        ("龙婷婷", [("委员", "四川省政协"), ("教授", "四川大学华西医院")])]
    assert orgs("会议邀请兰州理工大学教授作辅导", context_for(["张掖"])) == ["兰州理工大学"]
    assert orgs("解决大学生就业和医院门口停车难") == []  # near miss


def test_names_without_a_han_surname():
    assert persons("全国政协委员宁海川、哈斯巴根在会上发言", context_for([])) == [
        ("宁海川", [("委员", "全国政协")]), ("哈斯巴根", [("委员", "全国政协")])]
    assert persons("州政协副主席阿依古丽·买买提带领视察组", context_for(["昌吉州"])) == [
        ("阿依古丽·买买提", [("副主席", "昌吉州政协")])]
    assert split_byline("乌云其其格 白峰") == ["乌云其其格", "白峰"]
    assert split_byline("曲比阿果 罗洪") == ["曲比阿果", "罗洪"]
    assert persons("全国政协委员阿拉善盟的代表发言", context_for([])) == []  # near miss: a place


def test_a_common_word_after_a_surname_character_is_no_given_name():
    assert persons("部分县政协委员和村民代表、民宿业主先后发言", context_for(["湖州"])) == []


def test_a_speaker_described_before_the_name():
    assert persons("“旺季一房难求。”余村民宿经营户潘丽君说。", context_for(["湖州"])) == [("潘丽君", [])]
    assert persons("“上下楼太难了。”社区居民欧阳桂芳说。", context_for(["大邑"])) == [("欧阳桂芳", [])]
    assert persons("“日子越过越有盼头。”火普村村民阿苏木呷说。", context_for(["凉山"])) == [("阿苏木呷", [])]
    # near misses: 座谈会上 is no name; 说明 is no speech verb
    assert persons("“要多建仓储点。”县政协委员蔡文丽在座谈会上说。", context_for(["岷县"])) == [
        ("蔡文丽", [("委员", "岷县政协")])]
    assert persons("“大走访”活动方案的起草过程作了说明。", context_for(["渝北"])) == []


def test_trainees_report_what_a_training_class_did_and_decisions_do_not():
    assert handles_documents("培训期间,学员集中学习了《中国人民政治协商会议章程》", False)
    assert not handles_documents("会议决定,3月下旬召开市政协十四届九次常委会会议,审议《意见》", False)
    found = meeting("3月14日至15日,区政协2024年度委员履职能力提升培训班举办。", context_for(["鹿泉"]))
    assert (found.org, found.kind) == ("鹿泉区政协", "培训")


# A second blind batch (Yunnan, Shandong, the northwest)

def test_a_description_between_a_persons_titles_and_name():
    assert persons("市政协委员、酒庄负责人马丽等6位委员作了发言", context_for(["银川"])) == [
        ("马丽", [("委员", "银川市政协")])]
    assert persons("市政协委员、酒庄负责人", context_for(["银川"])) == []  # near miss: no name follows


def test_a_college_is_of_its_university_and_a_level_word_takes_the_articles_place():
    assert persons("全国政协委员、宁夏大学葡萄酒与园艺学院教授孙建华作了发言", context_for(["银川"])) == [
        ("孙建华", [("委员", "全国政协"), ("教授", "宁夏大学")])]
    assert persons("州人民医院副院长、州政协委员段丽作了发言", context_for(["大理州"])) == [
        ("段丽", [("副院长", "大理州人民医院"), ("委员", "大理州政协")])]
    assert orgs("城市医院门口停车难", context_for(["大理州"])) == []  # near miss


def test_a_unit_a_place_opens_before_a_title():
    assert persons("潍坊市政协委员、寿光市蔬菜产业发展中心主任马春霞发表了意见", context_for(["寿光"])) == [
        ("马春霞", [("委员", "潍坊市政协"), ("主任", "寿光市蔬菜产业发展中心")])]
    assert persons("县林业和草原局局长李者然介绍情况", context_for(["勐海"])) == [
        ("李者然", [("局长", "勐海县林业和草原局")])]
    assert orgs("服务中心主任李强介绍情况", context_for(["勐海"])) == []  # near miss: no place opens it


def test_a_county_title_takes_the_county_its_sentence_named():
    assert persons("在广河县,副县长沙正福汇报了全县冬季供暖保障工作情况。", context_for(["临夏州"])) == [
        ("沙正福", [("副县长", "广河县政府")])]
    assert persons("县委副书记、县长王明出席", context_for(["临夏州"])) == [("王明", [])]  # near miss


def test_a_town_with_its_county_printed_before_it():
    assert orgs("州政协委员、大理市海东镇党委书记杨绍华等作了发言", context_for(["大理州"])) == [
        "大理州政协", "大理市海东镇党委"]


def test_speakers_after_a_description_jieba_runs_into_the_name():
    assert persons("“现在手机上点一点就行。”三元朱村种植户王立新告诉督办组。", context_for(["寿光"])) == [
        ("王立新", [])]


def test_a_leader_leading_an_activity_makes_it_the_bodys():
    found = meeting("10月17日,寿光市政协主席杜建平带队,对重点提案办理情况进行跟踪督办。", context_for(["寿光"]))
    assert (found.org, found.name) == ("寿光市政协", "跟踪督办")
    assert meeting("10月17日,寿光市政协主席杜建平说,要对提案办理情况进行跟踪督办。", context_for(["寿光"])) is None


def test_a_meeting_held_somewhere_and_a_study_session_reporting_its_documents():
    found = meeting("4月13日,政协大理白族自治州第十四届委员会常务委员会第五次会议在大理召开。", context_for(["大理州"]))
    assert (found.org, found.kind, found.session) == ("大理州政协", "常委会会议", "十四届五次")
    assert handles_documents("学习会集中学习了《习近平谈治国理政》第四卷有关篇目", False)
    assert handles_documents("分享会上,与会委员集中学习了《习近平著作选读》第二卷有关篇目", False)


# A third blind batch (municipalities, Guizhou and Guangxi, the northeast)

def test_new_areas_and_mining_districts_keep_their_whole_names():
    pudong = context_for(["浦东"])
    assert orgs("区政协党组书记、主席顾志宏主持会议", pudong) == ["浦东新区政协"]
    assert orgs("政协上海市浦东新区第七届委员会常务委员会第十次会议召开", pudong) == ["浦东新区政协"]
    assert orgs("政协重庆市万州区委员会召开专题协商会", context_for(["万州"])) == ["万州区政协"]


def test_市政协_in_a_municipalitys_district_is_the_municipalitys():
    assert orgs("市政协副主席蒲海琴到会指导", context_for(["万州"])) == ["重庆市政协"]
    assert orgs("区政协主席向光武主持会议", context_for(["万州"])) == ["万州区政协"]


def test_a_district_name_shared_across_china_is_read_under_its_city():
    from kg.extract.gazetteer import load_gazetteer
    from kg.extract.places import innermost_division

    gazetteer = load_gazetteer()
    beijing = gazetteer.find("北京市")[0]
    division, rest = innermost_division("北京市朝阳区望京街道", beijing, "北京市")
    assert (division.code, rest) == ("110105000000", "望京街道")
    assert gazetteer.longest_prefix("朝阳区望京街道") is None  # near miss: alone it is a guess


def test_units_keep_their_printed_names_and_a_town_may_open_one():
    assert persons("大连海通冷链物流有限公司董事长柴宏伟介绍", context_for(["大连"])) == [
        ("柴宏伟", [("董事长", "大连海通冷链物流有限公司")])]
    assert persons("安太乡中心小学校长韦丽萍介绍", context_for(["融水"])) == [("韦丽萍", [("校长", "安太乡中心小学")])]
    assert persons("雷山县政协主席石庆英,县文体广电旅游局局长吴玉萍参加", context_for(["黔东南州"])) == [
        ("石庆英", [("主席", "雷山县政协")]), ("吴玉萍", [("局长", "雷山县文体广电旅游局")])]
    assert persons("区建交委主任姚立群现场回应委员关切", context_for(["浦东"])) == [
        ("姚立群", [("主任", "浦东新区建交委")])]


def test_a_name_after_a_title_ends_where_jieba_starts_a_longer_word():
    assert persons("区生态环境局局长孙海鹰现场回应委员关切", context_for(["浦东"])) == [
        ("孙海鹰", [("局长", "浦东新区生态环境局")])]
    # near misses: a conjunction, or a word holding the surname's character
    assert persons("引导广大政协委员和各界群众深刻领悟", context_for(["西宁"])) == []
    assert persons("市农业农村局副局长何志远就委员关心的问题作了回应", context_for(["银川"])) == [
        ("何志远", [("副局长", "银川市农业农村局")])]


def test_korean_chinese_names_and_a_hospital_of_a_university():
    assert persons("州政协副主席玄春花、李东植、韩德明,秘书长南英爱出席", context_for(["延边"])) == [
        ("玄春花", [("副主席", "延边州政协")]), ("李东植", [("副主席", "延边州政协")]),
        ("韩德明", [("副主席", "延边州政协")]), ("南英爱", [("秘书长", "延边州政协")])]
    assert persons("市政协常委、遵义医科大学附属医院副院长罗晓峰在发言中建议", context_for(["遵义"])) == [
        ("罗晓峰", [("常委", "遵义市政协"), ("副院长", "遵义医科大学附属医院")])]


def test_a_body_organizing_its_members_to_inspect_or_supervise():
    found = meeting("9月27日,大连市政协组织部分委员视察全市冷链物流产业发展情况。", context_for(["大连"]))
    assert (found.org, found.kind) == ("大连市政协", "视察")
    found = meeting("5月21日,融水苗族自治县政协组织部分委员,对全县农村寄宿制学校建设管理情况开展民主监督。",
                    context_for(["融水"]))
    assert (found.org, found.kind) == ("融水苗族自治县政协", "视察")
    assert meeting("市政协组织委员学习。", context_for(["大连"])) is None  # near miss


# A fourth blind batch (Hubei and Hunan, Jiangsu and Fujian, Gansu)

def test_a_list_of_names_stops_where_a_body_opens_another_persons_titles():
    assert persons_here("利川市委副书记冉光明、利川市副市长谭晓红陪同", context_for(["恩施州"])) == [
        ("冉光明", [("副书记", "利川市委")]), ("谭晓红", [("副市长", "利川市政府")])]


def test_a_town_body_standing_alone_takes_the_towns_name_only():
    assert orgs("在利川市汪营镇黄连种植基地,镇党委书记牟少华介绍", context_for(["恩施州"]))[-1] == "汪营镇党委"


def test_companies_a_visit_names_and_their_heads():
    assert persons("在昆山恒锐精密电子有限公司,总经理林家豪介绍", context_for(["昆山"])) == [
        ("林家豪", [("总经理", "昆山恒锐精密电子有限公司")])]
    from dataclasses import replace

    jinjiang = replace(context_for(["晋江"]), company="晋江鸿腾鞋业有限公司")
    assert persons("公司董事长丁文鸿介绍,订单交付周期缩短了三分之一", jinjiang) == [
        ("丁文鸿", [("董事长", "晋江鸿腾鞋业有限公司")])]
    assert persons("公司董事长丁文鸿介绍", context_for(["晋江"])) == [("丁文鸿", [])]  # near miss: no company visited


def test_a_dateless_activity_leaves_the_articles_meeting_to_the_next_sentence():
    from kg.extract.pipeline import extract_page
    from kg.extract.records import Page

    text = ("## 宜昌市政协召开专题协商会\n\n本报宜昌讯 3月16日,宜昌市政协召开专题协商会。"
            "会前,市政协组织部分委员和专家开展调研。"
            "会上,与会人员协商讨论了《关于推进长江岸线生态修复的协商报告(征求意见稿)》。\n")
    [(_, triples)] = list(extract_page(Page("p", "p.txt", text)))
    handled = {(t.subject.props()["org"], t.predicate, t.object.key) for t in triples if t.subject.label == "Meeting"}
    assert handled == {("宜昌市政协", "REVIEWED", "关于推进长江岸线生态修复的协商报告(征求意见稿)")}


def test_drafts_for_comment_and_a_政协s_own_correspondent():
    assert docs("会议审议了县政协提案工作报告(征求意见稿)。") == [("县政协提案工作报告(征求意见稿)", "REVIEWED", "")]
    from kg.extract.pages import _reporters_in

    assert [r[:3] for r in _reporters_in("宜昌市政协通讯员 覃玉兰")] == [("覃玉兰", "通讯员", "宜昌市政协")]


def test_tibetan_names_and_more_surnames():
    assert persons("州政协委员、合作市人民医院院长尕藏卓玛建议", context_for(["甘南州"])) == [
        ("尕藏卓玛", [("委员", "甘南州政协"), ("院长", "合作市人民医院")])]
    assert persons("陈埭镇党委副书记洪志坚介绍了情况", context_for(["晋江"])) == [("洪志坚", [("副书记", "陈埭镇党委")])]
