# ruff: noqa: E501  (the page's Markdown table lines)
"""Write ``docs/numbers.md``: every kind and unit of the numbers table, each with an
English and a Thai example read by ``mm.numbers_table`` (real output, not typed in).

    python benchmarks/numbers_doc.py > docs/numbers.md
    python benchmarks/numbers_doc.py --check    # exit 1 when an example reads otherwise

Each example names the sentence and the mention to show; the script prints the row the
table gives for it (text, value, unit, key). ``--check`` lists examples whose mention
is not found or whose unit differs from the one the section is about.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import massmob_nlp as mm
from massmob_nlp.numbers import en, th
from massmob_nlp.numbers.units import UNITS

# kind -> (EN sentence, EN mention, TH sentence, TH mention); sentences written for this page
KINDS: dict[str, tuple[str, str, str, str]] = {
    "cardinal": ("Twenty-one people were hurt.", "Twenty-one",
                 "มีผู้บาดเจ็บยี่สิบเอ็ดคน", "ยี่สิบเอ็ด"),
    "ordinal": ("She finished third.", "third", "เธอจบอันดับที่ 3", "ที่ 3"),
    "percent": ("Prices rose 20 per cent.", "20 per cent", "ราคาสูงขึ้นร้อยละ 20", "ร้อยละ 20"),
    "money": ("The plan costs £125m.", "£125m", "แผนนี้ใช้เงิน 125 ล้านปอนด์", "125 ล้านปอนด์"),
    "year": ("The bridge opened in 2018.", "2018", "สะพานเปิดใช้ในปี 2561", "2561"),
    "year_range": ("The 2020-2025 plan was cut.", "2020-2025",
                   "แผนปี 2563-2568 ถูกตัดงบ", "2563-2568"),
    "range": ("It takes two to three years.", "two to three",
              "ใช้เวลา 2-3 ปี", "2-3"),
    "date": ("The vote is on 27 September 2018.", "27 September 2018",
             "การลงมติมีขึ้นวันที่ 27 ก.ย. 2561", "27 ก.ย. 2561"),
    "time": ("The train left at 7 p.m.", "7 p.m.", "รถไฟออกเวลา 19.00 น.", "19.00 น."),
    "fraction": ("Two-thirds of voters agreed.", "Two-thirds",
                 "ผู้มีสิทธิ์สองในสามเห็นด้วย", "สองในสาม"),
    "code": ("Decision 217-QD/TW was signed.", "217",
             "มติ 217-QD/TW ได้รับการลงนามแล้ว", "217"),
    "decade": ("Sales peaked in the 1980s.", "1980s", "ยอดขายสูงสุดในทศวรรษ 1980", "1980"),
    "score": ("City won 3-1 at home.", "3-1", "ซิตี้ชนะ 3-1 ในบ้าน", "3-1"),
    "duration": ("The talks lasted 18 months.", "18 months",
                 "การเจรจากินเวลา 1 ปี 6 เดือน", "1 ปี 6 เดือน"),
}

# unit symbol -> (EN phrase, TH phrase): "<number> <unit word>" in a short sentence
MEASURES: dict[str, tuple[str, str]] = {
    "km": ("10 kilometres", "10 กิโลเมตร"), "m": ("45 metres", "45 เมตร"),
    "cm": ("40 centimetres", "40 ซม."), "mm": ("85 millimetres", "85 มม."),
    "mi": ("30 miles", "30 ไมล์"), "nmi": ("3 nautical miles", "3 ไมล์ทะเล"),
    "ft": ("328 feet", "328 ฟุต"), "in": ("6 inches", "6 นิ้ว"), "yd": ("22 yards", "22 หลา"),
    "ly": ("31 light years", "31 ปีแสง"),
    "km²": ("80 square kilometres", "80 ตร.กม."), "m²": ("120 square metres", "120 ตารางเมตร"),
    "ha": ("2,800 hectares", "2,800 เฮกตาร์"), "rai": ("17,500 rai", "17,500 ไร่"),
    "acre": ("70,000 acres", "70,000 เอเคอร์"), "sq mi": ("40 square miles", "40 ตารางไมล์"),
    "sq ft": ("900 square feet", "900 ตารางฟุต"), "sq wa": ("50 square wa", "50 ตารางวา"),
    "m³": ("1,200 cubic metres", "1,200 ลบ.ม."), "L": ("500 litres", "500 ลิตร"),
    "ml": ("250 millilitres", "250 มล."), "gal": ("40 gallons", "40 แกลลอน"),
    "bbl": ("2 million barrels", "2 ล้านบาร์เรล"),
    "tbsp": ("2 tbsp", "2 ช้อนโต๊ะ"), "tsp": ("1 teaspoon", "1 ช้อนชา"),
    "cup": ("3 cups", "3 ถ้วย"),
    "t": ("12 tonnes", "12 ตัน"), "kg": ("72 kilograms", "72 กิโลกรัม"),
    "g": ("10 grams", "10 กรัม"), "mg": ("5 milligrams", "5 มก."),
    "µg": ("20 micrograms", "20 ไมโครกรัม"), "lb": ("8st 6lb", "8 สโตน 6 ปอนด์"),
    "st": ("15 stone", "15 สโตน"), "oz": ("6 ounces", "6 ออนซ์"),
    "km/h": ("120 km/h", "120 กม./ชม."), "mph": ("50mph", "50 ไมล์ต่อชั่วโมง"),
    "kn": ("11 knots", "11 นอต"), "m/s": ("30 metres per second", "30 เมตรต่อวินาที"),
    "km/s": ("17 kilometres per second", "17 กิโลเมตรต่อวินาที"),
    "W": ("65W", "65 วัตต์"), "kW": ("2,900 kilowatts", "2,900 กิโลวัตต์"),
    "MW": ("700 megawatts", "700 เมกะวัตต์"), "GW": ("3 gigawatts", "3 กิกะวัตต์"),
    "kWh": ("400 kWh", "400 กิโลวัตต์ชั่วโมง"), "MWh": ("90 MWh", "90 เมกะวัตต์ชั่วโมง"),
    "GWh": ("3.2 GWh", "3.2 กิกะวัตต์ชั่วโมง"), "TWh": ("12 TWh", "12 เทระวัตต์ชั่วโมง"),
    "kcal": ("520kcal", "520 กิโลแคลอรี"),
    "V": ("a 12V battery", "12 โวลต์"), "kV": ("a 500kV line", "500 กิโลโวลต์"),
    "m³/s": ("1,850 cubic metres per second", "1,850 ลบ.ม. ต่อวินาที"),
    "m³/h": ("400 cubic metres per hour", "400 ลบ.ม./ชม."),
    "m³/d": ("9,000 cubic metres a day", "9,000 ลูกบาศก์เมตรต่อวัน"),
    "L/s": ("40 litres per second", "40 ลิตรต่อวินาที"),
    "t/ha": ("5.9 tonnes per hectare", "5.9 ตันต่อเฮกตาร์"),
    "t/rai": ("1.2 tonnes per rai", "1.2 ตันต่อไร่"),
    "kg/ha": ("800 kg per hectare", "800 กิโลกรัมต่อเฮกตาร์"),
    "kg/rai": ("452 kilograms per rai", "452 กิโลกรัมต่อไร่"),
    "MB": ("500MB", "500 เมกะไบต์"), "GB": ("128GB", "128 กิกะไบต์"),
    "TB": ("2TB", "2 เทราไบต์"),
    "°C": ("35°C", "35 องศาเซลเซียส"), "°F": ("104F", "104 องศาฟาเรนไฮต์"),
    "°": ("94 degrees", "94 องศา"),
    "×": ("10-fold", "10 เท่า"),
}

# other units: unit -> (EN sentence, EN mention, TH sentence, TH mention)
OTHER_UNITS: dict[str, tuple[str, str, str, str]] = {
    "%": ("Inflation hit 3.2%.", "3.2%", "เงินเฟ้อแตะร้อยละ 3.2", "ร้อยละ 3.2"),
    "pp": ("Rates rose 25 basis points.", "25 basis points",
           "ดอกเบี้ยขึ้น 25 จุดพื้นฐาน", "25 จุดพื้นฐาน"),
    "year (age range)": ("She is in her 30s.", "30s", "เธออายุ 30-39 ปี", "30-39"),
}
DURATIONS = {"second": ("six seconds", "หกวินาที"), "minute": ("90 minutes", "90 นาที"),
             "hour": ("72 hours", "72 ชั่วโมง"), "day": ("3 days", "3 วัน"),
             "week": ("two weeks", "สองสัปดาห์"), "fortnight": ("a fortnight", "สองสัปดาห์"),
             "month": ("18 months", "18 เดือน"), "year": ("20 years", "20 ปี"),
             "decade": ("two decades", "สองทศวรรษ"), "century": ("three centuries", "สามศตวรรษ")}


def _row(sentence: str, mention: str, lang: str) -> dict[str, Any] | None:
    """The table row whose text overlaps ``mention`` in ``sentence``."""
    df = mm.numbers_table(sentence, lang=lang)
    start = sentence.find(mention)
    end = start + len(mention)
    for row in df.to_dict("records"):
        if start >= 0 and int(row["start_char"]) < end and start < int(row["end_char"]):
            return row
    return None


def _cell(row: dict[str, Any] | None) -> str:
    if row is None:
        return "(not read)"
    unit = "" if pd.isna(row["unit"]) else f", unit `{row['unit']}`"
    value = "" if pd.isna(row["value"]) else f", value {row['value']:.12g}"
    return f"`{row['text']}` → {row['kind']}{value}{unit}, key `{row['key']}`"


def _table(head: str, items: list[tuple[str, str, str, str, str]], want_unit: bool,
           problems: list[str]) -> list[str]:
    lines = [f"| {head} | English | Thai |", "|---|---|---|"]
    for label, en_s, en_m, th_s, th_m in items:
        cells = []
        for sentence, mention, lang in ((en_s, en_m, "en"), (th_s, th_m, "th")):
            row = _row(sentence, mention, lang)
            got = None if row is None or pd.isna(row["unit"]) else str(row["unit"])
            if row is None or (want_unit and got != label.split(" (")[0]):
                problems.append(f"{label} {lang}: {sentence!r} -> {_cell(row)}")
            cells.append(f"{sentence}<br>{_cell(row)}")
        lines.append(f"| `{label}` | {cells[0]} | {cells[1]} |")
    return lines


def _currencies() -> list[tuple[str, str, str, str, str]]:
    items = []
    for code, words in en.CURRENCY_AFTER.items():
        thai = th.CURRENCY_AFTER.get(code)
        en_word = next((w for w in words if not w.isupper()), words[0])
        en_s = f"It cost 500 {en_word}."
        th_s = f"ราคา 500 {thai[0]}" if thai else f"ราคา 500 {code}"
        items.append((code, en_s, "500", th_s, "500"))
    return items


PROSE_TOP = """# The numbers table

