"""Reading article files into Documents; paragraphs and boilerplate.

Supported: ``.txt`` (UTF-8 with/without BOM, UTF-16/32 with BOM, Thai cp874/TIS-620
detected without being told: :mod:`.encodings`), ``.md`` (Markdown markup reduced),
``.html``/``.htm`` (visible text, block breaks kept, page chrome flagged: :mod:`.html`),
``.docx`` and ``.odt`` (a translator's Word or LibreOffice file: :mod:`.office`),
``.jsonl`` and ``.csv`` (one document per record). Every non-blank line of a document
is a paragraph. Boilerplate is flagged, never removed.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import math
import os
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, Union

import pandas as pd

from .. import tables
from ..errors import DecodeError, Errors
from ..langid import detect_language, paragraph_languages
from ..types import Document
from .boilerplate import classify_paragraphs, flag_site_language_edges
from .encodings import BOMS, decode_bytes, utf16_without_bom
from .html import html_to_text
from .markdown_captions import caption_spans
from .office import markdown_front_matter, markdown_to_text, office_to_text
from .sources import SUFFIXES, expand, is_folder_notes, iter_paths, looks_like_path

PathLike = Union[str, "os.PathLike[str]"]
BINARY_SAMPLE = 65_536
"""Characters looked at to tell a binary file from text."""
BINARY_CONTROL_SHARE = 0.05
"""More control characters than this share (or any NUL) means binary data."""
_PARA_RE = re.compile(r"[^\s](?:[^\r\n\u2028\u2029\x0b\x0c\x85]*[^\s])?")
"""A non-blank line trimmed of whitespace: from its first non-space character to its
last (``\\s`` is what ``str.strip`` removes)."""


def read_documents(source: PathLike | Document | Sequence[PathLike | Document]
                   | pd.DataFrame, *, encoding: str | None = None,
                   text_column: str = "text", id_column: str = "id") -> list[Document]:
    """Read documents from a file, a folder (recursive), a list of them, text, or a
    DataFrame of records.

    A ``str`` that names an existing file or folder, or looks like a path (one line
    ending in ``/`` or in a file extension, or whose parent folder exists), is read as
    a path, and raises ``[E002]`` when it does not exist; any other ``str`` is the text
    of one document (``doc_id`` from its content hash). To analyse a text that looks
    like a path, pass ``Document("my_id", "corpus/")``. A file's ``doc_id`` is its path
    relative to the deepest folder holding all files of the call, without extension
    (``en/a``, ``th/a``); ids must be unique (``[E008]``). ``encoding`` overrides
    detection. ``text_column``/``id_column`` name the fields of ``.jsonl``/``.csv``
    records and DataFrame columns. Files come back sorted by path, so runs are
    deterministic.

    Examples:
        >>> docs = read_documents(["The city opened 3 schools.", "เมืองเปิดโรงเรียน 3 แห่ง"])
        >>> [d.text for d in docs]
        ['The city opened 3 schools.', 'เมืองเปิดโรงเรียน 3 แห่ง']
        >>> docs[0].doc_id  # texts get an id from their content; files their relative path
        'text_af518ca24e5e55e4'
    """
    docs, _ = _read(source, encoding=encoding, text_column=text_column,
                    id_column=id_column, strict=True)
    return docs


def read_corpus(source: PathLike | Sequence[PathLike], *, encoding: str | None = None,
                text_column: str = "text", id_column: str = "id"
                ) -> tuple[list[Document], pd.DataFrame]:
    """Like :func:`read_documents`, but an input that cannot be read does not stop the
    others: it becomes a row of the returned ``errors`` table (``source, stage, error,
    message``; stage ``"skip"`` for files of another type found in a folder). Nothing
    is dropped silently."""
    docs, errors = _read(source, encoding=encoding, text_column=text_column,
                         id_column=id_column, strict=False)
    return docs, tables.make_frame("errors", errors)


_Errors = list[tuple[str, str, str, str]]


def _read(source: Any, *, encoding: str | None, text_column: str, id_column: str,
          strict: bool) -> tuple[list[Document], _Errors]:
    if isinstance(source, pd.DataFrame):
        return _frame_documents(source, text_column, id_column), []
    items = [source] if isinstance(source, (str, os.PathLike, Document)) else source
    if not isinstance(items, (list, tuple)):
        raise TypeError(Errors.E001.format(type=type(source).__name__))
    errors: _Errors = []
    slots: list[Any] = []  # a Document, or the list of paths of one item
    for item in items:
        if isinstance(item, Document):
            slots.append(item)
        elif isinstance(item, os.PathLike) or (isinstance(item, str)
                                               and looks_like_path(item)):
            slots.append(_expand_item(Path(item), errors, strict))
        elif isinstance(item, str):
            slots.append(document_from_text(item))
        else:
            raise TypeError(Errors.E001.format(type=type(item).__name__))
    ids = dict(iter_paths(p for slot in slots if isinstance(slot, list) for p in slot))
    docs: list[tuple[Document, str]] = []
    for i, slot in enumerate(slots):
        if isinstance(slot, Document):
            docs.append((slot, str(slot.meta.get("path", f"input #{i + 1}"))))
            continue
        for path in slot:
            try:
                docs.extend((d, str(path)) for d in read_file(
                    path, encoding=encoding, text_column=text_column,
                    id_column=id_column, doc_id=ids[path]))
            except (OSError, ValueError, UnicodeError) as e:
                if strict:
                    raise
                errors.append((str(path), "read", type(e).__name__, str(e)))
    return _unique(docs, errors, strict), errors


def _expand_item(path: Path, errors: _Errors, strict: bool) -> list[Path]:
    try:
        files, others = expand(path)
    except OSError as e:
        if strict:
            raise
        errors.append((str(path), "read", type(e).__name__, str(e)))
        return []
    if path.is_dir() and not files:
        empty = FileNotFoundError(Errors.E014.format(path=path, n=len(others)))
        if strict:
            raise empty
        errors.append((str(path), "read", type(empty).__name__, str(empty)))
    errors.extend((str(p), "skip", "FolderNotes", Errors.E074.format(path=p))
                  if is_folder_notes(p) and p.suffix.lower() in SUFFIXES else
                  (str(p), "skip", "UnsupportedType", Errors.E007.format(
                      suffix=p.suffix.lower(), path=p)) for p in others)
    return files


def unique_id(doc: Document, source: str, seen: dict[str, str]
              ) -> tuple[Document, str | None]:
    """``doc`` with an id not in ``seen`` (id → source), recorded there: identical
    texts given twice (content-hash ids) get a numbered id; any other id used before
    gives the ``[E008]`` message instead (and is not recorded)."""
    if doc.doc_id in seen and doc.doc_id.startswith("text_") and "path" not in doc.meta:
        n = 2
        while f"{doc.doc_id}-{n}" in seen:
            n += 1
        doc = Document(f"{doc.doc_id}-{n}", doc.text, doc.meta)
    if doc.doc_id in seen:
        return doc, Errors.E008.format(doc_id=doc.doc_id, first=seen[doc.doc_id],
                                       second=source)
    seen[doc.doc_id] = source
    return doc, None


def _unique(docs: list[tuple[Document, str]], errors: _Errors, strict: bool
            ) -> list[Document]:
    """Drop (or raise on) documents whose id was used before; identical texts given
    twice (content-hash ids) get a numbered id instead."""
    out: list[Document] = []
    seen: dict[str, str] = {}
    for doc, source in docs:
        doc, message = unique_id(doc, source, seen)
        if message is not None:
            if strict:
                raise ValueError(message)
            errors.append((source, "read", "DuplicateId", message))
            continue
        out.append(doc)
    return out


def _frame_documents(frame: pd.DataFrame, text_column: str, id_column: str
                     ) -> list[Document]:
    if text_column not in frame.columns:
        raise ValueError(Errors.E005.format(path="<DataFrame>", column=text_column,
                                            columns=sorted(map(str, frame.columns))))
    docs = [_record_document(rec, i, Path("<DataFrame>"), {"format": "dataframe"},
                             text_column, id_column, "row")
            for i, rec in enumerate(frame.to_dict("records"))]
    return _unique([(d, f"<DataFrame row {i}>") for i, d in enumerate(docs)], [], True)


def document_from_text(text: str, doc_id: str | None = None,
                       meta: dict[str, Any] | None = None) -> Document:
    """A Document for a text held in memory; ``doc_id`` defaults to a content hash."""
    if not isinstance(text, str):
        raise TypeError(Errors.E010.format(type=type(text).__name__))
    if doc_id is None:
        doc_id = "text_" + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    meta = dict(meta or {})
    meta.update(_header_meta(text, meta))
    return Document(doc_id, text, meta)


def read_file(path: PathLike, *, encoding: str | None = None, text_column: str = "text",
              id_column: str = "id", doc_id: str | None = None) -> list[Document]:
    """Read one file into one Document (``.txt``, ``.md``, ``.html``, ``.docx``,
    ``.odt``: :mod:`.office`) or several (``.jsonl``, ``.csv``); ``doc_id`` defaults
    to the file name without extension."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ValueError(Errors.E007.format(suffix=suffix, path=path))
    try:
        data = path.read_bytes()
    except OSError as e:
        raise type(e)(Errors.E018.format(path=path, reason=e.strerror or e)) from e
    doc_id = path.stem if doc_id is None else doc_id
    if suffix in (".docx", ".odt"):
        text, office_meta = office_to_text(data, path)
        meta = {"path": str(path), "encoding": "zip", "format": suffix.lstrip("."),
                **office_meta}
        return [document_from_text(text, doc_id, meta)]
    if encoding is None and b"\x00" in data[:BINARY_SAMPLE] and \
            not data.startswith(tuple(b for b, _ in BOMS)) and utf16_without_bom(data) is None:
        raise DecodeError(Errors.E009.format(path=path, n=data[:BINARY_SAMPLE].count(0)))
    text, used = decode_bytes(data, encoding=encoding, path=path)
    _check_text(text, path)
    meta = {"path": str(path), "encoding": used, "format": suffix.lstrip(".")}
    if suffix == ".txt":  # a read-later text export opens with the same header
        front, body = markdown_front_matter(text)
        return [document_from_text(body, doc_id, {**meta, **front})]
    if suffix == ".md":
        front, body = markdown_front_matter(text)
        meta.update(front)
        visible = markdown_to_text(body)
        captions = caption_spans(body, visible)  # an image's alt text and caption line
        if captions:
            meta["caption_spans"] = captions
        return [document_from_text(visible, doc_id, meta)]
    if suffix in (".html", ".htm"):
        visible, html_meta = html_to_text(text)
        meta.update(html_meta)
        return [document_from_text(visible, doc_id, meta)]
    records = _jsonl_records(text, path) if suffix == ".jsonl" else _csv_records(text)
    return [_record_document(rec, i, path, meta, text_column, id_column, doc_id)
            for i, rec in enumerate(records)]


