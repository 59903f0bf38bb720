import os

import nbformat
import pytest
from nbclient import NotebookClient

from conftest import DEMO, ROOT, shared_path

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
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(
        [str(ROOT), os.environ.get("PYTHONPATH", "")]))
    nb = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(nb, timeout=600, kernel_name="python3",
                   resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    assert any("image/png" in o.get("data", {}) for o in outputs)
