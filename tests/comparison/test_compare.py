import dataclasses

import pandas as pd
import pytest

from conftest import EN_TEXT, TH_TEXT, shared_path
from massmob_nlp import Comparison, compare, tables


def _status(frame, src=None, tgt=None):
    """Statuses of rows whose source / target text contains the given strings."""
    sel = frame
    if src is not None:
        sel = sel[sel["src_text"].fillna("").str.contains(src, regex=False)]
    if tgt is not None:
        sel = sel[sel["tgt_text"].fillna("").str.contains(tgt, regex=False)]
    return set(sel["status"].astype(str))


@pytest.mark.parametrize("field,schema", [
    ("alignment", "alignment"), ("paragraph_alignment", "alignment"),
    ("numbers", "cmp_numbers"), ("entities", "cmp_entities"), ("passages", "passages")])
def test_comparison_tables_follow_pinned_schema(demo_comparison, field, schema):
    frame = getattr(demo_comparison, field)
    assert list(frame.columns) == tables.columns(schema)
    assert [str(t) for t in frame.dtypes] == list(tables.SCHEMAS[schema].values())


# The expectations of massmob_nlp/data/demo/README.md
@pytest.mark.parametrize("src,tgt,status", [
    ("2024", "2567", "format_only"),        # paragraph 2: Buddhist-Era year
    ("92%", None, "missing"),               # paragraph 3: sentence dropped
    ("1,350", "1,530", "mismatch"),         # paragraph 4: changed number
    ("45", "๔๕", "format_only"),            # paragraph 4: Thai digits
    ("2024", "๒๕๖๗", "format_only"),        # paragraph 4: Thai digits, BE
    ("2020", "2563", "format_only"),        # paragraph 6: BE term
    ("126", "126", "match"),
    ("4,800", "4,800", "match"),
    ("48 million VND", "48 ล้านดอง", "format_only"),  # magnitude word, same value
    ("3.5%", "ร้อยละ 3.5", "match"),
])
def test_demo_numbers_have_expected_status(demo_comparison, src, tgt, status):
    assert _status(demo_comparison.numbers, src, tgt) == {status}


def test_demo_alignment_finds_dropped_sentence_and_merged_paragraphs(demo_comparison):
    para_kinds = demo_comparison.paragraph_alignment["kind"].astype(str).tolist()
    assert para_kinds.count("2-1") == 1
    sent = demo_comparison.alignment
    dropped = sent[sent["kind"].astype(str) == "1-0"]
    assert dropped["src_text"].str.contains("92%").any()


def test_demo_passages_are_the_dropped_sentence_and_qcdc(demo_comparison):
    p = demo_comparison.passages
    got = sorted(zip(p["kind"].astype(str), p["level"].astype(str), p["side"].astype(str)))
    assert got == [("omitted", "sentence", "src"), ("untranslated", "span", "tgt")]
    assert p.loc[p["kind"] == "untranslated", "text"].tolist() == ["QCDC"]
    omitted = p.loc[p["kind"] == "omitted"].iloc[0]
    assert demo_comparison.src.text[omitted.start_char:omitted.end_char].startswith("Over 92%")


def test_demo_reports_nothing_but_the_planted_problems(demo_comparison):
    probs = demo_comparison.problems()
    got = sorted(zip(probs["table"], probs["status"]))
    assert got == [("numbers", "mismatch"), ("numbers", "missing"), ("passages", "omitted"),
                   ("passages", "untranslated")]


def test_demo_entities_match_across_languages(demo_comparison):
    e = demo_comparison.entities
    assert _status(e, "Vietnam Fatherland Front") == {"matched"}
    assert _status(e, "Tran Thi Lan") == {"matched"}
    assert _status(e, "Law on Grassroots Democracy", "QCDC") == {"matched"}


def test_summary_counts_and_verdict(demo_comparison):
    s = demo_comparison.summary
    assert isinstance(s, pd.Series)
    assert s["numbers_mismatch"] == 1 and s["passages_untranslated"] == 1
    assert 0 < s["share_numbers_preserved"] < 1 and 0.8 < s["share_text_aligned"] < 1
    assert demo_comparison.verdict.startswith("Check:")


def test_comparison_is_frozen_and_has_html(demo_comparison):
    with pytest.raises(dataclasses.FrozenInstanceError):
        demo_comparison.numbers = None
    assert "Comparison" in demo_comparison._repr_html_()
    assert repr(demo_comparison).startswith("Comparison(")


@pytest.mark.parametrize("tgt,expect", [
    (TH_TEXT, {"match", "format_only"}),
    ("", {"missing"}),
])
def test_compare_accepts_texts(tgt, expect):
    cmp = compare(EN_TEXT, tgt)
    assert isinstance(cmp, Comparison)
    assert set(cmp.numbers["status"].astype(str)) >= expect
    for name in ("numbers", "entities", "passages"):
        assert isinstance(getattr(cmp, name), pd.DataFrame)


