"""Untranslated passages: Latin-script spans of a Thai target that are not in the
source (an abbreviation or phrase the source never uses; a Latin name kept in the Thai
is normal)."""

from __future__ import annotations

import itertools
import re
import unicodedata
from typing import Any

from .._text import CODE_RE, EMAIL_RE, LATIN_RE, URL_RE
from ..entities.gazetteer import fold
from ..pipeline import Analysis
from .context import _Context

MIN_LATIN = 2
"""Latin-script spans shorter than this (letters) are not reported as untranslated."""


_SKIP_SPAN = re.compile(f"{URL_RE.pattern}|{EMAIL_RE.pattern}|{CODE_RE.pattern}",
                        re.IGNORECASE)
_LATIN_WORD = re.compile(r"[^\W\d_]+(?:['’.&-][^\W\d_]+)*")


def untranslated(ctx: _Context, rows: list[dict[str, Any]]) -> None:
    """Latin-script spans of a Thai-script target's paragraphs that are not in the
    source (a target written mostly in Latin letters has none): neither the
    phrase anywhere in the source document nor each of its words in the aligned source
    paragraph, after :func:`_match_key` (quotes, apostrophes, case, diacritics and
    spacing normalized). A Latin name kept in the Thai is normal; an abbreviation or a
    phrase the source never uses is flagged. Paragraphs without a Latin letter are
    skipped at once; the source keys are made only when a candidate phrase needs them."""
    from ..langid import span_rows

    if _latin_script(ctx.tgt.text):
        return  # an English (or Vietnamese) target: Latin text is its own script
    p = ctx.tgt.paragraphs
    t_par = {int(i): (int(b), str(t)) for i, b, t in zip(
        p["para_id"], p["start_char"], p["text"])}
    keys = _LazyKeys(ctx)
    kind_of = {int(b): str(k) for b, k in zip(ctx.para["bead_id"], ctx.para["kind"])}
    for pid, pbead in sorted(ctx.t_para.items()):
        if kind_of.get(pbead) == "0-1" or pid not in t_par:
            continue
        start, text = t_par[pid]
        if LATIN_RE.search(text) is None:
            continue  # no Latin letter: no Latin span
        skip = [(m.start(), m.end()) for m in _SKIP_SPAN.finditer(text)]
        for s0, e0, _lang, script in span_rows(text):
            if script != "Latin":
                continue
            for a, b in _latin_phrases(text, s0, e0):
                phrase = text[a:b]
                if any(a < y and x < b for x, y in skip):
                    continue
                if sum(bool(LATIN_RE.match(c)) for c in phrase) < MIN_LATIN:
                    continue
                if keys.found(phrase, pbead):
                    continue
                sent_id = _sent_at(ctx.tgt, start + a)
                rows.append({"kind": "untranslated", "level": "span",
                             "bead_id": ctx.bead_of("tgt", pid, sent_id),
                             "side": "tgt", "para_id": pid, "sent_id": sent_id,
                             "start_char": start + a,
                             "end_char": start + b, "text": phrase, "score": 1.0,
                             "note": "Latin-script text not found in the aligned source"})


def _latin_script(text: str) -> bool:
    """Most letters of ``text`` are Latin: the check for untranslated Latin spans is
    for a target in another script (Thai), where a Latin span stands out."""
    letters = sum(map(str.isalpha, text))  # every LATIN_RE letter is alphabetic
    return bool(letters) and len(LATIN_RE.findall(text)) > letters / 2


class _LazyKeys:
    """The source's match keys, made on first use: the whole document's
    (:class:`_SourceKeys`) and each paragraph bead's source text's."""

    def __init__(self, ctx: _Context):
        self.src_text = dict(zip((int(b) for b in ctx.para["bead_id"]),
                                 ctx.para["src_text"]))
        self.text = ctx.src.text
        self.whole: _SourceKeys | None = None
        self.bead: dict[int, str] = {}

    def found(self, phrase: str, pbead: int) -> bool:
        """Whether ``phrase`` is in the whole source, or each of its words in the
        source of paragraph bead ``pbead``."""
        if self.whole is None:
            self.whole = _SourceKeys(self.text)
        key = _match_key(phrase)
        if self.whole.has(key):
            return True
        if pbead not in self.bead:
            self.bead[pbead] = _match_key(str(self.src_text[pbead])) \
                if pbead in self.src_text else ""
        source = self.bead[pbead]
        return all(_has_word(source, w) for w in _LATIN_WORD.findall(key))


_QUOTES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "′": "'", "`": "'", "´": "'",
                         "“": '"', "”": '"', "„": '"', "«": '"', "»": '"'})


def _match_key(text: str) -> str:
    """``text`` for an is-it-in-the-source test: one apostrophe and quote form, no
    diacritics, case-folded, single spaces, no space before an apostrophe
    (``Sainsbury’s``, ``SAINSBURY'S`` and ``Sainsbury 's`` are one key)."""
    text = fold(unicodedata.normalize("NFC", text).translate(_QUOTES)).casefold()
    return re.sub(r"\s+'", "'", re.sub(r"\s+", " ", text)).strip()


def _has_word(key: str, word: str) -> bool:
    """Whether ``word`` starts a word of ``key`` (``vietnam`` in ``vietnamese``), or
    the letters after a number glued to them (``neo`` in ``a320neo``)."""
    return re.search(r"(?<![^\W\d_])" + re.escape(word), key) is not None


class _SourceKeys:
    """The whole source document, to test whether a Latin phrase of the target occurs
    in it (also with its spaces dropped: ``Hanoi`` / ``Ha Noi``)."""

    def __init__(self, text: str):
        self.key = _match_key(text)
        words = re.findall(r"[^\W_]+", self.key)
        self.compact = "".join(words)
        self.starts = set(itertools.accumulate((len(w) for w in words), initial=0))

    def has(self, key: str) -> bool:
        if _has_word(self.key, key):
            return True
        compact = "".join(re.findall(r"[^\W_]+", key))
        at = self.compact.find(compact)
        while compact and at >= 0:
            if at in self.starts:
                return True
            at = self.compact.find(compact, at + 1)
        return False


def _latin_phrases(text: str, s0: int, e0: int) -> list[tuple[int, int]]:
    """Runs of Latin words (with inner spaces) inside ``text[s0:e0]``."""
    out: list[tuple[int, int]] = []
    for m in re.finditer(f"[{LATIN_RE.pattern[1:-1]}][{LATIN_RE.pattern[1:-1]}'’.&\\- ]*",
                         text[s0:e0]):
        phrase = m.group().rstrip(" .-'’&")
        if phrase:
            out.append((s0 + m.start(), s0 + m.start() + len(phrase)))
    return out


def _sent_at(a: Analysis, offset: int) -> int | None:
    s = a.sentences
    hit = s[(s["start_char"] <= offset) & (s["end_char"] > offset)]
    return int(hit["sent_id"].iloc[0]) if len(hit) else None
