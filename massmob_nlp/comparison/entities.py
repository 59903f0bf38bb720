"""Named-entity mentions of both sides paired inside aligned beads."""

from __future__ import annotations

import math
import re
from typing import Any

import pandas as pd

from .. import tables
from ..entities.page_labels import label_paragraphs
from ..entities.world import core_names, unglued_bank, world_ids
from .context import _Context, _mentions, _nearness, _pair, _str
from .entity_brackets import _acronym_pairs, _own_acronym, _parenthesized
from .entity_laws import _changed_laws, _numbered_law
from .entity_leftovers import (
    _abbreviates_named,
    _abbreviates_unlabelled,
    _bracketed_with_paired,
    _common_noun,
    _country_of_body,
    _given_name_of,
    _in_labels,
    _loanword,
    _named_elsewhere,
    _named_in_source_text,
    _nickname,
    _paired_elsewhere,
    _repeated,
    _time_zone,
    _translated_in_source,
    _unit_word,
)
from .entity_renderings import _found_by_rendering
from .entity_scores import _entity_scores
from .entity_search import (
    _bead_windows,
    _covered,
    _search_beads,
    _search_latin,
    _search_tickers,
    _Stretches,
)
from .entity_source_checks import (
    _common_word_model,
    _home_country,
    _in_dateline,
    _lower_case_model,
    _lower_words,
)

NAMED = frozenset({"PERSON", "ORG", "LOC", "FAC", "LAW", "NORP", "EVENT"})
"""Entity labels compared (numeric labels are compared as numbers)."""
_LOWER_HEAD_RE = re.compile(r"^(?:[a-z]+[\s\-]+)+(?=[A-Z])")
CHECKED_LABELS = frozenset({"PERSON", "LAW"})
CHECKED_SOURCES = frozenset({"gazetteer", "rule"})
"""Entity mentions whose absence on the other side is a problem (people and legal
documents found by the gazetteer or rules); other missing/added mentions are hints:
organisation and place names legitimately vary (the Thai "Party committee" for "City
Party Committee"), and model mentions vary with recall."""


def _named_table(analysis: Any) -> pd.DataFrame:
    """The entity table of ``analysis`` as far as the comparison reads it (its rows of
    :data:`NAMED` labels): the table itself when the analysis holds it already, else
    those rows alone, not kept on the analysis (the Thai model asked for those labels
    only: :func:`~massmob_nlp.entities.table.entities_of`), so the analysis'
    ``entities`` asked later is the whole table."""
    if "entities" in getattr(analysis, "__dict__", {}):
        return analysis.entities
    from ..entities.table import entities_of

    return entities_of([analysis], labels=NAMED)


