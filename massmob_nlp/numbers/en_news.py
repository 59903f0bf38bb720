"""English forms of general news for the number scanner (see :mod:`massmob_nlp.numbers`),
read before plain digits and words so that their parts are not read alone.

- race and lap times: ``2:05:41``, ``3:43.13`` are durations (``duration:7541:second``,
  like ``2 ชั่วโมง 5 นาที 41 วินาที``; value 7541, unit ``second``: the last field;
  ``1:51 นาที`` 1.85 minutes), not clock times; so are glued ``39m 21.508s``, ``2h 17m``
  (durations.find_stopwatch_times);
- fiscal years and seasons: ``FY2024``, ``FY24`` (``year:2024``, like ``ปีงบประมาณ
  2567``), ``FY2023/24``, ``the 2023/24 season``, ``2023-24`` (``year_range:2023-2024``);
- named days: ``9/11`` is 11 September (``date:--09-11``), not a fraction;
- day ranges in words: ``from 9 to 20 December``, ``December 9 to 20``;
- ranks: ``the world No. 1``, ``world number one``, ``the No. 3 seed``, ``finished
  second``, ``in second place``, race positions ``finished P4`` (``ordinal:1``; Thai
  ``มือ 1 ของโลก``, ``อันดับ 1``);
- results in words: ``a goalless draw`` (``score:0-0``), ``won one-nil``, ``two-all``,
  ``one set all``;
- proportions: ``one in five pounds`` is two counts, not £5;
- ``the last lunar month`` is the twelfth (``เดือน 12``);
- ``the mid-20s`` is about 25 (``ราว 25 องศา``), not the 1920s; ``the over-65s`` is 65
  and over;
- names that hold numbers (``7-Eleven``, ``Seven-Eleven``, ``Formula One``, ``Big
  Four``, ``Erik ten Hag``) are vague: never a missing or added number.
"""

from __future__ import annotations

import re
from decimal import Decimal

from . import en, en_forms
from .base import Scan, alt
from .dates import _add_date, _year
from .durations import duration_key, find_stopwatch_times, unit_after
from .en_ranks import (
    find_proportions,
    find_ranks,
    find_results,
    find_scaled_ordinals,
    find_tallies,
)
from .glued_stamps import find_glued_stamps

# ---------------------------------------------------------------- lexicon
_CLOCK_BEFORE_RE = re.compile(r"(?i)\b(?:at|by|until|till|since|from|before|after|to)\s+$")
_CLOCK_AFTER_RE = re.compile(rf"\s*(?:[aApP]\.?[mM]\b|น\.|นาฬิกา|{alt(en_forms.TIME_ZONES)}\b"
                             r"|local\b)")
_DATE_BEFORE_RE = re.compile(r"(?:[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}"
                             r"|[0-9]{1,2}[/.][0-9]{1,2}[/.][0-9]{2,4}"
                             rf"|{en.MONTH}\s+[0-9]{{1,2}},?\s+[0-9]{{4}})(?:T|,?\s+)$")
"""A timestamp's date (``2025-04-16 10:48:30``, ``16/04/2025 10:48:30``, ISO ``T``,
``December 2, 2026 09:12:05``): the h:mm:ss after it is the clock time, no race time."""
_RACE_TIME_RE = re.compile(
    r"(?<![0-9:.,])(?P<h>[0-9]{1,2}):(?P<m>[0-5][0-9]):(?P<s>[0-5][0-9](?:\.[0-9]+)?)"
    r"(?![0-9:]|\.[0-9])"
    r"|(?<![0-9:.,])(?P<m2>[0-9]{1,2}):(?P<s2>[0-5][0-9]\.[0-9]{1,3})(?![0-9:]|\.[0-9])"
    r"|(?<![0-9:.,])(?P<a3>[0-9]{1,2}):(?P<b3>[0-5][0-9])(?![0-9:]|\.[0-9])"
    r"(?=\s?(?:(?P<min>นาที|(?i:min(?:ute)?s?\b))|ชั่วโมง|ชม\.|(?i:h(?:ou)?rs?\b)))"
    r"|(?<=\b(?:in|of) )(?P<m4>[1-9][0-9]):(?P<s4>[0-5][0-9])(?![0-9:]|\.[0-9])")
