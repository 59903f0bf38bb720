"""Values swapped between the names they belong to, ranks changed in words, and the
notes of changed ranges. Examples written for these tests."""

import pytest

from number_problems import number_problems



def _problems(en, th):
    return number_problems(en, th, note=True)


@pytest.mark.parametrize("en,th", [
    # each value in the clause of its country, the two values exchanged
    ("Inflation was 2.7% in Brazil and 2.9% in Mexico last year.",
     "เมื่อปีที่แล้ว อัตราเงินเฟ้อในบราซิลอยู่ที่ 2.9% และในเม็กซิโกอยู่ที่ 2.7%"),
    # people, the Thai recognizer need not find the names
    ("Smith won 52% of the vote, with Jones on 31%.",
     "สมิธได้คะแนนเสียง 31% ส่วนโจนส์ได้ 52%"),
    ("Poland's population is 38 million, compared with 10 million in Sweden.",
     "สวีเดนมีประชากร 38 ล้านคน เทียบกับโปแลนด์ที่มี 10 ล้านคน"),
])
def test_values_swapped_between_names_are_mismatches(en, th):
    got = _problems(en, th)
    assert [g[0] for g in got] == ["mismatch", "mismatch"], got
    assert all("swapped" in g[3] for g in got)


@pytest.mark.parametrize("en,th", [
    # clauses reordered, each value still with its name
    ("Inflation was 2.7% in Brazil and 2.9% in Mexico last year.",
     "เมื่อปีที่แล้ว อัตราเงินเฟ้อในเม็กซิโกอยู่ที่ 2.9% และในบราซิลอยู่ที่ 2.7%"),
    ("Sales in France rose 3%, and in Germany 5%.",
     "ยอดขายในเยอรมนีเพิ่มขึ้น 5% และในฝรั่งเศส 3%"),
    # a comparison: the first value reaches both names, nothing is attached
    ("Germany's economy grew 0.4%, faster than France's 0.2%.",
     "เศรษฐกิจเยอรมนีขยายตัว 0.4% เร็วกว่าฝรั่งเศสซึ่งขยายตัว 0.2%"),
    ("Poland's population is 38 million, compared with 10 million in Sweden.",
     "โปแลนด์มีประชากร 38 ล้านคน เทียบกับสวีเดนที่มี 10 ล้านคน"),
    ("Mr Johnson won 365 seats, while Mr Corbyn's Labour took 203.",
     "นายจอห์นสันได้ 365 ที่นั่ง ขณะที่พรรคแรงงานของนายคอร์บินได้ 203 ที่นั่ง"),
    # values listed with "respectively" go by position
    ("Germany and France grew by 0.4% and 0.6% respectively.",
     "เยอรมนีและฝรั่งเศสเติบโต 0.4% และ 0.6% ตามลำดับ"),
])
def test_values_kept_with_their_names_are_not_problems(en, th):
    assert _problems(en, th) == []


@pytest.mark.parametrize("en,th", [
    ("It was the eighth successful landing on the planet.",
     "นับเป็นการลงจอดบนดาวเคราะห์ดวงนี้ที่ประสบความสำเร็จครั้งที่เจ็ด"),
    ("The team finished fourth in the league.", "ทีมจบฤดูกาลในอันดับที่ห้าของลีก"),
])
def test_a_rank_changed_in_words_is_one_mismatch(en, th):
    assert [g[0] for g in _problems(en, th)] == ["mismatch"]


def test_a_changed_range_note_gives_both_ends():
    got = _problems("She ran the museum from 1998 to 2006.",
                    "เธอบริหารพิพิธภัณฑ์ระหว่างปี 2541-2550")
    assert [(g[0], g[3]) for g in got] == [("mismatch", "1998–2006 → 1998–2007")]
