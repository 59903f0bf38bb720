"""English number words for the number scanner (see :mod:`massmob_nlp.numbers`):
numerals in words (``twenty-five``, ``three million``), ranges of them (``five to
ten``), halves (``two and a half``), ordinals (``the third``) and Roman numerals
(``World War II``, ``Henry VIII``), with the idioms and pro-forms that are no count."""

from __future__ import annotations

import itertools
import re
from decimal import Decimal

from . import en, en_forms, en_frames
from .around import qualifier
from .base import Scan, alt, format_number
from .durations import RANKED_NOUN_AFTER_RE, unit_after
from .quantity import add_quantity

_SENTENCE_START_RE = re.compile(r"(?:^|[.!?\"“‘(:;]\s*)$")
_WORD_BEFORE_RE = re.compile(r"(?P<w>[^\W\d_][\w’'.]*)$")
_PAIR_OF_RE = re.compile(r"\s+of\b")
# "Region I will", "Phase I was": the pronoun never directly follows a noun that takes
# a Roman numeral, so the "I" after one is the numeral 1 (Thai ภูมิภาคที่ 1, ระยะที่ 1)
_NUMBERED_NOUN_RE = re.compile(
    r"Region|Zone|Phase|Stage|Group|Class|Category|Level|Tier|Type|Grade|Section|Part|Book"
    r"|Volume|Division|League|Round|Block|Unit|Area|Sector|Lot|Package|Batch|War")


_BETWEEN_RE = re.compile(r"(?i)\bbetween\s+$")
_WORD_RANGE_SEP_RE = re.compile(r"(?i)\s+[-–]\s+|\s*–\s*|\s+to\s+|-to-|\s+and\s+|\s+or\s+")


# ---------------------------------------------------------------- English
_A_DECADE_RE = re.compile(r"(?i)(?<!\bonce\s)(?<!\btwice\s)(?<!\bfor\s)\b(?P<a>a)\s+decade\b"
                          r"(?![-'’])")
"""``more than a decade ago``, ``nearly a decade``, ``in a decade``, ``a decade of
discipline``: about one decade, as Thai ``กว่าทศวรรษ``, ``ในรอบทศวรรษ``, ``สิบปี`` (vague, so
no side is missing it when the other says "for years"; the blind article golds count
it, unlike ``a year``; not ``a decade-long war``, ``a decade's worth``, nor the
frequency ``once a decade``; a bare ``for a decade`` is left, as ``for a year``, as the
PUD gold writes it)."""


_ONE_SHARE_AFTER_RE = re.compile(
    r"(?i)[\s-]+(?:percentage[\s-]points?|per[\s-]?cent|percent|basis[\s-]points?)\b")
"""``each one percentage point increase``, ``every one per cent rise``: a share of one
after "each"/"every" is the amount, no pronoun."""


_ONE_CURRENCY_AFTER_RE = re.compile(
    r"-(?:" + alt((w for ws in en.CURRENCY_AFTER.values() for w in ws
                   if w.islower() and not w.startswith("pound")), latin=True) + ")")
"""``a one-baht appreciation``, ``a one-dollar coin``: one of a currency, as
``two-baht`` (not ``one-pound``, a weight as often)."""


def find_english_words(sc: Scan) -> None:
    """Add English ordinal words (``first``), Roman regnal numbers (``Henry VIII``),
    halves, number words (``twenty-five``) and counts (``twice``, ``a pair``)."""
    _english_ordinals(sc)
    _roman_numerals(sc)
    _halves(sc)
    _english_numerals(sc)
    t = sc.t
    for m in sc.finditer(_A_DECADE_RE):  # "more than a decade ago": vague, often "10 ปี"
        if sc.free(m.start("a"), m.end()):
            add_quantity(sc, m.start("a"), m.end("a"), Decimal(1), None, vague=True)
    for m in sc.finditer(en_forms.FOLD_RE):
        if sc.free(m.start(), m.end()):
            value = en.parse_words(m["w"])[0]
            if value is not None:
                sc.add(m.start(), m.end(), "cardinal", value=float(value),
                       key=f"cardinal:{format_number(value)}")
    for m in itertools.chain(sc.finditer(en_forms.MULTIPLE_RE), sc.finditer(en_forms.BRACE_RE),
                             sc.finditer(en_forms.MULTIPLE_OF_RE)):
        group = "w" if m["w"] else "v"
        if sc.free(m.start(group), m.end()):
            times = en_forms.MULTIPLE_VALUES[m[group].lower().removesuffix("e")]
            over = en_forms.MORE_THAN_BEFORE_RE.search(t, max(0, m.start(group) - 12),
                                                       m.start(group))
            sc.add(m.start(group), m.end(), "cardinal", value=float(times),
                   key=f"cardinal:{times}",  # "nearly double", "almost tripled"
                   qualifier="over" if over else qualifier(t, m.start(group), m.end()),
                   vague=times == 2 and bool(en_forms.DOUBLED_LEAD_AFTER_RE.match(t, m.end())))
    for m in sc.finditer(en_forms.HALVED_RE):
        s = m.start("v") if m["v"] else m.start()
        if sc.free(s, m.end()):
            sc.add(s, m.end(), "fraction", value=0.5, key="fraction:1/2")
    for m in sc.finditer(en_forms.COUNT_WORDS_RE):
        if sc.free(m.start(), m.end()):
            # "the pair won", "a pair must win": two people already named (Thai ทั้งคู่,
            # ทั้งสอง, vague too); only "a pair of shoes" counts two
            duo = m["w"].lower() == "pair" and not _PAIR_OF_RE.match(t, m.end())
            add_quantity(sc, m.start(), m.end(), Decimal(en_forms.COUNT_WORDS[m["w"].lower()]),
                         None, vague=duo)
    for m in sc.finditer(en_forms.ONCE_RE):
        if sc.free(m.start(), m.end()):
            sc.add(m.start(), m.end(), "cardinal", value=1.0, key="cardinal:1",
                   vague=m["end"] is not None)