"""``2:05:41`` and ``3:43.13``, and ``1:51 นาที`` / ``2:30 hours``: a length of time written
like a clock, its unit said after it (one minute 51, two hours 30); ``in 61:02``, ``a
time of 13:58``: ten or more minutes and their seconds after "in" / "of" (no one writes
a clock time so)."""
_FY_RE = re.compile(r"\bFY\s?['’]?(?P<a>[0-9]{4}|[0-9]{2})"
                    r"(?:\s*[/-]\s*(?P<b>[0-9]{4}|[0-9]{2}))?(?![0-9])")
_SEASON_RE = re.compile(
    r"(?<![0-9/.,:-])(?P<a>(?:1[89]|20|2[4-7])[0-9]{2})\s?(?P<sep>[/–-])\s?"
    r"(?P<b>[0-9]{2}|(?:1[89]|20|2[4-7])[0-9]{2})(?![0-9]|[/.,:-][0-9])")
NAMED_DAYS = {"9/11": (9, 11)}
"""Days named by their date, in the order of the English names (month/day)."""
_NAMED_DAY_RE = re.compile(rf"(?<![0-9/.,]){alt(NAMED_DAYS)}(?![0-9]|/[0-9]|\.[0-9])")
_DAY = r"(?P<d{n}>[0-9]{{1,2}})(?:st|nd|rd|th)?"
_TO = r"\s+(?:to|until|till|through|and)\s+"
_BETWEEN_RE = re.compile(r"(?i)\bbetween\s+$")
_DAY_RANGE_RE = re.compile(
    rf"(?<![0-9.,:]){_DAY.format(n=1)}{_TO}{_DAY.format(n=2)}\s+(?:of\s+)?{en.MONTH}"
    r"(?:,?\s+(?P<y>[0-9]{4})(?![0-9]))?"
    rf"|\b{en.MONTH.replace('(?P<mon>', '(?P<mon2>')}\s+{_DAY.format(n=3)}{_TO}"
    rf"{_DAY.format(n=4)}(?![0-9]|[,.][0-9])(?:,?\s+(?P<y2>[0-9]{{4}})(?![0-9]))?")
_AGE_GROUP_RE = re.compile(r"(?i)\b(?P<q>over|under)-(?P<n>[1-9][0-9]?)s\b")
_MID_DECADE_RE = re.compile(r"(?i)\b(?P<p>low|mid|high|upper|lower)[\s-]+(?P<n>[1-9]0)s\b")
_NUMBER_WORDS = [w.capitalize() for w in [*en.UNITS, *en.TEENS, *en.TENS, "hundred"]][1:]
_NAME_DIGITS_RE = re.compile(rf"(?<![\w-])[0-9]{{1,2}}-(?:{alt(_NUMBER_WORDS)})\b"
                             rf"|\b(?:{alt(_NUMBER_WORDS)})-(?:{alt(_NUMBER_WORDS)})\b")
_CAPITAL_NUMBER_RE = re.compile(rf"\b(?:{alt(_NUMBER_WORDS)})\b(?!-)")
# "Formula 1", "Formula 2": the racing series (Thai ฟอร์มูลาวัน), a name.
_FORMULA_RE = re.compile(r"\bFormula\s+(?P<d>[1-4])(?![0-9])"
                         # "Thai League 1", "ไทยลีก 2", "Liga 1", "Ligue 1", "Moto2":
                         # a division's name (a translation may write the name alone)
                         r"|(?:\b(?:Thai\s+League|T\s?League|J\.?\s?League|K\s?League|V\.?\s?League"
                         r"|Liga|Ligue|Moto)|ไทยลีก|ลีก\s*ไทย)\s*(?P<l>[1-4])(?![0-9]|[.,][0-9])")
