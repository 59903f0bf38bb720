"""Issue 12: properties on arbitrary text (hypothesis, the deterministic ``ci`` profile of
conftest.py), alignment edge cases, determinism, and safety (HTML report escaping in a
real headless Chromium, outputs only inside --out, no network)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import pytest
from conftest import DEMO, ROOT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import massmob_nlp as mm
from massmob_nlp.cli import main
from massmob_nlp.errors import MassmobError

EN = "The provincial committee met 126 citizens in May.\nOfficials resolved 92% of them.\n"
TH = "คณะกรรมการจังหวัดพบประชาชน 126 คนในเดือนพฤษภาคม\nเจ้าหน้าที่แก้ไขคำร้องได้ 92%\n"
CODED = (TypeError, ValueError, OSError, UnicodeError, MassmobError)
PIECES = ["126", " 4,800 ", "92%", " 2567 ", "๒๕๖๗", "ล้าน", " million ", "$5", "May ",
          "คน", "the ", "Hà Nội", "\n", " ", "217-QD/TW", "🇻🇳", "\u200b", "\x07", "e\u0301",
          "ก\u0e34\u0e48", "<b>", "&amp;", "Москва", "中国"]
texts = st.lists(st.sampled_from(PIECES), max_size=25).map("".join) | st.text(max_size=60)


# ------------------------------------------------------------------- properties
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_tables_point_into_the_text_and_tokens_round_trip(text):
    doc = mm.Document("d", text)
    analysis = mm.analyze(doc)
    paras = analysis.paragraphs
    for para in paras.itertuples():
        toks = analysis.tokens[analysis.tokens["para_id"] == para.para_id]
        assert "".join(toks["text"]) == text[para.start_char:para.end_char]
    for frame in (mm.numbers_table(analysis), mm.entities_table(analysis)):
        for row in frame.itertuples():
            assert text[row.start_char:row.end_char] == row.text


@settings(max_examples=25, deadline=None)
@given(st.lists(st.lists(st.sampled_from(PIECES[:12]), min_size=1, max_size=8)
                .map("".join).filter(lambda t: t.strip() and "\n" not in t),
                min_size=1, max_size=5))
def test_numbers_of_a_text_are_its_paragraphs_numbers_shifted(paragraphs):
    text = "\n".join(p.strip() for p in paragraphs)
    whole = mm.numbers_table(mm.Document("d", text), include_boilerplate=True)
    parts, offset = [], 0
    for para in text.split("\n"):
        part = mm.numbers_table(mm.Document("d", para), include_boilerplate=True)
        parts.extend((s + offset, e + offset, t) for s, e, t in
                     zip(part["start_char"], part["end_char"], part["text"], strict=True))
        offset += len(para) + 1
    assert list(zip(whole["start_char"], whole["end_char"], whole["text"],
                    strict=True)) == parts


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=400), st.sampled_from([".txt", ".html", ".csv", ".jsonl"]))
def test_read_documents_on_random_bytes_only_raises_coded_errors(tmp_path_factory, data,
                                                                  suffix):
    path = tmp_path_factory.mktemp("fuzz") / f"f{suffix}"
    path.write_bytes(data)
    try:
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            docs = mm.read_documents(str(path))
    except CODED as e:
        assert str(e).startswith("[E"), e
    else:
        assert all(isinstance(d.text, str) for d in docs)


# ------------------------------------------------------------ alignment edges
def _covers(result, n_src, n_tgt):
    assert [i for b in result.beads for i in b.src_ids] == list(range(n_src))
    assert [j for b in result.beads for j in b.tgt_ids] == list(range(n_tgt))


@pytest.mark.parametrize("src,tgt,kinds", [
    ("", TH, {"0-1"}), (EN, "", {"1-0"}), ("", "", set()),
    (EN, EN, {"1-1"}),
    ("The committee met citizens.\nThey talked.", "คณะกรรมการพบประชาชน\nพวกเขาคุยกัน", None),
])
def test_alignment_edge_cases(src, tgt, kinds):
    n_src, n_tgt = (len([x for x in t.split("\n") if x.strip()]) for t in (src, tgt))
    result = mm.align(mm.Document("s", src), mm.Document("t", tgt), level="paragraph")
    _covers(result, n_src, n_tgt)
    if kinds is not None:
        assert {b.kind for b in result.beads} == kinds


@pytest.mark.parametrize("n", [100])
def test_one_paragraph_against_many_and_one_side_much_longer(n):
    tgt = "\n".join(f"ย่อหน้าที่ {i} ของเอกสารฉบับนี้" for i in range(n))
    result = mm.align(mm.Document("s", "The committee met citizens in the province."),
                      mm.Document("t", tgt), level="paragraph")
    _covers(result, 1, n)


def test_compare_with_an_empty_side_lists_everything_as_missing():
    cmp = mm.compare(mm.Document("s", EN), mm.Document("t", ""))
    assert set(cmp.numbers["status"].astype(str)) == {"missing"}


# ------------------------------------------------------------------ determinism
_DUMP = ("import sys, massmob_nlp as mm; t = open(sys.argv[1], encoding='utf-8').read(); "
         "a = mm.analyze(mm.Document('d', t)); "
         "print(mm.numbers_table(a).to_csv()); print(mm.entities_table(a).to_csv()); "
         "print(a.tokens.to_csv())")


def test_tables_identical_across_hash_seeds(tmp_path):
    src = tmp_path / "t.txt"
    src.write_text((DEMO / "demo_en.txt").read_text("utf-8")[:3000], "utf-8")
    outs = []
    for seed in ("0", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        outs.append(subprocess.run([sys.executable, "-c", _DUMP, str(src)], env=env,
                                   capture_output=True, text=True, check=True).stdout)
    assert outs[0] == outs[1]
    assert outs[0].count("\n") > 50  # the tables are not empty


# ----------------------------------------------------------------------- safety
HOSTILE = '<img src=x onerror="document.body.dataset.pwned=1"><script>document.body' \
          '.dataset.pwned=2;alert(1)</script>"\'><svg onload=alert(1)>'


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.scripts = 0
        self.bad: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.scripts += tag == "script"
        for name, value in attrs:
            if name.startswith("on"):
                self.bad.append(f"{tag} {name}")
            if name in ("href", "src") and (value or "").strip().lower().startswith(
                    "javascript:"):
                self.bad.append(f"{tag} {name}={value}")
        if tag in ("img", "svg", "iframe") and ("src", "x") in attrs:
            self.bad.append(tag)


def _hostile_report(tmp_path: Path) -> Path:
    src = mm.Document(f"en{HOSTILE}", f"{EN}{HOSTILE} met Nguyen {HOSTILE} Van A.\n",
                      {"path": f"/tmp/{HOSTILE}.txt", "source_url": "javascript:alert(1)"})
    tgt = mm.Document(f"th{HOSTILE}", f"{TH}{HOSTILE}\n",
                      {"source_url": "javascript:alert(2)"})
    cmp = mm.compare(src, tgt)
    out = tmp_path / "report.html"
    cmp.to_html(out)
    return out


def test_report_escapes_every_value(tmp_path):
    page = _hostile_report(tmp_path).read_text("utf-8")
    tags = _Tags()
    tags.feed(page)
    assert tags.bad == [] and tags.scripts == 1  # only the report's own script


def _chromium_dom(page: Path, profile: Path) -> str:
    return subprocess.run(
        ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         f"--user-data-dir={profile}", "--virtual-time-budget=3000", "--dump-dom",
         page.as_uri()], capture_output=True, text=True, timeout=120).stdout


@pytest.mark.skipif(not shutil.which("chromium"), reason="chromium not installed")
def test_report_runs_no_hostile_code_in_headless_chromium(tmp_path):
    control = tmp_path / "control.html"  # the detector works: raw payload does run
    payload = HOSTILE.replace("alert(1)", "0")  # a dialog would block the dump
    control.write_text(f"<!DOCTYPE html><html><body>{payload}</body></html>", "utf-8")
    assert 'data-pwned="' in _chromium_dom(control, tmp_path / "p1")
    dom = _chromium_dom(_hostile_report(tmp_path), tmp_path / "p2")
    assert "<body" in dom  # the page loaded, and no dialog blocked it
    assert 'data-pwned="' not in dom  # no injected handler or script ran


def test_cli_writes_only_inside_out(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for side, name in (("en", "demo_en.txt"), ("th", "demo_th.txt")):
        record = {"id": f"../../escaped_{side}", "text": (DEMO / name).read_text("utf-8")}
        (inputs / f"{side}.jsonl").write_text(json.dumps(record) + "\n", "utf-8")
    out = tmp_path / "deep" / "out"
    before = {p for p in tmp_path.rglob("*")}
    assert main(["compare", str(inputs / "en.jsonl"), str(inputs / "th.jsonl"),
                 "--out", str(out)]) == 0
    created = {p for p in tmp_path.rglob("*")} - before
    assert created and all(p == out or out in p.parents or p == out.parent
                           for p in created), sorted(map(str, created))


def test_cli_never_overwrites_an_input(tmp_path, capsys):
    out = tmp_path / "out"
    out.mkdir()
    src = out / "paragraphs.csv"
    src.write_text("text\nThe committee met 126 citizens.\n", "utf-8")
    assert main(["analyze", str(src), "--out", str(out), "--tables", "paragraphs"]) == 1
    assert "[E041]" in capsys.readouterr().err
    assert src.read_text("utf-8").startswith("text\nThe committee")


_NO_NET = """
import socket
def _blocked(*a, **k):
    raise OSError("network blocked by test")
socket.socket.connect = _blocked
socket.socket.connect_ex = _blocked
socket.create_connection = _blocked
socket.getaddrinfo = _blocked
import massmob_nlp as mm
en = open(r"{en}", encoding="utf-8").read()
th = open(r"{th}", encoding="utf-8").read()
print(mm.compare(mm.Document("en", en), mm.Document("th", th)).verdict)
"""


def test_compare_runs_with_sockets_blocked():
    code = _NO_NET.format(en=DEMO / "demo_en.txt", th=DEMO / "demo_th.txt")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHAINLP_OFFLINE",
                                                              "HF_HUB_OFFLINE")}
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=env, cwd=ROOT, timeout=600)
    assert run.returncode == 0, run.stderr[-2000:]
    assert "network blocked" not in run.stderr
    assert pd.notna(run.stdout.strip()) and run.stdout.strip()
