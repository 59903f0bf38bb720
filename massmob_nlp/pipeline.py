"""One entry point: :func:`analyze` a document into paragraphs, sentences and tokens;
numbers and entities are computed on first access."""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import pandas as pd

from . import tables
from .corpus.reader import (
    document_from_text,
    paragraph_spans,
    paragraphs_table,
    read_documents,
)
from .corpus.sources import looks_like_path
from .errors import Errors
from .langid import detect_language
from .tokens.words import parse_paragraphs
from .types import OUTPUT_FORMATS, UND, DocLike, Document, ParsedDocument

FORMATS = OUTPUT_FORMATS


@dataclass(frozen=True, eq=False)
class Analysis:
    """Tables of one document. Offsets in every table refer to ``document.text``.

    ``paragraphs``, ``sentences`` and ``tokens`` are computed by :func:`analyze`;
    ``numbers`` and ``entities`` on first access (then cached).

    Examples:
        >>> a = analyze("The city opened 3 schools. Parents welcomed them.")
        >>> a
        Analysis(doc_id='text_92a1bdff0ff4b79d', lang='en', paragraphs=1 (0 boilerplate),
                 sentences=2, tokens=10)
        >>> a.numbers[["text", "value", "kind"]]
          text  value      kind
        0    3    3.0  cardinal
    """

    document: Document
    lang: str
    paragraphs: pd.DataFrame = field(repr=False)
    sentences: pd.DataFrame = field(repr=False)
    tokens: pd.DataFrame = field(repr=False)
    model_entities: tuple[tuple[int, int, str], ...] = field(default=(), repr=False)
    """spaCy's own entities (start_char, end_char, label), kept for the entity stage."""

    @property
    def doc_id(self) -> str:
        return self.document.doc_id

    @property
    def text(self) -> str:
        return self.document.text

    @cached_property
    def numbers(self) -> pd.DataFrame:
        """Number mentions (see :func:`massmob_nlp.numbers.numbers_table`)."""
        from .numbers.table import numbers_table

        return numbers_table(self)

    @cached_property
    def entities(self) -> pd.DataFrame:
        """Entity mentions (see :func:`massmob_nlp.entities.entities_table`)."""
        from .entities.table import entities_of

        return entities_of([self], stacklevel=2)

    def body_paragraphs(self) -> pd.DataFrame:
        """Paragraphs that are not boilerplate.

        Examples:
            >>> a = analyze("The city opened 3 schools.\\n\\nRead more\\n\\nParents welcomed them.")
            >>> a.body_paragraphs()["text"].tolist()
            ['The city opened 3 schools.', 'Parents welcomed them.']
        """
        return self.paragraphs[~self.paragraphs["is_boilerplate"]]

    def to_frames(self, *, include: Sequence[str] = ("paragraphs", "sentences", "tokens",
                                                     "numbers", "entities")
                  ) -> dict[str, pd.DataFrame]:
        """The tables by name (computing numbers and entities if asked).

        Examples:
            >>> a = analyze("The city opened 3 schools.")
            >>> frames = a.to_frames(include=("sentences", "numbers"))
            >>> {name: len(frame) for name, frame in frames.items()}
            {'sentences': 1, 'numbers': 1}
        """
        return {name: getattr(self, name) for name in include}

    def export(self, out_dir: str | Path, *, fmt: str = "csv",
               include: Sequence[str] = ("paragraphs", "sentences", "tokens", "numbers",
                                         "entities")) -> list[Path]:
        """Write each table to ``out_dir/<doc_id>.<table>.<fmt>``; returns the paths.

        Examples:
            >>> a = analyze(Document("hcm-1", "The city opened 3 schools."))
            >>> [p.name for p in a.export("tables", include=("sentences", "numbers"))]
            ['hcm-1.sentences.csv', 'hcm-1.numbers.csv']
        """
        return export_frames({f"{self.doc_id}.{k}": v
                              for k, v in self.to_frames(include=include).items()},
                             out_dir, fmt=fmt)

    def summary(self) -> dict[str, Any]:
        """Counts for a one-line report.

        Examples:
            >>> a = analyze(Document("hcm-1", "The city opened 3 schools. Parents welcomed them."))
            >>> a.summary()
            {'doc_id': 'hcm-1', 'lang': 'en', 'chars': 49, 'paragraphs': 1, 'boilerplate': 0,
             'sentences': 2, 'tokens': 10}
        """
        paras = self.paragraphs
        return {"doc_id": self.doc_id, "lang": self.lang, "chars": len(self.text),
                "paragraphs": len(paras), "boilerplate": int(paras["is_boilerplate"].sum()),
                "sentences": len(self.sentences),
                "tokens": int((~self.tokens["is_space"]).sum())}

    def __repr__(self) -> str:
        s = self.summary()
        return (f"Analysis(doc_id={s['doc_id']!r}, lang={s['lang']!r}, "
                f"paragraphs={s['paragraphs']} ({s['boilerplate']} boilerplate), "
                f"sentences={s['sentences']}, tokens={s['tokens']})")

    def _repr_html_(self) -> str:
        s = self.summary()
        head = "".join(f"<th>{html.escape(str(k))}</th>" for k in s)
        row = "".join(f"<td>{html.escape(str(v))}</td>" for v in s.values())
        paras = self.paragraphs[["para_id", "lang", "boilerplate_kind", "text"]].head(12)
        return (f"<div><b>massmob_nlp Analysis</b><table><tr>{head}</tr><tr>{row}</tr>"
                f"</table>{paras.to_html(index=False, escape=True)}</div>")