# "No 10 said", "Number 10": the prime minister's office (Thai ทำเนียบนายกฯ, often with
# no number); vague, still joined to a Thai เลขที่ 10.
_NUMBER_TEN_RE = re.compile(r"\b(?:No\.?\s?|Number\s)(?P<d>10)(?![0-9.,]|\s+Downing)")
# "League One", "League Two": English and Scottish divisions (Thai ลีกวัน, ลีกทู).
_LEAGUE_RE = re.compile(r"\bLeague\s+(?P<n>One|Two)\b")
# "open 24/7": around the clock (Thai ตลอด 24 ชั่วโมง), not the fraction 24/7.
_ROUND_THE_CLOCK_RE = re.compile(r"(?<![0-9/])24/7(?![0-9/])")
_TEN_NAME_RE = re.compile(r"\b[A-Z][a-z]+\s(?P<p>ten)(?=\s[A-Z][a-z])")
LABEL_HEADS = frozenset("""
Game Games Chapter Day Year Stage Round Phase Section Part Act Level Class Channel Apollo
Gate Terminal Platform Route Flight Room Pier Plan Article Volume Book Season Series
Episode Week Team Division League War Tier Category Grade Zone Page Line Lane Block
Ward Box Match Leg Heat Race Test Number No Figure Table Track Row Seat District
""".split())  # noqa: SIM905
"""Heads that a number labels (``World War Two``, ``Channel Four``, ``Game Seven``):
the number there is kept, as its translation writes it (``ครั้งที่ 2``)."""
_SENTENCE_START_RE = re.compile(r"(?:^|[.!?:;\"“‘(\n]\s*|\s[-–—]\s*)$")
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’-]{3,}")


def find_english_news(sc: Scan) -> None:
    """Claim the general-news forms listed in the module docstring (each reader only
    where a cheap hint of its form is in the text)."""
    t = sc.t
    low = t.lower()
    digits = _DIGIT_RE.search(t) is not None
    if digits and ":" in t:
        find_glued_stamps(sc)  # "November 29, 20264:52 PM": a date and a clock time
        _race_times(sc)
    if digits and "m" in t:
        find_stopwatch_times(sc)  # "39m 21.508s", "2h 17m": race and lap times
    if digits and ("FY" in t or _YEAR_PAIR_HINT_RE.search(t)):
        _seasons(sc)
    if "9/11" in t:
        _named_days(sc)
    if digits and _DAY_RANGE_HINT_RE.search(t):
        _day_ranges(sc)
    if "no" in low or "umber" in low or "second" in low or "P" in t or "มือ" in t:
        find_ranks(sc)
    if "llionth" in low or "thousandth" in low:
        find_scaled_ordinals(sc)
    if "less" in low or "nil" in low or "all" in low:
        find_results(sc)
    if " in " in low or " out of " in low:
        find_proportions(sc)
    if "vot" in low:
        find_tallies(sc)
    if digits and _PLURAL_NUMBER_HINT_RE.search(t):
        _mid_decades(sc)
        _age_groups(sc)
    if "lunar" in low:
        _last_lunar_month(sc)
    if digits and ("U" in t or "under-" in low):
        _age_classes(sc)
    _names(sc)


_AGE_CLASS_RE = re.compile(
    r"(?<![A-Za-z0-9])(?:U-?|[Uu]nder-)(?P<n>1[2-9]|2[0-3])(?:s|'s)?(?![0-9A-Za-z])"
    r"(?=\s+(?:men's|women's|boys'?|girls'?|national|football|soccer|futsal|basketball"
    r"|volleyball|team|teams|side|squad|championships?|tournament|cup|level|players?|coach"
    r"|Asian|World|SEA|Southeast)\b|\s*(?:ทีม|ชาย|หญิง|ชิง|ฟุตบอล))"
    r"|(?<=รุ่น)\s*U-?(?P<m>1[2-9]|2[0-3])(?![0-9A-Za-z])"
    r"|(?<=ทีมชาติไทย)\s*U-?(?P<k>1[2-9]|2[0-3])(?![0-9A-Za-z])")
"""``the U-22 football team``, ``an under-19 squad``, ``ทีมชาติไทย U23``, ``รุ่น U22``: an age
class, "aged at most 22" (Thai ``รุ่นอายุไม่เกิน 22 ปี``): ``duration:22:year``, at_most."""


def _age_classes(sc: Scan) -> None:
    for m in sc.finditer(_AGE_CLASS_RE):
        g = "n" if m["n"] else "m" if m["m"] else "k"
        s = m.start() if g == "n" else m.start(g) - (2 if sc.t[m.start(g) - 2] == "U" else 1)
        if sc.free(s, m.end()):
            n = int(m[g])
            sc.add(s, m.end(), "duration", value=float(n), unit="year",
                   key=f"duration:{n}:year", qualifier="at_most")


