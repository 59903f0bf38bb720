"""The bilingual (English/Vietnamese-in-Latin ↔ Thai) gazetteer of ``models/gazetteer``.

The table is read once (``lru_cache``) and compiled into one regex per script:

* Latin: English and Vietnamese variants, matched on a *folded* copy of the text
  (NFC, Vietnamese diacritics removed, ``đ``→``d``, curly quotes and dashes made ASCII;
  one folded char per NFC char, so offsets carry over) and case-insensitively, with
  word boundaries. A single-word variant written with capitals (``Hue``, ``VFF``) must
  match a capitalised word, so ``hue`` the colour is not the city of Huế.
* Thai: Thai variants, matched on the NFC text without word boundaries but never
  inside a syllable (no leading vowel before, no combining mark after); variants
  shorter than :data:`SHORT_THAI` chars must also start and end on word-token edges.

Alternatives are sorted longest first, so the longest variant wins at each position.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .._optional import models_dir
from ..errors import Errors

GAZETTEER_FILE = Path("gazetteer") / "gazetteer.tsv"
COLUMNS = ("entity_id", "label", "canonical", "en_variants", "th_variants", "vi_variants")
SHORT_THAI = 5
"""Thai variants shorter than this must sit on word-token boundaries (เว้, ลาว, จีน)."""
NOT_EMITTED = frozenset({"TITLE"})
"""Gazetteer labels used as lexicons by the rules, never reported as mentions."""

_PUNCT_FOLD = {"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2013": "-", "\u2014": "-",
               "\u0110": "D", "\u0111": "d"}
_THAI_LEAD = "\u0e40-\u0e44"              # เ แ โ ใ ไ: a vowel written before its consonant
_THAI_FOLLOW = "\u0e30-\u0e3a\u0e45\u0e47-\u0e4e"  # vowels/marks that attach to the left
_THAI_AFTER_BAD = re.compile(f"[{_THAI_FOLLOW}]")
_THAI_BEFORE_BAD = re.compile(f"[{_THAI_LEAD}]")


@dataclass(frozen=True)
class Entry:
    """One gazetteer row."""

    entity_id: str
    label: str
    canonical: str
    en_variants: tuple[str, ...]
    th_variants: tuple[str, ...]
    vi_variants: tuple[str, ...]


@dataclass(frozen=True)
class Hit:
    """A gazetteer match: offsets into the text given to :func:`find`."""

    start: int
    end: int
    entry: Entry


def fold_char(char: str) -> str:
    """One char folded for Latin matching: diacritics off, đ→d, ’→', –→-."""
    if char < "\u00c0":
        return char
    if char in _PUNCT_FOLD:
        return _PUNCT_FOLD[char]
    if "\u00c0" <= char <= "\u024f" or "\u1e00" <= char <= "\u1eff":
        base = unicodedata.normalize("NFD", char)[0]
        if base.isascii():
            return base
    return char


_FOLDABLE = re.compile("[\u00c0-\u024f\u1e00-\u1eff" + "".join(
    re.escape(c) for c in _PUNCT_FOLD if c >= "\u00c0") + "]")
"""The chars :func:`fold_char` may change (every other char folds to itself)."""


def fold(text: str) -> str:
    """Fold every char of NFC ``text`` with :func:`fold_char`; length is unchanged."""
    return _FOLDABLE.sub(_fold_match, text)


@lru_cache(maxsize=1024)  # at most ~700 foldable chars
def _fold_one(char: str) -> str:
    return fold_char(char)


def _fold_match(m: re.Match[str]) -> str:
    return _fold_one(m.group())


def gazetteer_path() -> Path:
    """Where the gazetteer TSV is read from (``models/gazetteer/gazetteer.tsv``)."""
    return models_dir() / GAZETTEER_FILE


