"""A multiple (``tripled``, ``สามเท่า``) is never a plain count changed: the count of
the same sentence pairs with its own change. Sentences written for these tests."""

from __future__ import annotations

from number_problems import number_problems


def test_a_multiple_does_not_take_a_changed_count() -> None:
    en = "Flu cases in the city have nearly tripled this month, with 2,310 reported last week."
    th = "ผู้ป่วยไข้หวัดใหญ่ในเมืองเพิ่มขึ้นในเดือนนี้ โดยสัปดาห์ที่แล้วพบผู้ป่วย 2,130 ราย"
    problems = number_problems(en, th)
    assert ("mismatch", "2,310", "2,130") in problems
    assert not any(p[1] == "tripled" and p[2] for p in problems)


def test_the_only_multiple_left_on_each_side_is_one_moved_multiple() -> None:
    from massmob_nlp.comparison.number_passes import _only_one_left

    def mention(text: str, value: float) -> dict[str, object]:
        return {"text": text, "kind": "cardinal", "key": f"cardinal:{value:g}",
                "value": value, "value_max": None, "vague": False,
                "measure": ("multiple", 1.0)}

    en = [mention("tripled", 3.0)]
    th = [mention("สามเท่า", 3.0)]
    assert _only_one_left(en, th, {})(en[0], th[0])
    count = dict(th[0], measure=None)  # a plain count of three is no evidence of a move
    assert not _only_one_left(en, [count], {})(en[0], count)
