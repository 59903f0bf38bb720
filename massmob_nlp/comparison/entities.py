"""Named-entity mentions of both sides paired inside aligned beads."""

from __future__ import annotations

import math
import re
from typing import Any

import pandas as pd

from .. import tables
from .._text import THAI_RE
from ..entities.page_labels import label_paragraphs
from ..entities.translated import is_generic
from ..entities.world import core_names, world_ids
from .context import NUMBER_WINDOW, _Context, _mentions, _nearness, _pair, _str

NAMED = frozenset({"PERSON", "ORG", "LOC", "FAC", "LAW", "NORP", "EVENT"})
"""Entity labels compared (numeric labels are compared as numbers)."""
_LOWER_HEAD_RE = re.compile(r"^(?:[a-z]+[\s\-]+)+(?=[A-Z])")
CHECKED_LABELS = frozenset({"PERSON", "LAW"})
CHECKED_SOURCES = frozenset({"gazetteer", "rule"})
"""Entity mentions whose absence on the other side is a problem (people and legal
documents found by the gazetteer or rules); other missing/added mentions are hints:
organisation and place names legitimately vary (the Thai "Party committee" for "City
Party Committee"), and model mentions vary with recall."""


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
    (:func:`_named_elsewhere`), a unit (:func:`_unit_word`), an English word in lower
    case (:func:`_loanword`) or a name another Thai mention renders
    (:func:`_repeated`); nor is a source mention that is one common word starting a
    sentence (:func:`_common_word_model`). A mention left over in a menu or a one-word
    heading (:func:`_in_labels`) is not reported on either side."""
    lower = _lower_words(ctx.src.text)
    src = [m for m in _mentions(ctx.src.entities, ctx, "src") if _str(m["label"]) in NAMED
           and not _lower_case_model(m) and not _common_word_model(m, ctx.src.text, lower)]
    tgt = [m for m in _mentions(ctx.tgt.entities, ctx, "tgt") if _str(m["label"]) in NAMED]
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
    home = _home_country(ctx)
    for i, s in enumerate(src):
        partner = tgt[taken[i]] if i in taken else found.get(id(s))
        score = scores[(i, taken[i])] if i in taken else \
            partner["score"] if partner is not None else math.nan
        if partner is None and id(s) in by_src:
            partner, score = by_src[id(s)]
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


RENDERING_SCORE = 0.9
"""Score of a source name found by a Thai rendering the same comparison already
paired (:func:`_found_by_rendering`)."""
RENDERING_MIN_WORD_SCORE = 0.7
"""Least :func:`~massmob_nlp.entities.sounds.sound_similarity` of a word of a paired
name and the Thai word in its place for the Thai word to render it..."""
RENDERING_ANY_WORD_SCORE = 0.9
"""...and of a word and a Thai word in another place (``William Lai`` / ไล่ ชิงเต๋อ)."""
_DEFINED_ACRONYM_RE = re.compile(r"\s*\(([A-Z][A-Za-z&]{1,7})\)")
_THAI_TRAILING_PAREN_RE = re.compile(r"\s*\([^()]*\)\s*$")
_POSSESSIVE_RE = re.compile(r"['’]s?$")


def _renderings(ctx: _Context, pairs: list[tuple[dict[str, Any], dict[str, Any]]]
                ) -> tuple[dict[str, set[str]], dict[int, tuple[int, int]]]:
    """Thai renderings of source names learnt from the pairs already made: each word
    of a paired name that transliterates a word of its Thai (``Lai Ching-te`` /
    ไล่ ชิงเต๋อ: ``Lai`` is ไล่; the Thai before a Latin copy in brackets counts,
    ไล่ ชิงเต๋อ (William Lai)), and the acronym the source defines right after a
    paired name (``National Bureau of Statistics (NBS)``: ``NBS`` is the Thai of the
    whole name), and the Thai name a translation writes before the acronym in
    brackets (คณะเสนาธิการร่วม (JCS)). Also, by source offset, the Thai span of the long name for the
    defining acronym itself when the translation drops the bracket (a Thai bracket
    after the name is paired by :func:`_parenthesized`)."""
    from ..entities.similarity import _TITLE_RE
    from ..entities.sounds import sound_similarity

    out: dict[str, set[str]] = {}
    defined: dict[int, tuple[int, int]] = {}
    tgt_text = ctx.tgt.text
    for s, t in pairs:
        latin = _str(s.get("text")) or ""
        thai = _str(t.get("text")) or ""
        if not THAI_RE.search(thai) and tgt_text[:int(t["start_char"])].rstrip().endswith("("):
            thai = " ".join(tgt_text[:int(t["start_char"])].rstrip()[:-1].split()[-3:])
        thai = _THAI_TRAILING_PAREN_RE.sub("", _TITLE_RE.sub("", thai)).strip()
        if not THAI_RE.search(thai) or not latin:
            continue
        m = _DEFINED_ACRONYM_RE.match(ctx.src.text, int(s["end_char"]))
        if m and len(latin.split()) >= 2 and THAI_RE.search(_str(t.get("text")) or ""):
            out.setdefault(m.group(1), set()).add(thai)
            if not tgt_text[int(t["end_char"]):].lstrip().startswith("("):
                defined[m.start(1)] = (int(t["start_char"]), int(t["end_char"]))
        words, parts = latin.split(), [p for p in thai.split() if THAI_RE.search(p)]
        if len(words) < 2:
            continue
        for k, word in enumerate(words):
            if not word[:1].isupper():
                continue
            scores = [(sound_similarity(word, part), j == k and len(words) == len(parts),
                       part) for j, part in enumerate(parts)]
            for score, placed, part in scores:
                if score >= RENDERING_ANY_WORD_SCORE or \
                        (placed and score >= RENDERING_MIN_WORD_SCORE):
                    out.setdefault(word, set()).add(part)
    for m in _THAI_DEFINED_ACRONYM_RE.finditer(tgt_text):
        out.setdefault(m.group(2), set()).add(m.group(1))  # คณะเสนาธิการร่วม (JCS)
    return out, defined


_THAI_DEFINED_ACRONYM_RE = re.compile(r"([\u0e01-\u0e4e]{4,})\s*\(([A-Z][A-Za-z&]{1,7})\)")
"""A Thai name that the translation defines by the English acronym in brackets."""


def _found_by_rendering(ctx: _Context, src: list[dict[str, Any]], tgt: list[dict[str, Any]],
                        taken: dict[int, int], found: dict[int, dict[str, Any]]
                        ) -> dict[int, dict[str, Any]]:
    """Unpaired source names found in the target text of their bead (then wider
    windows) by a Thai rendering the comparison already paired elsewhere
    (:func:`_renderings`): the surname a story repeats alone (``Lai``, ``Hou``,
    ``Choi``) after the full name, too short to look for by sound (one consonant)
    and often glued to the next Thai word (ไล่ชนะ), and an acronym for the name it
    abbreviates (``NBS`` / สำนักงานสถิติแห่งชาติ, or its start cut short by ``ฯ``:
    สำนักงานฯ). The rendering must stand between word edges (โหว is not the start
    of โหวต). An acronym defined in brackets right after its paired name is paired
    with that name's Thai."""
    pairs = [(src[i], tgt[j]) for i, j in taken.items()]
    pairs += [(s, found[id(s)]) for s in src if id(s) in found]
    known, defined = _renderings(ctx, pairs)
    out: dict[int, dict[str, Any]] = {}
    if not known:
        return out
    used = [(int(tgt[j]["start_char"]), int(tgt[j]["end_char"])) for j in taken.values()]
    used += [(int(f["start_char"]), int(f["end_char"])) for f in found.values()]
    stretches = _Stretches(ctx)
    text = ctx.tgt.text
    for k, s in enumerate(src):
        name = _POSSESSIVE_RE.sub("", _str(s.get("text")) or "")
        if k in taken or id(s) in found or name not in known or _numbered_law(s):
            continue
        hit = None
        if int(s["start_char"]) in defined:
            hit = _hit(text, defined[int(s["start_char"])], RENDERING_SCORE, None, -1)
        for window in [] if hit is not None else _bead_windows(ctx, s):
            for a, b, para, edges in stretches(window):
                got = _rendering_span(text, a, b, set(edges), known[name], used)
                if got is not None:
                    hit = _hit(text, got, RENDERING_SCORE, None, para)
                    break
            if hit is not None:
                break
        if hit is not None:
            used.append((hit["start_char"], hit["end_char"]))
            out[id(s)] = {**hit, "bead": s["bead"]}
    return out


