"""Stage 3b: named entities in English and Thai, with one label set and bilingual ids.

:func:`entities_table` gives one row per mention (schema ``"entities"`` in
:mod:`massmob_nlp.tables`). Three sources, merged per paragraph:

* ``gazetteer``: the curated English↔Thai table ``models/gazetteer/gazetteer.tsv``
  (Vietnamese political bodies, 63 provinces and major cities, campaigns, laws); a
  match carries the row's ``entity_id`` and English ``canonical`` name.
* ``rule``: document codes with their heads as LAW (``entity_id`` ``code.217-QD/TW``)
  and Vietnamese person names after a title or a common surname as PERSON.
* ``model``: spaCy's ``en_core_web_sm`` for English paragraphs (reused from
  :class:`~massmob_nlp.Analysis`), the ThaiNER CRF of
  :mod:`massmob_nlp.thai_ner` for Thai paragraphs (skipped with a warning when the
  model is missing); ``score`` is the model's confidence where it gives one (Thai).

Gazetteer and rule spans win over model spans they overlap (longest first, gazetteer
before rule on ties); a title directly before a rule PERSON (``Provincial Party
Secretary``) also removes overlapping model spans but is not reported. Boilerplate
paragraphs are skipped except captions and bylines (:data:`KEPT_BOILERPLATE`); a few
generic one-word model spans (``Party``, ``State``: :data:`MODEL_STOPLIST`; Thai ``ตำบล``,
``เมือง``: :data:`THAI_MODEL_STOPLIST`) are dropped.

:func:`match_entities` pairs the mentions of two tables (English and Thai) by
``entity_id``, by document code, or by name similarity (:func:`name_similarity`:
Vietnamese names syllable by syllable with a table of Thai spellings,
:mod:`massmob_nlp._names`; other names after romanizing Thai with PyThaiNLP
``royin``); :func:`link_entities` copies such name matches into ``entity_id`` /
``canonical``.

Labels (:data:`LABELS`) and the mapping from each source (:data:`LABEL_MAP`)::

    ours      spaCy (OntoNotes)          ThaiNER 1.5
    PERSON    PERSON                     PERSON
    ORG       ORG                        ORGANIZATION
    LOC       GPE, LOC                   LOCATION
    FAC       FAC                        FACILITY
    LAW       LAW                        LAW
    NORP      NORP                       -
    EVENT     EVENT                      -
    DATE      DATE                       DATE, AGO
    TIME      TIME                       TIME
    MONEY     MONEY                      MONEY
    PERCENT   PERCENT                    PERCENT
    QUANTITY  QUANTITY                   LEN
    CARDINAL  CARDINAL                   -
    ORDINAL   ORDINAL                    -
    MISC      PRODUCT, WORK_OF_ART,      URL, EMAIL, PHONE, ZIP
              LANGUAGE (and unknown)     (and unknown)
"""

from __future__ import annotations

import bisect
import re
import unicodedata
import warnings
from collections.abc import Iterable, Sequence
from typing import Any

import pandas as pd

from .. import tables
from .._text import SPLIT_AM, THAI_RE, JoinedAm, nfc_with_offsets
from ..errors import Errors, Warnings
from ..types import ParsedDocument
from .english_spans import MODEL_STOPLIST as MODEL_STOPLIST
from .english_spans import (
    TRIMMED_LABELS,
    common_acronyms,
    common_opener,
    in_caps_dateline,
    is_english_name,
    names_nothing_here,
    sentence_openers,
    split_org_person,
    trim_english_span,
)
from .gazetteer import NOT_EMITTED, fold
from .gazetteer import find as find_gazetteer
from .labels import LABEL_MAP as LABEL_MAP
from .rules import find_rules, law_codes
from .similarity import ROMANIZE_ENGINE as ROMANIZE_ENGINE
from .similarity import name_similarity as name_similarity
from .similarity import said_a_place, similarity_above
from .thai_model import ThaiSpans, thai_model_many
from .thai_split import split_person_spans

LABELS: tuple[str, ...] = ("PERSON", "ORG", "LOC", "FAC", "LAW", "NORP", "EVENT", "DATE",
                           "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL",
                           "MISC")
