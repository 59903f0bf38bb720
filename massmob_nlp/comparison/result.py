"""Stage 5: check a translation against its source.

:func:`compare` aligns the two documents (paragraphs, then sentences inside aligned
paragraphs) and joins what each side says inside the aligned beads:

* numbers, by their language-independent ``key`` (``year:2024`` for 2024, 2567 BE and
  ๒๕๖๗), first inside the sentence bead, then inside the paragraph bead, then in the
  neighbouring sentence beads (sentence splits drift between languages);
* entities, by ``entity_id``/code or the cross-lingual name matcher;
* passages: omitted and added paragraphs or sentences, beads whose length ratio is an
  outlier, and source-language (Latin-script) text left untranslated in the target.

A sentence bead ``1-0`` is an omission only when the enclosing paragraph bead is short
by about that sentence's length; otherwise the sentence was merged into a neighbour
(Thai sentence boundaries are not English ones) and nothing is reported.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from ..pipeline import Analysis, analyze, analyze_documents, as_document
from ..types import DocLike
from .context import (
    ENTITY_STATUSES,
    NUMBER_STATUSES,
    PROBLEMS,
    _Context,
    _nonspace,
    _rejoin_skips,
    column_list,
)
from .entities import _compare_entities
from .guards import (
    MIN_BODY_SHARE,
    MIN_SOURCE_CHARS,
    body_share,
    check_alignment,
    check_body,
    check_languages,
)
from .numbers import _compare_numbers
from .passage_meaning import _moved_by_meaning
from .passage_moves import _out_of_order
from .passages import _length_stats, _moved_sentences, _passages, _unanchored_paragraphs

__all__ = ["ENTITY_STATUSES", "NUMBER_STATUSES", "PROBLEMS", "Comparison", "compare"]

@dataclass(frozen=True, eq=False)
class Comparison:
    """The result of :func:`compare`. Every field but ``src``/``tgt`` is a DataFrame
    whose schema lives in :mod:`massmob_nlp.tables` (``summary`` is a Series).

    Examples:
        >>> c = compare(Document("en-1", "The city spent 55 million dong on 3 schools."),
        ...             Document("th-1", "เมืองใช้เงิน 56 ล้านดองสร้างโรงเรียน 3 แห่ง"))
        >>> c
        Comparison('en-1' -> 'th-1': Check: 1 number mismatch; 50% of source numbers preserved.)
    """

    src: Analysis = field(repr=False)
    tgt: Analysis = field(repr=False)
    alignment: pd.DataFrame = field(repr=False)
    """Sentence beads (schema ``alignment``); ``bead_id`` of the other tables."""
    paragraph_alignment: pd.DataFrame = field(repr=False)
    """Paragraph beads (schema ``alignment``)."""
    numbers: pd.DataFrame = field(repr=False)
    entities: pd.DataFrame = field(repr=False)
    passages: pd.DataFrame = field(repr=False)
    summary: pd.Series = field(repr=False)

    @property
    def verdict(self) -> str:
        """One line for a reviewer: the problems found, or none."""
        return str(self.summary["verdict"])

    def problems(self) -> pd.DataFrame:
        """Rows that need a reviewer: ``table, status, bead_id, src_text, tgt_text,
        note``. A ``moved`` passage is not one (it is translated, elsewhere in the
        article: see :attr:`passages`).

        Examples:
            >>> c = compare("The city spent 55 million dong on 3 schools.",
            ...             "เมืองใช้เงิน 56 ล้านดองสร้างโรงเรียน 3 แห่ง")
            >>> c.problems()[["table", "status", "src_text", "tgt_text"]]
                 table    status         src_text    tgt_text
            0  numbers  mismatch  55 million dong  56 ล้านดอง
        """
        parts = []
        for name in ("numbers", "entities"):
            frame = getattr(self, name)
            sel = frame[frame["status"].astype(str).isin(PROBLEMS)]
            if name == "entities":
                sel = sel[sel["checked"]]
            parts.append(pd.DataFrame({
                "table": name, "status": sel["status"].astype(str),
                "bead_id": sel["bead_id"], "src_text": sel["src_text"],
                "tgt_text": sel["tgt_text"], "note": sel["note"]}))
        p = self.passages
        p = p[p["kind"].astype(str).isin(PROBLEMS)]  # a moved passage is translated
        src_side = p["side"].astype(str) == "src"
        parts.append(pd.DataFrame({
            "table": "passages", "status": p["kind"].astype(str), "bead_id": p["bead_id"],
            "src_text": p["text"].where(src_side), "tgt_text": p["text"].where(~src_side),
            "note": p["note"]}))
        out = pd.concat([x for x in parts if len(x)] or [parts[0]], ignore_index=True)
        return out.astype({"table": "string", "status": "string", "bead_id": "Int64",
                           "src_text": "string", "tgt_text": "string", "note": "string"})

    def to_frames(self) -> dict[str, pd.DataFrame]:
        """The tables by name (``summary`` as a one-row frame).

        Examples:
            >>> c = compare("The city opened 3 schools.", "เมืองเปิดโรงเรียน 3 แห่ง")
            >>> sorted(c.to_frames())
            ['alignment', 'entities', 'numbers', 'paragraph_alignment', 'passages', 'summary']
        """
        return {"alignment": self.alignment,
                "paragraph_alignment": self.paragraph_alignment,
                "numbers": self.numbers, "entities": self.entities,
                "passages": self.passages, "summary": self.summary.to_frame().T}

    def to_html(self, path: str | Path | None = None) -> str:
        """The self-contained HTML report; also written to ``path`` when given.

        Examples:
            >>> c = compare("The city opened 3 schools.", "เมืองเปิดโรงเรียน 3 แห่ง")
            >>> page = c.to_html("report.html")  # also returns the page
            >>> page.startswith("<!DOCTYPE html>")
            True
        """
        from .report import comparison_html

        page = comparison_html(self)
        if path is not None:
            Path(path).write_text(page, encoding="utf-8")
        return page

    def to_tmx(self, path: str | Path | None = None, *, keep_unpaired: bool = False
               ) -> str:
        """The sentence beads as a TMX 1.4b translation memory (see
        :meth:`massmob_nlp.Alignment.to_tmx`); also written to ``path`` when given.

        Examples:
            >>> c = compare("The city opened 3 schools.", "เมืองเปิดโรงเรียน 3 แห่ง")
            >>> c.to_tmx().count("<tu ")
            1
        """
        from .exchange import sentence_alignment

        return sentence_alignment(self).to_tmx(path, keep_unpaired=keep_unpaired)

    def to_xliff(self, path: str | Path | None = None) -> str:
        """XLIFF 2.0 for translation tools: one ``<unit>`` per sentence bead with its
        source, target and findings as ``<note>``; also written to ``path`` when
        given. See :mod:`massmob_nlp.comparison.exchange`.

        Examples:
            >>> c = compare("The city spent 55 million dong on 3 schools.",
            ...             "เมืองใช้เงิน 56 ล้านดองสร้างโรงเรียน 3 แห่ง")
            >>> xliff = c.to_xliff()
            >>> 'version="2.0" srcLang="en" trgLang="th"' in xliff, "55 million dong" in xliff
            (True, True)
        """
        from .exchange import comparison_to_xliff

        text = comparison_to_xliff(self)
        if path is not None:
            Path(path).write_text(text, encoding="utf-8")
        return text

    def to_spreadsheet(self, path: str | Path) -> pd.DataFrame:
        """A bilingual table, one row per sentence bead (source and target side by
        side, then number, entity and passage problems and a note), written as
        ``.xlsx`` (needs ``openpyxl``) or UTF-8-with-BOM ``.csv`` by the suffix of
        ``path``; returns the table.

        Examples:
            >>> c = compare("The city spent 55 million dong on 3 schools.",
            ...             "เมืองใช้เงิน 56 ล้านดองสร้างโรงเรียน 3 แห่ง")
            >>> c.to_spreadsheet("review.csv")[["kind", "number_problems"]]
              kind                        number_problems
            0  1-1  mismatch 55 million dong → 56 ล้านดอง
        """
        from .exchange import write_spreadsheet

        return write_spreadsheet(self, path)

    def _repr_html_(self) -> str:
        from .report import summary_html

        return summary_html(self)

    def __repr__(self) -> str:
        return (f"Comparison({self.src.doc_id!r} -> {self.tgt.doc_id!r}: "
                f"{self.verdict})")


def compare(src: DocLike, tgt: DocLike, *, embeddings: bool | None = None,
            src_lang: str | None = None, tgt_lang: str | None = None) -> Comparison:
    """Compare ``tgt``, a translation, with its source ``src``.

    Both are Documents, Analyses or texts; languages are detected unless given.
    ``embeddings`` is passed to :func:`massmob_nlp.align`. Warns (coded, see
    :mod:`massmob_nlp.comparison.guards`) when the arguments look swapped (W060), both
    texts are in one language (W061) or the alignment is too weak for a translation
    (W062).

    Examples:
        >>> c = compare("The city spent 55 million dong on 3 schools.",
        ...             "เมืองใช้เงิน 56 ล้านดองสร้างโรงเรียน 3 แห่ง")
        >>> c.verdict
        'Check: 1 number mismatch; 50% of source numbers preserved.'
        >>> c.numbers[["status", "src_text", "tgt_text"]]
             status         src_text    tgt_text
        0  mismatch  55 million dong  56 ล้านดอง
        1     match                3           3
    """
    a_src, a_tgt = _analyses(src, tgt, src_lang, tgt_lang)
    from ..alignment.result import align

    langs: dict[str, Any] = {"src_lang": src_lang or a_src.lang,
                             "tgt_lang": tgt_lang or a_tgt.lang}
    warned = check_languages(langs["src_lang"], langs["tgt_lang"],
                             forced=src_lang is not None or tgt_lang is not None)
    for side, a in (("source", a_src), ("translation", a_tgt)):
        check_body(a.paragraphs, side=side, doc_id=a.doc_id)
    from ..alignment.features import encoder_knows

    if embeddings is None and not encoder_knows(langs["src_lang"], langs["tgt_lang"]):
        embeddings = False  # Vietnamese: the encoder never saw it (alignment.features)
    sent = align(a_src, a_tgt, level="sentence", embeddings=embeddings, **langs)
    para = sent.paragraphs
    if para is None:  # one paragraph on each side: the sentence pass had no first pass
        para = align(a_src, a_tgt, level="paragraph", embeddings=embeddings, **langs)
    para_frame, sent_frame = _rejoin_skips(a_src, a_tgt, para.to_frame(), sent.to_frame(),
                                           lambda s, t: align(s, t, embeddings=embeddings,
                                                              **langs))
    ctx = _Context(a_src, a_tgt, para_frame, sent_frame)
    if not warned:
        from ..alignment.features import use_embeddings

        check_alignment(ctx.sent, embeddings=use_embeddings(embeddings))
    from ..alignment.features import use_embeddings as _use_embeddings

    with_emb = _use_embeddings(embeddings)
    passages = _passages(ctx, embeddings=with_emb)
    omitted = {int(b) for level, b in zip(column_list(passages["level"]),
                                          column_list(passages["bead_id"]), strict=True)
               if str(level) != "span" and not pd.isna(b)}
    numbers = _compare_numbers(ctx, omitted)
    passages = _unanchored_paragraphs(ctx, numbers, passages)
    passages = _moved_sentences(ctx, numbers, passages, embeddings=with_emb)
    if with_emb:
        passages = _moved_by_meaning(ctx, numbers, passages, _length_stats(ctx)[0])
    passages = _out_of_order(ctx, passages)
    entities = _compare_entities(ctx)
    summary = _summary(ctx, numbers, entities, passages)
    return Comparison(a_src, a_tgt, ctx.sent, ctx.para, numbers, entities, passages,
                      summary)


def _analyses(src: Any, tgt: Any, src_lang: str | None,
              tgt_lang: str | None) -> tuple[Analysis, Analysis]:
    todo = [x for x in (src, tgt) if not isinstance(x, Analysis)]
    if len(todo) == 2 and src_lang is None and tgt_lang is None:
        a, b = analyze_documents([as_document(src), as_document(tgt)])
        return a, b
    return (analyze(src, lang=src_lang) if not isinstance(src, Analysis) else src,
            analyze(tgt, lang=tgt_lang) if not isinstance(tgt, Analysis) else tgt)


# ------------------------------------------------------------------------ summary

def _summary(ctx: _Context, numbers: pd.DataFrame, entities: pd.DataFrame,
             passages: pd.DataFrame) -> pd.Series:
    """The ``summary`` Series: counts by status and kind, shares and the verdict."""
    out: dict[str, Any] = {"src_doc_id": ctx.src.doc_id, "tgt_doc_id": ctx.tgt.doc_id,
                           "src_lang": ctx.src.lang, "tgt_lang": ctx.tgt.lang,
                           "sentence_beads": len(ctx.sent),
                           "paragraph_beads": len(ctx.para)}
    n_statuses = [str(x) for x in column_list(numbers["status"])]
    n_status = Counter(n_statuses)
    for st in NUMBER_STATUSES:
        out[f"numbers_{st}"] = n_status.get(st, 0)
    e_statuses = [str(x) for x in column_list(entities["status"])]
    e_status = Counter(e_statuses)
    for st in ENTITY_STATUSES:
        out[f"entities_{st}"] = e_status.get(st, 0)
    out["entity_problems"] = sum(bool(c) and st != "matched"
                                 for c, st in zip(column_list(entities["checked"]), e_statuses))
    p_kinds = [str(x) for x in column_list(passages["kind"])]
    p_kind = Counter(p_kinds)
    for k in ("omitted", "added", "length_ratio", "untranslated", "moved"):
        out[f"passages_{k}"] = p_kind.get(k, 0)
    has_src = [not pd.isna(x) for x in column_list(numbers["src_text"])]
    n_src = sum(has_src)
    kept = sum(h and st in ("match", "format_only", "qualifier_changed")
               for h, st in zip(has_src, n_statuses))
    out["share_numbers_preserved"] = kept / n_src if n_src else 1.0
    total = sum(_nonspace(t) for t in column_list(ctx.sent["src_text"]))
    lost = sum(_nonspace(t) for t, side, k in zip(column_list(passages["text"]),
                                                   column_list(passages["side"]), p_kinds)
               if str(side) == "src" and k == "omitted")
    out["share_text_aligned"] = 1.0 - lost / total if total else 1.0
    out["verdict"] = _verdict(out)
    thin = [f"the {side} is {share:.0%} article text" for side, a in
            (("source", ctx.src), ("translation", ctx.tgt))
            if (share := body_share(a.paragraphs)) < MIN_BODY_SHARE
            and sum(_nonspace(str(t)) for t in a.paragraphs["text"]) >= MIN_SOURCE_CHARS]
    if thin:  # never "No problems found" about a page whose article was not seen
        out["verdict"] = (f"Check: {' and '.join(thin)} (the rest is flagged as page "
                          f"furniture); {out['verdict']}")
    return pd.Series(out, name="summary", dtype=object)


def _verdict(s: dict[str, Any]) -> str:
    """A one-line reading of the summary counts."""
    parts = []
    for key, label in (("numbers_mismatch", "number mismatch"),
                       ("numbers_missing", "missing number"),
                       ("numbers_added", "added number"),
                       ("numbers_qualifier_changed", "changed qualifier"),
                       ("passages_omitted", "omitted passage"),
                       ("passages_added", "added passage"),
                       ("passages_length_ratio", "length outlier"),
                       ("passages_untranslated", "untranslated span"),
                       ("entity_problems", "missing or added name/code")):
        if s.get(key):
            plural = "" if s[key] == 1 else "es" if label.endswith("ch") else "s"
            parts.append(f"{s[key]} {label}{plural}")
    pct = f"{100 * s['share_numbers_preserved']:.0f}% of source numbers preserved"
    if not any(s.get(f"numbers_{st}") for st in ("match", "format_only", "qualifier_changed",
                                                 "mismatch", "missing")):
        pct = "no numbers in the source"
    moved = s.get("passages_moved") or 0
    if moved:  # not a problem: the report shows where the translation put them
        pct = (f"{moved} passage{'' if moved == 1 else 's'} moved to another part of "
               f"the article; {pct}")
    if not parts:
        return f"No problems found; {pct}."
    return f"Check: {', '.join(parts)}; {pct}."
