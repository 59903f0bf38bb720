"""A run written with a count on one side only: "in consecutive years" / ``2 ปีติดต่อกัน``,
"three games in a row" / ``ชนะติดต่อกันหลายนัด``. A count glued to no word of a run, or a
run the other side does not say, is still reported. Sentences written for these tests."""

from number_problems import number_problems


def _problems(en: str, th: str) -> list[tuple[str, ...]]:
    return [p[:3] for p in number_problems(en, th, embeddings=False)]


def test_thai_counts_the_consecutive_years_the_english_leaves_uncounted():
    en = "The Spanish club won the cup in consecutive years and sold 41,000 season tickets."
    th = "สโมสรจากสเปนคว้าถ้วยได้ 2 ปีติดต่อกัน และขายตั๋วรายฤดูกาลได้ 41,000 ใบ"
    assert _problems(en, th) == []


def test_thai_counts_back_to_back_titles():
    en = "Her back-to-back titles earned the coach a bonus of 900,000 baht."
    th = "การคว้าแชมป์ 2 สมัยซ้อนทำให้โค้ชได้รับโบนัส 900,000 บาท"
    assert _problems(en, th) == []


def test_english_counts_a_run_the_thai_leaves_uncounted():
    en = "The river rose for five days in a row before 1,200 homes were evacuated."
    th = "ระดับน้ำในแม่น้ำสูงขึ้นติดต่อกันหลายวัน ก่อนที่จะมีการอพยพบ้านเรือน 1,200 หลัง"
    assert _problems(en, th) == []


def test_a_thai_count_with_no_run_in_the_english_is_still_added():
    en = "The Spanish club won the cup again and sold 41,000 season tickets."
    th = "สโมสรจากสเปนคว้าถ้วยได้ 2 ปีติดต่อกัน และขายตั๋วรายฤดูกาลได้ 41,000 ใบ"
    assert ("added", "", "2 ปี") in _problems(en, th)


def test_a_thai_count_away_from_the_run_word_is_still_added():
    en = "The Spanish club won the cup in consecutive years and sold 41,000 season tickets."
    th = "สโมสรจากสเปนคว้าถ้วยได้ติดต่อกัน ใช้เวลา 2 ปี และขายตั๋วรายฤดูกาลได้ 41,000 ใบ"
    assert ("added", "", "2 ปี") in _problems(en, th)
