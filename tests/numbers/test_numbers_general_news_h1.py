"""Reader rules of general news writing, in our own sentences: Thai race times and
results (``9.58 วินาที`` is no clock, ``ชนะ 3 ประตูต่อ 1`` is a score), a lone Roman
``X`` that names a thing (``Malcolm X``, ``Musk's X``), model variants (``Titan IIIE``),
ISO currency codes written first (``CHF 20 million``) and digits glued to capitals
(``5G``, ``3D``)."""

from __future__ import annotations

import pytest

from massmob_nlp.numbers.table import find_numbers


def _found(text: str, lang: str = "en") -> list[tuple[str, str | None, bool]]:
    return [(m.text, m.key, m.vague) for m in find_numbers(text, lang)]


@pytest.mark.parametrize("text,found", [
    # a decimal and a unit of time after เวลา is a length of time, not a clock time
    ("นักวิ่งจาเมกาทำเวลา 9.85 วินาที คว้าเหรียญทองเมื่อเวลา 21.15 น.",
     [("9.85 วินาที", "duration:9.85:second", False), ("21.15 น.", "time:21:15", False)]),
    ("ขบวนรถใช้เวลา 3.5 ชั่วโมง", [("3.5 ชั่วโมง", "duration:210:minute", False)]),
    ("ประชุมเริ่มเวลา 9.30 ที่ทำเนียบ", [("9.30", "time:09:30", False)]),
    # what the result counts may stand before ต่อ
    ("ทีมชาติไทยเอาชนะเวียดนาม 2 ประตูต่อ 0 ที่ราชมังคลากีฬาสถาน",
     [("2 ประตูต่อ 0", "score:2-0", False)]),
    ("สาวไทยชนะญี่ปุ่น 3 เซตต่อ 2 เข้ารอบชิง", [("3 เซตต่อ 2", "score:3-2", False)]),
    # (the 1 of a ratio is vague: "30 pupils per teacher")
    ("แบ่งเป็นนักเรียน 30 คนต่อครู 1 คน", [("30", "cardinal:30", False),
                                          ("1", "cardinal:1", True)]),
])
def test_thai_race_times_and_results(text: str, found: list[tuple[str, str, bool]]) -> None:
    assert _found(text, "th") == found


def test_race_time_joins_across_languages() -> None:
    en = {m.key for m in find_numbers("She won the 100m in 10.71 seconds.", "en")}
    th = {m.key for m in find_numbers("เธอชนะวิ่ง 100 เมตรด้วยเวลา 10.71 วินาที", "th")}
    assert "duration:10.71:second" in en & th


