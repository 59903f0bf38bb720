"""Names written twice in a translation: a Thai name and the English acronym or name in
brackets after it, and English acronyms paired with Thai abbreviations."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from .._text import THAI_RE
from .context import NUMBER_WINDOW, _Context, _str
from .entity_search import _covered

_PAREN_RE = re.compile(r"\(\s*([A-Za-z][A-Za-z0-9&.'’\- ]{0,80}?|[ก-์]{2,40})\s*\)")
_ACRONYM_RE = re.compile(r"[A-Z][A-Za-z&.]{1,9}")
PAREN_SCORE = 0.9
"""Score of a source name paired with the Thai name a translation writes before the
name's own acronym or English form in brackets."""


def _parenthesized(ctx: _Context, src: list[dict[str, Any]], tgt: list[dict[str, Any]],
                   taken: dict[int, int], found: dict[int, dict[str, Any]],
                   scores: dict[tuple[int, int], float]) -> list[tuple[int, int, int]]:
    """A translation writes a body's Thai name, then its English acronym or name in
    brackets (สำนักงานสถิติแห่งชาติ (ONS) for ``Office for National Statistics``,
    กลุ่มผู้ให้บริการเดินรถไฟ (Rail Delivery Group), or the acronym in Thai letter
    names: (เอฟเอเอ) for ``Federal Aviation Administration``). For each bracket of the
    target (Latin, or Thai), the source mention of the same window that it names
    (:func:`_bracket_names`: the same words, or an acronym of its initials) is paired
    with the target mention right before the bracket (or inside it), when still
    unpaired (``taken`` and ``scores`` are updated); the target mentions before and
    inside the bracket are returned as covered ``(bead, start, end)`` stretches (one
    name, written twice), also when the source name was paired already. A Thai
    abbreviation in brackets after a Thai mention (ธนาคารแห่งประเทศไทย (ธปท.)) is
    covered the same way."""
    text = ctx.tgt.text
    covered: list[tuple[int, int, int]] = []
    if not src or not tgt or "(" not in text:
        return covered
    got = set(taken.values())
    for m in _PAREN_RE.finditer(text):
        a, b = m.span()
        before = [j for j, t in enumerate(tgt) if t["end_char"] <= a and
                  not text[t["end_char"]:a].strip() and a - t["end_char"] <= 2]
        inside = [j for j, t in enumerate(tgt) if t["start_char"] < b and a < t["end_char"]]
        if not before and not inside:
            _bare_bracket(ctx, src, taken, found, m)
            continue
        if before and _THAI_ABBREVIATION_RE.fullmatch(m.group(1)):
            covered += [(tgt[j]["bead"], tgt[j]["start_char"], tgt[j]["end_char"])
                        for j in inside if j not in got]  # ธนาคารแห่งประเทศไทย (ธปท.)
            continue
        ref = tgt[(before or inside)[0]]
        cands = [i for i, s in enumerate(src) if _near(s, ref) and
                 _bracket_names(ctx.src.text, s, m.group(1))]
        if not cands:
            continue
        free = [i for i in cands if i not in taken and id(src[i]) not in found]
        if free:
            j = next((j for j in before + inside if j not in got), None)
            i = free[0]
            if j is not None:
                taken[i], scores[(i, j)] = j, PAREN_SCORE
                got.add(j)
            else:
                found[id(src[i])] = {"text": text[a + 1:b - 1].strip(), "start_char": a + 1,
                                     "end_char": b - 1, "score": PAREN_SCORE,
                                     "entity_id": None, "para_id": ref["para_id"],
                                     "bead": src[i]["bead"]}
        covered += [(tgt[j]["bead"], tgt[j]["start_char"], tgt[j]["end_char"])
                    for j in before + inside if j not in got]
    return covered


def _bare_bracket(ctx: _Context, src: list[dict[str, Any]], taken: dict[int, int],
                  found: dict[int, dict[str, Any]], m: re.Match[str]) -> None:
    """A Latin acronym in brackets after a Thai name the Thai recognizer did not label
    (ระบบจำแนกระดับความมั่นคงทางอาหาร (IPC)): the source mention of the same window
    that the acronym names (:func:`_bracket_names`, the source's own bracket
    included: ``Integrated Food Security Phase Classification (IPC)``) is found there,
    when still unpaired."""
    inner = m.group(1).strip()
    if THAI_RE.search(inner) or not _ACRONYM_RE.fullmatch(inner.replace(".", "")):
        return
    sents = ctx.tgt.sentences
    at = m.start()
    row = sents[(sents["start_char"] <= at) & (sents["end_char"] > at)]
    if row.empty:
        return
    bead = ctx.bead_of("tgt", row["para_id"].iloc[0], row["sent_id"].iloc[0])
    if bead is None:
        return
    ref = {"bead": bead, "pbead": ctx.sent_para.get(bead, -1)}
    for i, s in enumerate(src):
        if i not in taken and id(s) not in found and _near(s, ref) and \
                _bracket_names(ctx.src.text, s, inner):
            found[id(s)] = {"text": inner, "start_char": m.start(1),
                            "end_char": m.start(1) + len(inner), "score": PAREN_SCORE,
                            "entity_id": None, "para_id": int(row["para_id"].iloc[0]),
                            "bead": s["bead"]}
            return


_THAI_ABBREVIATION_RE = re.compile(r"[ก-ฮ]{1,5}(?:\.[ก-ฮ]{1,4})*\.")
"""A Thai abbreviation (ธปท., กนง., ททท., ก.ล.ต.): consonants ending in a full stop."""
_LATIN_ACRONYM_RE = re.compile(r"[A-Z][A-Za-z&]{1,5}")
ACRONYM_SCORE = 0.7
"""Score of an English acronym paired with a Thai abbreviation of its sentence."""