def _halves(sc: Scan) -> None:
    """"half a million" (500000), "a year and a half" (1.5)."""
    for m in sc.finditer(en_forms.HALF_SCALE_RE):
        if sc.free(m.start(), m.end()):
            word = m["w"].lower()
            whole = en.SCALES.get(word, 100 if word == "hundred" else 12)
            add_quantity(sc, m.start(), m.end(), Decimal(whole) / 2, None)
    for m in sc.finditer(en_forms.A_UNIT_AND_HALF_RE):
        if sc.free(m.start(), m.end()):
            sc.add(m.start(), m.end(), "cardinal", value=1.5, key="cardinal:1.5")


_EVERY_BEFORE_RE = re.compile(r"(?i)\b(?:every|each)\s+$")


def _english_numerals(sc: Scan) -> None:
    """"twenty-five", "a hundred", "two and a half"; "one" only as a number."""
    t = sc.t
    pos = 0 if sc.may_match(en.WORDS_RE) else len(t)  # no number word: no search
    while found := en.WORDS_RE.search(t, pos):
        s = found.start()
        value, length = en.parse_words(found.group())
        pos = s + max(length, 1)  # the rest of "three million and five million" again
        e = s + length
        if value is None or not sc.free(s, e) or _caps_name(t, s, e):
            continue
        if t[s:e].lower() == "one" and not unit_after(t, e) \
                and not _ONE_SHARE_AFTER_RE.match(t, e) \
                and not _ONE_CURRENCY_AFTER_RE.match(t, e) and (
                en.ONE_SKIP_AFTER_RE.match(t[e:e + 24]) or (
                en.ONE_SKIP_BEFORE_RE.search(t, max(0, s - 16), s)
                and (not en.ONE_OF_RE.match(t, e)
                     or _EVERY_BEFORE_RE.search(t, max(0, s - 8), s)))):
            continue  # "no one", "the one", "one-sided"; but "that one of them" counts
            # ("every one of these deaths", "each one of them": all of them, no count)
        if t[s:e].lower() == "one" and en.ONE_DAY_FORMAT_AFTER_RE.match(t, e):
            continue  # "a one-day international": cricket's format, no length of time
        half = en_forms.AND_A_HALF_RE.match(t, e)
        if half and sc.free(e, half.end()):
            value, e = value + Decimal("0.5"), half.end()
        story = t[s:e].lower() == "one" and bool(en.ONE_DAY_AFTER_RE.match(t, e)) \
            and not en.ONE_DAY_COUNT_BEFORE_RE.search(t, max(0, s - 12), s)
        story = story or _english_idiom(t, s, e) or bool(en_frames.NUMBER_IDIOM_RE.match(t, s))
        if not _word_range(sc, s, e, value):
            add_quantity(sc, s, e, value, None, vague=story)


_LOWER_NEAR_RE = re.compile(r"[a-z\u0e01-\u0e4e]")


def _caps_name(t: str, s: int, e: int) -> bool:
    """A number word in capitals among lower-case words ("the ONE bantamweight title",
    Thai ``แชมป์โลก ONE``) is a name (a brand, a promotion), no count; in a line written
    all in capitals ("TWO DEAD IN CRASH") it is still a number."""
    word = t[s:e]
    if len(word) < 3 or not word.isupper():
        return False
    return bool(_LOWER_NEAR_RE.search(t, max(0, s - 30), s)
                or _LOWER_NEAR_RE.search(t, e, e + 30))


