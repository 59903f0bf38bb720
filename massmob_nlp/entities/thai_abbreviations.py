"""Thai abbreviations of names the translation spells out, or the English names.

Thai writes a body by the initial consonants of its Thai name with full stops
(ธนาคารแห่งประเทศไทย → ธปท., คณะกรรมการกำกับหลักทรัพย์และตลาดหลักทรัพย์ → ก.ล.ต.,
สำนักงานการบินพลเรือนแห่งประเทศไทย → กพท.). A translator gives the abbreviation in
brackets after the full Thai name, or uses it where the English writes the body's
English name (``Bank of Thailand``) or *the central bank*: neither is a name the
translation added.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import permutations

from .translated import THAI_HEADS, name_words
from .world import world_entries, world_ids

THAI_ABBREVIATION_RE = re.compile(r"[ก-ฮ]{1,5}(?:\.[ก-ฮ]{1,4})*\.")
"""A Thai abbreviation (ธปท., กนง., ก.ล.ต.): consonants ending in a full stop."""
GLOSS_MAX_CHARS = 60
"""Longest stretch before a bracketed abbreviation searched for the name it shortens..."""
GLOSS_LAST_LETTER_CHARS = 14
"""...whose last letter must lie this close to the bracket (the name ends there)."""
ENGLISH_NAME_MAX_WORDS = 5
"""Longest English name (content words) whose Thai renderings are tried."""
_HEADS = (*THAI_HEADS, "การ")
"""Heads an abbreviation may leave out (การท่องเที่ยวแห่งประเทศไทย is ททท.)."""
_SMALL = frozenset({"of", "the", "and", "for", "on", "in", "&"})
_ENGLISH_NAME_RE = re.compile(
    r"[A-Z][A-Za-z'’\-]*(?:\s+(?:(?:of|and|for|on|the|&)\s+)*[A-Z][A-Za-z'’\-]*)+")


def letters_of(abbreviation: str) -> str:
    """The consonants of a Thai abbreviation (``ก.ล.ต.`` → ``กลต``)."""
    return abbreviation.replace(".", "").strip()


def abbreviates(letters: str, name: str) -> bool:
    """Whether Thai ``letters`` abbreviate a Thai ``name``: the first starts it (after
    a leading vowel, or after a head such as คณะ or สำนักงาน: ก.ล.ต. is คณะกรรมการ...),
    the others follow in order."""
    if not letters:
        return False
    for start in (name, *(name[len(h):] for h in _HEADS if name.startswith(h))):
        start = start[1:] if start[:1] in "เแโใไ" else start
        it = iter(start[1:])
        if start[:1] == letters[0] and all(c in it for c in letters[1:]):
            return True
    return False


def glosses_before(text: str, start: int, end: int) -> bool:
    """Whether the Thai abbreviation ``text[start:end]`` stands in brackets right after
    the Thai name it shortens (สำนักงานการบินพลเรือนแห่งประเทศไทย (กพท.)): its
    letters in order in the :data:`GLOSS_MAX_CHARS` before the bracket, the last
    of them among the final :data:`GLOSS_LAST_LETTER_CHARS`."""
    abbr = text[start:end].strip()
    if not THAI_ABBREVIATION_RE.fullmatch(abbr):
        return False
    m = re.search(r"\(\s*$", text[max(0, start - 3):start])
    if m is None or not text[end:end + 3].lstrip().startswith(")"):
        return False
    stop = start - 3 + m.start()
    before = text[max(0, stop - GLOSS_MAX_CHARS):stop].rstrip()
    letters = letters_of(abbr)
    last = before.rfind(letters[-1])
    if len(letters) < 2 or last < 0 or len(before) - last > GLOSS_LAST_LETTER_CHARS:
        return False
    return any(before[k] == letters[0] and abbreviates(letters, before[k:last + 1])
               for k in range(last))


def abbreviates_english(abbreviation: str, english_text: str) -> bool:
    """Whether a Thai abbreviation shortens the Thai rendering of an English name
    written in ``english_text`` (``Bank of Thailand`` → ธนาคารแห่งประเทศไทย → ธปท.):
    every content word of the name rendered by the name lexicon or the world table,
    the head noun first or in the English order."""
    abbr = abbreviation.strip()
    if not THAI_ABBREVIATION_RE.fullmatch(abbr) or len(letters_of(abbr)) < 2:
        return False
    letters = letters_of(abbr)
    for m in _ENGLISH_NAME_RE.finditer(english_text):
        head, _, tail = re.sub(r"^(?:The|the)\s+", "", m.group(0)).partition(" of ")
        words = tuple(w for w in head.split() if w.casefold() not in _SMALL)
        rest = tuple(w for w in tail.split() if w.casefold() not in _SMALL)
        if words and 2 <= len(words) + len(rest) <= ENGLISH_NAME_MAX_WORDS and \
                any(abbreviates(letters, r) for r in _renderings(words, rest)):
            return True
    return False


@lru_cache(maxsize=4096)
def _renderings(words: tuple[str, ...], rest: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Thai renderings of an English name's content words before ``of`` (``words``)
    and after it (``rest``): the words before in the English order, or their last (the
    head: *Authority*, *Bank*, *Commission*) first and the others in any order, then
    the words after ``of``; ``()`` when a word has no rendering."""
    options = [_word_renderings(w) for w in words]
    after = [_word_renderings(w) for w in rest]
    if not all(options) or not all(after):
        return ()
    orders = {tuple(range(len(words)))}
    head = len(words) - 1
    for others in permutations(range(head)):
        orders.add((head, *others))
        if len(orders) > 8:
            break
    out: list[str] = []
    for order in orders:
        out.extend(_joined([options[k] for k in order] + after))
    return tuple(dict.fromkeys(out))


def _joined(options: list[tuple[str, ...]]) -> Iterator[str]:
    if not options:
        yield ""
        return
    for first in options[0][:3]:
        for rest in _joined(options[1:]):
            yield first + rest


def _word_renderings(word: str) -> tuple[str, ...]:
    key = re.sub(r"['’]s?$", "", word).casefold()
    lexicon = name_words()
    out = list(lexicon.get(key, ()) or lexicon.get(key.rstrip("s"), ()))
    for entity_id in world_ids(word):
        out.extend(_world_thai().get(entity_id, ()))
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=1)
def _world_thai() -> dict[str, tuple[str, ...]]:
    return {e.entity_id: tuple(e.th_variants) for e in world_entries()}
