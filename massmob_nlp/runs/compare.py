"""Compare a corpus of translations: pair the documents (or take the pairs given), compare
each pair in worker processes, and stack the results into tables with a ``pair_id``.

:func:`compare_corpus` returns a :class:`CorpusComparison`: the tables of every
:class:`~massmob_nlp.Comparison` (``alignment``, ``paragraph_alignment``, ``numbers``,
``entities``, ``passages``), each with ``pair_id`` first; ``summary``, one row per pair
and per unpaired document (the corpus dashboard, schema ``pair_summary``); and
``errors``, one row per pair or input that failed a stage (schema ``pair_errors``). A
failing pair never stops the others. Rows come in ``pair_id`` order whatever
``n_process`` is, so the tables are identical for 1 and N processes.

With ``out=``, the tables are written in parts as pairs finish (every
:data:`PAIRS_PER_PART` pairs), so memory holds only ``summary`` and ``errors`` (one row
per pair) and the pairs not written yet, whatever the corpus size.

Pairs are compared in the worker pool of :mod:`.pool`: workers fork from this process
after it compared a small warm-up pair (without embeddings: an encoder, with its own
thread pool, is loaded by each worker on first use), so they inherit the spaCy and
PyThaiNLP models; a worker that dies (killed, out of memory) fails its pair (stage
``worker``) and the pool starts again for the others.
"""

from __future__ import annotations

import os
import re
import warnings
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from .. import tables
from ..alignment.pairing import PAIR_THRESHOLD
from ..alignment.result import pair_documents
from ..corpus.reader import read_corpus, read_documents
from ..errors import Errors
from ..langid import detect_language
from ..pipeline import Analysis, analyze_documents, as_document
from ..types import Document
from .corpus_tables import PartWriter
from .dashboard import PAIR_TABLES, TABLE_NAMES, CorpusComparison, stack_pair_table
from .pool import ordered_results
from .progress import progress_bar

__all__ = ["PAIR_COLUMNS", "REPORTS", "CorpusComparison", "compare_corpus",
           "read_error_rows", "report_name"]

REPORTS = ("none", "check", "all")
"""Which pairs of a corpus run get an HTML report (``compare_corpus(reports=...)``)."""
PAIR_COLUMNS = (("src", "tgt"), ("src_text", "tgt_text"), ("en", "th"))
"""Column pairs of a DataFrame of explicit pairs (the first found is used); an optional
``pair_id`` column names the pairs."""
IN_FLIGHT = 4
"""Pairs queued per worker process (bounds the memory of pending work)."""
TABLES = PAIR_TABLES
"""Stacked tables of a corpus comparison and the schema of each (without pair_id)."""
PAIRS_PER_PART = 64
"""With ``out=``: pairs whose tables are written together as one part (≈ 0.3 MB of
tables per pair held until then)."""
WARM_UP = (Document("warm-up_en", "The council met 2 delegates in Hanoi."),
           Document("warm-up_th", "สภาพบผู้แทน 2 คนที่กรุงฮานอย"))
"""Compared here before workers fork, so that they inherit the loaded models."""
_CODE = re.compile(r"^\[([EW]\d{3})\]")


@dataclass(frozen=True)
class _Task:
    pair_id: int
    src: Document
    tgt: Document
    score: float | None
    embeddings: bool | None
    reports: str = "none"
    report_dir: str | None = None


@dataclass
class _Result:
    pair_id: int
    src_doc_id: str | None
    tgt_doc_id: str | None
    score: float | None = None
    frames: dict[str, pd.DataFrame] = field(default_factory=dict)
    row: dict[str, Any] = field(default_factory=dict)
    error: tuple[str, str, str] | None = None
    """``(stage, error_type, message)`` of a failed pair."""


# ----------------------------------------------------------------------- public verb

