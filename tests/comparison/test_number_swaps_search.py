"""The number comparison looks for names in the Thai only when two joined values could
cross between names (number_swaps._may_cross). Examples written for these tests."""

import pytest

import massmob_nlp as mm
from massmob_nlp.comparison import entities as entity_comparison


@pytest.fixture
def searches(monkeypatch):
    """The names the number comparison's name anchors looked for in the Thai."""
    asked: list[str] = []
    search = entity_comparison._found_in_text

    def spy(ctx, src, paired, nested=None, **options):
        import sys
        if sys._getframe(1).f_code.co_name == "_name_anchors":
            asked.extend(str(s.get("text")) for s in src)
        return search(ctx, src, paired, nested, **options)

    monkeypatch.setattr(entity_comparison, "_found_in_text", spy)
    return asked


def test_values_of_two_kinds_need_no_name_search(searches):
    # a count and a percent never cross: the names are not looked for
    mm.compare("Toyota sold 12 cars in May, while Honda lost 3% of its buyers.",
               "โตโยต้าขายรถได้ 12 คันในเดือนพฤษภาคม ขณะที่ฮอนด้าเสียผู้ซื้อไป 3%")
    assert searches == []


def test_values_that_may_cross_are_looked_for_and_found(searches):
    cmp = mm.compare("Smith won 52% of the vote, with Jones on 31%.",
                     "สมิธได้คะแนนเสียง 31% ส่วนโจนส์ได้ 52%")
    assert {"Smith", "Jones"} <= set(searches)
    notes = cmp.to_frames()["numbers"]["note"].astype(str)
    assert notes.str.contains("swapped").sum() == 2


def test_values_kept_with_their_names_are_still_searched_and_fine(searches):
    cmp = mm.compare("Sales in France rose 3%, and in Germany 5%.",
                     "ยอดขายในเยอรมนีเพิ่มขึ้น 5% และในฝรั่งเศส 3%")
    assert searches
    notes = cmp.to_frames()["numbers"]["note"].astype(str)
    assert not notes.str.contains("swapped").any()