PARALLEL_NOUN_CHARS = 160
"""How far before a pro-form "one" its noun with the same modifier may stand."""


def _english_idiom(t: str, s: int, e: int) -> bool:
    """"One doesn't know" (the generic pronoun), "a positive one" (one standing for a
    noun), "at one point", "ground zero", "two-way trade": no count, so vague."""
    word = t[s:e].lower()
    if en_frames.WAY_AFTER_RE.match(t, e):
        return True
    if word == "zero":
        return bool(en_frames.ZERO_IDIOM_RE.search(t, max(0, s - 14), min(len(t), e + 12)))
    if word == "one" and (en.ONE_OF_NUMBER_RE.match(t, e)
                          or en.NOT_EVEN_BEFORE_RE.search(t, max(0, s - 40), s)):
        return True
    if word != "one" or en.ONE_OF_RE.match(t, e):
        return False
    if en_frames.ONE_IDIOM_RE.match(t, s) or en_forms.ONE_ON_ONE_RE.search(t, max(0, s - 8), s):
        return True
    if (mod := en_frames.ONE_MODIFIER_AFTER_RE.match(t, e)) is not None and re.search(
            en_frames.PARALLEL_NOUN_BEFORE.format(mod=re.escape(mod["mod"])),
            t[max(0, s - PARALLEL_NOUN_CHARS):s]):
        return True  # "a household using …, while one using …": one stands for the noun
    if en_frames.GENERIC_ONE_AFTER_RE.match(t, e) \
            and not en_frames.GENERIC_ONE_COUNT_BEFORE_RE.search(t, max(0, s - 10), s):
        return True
    if (verb := en_frames.VERB_ONE_RE.search(t, max(0, s - 10), s)) and (
            en_frames.PRO_ONE_AGAIN_AFTER_RE.match(t, e) or (not verb["again"] and (
                en_frames.CLAUSE_END_RE.match(t, e)
                or (verb["record"] and en_frames.PRO_ONE_PLACE_AFTER_RE.match(t, e))))):
        return True
    if en_frames.TO_VERB_ONE_RE.search(t, max(0, s - 24), s) \
            and en_frames.CLAUSE_END_RE.match(t, e):
        return True  # "15 days to file one.": the pronoun
    return bool(en_frames.PRO_ONE_BEFORE_RE.search(t, max(0, s - 30), s)) and \
        not en_frames.PRO_ONE_NOUN_BEFORE_RE.search(t, max(0, s - 12), s) and not \
        en.WORDS_RE.match(t, max(0, s - 12)) and not bool(en.WORDS_RE.search(
            t[max(0, s - 14):s]))


def _word_range(sc: Scan, s: int, e: int, value: Decimal) -> bool:
    """"two to three weeks", "between two and three years": a range of number words."""
    t = sc.t
    sep = _WORD_RANGE_SEP_RE.match(t, e)
    if sep is None or (sep.group().strip().lower() == "and"
                       and not _BETWEEN_RE.search(t, max(0, s - 9), s)):
        return False
    second = en.WORDS_RE.match(t, sep.end())
    if second is None:
        return False
    high, length = en.parse_words(second.group())
    end = sep.end() + length
    if high is None or high <= value or not sc.free(s, end):
        return False
    if sep.group().strip().lower() == "or" and high != value + 1:
        return False  # "two or three days" is a range; "two or five" a choice
    lo, hi = format_number(value), format_number(high)
    sc.add(s, end, "range", value=float(value), value_max=float(high), key=f"range:{lo}-{hi}")
    return True


_GOAL_ORDINAL_BEFORE_RE = re.compile(
    r"(?i)\b(?:scor(?:e|es|ed|ing)|add(?:s|ed|ing)?|nett?(?:ed|s)?|grabb?(?:ed|s)?|head(?:s|ed)"
    r"|fir(?:e|es|ed)|slott?(?:ed|s)?|str(?:uck|ikes?)|made\s+it|got|get)\s+(?:a|the|his|her|their"
    r"|its)\s+$")
_GOAL_ORDINAL_NOUN_AFTER_RE = re.compile(r"\s+(?!(?:in|on|at|with|from|of|to|for|after|before"
                                         r"|as|and|but|when|while|just|late|early)\b)[a-z]")
"""``added a third in stoppage time``, ``scored the third with the last kick``: an
ordinal standing for a goal, which a translation tells without the number (``ยิงปิด
กล่อง``): vague; ``scored his third goal`` keeps it."""


