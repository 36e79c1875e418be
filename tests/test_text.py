from extract.text import is_unfinished, join_broken_lines, split_sentences, squeeze


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