def export_frames(frames: dict[str, pd.DataFrame], out_dir: str | Path, *,
                  fmt: str = "csv") -> list[Path]:
    """Write frames as ``<name>.<fmt>`` into ``out_dir`` (created)."""
    if fmt not in FORMATS:
        raise ValueError(Errors.E030.format(fmt=fmt))
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, frame in frames.items():
        path = out / f"{name}.{fmt}"
        flat = frame.copy()
        for col in flat.columns:  # tuples (alignment ids) as "1,2"
            if flat[col].dtype == object:
                flat[col] = flat[col].map(lambda v: ",".join(map(str, v))
                                          if isinstance(v, tuple) else v)
        if fmt == "csv":
            flat.to_csv(path, index=False)
        elif fmt == "parquet":
            flat.to_parquet(path, index=False)
        elif fmt == "jsonl":
            flat.to_json(path, orient="records", lines=True, force_ascii=False)
        else:
            flat.to_json(path, orient="records", force_ascii=False, indent=1)
        paths.append(path)
    return paths


def as_document(obj: DocLike) -> Document:
    """A Document from a Document, an Analysis, a str of text, or a str that is (or looks
    like) the path of one file (``[E002]`` when it does not exist)."""
    if isinstance(obj, Document):
        return obj
    if isinstance(obj, Analysis):
        return obj.document
    if isinstance(obj, str) and looks_like_path(obj):
        if Path(obj).is_dir():  # never read a whole folder tree for one document
            raise ValueError(Errors.E015.format(path=obj))
        docs = read_documents(obj)
        if len(docs) != 1:
            raise ValueError(Errors.E015.format(path=obj))
        return docs[0]
    if isinstance(obj, str):
        return document_from_text(obj)
    raise TypeError(Errors.E010.format(type=type(obj).__name__))


def analyze(doc_or_text: DocLike, *, lang: str | None = None,
            engine: str | None = None) -> Analysis:
    """Paragraphs, sentences and tokens of one document or text.

    ``lang`` forces the language of every paragraph (default: detected per paragraph).
    ``engine`` picks the Thai word tokenizer (``"nlpo3"`` or ``"newmm"``).

    Examples:
        >>> a = analyze("The city opened 3 schools. Parents welcomed them.")
        >>> a.lang, a.sentences["text"].tolist()
        ('en', ['The city opened 3 schools.', 'Parents welcomed them.'])
    """
    if isinstance(doc_or_text, Analysis) and lang is None and engine is None:
        return doc_or_text
    if isinstance(doc_or_text, ParsedDocument):
        doc_or_text = doc_or_text.document
    return analyze_documents([as_document(doc_or_text)], lang=lang, engine=engine)[0]