`mm.numbers_table(text_or_analysis)` gives one row per number mention. This page lists
every `kind` and every `unit` the table writes, each with an English and a Thai example
**as the table reads it today** (generated by `python benchmarks/numbers_doc.py >
docs/numbers.md`; the sentences are written for this page).

## Columns

| column | dtype | meaning |
|---|---|---|
| `doc_id` | string | the document |
| `lang` | category | language of the paragraph (`en`, `th`, `vi`, or as forced by `lang=`) |
| `para_id`, `sent_id` | Int64 | paragraph; sentence (only from an `Analysis`) |
| `start_char`, `end_char` | Int64 | offsets into the document text, end exclusive |
| `text` | string | the mention as written (a measurement ends at its last digit: the unit word is right after `end_char`) |
| `value`, `value_max` | float64 | the number (and the upper end of a range or score) after normalization |
| `kind` | category | one of the kinds below |
| `unit` | string | ISO currency, `%`/`pp`, a unit of time, `year` for age ranges, or a unit of measurement symbol |
| `qualifier` | category | `over under about nearly up_to at_least at_most` ("more than 50", "ราว 3") |
| `calendar` | category | `BE` or `CE` for years and dates that carry a year |
| `key` | string | language-independent key the comparison joins on (`money:125000000:GBP`, `year:2018`) |
| `vague` | boolean | "hundreds of", หลายพัน, idioms, classifier + หนึ่ง "a": never reported missing or added alone |

