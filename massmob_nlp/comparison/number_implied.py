"""Numbers one side writes for what the other side says without a number.

A translator makes explicit what the source leaves to the reader, and the reverse:

* Thai ``ทั้ง`` + a small count (``สมาชิกทั้งสี่`` "all four members", ``ทั้ง 3 คน``)
  is an anaphoric total of people or things already named ("the members");
* a Thai count right after a listed pair (``ฟลินฟลอนและลักดูบอนเนต์เพียงสองแห่ง``,
  "the Flin Flon and Lac du Bonnet fires alone") counts the items the English names;
* a Thai rank one (``จบอันดับหนึ่งของกลุ่ม``) is how Thai writes "topped their group",
  "led the standings", "headed the chart";
* ``รวมสองนัด`` ("over the two legs") is how Thai writes "on aggregate";
* a Thai digit in a name the English writes with a Roman numeral (``ไททัน 3 อี`` /
  "Titan IIIE", ``บัญชีหมายเลข 1`` / "Appendix I");
* a number in a headline whose figure the other document gives in its body (a Thai
  headline ``… ปี 69``, ``อัดบาเยิร์น 3-1``, ``8.3 ล้านเฮกตาร์`` over an English title
  without it): a headline restates the story, it adds or loses nothing.

Each test returns the other side's words (or the place) that hold the number, or None.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import pandas as pd

from ..numbers.words_en import anaphoric_pair
from .context import _Context, _str
from .evidence import digit_groups
from .number_approx import round_bound_of, rounded_across_kinds
from .number_pairs import Mention, _close, _num, _vague, same_age

_COUNTS = ("cardinal",)
ANAPHORIC_TOTAL_MAX = 10
"""Largest count that ``ทั้ง`` + a number restates as "all of those named": a longer
list is not named one by one (``ทั้ง 76 จังหวัด`` is a figure)."""
_TH_ALL_BEFORE_RE = re.compile(r"ทั้ง\s*$")


def anaphoric_total(m: Mention, side: str, text: str) -> str | None:
    """A Thai ``ทั้ง`` + a count of at most :data:`ANAPHORIC_TOTAL_MAX` ("all N", of
    those the article named), where the English writes "the members", "they": the
    Thai words, or None. A count the English gives still joins before this."""
    start, value = m.get("start_char"), _num(m.get("value"))
    if side != "tgt" or _str(m["kind"]) not in _COUNTS or start is None or \
            pd.isna(start) or value is None or not 2 <= value <= ANAPHORIC_TOTAL_MAX or \
            _num(m.get("value_max")) is not None:
        return None
    at = int(start)
    hit = _TH_ALL_BEFORE_RE.search(text, max(0, at - 6), at)
    return None if hit is None else text[hit.start():int(m.get("end_char") or at)]


def english_pair(m: Mention, side: str, text: str) -> str | None:
    """An English "the two" of a pair the article already named ("between the two
    countries", "the two sides"), which a translation may leave without a count
    (``การค้าระหว่างกัน``): the English words, or None. A count the Thai gives still
    joins, or changes (``ทั้งสามฝ่าย``), before this."""
    start, end = m.get("start_char"), m.get("end_char")
    if side != "src" or _str(m["kind"]) not in _COUNTS or start is None or end is None \
            or pd.isna(start) or pd.isna(end) or \
            not anaphoric_pair(text, int(start), int(end)):
        return None
    words = re.match(r"\s*[A-Za-z]+", text[int(end):])
    return text[int(start):int(end)] + (words.group() if words is not None else "")


_TH_LIST_AND_RE = re.compile(r"และ|กับ")
_TH_ONLY_BEFORE_RE = re.compile(r"(?:เพียง|แค่|รวม|ทั้ง|ซึ่ง(?:ทั้ง)?)?\s*$")
"""What may stand between a list and its count: "only" (``เพียงสองแห่ง``), "in all", or
the relative ``ซึ่ง`` of a clause about the items (``ดั๊กลัก เลิมด่ง และซาลาย
ซึ่งสามจังหวัดนี้ปลูก…``, "Đắk Lắk, Lâm Đồng and Gia Lai, which together grow …")."""
_TH_LIST_AHEAD_RE = re.compile(
    r"[ก-๛]{1,25}?\s*(?:อย่าง|ได้แก่|คือ)\s*(?P<items>[^0-9๐-๙,()\"“”]{1,30}?(?:และ|กับ)\s*"
    r"[^0-9๐-๙,()\"“”\s]{1,20}(?:\s[^0-9๐-๙,()\"“”\s]{1,12})?)(?=\s)")
"""A Thai count before the pair it counts, named after ``อย่าง``/``ได้แก่``/``คือ``
(``สองเครือโรงภาพยนตร์อย่างเมเจอร์ ซีนีเพล็กซ์ และเอส เอฟ``)."""
LIST_ITEM_MAX = 30
"""Longest last item of a list (a name of two or three words: ``เบนสัน คิปรูโต``)."""


def listed_count(m: Mention, side: str, text: str, texts: dict[tuple[str, int], str]
                 ) -> str | None:
    """A Thai count right after the list it counts (``ฟลินฟลอนและลักดูบอนเนต์เพียงสองแห่ง``,
    ``จอห์น โคริร์ และเบนสัน คิปรูโต สองนักวิ่งเคนยา``, ``A, B และ C สามประเทศ``) or right
    before a pair it names (``สองเครือ...อย่างเมเจอร์ และเอส เอฟ``): the English names the
    N items ("John Korir and Benson Kipruto") and writes no number. The list's last Thai
    item (the pair after the count), or None."""
    start, value = m.get("start_char"), _num(m.get("value"))
    if side != "tgt" or _str(m["kind"]) not in _COUNTS or value is None or \
            not value.is_integer() or not 2 <= value <= ANAPHORIC_TOTAL_MAX or \
            start is None or pd.isna(start):
        return None
    english = english_lists(texts.get(("src", int(m["bead"])), ""))
    end = m.get("end_char")
    if int(value) in english and end is not None and not pd.isna(end) and \
            (ahead := _TH_LIST_AHEAD_RE.match(text, int(end))) is not None and \
            len(_TH_LIST_AND_RE.split(ahead["items"])) == int(value) == 2:
        return ahead["items"].strip()  # ``สองเครือโรงภาพยนตร์อย่างเมเจอร์ ซีนีเพล็กซ์ และเอส เอฟ``
    before = text[max(0, int(start) - 90):int(start)]
    only = _TH_ONLY_BEFORE_RE.search(before)
    before = before[:only.start() if only is not None else len(before)]
    ands = list(_TH_LIST_AND_RE.finditer(before))
    if not ands:
        return None
    last = before[ands[-1].end():]
    if not 1 <= len(last.strip()) <= LIST_ITEM_MAX or re.search(r"[0-9๐-๙,()\"“”]", last):
        return None
    head = before[:ands[-1].start()]
    head = re.split(r"[.()\"“”:;]|\s{2}", head)[-1][-LIST_ITEM_MAX * int(value):]
    if not re.search(r"[ก-๛A-Za-z]\s?,?\s?$", head) or int(value) not in english:
        return None
    return last.strip()


_UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x2000)) if c.isupper())
"""Capital letters of the Latin alphabets (``Đắk Lắk``, ``Lâm Đồng``), for a regex class."""
_EN_AND_NAME_RE = re.compile(rf",?\s+(?:and|&)\s+(?=[{_UPPER}])")
_EN_NAME_END_RE = re.compile(rf"[{_UPPER}][\w'’.-]*"
                             rf"(?:\s+(?:[a-z]{{1,3}}\s+)?[{_UPPER}][\w'’.-]*)*$")


def english_lists(text: str) -> set[int]:
    """Sizes of the lists of names an English sentence gives ("Japan and South Korea" 2,
    "Chiang Mai, Nan and Lampang" 3): names joined by commas and a last "and"."""
    out = set()
    for hit in _EN_AND_NAME_RE.finditer(text):
        head, items = text[:hit.start()], 1
        while (name := _EN_NAME_END_RE.search(head)) is not None:
            items += 1
            head = head[:name.start()]
            if not re.search(r",\s*$", head):
                break
            head = re.sub(r",\s*$", "", head)
        if items >= 2:
            out.add(items)
    return out


_EN_TOPPED_RE = re.compile(
    r"(?i)\b(?:top(?:ped|s|ping)?|led|leads|leading|headed|heads|heading|won|wins)\s+"
    r"(?:the\s+|their\s+|its\s+|his\s+|her\s+)?(?:[A-Z0-9][\w+-]*\s+){0,3}"
    r"(?:group|table|chart|charts|standings|league|poll|polls|ranking|rankings|"
    r"pool|division|conference|leaderboard|box\s+office|medal\s+table)\b|"
    r"(?i:\btop\s+of\s+(?:the\s+|their\s+|its\s+)?(?:[A-Z0-9][\w+-]*\s+){0,3}"
    r"(?:group|table|chart|charts|standings|league|poll|polls|ranking|rankings|pool|"
    r"division|conference|leaderboard))|"
    r"(?i:\btop[- ](?:seed(?:s|ed)?|ranked|rated|spot|place|position)\b)|"
    r"\b(?:topped|topping)\s+(?!(?:up|off|out|with|by|at|around|about|over)\b)"
    r"(?:(?:the|all|both|every|each|its|their|his|her)\b|(?-i:[A-Z]))")
""""Topped their group", "led the standings", "top of the table", "top seed", "the top
spot", "topped" + what it came first in (``topped all three subjects``): first place with no
number; not a value passed (``topped $90``, ``topped expectations``) nor ``topped up``."""


def topped(m: Mention, side: str, texts: dict[tuple[str, int], str]) -> str | None:
    """A Thai rank one (``จบอันดับหนึ่งของกลุ่ม``, ``อันดับ 1``, ``มือวางอันดับ 1``) where
    the English says "topped their group", "led the standings", "top seed": the English
    words, or None."""
    if side != "tgt" or _str(m["kind"]) != "ordinal" or not _close(_num(m.get("value")), 1.0):
        return None
    hit = _EN_TOPPED_RE.search(texts.get(("src", int(m["bead"])), ""))
    return None if hit is None else hit.group()


_TH_AGGREGATE_RE = re.compile(r"รวม\s*$")
_TH_LEGS_AFTER_RE = re.compile(r"\s*นัด")
_EN_AGGREGATE_RE = re.compile(r"\b(?:on|an|the)\s+aggregate\b", re.IGNORECASE)


def aggregate_legs(m: Mention, side: str, text: str, texts: dict[tuple[str, int], str]
                   ) -> str | None:
    """A Thai ``รวมสองนัด`` ("over the two legs"), how Thai writes the English "on
    aggregate" of a two-legged tie: the English words, or None."""
    start, end = m.get("start_char"), m.get("end_char")
    if side != "tgt" or _str(m["kind"]) not in _COUNTS or start is None or pd.isna(start) \
            or end is None or pd.isna(end) or not _close(_num(m.get("value")), 2.0):
        return None
    if not (_TH_AGGREGATE_RE.search(text, max(0, int(start) - 8), int(start))
            and _TH_LEGS_AFTER_RE.match(text, int(end))):
        return None
    hit = _EN_AGGREGATE_RE.search(texts.get(("src", int(m["bead"])), ""))
    return None if hit is None else hit.group()


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}
_EN_ROMAN_RE = re.compile(r"\b(?P<name>[A-Z][A-Za-z]+)\s+(?P<r>[IVXL]{1,6})(?:[A-Z])?"
                          r"(?![A-Za-z0-9])")