def _check_text(text: str, path: Path) -> None:
    """Refuse binary data (NUL bytes, mostly control characters) read as text."""
    sample = text[:BINARY_SAMPLE]
    controls = sum(1 for c in sample if c < " " and c not in "\t\n\r\x0b\x0c\x1b")
    if "\x00" in sample or controls > BINARY_CONTROL_SHARE * max(len(sample), 1):
        raise DecodeError(Errors.E009.format(path=path, n=controls + sample.count("\x00")))


def _record_document(record: dict[str, Any], index: int, path: Path, meta: dict[str, Any],
                     text_column: str, id_column: str, base_id: str | None = None
                     ) -> Document:
    if text_column not in record:
        raise ValueError(Errors.E005.format(path=path, column=text_column,
                                            columns=sorted(map(str, record))))
    text = "" if _missing(record[text_column]) else str(record[text_column])
    user_id = record.get(id_column)
    doc_id = f"{path.stem if base_id is None else base_id}:{index}" \
        if _missing(user_id) or user_id == "" else str(user_id)
    extra = {k: v for k, v in record.items() if k not in (text_column, id_column)
             and v not in (None, "")}
    for key in ("url", "link", "source"):
        if key in extra and "source_url" not in extra:
            extra["source_url"] = str(extra[key])
    return document_from_text(text, doc_id, {**meta, "record": index, **extra})


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _jsonl_records(text: str, path: Path) -> list[dict[str, Any]]:
    records = []
    for line_no, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            raise ValueError(Errors.E006.format(path=path, line=line_no, reason=e)) from e
        if not isinstance(record, dict):
            raise ValueError(Errors.E006.format(path=path, line=line_no,
                                                reason="not a JSON object"))
        records.append(record)
    return records