@lru_cache(maxsize=4)
def load_gazetteer(path: str | None = None) -> tuple[Entry, ...]:
    """The gazetteer rows (read once). Raises ``ValueError`` [E051] on a malformed row."""
    file = Path(path) if path else gazetteer_path()
    if not file.is_file():
        raise FileNotFoundError(Errors.E022.format(
            path=file, command="git checkout models/gazetteer/gazetteer.tsv"))
    entries = []
    with file.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader, None)
        if tuple(header or ()) != COLUMNS:
            raise ValueError(Errors.E051.format(path=file, line=1, reason=f"header {header}"))
        for line, row in enumerate(reader, start=2):
            if len(row) != len(COLUMNS) or not all(row[:3]):
                raise ValueError(Errors.E051.format(path=file, line=line,
                                                    reason=f"{len(row)} fields"))
            split = [tuple(v.strip() for v in cell.split("|") if v.strip())
                     for cell in row[3:]]
            entries.append(Entry(row[0], row[1], row[2], *split))
    return tuple(entries)


def latin_variants(entry: Entry) -> tuple[str, ...]:
    """The canonical name, English and Vietnamese variants of ``entry``."""
    return (entry.canonical, *entry.en_variants, *entry.vi_variants)


@lru_cache(maxsize=4)
def _compiled(path: str | None = None) -> tuple[re.Pattern[str], dict[str, tuple[Entry, str]],
                                                 re.Pattern[str], dict[str, Entry]]:
    entries = load_gazetteer(path)
    latin: dict[str, tuple[Entry, str]] = {}
    thai: dict[str, Entry] = {}
    for entry in entries:
        for variant in latin_variants(entry):
            latin.setdefault(fold(unicodedata.normalize("NFC", variant)).casefold(),
                             (entry, variant))
        for variant in entry.th_variants:
            thai.setdefault(unicodedata.normalize("NFC", variant), entry)
    latin_re = _latin_pattern(sorted(latin, key=len, reverse=True))
    thai_re = re.compile("|".join(re.escape(v) for v in sorted(thai, key=len, reverse=True)))
    return latin_re, latin, thai_re, thai


def _latin_pattern(variants: list[str]) -> re.Pattern[str]:
    """One alternation of ``variants`` (in this order: the first that matches wins) as
    whole words, case ignored."""
    return re.compile(r"(?<![\w])(?:" + "|".join(re.escape(v) for v in variants) +
                      r")(?![\w])", re.IGNORECASE)


@lru_cache(maxsize=4)
def _latin_scan(path: str | None = None
                ) -> tuple[re.Pattern[str], dict[str, re.Pattern[str]], frozenset[str]]:
    """What :func:`find` scans Latin text with, the same matches as ``latin_re.finditer``
    of :func:`_compiled`, faster: for each ASCII char the alternation of only the
    variants whose first char matches it (case ignored as ``re`` ignores it), in the
    same order (the others cannot match there, so the first variant that matches is the
    same); a pattern finding the places to try them (no word character before, and
    such a char or a non-ASCII one); the variants' first chars (a non-ASCII char that
    matches one of them gets the whole alternation: :func:`_latin_at`)."""
    _, latin, _, _ = _compiled(path)
    ordered = sorted(latin, key=len, reverse=True)
    by_char: dict[str, re.Pattern[str]] = {}
    for code in range(128):
        char = chr(code)
        can = [v for v in ordered
               if v and re.fullmatch(re.escape(v[0]), char, re.IGNORECASE) is not None]
        if can:
            by_char[char] = _latin_pattern(can)
    starts = re.compile(r"(?<![\w])[" + "".join(re.escape(c) for c in by_char) +
                        "\u0080-\U0010ffff]")
    return starts, by_char, frozenset(v[0] for v in ordered if v)


@lru_cache(maxsize=4096)
def _latin_at(char: str, path: str | None = None) -> re.Pattern[str] | None:
    """The alternation to try where a word starts with ``char``: the whole of
    ``latin_re`` when ``char`` matches a variant's first char (case ignored as ``re``
    ignores it), else None (no variant starts there)."""
    _, by_char, firsts = _latin_scan(path)
    if char in by_char:
        return by_char[char]
    if any(re.fullmatch(re.escape(f), char, re.IGNORECASE) for f in firsts):
        return _compiled(path)[0]
    return None


