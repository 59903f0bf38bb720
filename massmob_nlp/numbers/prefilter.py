"""Literal prefilters of regular expressions: skip a scan that cannot find anything.

The number scanner runs some hundred patterns over every paragraph. Python's regex
engine tries a pattern that starts with ``\\b``, a look-behind or a case-insensitive
word list at every character of the text, so a scan costs the same whether or not
the text holds anything the pattern could match. :func:`needs` reads a compiled
pattern's own parse tree and returns literal strings such that EVERY match contains
at least one of them (``DECADE_WORD_RE`` -> ``twenties`` ... ``nineties``); when the
text contains none of them, :func:`may_match` is False and the scan can be skipped
with the same (empty) result. Derived from the pattern itself, the literals stay
right when the pattern is edited.

Why it is exact: a match is a run of characters, one per literal of the pattern
that the path through the pattern takes, in order, with no gap between literals
that are adjacent in the pattern (zero-width assertions take no character). For a
sequence, each of its required parts (a run of adjacent literals, a group, a branch
whose every alternative has its own required literals, a repeat of at least one)
must be in the match, so any one part's literals are required; a branch requires the
union of its alternatives' literals. Case-insensitive literals are compared in the
folded text (:func:`fold`), where every character that the regex engine matches
case-insensitively against an ASCII letter becomes that letter in lower case
(including the four non-ASCII ones: ``İ ı ſ K``); a non-ASCII letter that has case
(``Đ``) ends a literal run, so no claim is made about it. Anything not understood
(back references, conditionals, another Python's parse tree) gives no literals: the
scan always runs.
"""

from __future__ import annotations

import importlib
import re
from typing import Any, NamedTuple

try:  # Python 3.11+: re._parser; 3.10: sre_parse (same tree)
    _P: Any = importlib.import_module("re._parser")
    _K: Any = importlib.import_module("re._constants")
except ImportError:  # pragma: no cover - Python 3.10
    _P = importlib.import_module("sre_parse")
    _K = importlib.import_module("sre_constants")

__all__ = ["Needs", "Prepared", "fold", "may_match", "needs", "prepare"]

_SPECIAL = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
"""The non-ASCII letters that the regex engine matches case-insensitively against an
ASCII letter (``İ`` and ``ı`` against i, ``ſ`` against s, the Kelvin sign against k),
made that letter before lower-casing (``'İ'.lower()`` is two characters)."""

_MIN_LENGTH = 2
"""Literal sets whose shortest string is shorter than this are not worth a check."""
_MAX_STRINGS = 64


class Needs(NamedTuple):
    """Literals one of which every match contains: ``exact`` as written, ``folded``
    compared in :func:`fold` of the text; ``rx`` finds any of them (in the text and
    in its folded form)."""

    exact: tuple[str, ...]
    folded: tuple[str, ...]
    exact_rx: re.Pattern[str] | None
    folded_rx: re.Pattern[str] | None
    latin: bool
    """Every literal holds an ASCII letter: a text with none cannot match."""
    thai: bool
    """Every literal holds a Thai character: a text with none cannot match."""

    def found_in(self, text: Prepared) -> bool:
        """One of the literals is in ``text`` (False: the pattern cannot match there)."""
        if (self.latin and not text.latin) or (self.thai and not text.thai):
            return False
        if self.exact_rx is not None and self.exact_rx.search(text.text):
            return True
        return self.folded_rx is not None and self.folded_rx.search(text.folded) is not None


class Prepared(NamedTuple):
    """A text with what the checks of :func:`may_match` read from it, made once."""

    text: str
    folded: str
    latin: bool
    thai: bool


_LATIN_RE = re.compile(r"[a-z]")
_THAI_RE = re.compile(r"[\u0e00-\u0e7f]")


def prepare(text: str) -> Prepared:
    """``text``, its :func:`fold` and whether it holds ASCII letters (any case, or a
    letter matched as one: see :data:`_SPECIAL`) and Thai characters."""
    folded = fold(text)
    return Prepared(text, folded, _LATIN_RE.search(folded) is not None,
                    _THAI_RE.search(text) is not None)


def fold(text: str) -> str:
    """``text`` lower-cased as the regex engine compares case-insensitive ASCII
    letters (see :data:`_SPECIAL`)."""
    return text.translate(_SPECIAL).lower()


_CACHE: dict[int, tuple[re.Pattern[str], Needs | None]] = {}
""":func:`needs` by ``id`` of the pattern (kept alive in the value, so the id is not
reused): hashing a compiled pattern hashes its whole code, microseconds for a long
word list, more than the check saves. Cleared when it grows past :data:`_CACHE_SIZE`."""
_CACHE_SIZE = 4096