def test_compare_does_not_mutate_analyses(demo_analyses):
    before = [a.sentences.copy() for a in demo_analyses]
    compare(*demo_analyses)
    for a, b in zip(demo_analyses, before):
        pd.testing.assert_frame_equal(a.sentences, b)


def test_compare_rejects_wrong_types():
    with pytest.raises(TypeError, match=r"\[E010\]"):
        compare(42, "text")


# ------------------------------------------------------------------ seed pair (../shared)

def test_seed_pair_reports_no_false_problems(seed_comparison):
    probs = seed_comparison.problems()
    got = sorted(zip(probs["table"], probs["status"], probs["src_text"].fillna(""),
                     probs["tgt_text"].fillna("")))
    assert [g[:2] for g in got] == [("numbers", "qualifier_changed"),
                                    ("passages", "untranslated")]
    assert "55" in got[0][2] and got[1][3] == "QCDC"


@pytest.mark.parametrize("src,tgt,status", [
    ("2024", "2567", "format_only"),
    ("70th", "๗๐", "format_only"),
    ("55 million", "55 ล้าน", "qualifier_changed"),
    ("10,665", "10,665", "match"),
])
def test_seed_pair_statuses(seed_comparison, src, tgt, status):
    assert _status(seed_comparison.numbers, src, tgt) == {status}


def _seed_texts():
    en = shared_path("corpus", "seeds", "000_95b4ad82a63157e9.txt").read_text("utf-8")
    th = shared_path("corpus", "seeds", "003_16970dbbe9772abc.txt").read_text("utf-8")
    return en, th


def _problems(cmp):
    p = cmp.problems()
    return sorted(zip(p["table"], p["status"]))


# Each perturbation of the Thai side: (old, new, expected extra problems).
PERTURBATIONS = {
    "change_number": ("10,665", "10,565", [("numbers", "mismatch")]),
    "drop_number": ("ผู้แทนสภาประชาชนเมืองรับพลเมือง 178 ครั้ง", "ผู้แทนสภาประชาชนเมืองรับพลเมือง",
                    [("numbers", "missing")]),
    "add_number": ("และจัดการประชุมตอบรับ 803 ครั้ง", "และจัดการประชุมตอบรับ 803 ครั้ง ใน 12 เขต",
                   [("numbers", "added")]),
}


@pytest.mark.parametrize("name", sorted(PERTURBATIONS))
def test_seed_perturbation_is_reported_and_nothing_else(seed_comparison, name):
    en, th = _seed_texts()
    old, new, extra = PERTURBATIONS[name]
    assert th.count(old) == 1
    cmp = compare(seed_comparison.src, th.replace(old, new))
    assert _problems(cmp) == sorted(_problems(seed_comparison) + extra)


@pytest.mark.parametrize("op", ["drop", "add"])
def test_seed_paragraph_drop_or_add_is_reported(seed_comparison, op):
    en, th = _seed_texts()
    lines = th.split("\n")
    k = next(i for i, line in enumerate(lines) if "178" in line)
    if op == "drop":
        del lines[k]
        src_numbers = seed_comparison.src.numbers
        # line k is paragraph k; a vague number ("the first 6 months") is never
        # reported missing on its own
        n_numbers = int(((src_numbers["para_id"] == k) & ~src_numbers["vague"]).sum())
        extra = [("passages", "omitted")] + [("numbers", "missing")] * n_numbers
    else:
        lines.insert(k, "ผู้ว่าราชการจังหวัดได้เยี่ยมชม 37 หมู่บ้านในปี 2566 และพบปะประชาชน")
        extra = [("passages", "added")] + [("numbers", "added")] * 2
    cmp = compare(seed_comparison.src, "\n".join(lines))
    assert _problems(cmp) == sorted(_problems(seed_comparison) + extra)


@pytest.mark.parametrize("en,th,expected", [
    ("The Law on Grassroots Democracy was applied in 200 communes.",
     "การดำเนินการตาม QCDC ครอบคลุม 200 ตำบล", ["QCDC"]),
    ("Delegates met in Hà Nội on the 5 issues.", "ผู้แทนพบกันที่ Hà Nội ใน 5 ประเด็น", []),
    ("Decision 217-QD/TW was issued for 3 provinces.", "ออกมติ 217-QD/TW สำหรับ 3 จังหวัด", []),
    ("See the 2 reports online.", "ดูรายงาน 2 ฉบับที่ https://example.vn/a.html", []),
])
def test_untranslated_spans_are_latin_text_absent_from_the_source(en, th, expected):
    p = compare(en, th).passages
    assert p.loc[p["kind"] == "untranslated", "text"].tolist() == expected


def test_verdict_without_source_numbers_claims_no_share():
    """An empty or number-free source has nothing preserved to report as a percentage."""
    cmp = compare("The council met and agreed on a plan.", "สภาประชุมและตกลงเรื่องแผนงาน")
    assert cmp.verdict.endswith("no numbers in the source.")
    assert "%" not in cmp.verdict
