"""What one whole document tells the reading of its numbers: the order of its slash
dates (:func:`document_dayfirst`) and the crown currency it names (:func:`document_crown`).

A writer names a currency in full once and then says the bare word: ``540 million
Swedish crowns`` ... ``adults pay 150 crowns``. Sweden, Norway, Denmark, Iceland and
the Czech Republic all pay in "crowns", so a bare ``crowns`` (``kroner``, Thai ``โครน``)
has no currency of its own; it takes the one crown currency the same document names in
full (:func:`named_crowns`), and stays a count when the document names none or several.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .base import NumberMention, format_number
from .prefilter import may_match, prepare

__all__ = ["document_crown", "document_dayfirst", "named_crowns"]

_SLASH_DATE_RE = re.compile(r"(?<![0-9/.,])(?P<a>[0-9]{1,2})/(?P<b>[0-9]{1,2})/"
                            r"(?:[0-9]{4}|[0-9]{2})(?![0-9]|/[0-9])")


def document_dayfirst(text: str, default: bool) -> bool:
    """The order of the slash dates of one document: a date whose first part cannot be a
    month (``28/11/2026``) makes them day-first, one whose second part cannot be
    (``11/28/2026``, a US-style page) month-first; with both or neither, ``default``.

    Examples:
        >>> document_dayfirst("Posted 3/4/2027. Related: 2/27/2027", True)
        False
    """
    day_first = month_first = False
    for m in _SLASH_DATE_RE.finditer(text):
        a, b = int(m["a"]), int(m["b"])
        day_first |= 12 < a <= 31 and 1 <= b <= 12
        month_first |= 12 < b <= 31 and 1 <= a <= 12
    return default if day_first == month_first else day_first


_CROWN = r"(?:crowns?|kron(?:or|a|er|e|ur)|korun(?:a|as|y))"
_NAMED_CROWNS = {
    "SEK": rf"(?i:Swedish\s+{_CROWN})|(?<![A-Z])SEK(?![A-Z])|โครนาสวีเดน",
    "NOK": rf"(?i:Norwegian\s+{_CROWN})|(?<![A-Z])NOK(?![A-Z])|โคร(?:น|เนอร์)นอร์เวย์",
    "DKK": rf"(?i:Danish\s+{_CROWN})|(?<![A-Z])DKK(?![A-Z])|โคร(?:น|เนอร์)เดนมาร์ก",
    "CZK": rf"(?i:Czech\s+{_CROWN})|(?<![A-Z])CZK(?![A-Z])|(?:คอ|โค)รูนาเช็ก",
    "ISK": rf"(?i:Icelandic\s+{_CROWN})|(?<![A-Z])ISK(?![A-Z])|โครน(?:า|ูร์)ไอซ์แลนด์",
}
_NAMED_CROWN_RES = {iso: re.compile(p) for iso, p in _NAMED_CROWNS.items()}
_BARE_CROWN_RE = re.compile(
    r"[ \u00a0-]?(?:(?i:crowns?|kroner|krone|kronur)(?![A-Za-z])|โครเนอร์|โครน(?![ก-๙]))")
"""A bare crown word right after the number: ``150 crowns``, ``a 150-crown ticket``,
``150 kroner``, Thai ``150 โครน`` (``krona``/``kronor``/``โครนา`` are Swedish already)."""


def document_crown(text: str) -> str | None:
    """The ISO code of the one crown currency ``text`` names in full (``Swedish
    crowns``, ``NOK``, ``โครนาสวีเดน``), or None when it names none or several.

    Examples:
        >>> document_crown("It cost 540 million Swedish crowns; adults pay 150 crowns.")
        'SEK'
        >>> document_crown("Tickets cost 150 crowns.") is None
        True
    """
    prepared = prepare(text)  # most documents name no crown: no search (prefilter.py)
    named = [iso for iso, rx in _NAMED_CROWN_RES.items()
             if may_match(rx, prepared) and rx.search(text)]
    return named[0] if len(named) == 1 else None


def named_crowns(mentions: Iterable[NumberMention], text: str, crown: str | None
                 ) -> list[NumberMention]:
    """``mentions`` with each plain count followed by a bare crown word made an amount
    in ``crown`` (the document's crown currency; nothing changes when it is None)."""
    out = list(mentions)
    if crown is None:
        return out
    for k, m in enumerate(out):
        hit = _BARE_CROWN_RE.match(text, m.end)
        if m.kind != "cardinal" or m.vague or m.value is None or m.unit is not None or \
                m.value_max is not None or hit is None:
            continue
        out[k] = m._replace(end=hit.end(), text=text[m.start:hit.end()], kind="money",
                            unit=crown, key=f"money:{format_number(m.value)}:{crown}")
    return out
