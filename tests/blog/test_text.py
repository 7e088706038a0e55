"""Reading time and heading anchors in every script."""

from blog.text import anchor_slug, count_reading_units, reading_minutes, unique_anchors


def test_reading_time_counts_words_at_200_per_minute():
    assert reading_minutes("word " * 200) == 1
    assert reading_minutes("word " * 201) == 2
    assert reading_minutes("word " * 1800) == 9


def test_reading_time_is_never_less_than_one_minute():
    assert reading_minutes("") == 1
    assert reading_minutes(None) == 1
    assert reading_minutes("Hi") == 1


def test_reading_time_counts_cjk_characters_at_500_per_minute():
    japanese = "機械学習" * 250  # 1,000 characters, no spaces at all
    assert count_reading_units(japanese) == (0, 1000)
    assert reading_minutes(japanese) == 2
    chinese = "人工智能" * 376  # 1,504 characters
    assert reading_minutes(chinese) == 4


def test_mixed_scripts_add_up():
    words, cjk = count_reading_units("AIとは何か Python を学ぶ")
    assert words == 2  # "AI", "Python"
    assert cjk == 7


def test_arabic_and_devanagari_count_as_words():
    assert count_reading_units("ما هو الذكاء الاصطناعي")[0] == 4
    assert count_reading_units("कृत्रिम बुद्धिमत्ता क्या है")[0] == 4


def test_anchor_keeps_non_latin_scripts():
    assert anchor_slug("What is AI?") == "what-is-ai"
    assert anchor_slug("ما هو الذكاء الاصطناعي؟") == "ما-هو-الذكاء-الاصطناعي"
    assert anchor_slug("कृत्रिम बुद्धिमत्ता क्या है?") == "कृत्रिम-बुद्धिमत्ता-क्या-है"
    assert anchor_slug("కృత్రిమ మేధ అంటే ఏమిటి?") == "కృత్రిమ-మేధ-అంటే-ఏమిటి"
    assert anchor_slug("人工智能是什么？") == "人工智能是什么"
    assert anchor_slug("ここでいう「学習」とは") == "ここでいう-学習-とは"


def test_anchors_are_unique_and_never_empty():
    anchors = unique_anchors(["Skills", "Skills", "skills!", "???", "", "Skills-2"])
    assert anchors == ["skills", "skills-2", "skills-3", "section", "section-2", "skills-2-2"]
    assert len(set(anchors)) == len(anchors)