_SECOND_EVENT_AFTER_RE = re.compile(
    r"(?i)\s+(?-i:[A-Z][\w-]+\s+){0,2}(?:session|term|year|round|phase|stage|leg|wave|edition|season|plant|fab"
    r"|factory|consecutive|straight|half|quarter|test|match|game|title|dose|attempt|place"
    r"|tranche|batch|package|reactor|runway|terminal|line|bridge|airport|wing|tower|campus"
    r"|branch|store|unit|hospital|stadium|mine|well|ship|satellite|launch|bid|loan)\b")
_SECOND_HEADLINE_BEFORE_RE = re.compile(
    r"(?i)(?<![0-9]\s)\b(?!(?:a|an|per|one|two|three|four|five|six|seven|eight|nine|ten|few"
    r"|several|split|fraction|last|final)\s)[a-z]+\s+$")
"""Headline English drops the article: ``wraps up second session``, ``delays second
Kumamoto fab``, ``in second year of``: "second" after a word (no number, no "a"), before
a noun of an event or of a thing built in turn, is the ordinal (not "30 second ads",
"a split second")."""
_SECOND_RANK_AFTER_RE = re.compile(
    r"(?i)-(?:worst|best|largest|biggest|highest|lowest|most|least|fastest|slowest|strongest"
    r"|weakest|oldest|youngest|richest|poorest|busiest|longest|tallest|deadliest|hottest"
    r"|coldest|wettest|driest|warmest|placed|ranked|seeded)\b|\s+(?:prize|place)\b"
    r"|\s+only\s+to\b")
"""``second-worst on record``, ``won second prize``, ``second only to the US``: a rank
without a determiner."""


def _english_ordinals(sc: Scan) -> None:
    t = sc.t
    for m in sc.finditer(en.ORDINAL_WORDS_RE):
        s, e = m.span()
        if not sc.free(s, e):
            continue
        word = m.group().lower()
        a_second = word == "second" and bool(en.A_BEFORE_RE.search(t, max(0, s - 3), s)) \
            and bool(en.SECOND_NOUN_AFTER_RE.match(t, e))  # "a second referendum": vague
        if word == "second" and not en.SECOND_BEFORE_RE.search(t, max(0, s - 8), s) \
                and not a_second and not RANKED_NOUN_AFTER_RE.match(t, e) \
                and not _SECOND_RANK_AFTER_RE.match(t, e) and not (
                    _SECOND_EVENT_AFTER_RE.match(t, e)
                    and _SECOND_HEADLINE_BEFORE_RE.search(t, max(0, s - 16), s)):
            continue
        if word == "first" and (en.ORDINAL_SKIP_BEFORE_RE.search(t, max(0, s - 4), s)
                                or en.ORDINAL_SKIP_AFTER_RE.match(t, e)):
            continue
        n = en.ordinal_value(m)
        come_first = n == 1 and bool(en_frames.COME_FIRST_BEFORE_RE.search(t, max(0, s - 9), s)) \
            and bool(en_frames.CLAUSE_END_RE.match(t, e))
        come_first = come_first or (
            word == "first" and en_frames.FIRST_THEN_AFTER_RE.match(t, e) is not None
            and not en_frames.FIRST_DETERMINER_BEFORE_RE.search(t, max(0, s - 8), s))
        come_first = come_first or (
            word == "first" and en_frames.FIRST_ADVERB_AFTER_RE.match(t, e) is not None
            and en_frames.FIRST_ADVERB_BEFORE_RE.search(t, max(0, s - 20), s) is not None
            and en_frames.FIRST_PLACING_BEFORE_RE.search(t, max(0, s - 60), s) is None)
        sc.add(s, e, "ordinal", value=float(n), key=f"ordinal:{n}",
               vague=a_second or come_first or en_frames.ORDINAL_IDIOM_RE.match(t, s) is not None
               or (n > 1 and _GOAL_ORDINAL_BEFORE_RE.search(t, max(0, s - 24), s) is not None
                   and not _GOAL_ORDINAL_NOUN_AFTER_RE.match(t, e))
               or (n == 1 and en_frames.FIRST_PERIOD_AFTER_RE.match(t, e) is not None))