"""The one label set of both languages; anything unknown becomes ``MISC``."""


NAME_GROUPS: dict[str, str] = {"PERSON": "person", "ORG": "name", "LOC": "name",
                               "FAC": "name", "NORP": "name", "EVENT": "name",
                               "LAW": "law", "MISC": "name"}
"""Labels that :func:`match_entities` may pair by name; same group = compatible."""

CROSS_LABEL_MIN_SCORE = 0.9
"""Least :func:`name_similarity` of a person and a place or body (one recognizer's
label is wrong: ``Muong Nhe`` PERSON is the district เหมื่องเญ, ``Java`` PERSON is
เกาะชวา) for :func:`match_entities` to pair them."""
MIN_MATCH_SCORE = 0.6
"""Default threshold of :func:`match_entities` name similarity (higher is better)."""
MATCH_COLUMNS: dict[str, str] = {
    "src_row": "Int64", "tgt_row": "Int64", "src_text": "string", "tgt_text": "string",
    "src_label": "string", "tgt_label": "string", "entity_id": "string",
    "method": "string", "score": "float64"}
"""Columns and dtypes of the :func:`match_entities` frame."""

KEPT_BOILERPLATE: tuple[str, ...] = ("caption", "byline")
"""Boilerplate kinds whose entities are kept (a photo caption names people, a byline
the author); entities of other boilerplate (navigation, forms, source lines) are not."""
THAI_MODEL_STOPLIST: frozenset[str] = frozenset({
    "ตำบล", "แขวง", "เมือง", "อำเภอ", "เขต", "จังหวัด", "หมู่บ้าน", "ชุมชน", "ประเทศ",
    "รัฐบาล", "พรรค", "คณะกรรมการ", "กระทรวง", "หน่วยงาน"})
"""Generic Thai nouns ("commune", "district", "province", "party", "committee") that the
Thai model sometimes labels on their own: dropped when they are the whole span."""

_PRIORITY = {"gazetteer": 0, "rule": 1}
_THAI_UNIT_RE = re.compile(
    r"[ก-ฮ]{1,4}\.(?:[ก-ฮ]{1,3}\.)*(?:\s?/\s?[ก-ฮ]{1,4}\.(?:[ก-ฮ]{1,3}\.)*)+")
"""Thai unit abbreviations joined by a slash (ก./ลบ.ม., *µg/m³*; กม./ชม., *km/h*): a
unit the Thai model labels ORG, dropped."""
_THAI_WEEKDAY_RE = re.compile("(?:วัน)?(?:จันทร์|อังคาร|พุธ|พฤหัส(?:บดี)?|ศุกร์|เสาร์|อาทิตย์)"
                              r"(?:ที่)?")
_THAI_DATE_AFTER_RE = re.compile(r"\s*(?:ที่\s*)?[0-9๐-๙]")
"""A Thai weekday before a date (อังคาร 8 ธ.ค.: in a fixture list): a date the Thai
model labels LOC (อังคาร is also Mars, อาทิตย์ the sun), no name."""
_DIGIT_RE = re.compile(r"[0-9๐-๙]")
"""A digit: a Thai model PERSON span holding one (นาย เฮลิคอปเตอร์ 54 after *1,200 นาย*,
a classifier and the next count) names nobody and is dropped."""


def map_label(label: str, scheme: str) -> str:
    """Our label for ``label`` of ``scheme`` (``"spacy"`` or ``"thainer"``); else MISC."""
    return LABEL_MAP[scheme].get(label.upper(), "MISC")


def entities_of(parsed: Sequence[ParsedDocument], *, stacklevel: int = 2,
                labels: frozenset[str] | None = None) -> pd.DataFrame:
    """One row per entity mention of parsed documents (see the module docstring for
    sources, labels and merging); offsets point into each document's text. The public
    :func:`massmob_nlp.entities_table` accepts texts and Documents too. ``labels``: the
    rows of those labels only, the same rows (the Thai model asked for them only)."""
    problems: list[str] = []
    rows = [row for a in parsed for row in _analysis_rows(a, problems, labels)
            if labels is None or row["label"] in labels]
    if problems:
        warnings.warn(Warnings.W050.format(reason=problems[0]), stacklevel=stacklevel + 1)
    return tables.make_frame("entities", rows)