def compare_corpus(docs_or_pairs: Any, *, n_process: int = 1,
                   progress: bool | None = None, embeddings: bool | None = None,
                   threshold: float = PAIR_THRESHOLD, src_lang: str = "en",
                   tgt_lang: str = "th", encoding: str | None = None,
                   text_column: str = "text", id_column: str = "id",
                   out: str | Path | None = None, fmt: str = "parquet",
                   reports: str = "none", reports_dir: str | Path | None = None
                   ) -> CorpusComparison:
    """Compare every translation in a corpus.

    ``docs_or_pairs`` is either documents (a folder, a list of texts, paths, Documents
    or Analyses), which :func:`massmob_nlp.pair_documents` pairs first (``threshold``,
    ``src_lang``, ``tgt_lang``, ``embeddings`` are passed on; documents left without a
    partner get a summary row with status ``unpaired``), or explicit pairs: a list of
    ``(src, tgt)`` tuples, or a DataFrame with one of the column pairs of
    :data:`PAIR_COLUMNS`. Pairs are compared in ``n_process`` processes (1: in this
    one, -1: one per core); ``progress`` shows a bar (``None``: when a person
    watches). ``embeddings`` is passed to :func:`massmob_nlp.compare`;
    ``encoding``, ``text_column``, ``id_column`` to the reader of files and records.

    With ``out``, every table is written in parts as pairs finish
    (``out/<table>/part-00000.parquet``; ``fmt="csv"``/``"jsonl"`` appends to
    ``out/<table>.csv``), so memory stays bounded for any number of pairs: only
    ``summary`` and ``errors`` stay in memory; the other tables are read from ``out``
    on access (parquet; with csv/jsonl they are empty in the result), and
    :meth:`CorpusComparison.read_parquet` reopens the folder later.

    ``reports="check"`` also writes the side-by-side HTML report of every pair with
    something to check (``"all"``: of every pair) into ``reports_dir`` (default
    ``out/reports``), named ``<pair_id>_<src>__<tgt>.html``; the summary's ``report``
    column holds its path relative to the folder above ``reports_dir`` (``out``), where
    :meth:`CorpusComparison.to_html` writes the dashboard that links each pair to its
    report. A report costs about as much as comparing the pair again (its two plots).

    Examples:
        >>> cc = compare_corpus([("The city opened 3 schools.", "เมืองเปิดโรงเรียน 3 แห่ง"),
        ...                      ("The city spent 55 million dong.", "เมืองใช้เงิน 56 ล้านดอง")],
        ...                     embeddings=False)
        >>> cc.summary[["pair_id", "status", "numbers_kept", "numbers_changed"]]
           pair_id status  numbers_kept  numbers_changed
        0        0     ok             1                0
        1        1  check             0                1
        >>> cc.numbers[["pair_id", "src_text", "tgt_text", "status"]]
           pair_id         src_text    tgt_text    status
        0        0                3           3     match
        1        1  55 million dong  56 ล้านดอง  mismatch
        >>> streamed = compare_corpus([("The city opened 3 schools.",
        ...                             "เมืองเปิดโรงเรียน 3 แห่ง")], embeddings=False,
        ...                           out="corpus_parts")
        >>> sorted(p.name for p in streamed.path.iterdir())[:3]
        ['alignment', 'entities', 'errors']
        >>> CorpusComparison.read_parquet("corpus_parts").numbers[["pair_id", "status"]]
           pair_id status
        0        0  match
    """
    if isinstance(n_process, bool) or not isinstance(n_process, int) or not (
            n_process >= 1 or n_process == -1):
        raise ValueError(Errors.E081.format(value=n_process))
    n_process = (os.cpu_count() or 1) if n_process == -1 else n_process
    if reports not in REPORTS:
        raise ValueError(Errors.E082.format(value=reports))
    if reports != "none" and out is None and reports_dir is None:
        raise ValueError(Errors.E083.format(value=reports))
    report_dir = None if reports == "none" else os.fspath(
        reports_dir if reports_dir is not None else Path(out or ".") / "reports")
    writer = None if out is None else PartWriter(out, fmt=fmt, names=TABLE_NAMES,
                                                 cast=stack_pair_table)
    planned, unpaired, errors = _plan(docs_or_pairs, embeddings=embeddings,
                                      threshold=threshold, src_lang=src_lang,
                                      tgt_lang=tgt_lang, encoding=encoding,
                                      text_column=text_column, id_column=id_column)
    if report_dir is not None:
        Path(report_dir).mkdir(parents=True, exist_ok=True)
    results = progress_bar(_results(_tasks(planned, embeddings, reports, report_dir),
                                    n_process),
                           total=len(planned), desc="compare", unit="pair",
                           progress=progress)
    sink = _Sink(writer, errors)
    for result in results:
        sink.add(result)
    for pair_id, doc in unpaired:
        sink.add_unpaired(pair_id, doc, src_lang)
    return sink.close(len(planned))


