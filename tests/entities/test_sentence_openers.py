"""A common word capitalised because it opens a sentence is no name."""

import warnings

import pytest

from massmob_nlp import entities_table
from massmob_nlp.entities.english_spans import common_opener


def _names(text: str) -> list[str]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        table = entities_table(text, lang="en")
    return [str(t) for t, lab in zip(table["text"], table["label"], strict=True)
            if str(lab) in {"PERSON", "ORG", "LOC", "NORP", "FAC"}]


@pytest.mark.parametrize("text,word", [
    ("Housebuilding has failed to keep pace with demand in the north.", "Housebuilding"),
    ("Hotels and homestays in the city reported full rooms.", "Hotels"),
    ("Athletics contributed the most golds to Viet Nam with 14.", "Athletics"),
    ("Pepper, by contrast, has benefited from high prices. Black pepper sold well.",
     "Pepper"),
])
def test_a_common_word_opening_a_sentence_is_no_name(text, word):
    assert word not in _names(text)


@pytest.mark.parametrize("text,start,noun,expected", [
    ("Tuna stayed the main catch. Boats landed more tuna in May.", 0, False, True),
    ("Rivers rose fast after the storm.", 0, True, True),
    ("Tuna stayed the main catch. Boats landed more tuna for Tuna Ltd.", 0, False, False),
    ("Amber glowed on the sign. The amber light stayed on.", 0, False, True),
    ("Boeing delivered planes.", 0, False, False),
    ("NASA launched it. The nasa tag.", 0, True, False),
    ("Reform won. Voters chose\nReform and more reform.", 0, True, True),
    ("Reform won. Voters chose Reform over reform.", 0, True, False),
])
def test_common_opener(text, start, noun, expected):
    end = start + len(text[start:].split()[0].rstrip(".,"))
    assert common_opener(text, start, end, tagged_noun=noun) is expected


def test_a_name_opening_a_sentence_stays():
    text = "Reuters reported the deal on Monday. Analysts at Reuters agreed."
    assert "Reuters" in _names(text)


@pytest.mark.parametrize("text", ["Marla", "Marla:\nsee you at noon", "Walgreens on Main"])
def test_a_name_alone_on_its_line_stays(text):
    assert common_opener(text, 0, len(text.split()[0].rstrip(":")), tagged_noun=True) is False


def test_a_hyphenated_given_name_is_never_cut():
    assert "An Se-young" in _names(
        "She lost to South Korea's An Se-young in the final on Sunday.")


@pytest.mark.parametrize("text,expected", [
    ("praised Mr Seo-jun after", "Seo-jun"),
    ("beat Yu Ji-ho twice", "Yu Ji-ho"),
])
def test_a_person_span_runs_over_the_hyphen(text, expected):
    from massmob_nlp.entities.english_spans import trim_english_span

    at = text.index(expected.split()[-1].split("-")[0])
    s, e, _ = trim_english_span(text, at, at + len(expected.split()[-1].split("-")[0]),
                                "PERSON")
    assert text[s:e] == expected
