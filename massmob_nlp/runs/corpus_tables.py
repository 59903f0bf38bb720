"""The tables of a corpus run (:class:`CorpusTables`), each made once from its batches'
rows and token columns (:class:`BatchParts`, :func:`stack_batches`), and
:class:`PartWriter`, which writes them in parts as batches finish
(``<out>/<table>/part-00000.parquet``), so a run's memory does not grow with the
corpus."""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from .. import tables
from ..errors import Errors
from .token_columns import ColumnPart, token_table

TABLES: tuple[str, ...] = ("paragraphs", "sentences", "tokens", "numbers", "entities")
"""The analysis tables a corpus run can produce (``include=``)."""
RUN_TABLES: tuple[str, ...] = ("documents", *TABLES, "errors")
"""Every table of a run, in order."""
SCHEMA = {"documents": "corpus_documents", "errors": "corpus_errors",
          **{name: name for name in TABLES}}
"""Schema (in :mod:`massmob_nlp.tables`) of each run table."""
PART_FORMATS: tuple[str, ...] = ("parquet", "csv", "jsonl")
"""Formats written as a run goes: parquet in parts (``<table>/part-00000.parquet``),
csv and jsonl appended to one file per table (``<table>.csv``)."""
PART_NAME = "part-{:05d}.parquet"


def stack(name: str, frames: Iterable[pd.DataFrame]) -> pd.DataFrame:
    """Frames of run table ``name`` stacked and cast to its schema (categories in the
    schema's order, so the result does not depend on how the run was batched).
    Measured: one cast of the stacked frame beats unifying categories part by part."""
    parts = [f for f in frames if len(f)]
    if not parts:
        return tables.empty_frame(SCHEMA[name])
    return tables.make_frame(SCHEMA[name], pd.concat(parts, ignore_index=True))


@dataclass
class BatchParts:
    """The tables of one batch of a run before any frame is made (a pandas frame costs
    ~1 ms to make, more than the rest of a batch of 16 Thai articles but the segmenter):
    ``rows`` of a table as plain values (dicts for ``documents`` and ``errors``, tuples
    in the schema's column order for paragraphs and sentences), ``tokens`` as column
    parts (:mod:`.token_columns`), and the frames of the per-document path by table.
    :func:`stack_batches` makes each table of a run once; :meth:`frame` one batch's."""

    rows: dict[str, list[Any]] = field(default_factory=dict)
    tokens: list[ColumnPart] = field(default_factory=list)
    frames: dict[str, list[pd.DataFrame]] = field(default_factory=dict)

    def __len__(self) -> int:
        """Documents rows (inputs that were documents, read or not)."""
        return len(self.rows.get("documents", []))

    def has(self, name: str) -> bool:
        """Whether this batch has rows of table ``name``."""
        return bool(self.rows.get(name) or (name == "tokens" and self.tokens)
                    or any(len(f) for f in self.frames.get(name, [])))

    def frame(self, name: str) -> pd.DataFrame:
        """Table ``name`` of this batch in its schema's dtypes (tokens with every known
        category, so that the frames of several batches concatenate as categoricals;
        :func:`stack` drops the unused ones)."""
        return stack_batches(name, [self], every_category=True)

    def to_frames(self) -> dict[str, pd.DataFrame]:
        """Every run table of this batch (empty ones included), by name."""
        return {name: self.frame(name) for name in RUN_TABLES}


def stack_batches(name: str, batches: Sequence[BatchParts], *,
                  every_category: bool = False) -> pd.DataFrame:
    """Run table ``name`` of ``batches`` (in order) made once, cast to its schema: the
    same frame as :func:`stack` of each batch's frame (``every_category``: see
    :func:`~.token_columns.token_table`)."""
    rows = [b.rows[name] for b in batches if b.rows.get(name)]
    parts = [p for b in batches for p in b.tokens] if name == "tokens" else []
    frames = [f for b in batches for f in b.frames.get(name, []) if len(f)]
    if bool(rows) + bool(parts) + bool(frames) > 1:  # not in one run: batch by batch
        return stack(name, [b.frame(name) for b in batches])
    if rows:
        return tables.make_frame(SCHEMA[name], [r for part in rows for r in part])
    if parts:
        return token_table(parts, every_category=every_category)
    return stack(name, frames)


