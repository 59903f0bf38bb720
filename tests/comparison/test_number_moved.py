"""A paragraph the translator moved, left by the aligner as a source-only and a
target-only paragraph: its small numbers are kept when the two share numbers enough.
Mentions written for this test."""

from types import SimpleNamespace

import pandas as pd

from massmob_nlp.comparison.number_passes import _moved_paragraph


def _m(text, key, pbead):
    return {"text": text, "key": key, "kind": key.split(":")[0], "value": 1.0,
            "vague": False, "bead": pbead, "pbead": pbead}


CTX = SimpleNamespace(para=pd.DataFrame({"bead_id": [0, 1, 2], "kind": ["1-1", "1-0", "0-1"]}))


def test_moved_paragraph_sharing_two_numbers_keeps_them():
    src = [_m("six", "cardinal:6", 1), _m("38", "cardinal:38", 1), _m("4", "cardinal:4", 1)]
    tgt = [_m("หก", "cardinal:6", 2), _m("38", "cardinal:38", 2), _m("5", "cardinal:5", 2)]
    kept: dict[int, int] = {}
    assert _moved_paragraph(src, tgt, kept, set(), CTX) == {0, 1}
    assert kept == {0: 0, 1: 1}  # the changed 4 / 5 is left to the mismatch rule


def test_one_shared_small_number_is_not_enough():
    src = [_m("six", "cardinal:6", 1), _m("4", "cardinal:4", 1)]
    tgt = [_m("หก", "cardinal:6", 2), _m("5", "cardinal:5", 2)]
    kept: dict[int, int] = {}
    assert _moved_paragraph(src, tgt, kept, set(), CTX) == set()


def test_a_distinctive_number_joined_across_counts_as_evidence():
    src = [_m("2019", "year:2019", 1), _m("six", "cardinal:6", 1)]
    tgt = [_m("2019", "year:2019", 2), _m("หก", "cardinal:6", 2)]
    kept = {0: 0}
    assert _moved_paragraph(src, tgt, kept, {0}, CTX) == {1}


def test_aligned_paragraphs_are_left_alone():
    src = [_m("six", "cardinal:6", 0), _m("38", "cardinal:38", 0)]
    tgt = [_m("หก", "cardinal:6", 2), _m("38", "cardinal:38", 2)]
    kept: dict[int, int] = {}
    assert _moved_paragraph(src, tgt, kept, set(), CTX) == set()


def test_ones_are_no_evidence():
    # "a man" / คนหนึ่ง and "first" / แรก are too common to tie two paragraphs
    src = [_m("one", "cardinal:1", 1), _m("first", "ordinal:1", 1)]
    tgt = [_m("หนึ่ง", "cardinal:1", 2), _m("แรก", "ordinal:1", 2)]
    kept: dict[int, int] = {}
    assert _moved_paragraph(src, tgt, kept, set(), CTX) == set()


FOLD_CTX = SimpleNamespace(para=pd.DataFrame({"bead_id": [0, 1, 2],
                                              "kind": ["1-1", "1-0", "1-1"]}))


def test_a_paragraph_folded_into_an_aligned_one_keeps_its_small_numbers():
    # two numbers of the source-only paragraph 1 joined across into paragraph 2:
    # the translator folded paragraph 1 into it, so "twice" is its สอง
    src = [_m("19,500", "cardinal:19500", 1), _m("eight", "duration:8:minute", 1),
           _m("twice", "cardinal:2", 1)]
    tgt = [_m("19,500", "cardinal:19500", 2), _m("8 นาที", "duration:8:minute", 2),
           _m("สอง", "cardinal:2", 2)]
    kept = {0: 0, 1: 1}
    assert _moved_paragraph(src, tgt, kept, {0, 1}, FOLD_CTX) == {2}
    assert kept[2] == 2


def test_one_number_landed_is_no_fold():
    src = [_m("19,500", "cardinal:19500", 1), _m("twice", "cardinal:2", 1)]
    tgt = [_m("19,500", "cardinal:19500", 2), _m("สอง", "cardinal:2", 2)]
    kept = {0: 0}
    assert _moved_paragraph(src, tgt, kept, {0}, FOLD_CTX) == set()