def analyze_documents(docs: Iterable[DocLike], *, lang: str | None = None,
                      engine: str | None = None) -> list[Analysis]:
    """:func:`analyze` many documents, batching English paragraphs through spaCy.

    Examples:
        >>> texts = ["The city opened 3 schools.", "เมืองเปิดโรงเรียน 3 แห่ง"]
        >>> [a.lang for a in analyze_documents(texts)]
        ['en', 'th']
    """
    documents = [as_document(d) for d in docs]
    _check_lang(lang)
    paras = [paragraphs_table(d) for d in documents]
    if lang is not None:
        for p in paras:
            p["lang"] = pd.Categorical([lang] * len(p))
    texts = [t for p in paras for t in p["text"].tolist()]
    langs = [str(x) for p in paras for x in p["lang"].astype(object).tolist()]
    parses = iter(parse_paragraphs(texts, langs, engine=engine))
    out = []
    for doc, p in zip(documents, paras):
        out.append(_assemble(doc, p, [next(parses) for _ in range(len(p))]))
    return out


def _assemble(doc: Document, paras: pd.DataFrame, parses: list[Any]) -> Analysis:
    para_rows = list(paras[["para_id", "start_char", "lang"]].itertuples(index=False))
    sent_rows: list[tuple[Any, ...]] = []
    add_sentence_rows(sent_rows, doc, para_rows, parses)
    ents = [(start + s, start + e, label)
            for (_, start, _), parse in zip(para_rows, parses) for s, e, label in parse.ents]
    body = paras[~paras["is_boilerplate"]]
    lang = detect_language("\n".join(body["text"].tolist()[:20])) if len(body) else UND
    return Analysis(document=doc, lang=lang, paragraphs=paras,
                    sentences=tables.make_frame("sentences", sent_rows),
                    tokens=_tokens_frame(doc, para_rows, parses),
                    model_entities=tuple(ents))


def add_sentence_rows(rows: list[tuple[Any, ...]], doc: Document,
                      para_rows: Sequence[tuple[Any, Any, Any]],
                      parses: Sequence[Any]) -> None:
    """Append the sentences table's rows of one document to ``rows`` (``para_rows``:
    para_id, start_char, lang of each paragraph)."""
    sent_id = 0
    for (para_id, start, para_lang), parse in zip(para_rows, parses):
        para_lang = str(para_lang)
        for s, e in parse.sentences:
            text = doc.text[start + s:start + e]
            sent_lang = para_lang if para_lang != UND else detect_language(text)
            rows.append((doc.doc_id, para_id, sent_id, start + s, start + e, text,
                         sent_lang))
            sent_id += 1


def _tokens_frame(doc: Document, para_rows: Sequence[tuple[Any, Any, Any]],
                  parses: Sequence[Any]) -> pd.DataFrame:
    """The tokens table, built column by column (``para_rows``: para_id, start_char,
    lang of each paragraph)."""
    cols: dict[str, list[Any]] = {c: [] for c in tables.columns("tokens")}
    add_token_columns(cols, doc, para_rows, parses)
    return tables.make_frame("tokens", cols)