@pytest.mark.parametrize("text,found", [
    ("Musk's X removed the post and X Corp sued.", []),
    ("Malcolm X was born in 1925 and Generation X voters now outnumber them.",
     [("1925", "year:1925", False)]),
    ("Sony's rival is the Xbox Series X console.", []),
    ("King Rama X attended the rite.", [("X", "ordinal:10", False)]),
    ("Pope Pius X condemned it.", [("X", "ordinal:10", False)]),
    ("Louis XIV and Henry VIII", [("XIV", "ordinal:14", False),
                                  ("VIII", "ordinal:8", False)]),
    # an acronym name numbers a plan by a numeral of two letters or more; a lone letter
    # after capitals is part of a name, and a language switcher's codes are no numbers
    ("The cabinet approved PDP VIII in May.", [("VIII", "ordinal:8", False)]),
    ("SCB X shares rose. TH EN VI", []),
])
def test_lone_roman_x(text: str, found: list[tuple[str, str, bool]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize("text,found", [
    ("The Titan IIIE carried the probe.", [("IIIE", "ordinal:3", False)]),
    ("Engineers tested the Saturn IB and Delta IVB.", [("IB", "ordinal:1", False),
                                                      ("IVB", "ordinal:4", False)]),
    ("Couples turn to Bangkok's IVF clinics and Canada's VIA Rail.", []),
    # acronyms of IVXLCDM letters are no numerals: identity cards, chips, Washington DC
    ("Seats are kept for holders of Thai ID cards and each Apple ID.", []),
    ("Bring a Malaysian IC; Samsung IC chips; a Washington DC office; an MD and a CD.",
     []),
])
def test_roman_model_variants(text: str, found: list[tuple[str, str, bool]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize("text,key", [
    ("UBS paid CHF 20 million in fines.", "money:20000000:CHF"),
    ("Sales reached SEK 4.5 billion.", "money:4500000000:SEK"),
    ("The bond raised AUD 300 million.", "money:300000000:AUD"),
    ("Sberbank lent ₽500 billion.", "money:500000000000:RUB"),
])
def test_iso_code_before_amount(text: str, key: str) -> None:
    assert key in [m.key for m in find_numbers(text, "en")]


def test_iso_code_joins_thai_currency_word() -> None:
    en = [m.key for m in find_numbers("UBS paid CHF 20 million in fines.", "en")]
    th = [m.key for m in find_numbers("ยูบีเอสจ่ายค่าปรับ 20 ล้านฟรังก์สวิส", "th")]
    assert en == th == ["money:20000000:CHF"]


@pytest.mark.parametrize("text,lang,found", [
    ("Operators switched off 3G as 5G towers went up.", "en",
     [("3G", "code:3", True), ("5G", "code:5", True)]),
    ("The 3D printer and the 4WD pickup", "en", [("3D", "code:3", True),
                                                 ("4WD", "code:4WD", True)]),
    ("เครือข่าย 5G ครอบคลุมร้อยละ 90 ของประเทศ", "th",
     [("5G", "code:5", True), ("ร้อยละ 90", "percent:90", False)]),
    # a glued magnitude letter or plural stays out
    ("The clip drew 100M views in the 2010S.", "en", []),
])
def test_digits_glued_to_capitals(text: str, lang: str,
                                  found: list[tuple[str, str, bool]]) -> None:
    assert _found(text, lang) == found


@pytest.mark.parametrize("text,found", [
    # a bare สิบ/ร้อย needs a counted noun after it: ages, medals, degrees, terms, doses
    ("ตำรวจพบเด็กหญิงวัยสิบขวบหมดสติในรถ", [("สิบขวบ", "duration:10:year", False)]),
    ("นักกีฬาไทยคว้าสิบเหรียญทองในซีเกมส์", [("สิบ", "cardinal:10", False)]),
    ("อุณหภูมิลดลงสิบองศาภายในคืนเดียว", [("สิบ", "cardinal:10", False)]),
    ("ผู้สูงอายุควรฉีดวัคซีนสามเข็ม", [("สาม", "cardinal:3", False)]),
])
def test_thai_number_words_before_more_classifiers(
        text: str, found: list[tuple[str, str, bool]]) -> None:
    assert _found(text, "th") == found


@pytest.mark.parametrize("text,lang,found", [
    ("คนร้ายบุกเข้าบ้านเลขที่ 88/4 หมู่ 2 เมื่อคืนนี้", "th",
     [("88/4", "code:88/4", False), ("2", "cardinal:2", False)]),
    ("Gunmen entered house No. 88/4 in Village 2 overnight.", "en",
     [("88/4", "code:88/4", False), ("2", "cardinal:2", False)]),
    # a document of a year keeps its number and its year
    ("คำสั่งเลขที่ 15/2568", "th", [("15", "code:15", False), ("2568", "year:2025", False)]),
])
def test_house_numbers(text: str, lang: str, found: list[tuple[str, str, bool]]) -> None:
    assert _found(text, lang) == found


@pytest.mark.parametrize("text,found", [
    # R-b19-7: after a verb or noun of change, "from X to Y" is a start and an end
    ("Hospital admissions rose from 14.2 to 20.6 per 10,000 residents.",
     [("14.2", "cardinal:14.2", False), ("20.6", "cardinal:20.6", False),
      ("10,000", "cardinal:10000", False)]),
    ("The central bank has raised its forecast from 2 to 2.5 per cent.",
     [("2", "percent:2", False), ("2.5 per cent", "percent:2.5", False)]),
    ("Exports grew from $3 billion to $4.5 billion.",
     [("$3 billion", "money:3000000000:USD", False),
      ("$4.5 billion", "money:4500000000:USD", False)]),
    # spans and ages stay ranges
    ("Daytime highs ranged from 31 to 35 degrees.", [("31 to 35", "range:31-35", False)]),
    ("Each team has from 11 to 15 players.", [("11 to 15", "range:11-15", False)]),
])
def test_change_from_to_is_two_numbers(text: str, found: list[tuple[str, str, bool]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize("text,lang,found", [
    # R-b19-1/2/3: glued watts, megapixels and zoom factors are measurements, and the
    # Thai ล้าน of ล้านพิกเซล is the mega- of megapixel
    ("The phone takes a 65W charger, has a 48MP camera and 5x optical zoom.", "en",
     [("65", "cardinal:65", False), ("48", "cardinal:48", False),
      ("5", "cardinal:5", False)]),
    ("โทรศัพท์รองรับที่ชาร์จ 65W กล้องหลัก 48 ล้านพิกเซล ซูมได้ 5 เท่า", "th",
     [("65", "cardinal:65", False), ("48", "cardinal:48", False),
      ("5", "cardinal:5", False)]),
    ("a 12-megapixel selfie camera", "en", [("12", "cardinal:12", False)]),
    ("ประชากร 48 ล้านคน", "th", [("48 ล้าน", "cardinal:48000000", False)]),
])
def test_device_specs(text: str, lang: str, found: list[tuple[str, str, bool]]) -> None:
    assert _found(text, lang) == found


@pytest.mark.parametrize("text,lang,found", [
    # R-b18-1: the Bangkok Post's B before a scale or thousands is the baht
    ("The court ordered him to repay B3.4bn and a fine of B120,000.", "en",
     [("B3.4bn", "money:3400000000:THB", False), ("B120,000", "money:120000:THB", False)]),
    ("a B2.5-billion flood wall", "en", [("B2.5-billion", "money:2500000000:THB", False)]),
    ("The B-52 and the B2 flew over; take vitamin B12.", "en",
     [("B-52", "code:52", False), ("B2", "code:2", False), ("B12", "code:12", False)]),
    # R-b18-2: มือ N ของโลก is a ranking
    ("นักแบดมินตันมือ 4 ของโลกชาวไทยคว้าแชมป์", "th", [("มือ 4", "ordinal:4", False)]),
    ("The world No 4 from Thailand took the title.", "en", [("No 4", "ordinal:4", False)]),
    ("เขาซื้อรถมือ 2 จากญี่ปุ่น และใช้มือ 2 ข้างยก", "th",
     [("2", "cardinal:2", False), ("2", "cardinal:2", False)]),
])
def test_baht_letter_and_thai_ranking(text: str, lang: str,
                                      found: list[tuple[str, str, bool]]) -> None:
    assert _found(text, lang) == found


@pytest.mark.parametrize("text,found", [
    # R-b18-3: a game or round and a half, with no number before
    ("ลิเวอร์พูลนำจ่าฝูงอยู่เกมครึ่ง", [("เกมครึ่ง", "cardinal:1.5", False)]),
    ("ทีมเล่นไปแล้ว 3 เกมครึ่ง", [("3 เกมครึ่ง", "cardinal:3.5", False)]),
    ("นักเตะลูกครึ่งไทยเยอรมัน", []),
    ("น้ำท่วมใหญ่ที่สุดในรอบครึ่งศตวรรษ", [("ครึ่งศตวรรษ", "duration:50:year", False)]),
    # R-b18-4: the one of a rate is vague
    ("ผู้ซื้อจ่าย 120 บาทต่อ 1 กิโลกรัม", [("120 บาท", "money:120:THB", False),
                                       ("1", "cardinal:1", True)]),
    ("ปรับ 2,000 บาทต่อรถ 1 คัน", [("2,000 บาท", "money:2000:THB", False),
                                  ("1", "cardinal:1", True)]),
    ("ตำรวจจับกุมผู้ต้องหาได้ 1 คน", [("1", "cardinal:1", False)]),
    ("ดอกเบี้ยร้อยละ 5 ต่อ 1 ปี", [("ร้อยละ 5", "percent:5", False),
                                  ("1 ปี", "duration:1:year", False)]),
    # R-b18-5: a scale and currency alone in brackets or after หน่วย is a unit label
    ("รายได้ (ล้านบาท) ปี 2567", [("2567", "year:2024", False)]),
    ("หน่วย: พันล้านดอลลาร์", []),
    ("มูลค่าโครงการ (2 ล้านบาท)", [("2 ล้านบาท", "money:2000000:THB", False)]),
])
def test_thai_halves_rates_and_unit_labels(text: str,
                                           found: list[tuple[str, str, bool]]) -> None:
    assert _found(text, "th") == found


@pytest.mark.parametrize("text,found", [
    # R-b19-5: after a superlative or top/bottom an ordinal word is a share
    ("Pupils from the poorest fifth of families fell further behind.",
     [("fifth", "fraction:1/5", False)]),
    ("The top tenth of earners pay most tax.", [("tenth", "fraction:1/10", False)]),
    ("She was the third of five children and the fastest third lap came later.",
     [("third", "ordinal:3", False), ("five", "cardinal:5", False),
      ("third", "ordinal:3", False)]),
])
def test_share_ordinals(text: str, found: list[tuple[str, str, bool]]) -> None:
    assert _found(text) == found


def test_slash_dates_take_the_order_of_their_document() -> None:
    # R-b18-7: a US-style page (a related story dated 11/29/2026) reads 12/3/2026 as
    # 3 December; a page with 29/11/2026 reads it as 12 March
    from massmob_nlp.numbers.table import document_dayfirst, numbers_table

    us = ("Exports rose 4% in the period to 12/3/2026, the ministry said.\n\n"
          "Related: Rice prices climb (11/29/2026)")
    # (a "Related:" line is page furniture: read it with include_boilerplate)
    keys = numbers_table(us, lang="en", include_boilerplate=True)["key"].tolist()
    assert "date:2026-12-03" in keys and "date:2026-11-29" in keys
    eu = "Exports rose 4% in the period to 12/3/2026, after 29/11/2026."
    assert "date:2026-03-12" in numbers_table(eu, lang="en")["key"].tolist()
    assert document_dayfirst("no dates here, 12/3/2026 only", True) is True
    assert document_dayfirst("no dates here, 12/3/2026 only", False) is False
    assert document_dayfirst("both 29/11/2026 and 11/29/2026", False) is False


@pytest.mark.parametrize("text,lang,units", [
    # R-b19-4: percentage points carry the unit pp (keys still join a Thai ร้อยละ)
    ("Inflation rose 0.4 percentage points to 2.9%.", "en", [("percent:0.4", "pp"),
                                                            ("percent:2.9", "%")]),
    ("เงินเฟ้อเพิ่มขึ้น 0.4 จุดเปอร์เซ็นต์ เป็นร้อยละ 2.9", "th", [("percent:0.4", "pp"),
                                                             ("percent:2.9", "%")]),
    ("The Fed cut rates by 25 basis points.", "en", [("percent:0.25", "pp")]),
])
def test_percentage_points_unit(text: str, lang: str, units: list[tuple[str, str]]) -> None:
    assert [(m.key, m.unit) for m in find_numbers(text, lang)] == units


@pytest.mark.parametrize("text,found", [
    # R-b19-9: the ละ of และ ("and") is no rate: number + classifier stays a count
    ("ตายสองราย และบาดเจ็บหนึ่งราย", [("สอง", "cardinal:2", False),
                                     ("หนึ่ง", "cardinal:1", False)]),
    ("แจกคนละ 1 ชุด", [("1", "cardinal:1", True)]),
    # R-b18-8: a two-digit year after ปี / ปีงบฯ is Buddhist Era, also before วาระ
    ("สภาผ่านร่างงบฯ ปี 71 วาระแรก", [("71", "year:2028", False),
                                     ("แรก", "ordinal:1", True)]),
    ("ปีงบฯ 71 วงเงิน 3.9 ล้านล้านบาท", [("71", "year:2028", False),
                                       ("3.9 ล้านล้านบาท", "money:3900000000000:THB", False)]),
    ("ผู้ป่วยอายุ 71 ปี", [("71 ปี", "duration:71:year", False)]),
])
def test_thai_and_and_short_years(text: str, found: list[tuple[str, str, bool]]) -> None:
    assert _found(text, "th") == found


@pytest.mark.parametrize("text,found", [
    # an ordinal standing for a goal is vague; one before its noun stays a count
    ("The striker scored twice before Kane added a third in stoppage time.",
     [("twice", "cardinal:2", False), ("third", "ordinal:3", True)]),
    ("Son slotted the fourth with the last kick.", [("fourth", "ordinal:4", True)]),
    ("He scored his fourth goal of the season.", [("fourth", "ordinal:4", False)]),
])
def test_goal_ordinals(text: str, found: list[tuple[str, str, bool]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize("text,found", [
    # "the vote was 312 to 87": a tally, as Thai writes it (ลงมติ 312 ต่อ 87)
    ("The final vote was 240 to 189.", [("240 to 189", "score:240-189", False)]),
    ("The vote was 18 to 20 percent in favour.", [("18 to 20 percent", "percent:18-20", False)]),
])
def test_vote_tallies(text: str, found: list[tuple[str, str, bool]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize("text,found", [
    # thousands grouped by spaces are one number (not 10 and a false 000)
    ("About 12 500 people attended and 1 250 000 dong was raised.",
     [("12 500", "cardinal:12500", False), ("1 250 000 dong", "money:1250000:VND", False)]),
    ("On March 15 200 people were held; call 116 123.",
     [("March 15", "date:--03-15", False), ("200", "cardinal:200", False),
      ("116 123", "code:116123", False)]),
    # an apostrophe for the century is a year
    ("Back in ’97, the baht collapsed; the Class of '04 met.",
     [("’97", "year:1997", False), ("'04", "year:2004", False)]),
    ("He said '97 people came'", [("97", "cardinal:97", False)]),
])
def test_space_groups_and_short_years(text: str, found: list[tuple[str, str, bool]]) -> None:
    assert _found(text) == found


def test_thai_lists_counts_with_spaces() -> None:
    assert _found("ผู้ประสบภัยในสามอำเภอ 210 450 และ 300 คน", "th") == [
        ("สาม", "cardinal:3", False), ("210", "cardinal:210", False),
        ("450", "cardinal:450", False), ("300", "cardinal:300", False)]


@pytest.mark.parametrize("text,found", [
    # หนึ่ง + a unit of time renders the English article ("a week later"): vague
    ("หนึ่งสัปดาห์ต่อมา ตำรวจจับกุมผู้ต้องหาได้", [("หนึ่งสัปดาห์", "duration:1:week", True)]),
    ("สองสัปดาห์ต่อมา ตำรวจจับกุมผู้ต้องหาได้", [("สองสัปดาห์", "duration:2:week", False)]),
    ("ตำรวจจับกุมผู้ต้องหาได้หนึ่งคน", [("หนึ่ง", "cardinal:1", False)]),
])
def test_thai_one_unit_of_time(text: str, found: list[tuple[str, str, bool]]) -> None:
    assert _found(text, "th") == found
