"""Stage 1, reading: files, folders and records into :class:`~massmob_nlp.types.Document`
objects with paragraphs and boilerplate flags (``reader``: files and records;
``encodings``: bytes to text; ``html``: pages; ``boilerplate`` and ``article_clutter``:
what a page adds around the article)."""

from .encodings import decode_bytes
from .html import html_to_text
from .reader import (
                     document_from_text,
                     documents_table,
                     paragraph_spans,
                     paragraphs_table,
                     read_corpus,
                     read_documents,
                     read_file,
)
from .sources import SUFFIXES

__all__ = ["SUFFIXES", "decode_bytes", "document_from_text", "documents_table",
           "html_to_text", "paragraph_spans", "paragraphs_table", "read_corpus",
           "read_documents", "read_file"]
