"""A wire dateline (``CITY (AP) —``) opens the first sentence of a story: it is never a
sentence of its own, in English or in Thai (tokens.sentences.join_unfinished).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from massmob_nlp import analyze
from massmob_nlp.tokens.sentences import join_unfinished

_ENGLISH = [  # spaCy cuts the first two after the dash
    ("BOSTON (AP) — A commuter train that derailed outside Boston last month, injuring 31 "
     "passengers, was going 25 mph over the limit, investigators said Wednesday."),
    "CHICAGO (AP) — The city council approved a $16.6 billion budget on Wednesday.",
    ("Da Nang, April 12 (VNA) – Da Nang welcomed 1.2 million visitors in the first "
     "quarter, up 18% year on year."),
    "MANILA, June 4 (Reuters) - The Philippine peso fell 0.8% to 58.2 per dollar on Tuesday.",
]


@pytest.mark.parametrize("text", _ENGLISH, ids=["ap_long", "ap_short", "vna", "reuters"])
def test_english_dateline_opens_the_first_sentence(text):
    sents = list(analyze(text).sentences["text"])
    assert sents == [text]


def test_dateline_then_more_sentences():
    text = ("CHICAGO (AP) — The city council approved a $16.6 billion budget on Wednesday. "
            "The vote was 37-13.")
    sents = list(analyze(text).sentences["text"])
    assert sents == ["CHICAGO (AP) — The city council approved a $16.6 billion budget on "
                     "Wednesday.", "The vote was 37-13."]


def test_thai_dateline_stays_with_its_sentence():
    text = "ชิคาโก (เอพี) – สภาเมืองอนุมัติงบประมาณ 1.66 หมื่นล้านดอลลาร์เมื่อวันพุธ"
    sents = list(analyze(text).sentences["text"])
    assert sents[0].startswith("ชิคาโก (เอพี) – สภาเมือง"), sents


def test_join_unfinished_keeps_other_sentences_and_hyphenated_words():
    text = "Prices rose. It was a long-term well- planned move. Done."
    spans = [(0, 12), (13, 32), (33, 50), (51, 56)]
    # "long-term well-" ends in a hyphen without a space before it: not a dash
    assert join_unfinished(spans, text) == spans
    text = "PARIS — Strikes closed 3 airports. Flights resumed."
    assert join_unfinished([(0, 7), (8, 34), (35, 51)], text) == [(0, 34), (35, 51)]


def test_decree_number_after_no_stays_in_its_sentence():
    text = ("Under Decree No. 72/2025/ND-CP, the utility may raise the price by 3 per cent "
            "every six months. The fee falls on Oct. 1 each year.")
    sents = list(analyze(text).sentences["text"])
    assert sents == [text[:text.index(" The fee")], "The fee falls on Oct. 1 each year."]


def test_abbreviation_before_a_word_still_ends_nothing_new():
    # "No." before a word is not joined by this rule: the next sentence stays
    text = "Is it yes? No. Nobody knows."
    spans = [(0, 10), (11, 14), (15, 27)]
    assert join_unfinished(spans, text) == spans
