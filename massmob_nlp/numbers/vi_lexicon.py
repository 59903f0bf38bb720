"""Vietnamese lexicon for :mod:`massmob_nlp.numbers.vi` and :mod:`~massmob_nlp.numbers.vi_dates`:
letters for word edges, the number pattern and its value (:func:`parse_vi_number`),
magnitudes, currencies, qualifiers, counted nouns and units of time."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from .base import alt
from .en import roman_value

# Vietnamese letters, for word edges (\b of ``re`` counts them as word characters too,
# but digits glued to letters, ``14h30``, need an explicit test).
VI_LETTER = r"A-Za-zÀ-ỹĐđ"
NOT_LETTER_AFTER = rf"(?![{VI_LETTER}0-9])"
NOT_LETTER_BEFORE = rf"(?<![{VI_LETTER}0-9])"

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
DURATION_RE = re.compile(rf"\s+(?P<u>{alt(DURATION_UNITS)}){NOT_LETTER_AFTER}")

WORDS = {"không": 0, "một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4,
          "năm": 5, "lăm": 5, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9,
          "mười": 10, "mươi": 10}

NUM_RE = re.compile(rf"{NOT_LETTER_BEFORE}(?<![0-9][.,])(?<![A-Za-z][-+])(?P<n>{NUMBER})"
                     r"(?![0-9]|[.,][0-9])")
"""A number in digits (not one joined by a hyphen or a plus to a Latin word:
``COVID-19``, ``Su-30`` and the zone ``GMT+7`` are left to the English patterns)."""
MAG_RE = re.compile(rf"\s+(?P<w>{alt(MAGNITUDES)}){NOT_LETTER_AFTER}")
CUR_AFTER = {w.lower(): c for c, ws in CURRENCY_AFTER.items() for w in ws}
CUR_AFTER_RE = re.compile(
    rf"\s*(?P<w>{alt(w for ws in CURRENCY_AFTER.values() for w in ws)}){NOT_LETTER_AFTER}",
    re.IGNORECASE)
CUR_BEFORE = {w: c for c, ws in CURRENCY_BEFORE.items() for w in ws}
CUR_BEFORE_RE = re.compile(rf"(?P<w>{alt(w for ws in CURRENCY_BEFORE.values() for w in ws)})\s?$")
PCT_RE = re.compile(rf"\s?(?:%|(?:điểm\s+)?phần\s+trăm{NOT_LETTER_AFTER})")
QUAL = {p: q for q, ps in QUALIFIERS_BEFORE.items() for p in ps}
QUAL_RE = re.compile(rf"{NOT_LETTER_BEFORE}(?P<w>{alt(QUAL)})\s+$", re.IGNORECASE)
QUAL_AFTER = {p: q for q, ps in QUALIFIERS_AFTER.items() for p in ps}
QUAL_AFTER_RE = re.compile(rf"\s+(?P<w>{alt(QUAL_AFTER)}){NOT_LETTER_AFTER}")


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


def roman_or_int(text: str) -> int:
    """``XIV`` -> 14, ``14`` -> 14 (the patterns admit only well-formed numerals)."""
    return int(text) if text.isdigit() else roman_value(text)


def words_value(words: str) -> int | None:
    """``hai mươi lăm`` -> 25, ``ba`` -> 3, ``mười hai`` -> 12 (counts below 100)."""
    parts = words.lower().split()
    vals = [WORDS[p] for p in parts]
    if len(vals) == 1:
        return None if parts[0] in ("mươi", "lăm", "mốt", "tư", "không") else vals[0]
    if parts[0] == "mười" and len(vals) == 2 and 1 <= vals[1] <= 9:
        return 10 + vals[1]
    if len(vals) in (2, 3) and parts[1] == "mươi" and 2 <= vals[0] <= 9:
        if len(vals) == 2:
            return vals[0] * 10
        return vals[0] * 10 + vals[2] if 1 <= vals[2] <= 9 else None
    return None