# ---------------------------------------------------------------------------- inputs

_Planned = tuple[int, Any, Any, float | None]
"""``(pair_id, src, tgt, pairing score)``; src/tgt not yet read for explicit pairs."""


def _plan(obj: Any, *, embeddings: bool | None, threshold: float, src_lang: str,
          tgt_lang: str, encoding: str | None, text_column: str = "text",
          id_column: str = "id"
          ) -> tuple[list[_Planned], list[tuple[int, Document]], list[dict[str, Any]]]:
    """The pairs to compare, the unpaired documents (with their pair_id) and the
    inputs that could not be read (``pair_errors`` rows)."""
    pairs = _explicit_pairs(obj)
    if pairs is not None:
        return [(k, s, t, None) for k, (s, t) in enumerate(pairs)], [], []
    docs, errors = _documents(obj, encoding, text_column, id_column)
    table = pair_documents(docs, src_lang=src_lang, tgt_lang=tgt_lang,
                           threshold=threshold, embeddings=embeddings)
    table = table.sort_values(["src_doc_id", "tgt_doc_id"], kind="stable")
    by_id = {d.doc_id: d for d in docs}
    planned: list[_Planned] = [
        (k, by_id[s], by_id[t], float(sc)) for k, (s, t, sc) in enumerate(zip(
            table["src_doc_id"], table["tgt_doc_id"], table["score"], strict=True))]
    paired = set(table["src_doc_id"]) | set(table["tgt_doc_id"])
    unpaired = [(len(planned) + k, d) for k, d in
                enumerate(d for d in docs if d.doc_id not in paired)]
    return planned, unpaired, errors


def _documents(obj: Any, encoding: str | None, text_column: str = "text",
               id_column: str = "id") -> tuple[list[Document], list[dict[str, Any]]]:
    """Documents of a folder, a list or a DataFrame of records (``text``, ``id``), and
    ``pair_errors`` rows of the inputs that could not be read."""
    if isinstance(obj, pd.DataFrame):
        return read_documents(obj, text_column=text_column, id_column=id_column), []
    items = [obj] if isinstance(obj, (str, os.PathLike)) else obj
    if not isinstance(items, Iterable):
        raise TypeError(Errors.E080.format(columns=_pair_columns(), got=_kind(obj)))
    items = [x.document if isinstance(x, Analysis) else x for x in items]
    if not items:
        return [], []
    docs, read_errors = read_corpus(items, encoding=encoding, text_column=text_column,
                                    id_column=id_column)
    return docs, read_error_rows(read_errors)


def read_error_rows(errors: pd.DataFrame) -> list[dict[str, Any]]:
    """``pair_errors`` rows of the ``errors`` table of
    :func:`massmob_nlp.corpus.read_corpus` (the source path as ``src_doc_id``)."""
    return [{"src_doc_id": src, "stage": stage, "error_type": err, "message": msg}
            for src, stage, err, msg in errors[["source", "stage", "error", "message"]]
            .itertuples(index=False)]


def _explicit_pairs(obj: Any) -> list[tuple[Any, Any]] | None:
    """``(src, tgt)`` items of explicit pairs, or ``None`` when ``obj`` holds documents."""
    if isinstance(obj, pd.DataFrame):
        for s, t in PAIR_COLUMNS:
            if s in obj.columns and t in obj.columns:
                return list(zip(obj[s].tolist(), obj[t].tolist(), strict=True))
        if "text" in obj.columns:
            return None
        raise TypeError(Errors.E080.format(columns=_pair_columns(), got=(
            f"a DataFrame with columns {list(obj.columns)}")))
    if isinstance(obj, (str, os.PathLike, Document)) or not isinstance(obj, Sequence):
        return None
    tuples = [isinstance(x, tuple) for x in obj]
    if not any(tuples):
        return None
    if not all(tuples) or any(len(x) != 2 for x in obj):
        raise TypeError(Errors.E080.format(columns=_pair_columns(), got=(
            "a list mixing (src, tgt) tuples with other items")))
    return list(obj)


def _pair_columns() -> str:
    return " or ".join(f"{s!r}/{t!r}" for s, t in PAIR_COLUMNS)


def _kind(obj: Any) -> str:
    return type(obj).__name__


