"""Target mentions left over that are no added name: a page label, a time zone, a unit,
a borrowed English word, a name repeated, abbreviated, given as a nickname or a given
name, or spelt out word by word from the source."""

from __future__ import annotations

import re
from typing import Any

import pandas as pd

from .._text import THAI_RE
from ..entities.translated import is_generic
from ..entities.world import latin_names, world_ids
from .context import _Context, _str, per_comparison
from .entity_brackets import _THAI_ABBREVIATION_RE
from .entity_renderings import CUT_SHORT_MIN_CHARS
from .entity_search import _bead_windows, _covered

_TIME_ZONE_RE = re.compile("เวลา(?:ฤดูร้อน|ฤดูหนาว|มาตรฐาน|ออมแสง)?(?:ของ|ใน|แห่ง)?"
                           r"(?:ประเทศ)?\s?$")


def _in_labels(m: dict[str, Any], labels: frozenset[int]) -> bool:
    """Whether a mention lies in a paragraph that is a page label, not prose
    (:func:`~massmob_nlp.entities.page_labels.label_paragraphs`: a menu line or
    column, a one-word heading): left without a partner, it is not reported."""
    para = m.get("para_id")
    return para is not None and not pd.isna(para) and int(para) in labels


def _time_zone(text: str, t: dict[str, Any]) -> bool:
    """Whether a target place names a clock's time zone (ตามเวลาอังกฤษ for ``BST``,
    ตามเวลาประเทศไทย for ``local time``): not a mention of the place."""
    start = int(t["start_char"])
    return _str(t.get("label")) == "LOC" and \
        _TIME_ZONE_RE.search(text, max(0, start - 30), start) is not None


def _named_elsewhere(t: dict[str, Any], named: frozenset[str]) -> bool:
    """Whether a target mention left over names a country or city of the world table
    that the source names somewhere in the article: a translator adds the country a
    sentence is about (รัฐมนตรีคลังอังกฤษ for ``The chancellor``, ประธานาธิบดีคนที่
    47 ของสหรัฐฯ for ``the 47th president``); not an added name."""

    return bool(world_ids(_str(t.get("text")) or "") & named)


def _named_in_source_text(ctx: _Context, t: dict[str, Any]) -> bool:
    """Whether a target place left over is a world-table place whose English name the
    source writes somewhere as a whole word, though not as a mention of its own:
    inside a longer name or a page's masthead (``Central organ of the Communist Party
    of Vietnam``) that the English recognizer gave no mention of the place; the
    translation names the country the English story leaves implied."""
    if _str(t.get("label")) != "LOC":
        return False
    text = ctx.src.text
    return any(re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)
               for i in world_ids(_str(t.get("text")) or "") for name in latin_names(i)
               if len(name) > 3)


_UNIT_RE = re.compile("(?:องศา)?(?:ฟาเรนไฮต์|เซลเซียส|เคลวิน)|ซีซี|แรงม้า|"
                      "(?:กิโล|เมกะ|กิกะ)วัตต์")


def _unit_word(text: str, t: dict[str, Any]) -> bool:
    """Whether a target mention lies inside a unit word (the Thai recognizer labels
    the เรนไฮต์ of องศาฟาเรนไฮต์, *degrees Fahrenheit*, and ซีซี, *cc* of an engine)."""
    a, b = int(t["start_char"]), int(t["end_char"])
    return any(m.start() <= a and b <= m.end()
               for m in _UNIT_RE.finditer(text, max(0, a - 12), b + 12))


def _source_bounds(ctx: _Context) -> dict[int, tuple[int, int]]:
    """``sent_id`` → (start_char, end_char) of the source sentences, read once per
    comparison (each check of a mention left over reads them)."""
    def build(s: pd.DataFrame) -> dict[int, tuple[int, int]]:
        return {int(i): (int(a), int(b)) for i, a, b in zip(
            s["sent_id"], s["start_char"], s["end_char"])}

    return per_comparison(ctx, "src_sentence_bounds", ctx.src.sentences, build)


