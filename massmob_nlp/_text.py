"""Small text utilities shared by the stages: scripts, NFC with offsets, patterns."""

from __future__ import annotations

import re
import unicodedata

THAI_CHARS = "\u0e00-\u0e7f"
THAI_RE = re.compile(f"[{THAI_CHARS}]")
THAI_RUN_RE = re.compile(f"[{THAI_CHARS}]+")
THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
_THAI_DIGIT_TABLE = str.maketrans(THAI_DIGITS, "0123456789")
# Latin letters including Vietnamese; no digits, no underscore.
LATIN_LETTERS = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"
LATIN_RE = re.compile(f"[{LATIN_LETTERS}]")
URL_RE = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
EMAIL_RE = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
# Vietnamese-only letters (never in English, rare elsewhere).
VIET_RE = re.compile(
    "[ăâđêôơưĂÂĐÊÔƠƯạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"
    "ẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ]")
# Vietnamese Party/State document codes: 217-QD/TW, 218-QĐ/TU, 05-KH/TU,
# 1186-TB/TU, 22-KL/TW, 12/2023/QĐ-TTg, 35/NQ-CP.
CODE_RE = re.compile(
    r"(?<![\w/-])\d{1,5}(?:[-–]\s?[A-ZĐ]{1,6}(?:/[A-ZĐ]{1,6})+"
    r"|(?:/\d{4})?/[A-ZĐ]{1,6}(?:[-–][A-ZĐ][A-Za-zĐđ]{0,6})+)(?![\w])")


def thai_digits_to_arabic(text: str) -> str:
    """Replace Thai digits (๐-๙) by ASCII digits; length is unchanged."""
    return text.translate(_THAI_DIGIT_TABLE)


def normalize_code(code: str) -> str:
    """Canonical form of a document code: Thai digits→ASCII, Đ→D, en dash→hyphen, no
    spaces, upper case (``๒๑๗-QĐ/TW`` and ``217-QD/TW`` are one key)."""
    code = thai_digits_to_arabic(code).replace("Đ", "D").replace("đ", "d").replace("–", "-")
    return re.sub(r"\s+", "", code).upper()


def script_of(char: str) -> str:
    """Coarse Unicode script of one character: Thai, Latin, Digit, Common or a name."""
    if "\u0e00" <= char <= "\u0e7f":
        return "Digit" if char in THAI_DIGITS else "Thai"
    if char.isdigit():
        return "Digit"
    if char.isalpha():
        if LATIN_RE.match(char):
            return "Latin"
        name = unicodedata.name(char, "")
        return name.split(" ")[0].title() if name else "Other"
    return "Common"


def nfc_with_offsets(text: str) -> tuple[str, list[int]]:
    """NFC-normalize ``text`` and map each normalized char back to an original offset.

    Returns ``(normalized, origin)`` with ``len(origin) == len(normalized) + 1``;
    ``origin[i]`` is the offset in ``text`` where normalized char ``i`` comes from.
    NFKC is never used: it breaks the Thai vowel ำ.
    """
    if unicodedata.is_normalized("NFC", text):
        return text, list(range(len(text) + 1))
    out: list[str] = []
    origin: list[int] = []
    start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or unicodedata.combining(text[i]) == 0:
            cluster = unicodedata.normalize("NFC", text[start:i])
            out.append(cluster)
            origin.extend([start] * len(cluster))
            start = i
    origin.append(len(text))
    return "".join(out), origin


SPLIT_AM = "\u0e4d\u0e32"
"""Sara am (ำ) written as nikhahit + sara aa (``สํานักงาน``), as older fonts and PDFs
store it: it looks like ำ but compares unequal, and NFC keeps it apart."""


def join_sara_am(text: str) -> str:
    """``text`` with every :data:`SPLIT_AM` written ำ (for comparing Thai strings: keys,
    lookups); the text itself is never rewritten (see :class:`JoinedAm` for offsets)."""
    return text.replace(SPLIT_AM, "\u0e33") if SPLIT_AM in text else text


class JoinedAm:
    """A copy of ``text`` with :data:`SPLIT_AM` written ำ, and offsets both ways, so a
    search runs on the copy and reports offsets into the text as given."""

    def __init__(self, text: str) -> None:
        self.text = join_sara_am(text)
        origin: list[int] = []
        to_joined: list[int] = []
        i = 0
        while i < len(text):
            to_joined.append(len(origin))
            origin.append(i)
            if text.startswith(SPLIT_AM, i):
                to_joined.append(len(origin))  # between ํ and า: after the ำ
                i += 2
            else:
                i += 1
        origin.append(len(text))
        to_joined.append(len(origin) - 1)
        self.origin = origin
        self._to_joined = to_joined

    def joined(self, offset: int) -> int:
        """The offset in the copy of ``offset`` in the text given."""
        return self._to_joined[offset]

    def given(self, offset: int) -> int:
        """The offset in the text given of ``offset`` in the copy."""
        return self.origin[offset]
