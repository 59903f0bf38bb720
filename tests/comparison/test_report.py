import os
import re
import shutil
import subprocess

import pytest

from conftest import DEMO
from massmob_nlp import compare
from massmob_nlp.comparison.report import comparison_html, plot_alignment, plot_numbers

INJECT_SCRIPT = "<script>document.title='pwned'</script>"
INJECT_IMG = "<img src=x onerror=\"document.title='pwned'\">"


@pytest.fixture(scope="module")
def injected_comparison():
    en = (DEMO / "demo_en.txt").read_text("utf-8").replace(
        "ethnic minority areas.", f"ethnic minority areas {INJECT_SCRIPT}.")
    th = (DEMO / "demo_th.txt").read_text("utf-8").replace(
        "ในพื้นที่ชนกลุ่มน้อย", f"ในพื้นที่ชนกลุ่มน้อย {INJECT_IMG} {INJECT_SCRIPT}")
    return compare(en, th)


def test_report_is_self_contained(demo_comparison):
    page = demo_comparison.to_html()
    assert page.startswith("<!DOCTYPE html>")
    assert not re.search(r"<(link|iframe)\b|\b(src|href)=\"(https?:)?//", page)
    assert page.count("<script>") == 1 and "data:image/png;base64," in page
    assert page.count('<tr class="bead') == len(demo_comparison.alignment)


def test_report_escapes_article_text(injected_comparison):
    page = injected_comparison.to_html()
    assert INJECT_SCRIPT not in page and "<img src=x" not in page
    assert html_escaped(INJECT_SCRIPT) in page


def html_escaped(text):
    import html

    return html.escape(text, quote=True)


def test_report_writes_file(demo_comparison, tmp_path):
    path = tmp_path / "r.html"
    demo_comparison.to_html(path)
    assert path.read_text("utf-8") == comparison_html(demo_comparison)


@pytest.mark.parametrize("plot", [plot_alignment, plot_numbers])
def test_plots_return_figures(demo_comparison, plot):
    from matplotlib.figure import Figure

    fig = plot(demo_comparison)
    assert isinstance(fig, Figure) and fig.axes and fig.axes[0].get_title()


# ------------------------------------------------------------------ real browser

def _chromium():
    exe = shutil.which("chromium") or shutil.which("chromium-browser") or (
        "/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else None)
    if exe is None:
        if os.environ.get("CI"):
            pytest.fail("Chromium is required in CI (apt-get install -y chromium)")
        pytest.skip("Chromium is not installed")
    return exe


def _run_chromium(exe, tmp_path, page, *extra):
    cmd = [exe, "--headless", "--no-sandbox", "--disable-gpu",
           "--disable-background-networking", "--disable-component-update",
           "--disable-sync", "--no-first-run", f"--user-data-dir={tmp_path / 'profile'}",
           *extra, page.as_uri()]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120)


def test_report_renders_in_headless_chromium(injected_comparison, tmp_path):
    exe = _chromium()
    page = tmp_path / "report.html"
    injected_comparison.to_html(page)
    dom = _run_chromium(exe, tmp_path, page, "--dump-dom").stdout
    assert 'data-massmob-js="ready"' in dom  # our inline script ran
    assert "pwned" not in re.search(r"<title>(.*?)</title>", dom, re.S).group(1)
    assert len(re.findall(r'<tr class="bead', dom)) == len(injected_comparison.alignment)
    assert re.search(r'<mark class="num st-mismatch"[^>]*>1,530</mark>', dom)
    assert "&lt;script&gt;document.title" in dom
    shot = tmp_path / "shot.png"
    _run_chromium(exe, tmp_path, page, f"--screenshot={shot}", "--window-size=1280,1600")
    assert shot.exists() and shot.stat().st_size > 20_000
