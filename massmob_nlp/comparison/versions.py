"""One source, several translations: what each version kept, side by side.

Vietnamese state media publish an original and translate it into English and Thai;
a reader of one edition wants to know which numbers every edition agrees on and which
one edition changed or dropped. :func:`compare_versions` compares the source with each
translation (:func:`~massmob_nlp.compare`, analysing the source once) and lays the
number rows of all comparisons on the source's mentions:

* ``numbers``: the tidy table (schema ``version_numbers``): every row of every
  comparison's ``numbers`` with the ``version`` it belongs to;
* :meth:`VersionComparison.wide`: one row per source number, a ``<version>_text`` and
  ``<version>_status`` column per translation (and one row per number a translation
  added, which the source does not hold);
* :meth:`VersionComparison.disagreements`: the source numbers whose status is not the
  same in every version (kept in English, changed in Thai), the question a reviewer of
  one edition asks;
* ``summary``: one row per version (the :class:`~massmob_nlp.Comparison` summary).

In a folder of many articles, :func:`find_versions` finds which documents are versions
of which original (each version language paired with the source language by
:func:`~massmob_nlp.pair_documents`, whose score means the same for two documents or a
corpus), so each group can go to :func:`compare_versions`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .. import tables
from ..alignment.features import detect
from ..alignment.pairing import PAIR_THRESHOLD
from ..alignment.result import pair_documents
from ..corpus.sources import looks_like_path
from ..errors import Errors
from ..pipeline import Analysis, analyze, as_document
from ..types import DocLike, Document
from .result import Comparison, compare

KEPT = ("match", "format_only")
"""Statuses of a number the translation kept (the others are changes or losses)."""


@dataclass(frozen=True, eq=False)
class VersionComparison:
    """The result of :func:`compare_versions`.

    Examples:
        >>> v = compare_versions(
        ...     "Kim ngạch đạt 299,6 tỷ USD, tăng 15,4%.",
        ...     {"en": "Turnover reached US$299.6 billion, up 15.4%.",
        ...      "th": "มูลค่าการค้าอยู่ที่ 2.996 แสนล้านดอลลาร์ เพิ่มขึ้น 15.8%"})
        >>> v
        VersionComparison(source 'vi', versions ['en', 'th'])
    """

    source: Analysis = field(repr=False)
    comparisons: dict[str, Comparison] = field(repr=False)
    """One :class:`~massmob_nlp.Comparison` per version, by name."""
    numbers: pd.DataFrame = field(repr=False)
    """Every comparison's number rows with their ``version`` (schema ``version_numbers``)."""
    summary: pd.DataFrame = field(repr=False)
    """One row per version: ``version`` and the comparison's summary fields."""

    def wide(self) -> pd.DataFrame:
        """One row per source number (``src_text``, ``kind``, ``key``, offsets), then
        ``<version>_text`` and ``<version>_status`` for each version; a number a
        version added has an empty source.

        Examples:
            >>> v = compare_versions(
            ...     "Kim ngạch đạt 299,6 tỷ USD, tăng 15,4%.",
            ...     {"en": "Turnover reached US$299.6 billion, up 15.4%.",
            ...      "th": "มูลค่าการค้าอยู่ที่ 2.996 แสนล้านดอลลาร์ เพิ่มขึ้น 15.8%"})
            >>> v.wide()[["src_text", "en_status", "th_text", "th_status"]]
                   src_text    en_status                th_text    th_status
            0  299,6 tỷ USD  format_only  2.996 แสนล้านดอลลาร์  format_only
            1         15,4%        match                  15.8%     mismatch
        """
        src_cols = ["src_text", "kind", "key", "src_para_id", "src_start_char",
                    "src_end_char"]
        n = self.numbers
        has_src = n["src_start_char"].notna()
        base = (n.loc[has_src, src_cols]
                .drop_duplicates(["src_start_char", "src_end_char"])
                .sort_values("src_start_char", kind="stable"))
        out = base.set_index(["src_start_char", "src_end_char"], drop=False)
        added = []
        for name in self.comparisons:
            rows = n[(n["version"] == name) & has_src].drop_duplicates(
                ["src_start_char", "src_end_char"]).set_index(
                ["src_start_char", "src_end_char"])
            out[f"{name}_text"] = rows["tgt_text"].reindex(out.index)
            out[f"{name}_status"] = rows["status"].astype("string").reindex(out.index)
            extra = n[(n["version"] == name) & ~has_src]
            if len(extra):
                added.append(pd.DataFrame({
                    "src_text": pd.NA, "kind": extra["kind"], "key": extra["key"],
                    f"{name}_text": extra["tgt_text"],
                    f"{name}_status": extra["status"].astype("string")}))
        frame = pd.concat([out.reset_index(drop=True), *added], ignore_index=True)
        for name in self.comparisons:
            for col in (f"{name}_text", f"{name}_status"):
                frame[col] = frame[col].astype("string")
        return frame

    def disagreements(self) -> pd.DataFrame:
        """Rows of :meth:`wide` where the versions do not all keep the number: some
        kept it and another changed, lost or added it.

        Examples:
            >>> v = compare_versions(
            ...     "Kim ngạch đạt 299,6 tỷ USD, tăng 15,4%.",
            ...     {"en": "Turnover reached US$299.6 billion, up 15.4%.",
            ...      "th": "มูลค่าการค้าอยู่ที่ 2.996 แสนล้านดอลลาร์ เพิ่มขึ้น 15.8%"})
            >>> v.disagreements()[["src_text", "en_status", "th_status"]]
              src_text en_status th_status
            0    15,4%     match  mismatch
        """
        wide = self.wide()
        status_cols = [f"{name}_status" for name in self.comparisons]
        kept = wide[status_cols].isin(KEPT)
        return wide[~kept.all(axis=1)].reset_index(drop=True)

    def to_html(self, path: str | Path | None = None, *,
                reports: Mapping[str, str] | None = None) -> str:
        """One self-contained HTML page: each edition's verdict, then the numbers the
        editions disagree on with the sentence of the original they come from, then all
        numbers; also written to ``path`` when given. ``reports`` maps an edition's
        name to the file of its own comparison report, linked from its row.

        Examples:
            >>> v = compare_versions(
            ...     "Kim ngạch đạt 299,6 tỷ USD, tăng 15,4%.",
            ...     {"en": "Turnover reached US$299.6 billion, up 15.4%.",
            ...      "th": "มูลค่าการค้าอยู่ที่ 2.996 แสนล้านดอลลาร์ เพิ่มขึ้น 15.8%"})
            >>> page = v.to_html()
            >>> "1 of 2 numbers not kept by every edition" in page
            True
        """
        from .versions_report import versions_html

        page = versions_html(self, reports=reports)
        if path is not None:
            Path(path).write_text(page, encoding="utf-8")
        return page

    def _repr_html_(self) -> str:
        return self.to_html()

    def __repr__(self) -> str:
        return (f"VersionComparison(source {self.source.lang!r}, "
                f"versions {list(self.comparisons)})")


