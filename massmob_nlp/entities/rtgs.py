"""PyThaiNLP's royin (RTGS) romanization of a Thai word, the same strings, faster.

``pythainlp.transliterate.romanize(word, engine="royin")`` cuts a word with
``word_tokenize`` and romanizes each part: its vowel step (``_replace_vowels``) calls
``re.sub`` with each of some 65 pattern strings in turn, on every part and again on
the part before (to decide on a syllable ``a``), which is most of its time on names.
:func:`royin_romanize` runs the same steps with PyThaiNLP's own tables and helpers
(its consonant table, normalization, consonant step, tokenizer), but its vowel step
tries the patterns, compiled once and in the same order, only on a word that holds
every literal letter of the pattern: a pattern whose letter is missing cannot match,
so ``re.sub`` would have given the word back unchanged. Each part's romanization is
cached. When PyThaiNLP's royin module lacks one of these parts (another version),
its own ``romanize`` is used. ``tests/entities/test_rtgs.py`` compares the two.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

_GROUP_RE = re.compile(r"\((?:[^()\\]|\\.)*\)")
_META = frozenset(".^$*+?{}[]\\|()")


def _letters(pattern: str) -> frozenset[str]:
    """The literal letters every match of a royin vowel pattern holds: the pattern
    without its groups (consonant classes); none (never skipped) when what is left is
    not plain letters."""
    rest = _GROUP_RE.sub("", pattern)
    return frozenset() if _META & set(rest) else frozenset(rest)


class _Royin:
    """PyThaiNLP's royin steps over its own tables, with the vowel step prefiltered."""

    def __init__(self, module: Any) -> None:
        self.vowels = [(re.compile(p), r, _letters(p)) for p, r in module._VOWELS]
        self.normalize: Callable[[str], str] = module._normalize
        self.replace_consonants: Callable[[str, str], str] = module._replace_consonants
        self.consonants: dict[str, list[str]] = module._CONSONANTS
        self.consonant_re: re.Pattern[str] = module._RE_CONSONANT
        self.romanized_vowels: str = module._ROMANIZED_VOWELS
        self.tokenize: Callable[[str], Sequence[str]] = module.word_tokenize

    def replace_vowels(self, word: str) -> str:
        """``royin._replace_vowels``: each pattern in order, tried only when the word
        holds its letters."""
        have = set(word)
        for pattern, repl, letters in self.vowels:
            if letters <= have:
                new = pattern.sub(repl, word)
                if new != word:
                    word, have = new, set(new)
        return word

    @lru_cache(maxsize=16384)  # noqa: B019 (one instance, kept for the process)
    def romanize_part(self, word: str) -> str:
        """``royin._romanize``."""
        if word == "ห":  # a lone ห is silent
            return ""
        word = self.replace_vowels(self.normalize(word))
        consonants = [c for c in word if c in self.consonants]
        if len(word) == 2 and len(consonants) == 2:
            word = word[0] + "o" + word[1]
        return self.replace_consonants(word, "".join(consonants))

    def separated(self, prev_word: str, curr_word: str, prev_romanized: str) -> bool:
        """``royin._should_add_syllable_separator``."""
        if not prev_romanized or len(curr_word) < 2:
            return False
        prev_after_vowels = self.replace_vowels(self.normalize(prev_word))
        prev_consonants = self.consonant_re.findall(prev_word)
        has_explicit_vowel_prev = len(prev_after_vowels) > len(prev_consonants)
        consonants_in_word = self.consonant_re.findall(curr_word)
        vowels_in_word = len(curr_word) - len(consonants_in_word)
        return (has_explicit_vowel_prev and len(consonants_in_word) == 2 and
                vowels_in_word == 0 and prev_romanized[-1] not in self.romanized_vowels)

    def romanize(self, text: str) -> str:
        """``royin.romanize``."""
        words = self.tokenize(text)
        out: list[str] = []
        for i, word in enumerate(words):
            romanized = self.romanize_part(word)
            if i > 0 and romanized and self.separated(words[i - 1], word,
                                                      out[-1] if out else ""):
                romanized = "a" + romanized
            out.append(romanized)
        return "".join(out)


@lru_cache(maxsize=1)
def _engine() -> Callable[[str], str]:
    """:meth:`_Royin.romanize`, or PyThaiNLP's royin ``romanize`` when its module
    lacks a part the fast one reuses."""
    from pythainlp.transliterate import royin

    try:
        return _Royin(royin).romanize
    except (AttributeError, TypeError, ValueError, re.error):
        fallback: Callable[[str], str] = royin.romanize
        return fallback


def royin_romanize(text: str) -> str:
    """``pythainlp.transliterate.romanize(text, engine="royin")``: each piece between
    spaces romanized alone, ``""`` for no text."""
    if not text:
        return ""
    engine = _engine()
    return " ".join(engine(piece) for piece in text.split(" "))
