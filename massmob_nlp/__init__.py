"""massmob_nlp: read, analyze, align and compare English news and its Thai translation.

Nothing heavy is imported here; models load on first use and are cached.
"""

from __future__ import annotations

import sys as _sys
import types as _types
from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    "Document": ".types",
    "read_documents": ".corpus",
    "paragraphs_table": ".corpus",
    "documents_table": ".corpus",
    "detect_language": ".langid",
    "language_spans": ".langid",
    "tokenize": ".tokenize",
    "analyze": ".analysis",
    "analyze_documents": ".analysis",
    "Analysis": ".analysis",
    "numbers_table": ".numbers",
    "entities_table": ".entities",
    "align": ".align",
    "Alignment": ".align",
    "Bead": ".align",
    "pair_documents": ".align",
    "compare": ".compare",
    "Comparison": ".compare",
}
__all__ = ["__version__", *_EXPORTS]


class _Package(_types.ModuleType):
    """Keeps public functions visible when their same-named module loads:
    ``massmob_nlp.tokenize`` is the function; the module stays in ``sys.modules``."""

    def __getattribute__(self, name: str) -> Any:
        value = super().__getattribute__(name)
        if isinstance(value, _types.ModuleType) and _EXPORTS.get(name) == "." + name:
            return getattr(value, name)
        return value


_sys.modules[__name__].__class__ = _Package


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