def _analysis_rows(analysis: Any, problems: list[str], labels: frozenset[str] | None = None
                   ) -> list[dict[str, Any]]:
    paras = analysis.paragraphs  # its columns as lists (no frame filtered or cast)
    kept = [not flagged or (isinstance(kind, str) and kind in KEPT_BOILERPLATE)
            for flagged, kind in zip(paras["is_boilerplate"].tolist(),
                                     paras["boilerplate_kind"].tolist(), strict=True)]
    langs = [str(x) for x, keep in zip(paras["lang"].tolist(), kept) if keep]
    if "en" in langs:
        _require_english_model()
    text, doc_id = analysis.text, analysis.doc_id
    model = sorted((int(s), int(e), str(lab)) for s, e, lab in analysis.model_entities)
    sents = analysis.sentences
    sent_starts = [int(x) for x in sents["start_char"].tolist()]
    sent_ids = [int(x) for x in sents["sent_id"].tolist()]
    tokens = analysis.tokens
    english = [lang == "en" for lang in tokens["lang"].tolist()]
    edges = sorted(_token_edges(tokens))
    openers = sentence_openers(
        text, sent_starts, [int(x) for x, en in zip(tokens["start_char"].tolist(), english) if en],
        [isinstance(x, str) and x == "NOUN" for x, en in zip(tokens["pos"].tolist(), english)
         if en])
    bounds = [(int(s), int(e)) for s, e, keep in zip(
        paras["start_char"].tolist(), paras["end_char"].tolist(), kept, strict=True) if keep]
    para_ids = [x for x, keep in zip(paras["para_id"].tolist(), kept) if keep]
    # the Thai model tags all the Thai paragraphs of the document in one batch
    thai = iter(thai_model_many([text[s:e] for (s, e), lang in zip(bounds, langs)
                                 if lang == "th"], problems, labels))
    rows = []
    for para_id, (start, end), para_lang in zip(para_ids, bounds, langs, strict=True):
        near = set(edges[bisect.bisect_left(edges, start):bisect.bisect_right(edges, end)])
        spans = _paragraph_spans(text, start, end, para_lang, model, near, problems,
                                 thai=next(thai) if para_lang == "th" else None,
                                 openers=openers)
        for s, e, label, source, entity_id, canonical, score in spans:
            if not any(c.isalpha() for c in text[s:e]):
                continue  # no letter (a flag emoji, a dash): not a name
            k = bisect.bisect_right(sent_starts, s) - 1
            rows.append({"doc_id": doc_id, "lang": para_lang, "para_id": int(para_id),
                         "sent_id": sent_ids[k] if k >= 0 else pd.NA, "start_char": s,
                         "end_char": e, "text": text[s:e], "label": label,
                         "source": source, "entity_id": entity_id,
                         "canonical": canonical, "score": score})
    return rows


def _require_english_model() -> None:
    from .. import _optional

    if not _optional.has_english_model():
        _optional.english_nlp(required=True)  # raises ModelNotFoundError [E020]


def _token_edges(tokens: pd.DataFrame) -> set[int]:
    words = ~tokens["is_space"].to_numpy(dtype=bool)
    return {*tokens["start_char"].to_numpy(dtype="int64")[words].tolist(),
            *tokens["end_char"].to_numpy(dtype="int64")[words].tolist()}


Span = tuple[int, int, str, str, Any, Any, Any]


def _paragraph_spans(text: str, start: int, end: int, lang: str,
                     model: list[tuple[int, int, str]], edges: set[int],
                     problems: list[str], *, thai: ThaiSpans | None = None,
                     openers: dict[int, bool] | None = None) -> list[Span]:
    """Merged spans of one paragraph, in document offsets, sorted by start."""
    chosen, blockers = rule_spans(text, start, end, edges)
    weak = model_spans(text, start, end, lang, model, problems, thai=thai, openers=openers)
    chosen += [w for w in weak if not any(w[0] < e and s < w[1] for s, e in blockers)]
    return sorted(chosen, key=lambda x: (x[0], x[1]))


