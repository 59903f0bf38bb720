"""notebooks/spacy_components.ipynb runs top to bottom and shows our spans (displacy)."""

import nbformat
from conftest import ROOT, run_notebook

NOTEBOOK = ROOT / "notebooks" / "spacy_components.ipynb"


def test_notebook_is_committed_without_outputs():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    assert all(not c.get("outputs") and c.get("execution_count") is None
               for c in nb.cells if c.cell_type == "code")


def test_notebook_runs_and_renders_spans(monkeypatch):
    outputs = run_notebook(NOTEBOOK, monkeypatch)
    html = [o["data"]["text/html"] for o in outputs if "text/html" in o.get("data", {})]
    spans = [h for h in html if 'class="spans"' in h]
    assert len(spans) == 4  # numbers and entities, English and Thai
    # the Thai year with its kind and its key, and an English document code as LAW
    assert any("2567" in h and "year" in h and "year:2024" in h for h in spans)
    assert any("Directive" in h and "LAW" in h and "code.15-CT/TU" in h for h in spans)
