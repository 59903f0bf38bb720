"""The pipeline on a Dask cluster: the same tables as :func:`massmob_nlp.analyze_corpus`,
as Dask DataFrames, for corpora that outgrow one machine (``pip install
massmob_nlp[dask]``).

Each partition of a Dask DataFrame of documents (one row per document: a text column
and an id column) is analyzed once, on a worker, and yields every table; models load
once per worker process (module-level caches) and stay loaded for later partitions.

Examples::

    from dask.distributed import Client
    import dask.dataframe as dd
    import massmob_nlp.dask as mmd

    client = Client("tcp://scheduler:8786")           # or Client() for local cores
    articles = dd.read_parquet("s3://bucket/articles/")  # columns: id, text, ...
    run = mmd.analyze_frame(articles, text_column="text", id_column="id")
    run["numbers"].to_parquet("s3://bucket/numbers/")  # or mmd.compute_tables(run)
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any

import pandas as pd

from . import tables
from ._optional import _require
from .errors import Errors
from .runs.analyze import DEFAULT_BATCH_SIZE, analyze_batch, check_options
from .runs.corpus_tables import SCHEMA, TABLES, CorpusTables, stack, typed_categories
from .runs.inputs import frame_items, unique_ids

INSTALL = "massmob_nlp[dask]"
"""The extra that installs ``dask[dataframe,distributed]``."""


def _dask(module: str) -> Any:
    return _require(module, package="dask", feature="massmob_nlp.dask", install=INSTALL)


def meta(name: str) -> pd.DataFrame:
    """An empty frame of run table ``name`` (``documents``, ``tokens``, ``errors``...)
    for Dask's ``meta=``: the schema's columns and dtypes, categories marked unknown
    (each partition has its own; :func:`compute_tables` unifies them)."""
    utils = _dask("dask.dataframe.utils")
    empty = typed_categories(tables.empty_frame(SCHEMA[name]))
    frame: pd.DataFrame = utils.clear_known_categories(empty)
    return frame


def analyze_partition(frame: pd.DataFrame, *, text_column: str = "text",
                      id_column: str = "id", lang: str | None = None,
                      engine: str | None = None, include: Sequence[str] = TABLES,
                      batch_size: int = DEFAULT_BATCH_SIZE) -> dict[str, pd.DataFrame]:
    """Every run table of the documents of one pandas frame (a partition). A row whose
    id repeats or whose text is not text becomes a row of ``errors``."""
    items = list(unique_ids(frame_items(frame, text_column=text_column, id_column=id_column)))
    work = functools.partial(analyze_batch, lang=lang, engine=engine, include=include)
    batches = [work(items[i:i + batch_size]) for i in range(0, len(items), batch_size)]
    return _stacked(batches, include)


def _stacked(batches: list[dict[str, pd.DataFrame]], include: Sequence[str]
             ) -> dict[str, pd.DataFrame]:
    """Each table stacked, categories typed as strings even when empty (partitions
    concatenate only when their categories have one dtype)."""
    return {name: typed_categories(stack(name, [b[name] for b in batches]))
            for name in ("documents", *include, "errors")}


def analyze_frame(ddf: Any, *, text_column: str = "text", id_column: str = "id",
                  lang: str | None = None, engine: str | None = None,
                  include: Sequence[str] = TABLES, batch_size: int = DEFAULT_BATCH_SIZE
                  ) -> dict[str, Any]:
    """The run tables of a Dask DataFrame of documents, as lazy Dask DataFrames by name
    (``documents``, the ``include``d tables, ``errors``). Each partition is analyzed
    once for all tables when they are computed together (``dask.compute(*run.values())``
    or :func:`compute_tables`); ``id_column`` must hold unique ids across partitions.
    """
    dd = _dask("dask.dataframe")
    check_options(1, batch_size, include)
    for column in (text_column, id_column):
        if column not in ddf.columns:
            raise ValueError(Errors.E005.format(path="<dask DataFrame>", column=column,
                                                columns=sorted(map(str, ddf.columns))))
    work = functools.partial(analyze_partition, text_column=text_column,
                             id_column=id_column, lang=lang, engine=engine,
                             include=tuple(include), batch_size=batch_size)
    return _tables(dd, [_delayed(work, part) for part in ddf.to_delayed()], include)


def analyze_bag(bag: Any, *, lang: str | None = None, engine: str | None = None,
                include: Sequence[str] = TABLES, batch_size: int = DEFAULT_BATCH_SIZE
                ) -> dict[str, Any]:
    """Like :func:`analyze_frame` for a Dask Bag of Documents, texts, or records
    (dicts with ``id`` and ``text``)."""
    dd = _dask("dask.dataframe")
    check_options(1, batch_size, include)
    work = functools.partial(_analyze_items, lang=lang, engine=engine,
                             include=tuple(include), batch_size=batch_size)
    return _tables(dd, [_delayed(work, part) for part in bag.to_delayed()], include)


def _analyze_items(items: Sequence[Any], **options: Any) -> dict[str, pd.DataFrame]:
    records = [i for i in items if isinstance(i, dict)]
    if len(records) == len(items) and records:
        return analyze_partition(pd.DataFrame(records), **options)
    from .runs.inputs import iter_inputs

    batch_size = options.pop("batch_size")
    include = options["include"]
    docs = list(iter_inputs(list(items)))
    batches = [analyze_batch(docs[i:i + batch_size], **options)
               for i in range(0, len(docs), batch_size)]
    return _stacked(batches, include)


def _delayed(work: Any, part: Any) -> Any:
    return _dask("dask").delayed(work, pure=True)(part)


def _tables(dd: Any, results: list[Any], include: Sequence[str]) -> dict[str, Any]:
    return {name: dd.from_delayed([r[name] for r in results], meta=meta(name),
                                  verify_meta=False)
            for name in ("documents", *include, "errors")}


def compute_tables(run: dict[str, Any]) -> CorpusTables:
    """Compute the Dask tables of :func:`analyze_frame` together (each partition runs
    once) into pandas :class:`~massmob_nlp.CorpusTables`, cast to their schemas."""
    dask = _dask("dask")
    frames = dask.compute(*run.values())
    return CorpusTables({name: stack(name, [frame])
                         for name, frame in zip(run, frames)})
