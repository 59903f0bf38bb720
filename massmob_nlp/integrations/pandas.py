"""The ``df.massmob`` accessor: a table of articles in, tidy tables out.

Registered by ``import massmob_nlp`` (at once if pandas is imported, else as soon as it
is: :mod:`massmob_nlp.integrations.imports`)::

    >>> import pandas as pd
    >>> import massmob_nlp
    >>> df = pd.DataFrame({"text": ["Over 92% of the 126 petitions were resolved in 2024.",
    ...                             "ในปี 2567 มีการเสวนา 126 ครั้ง"]}, index=["a", "b"])
    >>> df.massmob.detect()[["doc_id", "lang", "status"]].values.tolist()
    [['a', 'en', 'ok'], ['b', 'th', 'ok']]
    >>> df.massmob.numbers()[["doc_id", "text", "key"]].values.tolist()[:2]
    [['a', '92%', 'percent:92'], ['a', '126', 'cardinal:126']]

Every method takes ``text_col`` (default ``"text"``) and ``id_col``; each article's
``doc_id`` is ``str()`` of the frame's index label, or of its ``id_col`` value, and keys
the rows of the result (``doc_id`` column, as in every massmob table), so results join
back with ``df.set_index(df.index.astype(str))`` or on the id column.

Missing texts (``None``, ``NaN``, ``pd.NA``) are read as empty articles: no numbers, no
entities, never paired, and ``detect`` reports them with ``lang="und"`` and
``status="missing"`` so they are not lost silently. Any other non-text cell (a number,
bytes, a list) raises ``[E092]`` naming the row; a missing column ``[E091]``; duplicate
ids ``[E093]``. This module imports only pandas: spaCy and the models load when a
method that needs them runs.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

import pandas as pd

from ..errors import Errors
from ..types import UND, Document

TEXT_COL = "text"
"""Default column holding the article texts."""
STATUS_OK, STATUS_MISSING = "ok", "missing"
"""``detect`` statuses: a text was read / the cell was missing (None/NaN)."""
DETECT_COLUMNS: dict[str, str] = {
    "doc_id": "string", "lang": "category", "n_chars": "Int64", "n_paragraphs": "Int64",
    "n_boilerplate": "Int64", "status": "category"}
"""Columns and dtypes of :meth:`MassmobAccessor.detect`."""


@pd.api.extensions.register_dataframe_accessor("massmob")
class MassmobAccessor:
    """``df.massmob``: massmob_nlp on a DataFrame with one article per row."""

    def __init__(self, frame: pd.DataFrame) -> None:
        self._frame = frame

    def documents(self, *, text_col: str = TEXT_COL, id_col: str | None = None
                  ) -> list[Document]:
        """One :class:`~massmob_nlp.Document` per row with a text (missing texts are
        left out), ``doc_id`` from the index or ``id_col``."""
        return [doc for doc in self._all(text_col, id_col) if doc is not None]

    def detect(self, *, text_col: str = TEXT_COL, id_col: str | None = None
               ) -> pd.DataFrame:
        """One row per article: ``doc_id, lang, n_chars, n_paragraphs, n_boilerplate,
        status`` (``lang`` of the body without page chrome, as
        :func:`massmob_nlp.documents_table`; ``status`` is ``ok`` or ``missing``)."""
        from ..corpus import documents_table

        ids = self._ids(id_col)
        docs = self._all(text_col, id_col)
        found = documents_table([d for d in docs if d is not None])
        by_id = {str(r["doc_id"]): r for r in found.to_dict("records")}
        rows = [{**by_id[i], "status": STATUS_OK} if i in by_id else
                {"doc_id": i, "lang": UND, "n_chars": 0, "n_paragraphs": 0,
                 "n_boilerplate": 0, "status": STATUS_MISSING} for i in ids]
        frame = pd.DataFrame(rows, columns=list(DETECT_COLUMNS))
        return frame.astype(DETECT_COLUMNS)

    def numbers(self, *, text_col: str = TEXT_COL, id_col: str | None = None,
                lang: str | None = None, include_boilerplate: bool = False
                ) -> pd.DataFrame:
        """The ``numbers`` table of the articles (:func:`massmob_nlp.numbers_table`)."""
        from ..numbers import numbers_table

        return numbers_table(self.documents(text_col=text_col, id_col=id_col), lang=lang,
                             include_boilerplate=include_boilerplate)

    def entities(self, *, text_col: str = TEXT_COL, id_col: str | None = None,
                 lang: str | None = None) -> pd.DataFrame:
        """The ``entities`` table of the articles (:func:`massmob_nlp.entities_table`;
        runs the English spaCy model and the Thai NER model)."""
        from ..pipeline import entities_table

        docs = self.documents(text_col=text_col, id_col=id_col)
        if not docs:
            from .. import tables

            return tables.empty_frame("entities")
        return entities_table(docs, lang=lang)

    def pair(self, *, text_col: str = TEXT_COL, id_col: str | None = None,
             src_lang: str = "en", tgt_lang: str = "th", threshold: float | None = None,
             embeddings: bool | None = None) -> pd.DataFrame:
        """Which articles translate which: ``src_doc_id, tgt_doc_id, score, evidence``
        (:func:`massmob_nlp.pair_documents`; one-to-one, best first)."""
        from ..alignment import pair_documents

        options: dict[str, Any] = {} if threshold is None else {"threshold": threshold}
        return pair_documents(self.documents(text_col=text_col, id_col=id_col),
                              src_lang=src_lang, tgt_lang=tgt_lang, embeddings=embeddings,
                              **options)

    # ------------------------------------------------------------------ reading
    def _all(self, text_col: str, id_col: str | None) -> list[Document | None]:
        """Every row as a Document, or None where the text is missing."""
        from ..corpus import document_from_text

        self._check_column(text_col)
        docs: list[Document | None] = []
        for doc_id, label, cell in zip(self._ids(id_col), self._frame.index,
                                       self._frame[text_col], strict=True):
            if isinstance(cell, str):
                docs.append(document_from_text(cell, doc_id))
            elif _is_missing(cell):
                docs.append(None)
            else:
                raise TypeError(Errors.E092.format(column=text_col, row=_row(label),
                                                   type=type(cell).__name__))
        return docs

    def _ids(self, id_col: str | None) -> list[str]:
        """``doc_id`` of every row: ``str()`` of the index label or the id column."""
        if id_col is not None:
            self._check_column(id_col)
        labels = self._frame.index if id_col is None else self._frame[id_col]
        ids = [str(_row(label)) for label in labels]
        _check_unique(ids, "the index" if id_col is None else f"column {id_col!r}")
        return ids

    def _check_column(self, col: str) -> None:
        if col not in self._frame.columns:
            raise KeyError(Errors.E091.format(column=col,
                                              columns=list(self._frame.columns)))


def _is_missing(cell: Any) -> bool:
    return cell is None or (pd.api.types.is_scalar(cell) and bool(pd.isna(cell)))


def _row(label: Hashable) -> Any:
    return label.item() if hasattr(label, "item") else label


def _check_unique(ids: list[str], source: str) -> None:
    seen: set[str] = set()
    for doc_id in ids:
        if doc_id in seen:
            raise ValueError(Errors.E093.format(doc_id=doc_id, source=source))
        seen.add(doc_id)
