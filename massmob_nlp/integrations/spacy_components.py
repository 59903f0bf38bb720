"""The spaCy components of :mod:`massmob_nlp.integrations.spacy` (see its docstring):
created by the factories there, so importing spaCy never imports this module."""

from __future__ import annotations

import math
import warnings
from collections.abc import Callable, Iterator
from typing import Any, cast

import pandas as pd
from spacy.tokens import Doc, Span

from ..corpus import paragraphs_table
from ..entities.table import KEPT_BOILERPLATE, model_spans, rule_spans
from ..errors import Errors, Warnings
from ..langid import detect_language, span_rows
from ..numbers import numbers_table
from ..types import Document

DOC_ID = "spacy"
"""``doc_id`` given to the Document built from ``doc.text`` (not stored on spans)."""
_NUMBER_RECORD, _ENTITY_RECORD = "numbers", "entities"
"""Tags of the records stored for number and entity spans (whatever their spans_key)."""
_USER_DATA = "massmob"
_NUMBER_FIELDS = ("value", "value_max", "kind", "unit", "qualifier", "vague")


# ---------------------------------------------------------------- extensions

def register_extensions() -> None:
    """Register the ``Doc``/``Span`` extensions of the components (idempotent)."""
    for name, getter in _span_getters().items():
        if not Span.has_extension(name):
            Span.set_extension(name, getter=getter)
    if not Doc.has_extension("massmob_lang"):
        Doc.set_extension("massmob_lang", default=None)


def _span_getters() -> dict[str, Callable[[Span], Any]]:
    getters: dict[str, Callable[[Span], Any]] = {
        "massmob_number": lambda span: _record(span, _NUMBER_RECORD),
        "massmob_entity": lambda span: _record(span, _ENTITY_RECORD),
        "massmob_key": lambda span: span.kb_id_ or None,
        "massmob_lang": lambda span: detect_language(span.text),
    }
    for field in _NUMBER_FIELDS:
        getters[f"massmob_{field}"] = _number_field(field)
    return getters


def _number_field(field: str) -> Callable[[Span], Any]:
    def get(span: Span) -> Any:
        record = _record(span, _NUMBER_RECORD)
        return None if record is None else record[field]
    return get


def _record(span: Span, group: str) -> dict[str, Any] | None:
    """The table row stored for ``span`` by the component that writes ``group``."""
    key = (_USER_DATA, group, span.start_char, span.end_char, span.label_, span.kb_id_)
    found = _user_data(span.doc).get(key)
    return dict(found) if found is not None else None


def _store(doc: Doc, group: str, span: Span, row: dict[str, Any]) -> None:
    key = (_USER_DATA, group, span.start_char, span.end_char, span.label_, span.kb_id_)
    _user_data(doc)[key] = {k: _plain(v) for k, v in row.items() if k != "doc_id"}


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """Rows as dicts, column by column (``DataFrame.to_dict("records")`` goes cell by
    cell on nullable dtypes: it was half the component's time)."""
    cols = [str(c) for c in frame.columns]
    return [dict(zip(cols, values)) for values in zip(*(frame[c].tolist() for c in cols))]


def _user_data(doc: Doc) -> dict[Any, Any]:
    """``doc.user_data`` (typed ``dict[str, Any]`` by spaCy; it takes tuple keys, as
    spaCy's own extension values do)."""
    return cast(dict[Any, Any], doc.user_data)


