"""Thai lexicon for :mod:`massmob_nlp.numbers`: number words, months, magnitudes,
currencies, qualifiers, classifiers and the markers of years and ordinals.

Pure data and pure functions; no import from :mod:`massmob_nlp.numbers`.
"""

from __future__ import annotations

import re
from decimal import Decimal

from .base import alt

DIGIT_WORDS = {"หนึ่ง": 1, "สอง": 2, "สาม": 3, "สี่": 4, "ห้า": 5, "หก": 6, "เจ็ด": 7,
               "แปด": 8, "เก้า": 9}
MULTIPLIERS = {"สิบ": 1, "ร้อย": 2, "พัน": 3, "หมื่น": 4, "แสน": 5, "ล้าน": 6}
WORDS_RE = re.compile(f"(?:{alt([*DIGIT_WORDS, *MULTIPLIERS, 'ยี่', 'เอ็ด'])})+")
# "สองถึงสามปี", "ห้า-หกคน": a range of number words.
WORD_RANGE_RE = re.compile(rf"(?P<a>{WORDS_RE.pattern})\s*(?:ถึง|[-–])\s*(?P<b>{WORDS_RE.pattern})")
_PIECE_RE = re.compile(f"{alt([*DIGIT_WORDS, *MULTIPLIERS, 'ยี่', 'เอ็ด'])}")


def parse_words(text: str) -> Decimal | None:
    """Value of a run of Thai number words (``ห้าสิบห้า`` -> 55,
    ``สองล้านสามแสน`` -> 2300000), or None when the run is not a well-formed number."""
    total = 0      # completed millions groups
    group = 0      # value below one million
    digit: int | None = None
    last_mult = 7
    pieces = _PIECE_RE.findall(text)
    if "".join(pieces) != text:
        return None
    for i, p in enumerate(pieces):
        if p in DIGIT_WORDS:
            if digit is not None:
                return None
            digit = DIGIT_WORDS[p]
        elif p == "ยี่":
            if digit is not None or i + 1 >= len(pieces) or pieces[i + 1] != "สิบ":
                return None
            digit = 2
        elif p == "เอ็ด":
            if digit is not None or i == 0:
                return None
            group += 1
            last_mult = 0
        elif p == "ล้าน":
            total = max(total + group + (digit or 0), 1) * 10 ** 6
            group, digit, last_mult = 0, None, 7
        else:
            power = MULTIPLIERS[p]
            if power >= last_mult:
                return None
            group += (1 if digit is None else digit) * 10 ** power
            digit, last_mult = None, power
    group += digit or 0
    return Decimal(total + group)


# Number words that end common words of other meanings (เรียบร้อย "done", ผูกพัน
# "bound", กองพัน "battalion", โกหก "lie"): after Thai letters they count only where
# the word segmenter starts a word (มือสองข้าง "two hands" keeps its สอง).
FUSED_ENDINGS = frozenset({*MULTIPLIERS, "หก"})


def is_single_morpheme(text: str) -> bool:
    """True for a run that is one word only (``สาม``, ``แสน``): such runs are common
    inside other words (``สามารถ``, ``แสนดี``) and need a classifier after them."""
    return len(_PIECE_RE.findall(text)) == 1


def juxtaposed_pair(text: str) -> tuple[int, int] | None:
    """(low, high) of two consecutive digit words written together, with an optional
    multiplier: ``สองสาม`` "two or three" -> (2, 3), ``สามสี่ร้อย`` -> (300, 400)."""
    pieces = _PIECE_RE.findall(text)
    if "".join(pieces) != text or len(pieces) not in (2, 3) \
            or not all(p in DIGIT_WORDS for p in pieces[:2]):
        return None
    a, b = DIGIT_WORDS[pieces[0]], DIGIT_WORDS[pieces[1]]
    if b != a + 1:
        return None
    if len(pieces) == 2:
        return a, b
    if pieces[2] not in MULTIPLIERS:
        return None
    scale = 10 ** MULTIPLIERS[pieces[2]]
    return a * scale, b * scale


