"""The df.massmob accessor: tidy tables keyed by the frame's index or an id column,
equal to the library's own tables; coded errors for bad columns and cells."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pandas as pd
import pytest
from conftest import DEMO, EN_TEXT, TH_TEXT

import massmob_nlp as mm
from massmob_nlp.types import Document


def _demo(lang):
    return (DEMO / f"demo_{lang}.txt").read_text("utf-8")


@pytest.fixture
def articles():
    return pd.DataFrame({"url": ["https://example.vn/en", "https://example.vn/th",
                                 "https://example.vn/empty"],
                         "text": [EN_TEXT, TH_TEXT, None]}, index=[10, 20, 30])


@pytest.mark.parametrize("code", [
    "import massmob_nlp, sys; print('pandas' not in sys.modules)\n"
    "import pandas as pd; print(hasattr(pd.DataFrame, 'massmob'))\n"
    "print(not any(m in sys.modules for m in ('spacy', 'massmob_nlp.pipeline')))",
    "import pandas as pd, massmob_nlp; print(hasattr(pd.DataFrame, 'massmob'))",
    "import massmob_nlp; from pandas import DataFrame; print(hasattr(DataFrame, 'massmob'))",
    # spaCy imports our spacy_factories entry point (in this package) for every pipeline
    "import sys, spacy; spacy.blank('en'); print('massmob_nlp' in sys.modules)\n"
    "print('pandas' not in sys.modules)",
])
def test_registered_by_import_of_massmob_nlp_without_importing_pandas(code):
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=120)
    assert set(out.stdout.split()) == {"True"}


def test_detect(articles):
    got = articles.massmob.detect()
    assert got[["doc_id", "lang", "status"]].astype(str).values.tolist() == [
        ["10", "en", "ok"], ["20", "th", "ok"], ["30", "und", "missing"]]
    assert got["n_chars"].tolist() == [len(EN_TEXT), len(TH_TEXT), 0]
    assert (got["n_boilerplate"] >= 1).tolist() == [True, True, False]
    by_url = articles.massmob.detect(id_col="url")
    assert by_url["doc_id"].tolist() == articles["url"].tolist()


def test_numbers_equal_numbers_table_per_article(articles):
    got = articles.massmob.numbers()
    assert set(got["doc_id"]) == {"10", "20"}
    for doc_id, text in (("10", EN_TEXT), ("20", TH_TEXT)):
        want = mm.numbers_table(Document(doc_id, text))
        mine = got[got["doc_id"] == doc_id].reset_index(drop=True)
        pd.testing.assert_frame_equal(mine, want, check_categorical=False)
    assert "percent:92" in set(got["key"]) and "year:2024" in set(got["key"])


def test_numbers_keyed_by_an_id_column(articles):
    got = articles.massmob.numbers(id_col="url")
    assert set(got["doc_id"]) == {"https://example.vn/en", "https://example.vn/th"}
    joined = got.merge(articles, left_on="doc_id", right_on="url")
    assert all(t[s:e] == x for t, s, e, x in joined[
        ["text_y", "start_char", "end_char", "text_x"]].itertuples(index=False))


def test_entities_equal_entities_table():
    frame = pd.DataFrame({"text": [_demo("en"), _demo("th")]}, index=["en", "th"])
    got = frame.massmob.entities()
    want = mm.entities_table([Document("en", _demo("en")), Document("th", _demo("th"))])
    pd.testing.assert_frame_equal(got, want)
    assert {"vn.org.vff", "code.15-CT/TU"} <= set(got[got["doc_id"] == "th"]["entity_id"])


def test_pair_pairs_the_articles_of_the_frame():
    frame = pd.DataFrame({"id": ["th-1", "en-1", "en-2"],
                          "text": [_demo("th"), _demo("en"),
                                   "A football club won its match 3-1 on Sunday."]})
    got = frame.massmob.pair(id_col="id", embeddings=False)
    assert got[["src_doc_id", "tgt_doc_id"]].values.tolist() == [["en-1", "th-1"]]
    assert got["score"].iloc[0] > 0.5


def test_missing_and_empty_frames_give_empty_tables():
    frame = pd.DataFrame({"text": [None, np.nan, pd.NA]})
    assert frame.massmob.numbers().empty and frame.massmob.entities().empty
    assert frame.massmob.pair().empty
    assert frame.massmob.detect()["status"].tolist() == ["missing"] * 3
    assert list(frame.massmob.numbers().columns) == list(mm.numbers_table("").columns)


def test_string_dtype_column():
    frame = pd.DataFrame({"text": pd.array([EN_TEXT, None], dtype="string")})
    assert frame.massmob.detect()["status"].tolist() == ["ok", "missing"]
    assert len(frame.massmob.numbers()) == len(mm.numbers_table(EN_TEXT))


def test_coded_errors(articles):
    with pytest.raises(KeyError, match=r"\[E091\].*'body'"):
        articles.massmob.numbers(text_col="body")
    with pytest.raises(KeyError, match=r"\[E091\].*'id'"):
        articles.massmob.detect(id_col="id")
    bad = pd.DataFrame({"text": ["In 2024.", 2024, b"bytes"]}, index=["a", "b", "c"])
    with pytest.raises(TypeError, match=r"\[E092\].*row 'b'.*int"):
        bad.massmob.numbers()
    dup = pd.DataFrame({"text": ["one", "two"]}, index=[1, 1])
    with pytest.raises(ValueError, match=r"\[E093\].*'1'.*index"):
        dup.massmob.detect()
    with pytest.raises(ValueError, match=r"\[E093\].*column 'url'"):
        pd.DataFrame({"url": ["a", "a"], "text": ["x", "y"]}).massmob.numbers(id_col="url")
