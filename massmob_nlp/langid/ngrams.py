"""The naive-Bayes fallback for Latin-script text: langdetect's character 1–3-gram
profiles restricted to :data:`~massmob_nlp.langid.lexicon.LATIN_LANGS`, without random
sampling (:mod:`massmob_nlp.langid`)."""

from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path

import numpy as np

from ..types import UND, Lang
from .lexicon import LATIN_LANGS

PRIOR_NATS = 4.0
"""The n-gram model must beat the expected language by this many nats..."""
MARGIN_PER_GRAM = 0.3
"""...and by this many nats per n-gram (short texts need proportionally more)."""


def _ngram_language(text: str, *, prior: Lang = "en") -> Lang:
    """Naive Bayes over langdetect's 1–3-gram profiles (deterministic)."""
    index, logp, langs = _profiles()
    padded = f" {text} "
    rows = [index[g] for n in (1, 2, 3) for i in range(len(padded) - n + 1)
            if (g := padded[i:i + n]) in index]
    if not rows:
        return UND
    scores = logp[rows].sum(axis=0)
    j, k = int(np.argmax(scores)), langs.index(prior)
    margin = scores[j] - scores[k]
    if margin < PRIOR_NATS or margin < MARGIN_PER_GRAM * len(rows):
        return prior  # short or ambiguous text: not enough evidence against the prior
    return langs[j]


@lru_cache(maxsize=1)
def _profiles() -> tuple[dict[str, int], np.ndarray, tuple[str, ...]]:
    """Load langdetect's profiles for :data:`LATIN_LANGS` into one log-prob matrix."""
    import langdetect

    folder = Path(langdetect.__file__).parent / "profiles"
    grams: dict[str, dict[str, float]] = {}
    for lang in LATIN_LANGS:
        profile = json.loads((folder / lang).read_text(encoding="utf-8"))
        n_words = profile["n_words"]
        for gram, freq in profile["freq"].items():
            if (1 <= len(gram) <= 3 and gram.strip() != "") or gram == " ":
                grams.setdefault(gram, {})[lang] = freq / n_words[len(gram) - 1]
    index = {g: i for i, g in enumerate(grams)}
    logp = np.full((len(grams), len(LATIN_LANGS)), math.log(1e-7))
    for g, i in index.items():
        for j, lang in enumerate(LATIN_LANGS):
            if lang in grams[g]:
                logp[i, j] = math.log(grams[g][lang])
    return index, logp, LATIN_LANGS
