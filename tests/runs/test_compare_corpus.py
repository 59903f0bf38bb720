"""compare_corpus: documents are paired and each pair compared; a broken pair becomes an
errors row while the others go on; the tables are the same for 1 and 2 processes."""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import DEMO

from massmob_nlp import Document, compare_corpus, tables
from massmob_nlp.runs.compare import compare_task

# Our own short articles (written for these tests): a faithful translation, one with a
# changed number, and an English article without a translation.
HEALTH_EN = ("Hoa Binh province opened 35 new health stations in 2023.\n"
             "The stations serve about 12,000 residents in 18 mountain communes.\n"
             "The provincial budget for the program was 45 billion VND.\n")
HEALTH_TH = ("จังหวัดหว่าบิ่ญเปิดสถานีอนามัยแห่งใหม่ 35 แห่งในปี 2566\n"
             "สถานีเหล่านี้ให้บริการประชาชนประมาณ 12,000 คนใน 18 ตำบลบนภูเขา\n"
             "งบประมาณของจังหวัดสำหรับโครงการนี้คือ 45 พันล้านดอง\n")
TREES_EN = ("The Youth Union of Da Nang planted 2,500 trees along the coast in March.\n"
            "The volunteers came from 14 schools and 3 universities.\n")
TREES_TH = ("สหภาพเยาวชนดานังปลูกต้นไม้ 2,800 ต้นตามแนวชายฝั่งในเดือนมีนาคม\n"
            "อาสาสมัครมาจากโรงเรียน 14 แห่งและมหาวิทยาลัย 3 แห่ง\n")
MUSEUM_EN = ("The provincial museum opened a new hall about traditional weaving in 2023.\n"
             "Visitors can see looms, dyes and patterns from 12 villages.\n")


def _docs() -> list[object]:
    return [str(DEMO / "demo_en.txt"), str(DEMO / "demo_th.txt"),
            Document("health_en", HEALTH_EN), Document("health_th", HEALTH_TH),
            Document("trees_en", TREES_EN), Document("trees_th", TREES_TH),
            Document("museum_en", MUSEUM_EN)]


@pytest.fixture(scope="module")
def corpus():
    return compare_corpus(_docs(), embeddings=False)


def test_documents_are_paired_and_compared(corpus):
    s = corpus.summary.set_index("src_doc_id")
    assert s.loc["demo_en", "tgt_doc_id"] == "demo_th"
    assert s.loc["health_en", "tgt_doc_id"] == "health_th"
    assert s.loc["trees_en", "tgt_doc_id"] == "trees_th"
    assert s.loc["health_en", "status"] == "ok"
    assert s.loc["trees_en", "numbers_changed"] == 1  # 2,500 trees became 2,800
    assert s.loc["demo_en", "numbers_missing"] == 1  # the dropped 92% sentence
    assert s.loc["demo_en", "status"] == "check"
    assert s.loc["trees_en", "preservation_rate"] < s.loc["health_en", "preservation_rate"]
    assert corpus.n_pairs == 3


def test_unpaired_document_is_a_summary_row_not_dropped(corpus):
    row = corpus.summary[corpus.summary["src_doc_id"] == "museum_en"].iloc[0]
    assert row["status"] == "unpaired" and pd.isna(row["tgt_doc_id"])
    assert row["pair_id"] == corpus.summary["pair_id"].max()


def test_summary_has_the_pinned_columns_and_dtypes(corpus):
    assert list(corpus.summary.columns) == tables.columns("pair_summary")
    for col, dtype in tables.SCHEMAS["pair_summary"].items():
        assert str(corpus.summary[col].dtype) == dtype, col
    assert corpus.summary["pair_id"].tolist() == list(range(len(corpus.summary)))


def test_stacked_tables_carry_pair_id_first(corpus):
    for name in ("alignment", "paragraph_alignment", "numbers", "entities", "passages"):
        frame = getattr(corpus, name)
        assert frame.columns[0] == "pair_id" and str(frame["pair_id"].dtype) == "Int64"
    numbers = corpus.numbers
    trees = corpus.summary.loc[corpus.summary["src_doc_id"] == "trees_en", "pair_id"].item()
    mismatch = numbers[(numbers["pair_id"] == trees)
                       & (numbers["status"].astype(str) == "mismatch")]
    assert mismatch["src_text"].tolist() == ["2,500"]
    per_pair = numbers.groupby("pair_id").size()
    assert per_pair.loc[trees] == corpus.summary.set_index("pair_id").loc[
        trees, ["numbers_source", "numbers_added"]].sum()


