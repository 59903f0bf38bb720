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


def _count(text: str, value: int, bead: int, start: int, vague: bool = False
           ) -> dict[str, object]:
    return {**_rank(text, value, bead, start), "kind": "cardinal",
            "key": f"cardinal:{value}", "vague": vague}


def test_a_freed_copy_of_the_same_value_is_kept_not_changed():
    """"two in Laos ... the Lao pair" / ``อีก 2 แห่ง ... สองเขื่อน``: the words joined
    first; the digits left alone write the same value as the copy they take."""
    src = [_count("two", 2, 4, 10), _count("pair", 2, 4, 60, vague=True)]
    tgt = [_count("2", 2, 3, 12), _count("สอง", 2, 3, 40)]
    kept, changed = _run(src, tgt, {0: 1})
    assert changed == {}
    assert kept == {0: 0, 1: 1}


def test_two_counts_in_one_sentence_are_no_change_of_one_value():
    from massmob_nlp import compare
    en = ("Surveyors mapped 13 weirs upstream in Yunnan and two downstream in Laos, with a "
          "storage of about 2,160 cubic metres for the Lao pair.")
    th = ("นักสำรวจพบฝายต้นน้ำในยูนนาน 13 แห่ง และท้ายน้ำในลาวอีก 2 แห่ง "
          "ซึ่งฝายสองแห่งของลาวจุน้ำได้ราว 2,160 ลูกบาศก์เมตร")
    rows = compare(en, th, src_lang="en", tgt_lang="th", embeddings=False).numbers
    assert not rows["status"].isin(["mismatch", "missing", "added"]).any()
    th_changed = th.replace("อีก 2 แห่ง", "อีก 3 แห่ง")
    rows = compare(en, th_changed, src_lang="en", tgt_lang="th", embeddings=False).numbers
    assert rows["status"].isin(["mismatch", "missing", "added"]).any()
