"""A target number that its own sentence bead can claim: a moved passage's number that
lands beside a missing source number of the same kind and size is that sentence's
changed value, not evidence of a move (:mod:`massmob_nlp.comparison.passage_moves`);
neither is a number of a passage already reported omitted, nor of the headline."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any, NamedTuple

import pandas as pd

from .context import _Context, per_comparison

CHANGED_RATIO = 10.0
"""Most ratio between a changed value and the source value it stands for (``0.2`` /
``0.3``, ``87`` / ``78``, ``1,850`` / ``1,580``): a translator's slip or rounding keeps a
figure's size, so a target number ten times larger or smaller is another figure."""


def _claimed(ctx: _Context, numbers: pd.DataFrame, offset: int, kind: str,
             value: float | None = None, dropped: Sequence[tuple[int, int]] = ()) -> bool:
    """Whether the target number at ``offset`` (of ``value``, when known) sits in a
    sentence bead whose source holds a missing number of the same ``kind`` (and of a
    size within :data:`CHANGED_RATIO` of it): there it is that sentence's changed value
    (``0.2 percentage points`` / ``0.3 จุดเปอร์เซ็นต์``), not the number of a dropped
    sentence far away (``the economy shrank 0.3%``) moved in. A sentence moved into a
    paragraph whose own sentence the translator dropped brings numbers of another size
    (``2.4 million`` beside a dropped ``15 buses``): those are no changed values. Nor
    is a missing number of a source passage already reported omitted (``dropped``:
    source spans): the aligner put a dropped sentence (``killed 519 people``) with a
    kept one whose translation the moved sentence ran into (``รถราว 600 คัน``), and
    a sentence that is not there has no figure the translation could change."""
    bead = _bead_at(ctx, offset)
    if bead is None:
        return False
    values = per_comparison(ctx, "missing_values", numbers, _missing_values).get((kind, bead), [])
    return any(value is None or pd.isna(v) or _near(float(v), value) for v, at in values
               if not any(a <= at < b for a, b in dropped))


def _bead_at(ctx: _Context, offset: int) -> int | None:
    """The sentence bead of the (first) target sentence holding ``offset``, if any."""
    spans = per_comparison(ctx, "tgt_sentence_spans", ctx.tgt.sentences, lambda s: [
        (a, b, sid) for a, b, sid in zip(s["start_char"], s["end_char"], s["sent_id"])
        if not pd.isna(a) and not pd.isna(b)])
    sid = next((sid for a, b, sid in spans if a <= offset < b), None)
    return None if sid is None else ctx.t_sent.get(int(sid))


def _missing_values(numbers: pd.DataFrame) -> dict[tuple[str, int], list[tuple[Any, int]]]:
    """(``src_value``, ``src_start_char``; -1: none) of the ``missing`` number rows by
    (kind, sentence bead)."""
    out: dict[tuple[str, int], list[tuple[Any, int]]] = {}
    values = numbers["src_value"] if "src_value" in numbers else [None] * len(numbers)
    for status, kind, bead, v, at in zip(numbers["status"].astype(str),
                                         numbers["kind"].astype(str), numbers["bead_id"],
                                         values, numbers["src_start_char"]):
        if status == "missing" and not pd.isna(bead):
            out.setdefault((kind, int(bead)), []).append((v, -1 if pd.isna(at) else int(at)))
    return out


class NumberRow(NamedTuple):
    """What :func:`~.passage_moves._numbers_moved` reads of a number row."""

    at: Any
    """``src_start_char`` (-1: none)."""
    moved: bool
    """Whether its note says it was joined in another part of the article."""
    tgt_start: Any
    kind: str
    tgt_value: Any
    status: str
    key: Any
    src_value: Any
    key_str: str
    """``key`` as ``astype(str)`` writes it (a missing key too)."""
    src_start: Any
    src_para: Any
    tgt_para: Any


class NumberRows(NamedTuple):
    """A comparison's number rows as :func:`~.passage_moves._numbers_moved` reads them:
    every row, the ``added`` rows' (key, tgt_start_char, tgt_value), the first added
    offset of each key, and the ``mismatch`` rows' (tgt_value, tgt_start_char)."""

    rows: list[NumberRow]
    added: list[tuple[Any, Any, Any]]
    by_key: dict[str, int]
    mismatch: list[tuple[Any, Any]]