# Counting classifiers and units: a number followed by one of these counts something.
CLASSIFIERS = """
คน ราย ครั้ง แห่ง หลัง ตัว ชิ้น เครื่อง คัน ลำ ลูก ใบ เล่ม หน่วย โครงการ ทีม กลุ่ม องค์กร
หน่วยงาน โปรแกรม หลักสูตร ครอบครัว ครัวเรือน ประเทศ จังหวัด อำเภอ ตำบล หมู่บ้าน ชุมชน
โรงเรียน เขต ฉบับ ข้อ ประการ ด้าน ระดับ เรื่อง คะแนน ท่าน นาย รูป องค์ ศพ ไร่ ตัน
กิโลกรัม กก. กิโลเมตร กม. เมตร ม. ซม. เซนติเมตร มิลลิเมตร ลิตร ชั่วโมง นาที วินาที วัน
เดือน สัปดาห์ อาทิตย์ ปี เท่า ส่วน โมเดล แบบ จุด ต้น ชนิด ประเภท ขั้น ชั้น รอบ คู่ ชุด เที่ยว
ที่นั่ง เสียง ตำแหน่ง ฝ่าย ภาค เรือน บริษัท แผน มาตรการ ปัจจัย ทุ่ม โมง ไตรมาส งวด คณะ
สมาชิก นักเรียน นักศึกษา แรงงาน ข้าง ฝั่ง ทาง อย่าง ร้าน สาขา ห้อง ขบวน ดวง
สโตรก ช็อต แต้ม เซต นัด หลุม ประตู เกม
ขวบ เหรียญ องศา รางวัล ขวด แผ่น เม็ด พรรค ภาษา สนาม ฤดูกาล สัญชาติ ภารกิจ เที่ยวบิน สถานี
อาคาร นิ้ว ไมล์ กรัม วัตต์ เมกะวัตต์ ตารางกิโลเมตร ตารางเมตร ลูกบาศก์เมตร ตร.ม. ตร.กม. คดี แปลง
สายพันธุ์ สาย โดส เข็ม เตียง มื้อ ศตวรรษ ทศวรรษ
""".split()  # noqa: SIM905
# เท่า counts "times" (สามเท่า), but เท่านั้น is "only", เท่ากับ "equal to", เท่าไร "how much".
NOT_TIMES = r"เท่า(?:นั้น|กับ|ไร|ไหร่|ที่|เทียม|เดิม)"
CLASSIFIER_RE = re.compile(f"\\s*(?!{NOT_TIMES})(?:{alt(CLASSIFIERS)})")
# Words that may follow a number word without making it part of a longer word.
FOLLOWERS = [*CLASSIFIERS, "กว่า", "เศษ", "ใน", "ของ", "และ", "หรือ", "ที่", "ซึ่ง", "โดย",
             "เป็น", "จาก", "ต่อ", "ถึง", "ก็", "จะ", "ได้", "แล้ว", "นี้", "นั้น", "บาท", "ดอง",
             "ดอลลาร์", "เปอร์เซ็นต์", "ยูโร", "เยน", "หยวน"]
FOLLOWERS_RE = re.compile(f"(?:{alt(FOLLOWERS)})")

MONTHS = {"มกราคม": 1, "กุมภาพันธ์": 2, "มีนาคม": 3, "เมษายน": 4, "พฤษภาคม": 5,
          "มิถุนายน": 6, "กรกฎาคม": 7, "สิงหาคม": 8, "กันยายน": 9, "ตุลาคม": 10,
          "พฤศจิกายน": 11, "ธันวาคม": 12}
MONTH_SHORT = {"มกรา": 1, "กุมภา": 2, "มีนา": 3, "เมษา": 4, "พฤษภา": 5, "มิถุนา": 6,
               "กรกฎา": 7, "สิงหา": 8, "กันยา": 9, "ตุลา": 10, "พฤศจิกา": 11, "ธันวา": 12}
MONTH_ABBR = {"ม.ค.": 1, "ก.พ.": 2, "มี.ค.": 3, "เม.ย.": 4, "พ.ค.": 5, "มิ.ย.": 6,
              "ก.ค.": 7, "ส.ค.": 8, "ก.ย.": 9, "ต.ค.": 10, "พ.ย.": 11, "ธ.ค.": 12}


def _abbr_pattern(abbr: str) -> str:
    parts = [re.escape(p) for p in abbr.strip(".").split(".")]
    return r"\.\s?".join(parts) + r"\.?"


MONTH = ("(?P<mon>" + alt([*MONTHS, *MONTH_SHORT]) + "|" +
         "|".join(_abbr_pattern(a) for a in sorted(MONTH_ABBR, key=len, reverse=True))
         + ")")


def month_number(text: str) -> int:
    """Month number of a full or abbreviated Thai month name as matched by MONTH."""
    if text in MONTHS:
        return MONTHS[text]
    if text in MONTH_SHORT:
        return MONTH_SHORT[text]
    key = re.sub(r"[\s.]", "", text)
    for abbr, n in MONTH_ABBR.items():
        if abbr.replace(".", "") == key:
            return n
    raise KeyError(text)


ERA = r"(?:(?:ของ\s*)?ปี\s*)?(?P<era>พ\.\s?ศ\.|ค\.\s?ศ\.|พุทธศักราช|คริสต์ศักราช)?"
YEAR_BEFORE_RE = re.compile(
    r"(?:ปีงบประมาณ|ปีการศึกษา|ปีงบฯ|ปีงบ|ปี|พ\.\s?ศ\.|ค\.\s?ศ\.|พุทธศักราช|คริสต์ศักราช)\s*$")
