import nbformat
import pytest
from conftest import DEMO, ROOT, run_notebook, shared_path

NOTEBOOK = ROOT / "notebooks" / "explore_translation.ipynb"


def test_notebook_is_committed_without_outputs():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    assert all(not c.get("outputs") and c.get("execution_count") is None
               for c in nb.cells if c.cell_type == "code")


@pytest.mark.parametrize("corpus", ["demo", "seeds"])
def test_notebook_runs(corpus, monkeypatch):
    path = DEMO if corpus == "demo" else shared_path("corpus", "seeds")
    monkeypatch.setenv("MASSMOB_CORPUS", str(path))
    monkeypatch.delenv("MPLBACKEND", raising=False)  # the notebook draws inline
    outputs = run_notebook(NOTEBOOK, monkeypatch)
    assert any("image/png" in o.get("data", {}) for o in outputs)
    frames = [o["data"]["text/html"] for o in outputs if "text/html" in o.get("data", {})
              and "<iframe srcdoc=" in o["data"]["text/html"]]
    assert len(frames) == 1  # the report, inline, with its legend
    assert "How to read this report" in frames[0] and "&lt;!DOCTYPE html&gt;" in frames[0]


def test_notebook_explains_each_step():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    for before, cell in zip(nb.cells, nb.cells[1:]):
        if cell.cell_type == "code":
            assert before.cell_type == "markdown" and len(before.source.split()) >= 25, \
                f"no explanation before: {cell.source[:60]!r}"