LOANWORD_MIN_SCORE = 0.85
"""Least sound similarity of a Thai mention and an English word in lower case for the
mention to be that word borrowed (คริปโต for ``crypto``)."""


def _loanword(ctx: _Context, t: dict[str, Any]) -> bool:
    """Whether a target model mention left over transliterates a word the source
    sentences of its bead write in lower case (คริปโต / ``crypto``, เซสชัน /
    ``session``, แบรนด์ / ``brand``): an English common word borrowed by Thai, which
    the Thai recognizer labelled, not an added name."""
    from ..entities.latin_search import thai_core
    from ..entities.sound_keys import consonants, sound_key
    from ..entities.sounds import sound_similarity
    from ..entities.thai_search import SEARCH_MIN_CONSONANTS

    if _str(t.get("source")) != "model" or _str(t.get("entity_id")) is not None:
        return False
    core = thai_core(_str(t.get("text")) or "")
    if not core or " " in core or consonants(sound_key(core)) < SEARCH_MIN_CONSONANTS:
        return False
    bounds = _source_bounds(ctx)
    text = ctx.src.text
    for ids in _bead_windows(ctx, t, side="src")[:1]:
        for i in ids:
            if i not in bounds:
                continue
            a, b = bounds[i]
            for word in set(re.findall(r"(?<![\w'’])[a-z][a-z\-]{2,}", text[int(a):int(b)])):
                if sound_similarity(word, core, floor=LOANWORD_MIN_SCORE,
                                    thai_reading=False, cut=True) >= \
                        LOANWORD_MIN_SCORE:
                    return True
    return False


def _common_noun(t: dict[str, Any]) -> bool:
    """Whether an unlinked model mention is only common words
    (:func:`~massmob_nlp.entities.translated.is_generic`), or an organisation or
    facility made of Thai dictionary words that no body's head opens
    (:func:`_dictionary_phrase`)."""
    if _str(t.get("source")) != "model" or _str(t.get("entity_id")) is not None:
        return False
    text = _str(t.get("text")) or ""
    return is_generic(text) or (_str(t.get("label")) in ("ORG", "FAC") and
                                _dictionary_phrase(text))


DICTIONARY_WORD_MIN = 2
"""Least letters of each dictionary word of :func:`_dictionary_phrase`."""
CHUNK_WORDS_MAX = 2
"""Most dictionary words a piece of :func:`_dictionary_phrase` is made of (a foreign
name transliterated falls into many short ones: แมค|เคน|ซี)."""
_PHRASE_GAPS_RE = re.compile(r"[\s,()/]+|และ|หรือ")


def _dictionary_phrase(text: str) -> bool:
    """Whether a Thai span is a phrase of two dictionary words or more (one word alone
    may be a brand the dictionary holds: กูเกิล, โตโยต้า): each piece (between
    spaces, commas and และ/หรือ) is one or :data:`CHUNK_WORDS_MAX` words of the Thai
    dictionary of at least :data:`DICTIONARY_WORD_MIN` letters, the span does not
    open with the head of a body's name
    (:data:`~massmob_nlp.entities.thai_split.ORG_HEADS`: กระทรวง, บริษัท...) and is
    no place or body of the world table: a common noun phrase the Thai recognizer
    labelled an organisation (โรงแรมและโฮมสเตย์ *hotels and homestays*, คณิตศาสตร์
    ฟิสิกส์ *maths, physics*, วงการคาดการณ์ *the trade forecast*), not an added
    name."""
    from ..entities.thai_search import _thai_dictionary
    from ..entities.thai_split import ORG_HEADS

    text = text.strip()
    chunks = [c for c in _PHRASE_GAPS_RE.split(text) if c]
    if not chunks or text.startswith(ORG_HEADS) or world_ids(text) or \
            any(re.search(r"[^\u0e01-\u0e4e]", c) for c in chunks):
        return False
    counts = [_fewest_words(c, _thai_dictionary()) for c in chunks]
    return all(n <= CHUNK_WORDS_MAX for n in counts) and sum(counts) >= 2


