"""The inputs of a corpus run, one at a time: a Document, or a :class:`Failure` for an
input that could not become one (unreadable file, item of a wrong type, duplicate id).

Folders are listed first (paths only) and files read lazily, so a corpus larger than
memory streams. ``doc_id``s are those :func:`massmob_nlp.read_documents` gives.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from ..corpus.reader import document_from_text, read_documents, read_file, unique_id
from ..corpus.sources import expand, iter_paths, looks_like_path
from ..errors import Errors
from ..types import Document


@dataclass(frozen=True)
class Failure:
    """An input that did not become a Document: one row of the ``errors`` table."""

    doc_id: str | None
    source: str
    stage: str
    error_type: str
    message: str

    @classmethod
    def of(cls, doc_id: str | None, source: str, stage: str, error: BaseException
           ) -> Failure:
        return cls(doc_id, source, stage, type(error).__name__, str(error))


Item = Document | Failure


@dataclass(frozen=True)
class _Options:
    encoding: str | None
    text_column: str
    id_column: str


def iter_inputs(docs: Any, *, encoding: str | None = None, text_column: str = "text",
                id_column: str = "id") -> Iterator[Item]:
    """Documents (and failures) of ``docs``: a folder or file path, a DataFrame of
    records, a Document, a text, or an iterable of any of these."""
    opts = _Options(encoding, text_column, id_column)
    if isinstance(docs, pd.DataFrame):
        items: Iterable[Any] = frame_items(docs, text_column=text_column,
                                           id_column=id_column)
    elif isinstance(docs, (str, os.PathLike, Document)):
        items = [docs]
    elif isinstance(docs, Iterable):
        items = docs
    else:
        raise TypeError(Errors.E001.format(type=type(docs).__name__))
    if isinstance(items, (list, tuple)):
        items = _expand_paths(items)  # ids relative to all files of the call
    yield from unique_ids(_items(items, opts))


def frame_items(frame: pd.DataFrame, *, text_column: str = "text", id_column: str = "id"
                ) -> Iterator[Item]:
    """Documents of a frame of records; a bad row (or a repeated id: see
    :func:`unique_ids`) does not stop the others."""
    if text_column not in frame.columns:
        raise ValueError(Errors.E005.format(path="<DataFrame>", column=text_column,
                                            columns=sorted(map(str, frame.columns))))
    try:  # the whole frame at once; row by row when a row is bad
        yield from read_documents(frame, text_column=text_column, id_column=id_column)
        return
    except (TypeError, ValueError):
        pass
    for i in range(len(frame)):
        row = frame.iloc[i:i + 1]
        doc_id = str(row[id_column].iloc[0]) if id_column in row else None
        try:
            yield from read_documents(row, text_column=text_column, id_column=id_column)
        except (TypeError, ValueError) as e:
            yield Failure.of(doc_id, f"row {row.index[0]!r}", "read", e)


def _expand_paths(items: list[Any] | tuple[Any, ...]) -> list[Any]:
    """Path items replaced by their files, each as ``(path, doc_id)``; read errors of
    a path item (missing, empty folder) and skipped files as failures."""
    out: list[Any] = []
    files: list[Path] = []
    for i, item in enumerate(items):
        if not _is_path(item):
            out.append(item if isinstance(item, (Document, Failure, str))
                       else _wrong_type(item, i))
            continue
        path = Path(item)
        try:
            found, others = expand(path)
        except OSError as e:
            out.append(Failure.of(None, str(path), "read", e))
            continue
        if path.is_dir() and not found:
            empty = FileNotFoundError(Errors.E014.format(path=path, n=len(others)))
            out.append(Failure.of(None, str(path), "read", empty))
        out.extend(Failure(None, str(p), "skip", "UnsupportedType", Errors.E007.format(
            suffix=p.suffix.lower(), path=p)) for p in others)
        out.append(found)
        files.extend(found)
    ids = dict(iter_paths(files))
    return [[(p, ids[p]) for p in item] if isinstance(item, list) else item
            for item in out]


def _is_path(item: Any) -> bool:
    return isinstance(item, os.PathLike) or (isinstance(item, str) and looks_like_path(item))


def _items(items: Iterable[Any], opts: _Options) -> Iterator[Item]:
    for i, item in enumerate(items):
        if isinstance(item, (Document, Failure)):
            yield item
        elif isinstance(item, list):  # files of a folder, with their ids
            for path, doc_id in item:
                yield from _read(path, doc_id, opts)
        elif _is_path(item):  # a path met in a stream: ids relative to its own folder
            yield from _items(_expand_paths([item]), opts)
        elif isinstance(item, str):
            yield document_from_text(item)
        else:
            yield _wrong_type(item, i)


def _wrong_type(item: Any, i: int) -> Failure:
    error = TypeError(Errors.E001.format(type=type(item).__name__))
    return Failure.of(f"input-{i + 1}", f"input #{i + 1}", "read", error)


def _read(path: Path, doc_id: str, opts: _Options) -> Iterator[Item]:
    try:
        yield from read_file(path, encoding=opts.encoding, text_column=opts.text_column,
                             id_column=opts.id_column, doc_id=doc_id)
    except (OSError, ValueError, UnicodeError) as e:
        yield Failure.of(doc_id, str(path), "read", e)


def unique_ids(items: Iterable[Item]) -> Iterator[Item]:
    """Items with unique ids: a second identical text gets a numbered id, another
    duplicate id becomes a failure (``[E008]``)."""
    seen: dict[str, str] = {}
    for item in items:
        if isinstance(item, Failure):
            yield item
            continue
        source = str(item.meta.get("path", item.doc_id))
        doc, message = unique_id(item, source, seen)
        if message is not None:
            yield Failure(None, source, "read", "DuplicateId", message)
            continue
        yield doc
