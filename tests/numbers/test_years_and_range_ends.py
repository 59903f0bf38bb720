"""Year and range readings: a number joined by "and"/"or" to the year just read is a
year whatever word follows it; a first range end with all its digits takes no scale."""

from __future__ import annotations

import massmob_nlp as mm


def _read(text: str) -> list[tuple[str, str, float]]:
    table = mm.numbers_table(mm.analyze(text))
    return [(t, k, v) for t, k, v in table[["text", "kind", "value"]].values.tolist()]


def test_a_second_be_year_after_and_is_a_year():
    got = _read("สโมสรเคยคว้าแชมป์ลีกในปี 2553 และ 2559 ส่วนคู่แข่งยังไม่เคยได้แชมป์")
    assert got[:2] == [("2553", "year", 2010.0), ("2559", "year", 2016.0)]


def test_a_second_ce_year_after_or_is_a_year():
    assert _read("The club won the league in 2010 or 2016 fans say.")[:2] == [
        ("2010", "year", 2010.0), ("2016", "year", 2016.0)]


def test_a_count_after_a_count_stays_a_count():
    got = _read("ในปี 2567 มีผู้ป่วย 2,450 คน และ 2450 คนในปีก่อน")
    assert got[1:3] == [("2,450", "cardinal", 2450.0), ("2450", "cardinal", 2450.0)]


def test_a_first_end_with_all_its_digits_takes_no_scale_word():
    # "800,000-1 million": the scale belongs to the second end only; "2-3 million" to both
    assert _read("Fines rose to VND800,000-1 million for the offence.")[0][2] == 800000.0
    table = mm.numbers_table(mm.analyze("Prices of 2-3 million dong were quoted."))
    assert table[["value", "value_max"]].values.tolist() == [[2e6, 3e6]]
    thai = mm.numbers_table(mm.analyze("งบประมาณ 120,000-150,000 ล้านบาท"))
    assert thai[["value", "value_max"]].values.tolist() == [[1.2e11, 1.5e11]]


def test_a_year_followed_by_to_and_a_grouped_count_is_no_year_range():
    # "from ... in 2026 to 98,412 units": the count after "to" is not a range end
    t = mm.numbers_table("Sales rose in the first 10 months of 2026 to 98,412 units.")
    rows = dict(zip(t["text"], t["kind"]))
    assert rows["2026"] == "year"
    assert "98,412" in rows and rows["98,412"] != "year"
