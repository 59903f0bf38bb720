"""The row of a number left without a partner.

None when it is vague or a Thai article (``คนหนึ่ง``, ``1 ราย`` for "a"),
``format_only`` when the other side still writes its value (in words, or in a way of
its language read in :mod:`massmob_nlp.comparison.number_idioms`), else ``missing`` or
``added``, noted with what went (a caption, the page's dated line, a sentence).
"""

from __future__ import annotations

import re
from typing import Any

import pandas as pd

from ..numbers import th
from ..tables import frame_column
from .context import NUMBER_WINDOW, _Context, _str
from .evidence import (
    EN_VALUE_WORDS,
    TH_VALUE_WORDS,
    chemical_name_in,
    digit_groups,
    unit_word_in,
    values_in_text,
)
from .number_adverbs import every_one, first_before_others
from .number_day_spans import leader_after_round, weekday_span
from .number_furniture import furniture_line, masthead_line
from .number_idioms import (
    _best_of,
    _first_adverb,
    _first_half,
    _lunar_new_year,
    _moon_day,
    _once_per,
    _one_more,
    _one_of_sources,
    _one_unit,
    _per_unit,
    _runner_up,
    _split_in_two,
    _straight_sets,
    _title_first,
    _weekday_date,
)
from .number_pairs import _COUNTS, Mention, _close, _num, _vague
from .number_partitive import one_of_group
from .number_round_clock import round_the_clock
from .number_rows import _number_row
from .number_spelled import spelled_digits
from .number_sport import deciding_set, knockout_round, weekend_days
from .number_terms import (
    others_in_all,
    policy_rate,
    return_leg,
    running_score,
    school_grade,
    two_legs,
)


# ------------------------------------------------------------------ unmatched numbers
def _bead_texts(ctx: _Context, taken: list[tuple[str, Mention]]
                ) -> dict[tuple[str, int], str]:
    """Text of each side of each sentence bead, with the numbers already joined blanked
    out (a value written once does not account for two numbers)."""
    out = {}
    sent = ctx.sent
    for bead, s, t in zip(frame_column(sent, "bead_id"), frame_column(sent, "src_text"),
                          frame_column(sent, "tgt_text"), strict=True):
        out[("src", int(bead))] = _str(s) or ""
        out[("tgt", int(bead))] = _str(t) or ""
    for side, m in taken:
        key = (side, int(m["bead"]))
        if key in out:
            text = str(m["text"])
            # the number itself, not the same digits inside another one (the "2" of
            # "2 แบรนด์" is no part of "27 พ.ย." before it)
            at = _whole_at(out[key], text)
            if at < 0:
                at = out[key].find(text)
            if at >= 0:
                out[key] = out[key][:at] + " " * len(text) + out[key][at + len(text):]
    return out


_DIGITS = frozenset("0123456789๐๑๒๓๔๕๖๗๘๙")
_ASCII_DIGITS = frozenset("0123456789")


def _whole_at(hay: str, text: str) -> int:
    """First position of ``text`` in ``hay`` that is no part of a longer number: a
    ``text`` that starts (ends) with a digit follows (precedes) no digit, Thai or
    Arabic, and no ASCII digit with a point or comma between; -1 when none. (A
    ``str.find`` loop, not a regular expression compiled per number.)"""
    check_before, check_after = text[:1].isdigit(), text[-1:].isdigit()
    at = hay.find(text)
    while at >= 0:
        end = at + len(text)
        if not (check_before and at > 0 and (
                hay[at - 1] in _DIGITS
                or (at > 1 and hay[at - 1] in ".," and hay[at - 2] in _ASCII_DIGITS))) \
                and not (check_after and end < len(hay) and (
                    hay[end] in _DIGITS
                    or (hay[end] in ".," and end + 1 < len(hay)
                        and hay[end + 1] in _ASCII_DIGITS))):
            return at
        at = hay.find(text, at + 1)
    return -1


def _is_article_one(m: Mention) -> bool:
    """A Thai ``หนึ่ง`` written as a word (``คนหนึ่ง``): mostly the article "a"."""
    return _str(m["kind"]) in _COUNTS and _close(_num(m.get("value")), 1.0) and \
        "หนึ่ง" in str(m["text"])