CE_BEFORE_RE = re.compile(r"(?:ค\.\s?ศ\.|คริสต์ศักราช)\s*$")
# "พ.ศ. 2325", "พุทธศักราช 1893": after an era marker any number is a year of that era
# (BE year - 543 = CE year), whatever its size; so is a number after "ค.ศ." (CE).
BE_BEFORE_RE = re.compile(r"(?:พ\.\s?ศ\.|พุทธศักราช)\s*$")
# "ร.ศ. 112", "รัตนโกสินทรศก 130": the Rattanakosin era, counted from the founding of
# Bangkok (year 1 = 1782 CE): CE year = ร.ศ. + 1781 (ร.ศ. 112 is 1893).
RS_BEFORE_RE = re.compile(r"(?:ร\.\s?ศ\.|รัตนโกสินทร์?ศก)\s*$")
RS_OFFSET = 1781
# "ปี 2325": after a bare ปี, four digits from here to 2700 are a BE year (1782 CE).
BE_AFTER_YEAR_WORD = 2101
# "ติดลบ 3%", "ถึงลบ 5 องศา": the minus sign in words (not บวกลบ "plus or minus", nor
# the end of กลบ, หลบ, ตลบ, สลบ). A market's move written with ลบ, "ปิดลบ 2.3%",
# "เปิดลบ", "ปรับตัวลบ", "ขยับลบ" (closed/opened/moved down 2.3%), is the size of a fall,
# as English writes "closed 2.3% lower": no sign.
MINUS_BEFORE = r"(?:ติดลบ|(?<![กหตสฉ])(?<!ปิด)(?<!ปรับ)(?<!ตัว)(?<!ขยับ)(?<!ตลาด)ลบ)\s*"
MAGNITUDES = {"แสนล้านล้าน": 17, "หมื่นล้านล้าน": 16, "พันล้านล้าน": 15, "ร้อยล้านล้าน": 14,
              "สิบล้านล้าน": 13, "ล้านล้าน": 12, "แสนล้าน": 11, "หมื่นล้าน": 10, "พันล้าน": 9,
              "ร้อยล้าน": 8, "สิบล้าน": 7, "ล้าน": 6, "แสน": 5, "หมื่น": 4, "พัน": 3,
              "ร้อย": 2,
              # Indian amounts kept in their own scale: "1,200 โครร์รูปี" (crore, 10**7),
              # "4.12 แสนโครร์" (a lakh of crores, 10**12)
              "แสนโครร์": 12, "โครร์": 7}
CURRENCY_AFTER = {"THB": ["บาท"], "VND": ["ดอง", "ด่อง", "ด่ง"],
                  "USD": ["ดอลลาร์สหรัฐฯ", "ดอลลาร์สหรัฐ", "ดอลลาร์", "เหรียญสหรัฐฯ",
                          "เหรียญสหรัฐ", "ดอลล่าร์สหรัฐ", "ดอลล่าร์"],
                  "EUR": ["ยูโร"], "JPY": ["เยน"], "CNY": ["หยวน"], "MYR": ["ริงกิต"],
                  "LAK": ["กีบ"], "KHR": ["เรียล"], "GBP": ["ปอนด์สเตอร์ลิง", "ปอนด์"],
                  "AUD": ["ดอลลาร์ออสเตรเลีย"], "SGD": ["ดอลลาร์สิงคโปร์"],
                  "HKD": ["ดอลลาร์ฮ่องกง"], "CAD": ["ดอลลาร์แคนาดา"],
                  "INR": ["รูปีอินเดีย", "รูปี"], "CHF": ["ฟรังก์สวิส", "ฟรังก์"],
                  "RUB": ["รูเบิล"], "KRW": ["วอนเกาหลีใต้", "วอน"],
                  "PHP": ["เปโซฟิลิปปินส์", "เปโซ"], "TWD": ["ดอลลาร์ไต้หวันใหม่", "ดอลลาร์ไต้หวัน"],
                  "NZD": ["ดอลลาร์นิวซีแลนด์"], "IDR": ["รูเปียห์", "รูเปีย"],
                  "MMK": ["จ๊าต", "จ๊าด", "จั๊ต", "จั๊ด"],
                  "TRY": ["ลีรา"], "ZAR": ["แรนด์"],
                  "SEK": ["โครนาสวีเดน", "โครนา"],
                  "NOK": ["โครนนอร์เวย์", "โครเนอร์นอร์เวย์"],
                  "DKK": ["โครนเดนมาร์ก", "โครเนอร์เดนมาร์ก"],
                  "CZK": ["คอรูนาเช็ก", "โครูนาเช็ก", "คอรูนา", "โครูนา"],
                  "ISK": ["โครนาไอซ์แลนด์", "โครนูร์ไอซ์แลนด์"]}