_DIGIT_RE = re.compile(r"[0-9]")
_PLURAL_NUMBER_HINT_RE = re.compile(r"[0-9]s\b")
_YEAR_PAIR_HINT_RE = re.compile(r"[0-9]{4}\s?[/–-]\s?[0-9]{2}")
_DAY_RANGE_HINT_RE = re.compile(r"[0-9]\s+(?:to|until|till|through|and)\s+[0-9]"
                                r"|[0-9](?:st|nd|rd|th)\s+(?:to|until|till|through|and)\s")


# ---------------------------------------------------------------- readers
def _race_times(sc: Scan) -> None:
    """``2:05:41`` (h:mm:ss) and ``3:43.13`` (m:ss.xx): a length of time, unless it
    follows ``at``/``by``… or a date, or a.m./p.m. or a time zone follows (a clock time)."""
    t = sc.t
    for m in sc.finditer(_RACE_TIME_RE):
        s, e = m.span()
        if not sc.free(s, e) or _CLOCK_BEFORE_RE.search(t, max(0, s - 7), s) \
                or _CLOCK_AFTER_RE.match(t, e) or _DATE_BEFORE_RE.search(t, max(0, s - 24), s):
            continue
        if m["h"] is not None:
            h, mi, sec = int(m["h"]), int(m["m"]), Decimal(m["s"])
        elif m["m2"] is not None:
            h, mi, sec = 0, int(m["m2"]), Decimal(m["s2"])
        elif m["m4"] is not None:
            h, mi, sec = 0, int(m["m4"]), Decimal(m["s4"])
        elif m["min"] is not None:
            h, mi, sec = 0, int(m["a3"]), Decimal(m["b3"])
        else:
            h, mi, sec = int(m["a3"]), int(m["b3"]), Decimal(0)
        total = h * 3600 + mi * 60 + sec
        # a race time counts its last field, as the gold writes it (2:05:41 is 7541
        # seconds, 3:43.13 223.13); one with its unit after it counts in that unit (1:51
        # นาที is 1.85 minutes, 2:30 hours 2.5 hours: the value of the clock time 1:51 an
        # English side may read there)
        unit = "second"
        if m["a3"]:
            unit = "hour" if m["min"] is None else "minute"
        value = total / {"second": 1, "minute": 60, "hour": 3600}[unit]
        sc.add(s, e, "duration", value=float(value), unit=unit,
               key=duration_key(total, "second"))
    for m in sc.finditer(_MIN_SEC_RE):
        s, e = m.span()
        verb = _RACE_VERB_BEFORE_RE.search(t, max(0, s - 32), s)
        if verb is None or not sc.free(s, e) or _CLOCK_AFTER_RE.match(t, e) \
                or (verb["plan"] and not _RACE_WORDS_RE.search(t, max(0, s - 300), e + 300)):
            continue
        secs = Decimal(int(m["m"]) * 60 + int(m["s"]))
        sc.add(s, e, "duration", value=float(secs), unit="second",
               key=duration_key(secs, "second"))


_MIN_SEC_RE = re.compile(r"(?<![0-9:.,])(?P<m>[0-9]{1,2}):(?P<s>[0-5][0-9])(?![0-9:]|\.[0-9])")
_RACE_VERB_BEFORE_RE = re.compile(
    r"(?i)\b(?:ran|swam|clocked|clocking|rode|paddled|finish(?:ed|ing)?\s+in|(?:a\s+)?time\s+of"
    r"|(?:personal|season|world|national|games|meet|championship)\s+(?:best|record)\s+of"
    r"|(?P<plan>plann?(?:ed|ing)\s+for|aim(?:ed|ing)?\s+for|target(?:ed|ing)?|target\s+of"
    r"|hop(?:ed|ing)\s+for))\s+(?:(?:about|around|under|below|just|a)\s+)?$")
_RACE_WORDS_RE = re.compile(
    r"(?i)\b(?:swim\w*|swam|race[sd]?|relay|medley|freestyle|butterfly|backstroke|breaststroke"
    r"|marathon|sprint\w*|heats?|laps?|personal\s+best|[0-9]+\s?m\b|metres?|seconds"
    r"|(?:half|tenths?|hundredths?)\s+(?:a|of\s+a)\s+second)\b")
"""``ran 2:05``, ``clocked 4:12``, ``a time of 2:14``; ``We planned for 2:14`` in a report of
a race: minutes and seconds, a length of time (a clock time has a.m./p.m., a zone or
``at`` instead)."""


