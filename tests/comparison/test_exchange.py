"""XLIFF 2.0 and bilingual spreadsheets of a Comparison (massmob_nlp.comparison.exchange),
on the demo pair (written for the project) and our own short sentences."""

from __future__ import annotations

import dataclasses
import sys
import xml.etree.ElementTree as ET

import pandas as pd
import pytest

from massmob_nlp.comparison.exchange import SPREADSHEET_COLUMNS, XLIFF_NS, bead_findings

NS = {"x": XLIFF_NS}
TRICKY_EN = 'He wrote "a < b" & then left; =SUM(A1) is not a formula.'
TRICKY_TH = "เขาเขียนว่า \"a < b\" & แล้วก็จากไป"


def _bead_of(cmp, status: str, src_text: str) -> int:
    n = cmp.numbers
    row = n[(n["status"].astype(str) == status) & (n["src_text"] == src_text)]
    assert len(row) == 1
    return int(row["bead_id"].iloc[0])


def _with_tricky_first_bead(cmp):
    """The comparison with our own markup-laden sentence pair in bead 0."""
    frame = cmp.alignment.copy()
    frame.loc[0, "src_text"], frame.loc[0, "tgt_text"] = TRICKY_EN, TRICKY_TH
    return dataclasses.replace(cmp, alignment=frame)


def test_xliff_is_well_formed_with_required_attributes(demo_comparison) -> None:
    root = ET.fromstring(demo_comparison.to_xliff())
    assert root.tag == f"{{{XLIFF_NS}}}xliff"
    assert (root.get("version"), root.get("srcLang"), root.get("trgLang")) == ("2.0", "en",
                                                                              "th")
    files = root.findall("x:file", NS)
    assert len(files) == 1 and files[0].get("id")
    units = files[0].findall("x:unit", NS)
    assert len(units) == len(demo_comparison.alignment)
    assert len({u.get("id") for u in units}) == len(units)
    for unit in units:
        segments = unit.findall("x:segment", NS)
        assert len(segments) == 1 and segments[0].find("x:source", NS) is not None
    summary = files[0].find("x:notes/x:note[@category='summary']", NS)
    assert summary is not None and summary.text == demo_comparison.verdict


def test_xliff_notes_the_number_problem_of_its_bead(demo_comparison) -> None:
    bead = _bead_of(demo_comparison, "mismatch", "1,350")
    root = ET.fromstring(demo_comparison.to_xliff())
    unit = root.find(f"x:file/x:unit[@id='b{bead}']", NS)
    assert unit is not None
    notes = unit.findall("x:notes/x:note[@category='number']", NS)
    assert len(notes) == 1 and "1,350" in (notes[0].text or "")
    assert "1,530" in (notes[0].text or "") and notes[0].get("priority") == "1"
    quiet = root.find("x:file/x:unit[@id='b0']", NS)
    assert quiet is not None and quiet.find("x:notes", NS) is None


def test_xliff_omitted_sentence_has_no_target(demo_comparison) -> None:
    bead = _bead_of(demo_comparison, "missing", "92%")
    unit = ET.fromstring(demo_comparison.to_xliff()).find(
        f"x:file/x:unit[@id='b{bead}']", NS)
    assert unit is not None
    segment = unit.find("x:segment", NS)
    assert segment is not None and segment.get("state") == "initial"
    assert segment.find("x:target", NS) is None
    categories = {n.get("category"): n.get("appliesTo")
                  for n in unit.findall("x:notes/x:note", NS)}
    assert categories == {"number": "source", "passage": "source"}


def test_xliff_escapes_markup_and_quotes(demo_comparison, tmp_path) -> None:
    cmp = _with_tricky_first_bead(demo_comparison)
    path = tmp_path / "demo.xlf"
    text = cmp.to_xliff(path)
    assert "a &lt; b" in text and "&amp; then" in text and "a < b" not in text
    unit = ET.parse(path).getroot().find("x:file/x:unit[@id='b0']", NS)
    assert unit is not None
    assert unit.findtext("x:segment/x:source", namespaces=NS) == TRICKY_EN
    assert unit.findtext("x:segment/x:target", namespaces=NS) == TRICKY_TH


def test_bead_findings_put_each_problem_on_its_bead(demo_comparison) -> None:
    frame = bead_findings(demo_comparison)
    assert list(frame.columns) == list(SPREADSHEET_COLUMNS)
    assert list(frame["bead_id"]) == list(demo_comparison.alignment["bead_id"])
    flagged = frame[(frame[["number_problems", "entity_problems", "passage_problems"]]
                     != "").any(axis=1)]
    n_beads = set(demo_comparison.problems()["bead_id"].dropna().astype(int))
    assert set(flagged["bead_id"]) == n_beads
    row = frame.set_index("bead_id").loc[_bead_of(demo_comparison, "mismatch", "1,350")]
    assert row["number_problems"] == "mismatch 1,350 → 1,530"