def _fewest_words(chunk: str, words: frozenset[str]) -> int:
    """The fewest dictionary ``words`` (of :data:`DICTIONARY_WORD_MIN` letters or
    more) ``chunk`` splits into; a large number when it does not split."""
    far = len(chunk) + 1
    best = [0] + [far] * len(chunk)
    for i in range(DICTIONARY_WORD_MIN, len(chunk) + 1):
        for j in range(max(0, i - 20), i - DICTIONARY_WORD_MIN + 1):
            if best[j] < far and chunk[j:i] in words:
                best[i] = min(best[i], best[j] + 1)
    return best[-1]


def _paired_elsewhere(t: dict[str, Any], tgt: list[dict[str, Any]], got: set[int],
                      spans: list[tuple[int, int, int]]) -> bool:
    """Whether a target mention left over is written the same as a target mention
    paired with a source name, or found for one, elsewhere in the document: the
    translation names again a body the source calls *the central bank* or *it*
    (ธปท. ระบุ for ``the central bank said``), not an added name."""
    text = (_str(t.get("text")) or "").strip()
    return bool(text) and any(
        (j in got or _covered(u, spans)) and (_str(u.get("text")) or "").strip() == text
        for j, u in enumerate(tgt) if u is not t)


_OPEN_RE = re.compile(r"\s*[(（]\s*")
_CLOSE_BEFORE_RE = re.compile(r"[(（]\s*$")


def _bracketed_with_paired(text: str, t: dict[str, Any], tgt: list[dict[str, Any]],
                           got: set[int]) -> bool:
    """Whether a target person left over is written beside a paired target mention
    in brackets, one of the two in brackets right after the other: one person named
    twice, by royal or noble title and by name (พระเจ้าวรวงศ์เธอ กรมหมื่น...
    (พระองค์วรรณไวทยากร) for ``Prince Wan Waithayakon``), not an added name."""
    if _str(t.get("label")) != "PERSON":
        return False
    a, b = int(t["start_char"]), int(t["end_char"])
    after = _OPEN_RE.match(text, b)
    before = _CLOSE_BEFORE_RE.search(text, max(0, a - 4), a)
    for j in got:
        u = tgt[j]
        if after is not None and int(u["start_char"]) == after.end():
            return True  # the title, then the name in brackets
        if before is not None and 0 <= before.start() - int(u["end_char"]) <= 1:
            return True  # the name, then the title in brackets
    return False


def _abbreviates_named(t: dict[str, Any], tgt: list[dict[str, Any]], text: str = "") -> bool:
    """Whether a target mention left over is a Thai abbreviation (คพ., ปภ., ธ.ก.ส.) of
    a Thai name the translation writes in full elsewhere (กรมควบคุมมลพิษ,
    กรมป้องกันและบรรเทาสาธารณภัย): its letters in order in that name, the first one
    starting it (or starting it after its head: กรม, สำนักงาน): the translation
    names again a body the source calls *the department*, not an added name. A name
    cut short by ``ฯ`` (สำนักงานฯ) abbreviates a longer name of the target ``text``
    that it starts (สำนักงานสถิติแห่งชาติ)."""
    from ..entities.translated import THAI_HEADS

    abbr = (_str(t.get("text")) or "").strip()
    stem = abbr[:-1].strip()
    if abbr.endswith("ฯ") and len(stem) >= CUT_SHORT_MIN_CHARS and THAI_RE.search(stem):
        return re.search(re.escape(stem) + "[\u0e01-\u0e2e\u0e30-\u0e4e]{2,}", text) \
            is not None
    if not _THAI_ABBREVIATION_RE.fullmatch(abbr):
        return False
    letters = abbr.replace(".", "")
    for u in tgt:
        name = (_str(u.get("text")) or "").strip()
        if u is t or len(name) <= len(abbr) + 2 or _THAI_ABBREVIATION_RE.fullmatch(name):
            continue
        starts = [name] + [name[len(h):] for h in THAI_HEADS if name.startswith(h)]
        for rest in starts:
            if rest[:1] == letters[0] and _subsequence(letters, rest):
                return True
    return False


