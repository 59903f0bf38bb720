"""Stage 1, reading: files, folders and records into :class:`~massmob_nlp.types.Document`
objects with paragraphs and boilerplate flags (``reader``: encodings, HTML, paragraphs;
``boilerplate``: what a page adds around the article)."""

from .html import html_to_text
from .reader import (
                     decode_bytes,
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
