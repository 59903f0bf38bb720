"""A progress bar for corpus runs: tqdm when a person is watching (a terminal or a
Jupyter notebook), silent otherwise (logs, CI, pipes)."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")


def in_notebook() -> bool:
    """True inside a Jupyter kernel (IPython with a ZMQ shell)."""
    shell = sys.modules.get("IPython")
    if shell is None:
        return False
    try:
        ip = shell.get_ipython()
    except AttributeError:  # pragma: no cover - very old IPython
        return False
    return ip is not None and type(ip).__name__ == "ZMQInteractiveShell"


def wants_progress(progress: bool | None) -> bool:
    """``progress=None`` means: show a bar when stderr is a terminal or in a notebook."""
    if progress is not None:
        return bool(progress)
    return sys.stderr.isatty() or in_notebook()


def progress_bar(items: Iterable[T], *, total: int | None = None, desc: str = "",
                 unit: str = "doc", progress: bool | None = None) -> Iterator[T]:
    """``items``, with a tqdm bar (``tqdm.auto``: a widget in notebooks) when wanted."""
    if not wants_progress(progress):
        yield from items
        return
    from tqdm.auto import tqdm

    with tqdm(items, total=total, desc=desc, unit=unit, leave=False) as bar:
        yield from bar
