"""Romanised Thai case and deed numbers are written as chains of capitalised
abbreviations before the number (``No. Kor. Sor. 12/2567``): no English sentence ends
inside such a chain, nor right before one after a piece with no final stop
(tokens.sentences.join_unfinished). Sentences written for these tests."""

from __future__ import annotations

from massmob_nlp import analyze
from massmob_nlp.tokens.sentences import join_unfinished


def test_case_numbers_in_romanised_initials_stay_in_one_sentence():
    text = ("The Supreme Administrative Court upheld the ruling in Black Case No. Por.Sor. "
            "88/2566, Red Case No. Por.Sor. 301/2568, in which a village headman and "
            "three others had sued the provincial governor. The headman said he would "
            "accept it.")
    sents = list(analyze(text).sentences["text"])
    assert len(sents) == 2, sents
    assert "three others" in sents[0] and "Black Case" in sents[0]


def test_join_inside_chain_and_before_it():
    text = "Deed No. Nor. Sor. 3 Kor. 771 was revoked. Two clerks resigned."
    spans = [(0, 8), (9, 13), (14, 18), (19, 20), (21, 42), (43, 63)]
    assert join_unfinished(spans, text) == [(0, 42), (43, 63)]


def test_real_sentence_end_before_an_abbreviation_is_kept():
    # a final stop before the chain, or a line break: both are real ends
    text = "The office closed early. Tel. 0 2141 5555 for help."
    assert join_unfinished([(0, 24), (25, 51)], text) == [(0, 24), (25, 51)]
    text = "Contact the district office\nTel. 0 2141 5555"
    assert join_unfinished([(0, 27), (28, 44)], text) == [(0, 27), (28, 44)]


def test_single_capital_initials_do_not_make_a_chain():
    # 'U.S.' is two one-letter initials, not a romanised Thai abbreviation chain
    text = "Output fell in the U.S. 12 states saw layoffs."
    assert join_unfinished([(0, 23), (24, 46)], text) == [(0, 23), (24, 46)]
