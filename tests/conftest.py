"""Shared fixtures. Tests that read ../shared skip when it is absent."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
# Property tests search a fixed sequence of examples, so a CI run is reproducible;
# set HYPOTHESIS_PROFILE=explore for a fresh random search.
settings.register_profile("ci", derandomize=True, deadline=None)
settings.register_profile("explore", max_examples=1000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
DEMO = ROOT / "massmob_nlp" / "data" / "demo"

EN_TEXT = ("In the first 5 months of 2024, the Provincial Party Committee held 126 "
           "dialogue sessions with nearly 4,800 citizens. Over 92% of the petitions "
           "were resolved.\nSource: https://example.vn/a.html\nComment (0)\n")
TH_TEXT = ("ในช่วง 5 เดือนแรกของปี 2567 คณะกรรมการพรรคจังหวัดจัดการเสวนา 126 ครั้ง "
           "กับประชาชนเกือบ 4,800 คน ตามมติ 217-QD/TW ของ โปลิตบูโร\n"
           "ที่มา: https://example.vn/a.html\n")


def shared_path(*parts: str) -> Path:
    """A path inside ../shared, or skip the test when it is not there."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not available (../shared is absent)")
    return path


@pytest.fixture(scope="session")
def demo_analyses():
    from massmob_nlp import analyze_documents, read_documents

    docs = read_documents([DEMO / "demo_en.txt", DEMO / "demo_th.txt"])
    return analyze_documents(docs)


@pytest.fixture(scope="session")
def seed_analyses():
    from massmob_nlp import analyze_documents, read_documents

    return {a.doc_id[:3]: a for a in analyze_documents(read_documents(shared_path(
        "corpus", "seeds")))}


@pytest.fixture(scope="session")
def demo_comparison(demo_analyses):
    from massmob_nlp import compare

    return compare(*demo_analyses)


@pytest.fixture(scope="session")
def seed_comparison(seed_analyses):
    from massmob_nlp import compare

    return compare(seed_analyses["000"], seed_analyses["003"])


_SHARED_NAMES = ("shared_path(", "SHARED", "SEEDS", "/ \"shared\"", "../shared")


def _reads_shared(obj: object) -> bool:
    import inspect

    try:
        source = inspect.getsource(obj)  # type: ignore[arg-type]
    except (OSError, TypeError):
        return False
    return any(name in source for name in _SHARED_NAMES)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that reads ../shared (itself or through a fixture) with
    ``shared``, so ``-m shared`` / ``-m "not shared"`` select them; tests marked by
    hand keep their mark."""
    for item in items:
        if item.get_closest_marker("shared"):
            continue
        fixtures = getattr(item, "_fixtureinfo", None)
        defs = fixtures.name2fixturedefs.values() if fixtures else ()
        funcs = [getattr(item, "function", None),
                 *(d[-1].func for d in defs if d)]
        if any(f is not None and _reads_shared(f) for f in funcs):
            item.add_marker(pytest.mark.shared)


def run_notebook(path: Path, monkeypatch: pytest.MonkeyPatch) -> list[dict]:
    """Execute a notebook of ``notebooks/`` against this checkout; its code cells'
    outputs, after checking none is an error."""
    import nbformat
    from nbclient import NotebookClient

    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(
        [str(ROOT), os.environ.get("PYTHONPATH", "")]))
    nb = nbformat.read(path, as_version=4)
    NotebookClient(nb, timeout=600, kernel_name="python3",
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    return outputs