def _rendering_span(text: str, a: int, b: int, cuts: set[int], renderings: set[str],
                    used: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The first free stretch of ``text[a:b]`` between word edges ``cuts`` that is one
    of the Thai ``renderings``, or the start of one cut short by ``ฯ``."""
    for thai in sorted(renderings, key=len, reverse=True):
        at = text.find(thai, a, b)
        while at >= 0:
            if at in cuts and at + len(thai) in cuts and _free(used, at, at + len(thai)):
                return at, at + len(thai)
            at = text.find(thai, at + 1, b)
    for end in (i for i in range(a, b) if text[i] == "ฯ"):
        for start in sorted(c for c in cuts if a <= c <= end - CUT_SHORT_MIN_CHARS):
            stem = text[start:end]
            if any(r.startswith(stem) and len(r) > len(stem) for r in renderings) and \
                    _free(used, start, end + 1):
                return start, end + 1
    return None


CUT_SHORT_MIN_CHARS = 3
"""Least letters of a Thai name cut short by ``ฯ`` (สำนักงานฯ)."""


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
                   nested: dict[int, list[tuple[int, int]]] | None = None
                   ) -> dict[int, dict[str, Any]]:
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
    for ``The court in Glasgow heard`` further down)."""
    out: dict[int, dict[str, Any]] = {}
    taken = list(paired)
    if not src:
        return out
    stretches = _Stretches(ctx)
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
        todo.append((s, name, names, windows))
    for level in range(4):  # every mention's own bead first, then wider windows,
        for s, name, names, windows in todo:  # then (exact names only) the whole text
            if id(s) in out or not windows[level] or \
                    (level == 3 and _str(s.get("label")) == "PERSON"):
                continue
            inner = (nested or {}).get(id(s), [])
            free = [x for x in taken if x not in inner]
            hit = next((h for n in names[:1] if (h := _search_beads(
                ctx.tgt.text, n, stretches(windows[level]), free,
                exact=True)) is not None), None) if level == 3 else \
                next((h for n in names if (h := _search_beads(
                    ctx.tgt.text, n, stretches(windows[level]), free,
                    translate=n == name)) is not None), None)
            if hit is not None:
                taken.append((hit["start_char"], hit["end_char"]))
                out[id(s)] = {**hit, "bead": s["bead"]}
    return out


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


_TIME_ZONE_RE = re.compile("เวลา(?:ฤดูร้อน|ฤดูหนาว|มาตรฐาน|ออมแสง)?(?:ของ|ใน|แห่ง)?"
                           r"(?:ประเทศ)?\s?$")


_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATELINE_RE = re.compile(
    r"[\"'“‘]?[A-Z][A-Za-z.'’\- ]{1,30}(?:/[A-Z][A-Za-z.'’\- ]{1,30})*"
    r"(?:,\s*[A-Z][A-Za-z.'’\- ]{1,30})?"
    rf"(?:,\s*{_MONTH_ABBR}\s+\d{{1,2}}(?:,\s*\d{{4}})?)?\s*"
    r"\([A-Z][A-Za-z&.\- ]{1,30}\)\s*[-–—:]")
"""A wire-copy dateline opening a paragraph: the place (in capitals or not, several
joined by ``/``), a region, a date and the agency in brackets, then a dash
(``GENEVA, Feb 17 (Reuters) -``, ``NAIROBI, Kenya (AP) —``, ``Lima (AFP) -``)."""


def _in_dateline(text: str, s: dict[str, Any]) -> bool:
    """Whether a source mention lies in the dateline that opens its paragraph
    (:data:`_DATELINE_RE`): furniture a translation drops (a Thai portal cites the
    agency in a source line), so an unpaired one is not reported missing."""
    if pd.isna(s.get("start_char")) or pd.isna(s.get("end_char")):
        return False
    start, end = int(s["start_char"]), int(s["end_char"])
    line = text.rfind("\n", 0, start) + 1
    m = _DATELINE_RE.match(text, line)
    return m is not None and end <= m.end()


HOME_COUNTRIES = {"th": "Thailand"}
"""The country whose language a translation is in: its news leaves the country's name
out where the English writes it (``southern Thailand`` / ภาคใต้, ``Thailand floods``
/ น้ำท่วมใต้, ``Thai Meteorological Department`` / กรมอุตุนิยมวิทยา)."""


def _home_country(ctx: _Context) -> frozenset[str]:
    """World-table ids of the target language's own country (:data:`HOME_COUNTRIES`):
    a source mention of it left without a partner is not reported missing (Thai news
    leaves Thailand implied where the English names it)."""
    name = HOME_COUNTRIES.get(str(ctx.tgt.lang))
    return world_ids(name) if name else frozenset()


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


def _source_places(ctx: _Context) -> frozenset[str]:
    """World-table ids of every named mention of the whole source document."""
    from ..entities.world import world_ids

    ents = ctx.src.entities
    if ents.empty:
        return frozenset()
    return frozenset().union(*(world_ids(str(x)) for x, label in zip(
        ents["text"], ents["label"]) if str(label) in NAMED))


def _named_elsewhere(t: dict[str, Any], named: frozenset[str]) -> bool:
    """Whether a target mention left over names a country or city of the world table
    that the source names somewhere in the article: a translator adds the country a
    sentence is about (รัฐมนตรีคลังอังกฤษ for ``The chancellor``, ประธานาธิบดีคนที่
    47 ของสหรัฐฯ for ``the 47th president``); not an added name."""
    from ..entities.world import world_ids

    return bool(world_ids(_str(t.get("text")) or "") & named)


def _lower_words(text: str) -> frozenset[str]:
    """Words the text writes in lower case."""
    return frozenset(re.findall(r"(?<![\w'’])[a-z][a-z\-]+", text))


_SENTENCE_START_RE = re.compile(r"(?:^|[.!?:]\s+|\n\s*)[\"'“‘(]?\s*$")


def _common_word_model(s: dict[str, Any], text: str, lower: frozenset[str]) -> bool:
    """Whether a source model mention is one capitalised word starting a sentence
    that the article also writes in lower case (``House`` prices ... house prices,
    ``Turnout`` was ... turnout) or, labelled a person and shaped as a common noun
    (:data:`_COMMON_SHAPE_RE`), writes nowhere else (``Turnout`` was about 74%: news
    names a person in full before the surname alone starts a sentence), an acronym in
    the plural, a period code (``Q3``) or starts with an abbreviation's end: a common
    word the English recognizer labelled."""
    name = _str(s.get("text")) or ""
    start = int(s["start_char"])
    if _str(s.get("source")) != "model":
        return False
    if _ABBREVIATION_PIECE_RE.match(name) or _PLURAL_ACRONYM_RE.fullmatch(name) or \
            _PERIOD_CODE_RE.fullmatch(name.strip()):
        return True
    if " " in name.strip() or not name[:1].isupper() or \
            _SENTENCE_START_RE.search(text, max(0, start - 4), start) is None:
        return False
    return name.casefold() in lower or (
        _str(s.get("label")) == "PERSON" and
        _COMMON_SHAPE_RE.fullmatch(name.strip()) is not None and
        len(re.findall(rf"(?<![\w'’]){re.escape(name.strip())}(?![\w'’])", text)) == 1)


_COMMON_SHAPE_RE = re.compile(r"[A-Z][a-z]+(?:out|off|over|ers|ors|ists|ents|ants|ians)")
"""A capitalised word shaped as an English common noun: a particle compound
(``Turnout``, ``Payout``, ``Takeover``) or an agent noun in the plural (``Voters``,
``Analysts``, ``Residents``)."""
_ABBREVIATION_PIECE_RE = re.compile(r"[a-z]{1,2}\.\s")
"""A model mention that starts with the end of an abbreviation (``m. About 180,000``
after ``£45m.``): the recognizer ran over a sentence end."""
_PERIOD_CODE_RE = re.compile(r"(?:Q[1-4]|H[12]|FY\s?'?\d{2,4})")
"""A quarter, half or fiscal year (``Q3``, ``H1``, ``FY2025``): a date the English
recognizer labelled, not a name."""
_PLURAL_ACRONYM_RE = re.compile(r"[A-Z]{2,5}s")
"""An acronym in the plural (``MPs``, ``SUVs``, ``GPs``): a common noun."""


_UNIT_RE = re.compile("(?:องศา)?(?:ฟาเรนไฮต์|เซลเซียส|เคลวิน)|ซีซี|แรงม้า|"
                      "(?:กิโล|เมกะ|กิกะ)วัตต์")


def _unit_word(text: str, t: dict[str, Any]) -> bool:
    """Whether a target mention lies inside a unit word (the Thai recognizer labels
    the เรนไฮต์ of องศาฟาเรนไฮต์, *degrees Fahrenheit*, and ซีซี, *cc* of an engine)."""
    a, b = int(t["start_char"]), int(t["end_char"])
    return any(m.start() <= a and b <= m.end()
               for m in _UNIT_RE.finditer(text, max(0, a - 12), b + 12))


LOANWORD_MIN_SCORE = 0.85
"""Least sound similarity of a Thai mention and an English word in lower case for the
mention to be that word borrowed (คริปโต for ``crypto``)."""


def _loanword(ctx: _Context, t: dict[str, Any]) -> bool:
    """Whether a target model mention left over transliterates a word the source
    sentences of its bead write in lower case (คริปโต / ``crypto``, เซสชัน /
    ``session``, แบรนด์ / ``brand``): an English common word borrowed by Thai, which
    the Thai recognizer labelled, not an added name."""
    from ..entities.latin_search import thai_core
    from ..entities.sounds import consonants, sound_key, sound_similarity
    from ..entities.thai_search import SEARCH_MIN_CONSONANTS

    if _str(t.get("source")) != "model" or _str(t.get("entity_id")) is not None:
        return False
    core = thai_core(_str(t.get("text")) or "")
    if not core or " " in core or consonants(sound_key(core)) < SEARCH_MIN_CONSONANTS:
        return False
    sents = ctx.src.sentences
    bounds = dict(zip(sents["sent_id"].astype(int), zip(sents["start_char"], sents["end_char"])))
    text = ctx.src.text
    for ids in _bead_windows(ctx, t, side="src")[:1]:
        for i in ids:
            if i not in bounds:
                continue
            a, b = bounds[i]
            for word in set(re.findall(r"(?<![\w'’])[a-z][a-z\-]{2,}", text[int(a):int(b)])):
                if sound_similarity(word, core, floor=LOANWORD_MIN_SCORE,
                                    thai_reading=False) >= \
                        LOANWORD_MIN_SCORE:
                    return True
    return False


def _lower_case_model(s: dict[str, Any]) -> bool:
    """Whether a source model mention has no capital letter (``nuns``, ``maths``,
    ``un-``): a common word the English recognizer labelled, never reported."""
    text = _str(s.get("text")) or ""
    return _str(s.get("source")) == "model" and not THAI_RE.search(text) and \
        not any(c.isupper() for c in text)


def _common_noun(t: dict[str, Any]) -> bool:
    """Whether an unlinked model mention is only common words
    (:func:`~massmob_nlp.entities.translated.is_generic`)."""
    return _str(t.get("source")) == "model" and _str(t.get("entity_id")) is None and \
        is_generic(_str(t.get("text")) or "")


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
    syllable, the given name (นายฮวี after นายเหงียน ดึ๊ก ฮวี), not an added name."""
    from ..entities.latin_search import thai_core

    if _str(t.get("label")) != "PERSON":
        return False
    core = thai_core(_str(t.get("text")) or "")
    if not core or " " in core or not THAI_RE.search(core):
        return False
    return any(u is not t and _str(u.get("label")) == "PERSON" and
               len(words := (_str(u.get("text")) or "").split()) >= 2 and words[-1] == core
               for u in tgt)


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
    sents = ctx.src.sentences
    bounds = {int(i): (int(x), int(y)) for i, x, y in zip(
        sents["sent_id"], sents["start_char"], sents["end_char"])}
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

    sents = ctx.src.sentences
    bounds = {int(i): (int(a), int(b)) for i, a, b in zip(
        sents["sent_id"], sents["start_char"], sents["end_char"])}
    windows = _bead_windows(ctx, t, side="src")
    spans = [bounds[i] for i in (windows[0] if windows else []) if i in bounds]
    return bool(spans) and find_in_latin(_str(t.get("text")) or "", ctx.src.text, spans) \
        is not None


def _bead_windows(ctx: _Context, s: dict[str, Any], *, side: str = "tgt") -> list[list[int]]:
    """Sentence ids of ``side`` searched for a mention of the other side: its
    sentence bead's, then those of its paragraph bead, then those of the
    ``NUMBER_WINDOW`` sentence beads either side (a sentence the aligner left
    unpaired)."""
    sent = ctx.sent
    col = f"{side}_ids"
    own = [int(i) for b, ids in zip(sent["bead_id"], sent[col]) if int(b) == s["bead"]
           for i in ids]
    wider = [int(i) for b, ids in zip(sent["bead_id"], sent[col])
             if s["pbead"] >= 0 and ctx.sent_para.get(int(b)) == s["pbead"] for i in ids]
    near = [int(i) for b, ids in zip(sent["bead_id"], sent[col])
            if 0 < abs(int(b) - s["bead"]) <= NUMBER_WINDOW for i in ids]
    seen = set(own)
    wider = [i for i in sorted(set(wider)) if i not in seen]
    seen |= set(wider)
    return [ids for ids in (own, wider, [i for i in sorted(set(near)) if i not in seen])
            if ids]


def _search_beads(text: str, name: str, stretches: list[tuple[int, int, int, list[int]]],
                  taken: list[tuple[int, int]], *, translate: bool = False,
                  exact: bool = False) -> dict[str, Any] | None:
    from ..entities.thai_search import find_in_thai, spell_acronym
    from ..entities.translated import find_translation
    from ..entities.world import countries_of, find_thai, find_variants, world_ids

    ids = world_ids(name)
    for a, b, para, edges in stretches:
        for start, end, entity_id in find_thai(text[a:b], ids,
                                               boundaries={e - a for e in edges}):
            if _free(taken, a + start, a + end):
                return _hit(text, (a + start, a + end), 1.0, entity_id, para)
        at = text.find(name, a, b) if len(name) > 1 else -1
        if at >= 0 and _free(taken, at, at + len(name)):
            return _hit(text, (at, at + len(name)), 1.0, None, para)
        for start, end, _ in find_variants(text[a:b], spell_acronym(name),
                                           boundaries={e - a for e in edges}):
            if _free(taken, a + start, a + end):
                return _hit(text, (a + start, a + end), 1.0, None, para)
        if exact:
            continue  # a world-table name, the Latin name, an acronym: no search
        found = find_translation(name, text, (a, b), edges, exclude=taken) \
            if translate else None
        if found is not None:
            return _hit(text, found[:2], found[2], None, para)
        found = find_in_thai(name, text, edges, exclude=taken)
        if found is not None and _free(taken, found[0], found[1]):
            return _hit(text, found[:2], found[2], None, para)
        for start, end, entity_id in find_thai(text[a:b], countries_of(ids),
                                               boundaries={e - a for e in edges}):
            if _free(taken, a + start, a + end):  # Seoul's ministry: กระทรวง...เกาหลีใต้
                return _hit(text, (a + start, a + end), CAPITAL_SCORE, entity_id, para)
    return None


CAPITAL_SCORE = 0.9
"""Score of a capital found as its country in the Thai of its bead
(:data:`~massmob_nlp.entities.world.CAPITAL_OF`): the translation named the
government by its country (not looked for in the whole text)."""


class _Stretches:
    """The target sentences and word edges of a comparison, indexed once: called with
    sentence ids, gives ``(start, end, para_id, word edges)`` of each run of
    consecutive sentences inside one paragraph (the Thai sentence splitter may cut at
    the space inside a name, การ์ธ | เจนนิงส์, so a run is searched whole)."""

    def __init__(self, ctx: _Context) -> None:
        sents = ctx.tgt.sentences
        self.sents = {int(i): (int(a), int(b), int(p)) for i, a, b, p in zip(
            sents["sent_id"], sents["start_char"], sents["end_char"], sents["para_id"])}
        tokens = ctx.tgt.tokens
        words = tokens[~tokens["is_space"].astype(bool)]
        self.edges: dict[int, set[int]] = {}
        for sid, a, b in zip(words["sent_id"], words["start_char"], words["end_char"]):
            if not pd.isna(sid):
                self.edges.setdefault(int(sid), set()).update((int(a), int(b)))

    def __call__(self, sent_ids: list[int]) -> list[tuple[int, int, int, list[int]]]:
        runs: list[list[Any]] = []
        for sid in sorted(i for i in sent_ids if i in self.sents):
            start, end, para = self.sents[sid]
            if runs and runs[-1][3] == sid - 1 and runs[-1][2] == para:
                runs[-1][1], runs[-1][3] = end, sid
                runs[-1][4] |= self.edges.get(sid, set())
            else:
                runs.append([start, end, para, sid, set(self.edges.get(sid, set()))])
        return [(a, b, para, sorted(edges)) for a, b, para, _, edges in runs]


def _free(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    return not any(start < e and s < end for s, e in taken)


def _hit(text: str, span: tuple[int, int], score: float, entity_id: str | None,
         para_id: int) -> dict[str, Any]:
    start, end = span
    return {"text": text[start:end], "start_char": start, "end_char": end,
            "score": score, "entity_id": entity_id, "para_id": para_id}


def _covered(t: dict[str, Any], spans: list[tuple[int, int, int]]) -> bool:
    """Whether a target mention overlaps a stretch found by :func:`_found_in_text`."""
    return any(t["start_char"] < e and s < t["end_char"] for _, s, e in spans)


LATIN_COPY_MIN_SCORE = 0.85
"""Least name score of a source name and a target name both in Latin script: a
translation that keeps a name in Latin copies it (case and diacritics aside), so two
names that only share letters (``Vietcombank`` / ``Techcombank``) are not paired."""


def _entity_scores(src: list[dict[str, Any]], tgt: list[dict[str, Any]]
                   ) -> dict[tuple[int, int], float]:
    """Score (0..1, higher is better) of each (src position, tgt position) pair that
    :func:`massmob_nlp.entities.match_entities` accepts (id, code or name)."""
    if not src or not tgt:
        return {}
    from ..entities.table import match_pairs

    cols = ("text", "label", "entity_id")
    pairs = match_pairs([tuple(m[c] for c in cols) for m in src],
                        [tuple(m[c] for c in cols) for m in tgt])
    out: dict[tuple[int, int], float] = {}
    for i, j, text_a, text_b, *_, method, score in pairs:
        if method == "name" and float(score) < LATIN_COPY_MIN_SCORE and \
                not THAI_RE.search(str(text_a)) and not THAI_RE.search(str(text_b)):
            continue  # Vietcombank is no copy of Techcombank
        key = (int(i), int(j))
        out[key] = max(out.get(key, 0.0), float(score))
    _surname_scores(src, tgt, out)
    _bare_law_scores(src, tgt, out)
    return out


_LAW_NUMBER_RE = re.compile(r"[\d๐-๙]{1,5}")


def _numbered_law(m: dict[str, Any]) -> bool:
    """Whether a mention is a legal document the rules found by its number or code
    (``Decree 238/2025/ND-CP``, มติที่ 57): it pairs by that number only, never by its
    head word (กฤษฎีกา is the Thai of any decree)."""
    return _str(m.get("label")) == "LAW" and _str(m.get("source")) == "rule" and \
        _LAW_NUMBER_RE.search(
        _str(m.get("text")) or "") is not None


def _changed_laws(rows: list[dict[str, Any]]) -> None:
    """Note a numbered document missing from the target and one added in its bead
    (or the next) under the same head and issuer with other digits: the translation
    changed the number of the document (``Decree 238/2025/ND-CP`` / กฤษฎีกาที่
    283/2025/ND-CP), never a match."""
    missing = [r for r in rows if r["status"] == "missing" and r["label"] == "LAW"]
    added = [r for r in rows if r["status"] == "added" and r["label"] == "LAW"]
    used: set[int] = set()
    for r in missing:
        shape = _law_shape(_str(r["src_text"]) or "")
        for k, a in enumerate(added):
            if k in used or abs(int(a["bead_id"]) - int(r["bead_id"])) > 1 or \
                    _law_shape(_str(a["tgt_text"]) or "") != shape:
                continue
            used.add(k)
            note = f"document number changed: {r['src_text']} / {a['tgt_text']}"
            r["note"] = a["note"] = note
            break


def _law_shape(text: str) -> tuple[int, str]:
    """How many numbers a document name holds and its code's letters (``ND-CP``)."""
    text = text.translate(_THAI_DIGITS)
    code = re.search(r"\d[\w/\-–]*", text)
    letters = re.sub(r"[^A-Z/\-]", "", code.group(0).upper()) if code else ""
    return len(_LAW_NUMBER_RE.findall(text)), letters.replace("Đ", "D")
_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def _law_numbers(m: dict[str, Any]) -> tuple[str, ...]:
    text = (_str(m.get("text")) or "").translate(_THAI_DIGITS)
    return tuple(n.lstrip("0") or "0" for n in _LAW_NUMBER_RE.findall(text))


def _bare_law_scores(src: list[dict[str, Any]], tgt: list[dict[str, Any]],
                     out: dict[tuple[int, int], float]) -> None:
    """Add to ``out`` the legal documents named by a head and a bare number on both
    sides (``Resolution 57`` / มติที่ 57, no document code to link them): the same
    numbers, in any digits, score 1."""
    for i, s in enumerate(src):
        if _str(s.get("label")) != "LAW" or _str(s.get("entity_id")) or \
                not (numbers := _law_numbers(s)):
            continue
        for j, t in enumerate(tgt):
            if (i, j) not in out and _str(t.get("label")) == "LAW" and \
                    not _str(t.get("entity_id")) and _law_numbers(t) == numbers:
                out[(i, j)] = 1.0


SURNAME_FACTOR = 0.9
"""A person named by the surname on one side and in full on the other scores this
times the surname's score (a full pair ranks first)."""


def _surname_scores(src: list[dict[str, Any]], tgt: list[dict[str, Any]],
                    out: dict[tuple[int, int], float]) -> None:
    """Add to ``out`` the person pairs where the English gives the full name and the
    Thai only the surname (``Max Verstappen`` / เฟอร์สแตปเปน: a translation, or a
    recognizer, drops the given name), scored on the last word of the English name
    (not the other way: a Thai span of several words may run a place into the name,
    เอเธนส์ อุลริช). A surname of fewer than
    :data:`~massmob_nlp.entities.thai_search.SEARCH_MIN_CONSONANTS` + 1 consonant
    classes (``Lee``, ``Ng``) is never enough."""
    from ..entities.similarity import similarity_above
    from ..entities.sounds import consonants, sound_key
    from ..entities.table import MIN_MATCH_SCORE
    from ..entities.thai_search import SEARCH_MIN_CONSONANTS

    def words(m: dict[str, Any]) -> list[str]:
        return (_str(m.get("text")) or "").split()

    for i, s in enumerate(src):
        if _str(s.get("label")) != "PERSON" or THAI_RE.search(_str(s.get("text")) or ""):
            continue
        latin = words(s)
        for j, t in enumerate(tgt):
            thai = words(t)
            if (i, j) in out or _str(t.get("label")) != "PERSON" or len(thai) != 1 or \
                    len(latin) < 2:
                continue  # not a Thai span of several words: it may run into a place
            name, other = latin[-1], thai[0]
            if consonants(sound_key(name)) <= SEARCH_MIN_CONSONANTS:
                continue
            score = similarity_above(name, other, MIN_MATCH_SCORE)
            if score is not None:
                out[(i, j)] = SURNAME_FACTOR * score
    _given_name_scores(src, tgt, out)


def _given_name_scores(src: list[dict[str, Any]], tgt: list[dict[str, Any]],
                       out: dict[tuple[int, int], float]) -> None:
    """Add to ``out`` the pairs of an English person named by one word, the given name
    as English news calls a Thai (``Kunlavut``), and a Thai person span of two words
    holding it first (given name and surname: กุลวุฒิ วิทิตศานต์) or last (nickname
    and given name: วิว กุลวุฒิ), scored on that word; a name of fewer than
    :data:`~massmob_nlp.entities.thai_search.SEARCH_MIN_CONSONANTS` + 1 consonant
    classes is never enough."""
    from ..entities.similarity import similarity_above
    from ..entities.sounds import consonants, sound_key
    from ..entities.table import MIN_MATCH_SCORE
    from ..entities.thai_search import SEARCH_MIN_CONSONANTS

    for i, s in enumerate(src):
        name = (_str(s.get("text")) or "").strip()
        if _str(s.get("label")) != "PERSON" or " " in name or THAI_RE.search(name) or \
                consonants(sound_key(name)) <= SEARCH_MIN_CONSONANTS:
            continue
        for j, t in enumerate(tgt):
            thai = (_str(t.get("text")) or "").replace('"', " ").split()
            if (i, j) in out or _str(t.get("label")) != "PERSON" or len(thai) != 2:
                continue
            best = max((similarity_above(name, w, MIN_MATCH_SCORE) or 0.0) for w in thai)
            if best:
                out[(i, j)] = SURNAME_FACTOR * best


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
