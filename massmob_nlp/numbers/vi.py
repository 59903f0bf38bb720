"""Vietnamese number forms, read first in a paragraph whose language is ``vi`` (see
:func:`massmob_nlp.numbers.table.find_numbers`), with the same keys as the English and
Thai readings so a Vietnamese original joins both translations.

Vietnamese writes the decimal comma and the thousands dot (``1.234,5`` = 1234.5,
``7,09%`` = 7.09 %), magnitudes as words after the digits (``nghìn``/``ngàn`` 10³,
``triệu`` 10⁶, ``tỷ``/``tỉ`` 10⁹, ``nghìn tỷ`` 10¹²: ``55 triệu đồng`` =
``money:55000000:VND`` = ``55 million dong`` = ``55 ล้านดอง``), the currency after the
number (``đồng``, ``VND``, ``USD``, ``đô la Mỹ``, ``euro``, ``yên``, ``nhân dân tệ``,
``baht``) or a symbol before it (``US$``), dates day first (``ngày 2/9/2024``,
``ngày 2 tháng 9 năm 2024``, ``sáng 2/9``, ``tháng 9/2024``), quarters in Roman or
Arabic digits (``quý III/2024``), clock times ``14h30`` / ``14 giờ 30``, ordinals after
``thứ`` and the numbered bodies ``khóa XV`` / ``Đại hội XIV`` (the 15th National
Assembly, the 14th Congress), and counts in words before a counted noun (``ba trường``
"three schools"). Vague amounts (``hàng nghìn`` "thousands", ``hàng chục nghìn``,
``vài``) are ``vague``. Document codes (``217-QĐ/TW``, ``168/2024/NĐ-CP``) keep the
shared code key (Đ is D).

A number whose separators do not follow the Vietnamese convention is read the way its
shape says: with both ``.`` and ``,`` the last one is the decimal mark (``1,234.5``,
as some outlets copy English); a lone ``.`` followed by one or two digits is a decimal
point (``7.5``); one followed by three digits is a thousands dot (``1.500`` = 1500).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from .._text import CODE_RE, normalize_code
from .base import Scan, alt, format_number, too_big
from .durations import duration_key
from .en import roman_value

# Vietnamese letters, for word edges (\b of ``re`` counts them as word characters too,
# but digits glued to letters, ``14h30``, need an explicit test).
_VI_LETTER = r"A-Za-zÀ-ỹĐđ"
_NOT_LETTER_AFTER = rf"(?![{_VI_LETTER}0-9])"
_NOT_LETTER_BEFORE = rf"(?<![{_VI_LETTER}0-9])"

NUMBER = (r"[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?"       # 1.234.567 / 1.234,5
          r"|[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?"      # 1,234,567.5 (English habit)
          r"|[0-9]+(?:[.,][0-9]+)?")                     # 55 / 7,09 / 7.5
"""A number in digits with Vietnamese (or English) separators."""

MAGNITUDES = {"nghìn tỷ": 12, "ngàn tỷ": 12, "nghìn tỉ": 12, "ngàn tỉ": 12,
              "triệu tỷ": 15, "tỷ": 9, "tỉ": 9, "triệu": 6, "nghìn": 3, "ngàn": 3,
              "trăm": 2}
"""Magnitude words after a number: 10 to the power."""

CURRENCY_AFTER = {
    "VND": ["đồng", "VND", "VNĐ", "VNđ", "đ"],
    "USD": ["USD", "đô la Mỹ", "đôla Mỹ", "đô-la Mỹ", "đô la", "đôla"],
    "EUR": ["euro", "Euro", "EUR"], "JPY": ["yên", "Yên", "JPY"],
    "CNY": ["nhân dân tệ", "NDT", "CNY"], "THB": ["baht", "bạt", "THB"],
    "KRW": ["won", "KRW"], "GBP": ["bảng Anh", "GBP"], "LAK": ["kip", "kíp", "LAK"],
    "KHR": ["riel", "KHR"], "SGD": ["đô la Singapore", "SGD"],
    "MMK": ["kyat", "MMK"], "MYR": ["ringgit", "RM", "MYR"], "IDR": ["rupiah", "IDR"],
    "PHP": ["peso", "PHP"], "INR": ["rupee", "INR"],
}
"""Currency words and codes after a number (``đô la`` alone is the US dollar, as in
the Vietnamese press)."""

CURRENCY_BEFORE = {"USD": ["US$", "USD", "$"], "EUR": ["€"], "GBP": ["£"], "JPY": ["¥"],
                   "VND": ["VND", "₫"]}

QUALIFIERS_BEFORE = {
    "over": ["hơn", "trên", "vượt", "vượt quá", "quá"],
    "nearly": ["gần", "suýt soát", "gần như"],
    "about": ["khoảng", "chừng", "khoảng chừng", "ước tính", "ước khoảng", "ước",
              "ước đạt", "ước tính đạt", "ước tính khoảng", "ước tính tăng", "ước tăng",
              "ước tính giảm", "ước giảm", "trung bình", "xấp xỉ",
              # forecasts, as EN "forecast at", "expected to reach" and Thai คาดว่าจะ
              "ước chiếm", "ước tính chiếm", "dự báo đạt", "dự báo sẽ đạt", "dự kiến đạt",
              "dự kiến sẽ đạt", "dự báo ở mức", "dự kiến ở mức"],
    "at_least": ["ít nhất", "tối thiểu", "không dưới"],
    "at_most": ["tối đa", "nhiều nhất", "không quá", "không vượt quá"],
    "up_to": ["lên tới", "lên đến", "có thể lên tới"],
    "under": ["dưới", "chưa đến", "chưa tới", "không đến", "ít hơn", "chưa đầy",
              "không đầy", "chưa tròn"],
}
"""Qualifier words before a number, in the qualifiers of the English and Thai readers
(``ước tính tăng 7,4%`` "grew by an estimated 7.4%")."""
QUALIFIERS_AFTER = {"at_least": ["trở lên"], "at_most": ["trở xuống"]}

UNITS = ["người", "tỉnh", "thành phố", "trường", "dự án", "doanh nghiệp", "công ty",
         "bị cáo", "ca", "hộ", "xã", "huyện", "quận", "phường", "nước", "quốc gia",
         "lần", "ngày", "tuần", "tháng", "năm", "giờ", "phút", "tiếng", "nhà", "căn",
         "chiếc", "con", "cái", "bàn", "trận", "điểm", "huy chương", "ga", "tuyến",
         "cây số", "km", "mét", "tấn", "ha", "héc-ta", "đại biểu", "thành viên",
         "trẻ", "em", "học sinh", "sinh viên", "bệnh nhân", "nạn nhân", "tàu", "xe",
         "cầu", "nhà máy", "bệnh viện", "đơn vị", "cơ quan", "bộ", "ngành", "vụ",
         "đoàn", "lượt", "cuộc", "phiên", "kỳ", "nhiệm kỳ", "khóa", "bản", "văn bản",
         "nghị quyết", "nghị định", "mục tiêu", "nhiệm vụ", "giải pháp", "lĩnh vực",
         "chương", "điều", "khoản", "bậc", "nhóm", "mục", "loại", "cấp", "vòng", "hiệp",
         "bàn thắng", "phần", "đợt", "ca khúc", "tập", "tầng", "làn", "lô",
         "lượng", "gram", "ounce", "kg", "cổ phiếu", "mã", "sân bay", "cảng", "bến"]
"""Nouns and classifiers a count in words stands before (``ba trường`` "three
schools"); a number word elsewhere (``thứ Hai`` "Monday", ``ba mẹ`` "parents", ``năm``
"year") is no number."""

DURATION_UNITS = {"năm": "year", "tháng": "month", "tuần": "week", "ngày": "day",
                  "giờ": "hour", "tiếng": "hour", "phút": "minute", "giây": "second",
                  "thập kỷ": "decade", "thế kỷ": "century"}
"""Units of time after a number: a length of time, keyed as in English and Thai
(``3 năm`` = ``three years`` = ``3 ปี``: ``duration:3:year``)."""
_DURATION_RE = re.compile(rf"\s+(?P<u>{alt(DURATION_UNITS)}){_NOT_LETTER_AFTER}")

_WORDS = {"không": 0, "một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4,
          "năm": 5, "lăm": 5, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9,
          "mười": 10, "mươi": 10}

_NUM_RE = re.compile(rf"{_NOT_LETTER_BEFORE}(?<![0-9][.,])(?<![A-Za-z][-+])(?P<n>{NUMBER})"
                     r"(?![0-9]|[.,][0-9])")
"""A number in digits (not one joined by a hyphen or a plus to a Latin word:
``COVID-19``, ``Su-30`` and the zone ``GMT+7`` are left to the English patterns)."""
_MAG_RE = re.compile(rf"\s+(?P<w>{alt(MAGNITUDES)}){_NOT_LETTER_AFTER}")
_CUR_AFTER = {w.lower(): c for c, ws in CURRENCY_AFTER.items() for w in ws}
_CUR_AFTER_RE = re.compile(
    rf"\s*(?P<w>{alt(w for ws in CURRENCY_AFTER.values() for w in ws)}){_NOT_LETTER_AFTER}",
    re.IGNORECASE)
_CUR_BEFORE = {w: c for c, ws in CURRENCY_BEFORE.items() for w in ws}
_CUR_BEFORE_RE = re.compile(rf"(?P<w>{alt(w for ws in CURRENCY_BEFORE.values() for w in ws)})\s?$")
_PCT_RE = re.compile(rf"\s?(?:%|(?:điểm\s+)?phần\s+trăm{_NOT_LETTER_AFTER})")
_QUAL = {p: q for q, ps in QUALIFIERS_BEFORE.items() for p in ps}
_QUAL_RE = re.compile(rf"{_NOT_LETTER_BEFORE}(?P<w>{alt(_QUAL)})\s+$", re.IGNORECASE)
_QUAL_AFTER = {p: q for q, ps in QUALIFIERS_AFTER.items() for p in ps}
_QUAL_AFTER_RE = re.compile(rf"\s+(?P<w>{alt(_QUAL_AFTER)}){_NOT_LETTER_AFTER}")

_DATE_PREFIX = (r"(?:[Nn]gày|[Ss]áng|[Tt]rưa|[Cc]hiều|[Tt]ối|[Đđ]êm|[Hh]ôm|[Tt]ừ|[Đđ]ến|[Tt]ới"
                r"|(?:[Tt]hứ\s+(?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy)|[Cc]hủ\s+[Nn]hật),?)")
_FULL_DATE_RE = re.compile(
    rf"{_NOT_LETTER_BEFORE}(?P<d>[0-9]{{1,2}})\s?[/.-]\s?(?P<m>[0-9]{{1,2}})\s?[/.-]\s?"
    rf"(?P<y>(?:19|20)[0-9]{{2}})(?![0-9])")
_WORD_DATE_RE = re.compile(
    r"(?P<pre>[Nn]gày\s+)(?P<d>[0-9]{1,2})\s+tháng\s+(?P<m>[0-9]{1,2})"
    r"(?:\s*(?:năm\s+|[/,]\s*)(?P<y>(?:19|20)[0-9]{2}))?(?![0-9])")
_DAY_MONTH_RE = re.compile(
    rf"(?P<pre>{_DATE_PREFIX}(?:\s+(?:ngày|nay))?\s+)(?P<d>[0-9]{{1,2}})/(?P<m>[0-9]{{1,2}})"
    r"(?![0-9]|/[0-9])")
_DATELINE_RE = re.compile(
    rf"(?:^[^\S\n]*[A-ZĐ][{_VI_LETTER}]*(?:\s+[A-ZĐ][{_VI_LETTER}]*){{0,3}},\s*)"
    r"(?P<d>[0-9]{1,2})/(?P<m>[0-9]{1,2})(?![0-9]|/[0-9])(?=\s*(?:\(|[-–—]))")
"""``Hà Nội, 6/10 (TTXVN) -``: the day and month of a dateline."""
_DAY_RANGE_RE = re.compile(
    rf"(?:[Tt]ừ\s+(?:ngày\s+)?|(?<![{_VI_LETTER}])[Nn]gày\s+)(?P<d1>[0-9]{{1,2}})\s*(?:[-–]|đến|tới)\s*"
    r"(?:ngày\s+)?(?P<d2>[0-9]{1,2})\s?/\s?(?P<m>[0-9]{1,2})(?:\s?/\s?(?P<y>(?:19|20)[0-9]{2}))?"
    r"(?![0-9]|/[0-9])")
"""``từ ngày 10 đến 18/11``, ``ngày 10-18/11/2025``: one date range whose first day
shares the month (and year) written once at its end, as English ``from November 10 to
18`` and Thai ``10–18 พฤศจิกายน`` (``date:--11-10/--11-18``)."""
_BARE_DAY_MONTH_RE = re.compile(
    r"(?<![0-9.,/])(?P<d>[0-9]{1,2})/(?P<m>[0-9]{1,2})(?![0-9]|/[0-9]|[.,][0-9])")
_AFTER_DATE_RE = re.compile(
    r"[0-9]/[0-9]{1,2}(?:/(?:19|20)[0-9]{2})?\s*(?:,|và|hoặc|hay)\s*(?:ngày\s+)?$")
"""``ngày 16/7 và 28/7``, ``16/7, 20/7``: a day/month listed after a date is a date."""
_VI_MONTH_WORDS = {"giêng": 1, "hai": 2, "ba": 3, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7,
                   "tám": 8, "chín": 9, "mười": 10, "một": 11, "chạp": 12}
_LUNAR_RE = re.compile(
    rf"(?P<pre>[Mm]ùng|[Mm]ồng|[Nn]gày)\s+(?P<d>[0-9]{{1,2}})\s+tháng\s+"
    rf"(?:(?P<w>[Gg]iêng|[Cc]hạp|(?i:mười\s+một|{alt(_VI_MONTH_WORDS)}))|(?P<m>[0-9]{{1,2}}))"
    rf"{_NOT_LETTER_AFTER}(?:(?P<al>\s*\(?\s*(?:âm\s+lịch|ÂL|AL)\b)"
    r"|\s*(?:năm\s+|/\s*)(?P<y>(?:19|20)[0-9]{2})(?![0-9]))?")
"""``mùng 10 tháng Giêng`` "the 10th day of the first lunar month", ``mồng 3 tháng 3 âm
lịch``: a lunar day and month, two ranks (``ordinal:10``, ``ordinal:1``, as English ``the
10th day of the first lunar month`` and Thai ``วันที่ 10 เดือนอ้าย``) when the month is named
in words after mùng/mồng (always ``tháng Giêng``, ``tháng Chạp``) or ``âm lịch`` follows;
``mùng 2 tháng 9`` "2 September" and ``ngày 10 tháng Hai`` are solar dates."""
_MONTH_RANGE_RE = re.compile(
    r"[Tt]ừ\s+tháng\s+(?P<m1>[0-9]{1,2})\s+(?:đến|tới)\s+(?:hết\s+)?tháng\s+(?P<m2>[0-9]{1,2})"
    r"(?:\s*/\s*|\s+năm\s+)(?P<y>(?:19|20)[0-9]{2})(?![0-9])")
"""``từ tháng 3 đến tháng 5/2025`` "from March to May 2025": ``date:2025-03/2025-05``."""
_YEAR_SPAN_RE = re.compile(
    r"[Tt]ừ\s+(?:năm\s+)?(?P<a>(?:19|20)[0-9]{2})\s+(?:đến|tới)\s+(?:hết\s+)?(?:năm\s+)?"
    r"(?P<b>(?:19|20)[0-9]{2})(?![0-9]|[.,][0-9]|\s?%)")
"""``từ năm 2019 đến năm 2021`` "from 2019 to 2021": ``year_range:2019-2021``."""
_MONTH_ALONE_RE = re.compile(r"[Tt]háng\s+(?:[0-9]{1,2}|[Gg]iêng|[Cc]hạp)(?![0-9/])")
"""``tháng 9`` "September" with no year: no number, as the English month name."""
_YEAR_RANGE_RE = re.compile(
    r"(?<![0-9.,/])(?P<a>(?:19|20)[0-9]{2})\s*[-–]\s*(?P<b>(?:19|20)[0-9]{2})(?![0-9])")
_MONTH_YEAR_RE = re.compile(
    r"(?P<pre>[Tt]háng\s+)(?P<m>[0-9]{1,2})(?:\s*/\s*|\s+năm\s+)(?P<y>(?:19|20)[0-9]{2})(?![0-9])")
_ROMAN = r"(?:IV|V?I{1,3}|IX|X{1,3}(?:IX|IV|V?I{0,3})|L)"
_QUARTER_RE = re.compile(
    r"(?P<pre>[Qq]uý\s+)(?P<q>I{1,3}|IV|[1-4])(?![0-9A-Za-z])"
    r"(?:\s*(?:/\s*|năm\s+)(?P<y>(?:19|20)[0-9]{2})(?![0-9]))?")
_YEAR_RE = re.compile(r"(?<![0-9.,/])(?P<y>(?:19|20)[0-9]{2})(?![0-9]|[.,][0-9]|\s?%)")
_TIME_RE = re.compile(
    rf"{_NOT_LETTER_BEFORE}(?P<h>[01]?[0-9]|2[0-3])h(?P<m>[0-5][0-9])?{_NOT_LETTER_AFTER}"
    rf"|(?<=lúc )(?P<h2>[01]?[0-9]|2[0-3])\s+giờ(?:\s+(?P<m2>[0-5]?[0-9])(?:\s+phút)?)?"
    rf"{_NOT_LETTER_AFTER}")
_CLOCK_RE = re.compile(r"(?<![0-9:.,])(?P<h>[01]?[0-9]|2[0-3]):(?P<m>[0-5][0-9])(?![0-9:])")
_CLOCK_BEFORE_RE = re.compile(
    r"(?:(?:19|20)[0-9]{2}\s*[,|-]?|(?<![a-zà-ỹđ])(?:lúc|vào|khoảng|từ|đến|tới))\s*$",
    re.IGNORECASE)
_CLOCK_AFTER_RE = re.compile(r"\s*(?:\(?\s*GMT|ICT|\(giờ|giờ\s+(?:Hà Nội|Việt Nam|địa phương)"
                             r"|(?:sáng|trưa|chiều|tối|đêm)(?![a-zà-ỹđ])|,?\s*(?:ngày|thứ)\s)",
                             re.IGNORECASE)
"""``16:12`` is a clock time after a dateline's date (``1/12/2025, 16:12 (GMT+7)``), after
``lúc`` "at", or before a zone or a day; elsewhere ``2:1`` may be a score or a ratio."""
_ORDINAL_RE = re.compile(
    rf"(?P<pre>(?:lần|khóa|khoá|kỳ|hạng|vị trí|nhiệm kỳ|phiên)?\s*thứ\s+)"
    rf"(?P<n>[0-9]+|{_ROMAN}){_NOT_LETTER_AFTER}")
_BODY_RE = re.compile(
    rf"(?P<pre>\b(?:[Kk]hóa|[Kk]hoá|[Đđ]ại hội(?:\s+Đảng(?:\s+toàn quốc)?)?|[Hh]ội nghị Trung ương|"
    rf"[Nn]hiệm kỳ)\s+)(?P<n>{_ROMAN}|[0-9]{{1,2}})(?![0-9A-Za-z])")
_VAGUE_RE = re.compile(
    r"\b(?P<w>[Hh]àng\s+(?:chục\s+nghìn|chục\s+ngàn|trăm\s+nghìn|trăm\s+ngàn|chục|trăm|nghìn|"
    r"ngàn|triệu|tỷ|vạn)|[Vv]ài\s+(?:chục|trăm|nghìn|ngàn|triệu|tỷ)|[Hh]ơn\s+chục|"
    r"[Hh]àng\s+loạt|[Vv]ài|[Mm]ấy)(?![A-Za-zÀ-ỹ])")
_VAGUE_VALUE = {"chục nghìn": 10000, "chục ngàn": 10000, "trăm nghìn": 100000,
                "trăm ngàn": 100000, "chục": 10, "trăm": 100, "nghìn": 1000, "ngàn": 1000,
                "vạn": 10000, "triệu": 10**6, "tỷ": 10**9}
_WORD_NUMBER_RE = re.compile(
    rf"{_NOT_LETTER_BEFORE}(?P<w>(?i:{alt(_WORDS)})(?:\s+(?:{alt(_WORDS)}))*)"
    rf"\s+(?:(?P<u>{alt(UNITS)}){_NOT_LETTER_AFTER}|(?P<noun>[a-zà-ỹđ]+))")
_AMBIGUOUS_WORDS = {"một", "mốt", "năm", "tư", "lăm", "không", "mươi"}
_BA_NOT_COUNT_AFTER = frozenset("""
mẹ má tôi em anh chị mình nó ấy ta của ơi à ạ nhé và với cùng là thì mà vẫn cũng
đã đang sẽ vừa mới chỉ hay luôn không chẳng chưa nói bảo kể dặn dạy đi về làm có mất
sinh muốn thương yêu lô gác hoa rọi phải trợn que ba bị được
""".split())  # noqa: SIM905
"""What follows ``ba`` "dad" (``ba mẹ`` "parents", ``ba tôi`` "my father", ``ba nói``
"dad said") or a word with ``ba`` in it (``ba lô`` "backpack", ``ba gác``); before any
other lower-case noun ``ba`` is "three" (``ba thị trường`` "three markets")."""
"""Number words that are also other words (``một`` "a", ``ba`` "dad", ``năm`` "year",
``tư`` "private", ``không`` "not"): counts only before a known counted noun
(:data:`UNITS`); ``hai``, ``bốn``, ``sáu`` … ``mười`` before any lower-case noun."""
_MEASURES = {"lượng", "gram", "ounce", "kg", "tấn", "km", "mét", "ha", "héc-ta", "cây số"}
"""Units of measure: ``một lượng`` "one tael" is a count, not the article."""
_YEAR_AFTER_RE = re.compile(r"\s+(?:19|20)[0-9]{2}(?![0-9])")
_NOT_COUNT_BEFORE_RE = re.compile(r"(?:thứ|tháng|[Nn]gày|[Tt]hứ)\s+$")
_ONE_COUNTED_BEFORE_RE = re.compile(
    r"(?i)(?:(?<![a-zà-ỹđ])(?:còn|chỉ|duy nhất|chỉ có|thêm"
    r"|mỗi\s+(?:năm|tháng|tuần|ngày|quý|kỳ|đợt|người|hộ))\s+"
    r"|(?<![a-zà-ỹđ])từ\s+(?:[0-9]|(?:hai|ba|bốn|sáu|bảy|tám|chín|mười)(?![a-zà-ỹđ]))"
    r"[^,.;:]{0,40}?\s(?:xuống|lên|đến|tới|thành)\s+(?:còn\s+)?)$")
"""What makes ``một`` a count, not the article: ``mỗi năm một lần`` "once a year", a
change to or from it (``từ ba ngày xuống còn một ngày`` "from three days to one",
``còn một`` "down to one"), ``chỉ một`` "only one", ``thêm một`` "one more"."""
_ONE_OF_RE = re.compile(rf"{_NOT_LETTER_BEFORE}(?P<w>[Mm]ột)\s+trong(?:\s+số)?{_NOT_LETTER_AFTER}")
"""``một trong`` "one of": value 1, vague as every ``một`` (English often writes "is
among" or "one of" without a number reading)."""


def parse_vi_number(raw: str) -> Decimal | None:
    """The value of a number written in digits with Vietnamese separators
    (``1.234,5`` -> 1234.5, ``7,09`` -> 7.09, ``1.500`` -> 1500, ``7.5`` -> 7.5;
    with both marks the last one is the decimal mark: ``1,234.5`` -> 1234.5)."""
    dots, commas = raw.count("."), raw.count(",")
    if dots and commas:
        decimal_mark = "." if raw.rfind(".") > raw.rfind(",") else ","
        group_mark = "," if decimal_mark == "." else "."
        raw = raw.replace(group_mark, "").replace(decimal_mark, ".")
    elif dots:
        frac = raw.rpartition(".")[2]
        if dots > 1 or len(frac) == 3:
            raw = raw.replace(".", "")
    elif commas:
        raw = raw.replace(",", "") if commas > 1 else raw.replace(",", ".")
    try:
        return Decimal(raw)
    except InvalidOperation:
        return None


def _roman_or_int(text: str) -> int:
    """``XIV`` -> 14, ``14`` -> 14 (the patterns admit only well-formed numerals)."""
    return int(text) if text.isdigit() else roman_value(text)


def _words_value(words: str) -> int | None:
    """``hai mươi lăm`` -> 25, ``ba`` -> 3, ``mười hai`` -> 12 (counts below 100)."""
    parts = words.lower().split()
    vals = [_WORDS[p] for p in parts]
    if len(vals) == 1:
        return None if parts[0] in ("mươi", "lăm", "mốt", "tư", "không") else vals[0]
    if parts[0] == "mười" and len(vals) == 2 and 1 <= vals[1] <= 9:
        return 10 + vals[1]
    if len(vals) in (2, 3) and parts[1] == "mươi" and 2 <= vals[0] <= 9:
        if len(vals) == 2:
            return vals[0] * 10
        return vals[0] * 10 + vals[2] if 1 <= vals[2] <= 9 else None
    return None


_COMPARATIVE_RE = re.compile(
    r"(?:cao|thấp|nhiều|ít|lớn|nhỏ|tốt|nhanh|chậm|sớm|muộn|mạnh|yếu|dài|ngắn|rộng|hẹp"
    r"|đắt|rẻ|giàu|nặng|nhẹ|xa|gần|tăng|giảm)\s+$", re.IGNORECASE)


_RANK_BEFORE_RE = re.compile(r"(?i)(?:thứ|hạng)\s+[0-9a-zà-ỹđ]+\s+$")
_SPREAD_BEFORE_RE = re.compile(
    r"(?i)(?:trải\s+rộng|trải\s+dài|rải\s+rác|phân\s+bố|nằm|diễn\s+ra|có\s+mặt|hiện\s+diện"
    r"|hoạt\s+động|tọa\s+lạc|tổ\s+chức)\s+$")
"""A verb of place before ``trên``: "on, across" (``trải rộng trên ba tỉnh`` "spans three
provinces"), no "more than"."""
_COUNT_NOUN_BEFORE_RE = re.compile(
    rf"(?<![0-9.,])[0-9]+(?:[.,][0-9]+)*\s+(?:[{_VI_LETTER}]+\s+){{1,3}}$")
_POWER_OF_TEN_RE = re.compile(
    r"(?:1|10|100)(?:\.000)*\s+(?:người\s+dân|dân\s+số|dân|người|trẻ(?:\s+em)?|ca\s+sinh"
    r"|trẻ\s+sinh|hộ|học\s+sinh|sinh\s+viên|lao\s+động|km2?|cây\s+số|ha|héc-ta|phương\s+tiện)"
    rf"(?![{_VI_LETTER}])")
"""``trên`` between a count with its noun and a round 1, 100, 1.000, 10.000 … people (or
households, km², hectares) is "per" (``13,5 bác sĩ trên 10.000 dân`` "13.5 doctors per
10,000 people")."""


def _qualifier(t: str, s: int, e: int | None = None) -> str | None:
    """The qualifier before ``s`` (or after ``e``: ``10% trở lên`` "10% or more");
    ``hơn`` after an adjective or a verb of change is a comparison (``cao hơn 1,2
    điểm`` "1.2 points higher"), no qualifier."""
    m = _QUAL_RE.search(t, max(0, s - 24), s)
    if m is None:
        after = _QUAL_AFTER_RE.match(t, e) if e is not None else None
        return _QUAL_AFTER[after["w"]] if after is not None else None
    if m["w"].lower() == "hơn" and _COMPARATIVE_RE.search(t, max(0, m.start() - 8), m.start()):
        return None
    if m["w"].lower() == "trên" and _RANK_BEFORE_RE.search(t, max(0, m.start() - 16), m.start()):
        return None  # "xếp thứ 44 trên 139 nền kinh tế" "44th out of 139 economies"
    if m["w"].lower() == "trên" and (
            _SPREAD_BEFORE_RE.search(t, max(0, m.start() - 16), m.start())
            or (_COUNT_NOUN_BEFORE_RE.search(t, max(0, m.start() - 40), m.start())
                and _POWER_OF_TEN_RE.match(t, s))):
        return None  # "trải rộng trên ba tỉnh" (across), "13,5 bác sĩ trên 10.000 dân" (per)
    return _QUAL.get(m["w"].lower())


def _add_date(sc: Scan, s: int, e: int, y: str | None, mo: str, d: str | None) -> bool:
    month = int(mo)
    day = int(d) if d is not None else None
    if not 1 <= month <= 12 or (day is not None and not 1 <= day <= 31):
        return False
    if not sc.free(s, e):
        return False
    iso = (f"{y}-" if y else "--") + f"{month:02d}" + (f"-{day:02d}" if day else "")
    value = float(f"{y}{month:02d}{day:02d}") if y and day else None
    sc.add(s, e, "date", value=value, key=f"date:{iso}")
    return True


def _dates(sc: Scan) -> None:
    t = sc.t
    for m in _LUNAR_RE.finditer(t):
        mo = int(m["m"]) if m["m"] else _VI_MONTH_WORDS[" ".join(m["w"].lower().split()[-1:])
                                                        if "mười một" not in m["w"].lower()
                                                        else "một"]
        d = int(m["d"])
        if not (1 <= d <= 31 and 1 <= mo <= 12) or not sc.free(m.start("d"), m.end()):
            continue
        if m["al"] or (m["w"] and (m["pre"].lower() != "ngày"
                                   or m["w"].lower() in ("giêng", "chạp"))):
            # a lunar day and month are ranks, as English "the 10th day of the first
            # lunar month" and Thai "วันที่ 10 เดือนอ้าย"
            end = m.end("al") if m["al"] else m.end("w") if m["w"] else m.end("m")
            sc.add(m.start(), m.end("d"), "ordinal", value=float(d), key=f"ordinal:{d}")
            sc.add(m.end("d") + 1, end, "ordinal", value=float(mo), key=f"ordinal:{mo}")
        elif m["w"] or m["pre"].lower() != "ngày":  # mùng 2 tháng 9, ngày 10 tháng Hai
            _add_date(sc, m.start("d"), m.end(), m["y"], str(mo), m["d"])
    for m in _DAY_RANGE_RE.finditer(t):
        d1, d2, mo = int(m["d1"]), int(m["d2"]), int(m["m"])
        if not (1 <= d1 < d2 <= 31 and 1 <= mo <= 12) or not sc.free(m.start("d1"), m.end()):
            continue
        y = f"{m['y']}-" if m["y"] else "--"
        sc.add(m.start("d1"), m.end(), "date",
               value=float(f"{m['y']}{mo:02d}{d1:02d}") if m["y"] else None,
               value_max=float(f"{m['y']}{mo:02d}{d2:02d}") if m["y"] else None,
               key=f"date:{y}{mo:02d}-{d1:02d}/{y}{mo:02d}-{d2:02d}")
    for m in _MONTH_RANGE_RE.finditer(t):
        m1, m2 = int(m["m1"]), int(m["m2"])
        if 1 <= m1 < m2 <= 12 and sc.free(m.start("m1"), m.end()):
            sc.add(m.start("m1"), m.end(), "date",
                   key=f"date:{m['y']}-{m1:02d}/{m['y']}-{m2:02d}")
    for m in _YEAR_SPAN_RE.finditer(t):
        a, b = int(m["a"]), int(m["b"])
        if a < b and sc.free(m.start("a"), m.end()):
            sc.add(m.start("a"), m.end(), "year_range", value=float(a), value_max=float(b),
                   calendar="CE", key=f"year_range:{a}-{b}")
    for m in _WORD_DATE_RE.finditer(t):
        _add_date(sc, m.start("d"), m.end(), m["y"], m["m"], m["d"])
    for m in _FULL_DATE_RE.finditer(t):
        _add_date(sc, m.start(), m.end(), m["y"], m["m"], m["d"])
    for m in _MONTH_YEAR_RE.finditer(t):
        _add_date(sc, m.start(), m.end(), m["y"], m["m"], None)
    for rx in (_DAY_MONTH_RE, _DATELINE_RE):
        for m in rx.finditer(t):
            _add_date(sc, m.start("d"), m.end("m"), None, m["m"], m["d"])
    for m in _BARE_DAY_MONTH_RE.finditer(t):
        before = _AFTER_DATE_RE.search(t, max(0, m.start() - 24), m.start())
        if before is not None and not sc.free(before.start(), before.start() + 3):
            _add_date(sc, m.start(), m.end(), None, m["m"], m["d"])
    for m in _YEAR_RANGE_RE.finditer(t):
        a, b = int(m["a"]), int(m["b"])
        if a < b and sc.free(m.start(), m.end()):
            sc.add(m.start(), m.end(), "year_range", value=float(a), value_max=float(b),
                   calendar="CE", key=f"year_range:{a}-{b}")
    for m in _MONTH_ALONE_RE.finditer(t):
        if sc.free(m.start(), m.end()):
            sc.claim(m.start(), m.end())
    for m in _QUARTER_RE.finditer(t):
        if not sc.free(m.start(), m.end()):
            continue
        q = _roman_or_int(m["q"])
        if not 1 <= q <= 4:
            continue
        sc.add(m.start(), m.end("q"), "ordinal", value=float(q), key=f"ordinal:{q}")
        if m["y"]:
            sc.add(m.start("y"), m.end("y"), "year", value=float(m["y"]),
                   calendar="CE", key=f"year:{int(m['y'])}")


def _times(sc: Scan) -> None:
    for m in _TIME_RE.finditer(sc.t):
        if not sc.free(m.start(), m.end()):
            continue
        h, mi = int(m["h"] or m["h2"]), int(m["m"] or m["m2"] or 0)
        sc.add(m.start(), m.end(), "time", value=round(h + mi / 60, 4),
               key=f"time:{h:02d}:{mi:02d}")
    for m in _CLOCK_RE.finditer(sc.t):
        if not sc.free(m.start(), m.end()) or not (
                _CLOCK_BEFORE_RE.search(sc.t, max(0, m.start() - 12), m.start())
                or _CLOCK_AFTER_RE.match(sc.t, m.end())):
            continue
        h, mi = int(m["h"]), int(m["m"])
        sc.add(m.start(), m.end(), "time", value=round(h + mi / 60, 4),
               key=f"time:{h:02d}:{mi:02d}")


def _ordinals(sc: Scan) -> None:
    for rx in (_BODY_RE, _ORDINAL_RE):
        for m in rx.finditer(sc.t):
            s, e = m.span("n")
            n = _roman_or_int(m["n"])
            if not sc.free(s, e):
                continue
            sc.add(s, e, "ordinal", value=float(n), key=f"ordinal:{n}")


_ORDINAL_WORDS = {"nhất": 1, "nhì": 2, "hai": 2, "ba": 3, "tư": 4, "năm": 5, "sáu": 6,
                  "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
_ORDINAL_WORD_RE = re.compile(
    rf"{_NOT_LETTER_BEFORE}(?:(?P<first>(?:lần\s+)?đầu\s+tiên|lần\s+đầu)"
    rf"|(?:lần|phiên|kỳ|khóa|khoá|hạng|vị trí|giải|vòng|quý|năm|tháng|lượt|đợt|hiệp|"
    rf"nhiệm kỳ)(?:\s+[a-zà-ỹđ]+)?\s+thứ\s+(?P<w>{alt(_ORDINAL_WORDS)})"
    rf"|(?:đứng|xếp|xếp\s+hạng|xếp\s+vị\s+trí|về|đạt\s+hạng|vươn\s+lên|tụt\s+xuống|lọt)"
    rf"\s+thứ\s+(?P<n3>{alt(_ORDINAL_WORDS)})"
    rf"|thứ\s+(?P<n1>nhất|nhì)"
    rf"|(?:giải|hạng|ngôi|huy chương)\s+(?P<n2>nhất|nhì))"
    rf"{_NOT_LETTER_AFTER}")
"""``lần đầu tiên`` "for the first time", ``đầu tiên`` "first", ``năm thứ hai`` "the
second year", ``thứ nhất`` "first", ``giải nhất`` "first prize", ``hạng nhì`` "second
place", ``đứng thứ ba`` "came third" (a word after ``thứ`` only after a counted noun or a
verb of ranking: ``thứ Ba`` alone is Tuesday)."""


_CLASS_YEAR_RE = re.compile(
    rf"(?:sinh\s+viên|học\s+sinh|học\s+viên|nghiên\s+cứu\s+sinh|tân\s+sinh\s+viên)\s+"
    rf"(?P<w>năm\s+(?P<n>nhất|hai|ba|tư|bốn|năm|sáu)){_NOT_LETTER_AFTER}", re.IGNORECASE)
"""``sinh viên năm nhất`` "first-year students", ``học sinh năm ba``: the class year is a
rank (English ``first-year``, Thai ``ชั้นปีที่หนึ่ง``)."""
_CLASS_YEAR = {"nhất": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6}
_MORE_WORDS_RE = re.compile(rf"\s+(?P<w>mươi|mốt|lăm|{alt(k for k in _WORDS if k != 'không')})"
                           rf"{_NOT_LETTER_AFTER}")
_NOT_WEEKDAY_RE = re.compile(
    rf"{_NOT_LETTER_BEFORE}thứ\s+(?P<n>tám|chín|mười){_NOT_LETTER_AFTER}"
    rf"|(?<![{_VI_LETTER}])(?P<noun>[a-zà-ỹđ]+)\s+thứ\s+(?P<n2>hai|ba|tư|năm|sáu|bảy)"
    rf"{_NOT_LETTER_AFTER}")
"""``thứ chín`` "ninth" (no weekday is thứ Tám or beyond: Monday to Saturday are thứ Hai
to thứ Bảy); ``di sản thế giới thứ hai`` "the second world heritage site": a lower-case
``thứ hai`` … ``thứ bảy`` after a noun, not after a word of time (``vào thứ hai`` "on
Monday") nor before a date."""
_WEEKDAY_BEFORE = frozenset("""
vào sáng trưa chiều tối đêm hôm ngày từ đến tới và hoặc hay các mỗi hằng hàng cuối đầu trước
sau qua nay này là
""".split())  # noqa: SIM905
_DATE_AFTER_RE = re.compile(
    r"\s*(?:,|\(|-|–)?\s*(?:ngày\s+|mùng\s+|mồng\s+)?[0-9]{1,2}\s*[/-]\s*[0-9]")


_SESSION_BEFORE_RE = re.compile(r"(?i)phiên(?:\s+(?:giao\s+dịch|sáng|chiều))?\s+thứ\s+$")
_SESSION_END_RE = re.compile(r"\s*(?:[,.;:)]|$|\(?\s*(?:ngày\s+)?[0-9]{1,2}\s*/\s*[0-9])")
_MARKET_RE = re.compile(r"(?i)VN-?Index|HNX|HoSE|UPCoM|cổ\s+phiếu|chứng\s+khoán|khối\s+ngoại")
_WEEKDAYS = frozenset({"hai", "ba", "tư", "năm", "sáu", "bảy"})


def _weekday_session(t: str, s: int, e: int) -> bool:
    """``phiên thứ ba`` in a market report is "Tuesday's session" (the exchanges name
    a session by its weekday: English "on Tuesday", Thai ``วันอังคาร``), when nothing
    follows that makes it a sequence (``phiên thứ ba liên tiếp`` "a third straight
    session", ``phiên họp thứ ba`` "the third sitting")."""
    return (t[s:e].lower() in _WEEKDAYS and _SESSION_BEFORE_RE.search(t, 0, s) is not None
            and _SESSION_END_RE.match(t, e) is not None and _MARKET_RE.search(t) is not None)


def _ordinal_extent(t: str, s: int, e: int) -> tuple[int, int | None]:
    """The end and value of the number words starting at ``s`` (``mười một`` 11,
    ``hai mươi`` 20, ``tám`` 8): the longest run of words with a value."""
    best: tuple[int, int | None] = (e, _ORDINAL_WORDS.get(t[s:e].lower()))
    while (more := _MORE_WORDS_RE.match(t, e)) is not None:
        e = more.end()
        if (v := _words_value(t[s:e])) is not None:
            best = (e, v)
    return best


def _ordinal_words(sc: Scan) -> None:
    t = sc.t
    for m in _ORDINAL_WORD_RE.finditer(t):
        if m["first"]:
            s, e, n = m.start("first"), m.end("first"), 1
        else:
            g = next(g for g in ("w", "n3", "n1", "n2") if m[g])
            s = m.start(g)
            e, v = _ordinal_extent(t, s, m.end(g)) if g in ("w", "n3") else (
                m.end(g), _ORDINAL_WORDS[m[g]])
            if v is None or _weekday_session(t, s, e):
                continue
            n = v
        if sc.free(s, e):
            sc.add(s, e, "ordinal", value=float(n), key=f"ordinal:{n}")
    for m in _CLASS_YEAR_RE.finditer(t):
        n = _CLASS_YEAR[m["n"].lower()]
        if sc.free(*m.span("w")):
            sc.add(*m.span("w"), "ordinal", value=float(n), key=f"ordinal:{n}")
    for m in _NOT_WEEKDAY_RE.finditer(t):
        g = "n" if m["n"] else "n2"
        if g == "n2" and (m["noun"] in _WEEKDAY_BEFORE or _DATE_AFTER_RE.match(t, m.end())):
            continue
        s = m.start(g)
        e, v = _ordinal_extent(t, s, m.end(g))
        if v is not None and not _weekday_session(t, s, e) and sc.free(s, e):
            sc.add(s, e, "ordinal", value=float(v), key=f"ordinal:{v}")


_TIMES_WORD_RE = re.compile(
    rf"{_NOT_LETTER_BEFORE}(?P<w>[Gg]ấp\s+(?P<n>đôi|rưỡi|{alt(k for k in _WORDS if k != 'một')})"
    rf"(?:\s+lần)?){_NOT_LETTER_AFTER}")
_TIMES_VALUE = {"đôi": 2.0, "rưỡi": 1.5}


def _multipliers(sc: Scan) -> None:
    """``gấp đôi`` "double(d)", ``gấp rưỡi`` "one and a half times", ``gấp ba (lần)``
    "three times": the factor, keyed as English ``doubled`` and Thai ``เท่าตัว``."""
    for m in _TIMES_WORD_RE.finditer(sc.t):
        s, e = m.span("w")
        if not sc.free(s, e):
            continue
        value = _TIMES_VALUE.get(m["n"].lower(), float(_WORDS.get(m["n"].lower(), 0)))
        if value > 1:  # "tăng hơn gấp đôi" "more than doubled": hơn is the qualifier here
            qual = "over" if re.search(r"(?i)hơn\s+$", sc.t[max(0, s - 6):s]) else \
                _qualifier(sc.t, s)
            sc.add(s, e, "cardinal", value=value, key=f"cardinal:{value:g}", qualifier=qual)


def _vague(sc: Scan) -> None:
    for m in _VAGUE_RE.finditer(sc.t):
        s, e = m.span("w")
        if not sc.free(s, e):
            continue
        tail = " ".join(m["w"].lower().split()[1:])
        value = _VAGUE_VALUE.get(tail, 3)
        sc.add(s, e, "cardinal", value=float(value), key=f"cardinal:{value}", vague=True)


_MINUS_RE = re.compile(rf"(?:(?<![^\s(\[\"“‘:;=~])[-−]|{_NOT_LETTER_BEFORE}(?i:âm)\s+)$")
"""A sign before a number: ``-5 độ C``, ``âm 5 độ`` "minus 5 degrees", ``tăng trưởng âm
0,5%`` "growth of minus 0.5%" (as English ``-5C`` and Thai ``ติดลบ 5``); a hyphen after
a word or a number (``Su-30``, ``5-6``) is no sign, and ``âm`` (also "sound", "yin") only
before degrees or a percent."""
_DEGREES_RE = re.compile(rf"\s*(?:°|độ{_NOT_LETTER_AFTER})")
_RANGE_TO_RE = re.compile(rf"\s*[-–]\s*(?P<n>{NUMBER})(?![0-9]|[.,][0-9])")
"""The second number of a range (``5-6 tỷ USD``, ``1.720-1.750 điểm``, ``20-25%``)."""


def _scale(t: str, end: int, value: Decimal) -> tuple[Decimal, Decimal, int]:
    """``value`` times the magnitude words after ``end``, the factor, and their end."""
    factor = Decimal(1)
    while (mag := _MAG_RE.match(t, end)) is not None:
        factor *= Decimal(10) ** MAGNITUDES[mag["w"]]
        end = mag.end()
    return value * factor, factor, end


def _amounts(sc: Scan) -> None:
    t = sc.t
    for m in _NUM_RE.finditer(t):
        s, e = m.span("n")
        if not sc.free(s, e):
            continue
        value = parse_vi_number(m["n"])
        if value is None:
            continue
        high: Decimal | None = None
        to = _RANGE_TO_RE.match(t, e)
        if to is not None and (h := parse_vi_number(to["n"])) is not None and h > value:
            e, high = to.end(), h  # a range: what follows the second number scales both
        value, factor, end = _scale(t, e, value)
        if high is not None:
            high *= factor
        before = _CUR_BEFORE_RE.search(t, max(0, s - 4), s)
        after = _CUR_AFTER_RE.match(t, end)
        pct = _PCT_RE.match(t, end)
        last = pct if pct is not None else after
        qual = _qualifier(t, before.start() if before else s,
                          last.end() if last is not None else end)
        if too_big(value) or (high is not None and too_big(high)):
            sc.add(s, end, "cardinal", qualifier=qual)
            continue
        if high is None and before is None and after is None and (
                sign := _MINUS_RE.search(t, max(0, s - 6), s)) is not None \
                and sc.free(sign.start(), s) and not (end == e and _YEAR_RE.fullmatch(m["n"])) \
                and (sign.group()[0] in "-−" or pct is not None or _DEGREES_RE.match(t, end)):
            s, value = sign.start(), -value  # "-5 độ C", "âm 0,5%"
            qual = _qualifier(t, s, last.end() if last is not None else end)
        number = format_number(value) + (f"-{format_number(high)}" if high is not None else "")
        fields = {"value": float(value), "value_max": float(high) if high is not None else None,
                  "qualifier": qual}
        if pct is not None:
            sc.add(s, pct.end(), "percent", unit="%", key=f"percent:{number}", **fields)
        elif after is not None or before is not None:
            cur = (_CUR_BEFORE[before["w"]] if before is not None
                   else _CUR_AFTER[after["w"].lower()] if after is not None else "")
            start = before.start() if before is not None else s
            stop = after.end() if after is not None else end
            if not sc.free(start, stop):
                start, stop = s, end
            sc.add(start, stop, "money", unit=cur, key=f"money:{number}:{cur}", **fields)
        elif high is not None:
            sc.add(s, end, "range", key=f"range:{number}", **fields)
        elif end == e and (dur := _DURATION_RE.match(t, e)) is not None:
            unit = DURATION_UNITS[dur["u"]]
            sc.add(s, dur.end(), "duration", unit=unit, key=duration_key(value, unit),
                   **fields)
        elif end == e and _YEAR_RE.fullmatch(m["n"]):
            sc.add(s, e, "year", calendar="CE", key=f"year:{number}", **fields)
        else:
            sc.add(s, end, "cardinal", key=f"cardinal:{number}", **fields)


def _word_counts(sc: Scan) -> None:
    t = sc.t
    for m in _ONE_OF_RE.finditer(t):
        if sc.free(*m.span("w")):
            sc.add(*m.span("w"), "cardinal", value=1.0, key="cardinal:1", vague=True)
    for m in _WORD_NUMBER_RE.finditer(t):
        s, e = m.span("w")
        if not sc.free(s, e) or _NOT_COUNT_BEFORE_RE.search(t, max(0, s - 8), s):
            continue
        value = _words_value(m["w"])
        words = m["w"].lower().split()
        unit, year_end = m["u"], m.end()
        if value is None and len(words) > 1 and words[-1] == "năm":
            # "bốn năm" is "four years", not a number: the last word is the unit
            words, unit = words[:-1], "năm"
            cut = m["w"].lower().rfind("năm")
            e, year_end = s + len(m["w"][:cut].rstrip()), s + cut + len("năm")
            value = _words_value(" ".join(words))
        if value is None and len(words) > 1 and words[0] == "năm" \
                and (v := _words_value(" ".join(words[1:]))) is not None:
            # "mỗi năm một lần" "once a year": the first năm is the year
            words, value = words[1:], v
            s += len(m["w"]) - len(m["w"][3:].lstrip())
        if value is None or (words[0] == "năm" and unit == "năm"):
            continue
        if unit is None and (len(words) == 1 and words[0] in _AMBIGUOUS_WORDS):
            continue
        if words == ["ba"] and (m["u"] or m["noun"]) in _BA_NOT_COUNT_AFTER:
            continue
        if unit is None and not m["noun"][0].islower():
            continue  # "Ba Đình", "Ba Vì": a place name
        e_unit = m.end("u") if m["u"] else year_end if unit == "năm" else m.end("noun")
        # "một" is also the article "a" ("một năm trước" "a year earlier"), and a count
        # naming the years it lists ("hai năm 2022 và 2023" "2022 and 2023") adds none:
        # both vague, as the Thai classifier + หนึ่ง
        vague = (words == ["một"] and unit not in _MEASURES and
                 not _ONE_COUNTED_BEFORE_RE.search(t[max(0, s - 60):s])) or bool(
            _YEAR_AFTER_RE.match(t, e_unit))
        qual = _qualifier(t, s)
        if unit in DURATION_UNITS:
            unit = DURATION_UNITS[unit]
            sc.add(s, e_unit, "duration", value=float(value), unit=unit, qualifier=qual,
                   key=duration_key(Decimal(value), unit), vague=vague)
        else:
            sc.add(s, e, "cardinal", value=float(value), qualifier=qual,
                   key=f"cardinal:{value}", vague=vague)


def find_vietnamese(sc: Scan) -> None:
    """Claim the Vietnamese number forms of :data:`sc.t <Scan.t>` (codes, dates,
    quarters, clock times, ordinals, vague amounts, amounts in digits, counts in words),
    before the English and Thai patterns see the text."""
    for m in CODE_RE.finditer(sc.t):
        if sc.free(m.start(), m.end()):
            sc.add(m.start(), m.end(), "code", key="code:" + normalize_code(m.group()))
    _dates(sc)
    _times(sc)
    _ordinals(sc)
    _ordinal_words(sc)
    _multipliers(sc)
    _vague(sc)
    _amounts(sc)
    _word_counts(sc)