def _plain(value: Any) -> Any:
    """Table cells as plain Python (NA/NaN → None) so ``doc.to_bytes()`` keeps them."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    if type(value).__name__ == "NAType":
        return None
    return value


def _span(doc: Doc, start: int, end: int, label: str, key: str | None) -> Span:
    span = doc.char_span(start, end, label=label, kb_id=key or "", alignment_mode="expand")
    if span is None:  # only for offsets outside the text: a bug, not bad input
        raise ValueError(Errors.E090.format(start=start, end=end, n=len(doc.text)))
    return span


# ---------------------------------------------------------------- components

class LanguageSpans:
    """``doc._.massmob_lang`` and ``doc.spans["languages"]`` (runs of one language,
    label = ISO code, ``kb_id_`` = script), as :func:`massmob_nlp.language_spans`."""

    def __init__(self, *, spans_key: str) -> None:
        register_extensions()
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        doc._.massmob_lang = detect_language(doc.text)
        doc.spans[self.spans_key] = [_span(doc, s, e, lang, script)
                                     for s, e, lang, script in span_rows(doc.text)
                                     if doc.text[s:e].strip()]
        return doc


class NumberSpans:
    """``doc.spans["numbers"]``: :func:`massmob_nlp.numbers_table` of ``doc.text``."""

    def __init__(self, *, spans_key: str, lang: str | None = None,
                 include_boilerplate: bool = False, dayfirst: bool | None = None) -> None:
        register_extensions()
        self.spans_key, self.lang = spans_key, lang
        self.include_boilerplate, self.dayfirst = include_boilerplate, dayfirst

    def __call__(self, doc: Doc) -> Doc:
        table = numbers_table(Document(DOC_ID, doc.text), lang=self.lang,
                              include_boilerplate=self.include_boilerplate,
                              **({} if self.dayfirst is None else {"dayfirst": self.dayfirst}))
        spans = []
        for row in _records(table):
            key = _plain(row["key"])
            span = _span(doc, int(row["start_char"]), int(row["end_char"]),
                         str(row["kind"]), key)
            _store(doc, _NUMBER_RECORD, span, row)
            spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc


class EntityRules:
    """``doc.spans["entities"]``: the gazetteer and rule entities of
    :mod:`massmob_nlp.entities` (names, places, bodies, document codes), linked
    (``kb_id_``) where the gazetteer or the code gives an id."""

    def __init__(self, *, spans_key: str,
                 include_boilerplate: bool = False) -> None:
        register_extensions()
        self.spans_key, self.include_boilerplate = spans_key, include_boilerplate

    def __call__(self, doc: Doc) -> Doc:
        edges = _token_edges(doc)
        spans = []
        for para in _paragraphs(doc, self.include_boilerplate):
            chosen, _ = rule_spans(doc.text, para["start_char"], para["end_char"], edges)
            spans += [_entity_span(doc, para, found) for found in chosen
                      if _has_letter(doc.text, found)]
        doc.spans[self.spans_key] = sorted(spans, key=lambda s: (s.start_char, s.end_char))
        return doc


class EntityLinker:
    """Adds the statistical names to ``doc.spans["entities"]`` and links ``doc.ents``.

    Model names are ``doc.ents`` of the pipeline's own NER for English paragraphs
    (mapped to our labels, trimmed, generic words dropped) and, with
    ``thai_model=True``, the ThaiNER model of :mod:`massmob_nlp.thai_ner` for Thai
    ones; gazetteer and rule spans win where they overlap, as in
    :func:`massmob_nlp.entities_table`. Then every entity in ``doc.ents`` that overlaps
    a linked span of the same label gets its key as ``kb_id_``. Adds the rule spans
    itself when ``massmob_entity_rules`` did not run before it.
    """

    def __init__(self, *, spans_key: str, thai_model: bool = True,
                 include_boilerplate: bool = False) -> None:
        register_extensions()
        self.spans_key, self.thai_model = spans_key, thai_model
        self.include_boilerplate = include_boilerplate

    def __call__(self, doc: Doc) -> Doc:
        ran_rules = self.spans_key in doc.spans
        spans = list(doc.spans[self.spans_key]) if ran_rules else []
        blockers = [_mention(s) for s in spans]  # yours too, if you put spans there
        ents = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
        edges = _token_edges(doc)
        problems: list[str] = []
        for para in _paragraphs(doc, self.include_boilerplate):
            start, end, lang = para["start_char"], para["end_char"], para["lang"]
            chosen, blocked = rule_spans(doc.text, start, end, edges)
            blockers += blocked
            if not ran_rules:
                spans += [_entity_span(doc, para, found) for found in chosen
                          if _has_letter(doc.text, found)]
            if lang == "th" and not self.thai_model:
                continue
            spans += [_entity_span(doc, para, found)
                      for found in model_spans(doc.text, start, end, lang, ents, problems)
                      if _has_letter(doc.text, found)
                      and not any(found[0] < e and s < found[1] for s, e in blockers)]
        if problems:
            warnings.warn(Warnings.W050.format(reason=problems[0]), stacklevel=2)
        spans.sort(key=lambda s: (s.start_char, s.end_char))
        doc.spans[self.spans_key] = spans
        _link_ents(doc, [s for s in spans if s.kb_id_])
        return doc


def _mention(span: Span) -> tuple[int, int]:
    """The offsets of the mention behind an entity span (the span's own when it has no
    record: a span someone else put in the group)."""
    record = _record(span, _ENTITY_RECORD)
    if record is None:
        return span.start_char, span.end_char
    return int(record["start_char"]), int(record["end_char"])


def _link_ents(doc: Doc, linked: list[Span]) -> None:
    """``kb_id_`` on each ``doc.ents`` entity overlapping a linked span of its label."""
    from ..entities import LABEL_MAP, map_label

    out = []
    for ent in doc.ents:  # OntoNotes labels (en_core_web_*) or ThaiNER ones
        scheme = "spacy" if ent.label_ in LABEL_MAP["spacy"] else "thainer"
        ours = map_label(ent.label_, scheme)
        hit = next((s for s in linked if s.label_ == ours and s.start_char < ent.end_char
                    and ent.start_char < s.end_char), None)
        out.append(Span(doc, ent.start, ent.end, label=ent.label,
                        kb_id=hit.kb_id_ if hit is not None else ent.kb_id))
    doc.ents = out


def _token_edges(doc: Doc) -> set[int]:
    words = [t for t in doc if not t.is_space]
    return {t.idx for t in words} | {t.idx + len(t.text) for t in words}


def _paragraphs(doc: Doc, include_boilerplate: bool) -> Iterator[dict[str, Any]]:
    """Paragraphs of ``doc.text`` whose entities count (as in the entities table)."""
    paras = paragraphs_table(Document(DOC_ID, doc.text))
    for row in _records(paras):
        if (include_boilerplate or not row["is_boilerplate"]
                or row["boilerplate_kind"] in KEPT_BOILERPLATE):
            yield {"para_id": int(row["para_id"]), "start_char": int(row["start_char"]),
                   "end_char": int(row["end_char"]), "lang": str(row["lang"])}


def _has_letter(text: str, found: tuple[Any, ...]) -> bool:
    """A flag emoji, a dash or a bare number is not a name (as in the entities table)."""
    return any(c.isalpha() for c in text[found[0]:found[1]])


def _entity_span(doc: Doc, para: dict[str, Any], found: tuple[Any, ...]) -> Span:
    start, end, label, source, entity_id, canonical, score = found
    key = _plain(entity_id)
    span = _span(doc, start, end, label, key)
    _store(doc, _ENTITY_RECORD, span, {
        "lang": para["lang"], "para_id": para["para_id"], "start_char": start,
        "end_char": end, "text": doc.text[start:end], "label": label, "source": source,
        "entity_id": key, "canonical": _plain(canonical), "score": _plain(score)})
    return span