"""A Roman numeral after a name, maybe with a letter of a version glued (``Appendix II``,
``Titan IIIE``, ``World War I``, ``Elizabeth II``)."""
_NOT_NAME_BEFORE_I = frozenset({
    "Then", "Now", "So", "But", "And", "When", "If", "As", "Because", "Yesterday",
    "Today", "Tomorrow", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
    "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December", "Here", "There", "What",
    "Where", "Why", "How", "Sometimes", "Once", "Later", "Still", "Yes", "No", "Well",
    "Or", "That", "This", "Before", "After", "While", "Until", "Since", "Although"})
"""Words before a capital "I" that is the pronoun ("Then I went"), not a numeral."""


def _roman(text: str) -> int | None:
    total = 0
    for a, b in zip(text, text[1:] + " ", strict=True):
        v = _ROMAN[a]
        total += -v if b in _ROMAN and _ROMAN[b] > v else v
    return total if total > 0 else None


def roman_numeral(m: Mention, side: str, texts: dict[tuple[str, int], str]) -> str | None:
    """A Thai number in digits that the English writes as a Roman numeral after a
    name (``ไททัน 3 อี`` / "Titan IIIE", ``บัญชีหมายเลข 1`` / "Appendix I"): the
    reader takes no lone Roman numeral as a number. The English words, or None."""
    groups = digit_groups(str(m["text"]))
    if side != "tgt" or len(groups) != 1 or _str(m["kind"]) not in (
            "cardinal", "code", "ordinal"):
        return None
    value = int(groups[0])
    for hit in _EN_ROMAN_RE.finditer(texts.get(("src", int(m["bead"])), "")):
        if hit["r"] == "I" and hit["name"] in _NOT_NAME_BEFORE_I:
            continue
        if _roman(hit["r"]) == value:
            return hit.group()
    return None


