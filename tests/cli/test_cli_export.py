"""``massmob compare --export tmx,xliff,xlsx``: files for translation tools."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from conftest import DEMO

from massmob_nlp.cli import main

EN, TH = str(DEMO / "demo_en.txt"), str(DEMO / "demo_th.txt")


def test_compare_exports_tmx_xliff_and_xlsx(tmp_path) -> None:
    pytest.importorskip("openpyxl")
    out = tmp_path / "out"
    assert main(["compare", EN, TH, "--out", str(out), "--no-report",
                 "--export", "tmx, XLIFF,xlsx"]) == 0
    tmx = out / "demo_en__demo_th.alignment.tmx"
    xlf = out / "demo_en__demo_th.review.xlf"
    assert ET.parse(tmx).getroot().tag == "tmx"
    assert ET.parse(xlf).getroot().get("trgLang") == "th"
    assert (out / "demo_en__demo_th.review.xlsx").read_bytes()[:2] == b"PK"


def test_compare_rejects_unknown_export(tmp_path, capsys) -> None:
    assert main(["compare", EN, TH, "--out", str(tmp_path), "--export", "tmx,pdf"]) == 2
    assert "[E040]" in capsys.readouterr().err and not any(tmp_path.iterdir())
