"""Bodies named by two fields joined by ``and`` (``Department of Marine and Coastal
Resources``, ``Institute of Volcanology and Seismology``): the English model often
cuts the name at ``and``, into a body and a second name of its own."""

from __future__ import annotations

import re

BODY_HEADS = ("Department", "Ministry", "Office", "Bureau", "Institute", "Agency",
              "Commission", "Committee", "Council", "Authority", "Faculty", "School",
              "College", "Centre", "Center", "Division", "Directorate", "Secretariat")
"""Words that start a body's name followed by ``of`` and its fields."""
_HEAD = "|".join(BODY_HEADS)
_BODY_OF_RE = re.compile(rf"(?:[A-Z][\w\-]*\s+)*(?:{_HEAD})\s+of\s+(?:the\s+)?"
                         r"[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*")
_WORD = r"[A-Z][a-z][\w\-]*"
_AND_FIELD_RE = re.compile(
    rf"\s+and\s+(?!(?:{_HEAD}|Bank|University|Mr|Ms|Mrs|Dr)\b)({_WORD}(?:\s+{_WORD}){{0,2}})"
    r"(?![\w\-]|\s+(?:of|for)\b|\s+[A-Z])")
"""The second field after ``and``: one to three capitalised words, not a body of its
own (another head, a bank, a university), not a title, and not followed by ``of``
or by more capitalised words (``and Bank of Thailand``, ``and Tran Van Nam``)."""


_FIELD_WORD_RE = re.compile(r"[A-Z][a-z]+(?:ology|ics|ment|tion|sion|ure|ity|ing|ance|"
                            r"ence|ies|ces|ism|al|ives?|ry|ts)")
"""A common noun or adjective by its ending (``Seismology``, ``Coastal``,
``Cooperatives``): a field of study or work, no person's or company's name."""


def _field_word(word: str) -> bool:
    from .translated import name_words

    return word.casefold() in name_words() or bool(_FIELD_WORD_RE.fullmatch(word))


def second_field_end(text: str, start: int, end: int) -> int | None:
    """Where the name ``text[start:end]`` ends with its second field, when it is a
    body of one field (``Department of Marine``) followed by ``and`` and a second
    field of common words (``Coastal Resources``: words of the name lexicon or with
    a common noun's ending, :data:`_FIELD_WORD_RE`; never ``and Reuters``); None
    otherwise."""
    if not _BODY_OF_RE.fullmatch(text, start, end):
        return None
    found = None
    while (m := _AND_FIELD_RE.match(text, end)) and all(
            _field_word(w) for w in m.group(1).split()):
        found = end = m.end()  # and a third field: ... Prevention and Control
    return found


_BEFORE_RE = re.compile(rf"(?:{_HEAD})\s+of\s+(?:the\s+)?(?:[A-Z][\w\-]*\s+)*?$")


def is_second_field(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is the second field of a body cut at ``and``
    (the ``Coastal Resources`` of ``Department of Marine and Coastal Resources``)."""
    at = text.rfind(" and ", max(0, start - 120), start)
    if at < 0 or text[at + 5:start].strip():
        return False
    head = max(text.rfind(h, max(0, at - 160), at) for h in BODY_HEADS)
    whole = second_field_end(text, head, at) if head >= 0 else None
    return whole is not None and whole >= end
