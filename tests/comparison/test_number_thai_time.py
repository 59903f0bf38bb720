"""A clock time the translator converted to Thai time (``ตามเวลาประเทศไทย``) from a
place's own clock is the same instant; another minute, or no Thai-time marker, is a
change. Sentences written for these tests."""

from number_problems import number_problems

EN = "The quake struck at 7:52 a.m. local time on Tuesday, officials said."


def _problems(th: str) -> list[tuple[str, ...]]:
    return [p[:3] for p in number_problems(EN, th, embeddings=False)]


def test_a_time_converted_to_thai_time_is_kept():
    assert _problems("แผ่นดินไหวเกิดขึ้นเมื่อเวลา 06.52 น. ตามเวลาประเทศไทยของวันอังคาร") == []


def test_another_minute_in_thai_time_is_a_change():
    assert _problems("แผ่นดินไหวเกิดขึ้นเมื่อเวลา 06.40 น. ตามเวลาประเทศไทยของวันอังคาร") == [
        ("mismatch", "7:52 a.m.", "06.40 น.")]


def test_an_hour_changed_without_a_thai_time_marker_is_a_change():
    assert _problems("แผ่นดินไหวเกิดขึ้นเมื่อเวลา 06.52 น. ของวันอังคาร") == [
        ("mismatch", "7:52 a.m.", "06.52 น.")]