TITLE_MAX_CHARS = 200
"""Longest headline (or deck) line: a body paragraph is longer or ends in a full stop."""
THAI_TITLE_MAX_CHARS = 120
"""Longest Thai headline standing alone (Thai writes no full stop to tell it apart)."""
BODY_BEADS = 3
"""Fewest paragraph beads of an article with a headline (a headline, a lead, a body)."""


def headline_paragraphs(ctx: _Context) -> dict[str, set[int]]:
    """Paragraph ids of each side's headline: the first paragraph bead, when its source
    side is title-like (short, no full stop at its end) or, unpaired, its Thai side is
    short; and an unpaired title-like paragraph right after it (a deck the translator
    dropped or added). None in a text of fewer than :data:`BODY_BEADS` paragraphs."""
    out: dict[str, set[int]] = {"src": set(), "tgt": set()}
    if len(ctx.para) < BODY_BEADS:
        return out
    rows = ctx.para.sort_values("bead_id").head(HEAD_BEADS).to_dict("records")
    while rows and _labels(rows[0]):
        rows.pop(0)  # a section label before the headline: "Politics", ``เศรษฐกิจ``
    for n, row in enumerate(rows[:2]):
        src, tgt = _str(row["src_text"]) or "", _str(row["tgt_text"]) or ""
        paired = bool(row["src_ids"]) and bool(row["tgt_ids"])
        if paired:
            if n > 0 or not _title_like(src):
                break
        elif not (_title_like(src) if row["src_ids"] else
                  0 < len(tgt.strip()) <= THAI_TITLE_MAX_CHARS and "\n" not in tgt.strip()):
            break
        for side in ("src", "tgt"):  # all of a short side: a section label + the headline
            ids = [int(i) for i in row[f"{side}_ids"] or ()]
            short = _title_like(src) if side == "src" else len(tgt.strip()) <= THAI_TITLE_MAX_CHARS
            out[side].update(ids if short else ids[:1])
    return out


