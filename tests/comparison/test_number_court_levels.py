"""The level of a court: an English rank ("first-instance", "court of first instance")
that Thai names with no number (``ชั้นต้น``, ``ชั้นอุทธรณ์``). Sentences written for these
tests."""

from number_problems import number_problems


def _problems(en, th):
    return [p[:3] for p in number_problems(en, th, embeddings=False)]


EN = ("The former mayor, 58, was one of 12 defendants at the first-instance trial, which "
      "lasted six days.")
TH = ("อดีตนายกเทศมนตรีวัย 58 ปี เป็นหนึ่งในจำเลย 12 คนในการพิจารณาคดีชั้นต้น "
      "ซึ่งใช้เวลาหกวัน")


def test_a_first_instance_trial_is_the_thai_court_of_first_instance():
    assert _problems(EN, TH) == []


def test_an_appeal_court_with_no_thai_level_is_still_missing():
    en = "The second-instance court upheld the 12-year sentence on Monday."
    th = "ศาลยืนโทษจำคุก 12 ปีเมื่อวันจันทร์"
    assert ("missing", "second", "") in _problems(en, th)


def test_an_appeal_court_is_the_second_instance():
    en = "The second-instance court upheld the 12-year sentence on Monday."
    th = "ศาลอุทธรณ์ยืนโทษจำคุก 12 ปีเมื่อวันจันทร์"
    assert _problems(en, th) == []
    th_first = "ศาลชั้นต้นยืนโทษจำคุก 12 ปีเมื่อวันจันทร์"
    assert ("missing", "second", "") in _problems(en, th_first)


def test_a_first_trial_is_no_court_level():
    """"the first trial" (of several) is a rank the Thai must write."""
    en = "It was the first trial of the 12 defendants, which lasted six days."
    th = "นับเป็นการพิจารณาคดีชั้นต้นของจำเลย 12 คน ซึ่งใช้เวลาหกวัน"
    assert ("missing", "first", "") in _problems(en, th)
