"""Reader rules of general news writing, in our own sentences (twelfth session): an
anaphoric "the two" + plural noun (a pair already named), the start of a change that
takes the unit of its end (``จาก 30 เป็น 45 ล้านบาท``), hedged shares ("about a third
opposed") and a Thai rank before a clause that opens with a classifier word."""

from __future__ import annotations

import pytest

from massmob_nlp.numbers.table import find_numbers
from massmob_nlp.numbers.words_en import anaphoric_pair


def _found(text: str, lang: str = "en") -> list[tuple[str, str | None, bool]]:
    return [(m.text, m.key, m.vague) for m in find_numbers(text, lang)]


@pytest.mark.parametrize("text,pair", [
    # a pair already named: still a count, but one a translation may leave out
    ("Ties between the two nations go back decades.", True),
    ("The two ministers shook hands in Jakarta.", True),
    ("Police said the two were detained overnight.", True),
    ("Neither of these two firms replied.", True),
    ("The other two riders crashed.", True),
    # a count, a length of time or a compound is no such pair
    ("Two ferries sank off Phuket.", False),
    ("Her two sons run the shop.", False),
    ("He won the two-stage race.", False),
    ("She scored in the two previous seasons.", False),
])
def test_the_two_is_a_pair_already_named(text: str, pair: bool) -> None:
    (two,) = [m for m in find_numbers(text, "en") if m.text.lower() == "two"]
    assert (two.key, two.vague) == ("cardinal:2", False)
    assert anaphoric_pair(text, two.start, two.end) is pair


@pytest.mark.parametrize("text,lang,found", [
    # the start of a change written bare takes the scale and unit of its end
    ("กำไรลดลงจาก 60 เหลือ 42 ล้านบาท", "th",
     [("60", "money:60000000:THB", False), ("42 ล้านบาท", "money:42000000:THB", False)]),
    ("หนี้เพิ่มจาก 1.5 เป็น 1.8 แสนล้านบาท", "th",
     [("1.5", "money:150000000000:THB", False),
      ("1.8 แสนล้านบาท", "money:180000000000:THB", False)]),
    ("เงินเฟ้อขยับจาก 1.1 มาอยู่ที่ 1.6%", "th",
     [("1.1", "percent:1.1", False), ("1.6%", "percent:1.6", False)]),
    ("งบเพิ่มจาก 80 ล้าน เป็น 95 ล้านบาท", "th",
     [("80 ล้าน", "money:80000000:THB", False), ("95 ล้านบาท", "money:95000000:THB", False)]),
    ("Its debt climbed from 6 to 9 billion pesos.", "en",
     [("6", "money:6000000000:PHP", False),
      ("9 billion pesos", "money:9000000000:PHP", False)]),
    ("Inflation eased from 4.2 to 3.9%.", "en",
     [("4.2", "percent:4.2", False), ("3.9%", "percent:3.9", False)]),
    # a count keeps its own; a start written in full keeps its value
    ("ผู้ติดเชื้อเพิ่มจาก 12 เป็น 19 คน", "th",
     [("12", "cardinal:12", False), ("19", "cardinal:19", False)]),
    ("Visitors rose from 750,000 to 1.1 million.", "en",
     [("750,000", "cardinal:750000", False), ("1.1 million", "cardinal:1100000", False)]),
])
def test_change_start_takes_the_end_unit(text: str, lang: str,
                                         found: list[tuple[str, str, bool]]) -> None:
    assert _found(text, lang) == found


@pytest.mark.parametrize("text,lang,found", [
    # a hedged part before a verb, or a part before a verb of saying/voting, is a share
    ("Roughly a quarter opposed the merger.", "en", [("a quarter", "fraction:1/4", False)]),
    ("Almost a fifth said they had no savings.", "en", [("a fifth", "fraction:1/5", False)]),
    ("A third abstained in the vote.", "en", [("A third", "fraction:1/3", False)]),
    # a rank stays a rank
    ("She is seeking a third term.", "en", [("third", "ordinal:3", False)]),
    ("It was a third straight defeat.", "en", [("third", "ordinal:3", False)]),
    # after a noun + ที่ a space ends the rank; the next clause may open with a classifier
    ("ทีมจบอันดับที่ 6 ส่วนคู่แข่งตกชั้น", "th", [("อันดับที่ 6", "ordinal:6", False)]),
    ("เมื่อวันที่ 9 คนร้ายหลบหนีไป", "th", [("วันที่ 9", "ordinal:9", False)]),
    ("นักเรียนที่ 40 คนสอบผ่าน", "th", [("40", "cardinal:40", False)]),
])
def test_shares_and_ranks(text: str, lang: str, found: list[tuple[str, str, bool]]) -> None:
    assert _found(text, lang) == found