def _compare_entities(ctx: _Context) -> pd.DataFrame:
    """Named-entity mentions of both sides paired inside aligned beads. A ``missing`` or
    ``added`` mention is a problem only when it is linked (``entity_id``: gazetteer or
    rule), since an unlinked model mention may just be a recognizer miss. A target
    mention left over is looked for in the source text (:func:`_found_in_source`);
    a model mention made only of common words (สนามบิน, ภาคใต้), or a source one
    without a capital letter (:func:`_lower_case_model`), is not reported. A source
    name and a target name still unpaired that match are paired however far apart
    (the translation moved the name to another sentence); a Thai name before the
    English acronym or name in brackets is paired by it (:func:`_parenthesized`).
    A target mention left over is not reported when it names a time zone
    (:func:`_time_zone`), a place the source names elsewhere
    (:func:`_named_elsewhere`), a country written after a body's Thai name
    (:func:`_country_of_body`), a unit (:func:`_unit_word`), an English word in lower
    case (:func:`_loanword`) or a name another Thai mention renders
    (:func:`_repeated`); nor is a source mention that is one common word starting a
    sentence (:func:`_common_word_model`). A mention left over in a menu or a one-word
    heading (:func:`_in_labels`) is not reported on either side."""
    lower = _lower_words(ctx.src.text)
    src = [m for m in _mentions(ctx.src.entities, ctx, "src") if _str(m["label"]) in NAMED
           and not _lower_case_model(m) and not _common_word_model(m, ctx.src.text, lower)]
    tgt = [m for m in _mentions(_named_table(ctx.tgt), ctx, "tgt") if _str(m["label"]) in NAMED]
    scores = _entity_scores(src, tgt)
    taken: dict[int, int] = {}
    same = lambda s, t: (s["row"], t["row"]) in scores
    rank = lambda s, t: -scores[(s["row"], t["row"])]
    for k, s in enumerate(src):
        s["row"] = k
    for k, t in enumerate(tgt):
        t["row"] = k
    for near in _nearness():
        _pair(src, tgt, same, near, rank, taken)
    found = _found_in_text(ctx, [s for i, s in enumerate(src) if i not in taken],
                           [(tgt[j]["start_char"], tgt[j]["end_char"]) for j in taken.values()],
                           _nested(ctx.src.text, src, tgt, taken))
    found.update(_found_by_rendering(ctx, src, tgt, taken, found))
    spans = [(f["bead"], f["start_char"], f["end_char"]) for f in found.values()]
    spans += _parenthesized(ctx, src, tgt, taken, found, scores)
    def far(s: dict[str, Any], t: dict[str, Any]) -> bool:
        return id(s) not in found and not _covered(t, spans) and \
            (s["row"], t["row"]) in scores

    _pair(src, tgt, far, lambda s, t: True, rank, taken)  # a name moved further away
    _acronym_pairs(src, tgt, taken, found, spans, scores)
    got = set(taken.values())
    left = [t for j, t in enumerate(tgt) if j not in got and not _covered(t, spans)]
    back = _found_in_source(ctx, left, [s for i, s in enumerate(src) if i in taken
                                        or id(s) in found],
                            [s for i, s in enumerate(src) if i not in taken
                             and id(s) not in found])
    by_t = {id(t): t for t in left}
    by_src = {id(s): (by_t[k], score) for k, (s, score) in back.items() if "row" in s}
    rows = []
    src_labels = label_paragraphs(ctx.src.paragraphs)

    def partner_of(k: int) -> tuple[dict[str, Any], float] | None:
        if k in taken:
            return tgt[taken[k]], scores[(k, taken[k])]
        hit = found.get(id(src[k]))
        return (hit, hit["score"]) if hit is not None else None

    home = _home_country(ctx)
    for i, s in enumerate(src):
        partner = tgt[taken[i]] if i in taken else found.get(id(s))
        score = scores[(i, taken[i])] if i in taken else \
            partner["score"] if partner is not None else math.nan
        if partner is None and id(s) in by_src:
            partner, score = by_src[id(s)]
        if partner is None and (own := _own_acronym(ctx.src.text, s, src, partner_of)):
            partner, score = own  # PTT Exploration and Production (PTTEP) / PTTEP
        if partner is None and _in_dateline(ctx.src.text, s):
            continue  # GENEVA, Feb 17 (Reuters) -: furniture the translation drops
        if partner is None and _in_labels(s, src_labels):
            continue  # World   U.S.   Politics: a menu or heading, no name
        if partner is None and home and world_ids(_str(s.get("text")) or "") & home:
            continue  # southern Thailand / ภาคใต้: the translation's own country
        rows.append(_entity_row(s, partner, "matched" if partner is not None else "missing",
                                score))
    named = _source_places(ctx)
    tgt_labels = label_paragraphs(ctx.tgt.paragraphs)
    for t in left:
        hit, score = back.get(id(t), (None, math.nan))
        if hit is None and _numbered_law(t):  # found by its number or code only
            if not _paired_elsewhere(t, tgt, got, spans):
                rows.append(_entity_row(None, t, "added", math.nan))
        elif hit is None:
            if not _in_labels(t, tgt_labels) and not _common_noun(t) and \
                    not _time_zone(ctx.tgt.text, t) and \
                    not _named_elsewhere(t, named) and not _unit_word(ctx.tgt.text, t) \
                    and not _named_in_source_text(ctx, t) \
                    and not _bracketed_with_paired(ctx.tgt.text, t, tgt, got) \
                    and not _country_of_body(ctx.tgt.text, t) \
                    and not _loanword(ctx, t) and not _repeated(ctx, t) and \
                    not _paired_elsewhere(t, tgt, got, spans) and \
                    not _abbreviates_named(t, tgt, ctx.tgt.text) and \
                    not _abbreviates_unlabelled(ctx, t) and \
                    not _nickname(ctx.tgt.text, t) and \
                    not _given_name_of(t, tgt) and \
                    not _translated_in_source(ctx, t):
                rows.append(_entity_row(None, t, "added", math.nan))
        elif "row" not in hit:  # an English stretch the recognizer did not label
            rows.append(_entity_row(hit, t, "matched", score))
    _changed_laws(rows)
    rows.sort(key=lambda r: (r["bead_id"], r["src_start_char"] if r["src_start_char"]
                             is not None else 1 << 30, r["tgt_start_char"] or 0))
    return tables.make_frame("cmp_entities", rows)


_OWNER_GAP_RE = re.compile(r"['’]s?\s+")
_OWNED_GAP_RE = re.compile(r"\s+(?:of|for|at|in)\s+(?:the\s+)?")