# "140 ล้านเหรียญ": a bare "coin" after a magnitude is the US dollar.
COIN_AFTER_MAGNITUDE_RE = re.compile(r"(?:(?<=ล้าน)|(?<=แสน)|(?<=หมื่น)|(?<=พัน))"
                                     r"\s*เหรียญ(?!ทอง|เงิน|รางวัล)")
# "2.5 จุดเปอร์เซ็นต์": percentage points, as English writes them.
PERCENT_AFTER = ["%", "จุดเปอร์เซ็นต์", "จุดเปอร์เซนต์", "เปอร์เซ็นต์", "เปอร์เซนต์", "เปอร์เซ็น"]
PERCENT_BEFORE_RE = re.compile(r"ร้อยละ\s*$")
QUALIFIERS_BEFORE = {
    "at_least": ["อย่างน้อย", "ไม่น้อยกว่า", "ไม่ต่ำกว่า", "ขั้นต่ำ"],
    "at_most": ["ไม่เกิน", "ไม่เกินกว่า", "สูงสุด", "มากสุด"],
    "up_to": ["สูงถึง", "มากถึง", "ได้ถึง", "สูงสุดถึง", "ถึงกว่า"],
    # "อยู่เหนือ 4,500 จ๊าด" "above K4,500" (not ภาคเหนือ "the North")
    "over": ["มากกว่า", "เกินกว่า", "กว่า", "เกิน", "สูงกว่า", "เหนือระดับ", "อยู่เหนือ",
             "ยืนเหนือ", "ปิดเหนือ",
             # "ดัชนีทะลุ 1,700 จุด" broke through 1,700: EN "topped", "climbed past"
             "ทะลุ", "ทะลุระดับ"],
    # ไม่ถึง "not reaching": less than ("in less than 30 minutes" ไม่ถึงครึ่งชั่วโมง)
    "under": ["น้อยกว่า", "ต่ำกว่า", "ไม่ถึง", "ยังไม่ถึง"],
    "nearly": ["เกือบจะ", "เกือบ"],
    # an estimate, as English "estimated at": คาดว่าอยู่ที่, ประเมินไว้ที่ (an average,
    # เฉลี่ย, is a mean, no approximation, as English "an average of")
    "about": ["ประมาณ", "ราว ๆ", "ราวๆ", "ราว", "โดยประมาณ", "ประมาณการ", "เฉลี่ยราว",
              "เฉลี่ยประมาณ", "คาดว่าอยู่ที่", "คาดว่าจะอยู่ที่", "ประเมินไว้ที่",
              "ประเมินว่าอยู่ที่", "ประมาณการไว้ที่", "คาดการณ์ไว้ที่", "คาดการณ์ว่าจะอยู่ที่",
              "มูลค่าประมาณ"],
}
# "60 ปีขึ้นไป", "10.1% ขึ้นไป": "or more", "and over".
QUALIFIERS_AFTER = {"over": ["กว่า", "เศษ"], "at_least": ["ขึ้นไป"]}
OVER_GAP_RE = re.compile(r"\s*(?:กว่า|เศษ)")
# "สิบกว่าคน", "ร้อยกว่าปี": a bare สิบ/ร้อย/พัน before กว่า and a classifier counts.
OVER_THEN_CLASSIFIER_RE = re.compile(r"\s*(?:กว่า|เศษ)\s*(?=" + alt(CLASSIFIERS) + ")")
# "ครั้งที่ 11", "ที่ 17": ordinal; not after verbs where ที่ means "at".
ORDINAL_BEFORE_RE = re.compile(
    r"(?P<word>(?:ครั้ง|ฉบับ|รุ่น|สมัย|ชุด|ลำดับ|อันดับ|ศตวรรษ|รัชกาล|หมู่|ชั้น|ข้อ|"
    r"วาระ|ภาค|ตอน|บท|ขั้น|รอบ|คน|แห่ง|ปี|วัน|เดือน|สัปดาห์|ไตรมาส|งวด|คณะ)?)"
    r"(?<!อยู่)(?<!ได้)(?<!ไว้)(?<!ถึง)(?<!เหลือ)(?<!สุด)ที่\s*$")
