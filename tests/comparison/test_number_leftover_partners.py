"""A value said twice on one side and once on the other, beside a number of the same
role the join left alone in the paragraph: the once-said value takes the copy that
keeps the order of both sides, and the number left alone is the changed partner of
the other copy ("The second seed, ranked No.5" / ``มือวางอันดับ 5 … และมืออันดับ 5 ของ
โลก`` in the sentence before)."""

from massmob_nlp.comparison.number_changes import _repartner_leftovers


def _rank(text: str, value: int, bead: int, start: int) -> dict[str, object]:
    return {"text": text, "kind": "ordinal", "key": f"ordinal:{value}", "value": float(value),
            "value_max": None, "unit": None, "qualifier": None, "vague": False,
            "start_char": start, "end_char": start + len(text), "bead": bead, "pbead": 2}


def _run(src, tgt, kept):
    changed: dict[int, int] = {}
    _repartner_leftovers(src, tgt, kept, changed, set(), set(kept), set(kept.values()))
    return kept, changed


def test_the_copy_in_order_is_kept_and_the_other_is_the_change():
    src = [_rank("second", 2, 4, 4), _rank("No.5", 5, 4, 30)]
    tgt = [_rank("อันดับ 5", 5, 3, 10), _rank("อันดับ 5", 5, 3, 40)]
    assert _run(src, tgt, {1: 0}) == ({1: 1}, {0: 0})


def test_a_join_already_in_order_stays():
    src = [_rank("No.5", 5, 4, 4), _rank("second", 2, 4, 30)]
    tgt = [_rank("อันดับ 5", 5, 3, 10), _rank("อันดับ 5", 5, 3, 40)]
    assert _run(src, tgt, {0: 0}) == ({0: 0}, {})