HEAD_BEADS = 4
"""Paragraph beads searched for a headline (section labels may come first)."""
LABEL_MAX_CHARS = 30


def _labels(row: dict[str, object]) -> bool:
    """A paragraph bead of labels only: a section label on one side, or the site's name
    and section on both (``VnExpress International`` / ``เดลินิวส์ ต่างประเทศ``)."""
    src, tgt = _str(row["src_text"]) or "", _str(row["tgt_text"]) or ""
    if not (row["src_ids"] and row["tgt_ids"]):
        return _label(src or tgt)
    return _label(src) and _label(tgt)


def _label(text: str) -> bool:
    """A section label or page button (``Politics``, ``เศรษฐกิจ``, ``แชร์ :``): a few
    words with no number."""
    text = text.strip()
    return 0 < len(text) <= LABEL_MAX_CHARS and len(text.split()) <= 3 and \
        not re.search(r"[0-9๐-๙]", text)


def _title_like(text: str) -> bool:
    text = text.strip()
    return 0 < len(text) <= TITLE_MAX_CHARS and "\n" not in text and \
        not re.search(r"[.。!?]\s*$|\.\s+[A-Z]", text)


def headline_number(m: Mention, side: str, heads: dict[str, set[int]],
                    others: Iterable[Mention]) -> str | None:
    """A number of a headline whose figure (its key) the other document gives, in its
    body (or one end of a range there, the same age: ``วัย 17`` for "17-year-old", an
    exact figure the headline gives as a round bound: ``ทะลุล้านคน`` "over a million" for
    "1.1 million", or rounded with its currency left out: ``1.86 แสนล้าน`` for "186.4
    billion baht"): the headline restates the story. The other side's text, or None."""
    para = m.get("para_id")
    if para is None or pd.isna(para) or int(para) not in heads[side] or _vague(m) or \
            _str(m["key"]) is None:
        return None
    far, pair = ("tgt", lambda o: (m, o)) if side == "src" else ("src", lambda o: (o, m))
    for o in others:
        p = o.get("para_id")
        if (_str(o["key"]) == _str(m["key"]) or _an_end_of(m, o) or round_bound_of(m, o)
                or same_age(m, o) or rounded_across_kinds(*pair(o))) \
                and p is not None and not pd.isna(p) and int(p) not in heads[far]:
            return str(o["text"])
    return None


