"""Every error and warning is coded: codes come from errors.py, each code is used, and no
raise or warning in the package carries an uncoded literal message."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from massmob_nlp.errors import Errors, Warnings

PACKAGE = Path(__file__).resolve().parents[1] / "massmob_nlp"
SOURCES = {p: p.read_text("utf-8") for p in PACKAGE.rglob("*.py") if p.name != "errors.py"}


def _codes(cls: type) -> list[str]:
    return [name for name in vars(cls) if re.fullmatch(r"[EW]\d{3}", name)]


@pytest.mark.parametrize("cls", [Errors, Warnings])
def test_messages_carry_their_own_code(cls: type) -> None:
    for code in _codes(cls):
        message = getattr(cls, code)
        assert message.startswith(f"[{code}] "), message
        assert not re.search(r"\[[EW]\d{3}\]", message[len(code) + 3:]), message


def test_codes_are_unique_across_errors_and_warnings() -> None:
    errors, warns = _codes(Errors), _codes(Warnings)
    assert all(c.startswith("E") for c in errors) and all(c.startswith("W") for c in warns)
    assert len(set(errors) | set(warns)) == len(errors) + len(warns)


@pytest.mark.parametrize("cls", [Errors, Warnings])
def test_every_code_is_used(cls: type) -> None:
    text = "\n".join(SOURCES.values())
    unused = [c for c in _codes(cls) if not re.search(rf"\b{cls.__name__}\.{c}\b", text)]
    assert not unused, f"codes defined but never raised: {unused}"


def _literal(node: ast.AST | None) -> bool:
    """A message written in place: a str literal, an f-string or '...' % x."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return True
    if isinstance(node, ast.JoinedStr):
        return True
    return isinstance(node, ast.BinOp) and _literal(node.left)


def _is_option_error(call: ast.Call) -> bool:
    """The CLI's OptionError carries the detail of the coded E040 it is printed with."""
    return isinstance(call.func, ast.Name) and call.func.id == "OptionError"


def _uncoded(path: Path) -> list[str]:
    out = []
    for node in ast.walk(ast.parse(SOURCES[path])):
        call = None
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
            call = node.exc
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
              and node.func.attr == "warn"):
            call = node
        if (call is not None and call.args and _literal(call.args[0])
                and not _is_option_error(call)):
            out.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    return out


def test_no_raise_or_warning_bypasses_errors_py() -> None:
    found = [where for p in sorted(SOURCES) for where in _uncoded(p)
             if not where.startswith("__init__.py")]  # AttributeError of module __getattr__
    assert not found, f"uncoded messages at {found}"