def test_xlsx_reads_back_with_thai_intact(demo_comparison, tmp_path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    cmp = _with_tricky_first_bead(demo_comparison)
    path = tmp_path / "demo.xlsx"
    written = cmp.to_spreadsheet(path)
    sheet = openpyxl.load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == SPREADSHEET_COLUMNS
    assert len(rows) == len(cmp.alignment) + 1
    assert [r[3] or "" for r in rows[1:]] == list(cmp.alignment["tgt_text"])
    assert rows[1][2] == TRICKY_EN and rows[1][3] == TRICKY_TH
    assert sheet["C2"].data_type == "s"  # "=SUM(A1)" inside stays text
    assert sheet.freeze_panes == "A2"
    assert sheet["C2"].alignment.wrap_text and sheet["A1"].font.bold
    assert sheet.column_dimensions["C"].width >= 40
    assert [r[4] or "" for r in rows[1:]] == list(written["number_problems"])


def test_xlsx_never_turns_text_into_a_formula(demo_comparison, tmp_path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    frame = demo_comparison.alignment.copy()
    frame.loc[0, "src_text"] = "=HYPERLINK(\"http://example.invalid\")"
    path = tmp_path / "formula.xlsx"
    dataclasses.replace(demo_comparison, alignment=frame).to_spreadsheet(path)
    cell = openpyxl.load_workbook(path).active["C2"]
    assert cell.data_type == "s" and cell.value == frame.loc[0, "src_text"]


def test_csv_has_a_bom_and_reads_back_with_pandas(demo_comparison, tmp_path) -> None:
    cmp = _with_tricky_first_bead(demo_comparison)
    path = tmp_path / "demo.csv"
    written = cmp.to_spreadsheet(path)
    assert path.read_bytes().startswith(b"\xef\xbb\xbfbead_id,kind,")
    back = pd.read_csv(path, encoding="utf-8-sig", keep_default_na=False)
    assert list(back.columns) == list(SPREADSHEET_COLUMNS)
    assert list(back["tgt_text"]) == list(written["tgt_text"])
    assert back.loc[0, "src_text"] == TRICKY_EN and back.loc[0, "tgt_text"] == TRICKY_TH


def test_csv_guards_cells_excel_would_run_as_formulas(demo_comparison, tmp_path) -> None:
    frame = demo_comparison.alignment.copy()
    frame.loc[0, "src_text"] = "=1+1"
    frame.loc[1, "src_text"] = "- 5 communes joined."
    path = tmp_path / "guard.csv"
    dataclasses.replace(demo_comparison, alignment=frame).to_spreadsheet(path)
    back = pd.read_csv(path, encoding="utf-8-sig", keep_default_na=False)
    assert list(back["src_text"][:2]) == ["'=1+1", "'- 5 communes joined."]


def test_spreadsheet_rejects_other_suffixes(demo_comparison, tmp_path) -> None:
    with pytest.raises(ValueError, match=r"\[E072\]"):
        demo_comparison.to_spreadsheet(tmp_path / "demo.ods")


def test_xlsx_without_openpyxl_names_the_extra(demo_comparison, tmp_path,
                                              monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "openpyxl", None)  # import openpyxl fails
    with pytest.raises(ImportError, match=r"\[E021\].*massmob_nlp\[excel\]"):
        demo_comparison.to_spreadsheet(tmp_path / "demo.xlsx")
    assert not (tmp_path / "demo.xlsx").exists()


def test_comparison_tmx_round_trips_its_sentence_beads(demo_comparison) -> None:
    from massmob_nlp.alignment.result import Alignment

    a = demo_comparison.alignment
    back = Alignment.from_tmx(demo_comparison.to_tmx(keep_unpaired=True)).to_frame()
    assert list(back["kind"].astype(str)) == list(a["kind"].astype(str))
    assert list(back["src_text"]) == list(a["src_text"])
    assert list(back["tgt_text"]) == list(a["tgt_text"])
    paired = Alignment.from_tmx(demo_comparison.to_tmx())
    assert "1-0" not in {b.kind for b in paired.beads}
    two_sided = (a["src_text"].str.strip() != "") & (a["tgt_text"].str.strip() != "")
    assert len(paired) == int(two_sided.sum())