def _tasks(planned: list[_Planned], embeddings: bool | None, reports: str = "none",
           report_dir: str | None = None) -> Iterator[_Task | _Result]:
    """A task per pair, reading the documents of explicit pairs here (one at a time, so
    memory holds only the pairs in flight); an input that cannot be read becomes a
    failed result."""
    for pair_id, src, tgt, score in planned:
        try:
            s_doc = as_document(src)
            t_doc = as_document(tgt)
        except (OSError, ValueError, TypeError, UnicodeError) as e:
            yield _Result(pair_id, _label(src), _label(tgt), score,
                          error=("read", type(e).__name__, str(e)))
            continue
        yield _Task(pair_id, s_doc, t_doc, score, embeddings, reports, report_dir)


def _label(item: Any) -> str | None:
    """A doc id for an input that may not have been read (a path stays a path)."""
    doc_id = getattr(item, "doc_id", None)
    if isinstance(doc_id, str):
        return doc_id
    if isinstance(item, (str, os.PathLike)):
        text = os.fspath(item)
        return text if len(text) <= 200 and "\n" not in text else None
    return None


# ------------------------------------------------------------------------ the workers

def _results(tasks: Iterator[_Task | _Result], n_process: int) -> Iterator[_Result]:
    """Results in task order; with ``n_process > 1`` at most ``IN_FLIGHT`` pairs per
    process are pending at any time."""
    return ordered_results(compare_task, tasks, n_process=n_process, crashed=_crashed,
                           warm_up=_warm_up, in_flight=IN_FLIGHT)


def _warm_up() -> None:
    compare_task(_Task(-1, *WARM_UP, None, False))


def _crashed(task: _Task | _Result, error: BaseException) -> _Result:
    """The failed result of a pair whose worker died (killed, out of memory...)."""
    if isinstance(task, _Result):
        return task
    return _Result(task.pair_id, task.src.doc_id, task.tgt.doc_id, task.score,
                   error=("worker", type(error).__name__, str(error)))


def compare_task(task: _Task | _Result) -> _Result:
    """Analyze and compare one pair (in a worker process); never raises for a bad pair
    (an input that could not be read is already its failed result)."""
    from ..comparison.result import compare

    if isinstance(task, _Result):
        return task
    out = _Result(task.pair_id, task.src.doc_id, task.tgt.doc_id, task.score)
    stage = "analyze"
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            src, tgt = analyze_documents([task.src, task.tgt])
            stage = "compare"
            cmp = compare(src, tgt, embeddings=task.embeddings)
        except Exception as e:  # one bad pair never stops the others
            out.error = (stage, type(e).__name__, str(e))
            return out
    codes = sorted({m.group(1) for w in caught if (m := _CODE.match(str(w.message)))})
    out.frames = {name: frame for name, frame in cmp.to_frames().items() if name in TABLES}
    out.row = _summary_row(cmp.summary, len(cmp.problems()), codes)
    if task.report_dir is not None and (task.reports == "all"
                                        or out.row["status"] == "check"):
        name = report_name(task.pair_id, task.src.doc_id, task.tgt.doc_id)
        try:
            cmp.to_html(Path(task.report_dir) / name)
        except OSError as e:  # a report that cannot be written fails the pair
            out.error = ("report", type(e).__name__, str(e))
            return out
        out.row["report"] = f"{Path(task.report_dir).name}/{name}"
    return out


_UNSAFE = re.compile(r"[^\w.-]+")


def report_name(pair_id: int, src_doc_id: str, tgt_doc_id: str) -> str:
    """File name of a pair's report: the pair id first (unique), then the two doc ids
    with anything but letters, digits, ``.``, ``-`` and ``_`` replaced (a doc id such as
    ``../x`` or ``en/a`` cannot leave the reports folder).

    Examples:
        >>> report_name(7, "en/a", "th/a")
        '00007_en_a__th_a.html'
    """
    def part(doc_id: str) -> str:
        return _UNSAFE.sub("_", doc_id).strip("._")[:60] or "doc"
    return f"{pair_id:05d}_{part(src_doc_id)}__{part(tgt_doc_id)}.html"


