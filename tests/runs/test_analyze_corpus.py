"""analyze_corpus: every input gets a status, a bad input becomes an errors row while
the others go on, the tables are the same for 1 and 2 processes and equal the stacked
tables of analyze() run document by document; streamed parts read back the same."""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import DEMO, EN_TEXT, TH_TEXT

import massmob_nlp as mm
from massmob_nlp import Document, analyze_corpus, tables
from massmob_nlp.cli import main as cli_main
from massmob_nlp.runs import analyze as run
from massmob_nlp.runs import batch_tables
from massmob_nlp.runs.corpus_tables import RUN_TABLES, TABLES, CorpusTables, stack

# Our own short texts, written for these tests.
FERRY_EN = ("The new ferry between Cat Ba and Hai Phong carries 450 passengers.\n"
            "It makes 6 trips a day from 1 June 2024.\n")
MARKET_TH = ("ตลาดน้ำแห่งใหม่ในจังหวัดเกิ่นเทอเปิดเมื่อวันที่ 2 มีนาคม 2567\n"
             "มีร้านค้ากว่า 120 ร้าน และนักท่องเที่ยววันละ 3,000 คน\n")
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01"


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    root = tmp_path_factory.mktemp("corpus")
    (root / "ferry.txt").write_text(FERRY_EN, "utf-8")
    (root / "market.txt").write_text(MARKET_TH, "utf-8")
    (root / "photo.txt").write_bytes(PNG)  # not text: a read error, the others go on
    (root / "notes.rtf").write_text("not read", "utf-8")  # another type: skipped
    return root


def _inputs(folder):
    return [folder, Document("report_en", EN_TEXT), TH_TEXT, 42, str(DEMO / "demo_th.txt")]


@pytest.fixture(scope="module")
def result(folder):
    return analyze_corpus(_inputs(folder), batch_size=2)


def test_every_input_has_a_status_and_bad_ones_are_errors(result, folder):
    docs = result.documents
    assert docs["status"].tolist() == ["ok", "ok", "failed", "ok", "ok", "failed", "ok"]
    ids = docs["doc_id"].tolist()  # as read_documents gives them: relative to the root
    assert [i.rsplit("/", 1)[-1] for i in ids[:3]] == ["ferry", "market", "photo"]
    assert docs["lang"].tolist()[:2] == ["en", "th"]
    errors = result.errors.set_index("stage")
    assert errors.loc["read", "doc_id"].tolist() == [ids[2], "input-4"]
    assert errors.loc["read", "message"].str.contains(r"\[E009\]|\[E001\]").all()
    assert errors.loc["skip", "source"] == str(folder / "notes.rtf")
    ok = docs[docs["status"] == "ok"]
    assert set(result.tokens["doc_id"]) == set(ok["doc_id"])
    counts = result.tokens[~result.tokens["is_space"]].groupby("doc_id").size()
    assert (ok.set_index("doc_id")["n_tokens"] == counts[ok["doc_id"]]).all()


def test_tables_equal_analyze_one_document_at_a_time(result, folder):
    read = mm.read_documents([folder / "ferry.txt", folder / "market.txt",
                              DEMO / "demo_th.txt"])
    docs = [*read[:2], Document("report_en", EN_TEXT), TH_TEXT, read[2]]
    analyses = [mm.analyze(d) for d in docs]
    for name in TABLES:
        expected = tables.make_frame(name, pd.concat([getattr(a, name) for a in analyses],
                                                     ignore_index=True))
        pd.testing.assert_frame_equal(result[name], expected)


def test_two_processes_give_the_same_tables(result, folder):
    two = analyze_corpus(_inputs(folder), n_process=2, batch_size=1)
    for name in RUN_TABLES:
        pd.testing.assert_frame_equal(two[name], result[name])


