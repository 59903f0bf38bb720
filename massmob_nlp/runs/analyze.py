"""Analyze a corpus: documents stream in batches through :func:`analyze_documents`
(English paragraphs of a batch go through spaCy's ``nlp.pipe`` together), in this
process or in ``n_process`` worker processes (each loads the models once); a document
that fails a stage becomes a row of the ``errors`` table and the others go on.

The tables are the same whatever ``n_process`` and ``batch_size``: each equals the
stacked tables of :func:`massmob_nlp.analyze` run document by document. Workers
(:mod:`.pool`) fork from this process after a warm-up, so they inherit its models; a
worker that dies (killed, out of memory) fails its batch (stage ``worker``) and the
pool starts again for the rest.
"""

from __future__ import annotations

import functools
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice
from pathlib import Path
from typing import Any, Literal, cast, overload

import pandas as pd

from ..errors import Errors
from ..pipeline import Analysis, analyze_documents
from ..types import Document
from .batch_tables import BATCH_TABLES, batch_items
from .corpus_tables import RUN_TABLES, TABLES, BatchParts, CorpusTables, PartWriter, stack_batches
from .inputs import Failure, Item, iter_inputs
from .pool import ordered_results
from .progress import progress_bar
from .token_columns import Parsed

DEFAULT_BATCH_SIZE = 16
"""Documents per batch (a unit of work for one process). Measured on 96 English articles
(benchmarks/corpus_speed.py texts): 0.95x bare ``nlp.pipe`` with 16, 0.73x with 64."""
WARM_UP = Document("warm-up", "The council met 2 delegates in Hanoi.\n\n"
                   "สภาพบผู้แทน 2 คนที่กรุงฮานอย")
"""Analyzed (all tables) before workers start, so that they inherit loaded models."""
PENDING_PER_PROCESS = 2
"""Batches queued per worker: enough to keep workers busy, few enough to bound memory."""
_META = ("encoding", "path", "source_url", "author", "published")

Batch = dict[str, pd.DataFrame]


def analyze_corpus(docs: Any, *, n_process: int = 1, batch_size: int = DEFAULT_BATCH_SIZE,
                   progress: bool | None = None, lang: str | None = None,
                   engine: str | None = None, include: Sequence[str] = TABLES,
                   out: str | Path | None = None, fmt: str = "parquet",
                   encoding: str | None = None, text_column: str = "text",
                   id_column: str = "id") -> CorpusTables:
    """Tables of every document of ``docs``: a folder or file path, a DataFrame of
    records, or an iterable of texts, paths and Documents (read lazily).

    ``n_process`` worker processes (``-1``: one per core) analyze batches of
    ``batch_size`` documents. ``include`` names the analysis tables to compute (numbers
    and entities cost the most); only what they need is computed. Sentences are split
    only when ``include`` names ``sentences``, ``numbers`` or ``entities``: otherwise
    (e.g. ``include=("tokens",)``: Thai runs ~4x as fast as with sentences)
    the tokens' ``sent_id`` and the documents' ``n_sentences`` are ``<NA>``; every other
    column is the same as with all tables. With ``out``, each table is written in parts as
    batches finish (``out/<table>/part-00000.parquet``; ``fmt="csv"``/``"jsonl"``
    appends to ``out/<table>.csv``), so memory stays bounded; the returned tables are
    then read from ``out`` on access (parquet; with csv/jsonl only ``documents`` and
    ``errors`` are returned). ``progress``: a tqdm bar (default: when stderr
    is a terminal or in a notebook). ``lang``/``engine`` as for
    :func:`massmob_nlp.analyze`.

    Examples:
        >>> run = analyze_corpus([Document("a", "The city opened 3 schools."),
        ...                       Document("b", "เมืองเปิดโรงเรียน 3 แห่ง"), 42])
        >>> run.documents[["doc_id", "lang", "n_tokens", "n_numbers", "status"]]
          doc_id lang  n_tokens  n_numbers  status
        0      a   en         6          1      ok
        1      b   th         4          1      ok
        2  input-3  NaN      <NA>       <NA>  failed
        >>> run.errors[["doc_id", "stage", "error_type"]]
            doc_id stage error_type
        0  input-3  read  TypeError
    """
    n_workers = check_options(n_process, batch_size, include)
    work = cast(Callable[[Sequence[Item]], BatchParts], functools.partial(
        analyze_batch, lang=lang, engine=engine, include=tuple(include), frames=False))
    items = iter_inputs(docs, encoding=encoding, text_column=text_column,
                        id_column=id_column)
    batches = _results(_batches(items, batch_size), work, n_workers)
    total = len(docs) if isinstance(docs, pd.DataFrame) or (isinstance(
        docs, (list, tuple)) and all(isinstance(d, Document) for d in docs)) else None
    if out is not None:
        names = ("documents", *include, "errors")
        return _write(batches, PartWriter(out, fmt=fmt, names=names), total=total,
                      progress=progress)
    done = list(_ticks(batches, total, progress))  # each table's frame made once
    return CorpusTables({name: stack_batches(name, done) for name in RUN_TABLES})


