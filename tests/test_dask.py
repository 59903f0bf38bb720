"""massmob_nlp.dask on a real dask.distributed cluster (2 worker processes on loopback):
exactly the tables of the single-process analyze_corpus; lazy frames carry the schemas."""

from __future__ import annotations

import os

import pandas as pd
import pytest
from conftest import DEMO

from massmob_nlp import analyze_corpus, tables
from massmob_nlp.runs.corpus_tables import RUN_TABLES, SCHEMA

dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("dask.distributed")
mmd = pytest.importorskip("massmob_nlp.dask")

# Our own short texts, written for these tests, and the demo articles.
TEXTS = [
    ("ferry", "The new ferry between Cat Ba and Hai Phong carries 450 passengers.\n"
              "It makes 6 trips a day from 1 June 2024."),
    ("ferry", "A second article with the id of the one before."),  # an error
    ("market", "ตลาดน้ำแห่งใหม่ในจังหวัดเกิ่นเทอเปิดเมื่อวันที่ 2 มีนาคม 2567 "
               "มีร้านค้ากว่า 120 ร้าน"),
    ("demo_en", (DEMO / "demo_en.txt").read_text("utf-8")),
    ("empty", ""),
    ("demo_th", (DEMO / "demo_th.txt").read_text("utf-8")),
]


@pytest.fixture(scope="module")
def frame() -> pd.DataFrame:
    return pd.DataFrame({"id": [i for i, _ in TEXTS], "text": [t for _, t in TEXTS]})


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                                  host="127.0.0.1", dashboard_address=None) as cluster, \
            distributed.Client(cluster) as c:
        yield c


def test_cluster_tables_equal_the_single_process_run(frame, client):
    run = mmd.analyze_frame(dd.from_pandas(frame, npartitions=3))  # ids 0-1 together
    futures = client.compute(list(run.values()))  # workers load models meanwhile
    expected = analyze_corpus(frame)
    assert expected.documents["status"].tolist() == ["ok", "failed", "ok", "ok", "ok", "ok"]
    assert list(run) == list(RUN_TABLES)
    for name, lazy in run.items():  # lazy frames already carry the schema
        assert list(lazy.columns) == list(expected[name].columns)
        assert lazy.dtypes.astype(str).tolist() == expected[name].dtypes.astype(str).tolist()
    for name, got in zip(run, client.gather(futures)):
        got = tables.make_frame(SCHEMA[name], got)
        pd.testing.assert_frame_equal(got, expected[name])
    assert len(set(client.run(os.getpid).values())) == 2


def test_analyze_partition_marks_duplicates_and_needs_the_text_column(frame):
    out = mmd.analyze_partition(frame.head(3), include=("paragraphs",))
    assert out["documents"]["status"].tolist() == ["ok", "failed", "ok"]
    assert out["errors"]["error_type"].tolist() == ["DuplicateId"]
    with pytest.raises(ValueError, match=r"\[E005\]"):
        mmd.analyze_frame(dd.from_pandas(frame, npartitions=1), text_column="body")


def test_bag_of_texts():
    db = pytest.importorskip("dask.bag")
    bag = db.from_sequence(["The ferry carries 450 passengers.", "ตลาดมีร้านค้า 120 ร้าน"],
                           npartitions=2)
    run = mmd.analyze_bag(bag, include=("numbers",))
    got = mmd.compute_tables(run)
    assert got.numbers["text"].tolist() == ["450", "120"]