_EN_ARTICLE = re.compile(r"(?i)\b(?:a|an|every|each|per)\s+[a-z]")
_TH_EVERY_BEFORE_RE = re.compile(r"(?:ทุก|ต่อ)\s*$")
"""``ทุก 1 หุ้น``, ``ต่อ 1 คน`` ("for every share", "per person"): a one after "every" or
"per", before a noun whatever its classifier."""
_TH_KITCHEN_RE = re.compile(r"\s*(?:กำมือ|หยิบมือ|ช้อน(?:โต๊ะ|ชา)|ถ้วย(?:ตวง)?|กลีบ|ฟอง|หัว|แว่น|"
                            r"ก้าน|กิ่ง|ซอง|กระป๋อง|ห่อ)")
"""A recipe's measures after a Thai ``1`` ("a handful" / ``1 กำมือ``, "a tablespoon" /
``1 ช้อนโต๊ะ``), counted like a classifier."""


def _counted_article(m: Mention, text: str, texts: dict[tuple[str, int], str]) -> bool:
    """A Thai ``1`` + classifier (``ผู้ต้องสงสัย 1 ราย``, ``1 ชั่วโมง``, ``ทุก 1 หุ้น``): how
    Thai news writes the English article or "every", "each", "per" ("a suspect", "an
    hour", "for every share held") when the English sentence has one; like
    ``คนหนึ่ง``, never a problem on its own."""
    if _str(m["kind"]) not in _COUNTS or not _close(_num(m.get("value")), 1.0) or \
            digit_groups(str(m["text"])) != ("1",):
        return False
    end, start = m.get("end_char"), m.get("start_char")
    every = start is not None and not pd.isna(start) and \
        _TH_EVERY_BEFORE_RE.search(text, max(0, int(start) - 8), int(start)) is not None
    if _str(m["kind"]) == "cardinal" and not every and (
            end is None or pd.isna(end) or not (th.CLASSIFIER_RE.match(text, int(end))
                                                or _TH_KITCHEN_RE.match(text, int(end)))):
        return False  # a duration holds its unit of time, the classifier
    return bool(_EN_ARTICLE.search(texts.get(("src", int(m["bead"])), "")))


def _unmatched(m: Mention, side: str, texts: dict[tuple[str, int], str],
               omitted_beads: set[int], doc: str = "") -> list[dict[str, Any]]:
    """The row of a number with no partner: none when it is vague or a Thai article,
    ``format_only`` when the other side still writes its value, else missing/added
    (noted with what went: the page's dated line or a caption, read in ``doc``, the
    whole text of its side, or a sentence the translator left out)."""
    if _vague(m) or (side == "tgt" and _is_article_one(m)):
        return []
    far, bead = "tgt" if side == "src" else "src", int(m["bead"])
    other = texts.get((far, bead), "")
    where = ""
    if not other.strip():  # a 1-0 bead: the sentence may have gone to a neighbour
        other = " ".join(texts.get((far, b), "") for b in range(bead - NUMBER_WINDOW,
                                                                  bead + NUMBER_WINDOW + 1))
        where = " in a neighbouring sentence"
    found = _written_in(m, values_in_text(other))
    if found is None and _str(m["kind"]) == "percent":
        found = _percent_word(m, other)
    if found is None:
        found = _straight_sets(m, side, texts) or _best_of(m, side, texts) or \
            _split_in_two(m, side, texts) or _weekday_date(m, side, texts) or \
            _title_first(m, side, texts) or _first_adverb(m, side, texts) or \
            _first_half(m, side, texts) or \
            _per_unit(m, side, texts) or \
            _runner_up(m, side, texts) or _lunar_new_year(m, side, texts) or \
            _moon_day(m, side, texts) or \
            _one_more(m, side, texts) or _one_unit(m, side, texts) or \
            _once_per(m, side, texts) or _one_of_sources(m, side, texts) or \
            two_legs(m, side, texts) or return_leg(m, side, texts) or \
            others_in_all(m, side, texts) or school_grade(m, side, texts) or \
            running_score(m, side, texts) or policy_rate(m, side, texts) or \
            knockout_round(m, side, texts) or deciding_set(m, side, texts) or \
            weekend_days(m, side, texts) or spelled_digits(m, side, texts) or \
            one_of_group(m, side, texts) or weekday_span(m, side, texts, doc) or \
            leader_after_round(m, side, texts) or first_before_others(m, side, texts) or \
            every_one(m, side, texts, doc) or round_the_clock(m, side, texts)
    if found is None and _str(m["kind"]) == "duration":
        found = unit_word_in(m.get("key"), other)
    if found is None and _str(m["kind"]) == "code":
        found = chemical_name_in(str(m["text"]), other)
    s, t = (m, None) if side == "src" else (None, m)
    if found is not None:
        return [_number_row(s, t, "format_only",
                            f"written as {found!r}{where}, not read as a number")]
    start = m.get("start_char")
    furniture = None if start is None or pd.isna(start) else furniture_line(doc, int(start))
    if _str(m["kind"]) == "code" and start is not None and not pd.isna(start) and \
            masthead_line(doc, int(start)):
        # a station's or site's name glued to its number (``VOV5 ภาคภาษาไทย``) heading
        # the saved page: no number of the story
        return [_number_row(s, t, "format_only", "the page's masthead, the site's name")]
    if furniture == "dated line" and side == "tgt":
        # the Thai page's own stamp (its date, time, reading time): the translation's
        # publication, not a number added to the story
        return [_number_row(s, t, "format_only", "the translation's own dated line")]
    if furniture is not None:
        note = f"{furniture} {'dropped' if side == 'src' else 'added'}"
    elif m["bead"] in omitted_beads:
        note = "sentence omitted" if side == "src" else "sentence added"
    else:
        note = ""
    return [_number_row(s, t, "missing" if side == "src" else "added", note)]


