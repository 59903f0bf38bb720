"""massmob_nlp: read, analyze, align and compare English news and its Thai translation.

Nothing heavy is imported here; models load on first use and are cached. Importing the
package registers the ``df.massmob`` pandas accessor: at once if pandas is imported,
else as soon as it is (the package itself does not import pandas).
"""

from __future__ import annotations

from typing import Any

from .integrations.imports import when_imported as _when_imported


def _register_pandas_accessor() -> None:
    from .integrations import pandas  # noqa: F401  (registers df.massmob)


_when_imported("pandas", _register_pandas_accessor)

__version__ = "0.1.0"

_EXPORTS = {
    "Document": ".types",
    "read_documents": ".corpus",
    "paragraphs_table": ".corpus",
    "documents_table": ".corpus",
    "detect_language": ".langid",
    "language_spans": ".langid",
    "tokenize": ".pipeline",
    "analyze": ".pipeline",
    "analyze_documents": ".pipeline",
    "Analysis": ".pipeline",
    "analyze_corpus": ".runs.analyze",
    "CorpusTables": ".runs.corpus_tables",
    "numbers_table": ".numbers",
    "entities_table": ".pipeline",
    "align": ".alignment",
    "Alignment": ".alignment",
    "Bead": ".alignment",
    "pair_documents": ".alignment",
    "compare": ".comparison",
    "Comparison": ".comparison",
    "compare_versions": ".comparison",
    "find_versions": ".comparison",
    "VersionComparison": ".comparison",
    "compare_corpus": ".runs.compare",
    "CorpusComparison": ".runs.dashboard",
}
__all__ = ["__version__", *_EXPORTS]


def __getattr__(name: str) -> Any:
    """Import public names on first use (keeps ``import massmob_nlp`` fast)."""
    if name in _EXPORTS:
        import importlib

        value = getattr(importlib.import_module(_EXPORTS[name], __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'massmob_nlp' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