# "ครั้งที่ 3 ปีนี้", "อันดับที่ 5 ปี 2567": ปี starts "this year" / "the year 2024"
# after an ordinal; it does not count the number ("3 years").
YEAR_PHRASE_AFTER_RE = re.compile(r"\s*(?:ปี|เดือน)\s*(?:[0-9]|นี้|นั้น|หน้า|ที่แล้ว|พ\.|ค\.)")
# Words the segmenter glues to an ordinal ที่ (เป็นที่ 1 "comes first").
GLUED_ORDINAL_BEFORE = ("เป็น",)
ANNIVERSARY_BEFORE_RE = re.compile(r"ครบรอบ\s*$")
ANNIVERSARY_AFTER_RE = re.compile(r"\s*ปี")
# "6 เดือนแรก", "ครั้งแรก", "20 นาทีแรก" (the first 20 minutes): first.
FIRST_RE = re.compile(
    r"(?:เดือน|ปี|ครั้ง|วัน|สัปดาห์|ไตรมาส|ช่วง|รอบ|คน|อันดับ|ลำดับ|ส่วน|ข้อ|ประการ|"
    r"ชุด|รุ่น|ระยะ|ครึ่ง|ชั้น|ขั้น|ภาคเรียน|ภาคการศึกษา|เทอม|เฟส|ภาค|สมัย|กลุ่ม|ประเทศ|แห่ง|งวด"
    r"|เที่ยว|ปีงบประมาณ|นาที|ชั่วโมง)"
    r"(?P<first>แรก)(?!เริ่ม|เกิด|รับ|เข้า|พบ|สุด)")
CODE_WORDS = ["มติ", "คำสั่ง", "คำตัดสิน", "ข้อสรุป", "ประกาศ", "พระราชกฤษฎีกา",
              "กฤษฎีกา", "หนังสือเวียน", "คำวินิจฉัย", "ระเบียบ", "ข้อบังคับ", "เลขที่",
              "หมายเลข", "คำสั่งเลขที่", "มติที่", "คำสั่งที่", "ประกาศที่", "ข้อสรุปที่",
              "กฤษฎีกาที่", "ระเบียบที่", "หนังสือเวียนที่", "ทางหลวงแผ่นดิน", "ทางหลวง"]
TIME_SUFFIX = r"(?:น\.|นาฬิกา)"
TIME_BEFORE_RE = re.compile(r"เวลา\s*$")
LEADING_VOWELS = "เแโใไ"
# Words after which a lone หนึ่ง is a count, not the article "a" (อีกหนึ่ง, เพียงหนึ่ง).
# "ผับแห่งหนึ่งในเมืองเพสลีย์" (a pub in the town of …): ใน + a place after noun + หนึ่ง.
IN_PLACE_AFTER_RE = re.compile(r"ใน\s*(?:เมือง|จังหวัด|กรุง|เขต|ย่าน|อำเภอ|ตำบล|รัฐ|ภาค|"
                               r"พื้นที่|บริเวณ|ใจกลาง|ชาน|หมู่บ้าน|นคร|เกาะ|ทางตอน|ตอน)")
COUNT_BEFORE_RE = re.compile(r"(?:อีก|เพียง|แค่|ทั้ง|ราว|ประมาณ|เกือบ|กว่า|อันดับ|หมายเลข|เลข|"
                             r"ละ|ต่อ|ได้|มี|เป็น|คือ|ใน|กับ|และ|หรือ)\s*$")
# "ทั้งสอง" (both), "สองเท่า" (twice): number words inside a longer dictionary word.
# ทั้งสอง is "both" (``ผู้นำทั้งสอง`` for English "the leaders", "both leaders"): still a
# two where the English has one, vague (never added or missing on its own).
BOTH_BEFORE_RE = re.compile(r"ทั้ง\s*$")
# "เป็นหนึ่งใน 12 กิจกรรม" ("one of 12 events"), "หนึ่งในสามประเทศ": the หนึ่ง of "one
# of" a counted set is vague (English "one of 12" likewise; Vietnamese "một trong").
ONE_OF_NUMBER_AFTER_RE = re.compile(rf"ใน\s*(?:[0-9]|{WORDS_RE.pattern})")
# "หนึ่งในสี่" (a quarter), "สองในสาม" (two-thirds): the second number of a ratio.
RATIO_BEFORE_RE = re.compile(r"(?:หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ|[0-9]+)\s*ใน\s*$")
TIMES_AFTER_RE = re.compile(r"เท่า(?!นั้น|ไหร่|ที่|กัน|เทียม)")
# "เพิ่มขึ้นเท่าตัว" (doubled), "กว่าเท่าตัว" (more than doubled): twice, with no number
# word before it (สามเท่าตัว counts its own สาม).
DOUBLED_RE = re.compile(r"(?P<over>กว่า\s*)?เท่าตัว")
NUMBER_BEFORE_RE = re.compile(r"(?:[0-9]|หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ|ร้อย|พัน)\s*$")
# "ร้อยแปด" (literally 108): "all sorts of", "countless" (ร้อยแปดอย่าง, ร้อยแปดพันเก้า).
IDIOM_RUNS = frozenset({"ร้อยแปด"})
# "สองข้างทาง" (the roadside, "along the road"), "สองฟากฝั่ง", "สองฝั่งถนน": "both
# sides" of a road, river or street, which English writes with no number: vague.
BOTH_SIDES_AFTER_RE = re.compile(r"(?:ข้าง|ฝั่ง|ฟาก)(?:ฝั่ง)?\s*(?:ทาง|ถนน|แม่น้ำ|คลอง|โขง|เจ้าพระยา)"
                                 r"|ฟาก(?:ฝั่ง)?")
