"""Decoding article bytes: byte-order marks, UTF-16 without BOM, UTF-8, a page's
declared charset, Thai single-byte cp874 (TIS-620) and Windows-1252 told apart without
being told; anything else decoded with replacement characters and a warning."""

from __future__ import annotations

import codecs
import os
import re
import warnings
from typing import Union

from ..errors import DecodeError, Errors, Warnings

PathLike = Union[str, "os.PathLike[str]"]

BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))


def decode_bytes(data: bytes, *, encoding: str | None = None,
                 path: PathLike = "<bytes>") -> tuple[str, str]:
    """Decode ``data``, detecting the encoding unless given; returns (text, encoding).

    Order: byte-order mark; UTF-16 without BOM (high bytes 0x00/0x0E); strict UTF-8;
    the charset a page declares (``<meta charset>``, ``http-equiv``, an XML
    declaration; :func:`declared_charset`); Thai single-byte cp874 (a superset of
    TIS-620) when the high bytes read as Thai; Windows-1252 when the high bytes are its
    quotes, dashes and Latin letters (:func:`_looks_like_cp1252`).
    Anything else is decoded as UTF-8 with replacement characters and a warning, so
    no input is silently lost.
    """
    if encoding is not None:
        try:
            return data.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError) as e:
            raise DecodeError(Errors.E003.format(path=path, encoding=encoding,
                                                 reason=e)) from e
    for bom, name in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError as e:
                raise DecodeError(Errors.E003.format(path=path, encoding=name,
                                                     reason=e)) from e
    utf16 = utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = declared_charset(data)
    if declared is not None and (declared == "cp874" or not _looks_like_cp874(data)):
        try:  # a Thai page declared Western is Thai (mis-declared pages are common)
            return data.decode(declared), declared
        except UnicodeDecodeError:
            pass
    if _looks_like_cp874(data):
        return data.decode("cp874"), "cp874"
    if _looks_like_cp1252(data):
        return data.decode("cp1252"), "cp1252"
    text = data.decode("utf-8", errors="replace")
    warnings.warn(Warnings.W002.format(path=path, n=text.count("\ufffd")), stacklevel=3)
    return text, "utf-8"


CHARSET_SAMPLE = 4096
"""Bytes at the head of a file searched for a declared charset."""
_CHARSET_RE = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)""",
    re.IGNORECASE)
_CHARSET_ALIASES = {"tis-620": "cp874", "tis620": "cp874", "iso-8859-11": "cp874",
                    "windows-874": "cp874", "iso-8859-1": "cp1252", "latin1": "cp1252",
                    "latin-1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252"}
"""Declared names read as browsers read them (WHATWG: TIS-620 and ISO-8859-11 are
windows-874, ISO-8859-1 and ASCII are windows-1252)."""


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML or XML file declares in its first :data:`CHARSET_SAMPLE`
    bytes (``<meta charset="tis-620">``, ``content="text/html; charset=windows-1252"``,
    ``<?xml ... encoding="...">``) as a Python codec name, or None."""
    m = _CHARSET_RE.search(data[:CHARSET_SAMPLE])
    if m is None:
        return None
    name = (m.group(1) or m.group(2)).decode("ascii", "replace").lower()
    name = _CHARSET_ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _looks_like_cp1252(data: bytes) -> bool:
    """Western single-byte text: every high byte is a Windows-1252 character, the text
    is mostly ASCII, and the high bytes are not Thai (checked before)."""
    high = [b for b in data if b >= 0x80]
    if not high or len(high) > 0.1 * len(data) or any(b in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
                                                    for b in high):
        return False
    return sum(1 for b in high if 0x80 <= b <= 0x9F or b >= 0xC0) >= 0.5 * len(high)


def utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 without BOM: the high byte of each unit is 0x00 (Latin) or 0x0E (Thai)
    almost everywhere (Thai UTF-16 has no NUL byte, and is valid UTF-8)."""
    if len(data) < 4 or len(data) % 2:
        return None
    for name, high in (("utf-16-le", data[1::2]), ("utf-16-be", data[0::2])):
        if high.count(0) + high.count(0x0E) < 0.9 * len(high):
            continue
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        if sum(c.isprintable() or c.isspace() for c in text) > 0.95 * len(text):
            return text, name
    return None


def _looks_like_cp874(data: bytes) -> bool:
    high = [b for b in data if b >= 0x80]
    if not high:
        return False
    thai = sum(1 for b in high if 0xA1 <= b <= 0xFB and b not in range(0xDB, 0xDF))
    if thai < 0.9 * len(high):
        return False
    try:
        text = data.decode("cp874")
    except UnicodeDecodeError:
        return False
    # A run of Thai must not start with a combining mark or following vowel.
    bad = len(re.findall(r"(?<![\u0e01-\u0e4e])[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]", text))
    return bad <= 0.02 * len(high)
