"""Thai clock words: our reader against PyThaiNLP's ``thaiword_to_time``.

    python benchmarks/numbers_clock_check.py

Each phrase (written by us, with the time a Thai reader gives it) is read by
``massmob_nlp.numbers.find_numbers`` inside a short sentence and by
``pythainlp.util.thaiword_to_time`` on the phrase alone (it cannot search running
text). Prints the phrases either reader gets wrong and the share each gets right.
"""

from __future__ import annotations

import sys
import warnings

from _common import ROOT

sys.path.insert(0, str(ROOT))

from massmob_nlp.numbers import find_numbers

PHRASES = {
    "บ่ายโมง": "13:00", "บ่ายสองโมง": "14:00", "บ่ายสามโมงครึ่ง": "15:30",
    "บ่ายสองโมงสามสิบนาที": "14:30", "สี่โมงเย็น": "16:00", "ห้าโมงเย็น": "17:00",
    "หกโมงเช้า": "06:00", "เจ็ดโมงเช้า": "07:00", "แปดโมง": "08:00", "เก้าโมง": "09:00",
    "เก้าโมงสิบนาที": "09:10", "สิบโมงครึ่ง": "10:30", "สิบเอ็ดโมง": "11:00",
    "เที่ยงครึ่ง": "12:30", "หนึ่งทุ่ม": "19:00", "สองทุ่มครึ่ง": "20:30",
    "สามทุ่ม": "21:00", "สามทุ่มสิบห้านาที": "21:15", "ห้าทุ่ม": "23:00",
    "ตีหนึ่ง": "01:00", "ตีสอง": "02:00", "ตีห้าครึ่ง": "05:30",
    "เก้านาฬิกาสิบนาที": "09:10", "ยี่สิบเอ็ดนาฬิกา": "21:00", "9 นาฬิกา 10 นาที": "09:10",
}


def ours(phrase: str) -> str | None:
    found = [m.key for m in find_numbers(f"เริ่มเวลา{phrase}ของวันนี้", "th")
             if m.kind == "time" and m.key]
    return found[0].split(":", 1)[1] if found else None


def pythainlp_time(phrase: str) -> str | None:
    from pythainlp.util import thaiword_to_time
    try:
        return str(thaiword_to_time(phrase))
    except (ValueError, KeyError, IndexError):
        return None


def main() -> None:
    warnings.simplefilter("ignore")
    right = {"massmob_nlp": 0, "pythainlp": 0}
    for phrase, gold in PHRASES.items():
        a, b = ours(phrase), pythainlp_time(phrase)
        right["massmob_nlp"] += a == gold
        right["pythainlp"] += b == gold
        if a != gold or b != gold:
            print(f"{phrase:<24} gold {gold}  massmob_nlp {a}  thaiword_to_time {b}")
    n = len(PHRASES)
    for name, k in right.items():
        print(f"{name}: {k}/{n} right ({k / n:.2f})")


if __name__ == "__main__":
    main()