def test_a_broken_pair_is_an_errors_row_and_the_others_go_on(tmp_path):
    pairs = [(str(DEMO / "demo_en.txt"), str(DEMO / "demo_th.txt")),
             (str(tmp_path / "missing_en.txt"), HEALTH_TH),
             (HEALTH_EN, HEALTH_TH)]
    run = compare_corpus(pairs, embeddings=False)
    assert run.summary["status"].astype(str).tolist() == ["check", "failed", "ok"]
    err = run.errors.iloc[0]
    assert (err["pair_id"], err["stage"], err["error_type"]) == (1, "read",
                                                                "FileNotFoundError")
    assert "[E002]" in err["message"] and err["src_doc_id"].endswith("missing_en.txt")
    assert set(run.numbers["pair_id"]) == {0, 2}
    assert list(run.errors.columns) == tables.columns("pair_errors")


def test_a_pair_failing_in_analysis_is_recorded_with_its_stage(monkeypatch):
    import massmob_nlp.runs.compare as mod

    def broken(docs):
        raise RuntimeError("parser exploded")

    monkeypatch.setattr(mod, "analyze_documents", broken)
    task = mod._Task(7, Document("a_en", HEALTH_EN), Document("a_th", HEALTH_TH), None,
                     False)
    result = compare_task(task)
    assert result.error == ("analyze", "RuntimeError", "parser exploded")
    assert (result.pair_id, result.src_doc_id, result.tgt_doc_id) == (7, "a_en", "a_th")


def test_explicit_pairs_from_a_dataframe():
    frame = pd.DataFrame({"src": [TREES_EN, HEALTH_EN], "tgt": [TREES_TH, HEALTH_TH]})
    run = compare_corpus(frame, embeddings=False)
    assert run.summary["numbers_changed"].tolist() == [1, 0]
    assert run.summary["pairing_score"].isna().all()  # given, not found


def test_documents_from_a_dataframe_of_records():
    frame = pd.DataFrame({"id": ["t_th", "h_en", "t_en", "h_th"],
                          "text": [TREES_TH, HEALTH_EN, TREES_EN, HEALTH_TH]})
    run = compare_corpus(frame, embeddings=False)
    assert run.summary[["src_doc_id", "tgt_doc_id"]].values.tolist() == [
        ["h_en", "h_th"], ["t_en", "t_th"]]


@pytest.mark.parametrize("bad", [pd.DataFrame({"a": [1]}), [("a", "b"), "c"], 42])
def test_bad_input_is_a_coded_error(bad):
    with pytest.raises(TypeError, match=r"\[E080\]"):
        compare_corpus(bad)


@pytest.mark.parametrize("n", [0, -2, 1.5, True])
def test_bad_n_process_is_a_coded_error(n):
    with pytest.raises(ValueError, match=r"\[E081\]"):
        compare_corpus([(HEALTH_EN, HEALTH_TH)], n_process=n)


def test_two_processes_give_the_same_tables(corpus):
    two = compare_corpus(_docs(), embeddings=False, n_process=2)
    assert two.n_pairs == corpus.n_pairs
    for name, frame in corpus.to_frames().items():
        pd.testing.assert_frame_equal(two.to_frames()[name], frame, obj=name)


def test_dashboard_lists_pairs_worst_first_and_escapes_text(corpus):
    evil = Document("<script>alert(1)</script>_en", TREES_EN)
    run = compare_corpus([(evil, Document("t_th", TREES_TH)), (HEALTH_EN, HEALTH_TH)],
                         embeddings=False)
    page = run.to_html()
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "Content-Security-Policy" in page and "href" not in page
    order = corpus.worst_first()["status"].astype(str).tolist()
    assert order == ["unpaired", "check", "check", "ok"]
    assert "<table>" in corpus._repr_html_()


