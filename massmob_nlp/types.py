"""Core types shared by every stage: language codes and the Document record."""

from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Literal, Mapping

Lang = str
"""An ISO 639-1 code ("en", "th", "vi", ...) or "und" for undetermined."""

UND: Lang = "und"
Level = Literal["paragraph", "sentence"]


@dataclass(frozen=True)
class Document:
    """A text as read from a source, never altered.

    ``text`` is the decoded original (offsets in every table refer to it);
    ``meta`` holds what was found about it: ``path``, ``encoding``, ``format``,
    ``source_url``, ``author``, ``published`` (only keys that were found).
    """

    doc_id: str
    text: str
    meta: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not isinstance(self.text, str):
            raise TypeError(f"Document.text must be str, got {type(self.text).__name__}.")
        if not isinstance(self.meta, MappingProxyType):
            object.__setattr__(self, "meta", MappingProxyType(dict(self.meta)))

    def __repr__(self) -> str:
        preview = self.text[:40].replace("\n", " ")
        return f"Document(doc_id={self.doc_id!r}, chars={len(self.text)}, text={preview!r}...)"

    def __reduce__(self) -> tuple[Any, ...]:  # picklable despite the mapping proxy
        return (Document, (self.doc_id, self.text, dict(self.meta)))
