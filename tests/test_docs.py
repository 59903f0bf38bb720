"""Every public function and class of ``massmob_nlp`` (the top-level names, and the
public methods of the result classes) has an example in its docstring, and every
example runs as a doctest, so the API reference (``mkdocs build``) never shows code that
does not work."""

from __future__ import annotations

import doctest
import inspect
from pathlib import Path
from typing import Any

import pytest

import massmob_nlp as mm

RESULT_CLASSES = ("Analysis", "Alignment", "Comparison", "VersionComparison")
"""Classes whose public methods are part of the documented API."""


def _public_objects() -> dict[str, Any]:
    found: dict[str, Any] = {}
    for name in mm.__all__:
        obj = getattr(mm, name)
        if inspect.isfunction(obj) or inspect.isclass(obj):
            found[name] = obj
    for cls_name in RESULT_CLASSES:
        cls = getattr(mm, cls_name)
        for name, member in vars(cls).items():
            if name.startswith("_"):
                continue
            func = member.__func__ if isinstance(member, (classmethod, staticmethod)) else member
            if inspect.isfunction(func):
                found[f"{cls_name}.{name}"] = func
    return found


PUBLIC = _public_objects()


@pytest.mark.parametrize("name", sorted(PUBLIC))
def test_public_docstring_has_a_running_example(name: str,
                                                tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    obj = PUBLIC[name]
    doc = inspect.getdoc(obj) or ""
    assert ">>>" in doc, f"{name}: no example in its docstring"
    assert "Examples:" in doc, (f"{name}: put the example under an 'Examples:' section "
                                "(else the API reference renders it as text)")
    monkeypatch.chdir(tmp_path)  # examples that write files write here
    globs = {"mm": mm, **{n: getattr(mm, n) for n in mm.__all__}}
    test = doctest.DocTestParser().get_doctest(doc, globs, name, None, 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS
                                   | doctest.NORMALIZE_WHITESPACE)
    out: list[str] = []
    result = runner.run(test, out=out.append)
    assert result.failed == 0, "".join(out)


def test_the_checker_fails_on_a_wrong_example() -> None:
    """The runner above really compares outputs."""
    test = doctest.DocTestParser().get_doctest(">>> 1 + 1\n3\n", {}, "wrong", None, 0)
    runner = doctest.DocTestRunner()
    assert runner.run(test, out=lambda s: None).failed == 1
