import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import EN_TEXT, TH_TEXT
from massmob_nlp import analyze, tokenize
from massmob_nlp.tables import columns


def _check_round_trip(analysis):
    toks = analysis.tokens
    for row in toks.itertuples():
        assert analysis.text[row.start_char:row.end_char] == row.text
    for para in analysis.paragraphs.itertuples():
        assert "".join(toks[toks["para_id"] == para.para_id]["text"]) == para.text


def test_thai_tokens_and_sentences():
    analysis = analyze(TH_TEXT)
    words = analysis.tokens[~analysis.tokens["is_space"]]["text"].tolist()
    for word in ("ช่วง", "เดือน", "2567", "คณะกรรมการ", "ประชาชน", "217-QD/TW"):
        assert word in words
    _check_round_trip(analysis)
    assert analysis.sentences["lang"].astype(str).tolist()[0] == "th"


def test_english_tokens_sentences_and_pos():
    analysis = analyze(EN_TEXT)
    body = analysis.sentences[analysis.sentences["para_id"] == 0]
    assert len(body) == 2
    assert body["text"].iloc[1] == "Over 92% of the petitions were resolved."
    toks = analysis.tokens
    assert toks.loc[toks["text"] == "citizens", "pos"].iloc[0] == "NOUN"
    _check_round_trip(analysis)


def test_tokens_table_schema():
    assert list(tokenize("สวัสดีครับ").columns) == columns("tokens")
    assert list(tokenize("").columns) == columns("tokens")


def test_mixed_paragraph_routes_spans_to_their_tokenizers():
    text = "คณะกรรมการดำเนินการตาม Law on Grassroots Democracy อย่างจริงจัง"
    toks = tokenize(text)
    en = toks[toks["lang"].astype(str) == "en"]["text"].tolist()
    assert en == ["Law", "on", "Grassroots", "Democracy"]
    assert "คณะกรรมการ" in toks["text"].tolist()


@pytest.mark.parametrize("engine", ["newmm", "nlpo3"])
def test_thai_engines(engine):
    toks = tokenize("ประชาชนเกือบ 4,800 คน", engine=engine)
    assert "ประชาชน" in toks["text"].tolist()


def test_unknown_engine_is_a_clear_error():
    with pytest.raises(ValueError, match=r"\[E012\]"):
        tokenize("สวัสดี", engine="nope")


@given(st.text(alphabet=st.sampled_from(list("ab .,Q-/1๒ กขคำ่้ \n\tHà")), max_size=80))
@settings(max_examples=60, deadline=None)
def test_tokens_round_trip_property(text):
    _check_round_trip(analyze(text))


@pytest.mark.parametrize("text", ["ก" * 200_000, "ข้อความ" * 30_000, "x" * 300_000])
def test_pathological_input_finishes(text):
    start = time.perf_counter()
    toks = tokenize(text)
    assert "".join(toks["text"]) == text
    assert time.perf_counter() - start < 120  # bounded, not hours (speed is benchmarked)
