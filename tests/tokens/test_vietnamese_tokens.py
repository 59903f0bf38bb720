"""Vietnamese paragraphs: syllable tokens tagged ``vi`` and punctuation sentences,
not the English pipeline (examples written for these tests)."""

import massmob_nlp as mm
from massmob_nlp.tokens.vi import vietnamese_sentences, vietnamese_tokens

REPORT = ("Tổng cục Thống kê cho biết GDP quý I/2025 tăng 6,93%, cao nhất từ năm 2020. "
          "Kim ngạch xuất khẩu đạt 102,8 tỷ USD, trong đó TP.HCM chiếm 12,5%.\n\n"
          "PGS.TS. Trần Văn Bình, giảng viên Trường Đại học Kinh tế Q. 3, nhận định: "
          "\"Đà tăng sẽ còn kéo dài.\" Ông nói thêm rằng giá vàng lên 92,5 triệu đồng/lượng.")


def test_tokens_are_syllables_with_vietnamese_numbers_whole():
    words = [REPORT[s:e] for s, e in vietnamese_tokens(REPORT)]
    assert words[:6] == ["Tổng", "cục", "Thống", "kê", "cho", "biết"]
    for kept in ("6,93", "102,8", "TP.HCM", "92,5"):
        assert kept in words
    assert "%" in words and "," in words  # punctuation split off
    assert words.count("lượng") == 1 and "/" in words


def test_no_sentence_ends_after_an_abbreviation():
    para = REPORT.split("\n\n")[1]
    sents = [para[s:e] for s, e in vietnamese_sentences(para)]
    assert sents[0].startswith("PGS.TS. Trần Văn Bình") and "Q. 3" in sents[0]
    assert sents[-1].startswith("Ông nói thêm")


def test_analysis_of_a_vietnamese_document_tags_tokens_vi():
    a = mm.analyze(REPORT)
    assert a.lang == "vi"
    words = a.tokens[~a.tokens["is_space"]]
    assert set(words["lang"].astype(str)) == {"vi"}
    assert words["pos"].isna().all()  # no English tagger on Vietnamese
    sents = a.sentences["text"].tolist()
    assert sents[0].endswith("cao nhất từ năm 2020.")
    assert len(sents) == 4
    # the tokens rebuild the text of each paragraph exactly
    for _, p in a.paragraphs.iterrows():
        toks = a.tokens[a.tokens["para_id"] == p["para_id"]]
        assert "".join(toks["text"]) == p["text"]


def test_a_thai_gloss_inside_vietnamese_keeps_the_thai_tokenizer():
    line = "Đoàn đến tỉnh Chiang Mai (เชียงใหม่) hôm qua và ở lại 3 ngày."
    a = mm.analyze(line, lang="vi")
    words = a.tokens[~a.tokens["is_space"]]
    thai = words[words["text"].str.contains("[\u0e00-\u0e7f]", regex=True)]
    assert "".join(thai["text"]) == "เชียงใหม่"
    assert set(thai["lang"].astype(str)) == {"th"}
    assert words.loc[words["text"] == "ngày", "lang"].astype(str).tolist() == ["vi"]


def test_a_very_long_vietnamese_line_is_tokenized_in_pieces():
    line = "Giá vàng tăng 2,5% trong phiên sáng nay. " * 30_000  # 1.2 million chars
    a = mm.analyze(line, lang="vi")
    words = a.tokens[~a.tokens["is_space"]]
    assert "".join(a.tokens["text"]) == line.strip() or "".join(a.tokens["text"]) == line
    assert (words["text"] == "2,5").sum() == 30_000
    assert len(a.sentences) >= 29_000
