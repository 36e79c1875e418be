from kg.extract.text import is_unfinished, join_broken_lines, split_sentences, squeeze


def test_squeeze_removes_spaces_inside_chinese_text():
    assert squeeze("两 当县政协主席李艾婷 主持召开") == "两当县政协主席李艾婷主持召开"
    assert squeeze("9月 16日,4 名常委分别作了交流发言") == "9月16日,4名常委分别作了交流发言"


def test_squeeze_keeps_spaces_between_latin_words():
    assert squeeze("Beijing Daily 报道") == "Beijing Daily报道"


def test_paragraph_broken_mid_word_across_blank_lines_is_joined():
    lines = ["通过所学、所看、所听和对比、分析、整理、思考,深刻反思和审视两地在思想观", "",
             "念、创新实干等方面的差距,不断提交认识问题、解决问题的能力。"]
    assert join_broken_lines(lines) == [
        "通过所学、所看、所听和对比、分析、整理、思考,深刻反思和审视两地在思想观念、创新实干等方面的差距,"
        "不断提交认识问题、解决问题的能力。"]


def test_title_broken_inside_brackets_is_joined():
    lines = ["审议通过了《关于探索新型农村社区居住模式的调研", "", "报告》。"]
    assert join_broken_lines(lines) == ["审议通过了《关于探索新型农村社区居住模式的调研报告》。"]


def test_dateline_broken_inside_a_byline_is_joined():
    lines = ["本报康县讯(通讯员唐富强 李明", "", "涛)9月19日,康县政协主席唐正林主持召开县政协十届七次主席会议。"]
    assert join_broken_lines(lines)[0].startswith("本报康县讯(通讯员唐富强 李明涛)9月19日")


def test_headline_and_subtitle_stay_apart():
    lines = ["嘉峪关市政协十届九次主席会议召开", "", "把学习成效转化为奋进新征程建功新时代的履职实践", "",
             "本报嘉峪关讯(通讯员苏天泰)9月16日,嘉峪关市政协主席王毅主持召开市政协十届九次主席会议。"]
    assert len(join_broken_lines(lines)) == 3
    assert not is_unfinished("嘉峪关市政协十届九次主席会议召开")


def test_sentences_keep_closing_quotes():
    assert split_sentences("会议指出,要认真学习。他说:“好好干。”再说!") == [
        "会议指出,要认真学习。", "他说:“好好干。”", "再说!"]


def test_short_fragment_broken_mid_word_is_joined():
    lines = ["本报高台讯 5月5日,高台县政协主席向钧主持召开县政协十届十八次主席会议。", "",
             "会议传达了习近平总书记在学习贯彻习近平新时代中国特色社", "", "会主义思想主题教育工作会议上的重要讲话精神。"]
    assert join_broken_lines(lines)[1] == "会议传达了习近平总书记在学习贯彻习近平新时代中国特色社会主义思想主题教育工作会议上的重要讲话精神。"


def test_headline_before_a_subtitle_meets_it_at_a_word_boundary():
    lines = ["陇西县政协党组理论学习中心组(扩大)会议暨主席会议召开", "", "持续推动理论学习走深走实"]
    assert len(join_broken_lines(lines)) == 2


def test_line_broken_after_a_title_in_a_list():
    lines = ["会议审议通过了《赴外考察学习“美丽乡村建设及文旅融合发展”工作方案的报告》", "",
             "《赴外考察学习“提升市域治理体系和治理能力现代化水平”工作方案的报告》。"]
    assert len(join_broken_lines(lines)) == 1


def test_paragraph_ending_with_a_byline_is_finished():
    assert not is_unfinished("要全面落实中央“八项规定”,严格遵守纪律、服从安排、统一行动,确保培训有序进行。(陈兰)")
    assert is_unfinished("会议学习了省委、市委有关会议文件精神(扩大)以及中央、省委、市委有关会议文件")