## Normalization

- **Thai digits** are read as Arabic digits (`๒๕๖๖` = 2566); offsets stay those of the text.
- **Buddhist-Era years** become Common Era (`2561` → 2018; `พ.ศ.` before any number, a
  bare `ปี` + 2101-2700, two-digit years after an abbreviated Thai month: `5 ธ.ค. 61` is
  2018-12-05; `ร.ศ.` + 1781; an English gloss after the number: `2567 in the Buddhist
  calendar`, `2568 by the Thai calendar`); `calendar` keeps `BE`/`CE` as written. A
  **Buddhist-Era century** `พุทธศตวรรษที่ 19` (BE 1801-1900 = 1258-1357 CE) is the CE
  ordinal N - 5, the century holding most of its years (`ordinal:14`, calendar `BE`), as
  Thai writers render "the 14th century".
- **Magnitudes** multiply: `£125m`, `125 million`, `125 ล้าน`, `1.2 แสน`, `4 หมื่น 5 พัน`
  (45,000), `ล้านล้าน` (trillion), `crore`/`lakh`; a glued `m`/`k` scales only after a
  currency or before a plural noun (`1.5m people`), otherwise it stays the digits
  (`the 400m hurdles`: metres).
- **Number words** in both languages (`twenty-one`, `ยี่สิบเอ็ด`, `a dozen`, `ครึ่งล้าน`,
  `twice`, `สองเท่า`) have the value of the digits.