# "หนึ่งโหล" (a dozen), "ครึ่งโหล" (half a dozen), "2 โหล": twelves.
DOZEN_RE = re.compile(r"(?P<n>[0-9]{1,3}|หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ|ครึ่ง)\s*โหล")
HALF = "ครึ่ง"
# "สี่เดือนครึ่งหลังเริ่มปีงบประมาณ" ("four and a half months after the start of the year"):
# หลัง before a clause or จาก is "after", not the second half (15 นาทีครึ่งหลัง).
HALF_AFTER_RE = re.compile(r"ครึ่ง(?!หนึ่ง|ทาง|แรก|ปี|หลัง(?!\s*(?:จาก|เริ่ม|การ|เมื่อ|สิ้นสุด"
                           r"|เปิด|ปิด|ประกาศ|ได้รับ|เกิด)))")
# "ครบหนึ่ง", "หน้าแรก": หน้าแรก is a web page's home page, never "first".
FIRST_SKIP_BEFORE_RE = re.compile(r"หน้า\s*$")
# "ยุคแรก ๆ", "รุ่นแรกๆ" ("the early days", "early ones"): no ordinal.
FIRST_ANY_RE = re.compile(r"(?<=[\u0e01-\u0e4e])แรก(?!เริ่ม|เกิด|รับ|เข้า|พบ|สุด|\s?ๆ)")
# "เบื้องแรก", "อย่างแรก", "ประการแรก", "แต่แรก": "at first", "first of all", "firstly",
# "from the start"; "ครึ่งแรก" the first half of a match ("at half-time"): idioms,
# like English "at first"; counted only when the English has "first" there.
FIRST_IDIOM_BEFORE_RE = re.compile(r"(?:ตอน|ที|แต่|เบื้อง|อย่าง|ประการ|ครึ่ง)\s*$")
# "ให้ความสำคัญเป็นลำดับแรก", "สำคัญเป็นอันดับแรก": "a (top) priority", no rank;
# "คะแนนเสียงลำดับแรก": the primary vote (first preferences) of a preferential ballot
PRIORITY_FIRST_BEFORE_RE = re.compile(
    r"(?:สำคัญ\s*(?:ไว้)?\s*(?:เป็น)?|คะแนน(?:เสียง)?)\s*(?:ลำดับ|อันดับ)\s*$")
# "การเสนอขายหุ้นต่อประชาชนครั้งแรก" (an initial public offering, IPO), "ซื้อขายวันแรก",
# "เข้าเทรดวันแรก" (a share's debut): terms of the market, whose English has "initial",
# "debut" or "IPO", no rank: vague; so is "พิมพ์ครั้งแรก 4,000 เล่ม" (a book's initial
# print run, "first printing").
TERM_FIRST_BEFORE_RE = re.compile(
    r"(?:เสนอขาย(?:หุ้น)?\s*(?:ต่อ|แก่|ให้)?\s*(?:ประชาชน|สาธารณะ|ผู้ลงทุน)(?:ทั่วไป)?ครั้ง"
    r"|(?:ซื้อขาย|เทรด|เข้าตลาด(?:หลักทรัพย์)?)\s*วัน|(?:ตี)?พิมพ์\s*(?:ครั้ง|ล็อต))$")
# "10 อันดับแรก" (the top 10), "หกเดือนแรก" (the first six months): "first N", whose
# English may have no "first" at all.
FIRST_N_BEFORE_RE = re.compile(r"(?:(?<![0-9])[0-9]{1,3}|หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ)"
                               r"\s*[\u0e01-\u0e4e]{1,8}$")
# "อันดับสี่", "อันดับ 1": a rank. Rank one in words (``ครองอันดับหนึ่ง``,
# ``ผู้ส่งออกอันดับหนึ่ง``) is how Thai writes an English superlative ("topped", "led",
# "the largest exporter"), which has no number: vague; ``อันดับ 1`` in digits is the
# rank as written (English ``No. 1``).
RANK_BEFORE_RE = re.compile(r"อันดับ(?:ที่)?\s*$")
# "ได้อันดับหนึ่ง", "คว้าอันดับ 1", "จบอันดับ 1": first place won in a contest, which
# English writes with a number ("came first", "finished first"): rank one counts.
RANK_WON_BEFORE_RE = re.compile(r"(?:ได้|คว้า|จบ|จบที่|เข้าเส้นชัย(?:เป็น)?|เข้าป้าย(?:เป็น)?)\s*$")