def test_plot_and_write(corpus, tmp_path):
    from matplotlib.figure import Figure

    fig = corpus.plot_summary()
    assert isinstance(fig, Figure) and len(fig.axes[0].patches) >= 3
    paths = corpus.write(tmp_path / "out", fmt="csv")
    names = {p.name for p in paths}
    assert {"summary.csv", "errors.csv", "numbers.csv", "dashboard.html"} <= names
    back = pd.read_csv(tmp_path / "out" / "summary.csv")
    assert back["src_doc_id"].tolist() == corpus.summary["src_doc_id"].tolist()


def test_cli_compares_a_folder_into_a_dashboard(tmp_path, capsys):
    from massmob_nlp.cli import main

    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in (("health_en", HEALTH_EN), ("health_th", HEALTH_TH),
                       ("trees_en", TREES_EN), ("trees_th", TREES_TH),
                       ("museum_en", MUSEUM_EN)):
        (folder / f"{name}.txt").write_text(text, "utf-8")
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02\x03" * 50)  # not a text file
    out = tmp_path / "out"
    assert main(["compare", str(folder), "--out", str(out), "--n-process", "1"]) == 0
    printed = capsys.readouterr().out
    assert "trees_en -> trees_th: Check: 1 number mismatch" in printed
    assert "not compared (no translation partner found): museum_en" in printed
    summary = pd.read_csv(out / "summary.csv")
    assert sorted(summary["status"]) == ["check", "ok", "unpaired"]
    errors = pd.read_csv(out / "errors.csv")
    assert errors["src_doc_id"].str.endswith("broken.txt").tolist() == [True]
    dashboard = (out / "dashboard.html").read_text("utf-8")
    assert "trees_en" in dashboard
    # the pair to check has its report, linked from the dashboard; the faithful one not
    assert [p.name for p in (out / "reports").iterdir()] == [
        f"{summary.loc[summary['src_doc_id'] == 'trees_en', 'pair_id'].iloc[0]:05d}"
        "_trees_en__trees_th.html"]
    assert "href='reports/" in dashboard
    assert "(linking 1 pair report in reports/)" in printed


def test_pairs_to_check_get_a_report_linked_from_the_dashboard(tmp_path):
    out = tmp_path / "run"
    evil = Document("../../<b>trees</b>_en", TREES_EN)  # an id cannot leave reports/
    run = compare_corpus([(evil, Document("trees_th", TREES_TH)), (HEALTH_EN, HEALTH_TH)],
                         embeddings=False, out=out, reports="check")
    s = run.summary.set_index("pair_id")
    assert s.loc[0, "status"] == "check" and s.loc[1, "status"] == "ok"
    assert pd.isna(s.loc[1, "report"])  # a faithful pair gets no report
    report = out / s.loc[0, "report"]
    assert report.parent == out / "reports" and report.name.startswith("00000_")
    assert sorted(p.name for p in (out / "reports").iterdir()) == [report.name]
    page = report.read_text("utf-8")
    assert "2,500" in page and "2,800" in page  # the side-by-side report of the pair
    dashboard = run.to_html(out / "dashboard.html")
    assert f"<a href='{s.loc[0, 'report']}'" in dashboard
    assert "<b>trees" not in dashboard  # the id is escaped in the link text
    every = compare_corpus([(HEALTH_EN, HEALTH_TH)], embeddings=False,
                           reports="all", reports_dir=tmp_path / "all")
    row = every.summary.iloc[0]
    assert row["status"] == "ok"  # "all": a report for a pair with nothing to check too
    assert row["report"] == f"all/00000_{row['src_doc_id']}__{row['tgt_doc_id']}.html"
    assert (tmp_path / row["report"]).is_file()


@pytest.mark.parametrize(("kwargs", "code"), [({"reports": "some"}, "E082"),
                                              ({"reports": "check"}, "E083")])
def test_bad_reports_setting_is_a_coded_error(kwargs, code):
    with pytest.raises(ValueError, match=code):
        compare_corpus([(HEALTH_EN, HEALTH_TH)], embeddings=False, **kwargs)