def _full_year(a: str, b: str) -> int:
    """The second year of ``2023/24`` or ``2023/2024`` written in full."""
    return int(b) if len(b) == 4 else int(a[:2] + b)


def _add_years(sc: Scan, s: int, e: int, first: int, second: int | None) -> None:
    """A year, or a year range when ``second`` follows ``first`` by 1 to 20 years; BE
    years (2400-2700) are written in CE."""
    cal = "BE" if first >= 2400 else "CE"
    shift = 543 if cal == "BE" else 0
    if second is None:
        sc.add(s, e, "year", value=float(first - shift), calendar=cal,
               key=f"year:{first - shift}")
    elif 0 < second - first <= 20:
        lo, hi = first - shift, second - shift
        sc.add(s, e, "year_range", value=float(lo), value_max=float(hi), calendar=cal,
               key=f"year_range:{lo}-{hi}")


def _seasons(sc: Scan) -> None:
    """``FY2024``, ``FY24`` (the year 2024); ``FY2023/24``, ``2023/24``, ``2023-24``,
    ``2019/2020``: a season or financial year across two calendar years. ``2023-24``
    is read before a noun too (``2023-24 revenue``); ``2020-25`` is a plan period."""
    for m in sc.finditer(_FY_RE):
        a = m["a"] if len(m["a"]) == 4 else "20" + m["a"]
        b = _full_year(a, m["b"]) if m["b"] else None
        if sc.free(*m.span()) and (b is None or b > int(a)):
            _add_years(sc, m.start(), m.end(), int(a), b)
    for m in sc.finditer(_SEASON_RE):
        a, b = int(m["a"]), _full_year(m["a"], m["b"])
        slash = m["sep"] == "/"
        if sc.free(*m.span()) and (b - a == 1 or (not slash and len(m["b"]) == 2)):
            _add_years(sc, m.start(), m.end(), a, b)


def _named_days(sc: Scan) -> None:
    """``9/11``: a day named by its date (month/day), not a fraction."""
    for m in sc.finditer(_NAMED_DAY_RE):
        mon, day = NAMED_DAYS[m.group()]
        if sc.free(*m.span()):
            sc.add(m.start(), m.end(), "date", key=f"date:--{mon:02d}-{day:02d}")


def _day_ranges(sc: Scan) -> None:
    """``from 9 to 20 December``, ``between 3 and 21 February``, ``December 9 to 20,
    2024``: two days of one month (``7, 8 and 9 May`` lists days)."""
    for m in sc.finditer(_DAY_RANGE_RE):
        word = m["mon"] or m["mon2"]
        mon = en.MONTH_NUMBER[word.lower().rstrip(".")]
        d1, d2 = (m["d1"], m["d2"]) if m["d1"] else (m["d3"], m["d4"])
        if " and " in m.group() and not _BETWEEN_RE.search(sc.t, max(0, m.start() - 9),
                                                          m.start()):
            continue  # "on 7, 8 and 9 May": days listed, no range
        year = m["y"] or m["y2"]
        y = _year(year, None, False) if year else None
        if year is None or y is not None:
            _add_date(sc, m.start(), m.end(), y, mon, int(d1), int(d2))




_LAST_LUNAR_MONTH_RE = re.compile(
    r"(?i)\b(?:last|final)(?=\s+lunar\s+month\b|\s+month\s+of\s+the\s+lunar\s+(?:year|calendar)\b)")
"""``the 27th day of the last lunar month``: the twelfth month of the lunar year, which
Thai and Vietnamese write by its number (``วันที่ 27 เดือน 12``): ``ordinal:12``."""


def _last_lunar_month(sc: Scan) -> None:
    for m in sc.finditer(_LAST_LUNAR_MONTH_RE):
        if sc.free(*m.span()):
            sc.add(m.start(), m.end(), "ordinal", value=12.0, key="ordinal:12")