@pytest.mark.parametrize("text,lang,found", [
    # the plurality voting system is no rank
    ("Britain elects MPs by first past the post.", "en", [("first", "ordinal:1", True)]),
    ("Critics of the first-past-the-post system", "en", [("first", "ordinal:1", True)]),
    # hundredths and thousandths are shares
    ("A pip is one hundredth of a cent.", "en", [("one hundredth", "fraction:1/100", False)]),
    ("She won by a thousandth of a second.", "en",
     [("a thousandth", "fraction:1/1000", False)]),
    # a century before a snooker or cricket noun scores 100; "three centuries" is time
    ("He has 812 century breaks to his name.", "en", [("812", "cardinal:812", False)]),
    ("Their century stand saved the match.", "en", []),
    ("The bridge stood for two centuries.", "en",
     [("two centuries", "duration:200:year", False)]),
    # "top seed" is no number to read (the comparison joins it to Thai มือวางอันดับ 1)
    ("The top seed lost in Doha.", "en", []),
])
def test_idioms_shares_and_sport_words(text: str, lang: str,
                                       found: list[tuple[str, str, bool]]) -> None:
    assert _found(text, lang) == found


@pytest.mark.parametrize("text,lang,found", [
    # Thai cents are money in baht
    ("ภาษี 7 สตางค์จากทุกการซื้อ", "th", [("7 สตางค์", "money:0.07:THB", False)]),
    ("Diesel was cut by 50 satang a litre.", "en", [("50 satang", "money:0.5:THB", False)]),
    # a broadcaster's channel opening a paragraph is its source stamp
    ("VTV1 - ไฟไหม้โรงงาน 3 แห่ง", "th", [("3", "cardinal:3", False)]),
    ("HTV7 | Police found 12 bags.", "en", [("12", "cardinal:12", False)]),
    ("VTV1 reported 12 deaths.", "en", [("VTV1", "code:VTV1", False),
                                       ("12", "cardinal:12", False)]),
])
def test_satang_and_station_stamps(text: str, lang: str,
                                   found: list[tuple[str, str, bool]]) -> None:
    assert _found(text, lang) == found


@pytest.mark.parametrize("text,lang,found", [
    # "a third country": another one, no rank (vague)
    ("Steel routed via a third country faces the duty.", "en", [("third", "ordinal:3", True)]),
    ("He finished third in Oslo.", "en", [("third", "ordinal:3", False)]),
    # Thai "a (top) priority" is no rank
    ("กระทรวงให้ความสำคัญเป็นลำดับแรกกับโรงเรียน", "th", [("แรก", "ordinal:1", True)]),
    ("ทีมเยือนจบอันดับแรกของตาราง", "th", [("แรก", "ordinal:1", False)]),
    # Nordic and Czech crowns named with their country are money
    ("The city spent 75 million Danish crowns on it.", "en",
     [("75 million Danish crowns", "money:75000000:DKK", False)]),
    ("A beer costs 60 Czech korunas.", "en", [("60 Czech korunas", "money:60:CZK", False)]),
    ("เบียร์ราคา 60 คอรูนา", "th", [("60 คอรูนา", "money:60:CZK", False)]),
    # half a point of a standing is a count; of a rate, percentage points
    ("Sara leads by half a point ahead of Mia.", "en", [("half a point", "cardinal:0.5", False)]),
    ("ซาร่านำมีอาอยู่ครึ่งคะแนน", "th", [("ครึ่งคะแนน", "cardinal:0.5", False)]),
    ("The bank raised rates by half a point.", "en", [("half a point", "percent:0.5", False)]),
])
def test_blind_batch_b26_b28_readings(text: str, lang: str,
                                      found: list[tuple[str, str, bool]]) -> None:
    assert _found(text, lang) == found


@pytest.mark.parametrize("text,found", [
    # a first album, film or single named with no "first" (Thai ชุดแรก, ซิงเกิลแรก): vague
    ("Their 2019 debut sold well.", [("2019", "year:2019", False),
                                     ("debut", "ordinal:1", True)]),
    ("The lead single topped the chart.", [("lead", "ordinal:1", True)]),
    ("The group will debut in Seoul.", []),
    # a chart place left behind is a place too
    ("The song slipped from No. 5 to No. 9.", [("No. 5", "ordinal:5", False),
                                               ("No. 9", "ordinal:9", False)]),
])
def test_debuts_and_chart_places(text: str, found: list[tuple[str, str, bool]]) -> None:
    assert _found(text) == found