def check_options(n_process: int, batch_size: int, include: Sequence[str]) -> int:
    """Workers to start; coded ValueError for a bad option (before any work)."""
    if isinstance(n_process, bool) or not isinstance(n_process, int) or not (
            n_process >= 1 or n_process == -1):
        raise ValueError(Errors.E081.format(value=n_process))
    if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
        raise ValueError(Errors.E100.format(value=batch_size))
    bad = [name for name in include if name not in TABLES] if not isinstance(
        include, str) else [include]
    if bad:
        raise ValueError(Errors.E101.format(name=bad[0], available=", ".join(TABLES)))
    return os.cpu_count() or 1 if n_process == -1 else n_process


def _write(batches: Iterator[BatchParts], writer: PartWriter, *, total: int | None,
           progress: bool | None) -> CorpusTables:
    small: list[BatchParts] = []  # documents and errors rows, kept to return them
    with writer:
        for batch in _ticks(batches, total, progress):
            for name in writer.names:
                if batch.has(name):
                    writer.write(name, batch.frame(name))
            small.append(BatchParts({name: batch.rows.get(name, [])
                                     for name in ("documents", "errors")}))
    frames = {name: stack_batches(name, small) for name in ("documents", "errors")}
    return CorpusTables(frames, writer.out if writer.fmt == "parquet" else None)


def _ticks(batches: Iterator[BatchParts], total: int | None, progress: bool | None
           ) -> Iterator[BatchParts]:
    """Batches, with the bar counting documents (one tick per row of ``documents``)."""
    done: deque[BatchParts] = deque()

    def docs() -> Iterator[None]:
        for batch in batches:
            done.append(batch)
            yield from (None for _ in range(max(len(batch), 1)))

    for _ in progress_bar(docs(), total=total, desc="analyze", unit="doc",
                          progress=progress):
        while done:
            yield done.popleft()


def _batches(items: Iterator[Item], size: int) -> Iterator[list[Item]]:
    while batch := list(islice(items, size)):
        yield batch


def _results(batches: Iterable[list[Item]],
             work: Callable[[Sequence[Item]], BatchParts], n_workers: int
             ) -> Iterator[BatchParts]:
    """Each batch's tables, in input order (so runs are deterministic); a batch whose
    worker died is a failed batch (stage ``worker``) and the run goes on."""
    return ordered_results(work, batches, n_process=n_workers, crashed=_failed_batch,
                           warm_up=lambda: work([WARM_UP]), in_flight=PENDING_PER_PROCESS)


def _failed_batch(batch: Sequence[Item], error: BaseException) -> BatchParts:
    items = [Failure.of(i.doc_id, str(i.meta.get("path", i.doc_id)), "worker", error)
             if isinstance(i, Document) else i for i in batch]
    return _parts([_failure_row(i) for i in items], items)


@overload
def analyze_batch(items: Sequence[Item], *, lang: str | None = None,
                  engine: str | None = None, include: Sequence[str] = TABLES,
                  frames: Literal[True] = True) -> Batch: ...


@overload
def analyze_batch(items: Sequence[Item], *, lang: str | None = None,
                  engine: str | None = None, include: Sequence[str] = TABLES,
                  frames: Literal[False]) -> BatchParts: ...


def analyze_batch(items: Sequence[Item], *, lang: str | None = None,
                  engine: str | None = None, include: Sequence[str] = TABLES,
                  frames: bool = True) -> Batch | BatchParts:
    """The run tables of one batch, by name, cast to their schemas (or, ``frames=False``,
    as :class:`~.corpus_tables.BatchParts`: no frame made yet). Without numbers and
    entities, each table is built once for the whole batch."""
    if set(include) <= BATCH_TABLES:
        parts = _table_batch(items, lang=lang, engine=engine, include=include)
    else:
        parts = _analysis_batch(items, lang=lang, engine=engine, include=include)
    return parts.to_frames() if frames else parts


