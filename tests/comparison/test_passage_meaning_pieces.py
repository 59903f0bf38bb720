"""The target sentences a candidate of the moved-by-meaning check overlaps
(passage_meaning._pieces): binary searches over sentences in text order give the same
rows as testing every sentence, and any other order falls back to that test."""

import numpy as np

from massmob_nlp.comparison.passage_meaning import _pieces

TEXT = ("นายกฯ เดินทางถึงเชียงใหม่เมื่อเช้านี้ ประชุมกับผู้ว่าฯ สองชั่วโมง "
        "ก่อนลงพื้นที่น้ำท่วม ชาวบ้านกว่า 300 ครัวเรือนได้รับความช่วยเหลือ")


def _sentences() -> tuple[np.ndarray, np.ndarray]:
    starts, ends, at = [], [], 0
    for part in TEXT.split(" "):
        a = TEXT.index(part, at)
        starts.append(a)
        ends.append(a + len(part))
        at = a + len(part)
    return np.array(starts, np.int64), np.array(ends, np.int64)


def _brute(xs: np.ndarray, ys: np.ndarray, spans: list[tuple[int, int]]) -> list[list[int]]:
    return [[k for k in range(len(xs)) if xs[k] < b and a < ys[k]] for a, b in spans]


def _candidates(spans: list[tuple[int, int]]) -> list[tuple[None, dict[str, int]]]:
    return [(None, {"start_char": a, "end_char": b}) for a, b in spans]


def test_pieces_in_text_order_are_the_overlapping_sentences() -> None:
    xs, ys = _sentences()
    spans = [(0, len(TEXT)), (int(xs[1]), int(ys[1])), (int(ys[0]), int(xs[1])),
             (int(xs[2]) + 3, int(xs[4]) + 1), (int(ys[-1]), int(ys[-1]) + 5),
             (0, int(xs[0])), (int(xs[3]), int(xs[3]))]
    got = _pieces(xs, ys, _candidates(spans))
    assert got == _brute(xs, ys, spans)
    assert got[1] == [1]  # a whole sentence: itself only
    assert got[2] == []  # the space between two sentences
    assert got[3] == [2, 3, 4]


def test_pieces_out_of_text_order_test_every_sentence() -> None:
    xs, ys = _sentences()
    order = [3, 0, 4, 1, 2] + list(range(5, len(xs)))
    xs, ys = xs[order], ys[order]
    spans = [(int(xs[1]), int(ys[0])), (0, len(TEXT)), (int(xs[3]) + 1, int(ys[3]))]
    got = _pieces(xs, ys, _candidates(spans))
    assert got == _brute(xs, ys, spans)
    assert got[2] == [3]
