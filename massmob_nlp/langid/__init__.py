"""Stage 1: language identification for documents, paragraphs and spans.

Thai (and other scripts with one main language) is recognised by script. Latin-script
text is told apart by a deterministic word test (English function words, Vietnamese
letters) and, when that is not conclusive, by a naive-Bayes classifier over
langdetect's character n-gram profiles restricted to :data:`LATIN_LANGS`. Unlike
``langdetect.detect`` there is no random sampling: the same text always gets the same
answer, in every process.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import Any

import pandas as pd

from .. import tables
from .._text import CODE_RE, LATIN_LETTERS, THAI_RUN_RE, VIET_RE, script_of
from ..errors import Errors
from ..types import UND, Lang
from .lexicon import (
    _BRACKETS_RE,
    _DOMAIN_RE,
    _EN_WORDS,
    _LATIN_RUN_RE,
    _OTHER_WORDS,
    _SCRIPT_LANG,
    _SENTENCE_WORD_RE,
    _TH_FUNCTION_RE,
    _TLD_RE,
    _VIET_SYLLABLE_RE,
    _WEB_RE,
    _WORD_RE,
    _evidence,
)
from .lexicon import LATIN_LANGS as LATIN_LANGS
from .ngrams import MARGIN_PER_GRAM as MARGIN_PER_GRAM
from .ngrams import PRIOR_NATS as PRIOR_NATS
from .ngrams import _ngram_language

KNOWN_LANGS: tuple[str, ...] = ("ar", "bn", "de", "el", "en", "es", "fr", "he", "hi", "hy",
                                 "id", "it", "ja", "ka", "km", "ko", "lo", "my", "nl", "pt",
                                 "ru", "ta", "th", "vi", "zh")
"""Every code :func:`detect_language` can return, besides ``"und"``."""
SAMPLE_CHARS = 600
"""Only the first characters of a long text are looked at (deterministic)."""
NGRAM_MIN_WORDS = 2
"""Fewer lower-case words than this: the n-gram model is not asked (names only)."""
MIN_LETTERS = 2
"""Fewer letters than this (after removing URLs) is too little evidence: ``"und"``."""
THAI_SHARE = 1.5
"""Thai letters times this at least the Latin ones: Thai, whatever the Latin words say."""
EN_SENTENCE_WORDS = 2
"""English function words that make Latin words inside a Thai line an English sentence."""


def detect_language(text: str, *, prior: Lang | None = None) -> Lang:
    """ISO 639-1 code of ``text``'s language, or ``"und"`` when evidence is too thin.

    ``prior`` is the language expected (e.g. the language of the document a paragraph
    comes from): Latin-script text without strong evidence of another language gets it.
    A line with Thai words around Latin names (not an English sentence) is Thai.

    Examples:
        >>> detect_language("The Politburo issued a decision.")
        'en'
        >>> detect_language("ตามมติ 217-QD/TW ของ โปลิตบูโร")
        'th'
        >>> detect_language("Lấy lại mã bảo mật")
        'vi'
        >>> detect_language("12/03/2018 |")
        'und'
    """
    if not isinstance(text, str):
        raise TypeError(Errors.E013.format(type=type(text).__name__))
    if len(text) > SAMPLE_CHARS:  # plenty of evidence; keeps long texts O(1)
        text = text[:SAMPLE_CHARS]
    if _plainly_thai(text):
        return "th"  # what the rules below give such text, without their regexes
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)  # never NFKC: it breaks Thai ำ
    if "/" in text or "www" in text or "@" in text:
        text = _WEB_RE.sub(" ", text)  # URLs and e-mail addresses are not language
    if "." in text and _TLD_RE.search(text):
        text = _DOMAIN_RE.sub(" ", text)  # nor are bare domains (bit.ly/x, nstda.or.th)
    n_thai, n_latin, latin_only = _letter_counts(text)
    if n_thai and n_latin and "(" in text:  # a gloss in brackets: the words around decide
        outside = _BRACKETS_RE.sub(_drop_gloss, text)
        counts = _letter_counts(outside)
        if counts[0] + counts[1] >= MIN_LETTERS:
            text, (n_thai, n_latin, latin_only) = outside, counts
    if n_thai and (not n_latin or _thai_frame(text, n_thai, n_latin, prior=prior)) and (
            n_thai >= MIN_LETTERS or not any(map(str.isalpha, THAI_RUN_RE.sub("", latin_only)))):
        return "th"  # one Thai letter is evidence too (the น. after a time)
    if n_latin >= MIN_LETTERS:  # Thai letters left here spell a name in English
        other = _other_script_lang(THAI_RUN_RE.sub("", latin_only) if n_thai else latin_only)
        if other is not None and other[1] > n_latin:
            return other[0]
        return _latin_language(text, prior=prior)
    other = _other_script_lang(latin_only)
    if other is not None and other[1] >= MIN_LETTERS:
        return other[0]
    return UND


def _drop_gloss(match: re.Match[str]) -> str:
    """A bracket spelling the name before it in the other script (*Osborne (ออสบอร์น)*,
    *ทรัมป์ (Trump)*) becomes a space; any other bracket stays."""
    inside, last = match.group(), match.string[:match.start()].rstrip(" .")[-1:]
    thai, latin = THAI_RUN_RE.search(inside), _LATIN_RUN_RE.search(inside)
    gloss = (thai and not latin and _LATIN_RUN_RE.match(last)) or (
        latin and not thai and THAI_RUN_RE.match(last))
    return " " if gloss else inside


def _letter_counts(text: str) -> tuple[int, int, str]:
    """Thai characters (``฿`` is no word), Latin letters, ``text`` without Latin ones."""
    latin_only = _LATIN_RUN_RE.sub("", text)
    return (len(text) - len(THAI_RUN_RE.sub("", text)) - text.count("\u0e3f"),
            len(text) - len(latin_only), latin_only)


_PLAIN_BYTES = bytes(b for b in range(256) if not (0x40 <= b <= 0x5A or 0x61 <= b <= 0x7A
                                                  or (b >= 0xC0 and b != 0xE0)))
"""UTF-8 bytes :func:`_plainly_thai` lets through: ASCII but letters and ``@``,
continuation bytes, and the lead byte of U+0800-U+0FFF (Indic, Thai, Lao, Tibetan)."""
_THAI_UTF8_RE = re.compile(rb"\xe0(?:\xb8[^\xbf]|\xb9)")  # U+0E00-U+0E7F but ฿ (U+0E3F)


def _plainly_thai(text: str) -> bool:
    """Whether :func:`detect_language`'s rules surely give ``"th"``: ``text`` has two
    Thai characters (U+0E00-U+0E7F but ``฿``) and, besides, only ASCII but letters and ``@``,
    no-break spaces, general punctuation (U+2000-U+203F: quotes, dashes) and
    characters of U+0800-U+0FFF (Indic, Lao: neither Thai nor Latin letters). So no
    Latin letter, URL, e-mail or domain, and nothing NFC turns into one: Thai counts
    more than nothing. Byte tests over its UTF-8, ~4x faster than the regexes."""
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates
        return False
    if data.isascii():
        return False
    rest = data.translate(None, _PLAIN_BYTES)  # lead bytes of other characters
    if rest:  # only U+00A0 (C2 A0) and U+2000-U+203F (E2 80 xx) are let through
        n_c2 = rest.count(b"\xc2")
        if rest.translate(None, b"\xc2\xe2") or (
                n_c2 and data.count(b"\xc2\xa0") != n_c2) or (
                len(rest) > n_c2 and data.count(b"\xe2\x80") != len(rest) - n_c2):
            return False
    first = _THAI_UTF8_RE.search(data)
    return first is not None and _THAI_UTF8_RE.search(data, first.end()) is not None


def paragraph_languages(texts: Sequence[str], *, skip: Sequence[bool] = ()) -> list[Lang]:
    """Languages of a document's paragraphs, the document's language as prior.

    The document's language is the one with most characters among its paragraphs
    (``skip[i]`` true leaves paragraph ``i`` out of that vote, e.g. boilerplate); a
    Latin-script one is then told from its Latin paragraphs together. A
    Latin-script paragraph detected as another Latin language (or a Thai one with Latin
    words) is detected again with that prior: only strong evidence keeps it apart. A
    Vietnamese paragraph (told by its letters, strong evidence) stays out of the pooled
    sample of another language's document: a quoted Vietnamese line does not make an
    English article Vietnamese, nor its name-only lines (*Nguyễn Văn An*) Vietnamese. In a
    Thai document, a paragraph with Thai and Latin words is Thai.
    """
    langs = [detect_language(t) for t in texts]
    weight: dict[str, int] = {}
    for i, (text, lang) in enumerate(zip(texts, langs, strict=True)):
        if lang != UND and not (i < len(skip) and skip[i]):
            weight[lang] = weight.get(lang, 0) + len(text)
    if not weight:
        return langs
    doc_lang = max(sorted(weight), key=weight.__getitem__)
    if doc_lang == "th":  # a line with Thai words in a Thai document is Thai
        return [detect_language(t, prior="th") if lang in LATIN_LANGS and
                THAI_RUN_RE.search(t) else lang for t, lang in zip(texts, langs, strict=True)]
    if doc_lang not in LATIN_LANGS:
        return langs
    pooled = _latin_language(" \n".join(  # short lines alone are weak evidence
        t for i, (t, lang) in enumerate(zip(texts, langs, strict=True))
        if lang in LATIN_LANGS and not (i < len(skip) and skip[i]) and
        (lang != "vi" or doc_lang == "vi"))[:SAMPLE_CHARS])
    doc_lang = pooled if pooled in LATIN_LANGS else doc_lang
    return [detect_language(t, prior=doc_lang) if (
        lang in LATIN_LANGS and lang != doc_lang) or (lang == "th" and _LATIN_RUN_RE.search(t))
        else lang for t, lang in zip(texts, langs, strict=True)]


def _thai_frame(text: str, n_thai: int, n_latin: int, *, prior: Lang | None) -> bool:
    """Whether Thai and Latin letters in one line make a Thai line: a Thai grammatical
    word, or Thai letters at least 1/:data:`THAI_SHARE` of the Latin ones, make it
    Thai; otherwise it is Thai unless its Latin words are an English sentence (the Thai
    spells a name inside English) or a Latin-script language is expected (a line of an
    English document: *ไฮไลท์ Northfield Rovers 2 - 0 Eastbay City*)."""
    if prior == "th" or n_thai * THAI_SHARE >= n_latin or _TH_FUNCTION_RE.search(text):
        return True
    return prior not in LATIN_LANGS and not _english_sentence(text)


def _english_sentence(text: str) -> bool:
    """More than :data:`EN_SENTENCE_WORDS` English function words, or as many and a
    lower-case word besides. Function words inside a name do not count: a lower-case
    one between capitalised words (*School of Law*), a capitalised one before one
    (*Will Rogers*)."""
    raw = _SENTENCE_WORD_RE.findall(text.replace("\u2019", "'"))  # Thai runs: neither
    caps = [w[:1].isupper() for w in raw] + [False]
    n_function = n_content = 0
    for i, word in enumerate(raw):
        lower = word.lower()
        if lower in _EN_WORDS and (len(lower) > 1 or lower in "ai"):
            if caps[i + 1] and (caps[i] or (i and caps[i - 1])):
                continue
            n_function += 1
        elif not caps[i] and len(word) > 1:
            n_content += 1
    return n_function > EN_SENTENCE_WORDS or (n_function == EN_SENTENCE_WORDS
                                               and n_content > 0)


def _other_script_lang(text: str) -> tuple[str, int] | None:
    """The single-language script with most letters in ``text`` (Thai/Latin removed)."""
    letters = [c for c in text if c.isalpha()] if not text.isascii() else []
    if not letters:
        return None
    counts: dict[str, int] = {}
    for char in letters:
        lang = _SCRIPT_LANG.get(script_of(char))
        if lang:
            counts[lang] = counts.get(lang, 0) + 1
    if not counts:
        return None
    lang = max(counts, key=counts.__getitem__)
    return lang, counts[lang]


def _latin_language(text: str, *, default: Lang = "en", prior: Lang | None = None) -> Lang:
    """Language of Latin-script ``text``: word test first, n-gram model when unsure."""
    text = unicodedata.normalize("NFC", text[:SAMPLE_CHARS]).replace("\u2019", "'")
    raw = _WORD_RE.findall(text)
    words = [w.lower() for w in raw]
    if not words:
        return UND
    n_en = sum(1 for w in words if w in _EN_WORDS)
    n_viet = _viet_words(raw, n_en=n_en, prior=prior) if VIET_RE.search(text) else 0
    if n_viet * 2 >= len(words) or (n_viet >= 2 and n_viet * 4 >= len(words)):
        return "vi"
    if (n_en >= 2 and n_en * 5 >= len(words)) or (n_en >= 1 and n_en * 3 >= len(words)):
        return "en"
    fallback = prior if prior in LATIN_LANGS else default
    if len(words) <= 3 and sum(map(len, words)) <= 14:
        return fallback  # a name or an acronym: no reliable evidence either way
    # Capitalised words are mostly names: they say little about the language.
    common = [w.lower() for w in raw if not w[:1].isupper()]
    if len(common) < NGRAM_MIN_WORDS and text.isascii():
        return fallback
    lang = _ngram_language(" ".join(common if len(common) >= NGRAM_MIN_WORDS else words),
                           prior=fallback)
    # A line of names only: Vietnamese letters are the evidence left (TP Hồ Chí Minh).
    evidence = common or [w for w in words if n_viet and VIET_RE.search(w)]
    if lang in (fallback, UND) or words[0] in _OTHER_WORDS.get(lang, ()) or _evidence(
            lang, evidence, letters=not VIET_RE.search(text)):
        return lang  # the first word is capitalised, seldom a name: Ich, Saya
    return fallback


def _viet_words(raw: list[str], *, n_en: int, prior: Lang | None) -> int:
    """Words with Vietnamese letters, when they can be Vietnamese text: some are lower
    case (*Thủ tướng*, *Hội Nông dân*), or all words are capitalised (a name alone,
    *Hà Nội*, each word a Vietnamese syllable or an acronym) with neither an English
    word nor another Latin language expected. In Vietnamese text (``prior``), an
    English-looking syllable of such a name (*Nguyễn Văn An*) is no English word.
    Vietnamese names inside English (*General Secretary Tô Lâm visits Hải Phòng*,
    *By Lê Minh Đức*) are 0: English news about Vietnam is full of them."""
    viet = [w for w in raw if VIET_RE.search(w)]
    if any(not w[:1].isupper() for w in viet):
        return len(viet)
    if n_en and prior == "vi" and len(viet) >= n_en and all(w[:1].isupper() for w in raw):
        n_en = 0  # An, Do as syllables of a name in Vietnamese text (Nguyễn Văn An)
    if n_en or (prior in LATIN_LANGS and prior != "vi") or not all(
            _VIET_SYLLABLE_RE.fullmatch(w) or (w.isupper() and len(w) <= 3) for w in raw):
        return 0  # Mrs Đặng Minh Quang, Đỗ Minh Sơn, General Director: English
    return len(viet)


_RUN_RE = re.compile(
    f"(?P<code>{CODE_RE.pattern})|(?P<thai>[\u0e01-\u0e4e]+)"
    f"|(?P<latin>[{LATIN_LETTERS}]+(?:['’.&-][{LATIN_LETTERS}]+)*)|(?P<other>[^\\W\\d_]+)")


def language_spans(text: str) -> pd.DataFrame:
    """Maximal runs of one language in ``text``, covering it end to end.

    Columns ``start_char, end_char, lang, script``. Letters decide: Thai runs are
    ``th``; consecutive Latin words form one phrase whose language is detected as a
    whole (a short phrase inside Thai defaults to ``en``); document codes such as
    ``217-QD/TW`` are their own span (``lang="und"``, ``script="Code"``). Digits,
    spaces and punctuation join the span before them (the first span if leading).

    Examples:
        >>> language_spans("ตามมติ 217-QD/TW ของ โปลิตบูโร")[["lang", "script"]].values.tolist()
        [['th', 'Thai'], ['und', 'Code'], ['th', 'Thai']]
    """
    if not isinstance(text, str):
        raise TypeError(Errors.E013.format(type=type(text).__name__))
    return tables.make_frame("language_spans", span_rows(text))


def span_rows(text: str) -> list[tuple[int, int, str, str]]:
    """:func:`language_spans` as a list of ``(start, end, lang, script)`` tuples."""
    runs: list[list[Any]] = []  # [start, end, lang, script]
    for m in _RUN_RE.finditer(text):
        kind = m.lastgroup
        if kind == "code":
            lang, script = UND, "Code"
        elif kind == "thai":
            lang, script = "th", "Thai"
        elif kind == "latin":
            lang, script = "?", "Latin"
        else:
            script = script_of(m.group()[0])
            lang = _SCRIPT_LANG.get(script, UND)
        if (runs and runs[-1][3] == script and script in ("Thai", "Latin")) or (
                runs and runs[-1][3] == script and runs[-1][2] == lang
                and script != "Code"):
            runs[-1][1] = m.end()
        else:
            runs.append([m.start(), m.end(), lang, script])
    seen: dict[str, Lang] = {}
    for run in runs:
        if run[2] == "?":
            phrase = text[run[0]:run[1]]
            if phrase not in seen:
                seen[phrase] = _latin_language(phrase, default="en")
            run[2] = seen[phrase]
    rows: list[list[Any]] = []
    for i, (start, end, lang, script) in enumerate(runs):
        start = 0 if i == 0 else start
        end = runs[i + 1][0] if i + 1 < len(runs) else len(text)
        if rows and rows[-1][2] == lang and rows[-1][3] == script:
            rows[-1][1] = end
        else:
            rows.append([start, end, lang, script])
    if not rows and text:
        rows.append([0, len(text), UND, "Common"])
    return [(int(a), int(b), str(c), str(d)) for a, b, c, d in rows]