def _analysis_batch(items: Sequence[Item], *, lang: str | None, engine: str | None,
                    include: Sequence[str]) -> BatchParts:
    analyses = _analyses([i for i in items if isinstance(i, Document)], lang, engine)
    rows: list[dict[str, Any]] = []
    tables: dict[str, list[pd.DataFrame]] = {name: [] for name in include}
    failures: list[Failure] = []
    for item in items:
        done = analyses.get(item.doc_id) if isinstance(item, Document) else item
        if isinstance(done, Analysis):
            frames, errs = _tables(done, include)
            failures.extend(errs)
            for name, frame in frames.items():
                tables[name].append(frame)
            rows.append(_document_row(done, frames, bool(errs)))
        else:
            _record_failure(item, done, rows, failures)
    out = _parts(rows, failures)
    out.frames = tables
    return out


def _table_batch(items: Sequence[Item], *, lang: str | None, engine: str | None,
                 include: Sequence[str]) -> BatchParts:
    pairs, built, counts = batch_items(items, lang=lang, engine=engine, include=include)
    rows: list[dict[str, Any]] = []
    failures: list[Failure] = []
    done = iter(counts)
    for item, parsed in pairs:
        if isinstance(parsed, Parsed):
            doc = parsed.document
            rows.append({**_meta(doc), "doc_id": doc.doc_id, "n_chars": len(doc.text),
                         **next(done), "status": "ok"})
        else:
            _record_failure(item, parsed, rows, failures)
    out = _parts(rows, failures)
    out.rows.update(built.rows)
    out.tokens = built.tokens
    return out


def _record_failure(item: Item, result: Any, rows: list[dict[str, Any]],
                    failures: list[Failure]) -> None:
    """A document whose analysis failed (``result``), or an input that failed before
    (``item``): one ``failed`` documents row and its errors row."""
    if isinstance(item, Failure):
        failures.append(item)
        rows.append(_failure_row(item))
    elif isinstance(result, Failure):
        failures.append(result)
        rows.append({**_meta(item), "doc_id": item.doc_id, "n_chars": len(item.text),
                     "status": "failed"})


def _analyses(docs: list[Document], lang: str | None, engine: str | None
              ) -> dict[str, Analysis | Failure]:
    """Analyses by doc_id: the batch at once, else one by one (to find the bad one)."""
    try:
        return {a.doc_id: a for a in analyze_documents(docs, lang=lang, engine=engine)}
    except Exception:  # retried one by one below, each error recorded
        pass
    out: dict[str, Analysis | Failure] = {}
    for doc in docs:
        try:
            out[doc.doc_id] = analyze_documents([doc], lang=lang, engine=engine)[0]
        except Exception as e:  # one bad document never stops the others
            out[doc.doc_id] = Failure.of(doc.doc_id, _source(doc), "analyze", e)
    return out


def _tables(analysis: Analysis, include: Sequence[str]
            ) -> tuple[dict[str, pd.DataFrame], list[Failure]]:
    frames: dict[str, pd.DataFrame] = {}
    failures = []
    for name in include:
        try:
            frames[name] = getattr(analysis, name)
        except Exception as e:  # the document's other tables are kept
            failures.append(Failure.of(analysis.doc_id, _source(analysis.document),
                                       name, e))
    return frames, failures


def _document_row(analysis: Analysis, frames: dict[str, pd.DataFrame], partial: bool
                  ) -> dict[str, Any]:
    paras = analysis.paragraphs
    counts = {f"n_{name}": len(frames[name]) for name in ("numbers", "entities")
              if name in frames}
    return {**_meta(analysis.document), "doc_id": analysis.doc_id, "lang": analysis.lang,
            "n_chars": len(analysis.text), "n_paragraphs": len(paras),
            "n_boilerplate": int(paras["is_boilerplate"].sum()),
            "n_sentences": len(analysis.sentences),
            "n_tokens": int((~analysis.tokens["is_space"]).sum()), **counts,
            "status": "partial" if partial else "ok"}


def _failure_row(failure: Failure) -> dict[str, Any]:
    if failure.stage == "skip":  # not a document: listed in errors only
        return {}
    return {"doc_id": failure.doc_id, "path": failure.source, "status": "failed"}


def _parts(rows: list[dict[str, Any]], failures: Sequence[Failure]) -> BatchParts:
    """A batch's documents and errors rows (its frames are made when stacked)."""
    return BatchParts({"documents": [r for r in rows if r], "errors": [
        {"doc_id": f.doc_id, "source": f.source, "stage": f.stage,
         "error_type": f.error_type, "message": f.message} for f in failures]})


def _meta(doc: Document) -> dict[str, str]:
    return {k: str(doc.meta[k]) for k in _META if k in doc.meta}


def _source(doc: Document) -> str:
    return str(doc.meta.get("path", doc.doc_id))
