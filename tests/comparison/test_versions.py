"""compare_versions: one Vietnamese original against its English and Thai editions,
number by number (texts written by us)."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from version_stories import STORIES

import massmob_nlp as mm
from massmob_nlp import tables

VI = ("Hà Nội, 3/4 (TTXVN) - Sản lượng lúa vụ đông xuân đạt 20,1 triệu tấn, tăng 2,3%. "
      "Giá gạo xuất khẩu bình quân 540 USD/tấn.\n\n"
      "Cả nước có 1,9 triệu ha lúa, trong đó 1,5 triệu ha ở Đồng bằng sông Cửu Long.")
EN = ("HA NOI, April 3 (VNA) - The winter-spring rice harvest reached 20.1 million tonnes, "
      "up 2.3 per cent. Export rice averaged US$540 per tonne.\n\n"
      "The country has 1.9 million hectares of rice, including 1.5 million hectares in "
      "the Mekong Delta.")
TH = ("ฮานอย 3 เม.ย. (VNA) - ผลผลิตข้าวนาปรังอยู่ที่ 20.1 ล้านตัน เพิ่มขึ้น 2.8% "
      "ราคาข้าวส่งออกเฉลี่ย 540 ดอลลาร์สหรัฐต่อตัน\n\n"
      "ทั้งประเทศมีนาข้าว 1.9 ล้านเฮกตาร์")


@pytest.fixture(scope="module")
def versions() -> mm.VersionComparison:
    return mm.compare_versions(mm.Document("vi", VI),
                               {"en": mm.Document("en", EN), "th": mm.Document("th", TH)})


def test_one_row_per_source_number_with_each_version(versions: mm.VersionComparison
                                                     ) -> None:
    wide = versions.wide().set_index("src_text")
    assert wide.loc["2,3%", "en_status"] == "match"
    assert wide.loc["2,3%", "th_status"] == "mismatch"
    assert wide.loc["2,3%", "th_text"] == "2.8%"
    assert wide.loc["1,5 triệu", "en_status"] == "format_only"
    assert wide.loc["1,5 triệu", "th_status"] == "missing"
    assert set(wide["en_status"]) <= {"match", "format_only"}


def test_disagreements_are_the_numbers_one_edition_changed(versions: mm.VersionComparison
                                                           ) -> None:
    d = versions.disagreements()
    assert d[["src_text", "en_status", "th_status"]].values.tolist() == [
        ["2,3%", "match", "mismatch"], ["1,5 triệu", "format_only", "missing"]]


def test_tables_and_summary(versions: mm.VersionComparison) -> None:
    assert list(versions.numbers.columns) == tables.columns("version_numbers")
    assert set(versions.numbers["version"]) == {"en", "th"}
    s = versions.summary.set_index("version")
    assert s.loc["en", "numbers_mismatch"] == 0 and s.loc["th", "numbers_mismatch"] == 1
    assert s.loc["th", "numbers_missing"] == 1
    assert versions.comparisons["th"].src is versions.source  # the source analysed once


def test_versions_named_by_language_and_bad_input() -> None:
    v = mm.compare_versions(VI, [EN, TH])
    assert list(v.comparisons) == ["en", "th"]
    with pytest.raises(ValueError, match="E095"):
        mm.compare_versions(VI, [TH, TH])
    with pytest.raises(TypeError, match="E094"):
        mm.compare_versions(VI, "not a collection of translations")
    with pytest.raises(ValueError, match="E094"):
        mm.compare_versions(VI, {})


def test_find_versions_groups_each_original_with_its_editions() -> None:
    docs = [mm.Document(k, v) for k, v in STORIES.items()]
    groups = mm.find_versions(docs, embeddings=False)
    assert list(groups.columns) == tables.columns("version_groups")
    got = groups[["source_doc_id", "version", "doc_id"]].values.tolist()
    assert got == [["lua_vi", "en", "rice_en"], ["lua_vi", "th", "rice_th"],
                   ["cang_vi", "en", "port_en"], ["cang_vi", "th", "port_th"]]
    assert (groups["score"] > 0.5).all()
    assert groups["evidence"].str.contains("numbers shared").all()
    # no original among the documents: an empty table with the columns
    none = mm.find_versions([mm.Document(k, v) for k, v in STORIES.items()
                             if not k.endswith("_vi")], embeddings=False)
    assert none.empty and list(none.columns) == tables.columns("version_groups")


def test_versions_page_shows_each_edition_and_the_disagreements(versions: mm.VersionComparison
                                                                ) -> None:
    page = versions.to_html(reports={"th": "vi__th.report.html"})
    assert page.startswith("<!DOCTYPE html>") and "<script" not in page
    assert "2 of 6 numbers not kept by every edition" in page
    assert '<a href="vi__th.report.html">th</a>' in page
    # the disagreement row: the original number marked in its sentence, each edition
    row = page[page.index("2,3%</mark>") - 400:page.index("2,3%</mark>") + 400]
    assert "changed" in row and "2.8%" in row and "kept" in row
    assert versions._repr_html_() == versions.to_html()


HOSTILE = '<img src=x onerror="document.body.dataset.pwned=1">"\'<script>alert(1)</script>'


def test_versions_page_escapes_hostile_ids_and_text(tmp_path) -> None:
    v = mm.compare_versions(mm.Document(f"vi{HOSTILE}", VI + HOSTILE),
                            {f"en{HOSTILE}": mm.Document(f"e{HOSTILE}", EN)})
    page = v.to_html(tmp_path / "v.html", reports={f"en{HOSTILE}": "javascript:alert(1)"})
    assert "<img" not in page and "<script" not in page and "onerror=\"" not in page
    assert (tmp_path / "v.html").read_text("utf-8") == page
    if shutil.which("chromium"):  # a real browser loads it and nothing runs
        dom = subprocess.run(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             f"--user-data-dir={tmp_path / 'profile'}", "--virtual-time-budget=3000",
             "--dump-dom", (tmp_path / "v.html").as_uri()],
            capture_output=True, text=True, timeout=120).stdout
        assert "not kept by every edition" in dom and 'data-pwned="' not in dom