def rank_one_vague(t: str, rank_start: int) -> bool:
    """Rank one in words at ``rank_start`` (``อันดับหนึ่ง``) that is no place won."""
    return RANK_WON_BEFORE_RE.search(t, max(0, rank_start - 14), rank_start) is None
# "วันที่ 27 เดือน 12" (the 27th day of the 12th lunar month), "เดือน 1 ตามปฏิทินจันทรคติ":
# a month named by its number (Thai lunar months, Vietnamese ``tháng``) is an ordinal;
# "3 เดือน" (three months) puts the number first, "เดือน 12/2568" is a date.
# "วันที่ 2 และ 3 ของเทศกาล" (the second and third days), "ครั้งที่ 5, 6": a bare number
# joined to an ordinal shares its marker.
ORDINAL_COORD_BEFORE_RE = re.compile(r"\s*(?:และ|หรือ|,)\s*$")
MONTH_NUMBER_BEFORE_RE = re.compile(r"(?<![\u0e01-\u0e4e])เดือน\s*$")
# "ขึ้น 1 ค่ำ", "แรม 8 ค่ำ": the Nth day of the waxing / waning moon in the Thai lunar
# calendar ("the 1st day of the lunar month"): a rank, like เดือน 12.
LUNAR_DAY_BEFORE_RE = re.compile(r"(?:ขึ้น|แรม)\s*$")
LUNAR_DAY_AFTER_RE = re.compile(r"\s*ค่ำ")
MONTH_NUMBER_AFTER_RE = re.compile(r"[0-9]|\s*[/.-]\s*[0-9]")
# "อันดับ 1 ใน 10" ("in the top ten"): a rank among N, no place of its own.
RATIO_AFTER_RE = re.compile(r"\s*ใน\s*[0-9]")
CENTURY_BEFORE_RE = re.compile(r"ศตวรรษ\s*(?:ที่)?\s*$")
# "ยุค 1960", "ทศวรรษที่ 1970", "ทศวรรษ 60": decades.
DECADE_RE = re.compile(r"(?:ทศวรรษ|ยุค)\s*(?:ที่\s*)?(?P<y>[0-9]{2,4})(?![0-9]|[.,][0-9])")
# "หลายพัน", "นับล้าน", "หลายหมื่นล้าน", "หลักหมื่น" ("in the tens of thousands"),
# "ไม่กี่สิบ" ("a few dozen", literally "not many tens"): vague.
VAGUE_RE = re.compile(r"(?:หลาย|นับ|หลัก|ไม่กี่)(?P<m>ล้านล้าน|แสนล้าน|หมื่นล้าน|พันล้าน|ร้อยล้าน|สิบล้าน|"
                      r"ล้าน|แสน|หมื่น|พัน|ร้อย|สิบ)")
# Years before Christ: "700 ปีก่อนคริสตกาล", "49 ก่อน ค.ศ.".
BC_AFTER_RE = re.compile(r"\s*(?:ปี\s*)?ก่อน\s*(?:คริสต์?(?:กาล|ศักราช)|ค\.\s?ศ\.)")
# Phone numbers and results.
PHONE_BEFORE_RE = re.compile(r"(?:โทร(?:ศัพท์)?|เบอร์|สายด่วน|แฟกซ์|หมายเลขโทรศัพท์)[^0-9]{0,12}$")
SCORE_BEFORE_RE = re.compile(r"(?:ชนะ|แพ้|พ่าย|ถล่ม|เฉือน|สยบ|เสมอ|ตามหลัง|ขึ้นนำ|นำอยู่|นำห่าง|ยิงนำ|"
                             r"ไล่(?:ตี|มา|ตาม|ขึ้น|เป็น)|ตีไข่แตก|"
                             r"สกอร์|ผลการแข่งขัน|ด้วยคะแนน|คะแนน|เอาชนะ|ประตู|มติ|ลงมติ|เสียงข้างมาก|"
                             r"ปิดเซ็?ต)"
                             r"[^0-9]{0,12}$")
SCORE_AFTER_RE = re.compile(r"\s*(?:แต้ม|ประตู|เซ็?ต|เฟรม)")
"""``บล็อกได้มากกว่า 12 ต่อ 5 แต้ม``: what a result counts, written after it."""
# Fractions: "สองส่วนสาม" (two thirds), "ครึ่งหนึ่ง" (half).
_N = r"(?:[0-9]{1,3}|หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ|ร้อย|พัน)"
FRACTION_RE = re.compile(
    rf"(?P<a>{_N})\s*ส่วน\s*(?P<b>{_N})(?![0-9]|[.,][0-9])(?=\s*ของ|\s|$|[,.)\]”\"])")