def compare_versions(source: DocLike, translations: Mapping[str, DocLike]
                     | Sequence[DocLike], *, embeddings: bool | None = None
                     ) -> VersionComparison:
    """Compare ``source`` with each of its ``translations``.

    ``translations`` maps a version name (``"en"``, ``"th"``, ``"th_vna"``) to a text,
    path, Document or Analysis; a plain sequence is named by each version's detected
    language (two in one language: ``E095``). The source is analysed once.
    ``embeddings`` is passed to :func:`~massmob_nlp.compare` (the sentence encoder is
    used only for languages it knows).

    Examples:
        >>> v = compare_versions(
        ...     "Kim ngạch đạt 299,6 tỷ USD, tăng 15,4%.",
        ...     ["Turnover reached US$299.6 billion, up 15.4%.",
        ...      "มูลค่าการค้าอยู่ที่ 2.996 แสนล้านดอลลาร์ เพิ่มขึ้น 15.8%"])
        >>> v.summary[["version", "numbers_mismatch", "share_numbers_preserved"]]
          version  numbers_mismatch  share_numbers_preserved
        0      en                 0                      1.0
        1      th                 1                      0.5
    """
    src = source if isinstance(source, Analysis) else analyze(source)
    if isinstance(translations, Mapping):
        named = {str(k): v for k, v in translations.items()}
    elif isinstance(translations, Sequence) and not isinstance(translations, str):
        named = {}
        for doc in translations:
            a = doc if isinstance(doc, Analysis) else analyze(doc)
            if a.lang in named:
                raise ValueError(Errors.E095.format(lang=a.lang))
            named[a.lang] = a
    else:
        raise TypeError(Errors.E094.format(type=type(translations).__name__))
    if not named:
        raise ValueError(Errors.E094.format(type="an empty collection"))
    comparisons = {name: compare(src, doc, embeddings=embeddings)
                   for name, doc in named.items()}
    numbers = tables.make_frame("version_numbers", pd.concat(
        [c.numbers.assign(version=name) for name, c in comparisons.items()],
        ignore_index=True))
    summary = pd.DataFrame([{"version": name, **c.summary.to_dict()}
                            for name, c in comparisons.items()])
    return VersionComparison(src, comparisons, numbers, summary)


