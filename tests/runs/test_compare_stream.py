"""compare_corpus(out=...): the tables are written in parts as pairs finish (the main
process never holds more than PAIRS_PER_PART pairs' tables), and read back equal to the
in-memory run, for 1 and 2 processes."""

from __future__ import annotations

import pandas as pd
import pytest
from test_compare_corpus import HEALTH_EN, HEALTH_TH, TREES_EN, TREES_TH, _docs

from massmob_nlp import Document, compare_corpus
from massmob_nlp.runs import compare as mod
from massmob_nlp.runs.corpus_tables import PartWriter
from massmob_nlp.runs.dashboard import TABLE_NAMES, CorpusComparison


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    """Documents to pair: three pairs, an unpaired article and an unreadable file."""
    bad = tmp_path_factory.mktemp("inputs") / "broken.txt"
    bad.write_bytes(b"\x00\x01\x02\x03" * 50)
    return [*_docs(), str(bad)]


@pytest.fixture(scope="module")
def in_memory(inputs):
    return compare_corpus(inputs, embeddings=False)


def _assert_same(streamed: CorpusComparison, expected: CorpusComparison) -> None:
    assert streamed.n_pairs == expected.n_pairs
    for name in TABLE_NAMES:
        pd.testing.assert_frame_equal(streamed[name], expected[name], obj=name)


@pytest.mark.parametrize("n_process", [1, 2])
def test_tables_read_back_from_out_equal_the_in_memory_run(in_memory, inputs, tmp_path,
                                                           monkeypatch, n_process):
    monkeypatch.setattr(mod, "PAIRS_PER_PART", 2)  # several parts per table
    out = tmp_path / "out"
    run = compare_corpus(inputs, embeddings=False, out=out,
                         n_process=n_process)
    assert run.path == out and run.frames == {}  # big tables not read yet
    assert len(list((out / "numbers").glob("part-*.parquet"))) == 2  # pairs 0-1, 2
    assert in_memory.errors["stage"].tolist() == ["read"]
    _assert_same(run, in_memory)
    _assert_same(CorpusComparison.read_parquet(out), in_memory)
    assert repr(CorpusComparison.read_parquet(out)) == repr(in_memory)


def test_tables_are_written_as_pairs_finish_not_held(tmp_path, monkeypatch):
    """Each write covers at most PAIRS_PER_PART pairs and happens before later pairs
    are compared: the main process holds at most that many pairs' tables."""
    monkeypatch.setattr(mod, "PAIRS_PER_PART", 2)
    events: list[tuple[str, object]] = []
    real_task, real_write = mod.compare_task, PartWriter.write

    def task(t):
        events.append(("compare", t.pair_id))
        return real_task(t)

    def write(self, name, frame):
        if name == "numbers":
            events.append(("write", sorted(set(frame["pair_id"]))))
        return real_write(self, name, frame)

    monkeypatch.setattr(mod, "compare_task", task)
    monkeypatch.setattr(PartWriter, "write", write)
    pairs = [(HEALTH_EN, HEALTH_TH), (TREES_EN, TREES_TH)] * 3
    run = compare_corpus(pairs, embeddings=False, out=tmp_path / "out")
    assert events == [("compare", 0), ("compare", 1), ("write", [0, 1]),
                      ("compare", 2), ("compare", 3), ("write", [2, 3]),
                      ("compare", 4), ("compare", 5), ("write", [4, 5])]
    assert run.summary["pair_id"].tolist() == list(range(6))
    assert run.frames == {}  # the big tables are read from out on access
    assert run.numbers["pair_id"].unique().tolist() == list(range(6))


def test_csv_parts_are_appended_and_the_summary_kept(tmp_path):
    out = tmp_path / "csv"
    pairs = [(HEALTH_EN, HEALTH_TH), (Document("t_en", TREES_EN), TREES_TH)]
    run = compare_corpus(pairs, embeddings=False, out=out, fmt="csv")
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{n}.csv" for n in TABLE_NAMES)
    back = pd.read_csv(out / "numbers.csv")
    assert back["pair_id"].unique().tolist() == [0, 1]
    assert back.loc[back["status"] == "mismatch", "src_text"].tolist() == ["2,500"]
    assert run.path is None and run.numbers.empty  # only summary and errors returned
    assert run.summary["numbers_changed"].tolist() == [0, 1]


def test_bad_out_and_format_are_coded_errors_before_any_work(in_memory, tmp_path):
    afile = tmp_path / "file.txt"
    afile.write_text("x", "utf-8")
    with pytest.raises(NotADirectoryError, match=r"\[E102\]"):
        compare_corpus([(HEALTH_EN, HEALTH_TH)], out=afile)
    with pytest.raises(ValueError, match=r"\[E030\]"):
        compare_corpus([(HEALTH_EN, HEALTH_TH)], out=tmp_path / "o", fmt="xml")
    with pytest.raises(FileNotFoundError, match=r"\[E002\]"):
        CorpusComparison.read_parquet(tmp_path / "nothing")
    with pytest.raises(KeyError, match=r"\[E101\]"):
        in_memory["tokens"]


def test_cli_compare_out_parquet_writes_parts(tmp_path, capsys):
    from massmob_nlp.cli import main

    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in (("health_en", HEALTH_EN), ("health_th", HEALTH_TH),
                       ("trees_en", TREES_EN), ("trees_th", TREES_TH)):
        (folder / f"{name}.txt").write_text(text, "utf-8")
    out = tmp_path / "out"
    assert main(["compare", str(folder), "--out", str(out), "--format", "parquet"]) == 0
    assert "trees_en -> trees_th" in capsys.readouterr().out
    run = CorpusComparison.read_parquet(out)
    assert run.summary["status"].astype(str).tolist() == ["ok", "check"]
    assert (out / "numbers" / "part-00000.parquet").is_file()
    assert (out / "dashboard.html").is_file()
