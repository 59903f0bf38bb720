"""The stage order is one-way: a module imports only from its own stage and the stages
below it, and no imports form a cycle (imports inside functions count; imports under
``if TYPE_CHECKING:`` do not, they never run). Read from the package's own AST."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "massmob_nlp"

STAGES = ("floor", "langid", "corpus", "tokens", "numbers", "thai_ner", "entities",
          "pipeline", "alignment", "comparison", "runs", "dask", "integrations", "cli")
"""Low to high. ``floor`` is types, errors, tables, _optional and _text."""
FLOOR = {"types", "errors", "tables", "_optional", "_text"}


def _stage(module: str) -> str | None:
    """The stage of ``massmob_nlp.<module>`` (dotted, without the package name)."""
    head = module.split(".")[0]
    if head == "":
        return None  # the package itself (massmob_nlp/__init__.py: lazy re-exports)
    return "floor" if head in FLOOR else head


def _module_name(path: Path) -> str:
    rel = path.relative_to(PACKAGE).with_suffix("")
    parts = [p for p in rel.parts if p != "__init__"]
    return ".".join(parts)


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _imports(path: Path, name: str | None = None) -> set[str]:
    """Modules of the package that ``path`` (module ``name``) imports at run time
    (dotted, without the package prefix)."""
    tree = ast.parse(path.read_text("utf-8"))
    this = (name if name is not None else _module_name(path)).split(".")
    is_pkg = path.name == "__init__.py"
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = this if is_pkg else this[:-1]
                base = base[:len(base) - (node.level - 1)] if node.level > 1 else base
                target = ".".join([*base, *(node.module.split(".") if node.module else [])])
                if node.module is None:
                    found.update(".".join(filter(None, [target, a.name])) for a in node.names)
                else:
                    found.add(target)
            elif node.module and node.module.startswith("massmob_nlp"):
                found.add(node.module.removeprefix("massmob_nlp").lstrip("."))
        elif isinstance(node, ast.Import):
            found.update(a.name.removeprefix("massmob_nlp").lstrip(".") for a in node.names
                         if a.name.startswith("massmob_nlp"))
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return {m for m in found if m}


MODULES = {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}
GRAPH = {name: {m for m in _imports(path) if m != name} for name, path in MODULES.items()}


def _resolve(target: str) -> str:
    """A module for ``target``: itself, or its parent when ``target`` names an object."""
    while target and target not in MODULES:
        target = target.rpartition(".")[0]
    return target


def test_every_module_has_a_known_stage() -> None:
    unknown = {m for m in MODULES if _stage(m) not in (None, *STAGES)}
    assert not unknown, f"modules outside the stage order: {sorted(unknown)}"


@pytest.mark.parametrize("module", sorted(m for m in MODULES if m))
def test_imports_go_down_the_stage_order(module: str) -> None:
    here = STAGES.index(_stage(module))  # type: ignore[arg-type]
    upward = sorted(t for t in GRAPH[module]
                    if _stage(_resolve(t)) is not None
                    and STAGES.index(_stage(_resolve(t))) > here)  # type: ignore[arg-type]
    assert not upward, f"{module} ({STAGES[here]}) imports up the order: {upward}"


def test_no_import_cycles() -> None:
    graph = {m: {_resolve(t) for t in ts} - {m, ""} for m, ts in GRAPH.items()}
    # a sub-package's __init__ re-exports its modules; importing the package is
    # importing those modules, so edges into "pkg" continue into pkg's modules.
    state: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def dfs(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                cycles.append(stack[stack.index(nxt):] + [nxt])
            elif nxt not in state:
                dfs(nxt)
        stack.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            dfs(node)
    assert not cycles, "import cycles: " + "; ".join(" -> ".join(c) for c in cycles)


def test_the_checker_sees_function_level_imports(tmp_path: Path) -> None:
    """The checker itself: relative imports inside functions and TYPE_CHECKING blocks."""
    f = tmp_path / "table.py"
    f.write_text("from typing import TYPE_CHECKING\n"
                 "from ..corpus import reader\n"
                 "if TYPE_CHECKING:\n    from ..comparison.result import Comparison\n"
                 "def f():\n    from ..pipeline import analyze\n"
                 "    from . import base\n", "utf-8")
    found = _imports(f, "numbers.table")
    assert found == {"corpus", "pipeline", "numbers.base"}
    assert STAGES.index(_stage("pipeline")) > STAGES.index(_stage("numbers.table"))