@dataclass(frozen=True, eq=False)
class CorpusTables:
    """The tables of :func:`massmob_nlp.analyze_corpus`, by name (``documents``,
    ``paragraphs``, ``sentences``, ``tokens``, ``numbers``, ``entities``, ``errors``).

    A run written with ``out=`` keeps ``documents`` and ``errors`` in memory; the other
    tables are read from ``path`` on first access.

    Examples:
        >>> run = analyze_corpus(["The city opened 3 schools."], include=("numbers",))
        >>> run
        CorpusTables(documents=1, ok=1, partial=0, failed=0, errors=0)
        >>> run.numbers["text"].tolist(), run.tokens.empty
        (['3'], True)
        >>> back = CorpusTables.read_parquet(run.write_parquet("tables")[0].parents[1])
        >>> back.numbers.equals(run.numbers)
        True
    """

    frames: dict[str, pd.DataFrame] = field(repr=False)
    path: Path | None = None

    def __getitem__(self, name: str) -> pd.DataFrame:
        if name not in SCHEMA:
            raise KeyError(Errors.E101.format(name=name, available=", ".join(RUN_TABLES)))
        if name not in self.frames:
            frame = (read_table(self.path, name) if self.path is not None
                     and (self.path / name).is_dir() else tables.empty_frame(SCHEMA[name]))
            self.frames[name] = frame
        return self.frames[name]

    @property
    def documents(self) -> pd.DataFrame:
        """One row per input: its size, counts and ``status`` (ok, partial, failed)."""
        return self["documents"]

    @property
    def paragraphs(self) -> pd.DataFrame:
        return self["paragraphs"]

    @property
    def sentences(self) -> pd.DataFrame:
        return self["sentences"]

    @property
    def tokens(self) -> pd.DataFrame:
        return self["tokens"]

    @property
    def numbers(self) -> pd.DataFrame:
        return self["numbers"]

    @property
    def entities(self) -> pd.DataFrame:
        return self["entities"]

    @property
    def errors(self) -> pd.DataFrame:
        """One row per input that failed a stage: ``doc_id, source, stage, error_type,
        message`` (stage ``read``, ``analyze``, ``numbers``, ``entities``; ``skip`` for
        files of another type found in a folder)."""
        return self["errors"]

    def to_frames(self) -> dict[str, pd.DataFrame]:
        """Every table by name."""
        return {name: self[name] for name in RUN_TABLES}

    def write_parquet(self, out_dir: str | Path) -> list[Path]:
        """Write each table as ``out_dir/<table>/part-00000.parquet`` (the layout of a
        streamed run: ``pd.read_parquet(out_dir / "tokens")`` reads a table back)."""
        with PartWriter(out_dir) as writer:
            for name in RUN_TABLES:
                writer.write(name, self[name])
        return writer.paths

    @classmethod
    def read_parquet(cls, out_dir: str | Path) -> CorpusTables:
        """The tables written by :meth:`write_parquet` or a run with ``out=``, read
        lazily (each on first access) and cast to their schemas."""
        path = Path(out_dir)
        if not (path / "documents").is_dir():
            raise FileNotFoundError(Errors.E002.format(path=path / "documents",
                                                       cwd=Path.cwd()))
        return cls({}, path)

    def summary(self) -> dict[str, Any]:
        """Counts for a one-line report."""
        status = self.documents["status"].value_counts()
        return {"documents": len(self.documents), "ok": int(status.get("ok", 0)),
                "partial": int(status.get("partial", 0)),
                "failed": int(status.get("failed", 0)), "errors": len(self.errors)}

    def __repr__(self) -> str:
        where = f", path={str(self.path)!r}" if self.path is not None else ""
        return "CorpusTables(" + ", ".join(f"{k}={v}" for k, v in self.summary().items()) \
            + where + ")"

    def _repr_html_(self) -> str:
        s = self.summary()
        head = "".join(f"<th>{html.escape(str(k))}</th>" for k in s)
        row = "".join(f"<td>{v}</td>" for v in s.values())
        return (f"<div><b>massmob_nlp CorpusTables</b><table><tr>{head}</tr><tr>{row}"
                f"</tr></table>{self.documents.head(12).to_html(index=False)}</div>")