def _an_end_of(m: Mention, o: Mention) -> bool:
    """``m`` is one end of the range ``o`` ("8C" of ``3-8 องศาเซลเซียส``)."""
    v = _num(m.get("value"))
    return v is not None and _num(m.get("value_max")) is None and not _vague(o) and \
        _str(o["kind"]) in ("range", _str(m["kind"])) and \
        _num(o.get("value_max")) is not None and \
        (_close(v, _num(o.get("value"))) or _close(v, _num(o.get("value_max"))))


_GAME = r"[0-9]{1,2}\s*[-–]\s*[0-9]{1,2}(?:\s*\(\s*[0-9]{1,2}(?:\s*[-–]\s*[0-9]{1,2})?\s*\))?"
"""The score of one game or set, with its tie-break points in brackets (``6-7 (5)``)."""
_TALLY_AFTER_RE = re.compile(rf"\s*(?:เกม|เซ็?ต|games?|sets?)\s*"
                             rf"(?P<sets>{_GAME}(?:\s*(?:,|และ|and)?\s*{_GAME})*)")


def game_tally(m: Mention, text: str) -> str | None:
    """A tally of games or sets followed by the scores of those games (``ชนะ 2-1 เกม
    18-21, 21-17 และ 21-15``, "won 2-0 sets 6-4, 6-3", ``2-1 เซต 6-4, 6-7 (5), 7-5``
    with a tie-break's points in brackets): the tally counts the scores after it,
    which the other side may give alone. The scores, or None."""
    end = m.get("end_char")
    digits = digit_groups(str(m["text"]))
    if end is None or pd.isna(end) or len(digits) != 2 or \
            _str(m["kind"]) not in ("score", "range"):
        return None
    hit = _TALLY_AFTER_RE.match(text, int(end))
    if hit is None:
        return None
    games = re.findall(_GAME, hit["sets"])
    return hit["sets"] if int(digits[0]) + int(digits[1]) == len(games) else None


_SHORT_YEAR_BEFORE_RE = re.compile(r"(?:ปี|พ\.ศ\.|ปีงบ(?:ประมาณ)?|งบ(?:ฯ|ประมาณ)?\s*ปี)\s*$")
BE_OFFSET = 543


def short_years(mentions: list[Mention], text: str) -> None:
    """Record on each Thai two-digit count after ปี ("year") the Common-Era year it
    writes in the Buddhist Era's short form (``งบฯ ปี 70`` = 2570 = 2027): headlines
    and Thai news shorten years so."""
    for m in mentions:
        start, value = m.get("start_char"), _num(m.get("value"))
        if start is None or pd.isna(start) or value is None or not value.is_integer() or \
                not 0 <= value <= 99 or len(digit_groups(str(m["text"]))) != 1 or \
                _str(m["kind"]) not in ("cardinal", "year"):
            continue
        if _SHORT_YEAR_BEFORE_RE.search(text, max(0, int(start) - 12), int(start)):
            m["short_year"] = 2500 + int(value) - BE_OFFSET