def _summary_row(s: pd.Series, n_problems: int, codes: list[str]) -> dict[str, Any]:
    """The ``pair_summary`` columns of one compared pair."""
    kept = int(s["numbers_match"] + s["numbers_format_only"]
               + s["numbers_qualifier_changed"])
    row = {"src_lang": s["src_lang"], "tgt_lang": s["tgt_lang"],
           "sentence_beads": s["sentence_beads"],
           "numbers_source": kept + int(s["numbers_mismatch"] + s["numbers_missing"]),
           "numbers_kept": kept, "numbers_changed": s["numbers_mismatch"],
           "numbers_missing": s["numbers_missing"], "numbers_added": s["numbers_added"],
           "entities_kept": s["entities_matched"],
           "entities_missing": s["entities_missing"],
           "entities_added": s["entities_added"], "entity_problems": s["entity_problems"],
           "preservation_rate": float(s["share_numbers_preserved"]),
           "share_text_aligned": float(s["share_text_aligned"]),
           "n_problems": n_problems, "warnings": "; ".join(codes) or None,
           "verdict": s["verdict"]}
    for kind in ("omitted", "added", "untranslated", "length_ratio", "moved"):
        row[f"passages_{kind}"] = s[f"passages_{kind}"]
    doubtful = any(c.startswith("W06") for c in codes)  # swapped, same language, weak
    row["status"] = "check" if n_problems or doubtful else "ok"
    return row


# -------------------------------------------------------------------------- assembly

class _Sink:
    """The tables of the results as they come: kept, or written every
    :data:`PAIRS_PER_PART` pairs (then only ``summary`` and ``errors`` are kept)."""

    def __init__(self, writer: PartWriter | None, read_errors: list[dict[str, Any]]
                 ) -> None:
        self.writer = writer
        self.rows: list[dict[str, Any]] = []
        self.error_rows = list(read_errors)
        self.held: dict[str, list[pd.DataFrame]] = {name: [] for name in TABLES}
        self.written: dict[str, list[pd.DataFrame]] = {"summary": [], "errors": []}
        self.pairs_held = 0

    def add(self, r: _Result) -> None:
        ids = {"pair_id": r.pair_id, "src_doc_id": r.src_doc_id,
               "tgt_doc_id": r.tgt_doc_id}
        if r.error is not None:
            stage, kind, message = r.error
            self.error_rows.append({**ids, "stage": stage, "error_type": kind,
                                    "message": message})
            self.rows.append({**ids, "pairing_score": r.score, "status": "failed",
                              "verdict": f"Failed at {stage}: {kind}."})
        else:
            self.rows.append({**ids, "pairing_score": r.score, **r.row})
            for name, frame in r.frames.items():
                self.held[name].append(frame.assign(pair_id=r.pair_id))
        self.pairs_held += 1
        if self.writer is not None and self.pairs_held >= PAIRS_PER_PART:
            self.flush(self.writer)

    def add_unpaired(self, pair_id: int, doc: Document, src_lang: str) -> None:
        lang = detect_language(doc.text[:2000])
        side = "src_doc_id" if lang == src_lang else "tgt_doc_id"
        self.rows.append({"pair_id": pair_id, side: doc.doc_id, "status": "unpaired",
                          f"{side[:3]}_lang": lang,
                          "verdict": "No translation partner found."})

    def flush(self, writer: PartWriter) -> None:
        """Write the rows and tables held, then forget the tables."""
        for name, rows, schema in (("summary", self.rows, "pair_summary"),
                                   ("errors", self.error_rows, "pair_errors")):
            frame = tables.make_frame(schema, rows)
            writer.write(name, frame)
            self.written[name].append(frame)
            rows.clear()
        for name, frames in self.held.items():
            if frames:
                writer.write(name, pd.concat(frames, ignore_index=True))
            frames.clear()
        self.pairs_held = 0

    def close(self, n_pairs: int) -> CorpusComparison:
        if self.writer is None:
            return CorpusComparison(
                summary=tables.make_frame("pair_summary", self.rows),
                errors=tables.make_frame("pair_errors", self.error_rows),
                frames={name: stack_pair_table(name, frames)
                        for name, frames in self.held.items()}, n_pairs=n_pairs)
        with self.writer as writer:
            self.flush(writer)
        return CorpusComparison(
            summary=stack_pair_table("summary", self.written["summary"]),
            errors=stack_pair_table("errors", self.written["errors"]), n_pairs=n_pairs,
            path=writer.out if writer.fmt == "parquet" else None)