def model_spans(text: str, start: int, end: int, lang: str,
                model: list[tuple[int, int, str]], problems: list[str], *,
                thai: ThaiSpans | None = None,
                openers: dict[int, bool] | None = None) -> list[Span]:
    """Model spans of one paragraph in our labels: for English the given spaCy spans
    ``model`` (document offsets) trimmed, without spans that name nothing
    (:func:`~.english_spans.is_english_name`, :func:`~.english_spans.common_acronyms`,
    a common word opening a sentence: ``openers``, :func:`~.english_spans.common_opener`),
    a dateline in capitals a place (:func:`~.english_spans.in_caps_dateline`); for Thai
    the ThaiNER model's (``thai``: its spans of the paragraph when already computed;
    a note in ``problems`` when the model is unavailable), a PERSON span running into
    a position, a body or a place cut (:func:`~.thai_split.split_person_spans`), a
    PERSON span with a digit and a unit (:data:`_THAI_UNIT_RE`) dropped."""
    para = text[start:end]
    if lang == "th":
        found = thai_model_many([para], problems)[0] if thai is None else thai
        found = split_person_spans(para, found)  # นายโจ ไบเดนประธานาธิบดีสหรัฐ: cut
        return [(start + s, start + e, map_label(lab, "thainer"), "model", pd.NA, pd.NA,
                 float(score)) for s, e, lab, score in found
                if para[s:e] not in THAI_MODEL_STOPLIST and
                not (lab == "PERSON" and _DIGIT_RE.search(para[s:e])) and
                not _THAI_UNIT_RE.fullmatch(para[s:e].strip()) and
                not (_THAI_WEEKDAY_RE.fullmatch(para[s:e].strip()) and
                     _THAI_DATE_AFTER_RE.match(para, e))]
    if lang != "en":
        return []
    common, opening = common_acronyms(text), openers or {}
    return [(s, e, "LOC" if lab == "PERSON" and in_caps_dateline(text, start, s, e)
             else map_label(lab, "spacy"), "model", pd.NA, pd.NA, pd.NA)
            for s0, e0, lab0 in model if start <= s0 and e0 <= end
            for s, e, lab in split_org_person(text, *trim_english_span(text, s0, e0, lab0))
            if e > s and (lab not in TRIMMED_LABELS or (is_english_name(text[s:e]) and
                                                        text[s:e] not in common and
                                                        not names_nothing_here(text, s, e) and
                                                        not (s in opening and common_opener(
                                                            text, s, e, tagged_noun=opening[s]))))]


def rule_spans(text: str, start: int, end: int, edges: set[int]
               ) -> tuple[list[Span], list[tuple[int, int]]]:
    """Gazetteer and rule spans of ``text[start:end]`` (one paragraph), in document
    offsets, without overlaps (longest first, gazetteer before rule), and the stretches
    where they block model spans (themselves, and a title before a rule PERSON).
    ``edges`` are word-token edges in document offsets (accept short Thai variants)."""
    para = text[start:end]
    nfc, origin = _nfc_joined(para)
    if nfc is para:  # already NFC: ``origin`` is the identity
        bounds = {e - start for e in edges if start <= e <= end and e - start <= len(para)}
    else:
        to_nfc = {o: i for i, o in reversed(list(enumerate(origin)))}
        bounds = {to_nfc[e - start] for e in edges
                  if start <= e <= end and e - start in to_nfc}
    strong: list[Span] = []
    titles: list[tuple[int, int]] = []
    for hit in find_gazetteer(nfc, boundaries=bounds):
        s, e = start + origin[hit.start], start + origin[hit.end]
        if hit.entry.label in NOT_EMITTED:
            titles.append((s, e))
        else:
            strong.append((s, e, hit.entry.label, "gazetteer", hit.entry.entity_id,
                           hit.entry.canonical, pd.NA))
    for r in find_rules(nfc):
        strong.append((start + origin[r.start], start + origin[r.end], r.label, "rule",
                       r.entity_id, r.canonical, pd.NA))
    chosen = _greedy(strong)
    blockers = [(s, e) for s, e, *_ in chosen]
    for ts, te in titles:  # a title directly before a rule PERSON blocks model spans
        blockers += [(ts, e) for s, e, label, *_ in chosen
                     if label == "PERSON" and 0 <= s - te <= 2]
    return chosen, blockers


