"""Names that hold digits for :func:`massmob_nlp.numbers.quantity.find_digits`: ``A320``,
``F1``, ``B-29``, ``H5N1``, ``COVID-19``, ``โควิด-19`` are one ``code`` (see
:func:`code_key`), ``Q3`` is the third quarter, ``m2`` a square unit."""

from __future__ import annotations

import re

from . import en_forms
from .base import LATIN_RE, THAI_LETTER_RE, Scan
from .money import currency_symbol_before


def in_name(sc: Scan, s: int, e: int) -> bool:
    """Digits glued to the letters of a name (``F1``, ``B-29``, ``H5N1``, ``COVID-19``,
    ``โควิด-19``): the whole name is one ``code`` (see :func:`code_key`); ``Q3`` is the
    third quarter. ``mid-1962`` is no name."""
    t = sc.t
    hyphen = t[s - 1] in "-_" and s > 1 and bool(LATIN_RE.match(t, s - 2)
                                                 or THAI_LETTER_RE.match(t, s - 2))
    if not (LATIN_RE.match(t, s - 1) or hyphen) \
            or en_forms.PREFIX_BEFORE_RE.search(t, max(0, s - 12), s) \
            or currency_symbol_before(t, s, e):
        return False
    a = _NAME_START_RE.search(t, max(0, s - 30), s).start()  # type: ignore[union-attr]
    if hyphen and THAI_LETTER_RE.match(t, s - 2):  # no spaces: วัคซีนโควิด-19 -> โควิด-19
        a = next((i for i in range(s - 2, a, -1) if sc.word_bounds_at(i, i)), a)
    b = _NAME_END_RE.match(t, s).end()  # type: ignore[union-attr]
    if not sc.free(a, b):
        sc.claim(s, e)
        return True
    name = t[a:b]
    if _UNIT_POWER_RE.fullmatch(name) and _UNIT_POWER_BEFORE_RE.search(t, max(0, a - 8), a):
        sc.claim(s, e)  # "µg/m3", "1,200 m2": square and cubic units, no code
        return True
    if (quarter := _QUARTER_RE.fullmatch(name)) is not None:
        n = int(quarter["n"])
        sc.add(a, b, "ordinal", value=float(n), key=f"ordinal:{n}")
    else:  # a disease's name is no figure a translation must keep: vague
        sc.add(a, b, "code", key=code_key(name), vague=bool(_DISEASE_RE.fullmatch(name)))
    return True


GLUED_CAPS_RE = re.compile(r"(?![BKMST](?![A-Z]))[A-Z]{1,3}"
                            r"(?![0-9A-Za-z\u0e01-\u0e4e]|[-'’][A-Za-z0-9])")
"""Capitals glued after digits that are no unit: a name (``5G``, ``4K``, ``3D``, ``4WD``,
``4WD``) is a ``code``, vague (a translation may write ``3 มิติ`` for ``3D``); a lone
``B``/``M``/``K``/``T`` is a magnitude (``100M views``) and ``S`` a plural, left out."""


_DISEASE_RE = re.compile(r"(?i:covid-?19|sars-cov-2|mers-cov|โควิด-?19)")
"""``COVID-19``, ``SARS-CoV-2``, ``โควิด-19``: names of a disease or virus."""


_GLUED_CODE_RE = re.compile(r"[A-Za-z]*[0-9][0-9A-Za-z]*")


def code_key(name: str) -> str:
    """The key of a name holding digits: two or more Latin letters glued to the digits
    stay in it (``CO2`` and ``SO2``, ``H5N1``, ``MH17`` are different codes;
    ``A320neo-family`` -> ``code:A320NEO``), as translations keep such codes in Latin
    letters; one letter (``F1``, ``G7``: a translation may write ``Formula 1``, ``กลุ่ม
    7 ประเทศ``), a word joined by a hyphen (``COVID-19``, ``B-29``) and a name in Thai
    letters (``โควิด-19``) are keyed by their digits (``code:19``).

    Examples:
        >>> code_key("CO2"), code_key("Covid-19"), code_key("โควิด-19")
        ('code:CO2', 'code:19', 'code:19')
    """
    digits = "".join(ch for ch in name if ch.isdigit())
    if THAI_LETTER_RE.search(name):
        return "code:" + digits
    glued = [p for p in _GLUED_CODE_RE.findall(name) if not p.isdigit()]
    if len(glued) != 1 or "".join(ch for ch in glued[0] if ch.isdigit()) != digits \
            or sum(ch.isalpha() for ch in glued[0]) < 2:
        return "code:" + digits
    return "code:" + str(glued[0]).upper()


_NAME_START_RE = re.compile(r"(?:[^\s,;:()\[\]\"“”'‘’/]|(?<=[A-Za-z])['’](?=[A-Za-z]))*$")
"""The start of the name holding a number: an apostrophe between letters does not cut it
(``Chang'e-7``, ``Xi'an-3``)."""
_NAME_END_RE = re.compile(r"[0-9A-Za-z\u0e01-\u0e4e]*(?:[-_][0-9A-Za-z\u0e01-\u0e4e]+)*")
_QUARTER_RE = re.compile(r"Q(?P<n>[1-4])")
_UNIT_POWER_RE = re.compile(r"(?:[kcdm]?m|ft|in|yd|mi)[23]")
_UNIT_POWER_BEFORE_RE = re.compile(r"(?:/|[0-9]\s?|\b(?i:per|a|each)\s)$")


_COUNTRY_CODE_RE = re.compile(r"\+(?P<cc>[0-9]{1,3})(?:[ -]?\(0\)[ -]?|[ -])(?=[0-9])")
_TRUNK_ZERO_CODES = frozenset("""
66 84 62 60 63 65 95 855 856 86 81 82 886 852 853 91 92 94 880 977 971 61 64 44 33 49
31 32 34 39 41 43 353
""".split())  # noqa: SIM905


def national_phone(raw: str) -> str:
    """The digits of a phone number as dialled at home: ``+66 2 018 4400`` and the Thai
    page's ``0 2018 4400`` are one number (``020184400``): a country code set apart by a
    space or hyphen is dropped for the trunk 0 where the country dials one."""
    m = _COUNTRY_CODE_RE.match(raw)
    if m is None or m["cc"] not in _TRUNK_ZERO_CODES:
        return "".join(ch for ch in raw.replace("(0)", "") if ch.isdigit())
    rest = "".join(ch for ch in raw[m.end():] if ch.isdigit())
    return rest if rest.startswith("0") else "0" + rest