- **Scale words**: `percent`/`per cent`/`ร้อยละ`/`เปอร์เซ็นต์` → `%` (value 20, not 0.2);
  `basis points`/`จุดพื้นฐาน` → `pp` (25 bp = 0.25); `percentage points` → `pp`.
- **Units of measurement** (numbers/units.py) are written as one symbol in every
  language (`10 km`, `10 kilometres`, `10 กม.`, `10 กิโลเมตร` → `km`); `kind` stays
  `cardinal` (or `range`) and the key `cardinal:N`, so a measurement joins across
  languages by its digits and the comparison converts between units of one dimension
  (`massmob_nlp.numbers.units.convert_unit`, `unit_dimension`). Thai `องศา` alone is
  Celsius; English `degrees` with no scale is `°`.
- **Multiples** (`tripled`, `could double`, `threefold`, `12-fold`, `four times the size`,
  `15 times earnings`, `twice as`, Thai `สามเท่า`, `3 เท่า`, `เท่าตัว`) have the unit `×`:
  a multiple is never a plain count changed. **Recipe units** `tbsp`/`tsp`/`cup`
  (`ช้อนโต๊ะ`/`ช้อนชา`/`ถ้วย`) and food energy `kcal` (`กิโลแคลอรี`) are volumes and an
  energy; `ครึ่งกิโลกรัม`, `half a mile` are half of the unit.
- **The document** decides two readings (numbers/document.py): the order of its slash
  dates (`document_dayfirst`), and the currency of a bare `crowns`/`kroner`/`โครน`, which
  takes the one crown currency the document names in full (`Swedish crowns`, `NOK`,
  `โครนาสวีเดน`) and stays a count when it names none or several.
- **Durations** are keyed in the largest unit that counts them exactly (`72 hours` and
  `3 วัน` are `duration:3:day`); `value` is the first unit as written.
- **Ranges** (`2-3`, `5 to 10`, `ถึง`) have `value`/`value_max`; `from X to Y` after a verb
  of change is two numbers. The unit may be written at both ends (`6% to 7%`, `VND8,000 to
  VND30,000`, `between RM1 and RM4.50`) and the low end in words (`aged six to 16`,
  `eight-10 lanes`, `แปดถึง 10 ช่องจราจร`): one range. A year then `to` and an amount
  (`of 2026 to 36.9 million`) is no range. Two amounts of one currency joined by `to` /
  `ถึง` (`and` / `และ` after `between` / `ระหว่าง`), the second larger, are one money
  range (`from 2,500 baht to 9,500 baht`, `HK$180 million to HK$250 million`, `ตั้งแต่
  2,500 บาท ถึง 9,500 บาท`: `money:2500-9500:THB`), but not a change and its new level
  (`rose by 150 baht to 42,300 baht`, `a rise of 5 baht, from 40 baht to 45 baht`).
  `expanded from 12 to 610` is a change: two numbers.
- **Clock spans**: two clock times joined by `to`, `until`, a dash or `between … and`
  (`from 8.30am to 4.30pm`), or in Thai by `ถึง` (`ตั้งแต่ 4 ทุ่มถึงตี 5`) are one
  `time:08:30-16:30`, as Thai writes `08.30-16.30 น.`; `moved from 9am to 11am` (a
  change) stays two times.
- **Years and speeds**: a four-digit year-like number after a determiner and before a
  plural noun names a year unless it is round (`the 2021 winners`, `their 2026 earnings`;
  `the 2000 protesters` counts); `km per hour` / `km/hr` is `km/h`.