def _nfc_joined(para: str) -> tuple[str, list[int]]:
    """``para`` in NFC with ำ written as one char (สํานัก → สำนัก), and the offset in
    ``para`` of each char (:func:`~massmob_nlp._text.nfc_with_offsets`)."""
    nfc, origin = nfc_with_offsets(para)
    if SPLIT_AM not in nfc:
        return nfc, origin
    joined = JoinedAm(nfc)
    return joined.text, [origin[o] for o in joined.origin]


def _greedy(spans: list[Span]) -> list[Span]:
    """Non-overlapping spans: longest first, then gazetteer before rule, then leftmost."""
    chosen: list[Span] = []
    for span in sorted(spans, key=lambda x: (x[0] - x[1], _PRIORITY[x[3]], x[0])):
        if not any(span[0] < c[1] and c[0] < span[1] for c in chosen):
            chosen.append(span)
    return chosen


# --------------------------------------------------------------------- matching

def match_entities(src: pd.DataFrame, tgt: pd.DataFrame, *,
                   min_score: float = MIN_MATCH_SCORE) -> pd.DataFrame:
    """Pairs of mentions in ``src`` and ``tgt`` (entities tables, e.g. English and its
    Thai translation) that name the same entity.

    A pair is kept when (``method``):

    * ``"entity_id"``: both mentions carry the same ``entity_id`` (score 1.0);
    * ``"code"``: both contain the same normalized document code (score 1.0);
    * ``"name"``: otherwise, when neither is linked to a different id, neither is a
      LAW, and :func:`name_similarity` of the two texts (Thai romanized with
      ``royin``) is at least ``min_score`` when the labels are compatible
      (:data:`NAME_GROUPS`), :data:`CROSS_LABEL_MIN_SCORE` when they are not (unless
      the Thai opens with a place word: :func:`~.similarity.said_a_place`).

    Returns one row per pair with columns :data:`MATCH_COLUMNS`: ``src_row`` and
    ``tgt_row`` are positions (``iloc``) in the inputs; ``score`` is in [0, 1], higher
    is better. Every pair above the threshold is listed (many-to-many); pick the best
    per mention with ``groupby("src_row")["score"].idxmax()``.
    """
    for frame in (src, tgt):
        _check_entities_frame(frame)
    cols = ["text", "label", "entity_id"]
    rows = match_pairs(src[cols].itertuples(index=False), tgt[cols].itertuples(index=False),
                       min_score=min_score)
    columns = list(zip(*rows)) if rows else [()] * len(MATCH_COLUMNS)
    return pd.DataFrame({name: pd.array(list(values), dtype=dtype) for (name, dtype), values
                         in zip(MATCH_COLUMNS.items(), columns, strict=True)})


def match_pairs(src: Iterable[Sequence[Any]], tgt: Iterable[Sequence[Any]], *,
                min_score: float = MIN_MATCH_SCORE) -> list[tuple[Any, ...]]:
    """:func:`match_entities` on ``(text, label, entity_id)`` triples (missing values
    as None or NA), without frames: its rows as tuples in :data:`MATCH_COLUMNS` order."""
    a, b = _match_view(src), _match_view(tgt)
    rows: list[tuple[Any, ...]] = []
    seen: dict[tuple[str, str], float | None] = {}  # repeated names: scored once
    for i, x in enumerate(a):
        for j, y in enumerate(b):
            row = match_row(x, y, seen, min_score)
            if row is not None:
                rows.append((i, j, *row))
    return rows


MatchView = tuple[str, str, str | None, frozenset[str]]
"""A mention as :func:`match_row` reads it: text, label, entity id, law codes."""