def _acronym_pairs(src: list[dict[str, Any]], tgt: list[dict[str, Any]],
                   taken: dict[int, int], found: dict[int, dict[str, Any]],
                   spans: list[tuple[int, int, int]],
                   scores: dict[tuple[int, int], float]) -> None:
    """An English acronym (``BoT``, ``MPC``: two capitals or more, at most six letters)
    still unpaired and a Thai abbreviation of the same sentence bead still unpaired
    (ธปท., กนง.: Thai abbreviates a body by the initials of its Thai name, so the two
    never sound alike) are paired, in the order they are written (``taken`` and
    ``scores`` are updated)."""
    got = set(taken.values())
    acronyms = [i for i, s in enumerate(src) if i not in taken and id(s) not in found
                and _LATIN_ACRONYM_RE.fullmatch(_str(s.get("text")) or "")
                and sum(c.isupper() for c in _str(s.get("text")) or "") >= 2]
    for i in acronyms:
        s = src[i]
        cands = [j for j, t in enumerate(tgt) if j not in got and t["bead"] == s["bead"]
                 and _THAI_ABBREVIATION_RE.fullmatch((_str(t.get("text")) or "").strip())
                 and not _covered(t, spans)]
        if cands:
            j = min(cands, key=lambda j: tgt[j]["start_char"])
            taken[i], scores[(i, j)] = j, ACRONYM_SCORE
            got.add(j)


def _near(s: dict[str, Any], t: dict[str, Any]) -> bool:
    return bool((s["pbead"] == t["pbead"] and s["pbead"] >= 0) or
                abs(s["bead"] - t["bead"]) <= NUMBER_WINDOW)


_STOP_INITIALS = frozenset({"of", "on", "for", "and", "the", "in", "to", "at", "de", "du",
                            "la", "le", "des", "del", "&"})
_OWN_BRACKET_RE = re.compile(r"\s*\(\s*([A-Z][A-Za-z&.]{1,9})\s*\)")
_CONTINUATION_RE = re.compile(r"(?:\s+(?:of|on|for|and|the|in|to|&|[A-Z][\w'’\-]*))+")


def _bracket_names(text: str, s: dict[str, Any], inner: str) -> bool:
    """Whether a bracket ``inner`` of the target names the source mention ``s``
    (in source ``text``): the same words (case, quotes and spacing aside), or an
    acronym of the initials of the mention or of the mention with the capitalised
    words that follow it (``Intergovernmental Panel`` on Climate Change: IPCC),
    written in Latin or in Thai letter names (``National Transportation Safety
    Board`` / เอ็นทีเอสบี)."""
    name = _str(s.get("text")) or ""
    if _fold_name(inner) == _fold_name(name):
        return True
    if THAI_RE.search(inner):  # the acronym in Thai letter names: (เอ็นทีเอสบี)
        from ..entities.thai_search import spell_acronym

        cont = _CONTINUATION_RE.match(text, int(s["end_char"]))
        longer = name + (cont.group(0) if cont else "")
        return any(inner in spell_acronym(a) for n in {name, longer}
                   for a in _initials(n) if 2 <= len(a) <= 6)
    letters = inner.replace(".", "").replace(" ", "")
    if not (_ACRONYM_RE.fullmatch(letters) and sum(c.isupper() for c in letters) >= 2):
        return False
    letters = letters.upper()
    if letters == name.replace(".", "").upper():
        return True
    own = _OWN_BRACKET_RE.match(text, int(s["end_char"]))
    if own is not None and own.group(1).replace(".", "").upper() == letters:
        return True  # the source defines it: National Elections Jury (JNE)
    cont = _CONTINUATION_RE.match(text, int(s["end_char"]))
    longer = name + (cont.group(0) if cont else "")
    return any(letters in _initials(n) for n in {name, longer})


def _own_acronym(text: str, s: dict[str, Any], src: list[dict[str, Any]],
                 partner: Callable[[int], tuple[dict[str, Any], float] | None]
                 ) -> tuple[dict[str, Any], float] | None:
    """The partner (and score) of the acronym the source writes in brackets right
    after the unpaired source mention ``s`` (``PTT Exploration and Production
    (PTTEP)``, ``Bank of England (BoE)``) when that acronym is a source mention that
    has one (``partner`` of its position in ``src``) and abbreviates the name (its
    initials or a stock ticker): the source wrote one name twice, a translation
    writes it once."""
    from ..entities.tickers import is_ticker

    own = _OWN_BRACKET_RE.match(text, int(s["end_char"]))
    if own is None:
        return None
    name = _str(s.get("text")) or ""
    acronym = own.group(1).replace(".", "")
    if acronym.upper() not in _initials(name) and not is_ticker(acronym, name):
        return None
    at = own.start(1)
    return next((hit for k, o in enumerate(src) if int(o["start_char"]) == at
                 and (hit := partner(k)) is not None), None)


def _fold_name(text: str) -> str:
    text = re.sub(r"['’]s?$|^the\s+", "", text.strip(), flags=re.IGNORECASE)
    return re.sub(r"\s+", " ", text).casefold()


def _initials(name: str) -> set[str]:
    """Acronyms a name may have: the initials of its words with and without the
    small words (``Bank of England``: BOE, BE); a word in capitals gives all its
    letters (``US Geological Survey``: USGS)."""
    words = re.findall(r"[A-Za-z][A-Za-z'’]*|&", name)
    out = set()
    for keep_small in (True, False):
        letters = []
        for w in words:
            if w.casefold() in _STOP_INITIALS and not keep_small:
                continue
            letters.append(w if w.isupper() and len(w) <= 4 else w[0])
        out.add("".join(letters).upper())
    return out