def _nested(text: str, src: list[dict[str, Any]], tgt: list[dict[str, Any]],
            taken: dict[int, int]) -> dict[int, list[tuple[int, int]]]:
    """For each unpaired source mention (by ``id()``), the target stretches paired
    with a source mention it owns or belongs to (``the Party Central Committee's
    Secretariat``, ``Secretariat of the Party Central Committee``): Thai writes the
    two as one name (สำนักเลขาธิการคณะกรรมการกลางพรรค), so the owner is looked for
    inside its partner's stretch too."""
    out: dict[int, list[tuple[int, int]]] = {}
    for i, s in enumerate(src):
        if i in taken:
            continue
        for k, j in taken.items():
            p = src[k]
            a, b = int(s["end_char"]), int(p["start_char"])
            c, d = int(p["end_char"]), int(s["start_char"])
            if (0 <= b - a <= 4 and _OWNER_GAP_RE.fullmatch(text, a, b)) or \
                    (0 <= d - c <= 12 and _OWNED_GAP_RE.fullmatch(text, c, d)):
                out.setdefault(id(s), []).append((tgt[j]["start_char"], tgt[j]["end_char"]))
    return out


def _found_in_text(ctx: _Context, src: list[dict[str, Any]], paired: list[tuple[int, int]],
                   nested: dict[int, list[tuple[int, int]]] | None = None, *,
                   levels: int = 4) -> dict[int, dict[str, Any]]:
    """Unpaired source names found in the target text of their bead (the sentence
    bead, then the paragraph bead), keyed by ``id()`` of the mention: a world-table
    name (``Germany`` / เยอรมนี), the Latin name itself (``LUISS`` left in Latin
    script), an acronym spelled in Thai letter names (``RHS`` / อาร์เอชเอส) or a Thai
    stretch that transliterates it (``Leeds`` / ลีดส์) even when the
    Thai recognizer missed it or merged it with a neighbour; failing that, the same for
    the name without the words a translation translates (``Potomac River`` → the
    โปโตแมค of แม่น้ำโปโตแมค), then (not for people) for each of its words
    (:func:`~massmob_nlp.entities.world.core_names`). Names written in lower case are
    not looked for (a lower-case head is dropped: ``pro-Beijing``, ``de Meza``). Each
    target stretch is given to one source mention, never one already ``paired``; every
    mention is looked for in its own sentence bead before any is looked for in a wider
    window (a name of the headline never takes the stretch of the next paragraph's).
    Last, a name that is not a person's is looked for in the whole target text, by
    its world-table names, its Latin form and its acronym spellings only (the
    translation moved it to another sentence: ศาลในกลาสโกว์ in the first sentence
    for ``The court in Glasgow heard`` further down). In the wider windows
    (paragraph bead, beads around) a name that is not a person's is looked for as a
    world-table name, in Latin or as an acronym only, never by sound or translation:
    a sound-alike stretch sentences away is chance (สิ้นไตร for the ``Central`` of
    ``Party Central Committee``, คาเนื้อสุ for ``Chinese``), while a person, whose
    absence may be a problem, is still looked for by sound. ``levels``: the windows
    looked in (1: the first only, as the name anchors of :mod:`.number_swaps` keep a
    stretch of the name's own sentence bead only)."""
    out: dict[int, dict[str, Any]] = {}
    taken = list(paired)
    if not src:
        return out
    stretches = _Stretches.of(ctx)
    everywhere = [int(i) for i in ctx.tgt.sentences["sent_id"]]
    todo = []
    for s in src:
        name = _str(s.get("text")) or ""
        name = _LOWER_HEAD_RE.sub("", name)  # pro-Beijing, south Sami
        if not name[:1].isupper() or _numbered_law(s):
            continue  # "nuns", "un-": a common word the English model labelled; a
            # numbered document is found by its number only (Decree 238 is no กฤษฎีกา 283)
        names = core_names(name, words=_str(s.get("label")) != "PERSON")
        windows = _bead_windows(ctx, s)
        windows += [[]] * (3 - len(windows)) + [everywhere]
        todo.append((s, name, names, windows[:levels]))
    for s, name, _, windows in todo:  # first, a name the bead writes in Latin as is
        if (hit := _search_latin(ctx.tgt.text, name, stretches(windows[0]), taken)):
            taken.append((hit["start_char"], hit["end_char"]))  # (PTT's own PTT, never
            out[id(s)] = {**hit, "bead": s["bead"]}  # the PTT of PTT Exploration ...)
    for level in range(min(3, levels)):  # then a company by its stock ticker (KBANK)
        for s, name, _, windows in todo:
            if id(s) not in out and windows[level] and _str(s.get("label")) != "PERSON" \
                    and (hit := _search_tickers(ctx.tgt.text, name,
                                                stretches(windows[level]), taken)):
                taken.append((hit["start_char"], hit["end_char"]))
                out[id(s)] = {**hit, "bead": s["bead"]}
    for level in range(levels):  # every mention's own bead first, then wider windows,
        for s, name, names, windows in todo:  # then (exact names only) the whole text
            if id(s) in out or not windows[level] or \
                    (level == 3 and _str(s.get("label")) == "PERSON"):
                continue
            inner = (nested or {}).get(id(s), [])
            free = [x for x in taken if x not in inner]
            sound = level == 0 or _str(s.get("label")) == "PERSON"
            hit = next((h for n in names[:1] if (h := _search_beads(
                ctx.tgt.text, n, stretches(windows[level]), free,
                exact=True)) is not None), None) if level == 3 else \
                next((h for n in names if (h := _search_beads(
                    ctx.tgt.text, n, stretches(windows[level]), free,
                    translate=n in (name, unglued_bank(name)),
                    exact=not sound)) is not None), None)
            if hit is not None:
                taken.append((hit["start_char"], hit["end_char"]))
                out[id(s)] = {**hit, "bead": s["bead"]}
    return out