def number_rows(numbers: pd.DataFrame, moved_note: str) -> NumberRows:
    """:class:`NumberRows` of ``numbers`` (``moved_note``: the note of a moved number)."""
    status = numbers["status"].astype(str).tolist()
    moved = numbers["note"].fillna("").astype(str).str.contains(moved_note).tolist()
    def column(name: str) -> Any:
        return numbers[name] if name in numbers else [None] * len(numbers)

    rows = [NumberRow(*x) for x in zip(
        numbers["src_start_char"].fillna(-1), moved, numbers["tgt_start_char"],
        numbers["kind"].astype(str), numbers["tgt_value"], status, numbers["key"],
        numbers["src_value"], numbers["key"].astype(str).tolist(),
        numbers["src_start_char"], column("src_para_id"), column("tgt_para_id"))]
    added = [(r.key, r.tgt_start, r.tgt_value) for r in rows if r.status == "added"]
    by_key: dict[str, int] = {}
    for key, o, _ in added:
        if not pd.isna(key) and not pd.isna(o):
            by_key.setdefault(str(key), int(o))
    mismatch = [(r.tgt_value, r.tgt_start) for r in rows if r.status == "mismatch"]
    return NumberRows(rows, added, by_key, mismatch)


def _near(a: float, b: float) -> bool:
    """Whether ``a`` and ``b`` are within :data:`CHANGED_RATIO` of each other."""
    if a <= 0 or b <= 0:
        return True  # a zero or a fall: no size to compare
    return max(a, b) / min(a, b) <= CHANGED_RATIO


def _headline_span(ctx: _Context) -> tuple[int, int] | None:
    """(start_char, end_char) of the source's headline (the first title-like paragraph
    of the text, :func:`~massmob_nlp.alignment.headlines.headline_of`), if any. A
    headline is moved by its numbers only when they landed in an added target passage
    (the Thai headline set lower down): a headline's figures are the story's, said
    again in the body (``Buriram crush BG Pathum 4-2``), and the join may place the
    ``4-2`` of a dropped headline on a translated Thai results line."""
    def build(p: pd.DataFrame) -> tuple[int, int] | None:
        from ..alignment.headlines import headline_of

        body = [(int(a), int(b), str(t)) for a, b, t, junk in zip(
            p["start_char"], p["end_char"], p["text"], p["is_boilerplate"].astype(bool))
            if not junk]
        k = headline_of([t for _, _, t in body])
        return None if k is None else body[k][:2]

    return per_comparison(ctx, "source_headline", ctx.src.paragraphs, build)


def _omitted_spans(passages: pd.DataFrame) -> list[tuple[int, int]]:
    """(start_char, end_char) of the source passages ``passages`` reports omitted."""
    return [(int(a), int(b)) for k, side, level, a, b in zip(
        passages["kind"].astype(str), passages["side"].astype(str),
        passages["level"].astype(str), passages["start_char"], passages["end_char"])
        if k == "omitted" and side == "src" and level != "span" and not pd.isna(a)]


def _spare_keys(ctx: _Context, keys: list[str]) -> set[str]:
    """The number ``keys`` of one source sentence that the target writes more often
    than the other source sentences do (the copies left over for this sentence)."""
    anywhere = _target_numbers(ctx)[1]
    if not set(keys) & anywhere:
        return set()
    src, tgt = _doc_key_counts(ctx)
    own = Counter(keys)
    return {k for k, n in own.items() if tgt[k] > src[k] - n}


def _doc_key_counts(ctx: _Context) -> tuple[Counter[str], Counter[str]]:
    """The (not vague) source number keys of every sentence and the target's number
    keys, counted (read once per comparison)."""
    def build(tn: pd.DataFrame) -> tuple[Counter[str], Counter[str]]:
        src = Counter(str(k) for found in _sentence_numbers(ctx).values()
                      for k, _, _ in found if not pd.isna(k))
        return src, Counter(str(k) for k in tn["key"].dropna())

    return per_comparison(ctx, "doc_key_counts", ctx.tgt.numbers, build)


SentenceNumber = tuple[Any, Any, Any]
"""A number mention's ``key``, ``text`` and ``value`` (as the numbers table holds them)."""


def _sentence_numbers(ctx: _Context) -> dict[int, list[SentenceNumber]]:
    """The not vague numbers of each source sentence (by ``sent_id``, in table order),
    read once per comparison: the checks above ask for sentence after sentence."""
    def build(sn: pd.DataFrame) -> dict[int, list[SentenceNumber]]:
        out: dict[int, list[SentenceNumber]] = {}
        for sid, vague, key, text, value in zip(
                sn["sent_id"], sn["vague"].fillna(False).astype(bool), sn["key"],
                sn["text"], sn["value"]):
            if not pd.isna(sid) and not vague:
                out.setdefault(int(sid), []).append((key, text, value))
        return out

    return per_comparison(ctx, "src_sentence_numbers", ctx.src.numbers, build)