def find(nfc_text: str, *, boundaries: Collection[int] | None = None,
         path: str | None = None) -> Iterator[Hit]:
    """Gazetteer matches in NFC text (Latin and Thai), possibly overlapping each other.

    ``boundaries`` are the word-token edges (start and end offsets) used to accept
    short Thai variants; without them the text is segmented with PyThaiNLP ``newmm``
    when a short candidate occurs.
    """
    _, latin, thai_re, thai = _compiled(path)
    starts, by_char, _ = _latin_scan(path)
    folded = fold(nfc_text)
    done = 0  # matches do not overlap: the scan goes on after the last one
    for start in starts.finditer(folded):
        p = start.start()
        if p < done:
            continue
        char = folded[p]
        pattern = by_char.get(char) if char.isascii() else _latin_at(char, path)
        m = pattern.match(folded, p) if pattern is not None else None
        if m is None:
            continue
        done = m.end()
        entry, variant = latin[m.group(0).casefold()]
        if _case_ok(variant, nfc_text[m.start():m.end()]):
            yield Hit(m.start(), m.end(), entry)
    for m in thai_re.finditer(nfc_text):
        if boundaries is None and m.end() - m.start() < SHORT_THAI:
            boundaries = _word_edges(nfc_text)
        if _thai_edges_ok(nfc_text, m.start(), m.end(), boundaries) and \
                not _currency_after_amount(nfc_text, m.start(), m.end()) and \
                not _inside_acronym(nfc_text, m.start(), m.end()):
            yield Hit(m.start(), m.end(), thai[m.group(0)])


def _case_ok(variant: str, found: str) -> bool:
    if " " in variant.strip() or not any(c.isupper() for c in variant):
        return True
    if variant.isupper():  # acronyms: VFF, CPV, QCDC
        return found.isupper()
    return found[:1].isupper()


def _thai_edges_ok(text: str, start: int, end: int,
                   boundaries: Collection[int] | None) -> bool:
    if end < len(text) and _THAI_AFTER_BAD.match(text[end]):
        return False
    if start > 0 and _THAI_BEFORE_BAD.match(text[start - 1]):
        return False
    if end - start >= SHORT_THAI:
        return True
    return boundaries is not None and start in boundaries and end in boundaries


_CURRENCIES_TH = ("ดอง", "บาท", "ดอลลาร์", "เยน", "หยวน", "ยูโร", "ริงกิต", "เปโซ", "รูเปียห์",
                  "วอน", "กีบ", "เรียล", "จ๊าต", "ปอนด์", "รูปี")
_AMOUNT_END_RE = re.compile("(?:[0-9๐-๙]|ล้าน|แสน|หมื่น|พัน|ร้อย|สิบ)[^\\S\\n]*$")


def _currency_after_amount(text: str, start: int, end: int) -> bool:
    """Whether a Thai hit starts with a currency word right after a number or a
    magnitude word: 25,500 ดองในภูมิภาค is *25,500 dong in the region*, not the
    province ดองใน (Đồng Nai)."""
    return text.startswith(_CURRENCIES_TH, start) and \
        _AMOUNT_END_RE.search(text, max(0, start - 12), start) is not None


_LETTER_NAMES_TH = ("ดับเบิลยู", "ดับบลิว", "เอ็กซ์", "เอ็ม", "เอ็น", "เอฟ", "เอช", "เอส", "แอล",
                    "อาร์", "คิว", "แซด", "วาย", "เอ", "บี", "ซี", "ดี", "อี", "จี", "ไอ", "เจ",
                    "เค", "โอ", "พี", "ที", "ยู", "วี")
_LETTERS_RE = re.compile("(?:" + "|".join(_LETTER_NAMES_TH) + ")+")


def _inside_acronym(text: str, start: int, end: int) -> bool:
    """Whether a Thai hit spelled in English letter names (อียู, *EU*) is glued to
    another letter name: the piece of a longer acronym (ทีอียู, *TEU*)."""
    if not _LETTERS_RE.fullmatch(text, start, end):
        return False
    before = any(text.endswith(n, 0, start) for n in _LETTER_NAMES_TH)
    after = text.startswith(_LETTER_NAMES_TH, end) and \
        _LETTERS_RE.match(text, end) is not None
    return before or after


def _word_edges(text: str) -> set[int]:
    """Start and end offsets of PyThaiNLP ``newmm`` words of ``text``."""
    from pythainlp.tokenize import word_tokenize

    edges, pos = {0}, 0
    for word in word_tokenize(text, engine="newmm", keep_whitespace=True):
        pos += len(word)
        edges.add(pos)
    return edges