def add_token_columns(cols: dict[str, list[Any]], doc: Document,
                      para_rows: Sequence[tuple[Any, Any, Any]],
                      parses: Sequence[Any]) -> None:
    """Append the tokens table's columns of one document to ``cols`` (one list per
    column of the schema; ``sent_id`` is None where the parses have no sentences)."""
    n_before = len(cols["text"])
    text = doc.text
    first_sent = 0
    for (para_id, start, para_lang), parse in zip(para_rows, parses):
        para_lang, toks = str(para_lang), parse.tokens
        cols["sent_id"].extend(_sent_ids(parse, first_sent))
        cols["para_id"].extend([para_id] * len(toks))
        cols["start_char"].extend([start + s for s, _, _, _ in toks])
        cols["end_char"].extend([start + e for _, e, _, _ in toks])
        cols["text"].extend([text[start + s:start + e] for s, e, _, _ in toks])
        cols["lang"].extend([para_lang if lang == "space" else lang
                             for _, _, lang, _ in toks])
        cols["is_space"].extend([lang == "space" for _, _, lang, _ in toks])
        cols["pos"].extend([pos for _, _, _, pos in toks])
        first_sent += len(parse.sentences)
    cols["doc_id"].extend([doc.doc_id] * (len(cols["text"]) - n_before))
    cols["token_id"].extend(range(len(cols["text"]) - n_before))


def _sent_ids(parse: Any, first_sent: int) -> list[int | None]:
    """The sentence of each token of a paragraph parse (None without sentences)."""
    if not parse.sentences:
        return [None] * len(parse.tokens)
    sent_starts = [s for s, _ in parse.sentences]
    k, last = 0, len(sent_starts) - 1
    out: list[int | None] = []
    for s, _, _, _ in parse.tokens:
        while k < last and sent_starts[k + 1] <= s:
            k += 1
        out.append(first_sent + k)
    return out


def tokenize(text: DocLike, *, lang: str | None = None,
             engine: str | None = None) -> pd.DataFrame:
    """One row per token: ``doc_id, para_id, sent_id, token_id, start_char, end_char,
    text, lang, is_space, pos``. ``text`` is a string, a Document or an Analysis.

    Only what the tokens table needs is computed (no sentences table, no document
    language; with ``lang`` given, no language detection at all).

    Examples:
        >>> tokenize("ในช่วง 6 เดือน")["text"].tolist()
        ['ใน', 'ช่วง', ' ', '6', ' ', 'เดือน']
    """
    if isinstance(text, Analysis):
        return text.tokens
    if isinstance(text, ParsedDocument):
        text = text.document
    doc = as_document(text)
    _check_lang(lang)
    if lang is None:
        paras = paragraphs_table(doc)
        para_rows = list(paras[["para_id", "start_char", "lang"]].itertuples(index=False))
        texts = paras["text"].tolist()
    else:
        spans = paragraph_spans(doc.text)
        para_rows = [(i, s, lang) for i, (s, _) in enumerate(spans)]
        texts = [doc.text[s:e] for s, e in spans]
    parses = parse_paragraphs(texts, [str(x) for _, _, x in para_rows], engine=engine)
    return _tokens_frame(doc, para_rows, parses)


def _check_lang(lang: str | None) -> None:
    if lang is not None and not (isinstance(lang, str) and len(lang) in (2, 3)):
        raise ValueError(Errors.E011.format(lang=lang))


def entities_table(obj: DocLike | Sequence[DocLike], *,
                   lang: str | None = None) -> pd.DataFrame:
    """One row per entity mention of a text, Document, Analysis or a list of them.

    ``lang`` forces the language of every paragraph (default: detected). Offsets point
    into the document text. See :mod:`massmob_nlp.entities.table` for sources, labels
    and merging.

    Examples:
        >>> entities_table("Teachers in Ha Giang welcomed the plan.")[["text", "label"]]
               text label
        0  Ha Giang   LOC
    """
    from .entities.table import entities_of

    items: list[Any] = list(obj) if isinstance(obj, (list, tuple)) else [obj]
    for item in items:
        if not isinstance(item, (str, Document, Analysis)):
            raise TypeError(Errors.E010.format(type=type(item).__name__))
    analyses: list[Analysis]
    if all(isinstance(i, Analysis) for i in items) and lang is None:
        analyses = items
    elif len(items) == 1:
        analyses = [analyze(items[0], lang=lang)]
    else:
        analyses = analyze_documents([i.document if isinstance(i, Analysis) else i
                                      for i in items], lang=lang)
    return entities_of(analyses, stacklevel=2)