def _target_numbers(ctx: _Context) -> tuple[dict[int, set[str]], set[str], set[float]]:
    """The target's number keys by ``para_id``, all its keys and all its values (read
    once per comparison)."""
    def build(tn: pd.DataFrame) -> tuple[dict[int, set[str]], set[str], set[float]]:
        by_para: dict[int, set[str]] = {}
        for pid, key in zip(tn["para_id"], tn["key"]):
            if not pd.isna(pid) and not pd.isna(key):
                by_para.setdefault(int(pid), set()).add(str(key))
        return (by_para, {str(k) for k in tn["key"].dropna()},
                {float(v) for v in tn["value"].dropna()})

    return per_comparison(ctx, "tgt_numbers", ctx.tgt.numbers, build)


def _same_kinds(src: set[str], tgt: set[str]) -> set[str]:
    """The kinds of number keys (``cardinal`` of ``cardinal:4500``) when ``src`` and
    ``tgt`` hold as many numbers of each kind (a moved sentence whose number the
    translation also changed: ``more than 4,500 animals`` / ``กว่า 5,400 ตัว``), else
    an empty set (a stretch with other numbers is another sentence)."""
    def kinds(keys: set[str]) -> list[str]:
        return sorted(k.split(":")[0] for k in keys)

    return set(kinds(src)) if src and kinds(src) == kinds(tgt) else set()


LEFT_FIGURES = 2
"""Fewest free figures of a source candidate absent from a target candidate that holds
some of them for the pair to be refused, when they are also more than the figures it
holds (:func:`_figures_left`, :mod:`.passage_meaning`)."""


def _figures_left(s_keys: set[str], t_keys: set[str]) -> bool:
    """Whether a source candidate whose free number keys are ``s_keys`` had only a part
    moved into a target candidate holding ``t_keys`` (all its keys): some of them are
    there, but at least :data:`LEFT_FIGURES` are absent, and more than are there. A
    translator moves a sentence with its figures; one that kept a clause of it
    (``including the 28-storey tower and a 2,300-space car park``, run into another
    paragraph) and dropped the rest (``Around 12,000 workers and 1,700 machines are on
    site ... in three shifts``) did not move the sentence: it is omitted, its lost
    figures with it. A target holding none of them is left to the cosine (a moved
    sentence whose figures the translation changed). Figures are compared by value,
    not kind (``the 43rd ranking`` / ``อันดับ 43`` read as a count).

    Examples:
        >>> _figures_left({"cardinal:12000", "cardinal:1700", "cardinal:3",
        ...                "cardinal:28", "cardinal:2300"}, {"cardinal:28", "cardinal:2300"})
        True
        >>> _figures_left({"cardinal:12000", "cardinal:28"}, {"cardinal:28"})
        False
    """
    def values(keys: set[str]) -> set[str]:
        return {k.split(":", 1)[-1] for k in keys}

    s_vals, t_vals = values(s_keys), values(t_keys)
    left, there = len(s_vals - t_vals), len(s_vals & t_vals)
    return there > 0 and left >= LEFT_FIGURES and left > there


KICKER_WORDS = 3
"""Most words of a section kicker (``Politics``, ``Central banks``)."""
KICKER_THAI_CHARS = 15
"""Most characters of a Thai section kicker (one word: ``เศรษฐกิจ``, ``สุขภาพ``)."""


def is_kicker(text: str) -> bool:
    """Whether a paragraph is a section kicker or label: at most :data:`KICKER_WORDS`
    words (Thai: one word of at most :data:`KICKER_THAI_CHARS` characters), no digit and
    no punctuation. A dropped sentence is never that short, so such a paragraph left
    without a partner is no omitted or added passage.

    Examples:
        >>> is_kicker("Central banks"), is_kicker("สุขภาพ"), is_kicker("Travel")
        (True, True, True)
        >>> is_kicker("Two died."), is_kicker("Rates up 2%"), is_kicker("ฝนตกหนักทั่วภาคเหนือ วันนี้")
        (False, False, False)
    """
    text = text.strip()
    if not text or any(c.isdigit() or c in ".,;:!?\"“”()" for c in text):
        return False
    if any("\u0e00" <= c <= "\u0e7f" for c in text):
        return " " not in text and len(text) <= KICKER_THAI_CHARS
    return len(text.split()) <= KICKER_WORDS