# "ลดโทษให้กึ่งหนึ่ง" (the sentence cut by half): the formal, legal half.
HALF_RE = re.compile(r"ครึ่งหนึ่ง|กึ่งหนึ่ง")
# "หนึ่งในสาม" (a third), "1 ใน 4 ของเด็ก" (a quarter of children): a part of a whole.
# Before a classifier it counts ("4 ใน 10 คน": four people in ten; "หนึ่งในสามประเทศ":
# one of three countries) and stays two numbers; "หนึ่งในผู้นำ" ("one of the leaders")
# has no second number.
_PART = rf"(?:[0-9]{{1,3}}(?![0-9]|[.,][0-9])|{WORDS_RE.pattern})"
RATIO_RE = re.compile(rf"(?P<a>{_PART})\s*ใน\s*(?P<b>{_PART})")
# "หนึ่งใน 4 ของผู้ป่วย" (a quarter of the patients): ของ after a share.
OF_AFTER_RE = re.compile(r"\s*ของ")
# "ติดอันดับ 1 ใน 10": "in the top ten", a rank among N, no fraction.
TOP_BEFORE_RE = re.compile(r"(?:อันดับ(?:ที่)?|ติด)\s*$")
# Names that hold number words: places (ร้อยเอ็ด province, สามพราน, หลักสี่), junctions
# (สามแยก, สี่แยก "crossroads"), vehicles (รถสิบล้อ "truck", รถสองแถว) and shapes
# (สี่เหลี่ยม "square") and the idiom (ใน)ระดับหนึ่ง ("to some extent"): never a number.
_DIGIT_WORD = r"(?:สิบสอง|สิบแปด|สิบ|หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า)"
NAME_RE = re.compile(
    rf"{_DIGIT_WORD}(?:แยก|ล้อ|เหลี่ยม)|สองแถว|ร้อยเอ็ด|สิบสองปันนา|สิบสองจุไท|สามพราน|สามเสน"
    r"|สามย่าน|สามยอด|สามโคก|สามชุก|สามง่าม|สามเงา|สามร้อยยอด|สองแคว|เก้าเลี้ยว|แปดริ้ว"
    r"|เจ็ดเสมียน|สี่พระยา|หลักสี่|หลักหก"
    # "to some extent", no number; after a superlative "one of the most": ที่สูงที่สุด
    # ระดับหนึ่ง "one of the highest", like ที่ใหญ่ที่สุดแห่งหนึ่ง
    r"|(?<!ที่สุด)ระดับหนึ่ง(?!\s*(?:ราย|คน))")
# "คลองหนึ่ง", "อำเภอสองพี่น้อง": a number word glued to a place word is the place's name
# (unless a classifier follows: คลองสองสาย "two canals").
PLACE_BEFORE_RE = re.compile(r"(?:คลอง|หลัก|อำเภอ|อ\.|ตำบล|ต\.|จังหวัด|จ\.|เขต|แขวง|ถนน|ถ\.|"
                             r"สถานี|ซอย|ซ\.|หมู่บ้าน|สะพาน|ตลาด|ท่าเรือ)$")
PLACE_COUNT_AFTER_RE = re.compile(r"สาย|เส้น|แห่ง|คลอง|ถนน|สะพาน|ตลาด")
# "ช่วงแรก", "ระยะแรก" ("early on", "initially"), "แรกๆ" ("at the start"): vague firsts;
# "รองอันดับหนึ่ง" is "the runner-up", whose English has no number (vague).
# "ช่วงแรก", "ระยะแรก", "รุ่นแรก", "ยุคแรก": "early (on)", "the early ones" as often as
# a rank (นักสำรวจรุ่นแรก "early explorers"): counted only when the English has "first".
# "ภาคแรก": the first film of a series, a translator's gloss of "the original" or of a
# title alone ("a sequel to Frostbound" / "Frostbound ภาคแรก"): vague as well.
FIRST_VAGUE_BEFORE_RE = re.compile(r"(?:ช่วง|ระยะ|เริ่ม|รุ่น|ยุค|ภาค)\s*$")
# "ผ่าสี่", "หั่นสี่", "ฉีกสอง": cut into N pieces, the manner of a recipe's "quartered",
# "halved", no count of things.
CUT_INTO_BEFORE_RE = re.compile(r"(?:ผ่า|หั่น|ฉีก|ซอย)$")
FIRST_VAGUE_AFTER_RE = re.compile(r"\s?ๆ")
RUNNER_UP_BEFORE_RE = re.compile(r"รอง(?:ชนะเลิศ)?\s*$")
# "การเลือกตั้งรอบสอง" (a run-off), "นัดสอง"/"เลกสอง" (the second leg): the second round
# named with no ที่, which English often writes with no number ("a run-off", "the
# return leg"): ordinal 2, vague.
SECOND_ROUND_BEFORE_RE = re.compile(r"(?:รอบ|เลก|นัด)$")
