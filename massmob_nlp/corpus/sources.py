"""What a source names (a path or a text), which files a folder holds, and unique
``doc_id``s for the documents of one run.

A ``str`` is a path when it names an existing file or folder, or when it *looks like*
one (see :func:`looks_like_path`): such a string that does not exist is an error
(``[E002]``), never a one-line document. To analyse a text that looks like a path,
wrap it in a Document: ``mm.Document("note", "corpus/")``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import Errors

SUFFIXES = (".txt", ".md", ".html", ".htm", ".docx", ".odt", ".jsonl", ".csv")
"""File types read."""
PATH_SUFFIXES = (*SUFFIXES, ".json", ".xml", ".xhtml", ".tsv", ".pdf", ".doc", ".rtf",
                 ".parquet")
"""Endings that make a one-word string a file name (read or not)."""
MAX_PATH_CHARS = 4096
"""Longer strings are always text."""
_SEPARATORS = ("/", os.sep)


def looks_like_path(text: str) -> bool:
    """Whether ``text`` is meant as a path: it exists, or it is one line (no URL) that
    ends in ``/``, ends in a known file extension, or whose parent folder exists.

    Examples:
        >>> looks_like_path("corpus/"), looks_like_path("missing_file.txt")
        (True, True)
        >>> looks_like_path("12/03/2018"), looks_like_path("See https://a.vn/")
        (False, False)
    """
    if not text or len(text) > MAX_PATH_CHARS or "\n" in text or "\r" in text \
            or "://" in text or text != text.strip() or "\x00" in text:
        return False
    path = Path(text)
    try:
        if path.exists():
            return True
        one_word = len(text.split()) == 1
        if text.endswith(_SEPARATORS):
            return one_word or not text[:-1].endswith(" ")
        if path.suffix.lower() in PATH_SUFFIXES and (one_word or _has_separator(text)):
            return True
        return _has_separator(text) and str(path.parent) not in ("", ".") \
            and path.parent.is_dir()
    except (OSError, ValueError):
        return False


def _has_separator(text: str) -> bool:
    return any(sep in text for sep in _SEPARATORS)


def expand(path: Path) -> tuple[list[Path], list[Path]]:
    """The files of ``path`` to read (sorted), and the other files found (not hidden:
    of another type, or the folder's own notes, :func:`is_folder_notes`; to be
    reported). Raises ``[E002]`` when ``path`` is missing."""
    if path.is_dir():
        files = sorted(p for p in path.rglob("*")
                       if not any(part.startswith(".") for part in p.relative_to(path).parts)
                       and (p.is_file() or p.is_symlink()))
        read = [p for p in files if p.suffix.lower() in SUFFIXES and not is_folder_notes(p)]
        return read, [p for p in files if p not in set(read)]
    if path.is_file():
        return [path], []
    raise FileNotFoundError(Errors.E002.format(path=path, cwd=Path.cwd()))


_NOTES_RE = re.compile(r"(?i)(readme|licen[cs]e|changelog|changes|copying|notice|authors)"
                       r"([._-].*)?")


def is_folder_notes(path: Path) -> bool:
    """A folder's own documentation (``README.md``, ``LICENSE.txt``, ``CHANGELOG.md``):
    found in a folder it is reported and skipped, not read as an article; passed by
    name it is read.

    Examples:
        >>> is_folder_notes(Path("corpus/README.md")), is_folder_notes(Path("a01.en.md"))
        (True, False)
    """
    return _NOTES_RE.fullmatch(path.name) is not None


def iter_paths(paths: Iterable[Path]) -> Iterator[tuple[Path, str]]:
    """Each path with its ``doc_id``: the path relative to the deepest folder holding
    all of them, without extension (``en/a``, ``th/a``); the extension is kept where
    two files would otherwise get the same id (``a.txt``, ``a.html``)."""
    paths = list(paths)
    if not paths:
        return
    parents = [os.path.abspath(p.parent) for p in paths]
    try:
        root = os.path.commonpath(parents)
    except ValueError:  # different drives
        root = ""
    rel = [Path(os.path.relpath(os.path.abspath(p), root)) if root else p for p in paths]
    bases = [r.with_suffix("").as_posix() for r in rel]
    clashes = {b for b in bases if bases.count(b) > 1}
    for path, r, base in zip(paths, rel, bases, strict=True):
        yield path, (r.as_posix() if base in clashes else base)


def check_unique(doc_ids: Iterable[tuple[str, str]]) -> list[tuple[str, str, str]]:
    """``(doc_id, source, first_source)`` for every id already seen in ``doc_ids``
    (pairs of ``(doc_id, source)``)."""
    seen: dict[str, str] = {}
    dups = []
    for doc_id, source in doc_ids:
        if doc_id in seen:
            dups.append((doc_id, source, seen[doc_id]))
        else:
            seen[doc_id] = source
    return dups