def _roman_numerals(sc: Scan) -> None:
    """"Henry VIII", "World War II", "Mojmír I": a Roman numeral after a capitalized
    name is an ordinal. A lone "I" must not follow the first word of a sentence."""
    t = sc.t
    for m in sc.finditer(en_forms.ROMAN_RE):
        s, e = m.span("r")
        before = _WORD_BEFORE_RE.search(t, max(0, s - 40), s - 1)
        if before is None or not sc.free(s, e):
            continue
        word = before["w"]
        if not word[0].isupper() or word.rstrip(".") in en_forms.NOT_REGNAL \
                or (word.isupper() and not _acronym_numbers(word, m["r"])):
            continue
        if m["r"] == "I" and not _NUMBERED_NOUN_RE.fullmatch(word) \
                and (_SENTENCE_START_RE.search(t, max(0, before.start() - 3), before.start())
                     or en_forms.PRONOUN_I_AFTER_RE.match(t, e)):
            continue
        if m["r"] == "X" and (_NOT_TEN_X_BEFORE_RE.search(word)
                              or _NOT_TEN_X_AFTER_RE.match(t, e)):
            continue
        n = en.roman_value(m["r"])
        sc.add(s, e, "ordinal", value=float(n), key=f"ordinal:{n}")
    for m in sc.finditer(_ROMAN_VARIANT_RE):  # "Titan IIIE", "Saturn IB": a model's variant
        s, e = m.span("r")
        before = _WORD_BEFORE_RE.search(t, max(0, s - 40), s - 1)
        if before is None or not sc.free(s, m.end()) or not before["w"][0].isupper() \
                or before["w"].isupper() or before["w"].rstrip(".") in en_forms.NOT_REGNAL \
                or m.group()[1:] in _ACRONYMS_NOT_VARIANT:
            continue
        n = en.roman_value(m["r"])
        sc.add(s, m.end(), "ordinal", value=float(n), key=f"ordinal:{n}")


_NETWORKS = (r"(?:Facebook|Twitter|Instagram|YouTube|TikTok|Threads|LinkedIn|WhatsApp"
             r"|Telegram|LINE|Line)")
"""A share bar's networks: the X beside them is the network formerly Twitter (J-b29-7)."""
# A lone capital X is the name of a thing, not ten, after a possessive ("Musk's X") or a
# word that names with a letter ("Malcolm X", "Generation X", "Xbox Series X",
# "Project X"), and before a capitalized name ("X Corp", "the X Factor"); a king, pope or
# chapter X stays ten ("Rama X", "Pius X", "Chapter X").
_NOT_TEN_X_BEFORE_RE = re.compile(
    r"(?:.*['’]s|Malcolm|Generation|Gen|Series|Project|Planet|Brand|Mr|Ms|Mrs|Dr|Person"
    r"|Patient|Company|Subject|Country|Model|Space|Agent|Player|Team|Factor|Formula|Day"
    r"|" + _NETWORKS + r")\.?")
_NOT_TEN_X_AFTER_RE = re.compile(r"\s+(?!(?:of|The|In|On|At|And|But|He|She|It|They|We)\b)"
                                 r"[A-Z][a-z]|\s*[,/|]?\s*(?:" + _NETWORKS + r")\b")
# "Titan IIIE", "Titan IIIC", "Saturn IB", "Delta IVB": a Roman numeral glued to one
# capital A-E after a capitalized name is the numbered model's variant (Thai ไททัน 3 อี).
_ROMAN_VARIANT_RE = re.compile(r"(?<=\w)\s(?P<r>II|III|IV|I)[A-E](?![^\W_]|[-'’][^\W\d_])")
# ... but ID, IC and IE are the acronyms of identity (cards), identity cards and chips
# (integrated circuits) and "that is" after any capitalized word: "Thai ID cards",
# "Apple ID", "a Malaysian IC", "Samsung IC" hold no number (J-a795).
_ACRONYMS_NOT_VARIANT = frozenset({"ID", "IC", "IE"})


def _acronym_numbers(word: str, roman: str) -> bool:
    """An acronym name before a Roman numeral of two or more letters numbers it: "PDP
    VIII" (the Power Development Plan VIII). A lone I, V or X after capitals is a
    letter ("SCB X", "GTA V"), and a two-letter word is a language switcher's code
    ("EN VI")."""
    return len(word) >= 3 and len(roman) >= 2


def anaphoric_pair(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is the "two" of "the two countries", "the two sides", "these
    two men", "the two were arrested": a pair the story already named. It stays a
    count (``the two sides`` / ``ทั้งสามฝ่าย`` is a change), but a translation may leave
    it out (``relations between the two countries`` / ``ความสัมพันธ์ทวิภาคี``), so the
    comparison need not report it missing. Offsets into ``text`` as read by
    :func:`find_numbers`."""
    if text[start:end].lower() != "two":
        return False
    return bool(en_frames.THE_TWO_BEFORE_RE.search(text, max(0, start - 12), start)
                and en_frames.THE_TWO_AFTER_RE.match(text, end))
