"""Stage 1, reading: files, folders and records into :class:`~massmob_nlp.types.Document`
objects with paragraphs and boilerplate flags (``reader``: encodings, HTML, paragraphs;
``boilerplate``: what a page adds around the article)."""

from .reader import (SUFFIXES, decode_bytes, document_from_text, documents_table,
                     html_to_text, paragraph_spans, paragraphs_table, read_corpus,
                     read_documents, read_file)

__all__ = ["SUFFIXES", "decode_bytes", "document_from_text", "documents_table",
           "html_to_text", "paragraph_spans", "paragraphs_table", "read_corpus",
           "read_documents", "read_file"]