def match_row(a: MatchView, b: MatchView, seen: dict[tuple[str, str], float | None],
              min_score: float = MIN_MATCH_SCORE) -> tuple[Any, ...] | None:
    """The :func:`match_pairs` row of one pair (without the two positions), None when
    the two do not match; ``seen``: name scores already computed (a name repeated is
    scored once)."""
    text_a, lab_a, id_a, codes_a = a
    text_b, lab_b, id_b, codes_b = b
    if id_a is not None and id_a == id_b:
        return (text_a, text_b, lab_a, lab_b, id_a, "entity_id", 1.0)
    if codes_a & codes_b:
        shared = "code." + "+".join(sorted(codes_a & codes_b))
        return (text_a, text_b, lab_a, lab_b, shared, "code", 1.0)
    if (id_a is None or id_b is None) and lab_a in NAME_GROUPS and \
            lab_b in NAME_GROUPS and "law" not in (NAME_GROUPS[lab_a], NAME_GROUPS[lab_b]):
        if (text_a, text_b) not in seen:
            seen[text_a, text_b] = similarity_above(text_a, text_b, min_score)
        score = seen[text_a, text_b]
        if score is not None and NAME_GROUPS[lab_a] != NAME_GROUPS[lab_b] and \
                score < CROSS_LABEL_MIN_SCORE and not said_a_place(text_a, text_b):
            score = None  # a person and a place: only a close transliteration
        if score is not None:
            return (text_a, text_b, lab_a, lab_b, id_a or id_b, "name", score)
    return None


def link_entities(src: pd.DataFrame, tgt: pd.DataFrame, *,
                  min_score: float = MIN_MATCH_SCORE) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Copies of ``src`` and ``tgt`` where unlinked mentions matched by name
    (:func:`match_entities`, best pair per mention) get a shared ``entity_id``
    (``xl.`` + the Latin name folded to ``snake_case``, or the partner's gazetteer id)
    and ``canonical`` (the Latin-script text). Inputs are not modified."""
    matches = match_entities(src, tgt, min_score=min_score)
    matches = matches[matches["method"] == "name"].sort_values("score", ascending=False)
    out_src, out_tgt = src.copy(), tgt.copy()
    done_src: set[int] = set()
    done_tgt: set[int] = set()
    id_col = src.columns.get_loc("entity_id")
    can_col = src.columns.get_loc("canonical")
    for m in matches.itertuples(index=False):
        if m.src_row in done_src or m.tgt_row in done_tgt:
            continue
        done_src.add(m.src_row)
        done_tgt.add(m.tgt_row)
        latin = m.tgt_text if THAI_RE.search(m.src_text) else m.src_text
        entity_id = m.entity_id if pd.notna(m.entity_id) else "xl." + _slug(latin)
        canonical = out_src.iat[m.src_row, can_col]
        if pd.isna(canonical):
            canonical = out_tgt.iat[m.tgt_row, can_col]
        if pd.isna(canonical):
            canonical = latin
        for frame, row in ((out_src, m.src_row), (out_tgt, m.tgt_row)):
            frame.iat[row, id_col] = entity_id
            frame.iat[row, can_col] = canonical
    return out_src, out_tgt


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", fold(unicodedata.normalize("NFC", text)).casefold()
                  ).strip("_")


def _codes_in(text: str) -> frozenset[str]:
    return law_codes(fold(unicodedata.normalize("NFC", text)))


def _match_view(triples: Iterable[Sequence[Any]]) -> list[MatchView]:
    return [match_view(*triple) for triple in triples]


def match_view(text: Any, label: Any, entity_id: Any) -> MatchView:
    """One mention as :func:`match_row` reads it (missing values as None or NA)."""
    text = "" if pd.isna(text) else str(text)
    return (text, str(label), None if pd.isna(entity_id) else str(entity_id),
            _codes_in(text))


def _check_entities_frame(frame: Any) -> None:
    needed = ["text", "label", "entity_id", "canonical"]
    if not isinstance(frame, pd.DataFrame) or not set(needed) <= set(frame.columns):
        got = (f"columns {list(frame.columns)}" if isinstance(frame, pd.DataFrame)
               else type(frame).__name__)
        raise (ValueError if isinstance(frame, pd.DataFrame) else TypeError)(
            Errors.E050.format(needed=needed, got=got))