- **No rank, no count** (vague): a clause-final adverb `first` after an object (`if rivals
  solve the problem first`, Thai `ได้ก่อน`; but `finished first`, `was first`, `moved up to
  first` rank), `first prize` (the winner's prize), `second only to` (Thai `อันดับ 2
  รองจาก` or only `รองจาก`), an approximate zero (`virtually zero`, `near-zero`, `close to
  zero`, `เกือบเป็นศูนย์`, `แทบจะเป็นศูนย์`), Thai `เริ่มงวดแรก` (the first of a series where
  it starts: "beginning on"); `every one of these deaths` is no number at all.
- **Names and tallies**: an aircraft model after its maker or with a plural `s`
  (`Boeing 787-9`, `737-800s`, `โบอิ้ง 787-9`) is a code, not a score; a vote `19-2-1` is
  one `score:19-2`.
- **Halves and decades of time**: the `half` of `the first half of 2027`, `first-half
  profit` names a period: a vague half (the rank stays; Thai `ครึ่งแรกของปี` is read by
  the comparison from its words); `more than a decade ago` / `กว่าทศวรรษที่แล้ว` is a vague
  `duration:10:year` (a bare `for a decade` is not read).
- **Thai X-odd amounts**: `สิบกว่าคน` ("ten-odd people"), `พันกว่าบาท`, `ร้อยกว่าล้านบาท`
  are the round figure with the qualifier `over` (also after `ราว`: `ราวสิบกว่าคน`), like
  English `more than a dozen`, `over 100 million baht`.
- **Labels, not counts**: Thai school years (`ม.4`, `ป.6`) are a vague `ordinal:N` (a
  translation names a foreign grade by the Thai year; `grade 10` stays a count); road numbers
  (`National Highway 1`, `Route 9`, `ทางหลวงแผ่นดินหมายเลข 1`) and a document's number in
  its year (`No. 118/2026`, `ฉบับที่ 118/2569`: `code:118` and `year:2026`) are codes; a
  month word inside a name (`a Long March 5 rocket`) is no date; `PM2.5` is a vague code.
- **"One of" and "not even one"**: the "one" of `one of 12 events` / `หนึ่งใน 12 กิจกรรม`
  (a member of a counted set; `หนึ่งใน 12` is no fraction unless `ของ` follows, as in
  `หนึ่งใน 4 ของผู้ป่วย`) and of `does not even buy one bowl` / `ไม่ได้สักชาม` is a vague
  `cardinal:1`; `ไม่มีผู้เสียชีวิต` ("no deaths") is a vague `cardinal:0`.
- **Words that look like numbers**: `ศูนย์ AHA` (the AHA Centre) is no zero; the kinds of
  serve (`first serves`) are vague ranks; "number" with a number word (`the Christmas
  number one`) is a rank; `2 ใน 10 วินาที` is the fraction 2/10 ("two tenths" of a second).
- **Lists of days** under one month (`March 12, 13 and 14, 2027`, `12, 13 และ 14 มีนาคม
  2570`, `March 12, 13 and 14 drew ...`) are one date per day, each in the month and year
  written once.
- **Cents**: `62 cents`, `a 10-cent rise`, `99¢`, `62 เซนต์` (`เซนต์สหรัฐ`) are dollars
  (`money:0.62:USD`), as `$0.62`; `เซนต์หลุยส์` (Saint Louis) is a name.
- **Idioms with no amount** (vague): a side's half (`the eastern half of the city`, `the
  bottom half of the table`), `doubled their lead` in a match report (a second goal),
  `ลดลงจนเหลือศูนย์` (cut down to zero: "phased out"), `ห่างอันดับ 2 อยู่ 6 คะแนน` (the
  runner-up a leader is clear of), a clause-final `once` (`each winning once.`, Thai
  `คนละครั้ง`), `เพียงครั้งเดียว`/`นัดเดียว` ("his only pit stop"); `ใช้ครั้งเดียว` (single-use)
  is no number. A multiple before what it multiplies (`more than double the 10.3 tonnes`,
  `roughly double that of`) is `cardinal:2` with unit `×`.
- **Names glossed in brackets**: the English words of a name in brackets after its Thai
  (`"คืนที่เก้า" (The Ninth Night)`) are not read again (digits are: `(Rama 9 Road)`).
- **Ordinals with a scale** keep it: `the 17-millionth visitor`, `its two-thousandth
  game`, `the millionth car` and Thai `คนที่ 17 ล้าน` are `ordinal:17000000` /
  `ordinal:2000` / `ordinal:1000000`; `one-millionth of a second` (no determiner, `of`
  after) is the fraction 1/1,000,000. `15th-to-19th century` is `range:15-19`, as Thai
  `ศตวรรษที่ 15-19`.
- **Ranks that move**: `จากมือ 5 ขึ้นไปเป็นมือ 2 ของโลก` ("from fourth to second") is
  two ranks, like `from fourth to second`; `ขึ้นไป` before `เป็น`/`อยู่`/`ถึง` is "up
  to", not "or more". `ติดอันดับ 5 อันดับแรก` is the top five (`cardinal:5`, a vague
  first), no rank 5.
- **Pronoun "one"**: after a verb of setting or holding a record and before a place or
  event (`the youngest woman to set one in the 200 freestyle`), or before `again`/`too`
  (`hopes to win one again`), "one" stands for the noun said before: vague. `won one.`
  and `one in five` stay counts.
- **Once per period**: Thai `ปีละครั้ง`, `ทศวรรษละครั้ง` (once a year, once a decade) is a
  vague `cardinal:1` that joins English `once`.
- **Compound ranges and sizes**: `a 10-to-15-minute walk`, `a one-to-two-year lead` are
  ranges; `aged 15 to 59 in 1,240 towns` is one range (not the proportion "59 in 1,240");
  both sides of `a 92-by-81-centimeter canvas` are read. A clock-like length with its unit
  after it (`1:51 นาที`, `2:30 hours`) is a duration, not a clock time.
- **Names**: a comet (`C/2026 V2`) is one code; English number words in Thai letters are
  the number of the English name (`ท็อปเท็น` 10, `ฟอร์มูลาวัน` 1, `แชมเปียนส์ลีก ทู` 2,
  `บริสเบนไนน์` 9, `เดอะ ไฟฟ์ เยียร์` 5; `ยุคเซเวนตี้ส์` = `decade:1970`), but `ตีโฟร์`,
  `ซิกซ์` (cricket boundaries) and `โฟร์แฮนด์` are no numbers. A headline's `second`
  without an article (`wraps up second session`, `in second year of`) is the ordinal.
- **Phone numbers** are keyed as dialled at home: `+66 2 018 4400` and `0 2018 4400` are
  both `code:020184400`.
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    problems: list[str] = []
    out = [PROSE_TOP, "## Kinds\n"]
    out += _table("kind", [(k, *v) for k, v in KINDS.items()], False, problems)
    out += ["", "## Units of measurement\n",
            "Dimension and factor to the base unit (metre, m², m³, kg, m/s, W, Wh, byte) "
            "come from `massmob_nlp.numbers.units.UNITS`.\n"]
    items = []
    for symbol, (en_p, th_p) in MEASURES.items():
        digits = re.match(r"[0-9.,]+", en_p)
        items.append((symbol, f"It was {en_p}.", digits.group() if digits else en_p,
                      f"มีค่า {th_p}", th_p.split(" ")[0]))
    out += _table("unit", items, True, problems)
    dims = sorted({u.dimension for u in UNITS.values()})
    out += ["", "Dimensions: " + ", ".join(
        f"{d} ({' '.join(f'`{s}`' for s, u in UNITS.items() if u.dimension == d)})"
        for d in dims) + "."]
    out += ["", "## Units of time (durations)\n"]
    out += _table("unit", [(u, f"It lasted {e}.", e, f"ใช้เวลา {t}", t)
                           for u, (e, t) in DURATIONS.items()], True, problems)
    out += ["", "## Percent, points, ages\n"]
    out += _table("unit", [(k, *v) for k, v in OTHER_UNITS.items()], True, problems)
    out += ["", "## Currencies (ISO 4217)\n"]
    out += _table("unit", _currencies(), True, problems)
    if args.check:
        print("\n".join(problems) or "all examples read as documented")
        sys.exit(1 if problems else 0)
    print("\n".join(out))
    if problems:
        print("\n## Examples read with another unit\n\nThai writes no fortnight and no age "
              "bracket in one word, and a bare ``องศา`` is Celsius in Thai news:\n")
        print("\n".join(f"- {p}" for p in problems))


if __name__ == "__main__":
    main()