def test_streamed_parts_read_back_the_same(result, folder, tmp_path):
    streamed = analyze_corpus(_inputs(folder), batch_size=2, out=tmp_path / "out")
    assert (tmp_path / "out" / "tokens" / "part-00001.parquet").exists()
    for name in RUN_TABLES:
        back = pd.read_parquet(tmp_path / "out" / name)
        pd.testing.assert_frame_equal(back, result[name], check_dtype=False,
                                      check_categorical=False)
        pd.testing.assert_frame_equal(stack(name, [back]), result[name])
        pd.testing.assert_frame_equal(streamed[name], result[name])
    result.write_parquet(tmp_path / "again")
    again = CorpusTables.read_parquet(tmp_path / "again")
    pd.testing.assert_frame_equal(again.entities, result.entities)


def test_a_failing_stage_keeps_the_rest(monkeypatch):
    real = run.analyze_documents

    def analyze_documents(docs, **kw):
        if any("BROKEN" in d.text for d in docs):
            raise RuntimeError("tokenizer crashed")
        return real(docs, **kw)

    real_parse = batch_tables._parse  # the path of runs without numbers and entities

    def parse(docs, *args):
        if any("BROKEN" in d.text for d in docs):
            raise RuntimeError("tokenizer crashed")
        return real_parse(docs, *args)

    monkeypatch.setattr(run, "analyze_documents", analyze_documents)
    monkeypatch.setattr(batch_tables, "_parse", parse)
    out = analyze_corpus([FERRY_EN, Document("bad", "BROKEN text"), MARKET_TH],
                         include=("tokens",))
    assert out.documents["status"].tolist() == ["ok", "failed", "ok"]
    row = out.errors.iloc[0]
    assert (row["doc_id"], row["stage"], row["error_type"]) == ("bad", "analyze",
                                                                "RuntimeError")
    assert out.numbers.empty and list(out.numbers.columns) == tables.columns("numbers")


def test_a_generator_streams_and_duplicate_ids_are_errors():
    docs = (Document(i, t) for i, t in [("a", FERRY_EN), ("b", MARKET_TH), ("a", "Again.")])
    out = analyze_corpus(docs, include=("paragraphs",), batch_size=1)
    assert out.documents["status"].tolist() == ["ok", "ok", "failed"]
    assert out.errors["error_type"].tolist() == ["DuplicateId"]
    assert "[E008]" in out.errors["message"].iloc[0]


@pytest.mark.parametrize("kwargs,code", [
    ({"n_process": 0}, "E081"), ({"n_process": "2"}, "E081"), ({"batch_size": 0}, "E100"),
    ({"include": ("tokenz",)}, "E101"), ({"include": "tokens"}, "E101"),
    ({"out": DEMO / "demo_en.txt"}, "E102"), ({"out": "x", "fmt": "xlsx"}, "E030"),
])
def test_bad_options_raise_coded_errors_before_any_work(kwargs, code):
    with pytest.raises((ValueError, OSError), match=rf"\[{code}\]"):
        analyze_corpus([FERRY_EN], **kwargs)


def test_cli_analyze_writes_parts_with_n_process(folder, tmp_path, capsys):
    code = cli_main(["analyze", str(folder), "--out", str(tmp_path), "--format", "parquet",
                     "--n-process", "2", "--batch-size", "1", "--tables", "tokens"])
    assert code == 1  # photo.txt could not be read
    captured = capsys.readouterr()
    assert "ferry: en" in captured.out and "[E009]" in captured.err
    tokens = pd.read_parquet(tmp_path / "tokens")
    assert set(tokens["doc_id"]) == {"ferry", "market"}  # ids relative to the folder
    assert not (tmp_path / "numbers").exists()


@pytest.mark.parametrize("option", [["--n-process", "0"], ["--batch-size", "-3"]])
def test_cli_bad_corpus_options_exit_2(folder, tmp_path, capsys, option):
    assert cli_main(["analyze", str(folder), "--out", str(tmp_path / "o"), *option]) == 2
    assert "[E040]" in capsys.readouterr().err and not (tmp_path / "o").exists()
