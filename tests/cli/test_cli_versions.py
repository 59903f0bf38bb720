"""``massmob versions``: one source against several translations from the command line
(texts written by us, as files)."""

from __future__ import annotations

import pandas as pd

from massmob_nlp.cli import main

VI = "Sản lượng lúa đạt 20,1 triệu tấn, tăng 2,3%. Giá gạo bình quân 540 USD/tấn."
EN = "The rice harvest reached 20.1 million tonnes, up 2.3 per cent. Rice averaged US$540 a tonne."
TH = "ผลผลิตข้าวอยู่ที่ 20.1 ล้านตัน เพิ่มขึ้น 2.8% ราคาข้าวเฉลี่ย 540 ดอลลาร์สหรัฐต่อตัน"


def _files(tmp_path):
    paths = []
    for name, text in (("goc_vi", VI), ("ban_en", EN), ("ban_th", TH)):
        path = tmp_path / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths


def test_versions_prints_the_disagreements_and_writes_tables(tmp_path, capsys) -> None:
    vi, en, th = _files(tmp_path)
    out = tmp_path / "out"
    assert main(["versions", vi, en, th, "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "1 of 3 numbers not kept by every version" in printed
    assert "2,3%" in printed and "mismatch" in printed
    wide = pd.read_csv(out / "versions_wide.csv")
    row = wide[wide["src_text"] == "2,3%"].iloc[0]
    assert (row["en_status"], row["th_status"], row["th_text"]) == ("match", "mismatch", "2.8%")
    assert set(pd.read_csv(out / "version_numbers.csv")["version"]) == {"en", "th"}
    assert (out / "goc_vi__th.report.html").exists()
    page = (out / "goc_vi.versions.html").read_text("utf-8")
    assert 'href="goc_vi__th.report.html"' in page and "not kept by every edition" in page


def test_versions_with_names_and_a_wrong_count(tmp_path, capsys) -> None:
    vi, en, th = _files(tmp_path)
    out = tmp_path / "named"
    assert main(["versions", vi, en, th, "--out", str(out), "--no-report",
                 "--names", "vna_en,vna_th"]) == 0
    assert set(pd.read_csv(out / "versions_summary.csv")["version"]) == {"vna_en", "vna_th"}
    assert main(["versions", vi, en, th, "--out", str(tmp_path / "x"), "--names", "a"]) == 2
    assert "[E040]" in capsys.readouterr().err and not (tmp_path / "x").exists()
    assert main(["versions", vi, en, "--names", "a,a"]) == 2


def test_versions_of_a_folder_finds_each_originals_editions(tmp_path, capsys) -> None:
    from version_stories import STORIES

    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in STORIES.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["versions", str(folder), "--out", str(out), "--no-report"]) == 0
    printed = capsys.readouterr().out
    assert "lua_vi -> rice_th (th)" in printed and "cang_vi -> port_en (en)" in printed
    assert "not in any group: flood_en" in printed
    groups = pd.read_csv(out / "version_groups.csv")
    assert sorted(groups["doc_id"]) == ["port_en", "port_th", "rice_en", "rice_th"]
    numbers = pd.read_csv(out / "version_numbers.csv")
    assert numbers.columns[0] == "source_doc_id"
    assert set(numbers["source_doc_id"]) == {"lua_vi", "cang_vi"}
    summary = pd.read_csv(out / "versions_summary.csv")
    assert len(summary) == 4 and set(summary["version"]) == {"en", "th"}
    # a folder without any original: exit 1 and say so; --names needs files
    (folder / "lua_vi.txt").unlink()
    (folder / "cang_vi.txt").unlink()
    assert main(["versions", str(folder), "--out", str(tmp_path / "none")]) == 1
    assert "no vi original" in capsys.readouterr().err
    assert main(["versions", str(folder), "--names", "a,b"]) == 2


def test_compare_of_a_folder_points_vietnamese_originals_to_versions(tmp_path, capsys) -> None:
    from version_stories import STORIES

    folder = tmp_path / "articles"
    folder.mkdir()
    for name in ("lua_vi", "rice_en", "rice_th"):
        (folder / f"{name}.txt").write_text(STORIES[name], encoding="utf-8")
    assert main(["compare", str(folder), "--out", str(tmp_path / "out"), "--no-report"]) == 0
    printed = capsys.readouterr().out
    assert "not compared (no translation partner found): lua_vi" in printed
    assert "massmob versions FOLDER --source-lang vi" in printed