def read_table(out_dir: str | Path, name: str) -> pd.DataFrame:
    """Run table ``name`` read back from ``out_dir/<name>/`` and cast to its schema."""
    return stack(name, [pd.read_parquet(Path(out_dir) / name)])


class PartWriter:
    """Writes run tables as they come: ``<out>/<table>/part-NNNNN.parquet`` (old parts
    there are removed first), or one appended ``<out>/<table>.csv`` / ``.jsonl``.
    Every table gets at least one file, so an empty table reads back with its columns.
    ``cast(name, frames)`` stacks and casts frames of table ``name`` (default: the run
    tables' :func:`stack`; :func:`~massmob_nlp.compare_corpus` passes its own).
    """

    def __init__(self, out_dir: str | Path, *, fmt: str = "parquet",
                 names: Iterable[str] = RUN_TABLES,
                 cast: Callable[[str, Iterable[pd.DataFrame]], pd.DataFrame] = stack
                 ) -> None:
        if fmt not in PART_FORMATS:
            raise ValueError(Errors.E030.format(fmt=fmt))
        self.out = Path(out_dir)
        if self.out.exists() and not self.out.is_dir():
            raise NotADirectoryError(Errors.E102.format(path=self.out))
        self.fmt = fmt
        self.names = tuple(names)
        self.cast = cast
        self.paths: list[Path] = []
        self._parts: dict[str, int] = {}

    def __enter__(self) -> PartWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def targets(self, names: Iterable[str] | None = None) -> list[Path]:
        """Where the tables go (a folder per table for parquet, else a file)."""
        return [self.out / (name if self.fmt == "parquet" else f"{name}.{self.fmt}")
                for name in (self.names if names is None else names)]

    def write(self, name: str, frame: pd.DataFrame) -> None:
        """Append ``frame`` (cast to the schema of table ``name``); empty frames are
        skipped (:meth:`close` writes one for a table that got no rows)."""
        if len(frame) and name in self.names:
            self._append(name, self.cast(name, [frame]))

    def _append(self, name: str, frame: pd.DataFrame) -> None:
        n = self._parts.get(name, 0)
        if not n:
            self._start(name)
        target = self.targets([name])[0]
        if self.fmt == "parquet":
            path = target / PART_NAME.format(n)
            typed_categories(frame).to_parquet(path, index=False)
            self.paths.append(path)
        elif self.fmt == "csv":
            frame.to_csv(target, mode="a", header=n == 0, index=False)
        else:
            with target.open("a", encoding="utf-8") as f:
                if len(frame):
                    f.write(frame.to_json(orient="records", lines=True, force_ascii=False))
        self._parts[name] = n + 1

    def _start(self, name: str) -> None:
        target = self.targets([name])[0]
        if self.fmt == "parquet":
            target.mkdir(parents=True, exist_ok=True)
            for old in target.glob("part-*.parquet"):
                old.unlink()
        else:
            self.out.mkdir(parents=True, exist_ok=True)
            target.write_text("", encoding="utf-8")
            self.paths.append(target)

    def close(self) -> None:
        """Give every table not written yet an empty file with its columns."""
        for name in self.names:
            if name not in self._parts:
                self._append(name, self.cast(name, []))


def typed_categories(frame: pd.DataFrame) -> pd.DataFrame:
    """Empty categories typed as strings: parquet would store them as a dictionary of
    nulls, and reading a folder of parts would then lose other parts' values."""
    empty = [col for col in frame.columns if isinstance(frame[col].dtype, pd.CategoricalDtype)
             and not len(frame[col].cat.categories)]
    if not empty:
        return frame
    frame = frame.copy()
    for col in empty:
        frame[col] = frame[col].cat.set_categories(pd.Index([], dtype="str"))
    return frame