def _written_in(m: Mention, values: dict[float, str]) -> str | None:
    """How the other side writes the value of ``m`` (a decade also by its two last
    digits: ``the Seventies`` / ``ยุค 70``; a name with one number by that number:
    ``G7`` / ``Group of Seven``), or None."""
    value = _num(m.get("value"))
    groups = digit_groups(str(m["text"]))
    if value is None and _str(m["kind"]) == "code" and len(groups) == 1:
        value = float(groups[0])  # G7 / Group of Seven, Channel 4 / Channel Four
    if value is None:
        return None
    found = values.get(value)
    top = _num(m.get("value_max"))
    if found is not None and top is not None and _str(m["kind"]) == "range" and \
            values.get(top) is None:
        return None  # "six to ten" is not written by หก alone (หกถึงแปด is 6-8)
    if found is None and _str(m["kind"]) == "decade":
        found = values.get(value % 100)
    if found is not None and _str(m["kind"]) == "ordinal" and \
            found.casefold() in _NOT_ORDINAL:
        return None  # "first" is not written by เดียว ("single")
    if found is not None and _str(m["kind"]) in _AMOUNTS and not digit_groups(found) and \
            (found.casefold() in EN_VALUE_WORDS or found in TH_VALUE_WORDS):
        return None  # "one percent" is not written by ภูมิภาคเดียว ("the only region")
    return found


_POINT_AFTER_RE = r"|\s*(?:a\s+)?(?:จุด|point)(?!หมาย|ยืน|ประสงค์|เด่น|อ่อน|ชมวิว|ตรวจ|ศูนย์)"
"""A bare point of a rate (``ครึ่งจุด``, "half a point"), not จุดหมาย, จุดยืน…"""
_PERCENT_AFTER_RE = r"\s*(?:a\s+|of\s+a\s+|จุด\s*)?(?:เปอร์เซ็นต์|เปอร์เซนต์|percent|per\s*cent|%)"


def _percent_word(m: Mention, other: str) -> str | None:
    """A share written with a word of value right before its unit (``ครึ่งจุดเปอร์เซ็นต์``,
    "half a percentage point", ``half a per cent``; for "half a point" of a rate also
    ``ครึ่งจุด``), which the reader does not take as a number; the word and unit, or
    None."""
    value = _num(m.get("value"))
    for word, v in (*TH_VALUE_WORDS.items(), *EN_VALUE_WORDS.items()):
        if value is None or not _close(v, value):
            continue
        after = _PERCENT_AFTER_RE + (_POINT_AFTER_RE
                                     if "point" in str(m["text"]).casefold() else "")
        hit = re.search(rf"(?i)(?<![a-z]){re.escape(word)}(?:{after})", other)
        if hit is not None:
            return hit.group()
    return None


_AMOUNTS = ("percent", "money")
"""Kinds whose value a bare count word (เดียว, คู่, once, pair) never writes."""


_NOT_ORDINAL = frozenset({"เดียว", "single", "alone", "once", "pair", "couple", "both",
                          "twice", "double", "คู่"})
"""Words that write a count, never a rank: no trace of an ordinal."""
