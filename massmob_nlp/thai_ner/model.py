"""Thai named-entity recognition with a CRF trained on ThaiNER 1.5.

The shipped model lives in ``models/thai_ner/`` (``model.crfsuite`` plus
``meta.json``, and ``spacy_ner/`` when ``meta.json`` enables the spaCy
ensemble member, see :mod:`massmob_nlp._thai_ner_spacy`).  It is loaded
lazily, once, on the first call to :func:`predict_thai_entities`.  Rebuild it
with::

    python models/train_thai_ner.py --data ../shared/data/thainer \
        --out models/thai_ner --spacy-epochs 12

Labels are ThaiNER's original labels (PERSON, ORGANIZATION, LOCATION, DATE,
TIME, MONEY, PERCENT, LAW, FACILITY, LEN, URL, PHONE, EMAIL, ZIP, AGO).

The work is split over private modules whose names are re-exported here, so
the training script, the benchmark and the tests import only this module:
``_thai_ner_tokens`` (:func:`tokenize`, chunks, BIO decoding),
``_thai_ner_features`` (:func:`sentence_features` and the cue lists) and
``_thai_ner_data`` (the ThaiNER line format and exact-span scoring).
Training and inference therefore always use the same code.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import Errors
from .data import format_scores, parse_thainer_line, score_spans
from .features import crf_items, match_entity_dict, pos_tag_tokens, sentence_features
from .items import ItemBuilder
from .tokens import (
    MAX_CHUNK_CHARS,
    TOKENIZER_ENGINE,  # noqa: F401  (re-exported)
    ScoredSpan,
    bio_to_spans,
    split_into_chunks,
    tokenize,
)

__all__ = [
    "MODEL_DIR_ENV",
    "REBUILD_COMMAND",
    "ThaiNER",
    "bio_to_spans",
    "crf_items",
    "format_scores",
    "load_thai_ner",
    "match_entity_dict",
    # re-exported for the training script, the benchmark and the tests
    "parse_thainer_line",
    "pos_tag_tokens",
    "predict_thai_entities",
    "predict_thai_entities_many",
    "score_spans",
    "sentence_features",
    "split_into_chunks",
    "tokenize",
]

#: Files of the model directory.
MODEL_FILE = "model.crfsuite"
META_FILE = "meta.json"
REBUILD_COMMAND = (
    "python models/train_thai_ner.py --data ../shared/data/thainer --out models/thai_ner"
    " --spacy-epochs 12"
)
#: Environment variable that overrides the model directory.
MODEL_DIR_ENV = "MASSMOB_THAI_NER_MODEL_DIR"


def _require(path: Path, *, is_dir: bool = False) -> None:
    """Raise ``FileNotFoundError`` naming ``path`` and the rebuild command."""
    if not (path.is_dir() if is_dir else path.is_file()):
        raise FileNotFoundError(Errors.E022.format(path=path, command=REBUILD_COMMAND))


class ThaiNER:
    """A loaded CRF model plus the metadata needed to featurize text."""

    def __init__(self, model_dir: os.PathLike[str] | str) -> None:
        model_dir = Path(model_dir)
        model_path = model_dir / MODEL_FILE
        meta_path = model_dir / META_FILE
        _require(model_path)
        _require(meta_path)
        import pycrfsuite

        with open(meta_path, encoding="utf-8") as fh:
            meta = json.load(fh)
        self.model_dir = model_dir
        self.meta: dict[str, Any] = meta
        self.gazetteer: dict[str, str] = meta.get("gazetteer", {})
        self.split_table: dict[str, list[int]] = {
            k: list(v) for k, v in meta.get("split_table", {}).items()
        }
        self.entity_dict: dict[str, str] = meta.get("entity_dict", {})
        self.use_pos: bool = bool(meta.get("use_pos", False))
        self.max_chunk_chars: int = int(meta.get("max_chunk_chars", MAX_CHUNK_CHARS))
        self.item_builder = ItemBuilder(self.gazetteer, self.entity_dict)
        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(str(model_path))
        self._crf_labels = frozenset(self.tagger.labels())
        # Optional spaCy NER ensemble member (see massmob_nlp._thai_ner_spacy).
        self.spacy_nlp: Any = None
        self.spacy_threshold: float = float(meta.get("spacy_threshold", 0.1))
        self.spacy_keep_threshold: float = float(meta.get("spacy_keep_threshold", 0.0))
        if meta.get("spacy_ensemble"):
            from . import spacy_model as _thai_ner_spacy

            _require(model_dir / _thai_ner_spacy.SPACY_DIR, is_dir=True)
            self.spacy_nlp = _thai_ner_spacy.load(model_dir)

    def _marginal(self, i: int, tag: str) -> float:
        return self.tagger.marginal(tag, i) if tag in self._crf_labels else 0.0

    def tag_tokens(self, tokens: Sequence[str]) -> tuple[list[str], list[float]]:
        """Return BIO tags and per-token marginal probabilities."""
        if not tokens:
            return [], []
        pos = pos_tag_tokens(tokens) if self.use_pos else None
        # == crf_items(sentence_features(tokens, self.gazetteer, pos, self.entity_dict))
        self.tagger.set(self.item_builder.items(tokens, pos))
        tags = self.tagger.tag()
        scores = [self.tagger.marginal(t, i) for i, t in enumerate(tags)]
        return list(tags), scores

    def _chunk_spans(
        self, tokens: Sequence[str], spacy_spans: list[tuple[int, int, str]] | None
    ) -> list[ScoredSpan]:
        """Spans of one tokenized chunk, merged with the spaCy member's when given."""
        tags, scores = self.tag_tokens(tokens)
        spans = bio_to_spans(tokens, tags, scores)
        if spacy_spans is None:
            return spans
        from . import spacy_model as _thai_ner_spacy

        # the tagger still holds this chunk, so marginals are cheap
        return _thai_ner_spacy.merge_spans(
            spans, spacy_spans, tokens, self._marginal,
            self.spacy_threshold, self.spacy_keep_threshold,
        )

    def predict(self, text: str) -> list[ScoredSpan]:
        """Entities in ``text`` as (start_char, end_char, label, score)."""
        return self.predict_many([text])[0]

    def predict_many(self, texts: Sequence[str]) -> list[list[ScoredSpan]]:
        """:meth:`predict` of each text; the spaCy member tags the chunks of all the
        texts in one ``nlp.pipe`` batch (a document's paragraphs: one call, not one per
        paragraph)."""
        for text in texts:
            if not isinstance(text, str):
                raise TypeError(Errors.E013.format(type=type(text).__name__))
        chunks = [[(offset, tokenize(chunk, self.split_table))
                   for offset, chunk in split_into_chunks(text, self.max_chunk_chars)]
                  for text in texts]
        flat = [tokens for text_chunks in chunks for _, tokens in text_chunks]
        spacy_spans: list[list[tuple[int, int, str]] | None] = [None] * len(flat)
        if self.spacy_nlp is not None and flat:
            from . import spacy_model as _thai_ner_spacy

            spacy_spans = [*_thai_ner_spacy.predict_many(self.spacy_nlp, flat)]
        pending = iter(spacy_spans)
        out: list[list[ScoredSpan]] = []
        for text_chunks in chunks:
            out.append([(offset + s, offset + e, lab, sc) for offset, tokens in text_chunks
                        for s, e, lab, sc in self._chunk_spans(tokens, next(pending))])
        return out


