"""Core types shared by every stage: language codes and the Document record."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from .errors import Errors

if TYPE_CHECKING:
    import pandas as pd

Lang = str
"""An ISO 639-1 code ("en", "th", "vi", ...) or "und" for undetermined."""

UND: Lang = "und"

OUTPUT_FORMATS = ("csv", "parquet", "json", "jsonl")
"""Table file formats: ``json`` is one standard JSON array of row objects per table
(``json.load`` reads it); ``jsonl`` is JSON Lines, one row object per line."""


@dataclass(frozen=True)
class Document:
    """A text as read from a source, never altered.

    ``text`` is the decoded original (offsets in every table refer to it);
    ``meta`` holds what was found about it: ``path``, ``encoding``, ``format``,
    ``source_url``, ``author``, ``published`` (only keys that were found).

    Examples:
        >>> doc = Document("hcm-1", "Ho Chi Minh City, 2 May.\\n\\nThe city opened 3 schools.")
        >>> doc
        Document(doc_id='hcm-1', chars=52, text='Ho Chi Minh City, 2 May.  The city opene'...)
    """

    doc_id: str
    text: str
    meta: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not isinstance(self.text, str):
            raise TypeError(Errors.E016.format(type=type(self.text).__name__))
        if not isinstance(self.meta, MappingProxyType):
            object.__setattr__(self, "meta", MappingProxyType(dict(self.meta)))

    def __repr__(self) -> str:
        preview = self.text[:40].replace("\n", " ")
        return f"Document(doc_id={self.doc_id!r}, chars={len(self.text)}, text={preview!r}...)"

    def __reduce__(self) -> tuple[Any, ...]:  # picklable despite the mapping proxy
        return (Document, (self.doc_id, self.text, dict(self.meta)))


@runtime_checkable
class ParsedDocument(Protocol):
    """What a stage needs of a parsed document (:class:`massmob_nlp.Analysis` is one):
    the document and its paragraph, sentence and token tables. Stages below the
    pipeline take this protocol instead of importing ``Analysis`` back."""

    @property
    def document(self) -> Document: ...

    @property
    def paragraphs(self) -> pd.DataFrame: ...

    @property
    def sentences(self) -> pd.DataFrame: ...

    @property
    def tokens(self) -> pd.DataFrame: ...

    @property
    def model_entities(self) -> tuple[tuple[int, int, str], ...]: ...


DocLike = str | Document | ParsedDocument
"""What the stages accept as one document: a text, a Document or a parsed document."""
