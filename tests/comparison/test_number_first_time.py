"""A Thai ``แรก`` for an English word of a first occasion ("debut", "IPO", "sequel"): no
problem; a Thai ``แรก`` with no such word in the English is still added. Sentences
written for these tests."""

from number_problems import number_problems


def _problems(en: str, th: str) -> list[tuple[str, ...]]:
    return [p[:3] for p in number_problems(en, th, embeddings=False)]


def test_a_market_debut_is_the_thai_first_trading_day():
    en = "Shares of the bakery chain rose 12% in their market debut on Thursday."
    th = "หุ้นของเครือร้านเบเกอรี่พุ่งขึ้น 12% ในการซื้อขายวันแรกเมื่อวันพฤหัสบดี"
    assert _problems(en, th) == []


def test_a_maiden_voyage_is_the_thai_first_trip():
    en = "The ferry carried 640 passengers on its maiden voyage to Koh Samui."
    th = "เรือเฟอร์รี่ลำนี้บรรทุกผู้โดยสาร 640 คนในการเดินทางเที่ยวแรกไปยังเกาะสมุย"
    assert _problems(en, th) == []


def test_a_thai_first_with_no_first_occasion_in_the_english_is_still_added():
    en = "The ferry carried 640 passengers on its voyage to Koh Samui."
    th = "เรือเฟอร์รี่ลำนี้บรรทุกผู้โดยสาร 640 คนในการเดินทางเที่ยวแรกไปยังเกาะสมุย"
    assert ("added", "", "แรก") in _problems(en, th)