def _resolve_model_dir(model_dir: os.PathLike[str] | str | None) -> Path:
    if model_dir is not None:
        return Path(model_dir).resolve()
    env = os.environ.get(MODEL_DIR_ENV)
    if env:
        return Path(env).resolve()
    from .._optional import models_dir

    return models_dir() / "thai_ner"


@lru_cache(maxsize=4)
def _load_cached(model_dir: Path) -> ThaiNER:
    return ThaiNER(model_dir)


def load_thai_ner(model_dir: os.PathLike[str] | str | None = None) -> ThaiNER:
    """Load (once, cached) the Thai NER model from ``model_dir``.

    Defaults to ``$MASSMOB_THAI_NER_MODEL_DIR`` or ``models/thai_ner`` in the
    repository.  Raises ``FileNotFoundError`` naming the missing file and the
    rebuild command.
    """
    return _load_cached(_resolve_model_dir(model_dir))


def predict_thai_entities(
    text: str, model_dir: os.PathLike[str] | str | None = None
) -> list[ScoredSpan]:
    """Find named entities in Thai ``text``.

    Returns a list of ``(start_char, end_char, label, score)`` where
    ``text[start_char:end_char]`` is the mention (no surrounding spaces),
    ``label`` a ThaiNER label and ``score`` the mean CRF marginal probability
    of the span's tags (for a span added by the spaCy ensemble member: of the
    span's label), in [0, 1].  Empty or whitespace-only text gives [].
    """
    if not isinstance(text, str):
        raise TypeError(Errors.E013.format(type=type(text).__name__))
    if not text.strip():
        return []
    return load_thai_ner(model_dir).predict(text)


def predict_thai_entities_many(
    texts: Sequence[str], model_dir: os.PathLike[str] | str | None = None
) -> list[list[ScoredSpan]]:
    """:func:`predict_thai_entities` of each text, in one batch (the same spans as one
    call per text, faster: the spaCy member runs once over all the texts)."""
    for text in texts:
        if not isinstance(text, str):
            raise TypeError(Errors.E013.format(type=type(text).__name__))
    if not any(text.strip() for text in texts):
        return [[] for _ in texts]
    return load_thai_ner(model_dir).predict_many(texts)