def _source_places(ctx: _Context) -> frozenset[str]:
    """World-table ids of every named mention of the whole source document."""
    from ..entities.world import world_ids

    ents = ctx.src.entities
    if ents.empty:
        return frozenset()
    return frozenset().union(*(world_ids(str(x)) for x, label in zip(
        ents["text"], ents["label"]) if str(label) in NAMED))


def _found_in_source(ctx: _Context, left: list[dict[str, Any]], paired: list[dict[str, Any]],
                     unpaired: list[dict[str, Any]]
                     ) -> dict[int, tuple[dict[str, Any], float]]:
    """Target mentions still unpaired (``left``) found in the source text of their
    bead (:func:`~massmob_nlp.entities.latin_search.find_in_latin`: อูเบอร์ / ``Uber``
    that the English recognizer missed, นางสาวพุก / the ``Pugh`` of a missing ``Ms
    Pugh``), keyed by ``id()`` of the target mention: the ``unpaired`` source mention
    the stretch overlaps (paired with it), or the stretch itself as a mention of the
    target's label. A stretch overlapping a ``paired`` source mention is not given (a
    second Thai mention of one English name)."""
    from ..entities.latin_search import find_in_latin

    out: dict[int, tuple[dict[str, Any], float]] = {}
    if not left:
        return out
    text = ctx.src.text
    sents = ctx.src.sentences
    bounds = {int(i): (int(a), int(b)) for i, a, b in zip(
        sents["sent_id"], sents["start_char"], sents["end_char"])}
    taken = [(s["start_char"], s["end_char"]) for s in paired]
    free = {id(s): s for s in unpaired}
    for t in left:
        if _numbered_law(t):
            continue
        spans = [bounds[i] for ids in _bead_windows(ctx, t, side="src") for i in ids
                 if i in bounds]
        hit = find_in_latin(_str(t.get("text")) or "", text, spans, exclude=taken)
        if hit is None:
            continue
        start, end, score = hit
        taken.append((start, end))
        owner = next((s for s in free.values() if s["start_char"] < end and
                      start < s["end_char"]), None)
        if owner is not None:
            del free[id(owner)]
            out[id(t)] = (owner, score)
        else:
            para = ctx.src.sentences  # the source paragraph of the stretch
            k = int((para["start_char"] <= start).sum()) - 1
            out[id(t)] = ({"text": text[start:end], "start_char": start, "end_char": end,
                           "bead": t["bead"], "label": t.get("label"),
                           "para_id": int(para["para_id"].iloc[max(k, 0)])}, score)
    return out


def _entity_row(s: dict[str, Any] | None, t: dict[str, Any] | None, status: str,
                score: float) -> dict[str, Any]:
    main = s if s is not None else t
    assert main is not None
    entity_id = _str(main.get("entity_id")) or _str((t or {}).get("entity_id"))
    checked = _str(main.get("label")) in CHECKED_LABELS and \
        _str(main.get("source")) in CHECKED_SOURCES
    note = "" if status == "matched" or checked else \
        "hint only: organisations, places and model mentions vary between translations"
    row = {"bead_id": main["bead"], "label": _str(main.get("label")), "status": status,
           "score": score, "note": note, "entity_id": entity_id, "checked": checked}
    for prefix, m in (("src", s), ("tgt", t)):
        m = m or {}
        row.update({f"{prefix}_text": m.get("text"), f"{prefix}_para_id": m.get("para_id"),
                    f"{prefix}_start_char": m.get("start_char"),
                    f"{prefix}_end_char": m.get("end_char")})
    return row