def needs(rx: re.Pattern[str]) -> Needs | None:
    """The literals one of which every match of ``rx`` contains, or None (no useful
    set: the pattern must always be run). Cached per pattern object."""
    hit = _CACHE.get(id(rx))
    if hit is not None and hit[0] is rx:
        return hit[1]
    if len(_CACHE) >= _CACHE_SIZE:
        _CACHE.clear()
    found = _needs(rx)
    _CACHE[id(rx)] = (rx, found)
    return found


def _needs(rx: re.Pattern[str]) -> Needs | None:
    if not isinstance(rx.pattern, str):
        return None
    try:
        tree = _P.parse(rx.pattern, rx.flags)
        found = _sequence(list(tree), bool(rx.flags & re.IGNORECASE))
    except Exception:  # an unknown tree: no prefilter, never an error
        return None
    if not found or len(found) > _MAX_STRINGS or min(len(s) for s, _ in found) < _MIN_LENGTH:
        return None
    exact = tuple(sorted({s for s, folded in found if not folded}))
    folded = tuple(sorted({s for s, is_folded in found if is_folded}))
    return Needs(exact, folded, _any_of(exact), _any_of(folded),
                 all(_LATIN_RE.search(s.lower()) for s, _ in found),
                 all(_THAI_RE.search(s) for s, _ in found))


def may_match(rx: re.Pattern[str], text: str | Prepared) -> bool:
    """False only when ``rx`` cannot match anywhere in ``text`` (a :class:`Prepared`
    text when the caller checks it against several patterns)."""
    need = needs(rx)
    return need is None or need.found_in(prepare(text) if isinstance(text, str) else text)


def _any_of(strings: tuple[str, ...]) -> re.Pattern[str] | None:
    """A case-sensitive pattern finding any of ``strings`` (longest first)."""
    if not strings:
        return None
    return re.compile("|".join(re.escape(s) for s in sorted(strings, key=len, reverse=True)))


Found = set[tuple[str, bool]]


def _literal(code: int, ignore_case: bool) -> str | None:
    """The character a literal matches (lower case when case-insensitive), or None
    when a case-insensitive literal is a non-ASCII letter with case."""
    ch = chr(code)
    if not ignore_case or ch.isascii():
        return ch.lower() if ignore_case else ch
    return ch if ch.lower() == ch == ch.upper() else None


def _flags(ignore_case: bool, add: int, remove: int) -> bool:
    if add & re.IGNORECASE:
        return True
    if remove & re.IGNORECASE:
        return False
    return ignore_case


def _sequence(items: list[tuple[Any, Any]], ignore_case: bool) -> Found | None:
    """Required literals of a sequence of parse-tree items: the best of the sets
    each required part gives (see the module docstring), or None."""
    options: list[Found] = []
    run: list[str] = []

    def close() -> None:
        if run:
            options.append({("".join(run), ignore_case)})
            run.clear()

    for op, av in items:
        if op is _K.LITERAL:
            ch = _literal(av, ignore_case)
            if ch is not None:
                run.append(ch)
                continue
            close()
        elif op in (_K.AT, _K.ASSERT, _K.ASSERT_NOT):
            continue  # zero width: the literals around it are adjacent in the match
        elif op is _K.SUBPATTERN:
            close()
            _group, add, remove, sub = av
            _add(options, _sequence(list(sub), _flags(ignore_case, add, remove)))
        elif op is _K.BRANCH:
            close()
            alternatives = [_sequence(list(alt), ignore_case) for alt in av[1]]
            if all(alternatives):
                _add(options, set().union(*alternatives))  # type: ignore[arg-type]
        elif op in (_K.MAX_REPEAT, _K.MIN_REPEAT) or op is getattr(_K, "POSSESSIVE_REPEAT",
                                                                   None):
            close()
            low, _high, sub = av
            if low >= 1:
                _add(options, _sequence(list(sub), ignore_case))
        elif op is getattr(_K, "ATOMIC_GROUP", None):
            close()
            _add(options, _sequence(list(av), ignore_case))
        else:  # a class, any character, a back reference, a conditional: no literal
            close()
    close()
    if not options:
        return None
    return max(options, key=lambda found: (min(len(s) for s, _ in found), -len(found)))


def _add(options: list[Found], found: Found | None) -> None:
    if found:
        options.append(found)