def _mid_decades(sc: Scan) -> None:
    """``the mid-20s`` (temperatures, shares, prices): about 25, as a translation writes
    it (``ราว 25 องศา``); ``the low 30s`` 30-33 and ``the high 30s`` 37-39, vague. Two
    digits only (``the mid-1920s`` is a decade) and not an age (``in her mid-30s``)."""
    t = sc.t
    for m in sc.finditer(_MID_DECADE_RE):
        s, e = m.span()
        if not sc.free(s, e) or en_forms.AGE_BEFORE_RE.search(t, max(0, s - 16), s):
            continue
        n, part = int(m["n"]), m["p"].lower()
        if part == "mid":
            sc.add(s, e, "cardinal", value=float(n + 5), qualifier="about",
                   key=f"cardinal:{n + 5}")
        else:
            lo, hi = (n, n + 3) if part in ("low", "lower") else (n + 7, n + 9)
            sc.add(s, e, "range", value=float(lo), value_max=float(hi),
                   key=f"range:{lo}-{hi}", vague=True)


def _age_groups(sc: Scan) -> None:
    """``the over-65s`` (aged 65 and over: Thai ``อายุ 65 ปีขึ้นไป``), ``the under-18s``:
    the age with its qualifier."""
    for m in sc.finditer(_AGE_GROUP_RE):
        if sc.free(*m.span()):
            n = int(m["n"])
            sc.add(m.start(), m.end(), "cardinal", value=float(n),
                   qualifier="at_least" if m["q"].lower() == "over" else "under",
                   key=f"cardinal:{n}")


def _title_case(t: str, s: int) -> bool:
    """The line around ``s`` capitalises most of its words (a headline in title case)."""
    a = t.rfind("\n", 0, s) + 1
    b = t.find("\n", s)
    words = _WORD_RE.findall(t, a, len(t) if b < 0 else b)
    caps = sum(w[0].isupper() for w in words)
    return len(words) >= 3 and caps >= 0.7 * len(words)


def _names(sc: Scan) -> None:
    """Numbers inside names: ``7-Eleven``, ``Seven-Eleven``, ``Formula One``, ``Air Force
    One``, ``the Big Four``, ``One Direction``, ``League Two`` and the particle of ``Erik
    ten Hag``;
    vague, so never a missing or added number (``Ten-man United`` at the start of a
    sentence, ``World War Two`` and ``Channel Four`` after a label and ``the Thirty
    Years' War`` before a unit of time stay numbers)."""
    t = sc.t
    for m in sc.finditer(_FORMULA_RE):
        g = "d" if m["d"] else "l"
        if sc.free(*m.span(g)):
            sc.add(*m.span(g), "code", key=f"code:{m[g]}", vague=True)
    for m in sc.finditer(_LEAGUE_RE):  # "League Two": a division's name (Thai ลีกทู)
        if sc.free(*m.span("n")):
            v = 1 if m["n"] == "One" else 2
            sc.add(*m.span("n"), "cardinal", value=float(v), key=f"cardinal:{v}", vague=True)
    for m in sc.finditer(_NUMBER_TEN_RE):
        if sc.free(*m.span()):
            sc.add(*m.span(), "code", value=10.0, key="code:10", vague=True)
    for m in sc.finditer(_ROUND_THE_CLOCK_RE):
        if sc.free(*m.span()):
            sc.add(*m.span(), "duration", value=24.0, unit="hour", key="duration:1:day",
                   vague=True)
    for m in sc.finditer(_NAME_DIGITS_RE):
        if sc.free(*m.span()):
            digits = "".join(ch for ch in m.group() if ch.isdigit())
            sc.add(m.start(), m.end(), "code", key=f"code:{digits}" if digits else None,
                   vague=True)
    for m in sc.finditer(_CAPITAL_NUMBER_RE):
        s, e = m.span()
        if not sc.free(s, e) or _SENTENCE_START_RE.search(t, max(0, s - 3), s):
            continue
        before = re.search(r"([A-Z][A-Za-z]+)\s+$", t[max(0, s - 20):s])
        after = re.match(r"\s+[A-Z][a-z]", t[e:e + 3])
        if (before and before.group(1) in LABEL_HEADS) or unit_after(t, e):
            continue  # "World War Two"; "the Thirty Years' War" (สงครามสามสิบปี)
        if (before or after) and not _title_case(t, s):
            value = en.parse_words(m.group().lower())[0]
            sc.add(s, e, "cardinal", value=float(value or 0),
                   key=f"cardinal:{value}", vague=True)
    for m in sc.finditer(_TEN_NAME_RE):
        if sc.free(*m.span("p")):
            sc.claim(*m.span("p"))
