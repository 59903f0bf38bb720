"""A player's goals the Thai counts or orders and the English counts without that number
(number_sport.goal_words, one step of number_explained): "a brace" / ``2 ประตู``,
"scored twice ... later" / ``ประตูที่สอง``. Sentences written for these tests."""

import pytest

from number_problems import number_problems


def _problems(en, th):
    return [p[:3] for p in number_problems(en, th, embeddings=False)]


@pytest.mark.parametrize("en,th", [
    # a count named by its word in the same sentence
    ("Mensah's brace sent Rangers top of the table.",
     "มีนซาห์ยิง 2 ประตูพาเรนเจอร์สขึ้นจ่าฝูง"),
    # an order implied by a hat-trick told in the sentence before
    ("Ortega completed a hat-trick in the first half. The pick of them was a volley "
     "from 20 metres.",
     "ออร์เตกาทำแฮตทริกได้ในครึ่งแรก ประตูที่สามของเขาเป็นลูกวอลเลย์จากระยะ 20 เมตร"),
    # an order implied by "his two goals", the count joined to the Thai lead's count
    ("Diaz got both of his two goals from corners.\n\n"
     "He headed in another one just before half-time.",
     "ดิอาซยิงได้ 2 ประตู จากลูกเตะมุมทั้งคู่\n\n"
     "เขาโหม่งประตูที่สองก่อนหมดครึ่งแรกไม่นาน"),
])
def test_the_english_counts_the_goals(en, th):
    assert _problems(en, th) == []


@pytest.mark.parametrize("en,th,expected", [
    # a count beyond the word: three goals are no brace
    ("Mensah's brace sent Rangers top of the table.",
     "มีนซาห์ยิง 3 ประตูพาเรนเจอร์สขึ้นจ่าฝูง", [("added", "", "3")]),
    # an order beyond the count told before
    ("Okoro scored twice before the break and hit the post after it.",
     "โอโคโรยิงได้สองครั้งก่อนพักครึ่ง และยิงประตูที่สี่ชนเสาหลังจากนั้น",
     [("added", "", "ที่สี่")]),
])
def test_a_number_beyond_the_english_count_is_reported(en, th, expected):
    problems = _problems(en, th)
    assert all(p in problems for p in expected), problems


def test_scored_twice_is_the_thai_double():
    """"scored twice" / ``ยิงเบิ้ล`` (Thai football's "double"): no count lost."""
    en = "Okafor scored twice before half-time as Rovers won 3-1 at home."
    th = "โอคาฟอร์ยิงเบิ้ลก่อนหมดครึ่งแรก ช่วยให้โรเวอร์สเปิดบ้านชนะ 3-1"
    assert number_problems(en, th, embeddings=False) == []
    th_no_double = "โอคาฟอร์ยิงประตูก่อนหมดครึ่งแรก ช่วยให้โรเวอร์สเปิดบ้านชนะ 3-1"
    assert [p[:2] for p in number_problems(en, th_no_double, embeddings=False)] == \
        [("missing", "twice")]


def test_a_hat_trick_in_words_is_the_thai_hat_trick():
    en = "Diallo scored three goals as Rovers won 4-0 on Saturday."
    th = "ดิอัลโลทำแฮตทริก ช่วยให้โรเวอร์สชนะ 4-0 เมื่อวันเสาร์"
    assert number_problems(en, th, embeddings=False) == []