_NICKNAME_RE = re.compile(r"\s*[\"”']\s*[ก-๙]")


def _nickname(text: str, t: dict[str, Any]) -> bool:
    """Whether a target person left over is a nickname in quotes before the name (the
    วิว of "วิว" กุลวุฒิ วิทิตศานต์): Thai news gives a Thai's nickname, the English
    does not; no added name."""
    a, b = int(t["start_char"]), int(t["end_char"])
    return _str(t.get("label")) == "PERSON" and " " not in text[a:b].strip() and \
        text[max(0, a - 1):a] in ('"', "“", "'") and \
        _NICKNAME_RE.match(text, b) is not None


def _abbreviates_unlabelled(ctx: _Context, t: dict[str, Any]) -> bool:
    """Whether a target mention left over is a Thai abbreviation of a name no
    recognizer labelled: in brackets right after the Thai name it shortens
    (สำนักงานการบินพลเรือนแห่งประเทศไทย (กพท.)), or shortening the Thai rendering of
    an English name of the source (ธปท. for ``Bank of Thailand``; the English may call
    it *the central bank* there). Not an added name."""
    from ..entities.thai_abbreviations import abbreviates_english, glosses_before

    a, b = int(t["start_char"]), int(t["end_char"])
    return glosses_before(ctx.tgt.text, a, b) or \
        abbreviates_english(ctx.tgt.text[a:b], ctx.src.text)


def _given_name_of(t: dict[str, Any], tgt: list[dict[str, Any]]) -> bool:
    """Whether a target person left over is one word (after its title) that ends
    another person of the target: Vietnamese news calls a person again by the last
    syllable, the given name (นายฮวี after นายเหงียน ดึ๊ก ฮวี, also after an abbreviated
    rank: พล.ต.ฮวี after พล.ต.เหงียน ดึ๊ก ฮวี), Thai news by title and
    the first word, the Thai given name (นางชนิตากล่าว after นางชนิตา ศรีสุข, where the
    English says *she said*): not an added name."""
    from ..entities.latin_search import thai_core

    if _str(t.get("label")) != "PERSON":
        return False
    core = _unranked(thai_core(_str(t.get("text")) or ""))
    if not core or " " in core or not THAI_RE.search(core):
        return False
    return any(u is not t and _str(u.get("label")) == "PERSON" and
               len(words := (_str(u.get("text")) or "").split()) >= 2 and
               core in (words[-1], _unranked(thai_core(words[0]))) for u in tgt)


_RANK_RE = re.compile(r"(?:[ก-ฮ]{1,3}\.)+(?=[ก-ฮเแโใไ].)")
"""A Thai rank or title abbreviated before a name (พล.ต., พ.ต.อ., ดร., ผศ.ดร.)."""


def _unranked(name: str) -> str:
    """``name`` without a leading abbreviated rank or title (พล.ต.หมั่ญ → หมั่ญ)."""
    from ..entities.latin_search import thai_core

    m = _RANK_RE.match(name)
    return thai_core(name[m.end():]) if m else name


def _subsequence(letters: str, text: str) -> bool:
    it = iter(text)
    return all(c in it for c in letters)


_EN_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
TRANSLATED_MAX_WORDS = 4
"""Longest run of English words tried as the source of a Thai name left over."""


