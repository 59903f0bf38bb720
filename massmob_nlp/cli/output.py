"""Where the ``massmob`` commands write: safe file names inside ``--out`` only, never
over an input file."""

from __future__ import annotations

import argparse
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..errors import Errors

MAX_NAME_CHARS = 120
"""Longest output file name stem."""


def safe_name(name: str) -> str:
    """A file name made from ``name`` (a doc_id may hold ``/`` or ``..``): characters
    other than letters, digits, ``_ . -`` become ``_``; never starts with a dot."""
    cleaned = re.sub(r"[^\w.-]", "_", name).lstrip(".") or "_"
    return cleaned[:MAX_NAME_CHARS]


def write_frames(frames: dict[str, Any], args: argparse.Namespace, inputs: Sequence[Any]
                 ) -> list[Path]:
    """Write ``frames`` inside ``--out`` only (names made safe), refusing to overwrite
    any input file (``[E041]``)."""
    from ..pipeline import export_frames

    out = Path(args.out)
    safe = {safe_name(k): v for k, v in frames.items()}
    sources = {Path(str(d.meta["path"])).resolve() for d in inputs
               if getattr(d, "meta", None) and "path" in d.meta}
    for name in safe:
        target = (out / f"{name}.{args.format}").resolve()
        if target in sources:
            raise OSError(Errors.E041.format(path=target))
    return export_frames(safe, out, fmt=args.format)


def progress(items: Sequence[Any], desc: str, unit: str) -> Any:
    """``items`` with a tqdm bar when more than one and a person is watching (the
    corpus runs' :func:`~massmob_nlp.runs.progress.progress_bar`)."""
    from ..runs.progress import progress_bar

    if len(items) > 1:
        return progress_bar(items, total=len(items), desc=desc, unit=unit)
    return items


def refuse_inputs(args: argparse.Namespace, targets: Sequence[Path]) -> None:
    """``[E041]`` when an output would overwrite one of the input files."""
    from ..corpus.sources import expand

    sources: set[Path] = set()
    for item in args.inputs:
        try:
            sources.update(p.resolve() for p in expand(Path(item))[0])
        except OSError:
            continue  # reported by the run
    for target in targets:
        if target.resolve() in sources:
            raise OSError(Errors.E041.format(path=target.resolve()))