def _csv_records(text: str) -> list[dict[str, Any]]:
    return list(csv.DictReader(io.StringIO(text)))


# --------------------------------------------------------------- paragraphs
def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line, trimmed of surrounding whitespace."""
    return [m.span() for m in _PARA_RE.finditer(text)]


def paragraphs_table(doc: Document | str) -> pd.DataFrame:
    """One row per paragraph: ``doc_id, para_id, start_char, end_char, text, lang,
    is_boilerplate, boilerplate_kind``.

    Examples:
        >>> table = paragraphs_table("Hanoi, 2 May.\\n\\nThe city opened 3 schools.")
        >>> table[["para_id", "lang", "text"]]
           para_id lang                        text
        0        0   en               Hanoi, 2 May.
        1        1   en  The city opened 3 schools.
    """
    if isinstance(doc, str):
        doc = document_from_text(doc)
    if not isinstance(doc, Document):
        raise TypeError(Errors.E010.format(type=type(doc).__name__))
    return tables.make_frame("paragraphs", paragraph_rows(doc))


def paragraph_rows(doc: Document) -> list[tuple[Any, ...]]:
    """The rows of :func:`paragraphs_table` (tuples in the schema's column order), for
    callers that build one table for many documents."""
    spans = paragraph_spans(doc.text)
    texts = [doc.text[s:e] for s, e in spans]
    chrome = doc.meta.get("chrome_spans") or []  # from html_to_text
    captions = doc.meta.get("caption_spans") or []
    kinds = classify_paragraphs(texts, page_chrome=[
        any(a <= s and e <= b for a, b in chrome) for s, e in spans])
    notes = doc.meta.get("note_spans") or []  # a Word/ODF footnote: office_to_text
    for i, (s, e) in enumerate(spans):  # an HTML <figcaption>, a Markdown image's lines
        if kinds[i] is None and any(a <= s and e <= b for a, b in captions):
            kinds[i] = "caption"
        elif kinds[i] is None and any(a <= s and e <= b for a, b in notes):
            kinds[i] = "note"
    langs = paragraph_languages(texts, skip=[k is not None for k in kinds])
    flag_site_language_edges(texts, langs, kinds)
    return [(doc.doc_id, i, s, e, t, lang, k is not None, k)
            for i, ((s, e), t, lang, k)
            in enumerate(zip(spans, texts, langs, kinds, strict=True))]


def documents_table(docs: Iterable[Document]) -> pd.DataFrame:
    """One row per document with its language, size and metadata.

    Examples:
        >>> docs = read_documents(["The city opened 3 schools.", "เมืองเปิดโรงเรียน 3 แห่ง"])
        >>> documents_table(docs)[["lang", "n_paragraphs", "n_chars"]]
          lang  n_paragraphs  n_chars
        0   en             1       26
        1   th             1       24
    """
    rows = []
    for doc in docs:
        paras = paragraphs_table(doc)
        body = paras[~paras["is_boilerplate"]]
        lang = detect_language("\n".join(body["text"].tolist()[:20]))
        rows.append({"doc_id": doc.doc_id, "lang": lang, "n_chars": len(doc.text),
                     "n_paragraphs": len(paras),
                     "n_boilerplate": int(paras["is_boilerplate"].sum()),
                     **{k: str(doc.meta[k]) for k in ("encoding", "path", "source_url",
                                                       "author", "published")
                        if k in doc.meta}})
    return tables.make_frame("documents", rows)


def _header_meta(text: str, known: dict[str, Any]) -> dict[str, str]:
    """source_url, author and published found in the text's boilerplate lines."""
    from .boilerplate import extract_meta

    found = extract_meta([text[s:e] for s, e in paragraph_spans(text)])
    return {k: v for k, v in found.items() if k not in known}