def _translated_in_source(ctx: _Context, t: dict[str, Any]) -> bool:
    """Whether a target mention left over renders, word by word, a run of at most
    :data:`TRANSLATED_MAX_WORDS` English words of its sentence or paragraph bead, in
    any case (:func:`~massmob_nlp.entities.translated.find_translation`): the English
    names the body with common nouns (*the ministry* / กระทรวงสาธารณสุขมาเลเซีย, *the
    secretary of state's office* / สำนักงานเลขาธิการรัฐ, *the King* /
    พระบาทสมเด็จพระเจ้าอยู่หัว), so the translation spells out a name the source
    gives, not an added one. The rendering must start where the mention starts (its
    head); for a person it must be the whole mention."""
    from ..entities.translated import STOP_WORDS, find_translation

    a, b = int(t["start_char"]), int(t["end_char"])
    text = ctx.tgt.text
    while b > a and not text[b - 1].strip():
        b -= 1
    edges = list(range(a, b + 1))  # the head may end inside a token: กระทรวงสาธารณสุข
    bounds = _source_bounds(ctx)
    person = _str(t.get("label")) == "PERSON"
    tried: set[str] = set()
    for ids in _bead_windows(ctx, t, side="src")[:2]:
        for i in ids:
            if i not in bounds:
                continue
            words = _EN_WORD_RE.findall(ctx.src.text[bounds[i][0]:bounds[i][1]])
            for n in range(1, TRANSLATED_MAX_WORDS + 1):
                for k in range(len(words) - n + 1):
                    run = words[k:k + n]
                    if run[0].casefold() in STOP_WORDS or run[-1].casefold() in STOP_WORDS:
                        continue
                    name = " ".join(run)
                    if name in tried:
                        continue
                    tried.add(name)
                    hit = find_translation(name, text, (a, b), edges)
                    if hit is not None and hit[0] == a and (not person or hit[1] == b):
                        return True
    return False


def _repeated(ctx: _Context, t: dict[str, Any]) -> bool:
    """Whether a target mention left over names an English stretch of its own
    sentence bead that another Thai mention already renders: a translation repeats a
    name where the English says *it* or *its* (ดวงจันทร์ดวงนี้ for ``its``), not an
    added name."""
    from ..entities.latin_search import find_in_latin

    bounds = _source_bounds(ctx)
    windows = _bead_windows(ctx, t, side="src")
    spans = [bounds[i] for i in (windows[0] if windows else []) if i in bounds]
    return bool(spans) and find_in_latin(_str(t.get("text")) or "", ctx.src.text, spans) \
        is not None


_BODY_RUN_RE = re.compile(r"(\S+)$")
_BODY_HEADS = ("สำนัก", "รัฐบาล", "หน่วย", "กองกำลัง", "ทะเล", "อ่าว", "ช่องแคบ", "มหาสมุทร",
               "คาบสมุทร")
"""Heads beside :data:`~massmob_nlp.entities.thai_split.ORG_HEADS` whose name may hold a
country: a government, an office, a sea or a strait (ทะเลจีนใต้ *South China Sea*)."""


def _country_of_body(text: str, t: dict[str, Any]) -> bool:
    """Whether a target place of the world table is written right after a body's Thai
    name, glued to it (after ของ/แห่ง too; a space may start another clause): the
    translator names the body's country the source leaves implicit
    (กรมอุทยานแห่งชาติสหรัฐฯ for ``the National Park Service``,
    สำนักอุตุนิยมวิทยาออสเตรเลีย, รัฐบาลเวียดนาม for ``The Government``), or a country
    inside a sea's name (ทะเลจีนใต้): not an added name."""
    from ..entities.thai_split import ORG_HEADS

    name = _str(t.get("text")) or ""
    if _str(t.get("label")) != "LOC" or not world_ids(name):
        return False
    start = int(t["start_char"])
    run = _BODY_RUN_RE.search(text, max(0, start - 80), start)
    return run is not None and any(h in run.group(1) for h in (*ORG_HEADS, *_BODY_HEADS))
