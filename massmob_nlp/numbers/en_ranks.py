"""English ranks, results, vote tallies and proportions for
:func:`massmob_nlp.numbers.en_news.find_english_news`: ``the world No. 1``, ``world
number one``, ``finished second``, race positions ``finished P4`` (``ordinal:1``; Thai
``มือ 1 ของโลก``, ``อันดับ 1``), ``a goalless draw`` (``score:0-0``), ``won one-nil``,
``by five votes to four`` (``score:5-4``), ``one in five`` (two counts), ``the
17-millionth visitor`` (``ordinal:17000000``, Thai ``คนที่ 17 ล้าน``)."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from . import en
from .base import Scan, alt, format_number
from .durations import unit_after
from .money import peso_before

_SMALL = alt([*en.UNITS, *en.TEENS, "twenty"][1:])
_RANK_RE = re.compile(
    rf"\b(?:No\.?|no\.|[Nn]umber)\s?(?P<n>[0-9]{{1,3}}|(?i:{_SMALL}))\b(?![.,][0-9])")
_RANK_BEFORE_RE = re.compile(
    r"(?i)(?:\bworld|\bthe|\bformer|\bnew|\bcurrent|\bseeded|['’]s|\bwomen['’]s|\bmen['’]s"
    r"|\bparty['’]s|\bnational|\bcountry['’]s|\bnation['’]s"
    r"|\b(?:is\s+|was\s+|now\s+|currently\s+)?(?:ranked|rated)"
    # "Thai No.1", "the Japanese No 2": a country's best player (a demonym before)
    r"|(?-i:\b(?:Thai|Swiss|Dutch|Greek|French|British|Irish|Danish|Spanish|Polish|Swedish"
    r"|Finnish|Turkish|Scottish|Welsh|English|German|American|Mexican|Korean|Malaysian"
    r"|Indonesian|Filipino|[A-Z][a-z]+ese|[A-Z][a-z]+ian)))\s+$")
_RANK_AFTER_RE = re.compile(
    r"(?i)[\s-]+(?:seeds?|seeded|spot|ranking|ranked|position|player|priority|pick|choice"
    r"|contender|target|enemy|official|earner|hit|single|album|status)\b"
    r"|\s+(?:in|on)\s+the\s+(?:world|(?:world\s+|global\s+|official\s+)?rankings?"
    r"|(?:[A-Z][A-Za-z0-9]*\s+)?charts?|standings|league\s+table|table)\b")
"""``ranked No.3``, ``No. 2 in the world``, ``No 1 on the charts``: a rank (ordinal)."""
_SECOND_RANK_RE = re.compile(
    r"(?i)\b(?:(?:finish(?:ed|es|ing)?|came|comes?|coming|placed|ranked|ranks?|ranking"
    r"|seeded|lies|lying|sits|sitting|stood|stands|voted)\s+"
    r"(?:a\s+(?:(?:very|more|much|fairly)\s+)?(?:distant|close|narrow|strong|creditable"
    r"|respectable|comfortable|clear|surprise|surprising|remote|solid|disappointing"
    r"|commendable|credible|worthy|fine|good|poor|joint|tied)\s+)?"
    r"(?P<a>second)\b(?![-\s]+hand)"
    r"|(?P<b>second)(?=[\s-]+(?:place|placed|position|spot|seed|seeded)\b)"
    # "to go second in the league", "climbed second": a move up or down a table
    r"|(?:go|goes|went|going|move[sd]?|moving|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|rise|rises"
    r"|rose|slip(?:s|ped)?|drop(?:s|ped)?|fell|falls?)\s+(?P<c>second)\b(?=\s+(?:in|on|overall"
    r"|behind)\b|\s*[,.;]))")
_PART = rf"(?i:{alt([*en.UNITS, *en.TEENS, *en.TENS, 'hundred'][1:])})|[0-9]{{1,3}}(?:,[0-9]{{3}})*"
_PROPORTION_RE = re.compile(
    rf"(?<![0-9][.,])\b(?P<a>{_PART})\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<b>{_PART})\b(?![.,][0-9]|-)")

_RANGE_END_BEFORE_RE = re.compile(rf"(?:[0-9]|\b(?:{_PART}))\s*(?:to|and|or|[-–])\s*$")

_NIL_WORDS = {"nil": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
              "seven": 7}
_RESULT_WORD_RE = re.compile(
    r"(?i)\b(?:goalless|scoreless)(?=[\s-]+(?:draw|stalemate|tie|game|match|first\s+half"
    r"|half|encounter|affair|contest|result)\b)"
    rf"|\b(?P<a>{alt(_NIL_WORDS)}|[0-9])[\s-](?P<nil>nil)\b(?!-)"
    rf"|\b(?P<b>{alt(_NIL_WORDS)}|[0-9])(?:-all|\s+sets?\s+all)\b(?!-)")


def find_ranks(sc: Scan) -> None:
    """``the world No. 1``, ``world number one``, ``No. 3 seed`` (a rank: ordinal), and
    "number" with a number word wherever it stands (``the Christmas number one``: a
    chart's top place; a house or a bus has digits); ``finished second``, ``in second
    place``. ``No. 10 Downing Street``, ``Decision
    No. 5`` stay codes."""
    t = sc.t
    for m in sc.finditer(_RANK_RE):
        s, e = m.span()
        raw = m["n"]
        n = int(raw) if raw.isdigit() else int(en.parse_words(raw.lower())[0] or 0)
        spelled = not raw.isdigit() and t[s] in "Nn" and t.startswith("umber", s + 1)
        if not sc.free(s, e) or _GROUP_AFTER_RE.match(t, e) \
                or not (spelled or _RANK_BEFORE_RE.search(t, max(0, s - 12), s)
                                     or _RANK_AFTER_RE.match(t, e)
                                     or (n != 10 and _CHART_BEFORE_RE.search(t, max(0, s - 20),
                                                                            s))):
            continue
        if n:
            sc.add(s, e, "ordinal", value=float(n), key=f"ordinal:{n}")
    for m in sc.finditer(_THAI_WORLD_RANK_RE):
        n = int(m["n"])
        if n and sc.free(m.start(), m.end("n")):
            sc.add(m.start(), m.end("n"), "ordinal", value=float(n), key=f"ordinal:{n}")
    for m in sc.finditer(_SECOND_RANK_RE):
        s, e = m.span(next(g for g in "abc" if m[g]))
        if sc.free(s, e):
            sc.add(s, e, "ordinal", value=2.0, key="ordinal:2")
    for m in sc.finditer(_IS_SECOND_RE):
        part = "a" if m["a"] else "b" if m["b"] else "c" if m["c"] else "d"
        if sc.free(*m.span(part)):
            sc.add(*m.span(part), "ordinal", value=2.0, key="ordinal:2")
    for m in sc.finditer(_RACE_POSITION_RE):
        s, e = m.span()
        if sc.free(s, e) and _RACE_BEFORE_RE.search(t, max(0, s - 16), s) \
                and not peso_before(t, s + 1, e):  # "rose to P30 billion": pesos
            n = int(m["n"])
            sc.add(s, e, "ordinal", value=float(n), key=f"ordinal:{n}")


_IS_SECOND_RE = re.compile(
    r"(?i)\b(?:is|was|are|were|in|remain(?:s|ed)?|stay(?:s|ed)?|sits?|sat|lies|lay"
    r"|from\s+(?:first|third|fourth|fifth|sixth|seventh|eighth"
    r"|ninth|tenth)\s+to)\s+(?P<a>second)(?=\s+(?:in|on|behind|after|place|with|overall)\b"
    r"|\s+at\s+(?:[0-9]|(?-i:[a-z]+\s+(?:under|over))\b)|\s*[,.;])"
    r"|\b(?:first|third)\s+or\s+(?P<b>second)\b(?![-\s]+(?:hand|homes?|nature|guess))"
    r"|(?<![-\w])(?P<c>second)\s+or\s+(?:first|third)\b(?![-\s]+(?:hand|homes?))"
    r"|(?<=,\s)(?P<d>second)(?=\s+behind\b)")
"""``who is second in the scoring chart``, ``from fourth to second in the rankings``,
``finished alone in second at 21 under``, ``first or second in 11 starts``: a place in a
table (``อันดับ 2``); not "second nature", "second-guessing", "in second gear"."""
_GROUP_AFTER_RE = re.compile(r"[ \u00a0\u202f][0-9]{3}(?![0-9]|[.,][0-9])")
"""``going to number 804 571``: a number grouped by spaces (a ticket), no rank 804."""
_THAI_WORLD_RANK_RE = re.compile(
    r"มือ\s*(?P<n>[0-9]{1,3})(?![0-9]|[.,][0-9])"
    r"(?=\s*(?:ของ\s*)?(?:โลก|เอเชีย|ยุโรป|ประเทศ|รายการ|ทัวร์|WTA|ATP|BWF)"
    r"|\s*(?:ขึ้น|ลง|ร่วง|หล่น|ตก|ขยับ)[ก-๛]{0,10}\s*มือ\s*[0-9])")
"""``มือ 3 ของโลก``, ``มือ 1 โลก``, ``มือ 2 ของเอเชีย``: a player's ranking (English
``world No. 3``, ``ranked third in the world``), an ordinal, not a count of hands nor
``รถมือ 2`` (a second-hand car); also the rank left for another (``จากมือ 5 ขึ้นไปเป็นมือ 2
ของโลก`` "from fourth to second": no "5 or more")."""
_CHART_BEFORE_RE = re.compile(
    r"(?i)\b(?:at|to|hit|reach(?:ed|es)?|peaked\s+at"
    r"|(?:slipped|slid|fell|dropped|climbed|rose|jumped|moved|up|down)\s+from)\s+$")
"""``debuted at No. 1``, ``climbed to No. 3``, ``slipped from No. 2``: a place on a chart or
table (not ``at No 10``, the prime minister's office)."""
_RACE_POSITION_RE = re.compile(r"\bP(?P<n>[1-9][0-9]?)\b(?![-–.,/][0-9A-Za-z])"
                               r"(?!\s+(?i:lab|laborator|facilit|level|standard|form))")
_RACE_BEFORE_RE = re.compile(
    r"(?i)\b(?:finish(?:ed|es|ing)?|start(?:ed|s|ing)?|qualif(?:y|ied|ies|ying)|line[sd]?\s+up"
    r"|ended|from|in|to|into|climbed|rose|fell|dropped|slipped|ran|running|was|home)"
    r"(?:\s+(?:up|down|back|in|on))?\s+$")
"""``finished P4``, ``started from P1``, ``climbed to P3``: a race position (Formula 1
style) is the ordinal (``อันดับ 4``), not a code; ``the P4 laboratory`` stays a code."""


def find_results(sc: Scan) -> None:
    """``a goalless draw`` 0-0, ``won one-nil`` 1-0, ``two-all`` 2-2, ``one set all``."""
    for m in sc.finditer(_RESULT_WORD_RE):
        if not sc.free(*m.span()):
            continue
        word = m["a"] or m["b"]
        a = 0 if word is None else int(word) if word.isdigit() else _NIL_WORDS[word.lower()]
        b = 0 if m["b"] is None else a
        sc.add(m.start(), m.end(), "score", value=float(a), value_max=float(b),
               key=f"score:{a}-{b}")


_TALLY_PART = (rf"(?i:{alt([*en.UNITS, *en.TEENS, *en.TENS, 'nil', 'none'])})"
               r"|[0-9]{1,3}(?:,[0-9]{3})?")
_TALLY_RE = re.compile(
    rf"(?<![0-9][.,])\b(?P<a>{_TALLY_PART})\s+votes?\s+(?:to|against)\s+(?P<b>{_TALLY_PART})\b"
    rf"(?![.,][0-9]|-|\s*(?:%|percent|per\s+cent))"
    rf"|(?i:\bvot(?:ed|es?|ing)|\b(?:vote|tally)\s+(?:was|is|ended|stood\s+at|of))"
    rf"\s+(?P<c>{_TALLY_PART})\s+(?:to|against)\s+(?P<d>{_TALLY_PART})\b"
    rf"(?![.,][0-9]|-|\s*(?:%|percent|per\s+cent))")


def find_tallies(sc: Scan) -> None:
    """``by five votes to four``, ``passed by 443 votes to 0``, ``voted six to three``: a
    vote tally, one ``score`` as Thai writes it (``มติ 5 ต่อ 4 เสียง``, ``6-3``)."""
    for m in sc.finditer(_TALLY_RE):
        g = "a" if m["a"] else "c"
        a_raw, b_raw = (m["a"], m["b"]) if m["a"] else (m["c"], m["d"])
        a, b = (0 if w.lower() in ("nil", "none") else _part_value(w) for w in (a_raw, b_raw))
        s = m.start(g)
        if (g == "c" and a < b) or not sc.free(s, m.end()):
            continue  # "voted 18 to 20": ages or a range, not a result
        sc.add(s, m.end(), "score", value=float(a), value_max=float(b), key=f"score:{a}-{b}")


def _part_value(word: str) -> int:
    w = word.replace(",", "")
    return int(w) if w.isdigit() else int(en.parse_words(w.lower())[0] or 0)


def find_proportions(sc: Scan) -> None:
    """``one in five pounds``, ``three out of four voters``: two counts (``หนึ่งในห้า``
    writes them as a fraction); the second is no amount of money (``five pounds``), and
    ``two in five minutes`` keeps its length of time."""
    t = sc.t
    for m in sc.finditer(_PROPORTION_RE):
        a, b = _part_value(m["a"]), _part_value(m["b"])
        if not 0 < a < b or unit_after(t, m.end()) or not sc.free(*m.span()) \
                or _RANGE_END_BEFORE_RE.search(t, max(0, m.start() - 16), m.start()):
            continue  # "aged 15 to 59 in 1,240 towns": the end of a range, no proportion
        for g, v in (("a", a), ("b", b)):
            sc.add(m.start(g), m.end(g), "cardinal", value=float(v), key=f"cardinal:{v}")


_SCALE_ORDINALS = {"thousandth": 10 ** 3, "millionth": 10 ** 6, "billionth": 10 ** 9,
                   "trillionth": 10 ** 12}
_COUNT_WORD = alt([*en.UNITS, *en.TEENS, *en.TENS, "hundred"])
_SCALED_ORDINAL_RE = re.compile(
    rf"(?i)(?:(?<![0-9.,])(?P<d>[0-9]{{1,3}}(?:,[0-9]{{3}})*(?:\.[0-9]+)?)[\s-]?"
    rf"|\b(?P<w>(?:{_COUNT_WORD})(?:(?:\s+and\s+|[\s-])(?:{_COUNT_WORD}))*)[\s-])?"
    rf"(?<![A-Za-z])(?P<sc>{alt(_SCALE_ORDINALS)})(?![A-Za-z])")
_DETERMINER_BEFORE_RE = re.compile(
    r"(?i)\b(?:the|its|his|her|their|our|this|that|your|my)\s+$|['’]s\s+$")
_OF_AFTER_RE = re.compile(r"\s+of\b")


def find_scaled_ordinals(sc: Scan) -> None:
    """``the 17-millionth visitor``, ``its two-thousandth game``, ``the millionth car``:
    an ordinal that keeps its scale (``ordinal:17000000``, as Thai ``คนที่ 17 ล้าน``);
    ``one-millionth of a second`` (no determiner, ``of`` after) is the fraction 1/10⁶."""
    t = sc.t
    for m in sc.finditer(_SCALED_ORDINAL_RE):
        s, e = m.span()
        scale = _SCALE_ORDINALS[m["sc"].lower()]
        if m["d"]:
            try:
                n = Decimal(m["d"].replace(",", ""))
            except InvalidOperation:
                continue
        elif m["w"]:
            value, _ = en.parse_words(m["w"].lower())
            if value is None:
                continue
            n = value
        else:
            n = Decimal(1)
        if not n or not sc.free(s, e):
            continue
        ordinal = _DETERMINER_BEFORE_RE.search(t, max(0, s - 8), s) is not None \
            or not _OF_AFTER_RE.match(t, e)
        if ordinal:
            v = n * scale
            sc.add(s, e, "ordinal", value=float(v), key=f"ordinal:{format_number(v)}")
        elif n == int(n) and (m["d"] or m["w"]):  # "a thousandth of": the fraction reader
            sc.add(s, e, "fraction", value=float(n / scale),
                   key=f"fraction:{format_number(n)}/{scale}")
