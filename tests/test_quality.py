"""The package type-checks under mypy --strict and passes ruff (configured in setup.cfg
and pyproject.toml); both tools come with the ``test`` extra."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("tool", [["mypy", "massmob_nlp"], ["ruff", "check", "massmob_nlp"]],
                         ids=["mypy", "ruff"])
def test_static_checks_pass(tool: list[str]) -> None:
    pytest.importorskip(tool[0])
    done = subprocess.run([sys.executable, "-m", *tool], cwd=ROOT, capture_output=True,
                          text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]


def test_test_modules_have_unique_names() -> None:
    """pytest imports test modules by basename (the test folders are not packages):
    two ``test_x.py`` in different folders stop the whole run at collection."""
    names: dict[str, list[str]] = {}
    for path in Path(__file__).parent.rglob("test_*.py"):
        names.setdefault(path.name, []).append(str(path))
    assert {k: v for k, v in names.items() if len(v) > 1} == {}


MAX_MODULE_LINES = 450
"""A module longer than this is two modules (ARCHITECTURE.md): split it by what it holds."""


def test_no_module_is_over_the_size_limit() -> None:
    long = {str(p.relative_to(ROOT)): n for p in (ROOT / "massmob_nlp").rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES}
    assert long == {}
