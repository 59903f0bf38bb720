import json

import pytest

from conftest import DEMO
from massmob_nlp.cli import main

EN, TH = str(DEMO / "demo_en.txt"), str(DEMO / "demo_th.txt")


@pytest.mark.parametrize("command", ["pair", "align", "compare", "demo"])
def test_help_has_examples(command, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main([command, "--help"])
    assert exit_info.value.code == 0
    assert "examples:" in capsys.readouterr().out


def test_demo_prints_problems_and_writes_report(tmp_path, capsys):
    assert main(["demo", "--out", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "mismatch" in out and "QCDC" in out and "1,530" in out
    for name in ("numbers.csv", "entities.csv", "passages.csv", "alignment.csv",
                 "summary.csv", "report.html"):
        assert (tmp_path / name).exists(), name


def test_compare_two_files_as_json(tmp_path):
    assert main(["compare", EN, TH, "--out", str(tmp_path), "--format", "json"]) == 0
    rows = json.loads((tmp_path / "demo_en__demo_th.numbers.json").read_text("utf-8"))
    assert {"mismatch", "format_only"} <= {r["status"] for r in rows}
    assert (tmp_path / "demo_en__demo_th.report.html").exists()


@pytest.mark.parametrize("level,files", [("paragraph", 1), ("both", 2)])
def test_align_writes_beads(tmp_path, level, files, capsys):
    assert main(["align", EN, TH, "--out", str(tmp_path), "--level", level]) == 0
    assert len(list(tmp_path.glob("*.csv"))) == files
    assert "2-1" in capsys.readouterr().out


def test_pair_finds_the_demo_pair(tmp_path, capsys):
    assert main(["pair", str(DEMO), "--out", str(tmp_path)]) == 0
    assert "demo_en\tdemo_th" in capsys.readouterr().out


@pytest.mark.parametrize("argv,code,message", [
    (["compare", "no_such_en.txt", "no_such_th.txt"], 1, "[E002]"),
    (["pair", EN], 1, "no English-Thai pairs"),
    (["align", EN, TH, "--lang", "th"], 2, "[E040]"),  # --lang is analyze's only
])
def test_failures_exit_non_zero_with_a_message(tmp_path, argv, code, message, capsys):
    assert main([*argv, "--out", str(tmp_path)]) == code
    assert message in capsys.readouterr().err


def test_compare_folder_names_documents_without_partner(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("demo_en.txt", "demo_th.txt"):
        (corpus / name).write_text((DEMO / name).read_text("utf-8"), "utf-8")
    (corpus / "other_en.txt").write_text(
        "The provincial museum opened a new hall about traditional weaving in 2023.\n"
        "Visitors can see looms, dyes and patterns from 12 villages.\n", "utf-8")
    assert main(["compare", str(corpus), "--out", str(tmp_path / "out"), "--no-report"]) == 0
    out = capsys.readouterr().out
    assert "demo_en -> demo_th" in out
    assert "not compared (no translation partner found): other_en" in out