def same_short_year(s: Mention, t: Mention) -> bool:
    """A year and a Thai short Buddhist-Era year (``2027`` / ``ปี 70``)."""
    for a, b in ((s, t), (t, s)):
        short = a.get("short_year")
        if short is not None and _str(b["kind"]) == "year" and \
                _close(_num(b.get("value")), float(short)):
            return True
    return False


_MONTHS_EN = ("january", "february", "march", "april", "may", "june", "july", "august",
              "september", "october", "november", "december")
_MONTH_RANGE_KEY_RE = re.compile(r"date:(?P<y1>[0-9]{4})-(?P<m1>[0-9]{2})/"
                                 r"(?P<y2>[0-9]{4})-(?P<m2>[0-9]{2})$")


def month_range(m: Mention, side: str, texts: dict[tuple[str, int], str]) -> str | None:
    """A Thai range of months with its year (``มกราคมถึงพฤศจิกายน 2569``) where the
    English names the two months alone ("January-November", "January to November"),
    which the reader takes as no number: the year of the story, written out. The
    English months, or None."""
    hit = _MONTH_RANGE_KEY_RE.match(_str(m["key"]) or "")
    if side != "tgt" or hit is None or hit["y1"] != hit["y2"]:
        return None
    a, b = _MONTHS_EN[int(hit["m1"]) - 1], _MONTHS_EN[int(hit["m2"]) - 1]
    found = re.search(rf"(?i)\b{a[:3]}(?:{a[3:]}|\.)?\s*(?:-|–|to|through)\s*"
                      rf"{b[:3]}(?:{b[3:]}|\.)?\b", texts.get(("src", int(m["bead"])), ""))
    return None if found is None else found.group()


_MONTH_KEY_RE = re.compile(r"date:(?P<y>[0-9]{4})-(?P<m>[0-9]{2})$")


def month_alone(m: Mention, side: str, texts: dict[tuple[str, int], str],
                others: Iterable[Mention]) -> str | None:
    """A Thai month with its year (``เดือนตุลาคม 2569``) where the English names the
    month alone ("in October"), which the reader takes as no number, and the year is
    one the English gives elsewhere (the story's year): the year written out. The
    English month, or None."""
    hit = _MONTH_KEY_RE.match(_str(m["key"]) or "")
    if side != "tgt" or hit is None:
        return None
    years = {(_str(o["key"]) or "").split(":", 1)[-1][:4] for o in others
             if _str(o["kind"]) in ("year", "date")}
    if hit["y"] not in years:
        return None
    a = _MONTHS_EN[int(hit["m"]) - 1]
    found = re.search(rf"(?i)\b{a[:3]}(?:{a[3:]}|\.)?\b(?!\s*,?\s*[0-9])",
                      texts.get(("src", int(m["bead"])), ""))
    return None if found is None else found.group()


def quarter_months(m: Mention, side: str, texts: dict[tuple[str, int], str]) -> str | None:
    """A Thai quarter (``ไตรมาส 3``) where the English names its three months as a
    range ("the July-September period", "July to September"): the same quarter,
    numbered. The English months, or None."""
    v = _num(m.get("value"))
    if side != "tgt" or v is None or not v.is_integer() or not 1 <= v <= 4 or \
            not str(m["text"]).startswith("ไตรมาส"):
        return None
    a, b = _MONTHS_EN[int(v) * 3 - 3], _MONTHS_EN[int(v) * 3 - 1]
    found = re.search(rf"(?i)\b{a[:3]}(?:{a[3:]}|\.)?\s*(?:-|–|to|through)\s*"
                      rf"{b[:3]}(?:{b[3:]}|\.)?\b", texts.get(("src", int(m["bead"])), ""))
    return None if found is None else found.group()
