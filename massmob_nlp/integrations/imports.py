"""Run a function once a package has been imported (a one-shot post-import hook).

``import massmob_nlp`` registers the ``df.massmob`` accessor this way: at once when pandas
is already imported, else right after the program imports pandas. So the package does
not import pandas itself, and spaCy, which imports every ``spacy_factories`` entry point
(ours is in this package) whenever it makes a pipeline, does not pay for pandas either.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import importlib.util
import sys
from collections.abc import Callable, Sequence
from types import ModuleType


def when_imported(name: str, callback: Callable[[], None]) -> None:
    """Call ``callback()`` now if top-level package ``name`` is imported, else once
    right after it is (the hook then removes itself)."""
    module = sys.modules.get(name)
    if module is not None and not _initializing(module):
        callback()
        return
    if not any(isinstance(f, _AfterImport) and f.name == name for f in sys.meta_path):
        sys.meta_path.insert(0, _AfterImport(name, callback))


def _initializing(module: ModuleType) -> bool:
    spec = getattr(module, "__spec__", None)
    return bool(getattr(spec, "_initializing", False))


class _AfterImport(importlib.abc.MetaPathFinder):
    """Finds nothing itself: wraps the real loader of ``name`` so that ``callback``
    runs after the module has executed."""

    def __init__(self, name: str, callback: Callable[[], None]) -> None:
        self.name, self.callback = name, callback

    def find_spec(self, fullname: str, path: Sequence[str] | None,
                  target: ModuleType | None = None) -> importlib.machinery.ModuleSpec | None:
        if fullname != self.name:
            return None
        sys.meta_path.remove(self)  # one shot; the search below skips this finder
        spec = importlib.util.find_spec(fullname)
        if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
            return spec
        loader, callback = spec.loader, self.callback
        run = loader.exec_module

        def exec_module(module: ModuleType) -> None:
            run(module)
            callback()

        loader.exec_module = exec_module  # type: ignore[method-assign]
        return spec
