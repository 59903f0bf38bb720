import importlib
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import EN_TEXT, TH_TEXT
from massmob_nlp import Document, analyze, tokenize
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
    # a Document: a str such as "1/" looks like a path and is read as one ([E002])
    _check_round_trip(analyze(Document("t", text)))


@pytest.mark.parametrize("text", ["ก" * 200_000, "ข้อความ" * 30_000, "x" * 300_000])
def test_pathological_input_finishes(text):
    start = time.perf_counter()
    toks = tokenize(text)
    assert "".join(toks["text"]) == text
    assert time.perf_counter() - start < 120  # bounded, not hours (speed is benchmarked)


tok_mod = importlib.import_module("massmob_nlp.tokens.words")  # the module, not the function

_TH_THREE = ("นายกรัฐมนตรีเดินทางไปเยือนจังหวัดเชียงใหม่เมื่อวานนี้เพื่อตรวจเยี่ยมโครงการชลประทาน"
             "ขนาดใหญ่ของรัฐบาล ประชาชนจำนวนมากมารอต้อนรับที่สนามบินตั้งแต่เช้า "
             "ท่านกล่าวว่ารัฐบาลจะเร่งแก้ปัญหาภัยแล้งให้เสร็จภายในปีหน้า")
_TH_LIST = ("ตลาดแห่งนี้ขายผลไม้หลายชนิด เช่น มะม่วง ทุเรียน มังคุด เงาะ และลำไย "
            "ให้แก่นักท่องเที่ยวที่มาเยือน")


def _thai_sents(text, engine=None):
    toks = tok_mod.thai_tokens(text, 0, len(text))
    return [text[s:e] for s, e in tok_mod.thai_sentences(text, toks, engine=engine)]


def test_thai_paragraph_of_three_sentences():
    assert _thai_sents(_TH_THREE) == _TH_THREE.split(" ")


@pytest.mark.parametrize("engine", tok_mod.THAI_SENTENCE_ENGINES)
def test_thai_list_with_spaces_is_one_sentence(engine):
    assert _thai_sents(_TH_LIST, engine) == [_TH_LIST]


@pytest.mark.parametrize("engine", tok_mod.THAI_SENTENCE_ENGINES)
def test_thai_sentence_spans_cover_the_words(engine):
    text = _TH_THREE + " " + _TH_LIST
    sents = _thai_sents(text, engine)
    assert 2 <= len(sents) <= 5
    assert "".join(s.replace(" ", "") for s in sents) == text.replace(" ", "")


def test_thai_sentence_model_missing_falls_back_to_crfcut(monkeypatch, tmp_path):
    from massmob_nlp.tokens import sentences as _thai_sentences

    monkeypatch.setenv("MASSMOB_MODELS", str(tmp_path))
    _thai_sentences.gap_tagger.cache_clear()
    tok_mod._warn_no_sentence_model.cache_clear()
    try:
        with pytest.warns(UserWarning, match="CRFCut"):
            got = _thai_sents(_TH_THREE, "massmob")
        assert got == _thai_sents(_TH_THREE, "crfcut")
    finally:
        _thai_sentences.gap_tagger.cache_clear()
        tok_mod._warn_no_sentence_model.cache_clear()


def test_unknown_thai_sentence_engine():
    with pytest.raises(ValueError, match="sentence engine"):
        _thai_sents(_TH_THREE, "nope")


@pytest.mark.parametrize("words", [
    [], ["และ"], ["ก", " ", "ข"], ["เมือง", "ใช้", "เงิน", " ", "56", " ", "ล้าน", "ดอง", "นี้"],
    ["ครับ", " ", "แต่", "ว่า", " ", "ก็", "ดี", "."] * 3,
])
def test_crfcut_features_are_pythainlps(words):
    from pythainlp.tokenize import crfcut

    from massmob_nlp.tokens.sentences import crfcut_features

    assert crfcut_features(words) == crfcut._extract_features(words)


def test_sara_am_written_in_two_characters_segments_like_sara_am():
    """Older fonts and PDFs store ำ as nikhahit + sara aa: the words are the same, the
    offsets stay those of the text as given."""
    from massmob_nlp import analyze_corpus, tokenize

    split = "ส\u0e4d\u0e32นักงานเขตแจ้งว่าน\u0e4d\u0e32้ท่วม 2 ต\u0e4d\u0e32บล"
    joined = split.replace("\u0e4d\u0e32", "\u0e33")
    got = tokenize(split, lang="th")
    want = tokenize(joined, lang="th")
    assert [t.replace("\u0e4d\u0e32", "\u0e33") for t in got["text"]] == want["text"].tolist()
    assert all(split[s:e] == t for s, e, t in zip(got["start_char"], got["end_char"],
                                                  got["text"], strict=True))
    corpus = analyze_corpus([split], include=("tokens",)).tokens
    assert corpus["text"].tolist() == got["text"].tolist()