def find_versions(docs: Iterable[DocLike], *, source_lang: str = "vi",
                  threshold: float = PAIR_THRESHOLD, embeddings: bool | None = None
                  ) -> pd.DataFrame:
    """Which documents are translations of which ``source_lang`` original.

    Every language found among ``docs`` other than ``source_lang`` (and ``und``) is
    paired one-to-one with the source documents by :func:`~massmob_nlp.pair_documents`.
    Returns one row per (source document, version): ``source_doc_id``, ``version``
    (the translation's language), ``doc_id``, ``score`` (the probability that the two
    translate each other) and ``evidence``; a source with no version above
    ``threshold`` has no row. ``docs`` are texts, paths, Documents or Analyses (a text
    is named by its position, as in :func:`~massmob_nlp.pair_documents`).

    Examples:
        >>> docs = [Document("vn-1", "Xuất khẩu gạo đạt 8,1 triệu tấn, tăng 12%."),
        ...         Document("en-1", "Rice exports reached 8.1 million tonnes, up 12%."),
        ...         Document("th-1", "การส่งออกข้าวอยู่ที่ 8.1 ล้านตัน เพิ่มขึ้น 12%"),
        ...         Document("en-2", "Coffee prices fell 3% to $4,215 a tonne.")]
        >>> find_versions(docs, embeddings=False)[["source_doc_id", "version", "doc_id"]]
          source_doc_id version doc_id
        0          vn-1      en   en-1
        1          vn-1      th   th-1
    """
    documents = [Document(str(k), d) if isinstance(d, str) and not looks_like_path(d)
                 else as_document(d) for k, d in enumerate(docs)]
    langs = [detect([d.text]) for d in documents]
    targets = sorted({lang for lang in langs if lang not in (source_lang, "und")})
    if source_lang not in langs or not targets:
        return tables.empty_frame("version_groups")
    rows = []
    for lang in targets:
        pairs = pair_documents(documents, src_lang=source_lang, tgt_lang=lang,
                               threshold=threshold, embeddings=embeddings)
        rows += [{"source_doc_id": r.src_doc_id, "version": lang, "doc_id": r.tgt_doc_id,
                  "score": r.score, "evidence": r.evidence}
                 for r in pairs.itertuples(index=False)]
    order = {d.doc_id: k for k, d in enumerate(documents)}
    rows.sort(key=lambda r: (order[r["source_doc_id"]], r["version"]))
    return tables.make_frame("version_groups", rows)
