"""A bare ``$`` of an English article that names another dollar with its prefix
(``S$``, ``A$``, ``HK$``) and never the US dollar is the US dollar: the same figure in
that other dollar in the Thai is one currency changed. Sentences written for these
tests."""

import pytest

from number_problems import number_problems

WIRE = ("Harbour Bank sold shares worth S$2.3 billion on Monday. The lender reported a "
        "profit of $64 million for the quarter.")


def _problems(en, th):
    return [p[:3] for p in number_problems(en, th, embeddings=False)]


def test_a_bare_dollar_beside_a_prefixed_one_is_the_us_dollar():
    th = ("ธนาคารฮาร์เบอร์ขายหุ้นมูลค่า 2,300 ล้านดอลลาร์สิงคโปร์เมื่อวันจันทร์ "
          "ธนาคารรายงานกำไร 64 ล้านดอลลาร์สิงคโปร์ในไตรมาสนี้")
    assert _problems(WIRE, th) == [("mismatch", "$64 million", "64 ล้านดอลลาร์สิงคโปร์")]


@pytest.mark.parametrize("th", [
    # the US dollar named, or the country left out: the same amount
    "ธนาคารฮาร์เบอร์ขายหุ้นมูลค่า 2,300 ล้านดอลลาร์สิงคโปร์เมื่อวันจันทร์ "
    "ธนาคารรายงานกำไร 64 ล้านดอลลาร์สหรัฐในไตรมาสนี้",
    "ธนาคารฮาร์เบอร์ขายหุ้นมูลค่า 2,300 ล้านดอลลาร์สิงคโปร์เมื่อวันจันทร์ "
    "ธนาคารรายงานกำไร 64 ล้านดอลลาร์ในไตรมาสนี้",
])
def test_the_us_dollar_or_a_bare_one_is_kept(th):
    assert _problems(WIRE, th) == []


@pytest.mark.parametrize("en", [
    # a paper that writes its own dollar bare and names the US dollar
    "Harbour Bank sold shares worth US$1.7 billion on Monday. The lender reported a "
    "profit of $64 million for the quarter.",
    # a prefixed dollar in brackets is the paper's conversion, no evidence
    "Tickets cost 3,000 baht (S$112) in Bangkok. The lender reported a profit of "
    "$64 million for the quarter.",
])
def test_a_bare_dollar_stays_any_dollar_otherwise(en):
    th = "ธนาคารรายงานกำไร 64 ล้านดอลลาร์สิงคโปร์ในไตรมาสนี้"
    problems = _problems(en, th)
    assert ("mismatch", "$64 million", "64 ล้านดอลลาร์สิงคโปร์") not in problems
