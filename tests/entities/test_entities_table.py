"""Tests for massmob_nlp.entities (with _gazetteer and _entity_rules).

The sentences below are written for these tests; the seed-pair test reads
../shared and skips when it is absent.
"""

from __future__ import annotations

import os
import unicodedata
import warnings
from pathlib import Path

import pandas as pd
import pytest

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from hypothesis import given, settings, strategies as st  # noqa: E402

from massmob_nlp import tables  # noqa: E402
from massmob_nlp.entities.rules import find_rules  # noqa: E402
from massmob_nlp.entities.gazetteer import find, fold, load_gazetteer  # noqa: E402
from massmob_nlp.pipeline import analyze  # noqa: E402
from massmob_nlp import entities_table  # noqa: E402
from massmob_nlp.entities import (LABEL_MAP, LABELS, link_entities,  # noqa: E402
                                  map_label, match_entities, name_similarity)

SHARED = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "seeds"
THAI_MODEL = Path(__file__).resolve().parents[2] / "models" / "thai_ner" / "model.crfsuite"

EN_TEXT = (
    "Yesterday the Politburo received a delegation of the Vietnam Fatherland Front in "
    "Hà Nội.\n"
    "Provincial Party Secretary Nguyễn Văn Minh signed Decision 88-QĐ/TU and "
    "Directive No. 12-CT/TW on the same morning.\n"
    "Later the City People's Council of Bac Kan discussed the Law on Grassroots "
    "Democracy, and Mr. Tran Quoc Bao spoke in Le Loi commune.\n"
    "Officials also reviewed Decision 301, 302-QD/TU and Resolution No. 7.\n"
)
TH_TEXT = (
    "เมื่อวานนี้ โปลิตบูโรได้ต้อนรับคณะผู้แทนของแนวร่วมปิตุภูมิเวียดนามที่ฮานอย\n"
    "เลขาธิการพรรคจังหวัดลงนามในมติ 88-QD/TU ในเช้าวันเดียวกัน\n"
    "ต่อมาสภาประชาชนเมืองของบั๊กกั่นได้หารือเกี่ยวกับกฎหมายประชาธิปไตยในระดับรากหญ้า "
    "และการดำเนินการ QCDC ในท้องถิ่น\n"
)


@pytest.fixture(scope="module")
def en_analysis():
    return analyze(EN_TEXT, lang="en")


@pytest.fixture(scope="module")
def th_analysis():
    return analyze(TH_TEXT, lang="th")


@pytest.fixture(scope="module")
def en_ents(en_analysis):
    return entities_table(en_analysis)


@pytest.fixture(scope="module")
def th_ents(th_analysis):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return entities_table(th_analysis)


def _rows(ents: pd.DataFrame, text: str) -> pd.DataFrame:
    return ents[ents["text"] == text]


def test_entities_table_has_pinned_schema(en_ents):
    empty = tables.empty_frame("entities")
    assert list(en_ents.columns) == list(empty.columns)
    assert [str(t) for t in en_ents.dtypes] == [str(t) for t in empty.dtypes]
    assert set(en_ents["label"].dropna()) <= set(LABELS)
    assert set(en_ents["source"].dropna()) <= {"model", "rule", "gazetteer"}


@pytest.mark.parametrize("obj", ["", "   \n", []])
def test_entities_table_empty_input_gives_empty_frame(obj):
    out = entities_table(obj)
    assert out.empty
    assert list(out.dtypes.astype(str)) == list(
        tables.empty_frame("entities").dtypes.astype(str))


@pytest.mark.parametrize("bad", [42, None, b"bytes", ["ok", 3]])
def test_entities_table_rejects_bad_input(bad):
    with pytest.raises(TypeError, match=r"\[E010\]"):
        entities_table(bad)


@pytest.mark.parametrize("scheme,label,ours", [
    ("spacy", "GPE", "LOC"), ("spacy", "LOC", "LOC"), ("spacy", "ORG", "ORG"),
    ("spacy", "WORK_OF_ART", "MISC"), ("spacy", "SOMETHING_NEW", "MISC"),
    ("thainer", "ORGANIZATION", "ORG"), ("thainer", "LOCATION", "LOC"),
    ("thainer", "FACILITY", "FAC"), ("thainer", "LEN", "QUANTITY"),
    ("thainer", "AGO", "DATE"), ("thainer", "URL", "MISC"), ("thainer", "person", "PERSON"),
])
def test_map_label_maps_both_schemes_to_one_label_set(scheme, label, ours):
    assert map_label(label, scheme) == ours


def test_label_map_targets_are_in_label_set():
    assert all(v in LABELS for m in LABEL_MAP.values() for v in m.values())


@pytest.mark.parametrize("text,label,source,entity_id", [
    ("Politburo", "ORG", "gazetteer", "vn.org.politburo"),
    ("Vietnam Fatherland Front", "ORG", "gazetteer", "vn.org.vff"),
    ("Hà Nội", "LOC", "gazetteer", "vn.loc.ha_noi"),
    ("Bac Kan", "LOC", "gazetteer", "vn.loc.bac_kan"),
    ("City People's Council", "ORG", "gazetteer", "vn.org.city_peoples_council"),
    ("Law on Grassroots Democracy", "LAW", "gazetteer", "vn.law.grassroots_democracy"),
    ("Decision 88-QĐ/TU", "LAW", "rule", "code.88-QD/TU"),
    ("Directive No. 12-CT/TW", "LAW", "rule", "code.12-CT/TW"),
    ("Decision 301, 302-QD/TU", "LAW", "rule", "code.301-QD/TU+302-QD/TU"),
    ("Resolution No. 7", "LAW", "rule", None),
    ("Nguyễn Văn Minh", "PERSON", "rule", None),
    ("Tran Quoc Bao", "PERSON", "rule", None),
    ("Le Loi", "LOC", "rule", None),
])
def test_english_rules_and_gazetteer(en_ents, text, label, source, entity_id):
    rows = _rows(en_ents, text)
    assert len(rows) == 1, en_ents[["text", "label", "source"]]
    row = rows.iloc[0]
    assert (row["label"], row["source"]) == (label, source)
    assert (None if pd.isna(row["entity_id"]) else row["entity_id"]) == entity_id


def test_person_span_excludes_title_and_title_is_not_a_mention(en_ents):
    assert not en_ents["text"].str.contains("Secretary").any()
    assert not en_ents["text"].str.startswith("Mr").any()


@pytest.mark.parametrize("text,label,entity_id", [
    ("โปลิตบูโร", "ORG", "vn.org.politburo"),
    ("แนวร่วมปิตุภูมิเวียดนาม", "ORG", "vn.org.vff"),
    ("ฮานอย", "LOC", "vn.loc.ha_noi"),
    ("บั๊กกั่น", "LOC", "vn.loc.bac_kan"),
    ("สภาประชาชนเมือง", "ORG", "vn.org.city_peoples_council"),
    ("กฎหมายประชาธิปไตยในระดับรากหญ้า", "LAW", "vn.law.grassroots_democracy"),
    ("QCDC", "LAW", "vn.law.grassroots_democracy"),
    ("มติ 88-QD/TU", "LAW", "code.88-QD/TU"),
])
def test_thai_rules_and_gazetteer(th_ents, text, label, entity_id):
    rows = _rows(th_ents, text)
    assert len(rows) == 1, th_ents[["text", "label", "source"]]
    assert (rows.iloc[0]["label"], rows.iloc[0]["entity_id"]) == (label, entity_id)
    assert (rows["lang"] == "th").all()


def test_gazetteer_links_english_and_thai_to_the_same_ids(en_ents, th_ents):
    shared = set(en_ents["entity_id"].dropna()) & set(th_ents["entity_id"].dropna())
    assert {"vn.org.politburo", "vn.org.vff", "vn.loc.ha_noi", "vn.loc.bac_kan",
            "vn.org.city_peoples_council", "vn.law.grassroots_democracy",
            "code.88-QD/TU"} <= shared
    en_can = dict(zip(en_ents["entity_id"], en_ents["canonical"]))
    th_can = dict(zip(th_ents["entity_id"], th_ents["canonical"]))
    assert all(en_can[i] == th_can[i] for i in shared)


@pytest.mark.parametrize("fixture", ["en_ents", "th_ents"])
def test_offsets_slice_back_to_mention_text(request, fixture):
    ents = request.getfixturevalue(fixture)
    text = EN_TEXT if fixture == "en_ents" else TH_TEXT
    assert len(ents) > 5
    for row in ents.itertuples(index=False):
        assert text[row.start_char:row.end_char] == row.text


def test_offsets_point_into_decomposed_text():
    text = unicodedata.normalize("NFD", "The delegation flew from Hà Nội to Đà Nẵng.")
    ents = entities_table(text, lang="en")
    linked = ents.dropna(subset=["entity_id"])
    assert set(linked["entity_id"]) == {"vn.loc.ha_noi", "vn.loc.da_nang"}
    for row in linked.itertuples(index=False):
        assert text[row.start_char:row.end_char] == row.text


def test_analysis_entities_matches_entities_table(en_analysis, en_ents):
    pd.testing.assert_frame_equal(en_analysis.entities, en_ents)


def test_thai_model_is_skipped_with_a_warning_or_used(th_analysis):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        ents = entities_table(th_analysis)
    if THAI_MODEL.exists():
        assert "model" in set(ents["source"].astype(str))
        assert ents.loc[ents["source"] == "model", "score"].between(0, 1).all()
    else:
        assert any("[W050]" in str(w.message) for w in caught)


def test_short_thai_variant_needs_word_edges():
    text = "เขาเว้นระยะห่างก่อนเดินทางไปเว้ด้วยรถไฟ"
    hits = [text[h.start:h.end] for h in find(text)]
    assert hits.count("เว้") == 1


@pytest.mark.parametrize("text,expected", [
    ("the hue of the sky", []),
    ("a visit to Hue by train", ["vn.loc.hue"]),
    ("THE VFF and the vff", ["vn.org.vff"]),
])
def test_single_word_latin_variants_respect_case(text, expected):
    assert [h.entry.entity_id for h in find(text)] == expected


def test_rules_do_not_make_people_of_places():
    spans = {("Tran Phu", r.label) for r in find_rules("They met in Tran Phu commune.")
             if r.label in ("PERSON", "LOC")}
    assert spans == {("Tran Phu", "LOC")}


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([
    "Hà Nội", "Politburo", "ฮานอย", "โปลิตบูโร", "Decision 5-QD/TW", " ", "\n", "ก",
    "Nguyễn Văn An", "Mr. ", "ประธาน", "เว้", "mass", "Skilled Mass Mobilization", ",",
    "มติ 9-KL/TU", "x"]), max_size=12))
def test_rule_and_gazetteer_spans_are_inside_text(parts):
    text = unicodedata.normalize("NFC", "".join(parts))
    spans = [(h.start, h.end) for h in find(text)] + [(r.start, r.end) for r in find_rules(text)]
    for s, e in spans:
        assert 0 <= s < e <= len(text)
        assert text[s:e] == text[s:e].strip()


def test_fold_keeps_length_and_strips_vietnamese_marks():
    text = "Quảng Ngãi, Đắk Lắk – People’s"
    assert len(fold(text)) == len(text)
    assert fold(text) == "Quang Ngai, Dak Lak - People's"


def test_gazetteer_is_consistent():
    entries = load_gazetteer()
    ids = [e.entity_id for e in entries]
    assert len(ids) == len(set(ids))
    assert {e.label for e in entries} <= set(LABELS) | {"TITLE"}
    owners: dict[str, set[str]] = {}
    for e in entries:
        for v in (e.canonical, *e.en_variants, *e.vi_variants):
            owners.setdefault(fold(v).casefold(), set()).add(e.entity_id)
        for v in e.th_variants:
            owners.setdefault(v, set()).add(e.entity_id)
    assert {v: ids for v, ids in owners.items() if len(ids) > 1} == {}
    provinces = {"ha_noi", "ho_chi_minh_city", "hai_phong", "da_nang", "can_tho",
                 "an_giang", "ba_ria_vung_tau", "bac_giang", "bac_kan", "bac_lieu",
                 "bac_ninh", "ben_tre", "binh_dinh", "binh_duong", "binh_phuoc",
                 "binh_thuan", "ca_mau", "cao_bang", "dak_lak", "dak_nong", "dien_bien",
                 "dong_nai", "dong_thap", "gia_lai", "ha_giang", "ha_nam", "ha_tinh",
                 "hai_duong", "hau_giang", "hoa_binh", "hung_yen", "khanh_hoa",
                 "kien_giang", "kon_tum", "lai_chau", "lam_dong", "lang_son", "lao_cai",
                 "long_an", "nam_dinh", "nghe_an", "ninh_binh", "ninh_thuan", "phu_tho",
                 "phu_yen", "quang_binh", "quang_nam", "quang_ngai", "quang_ninh",
                 "quang_tri", "soc_trang", "son_la", "tay_ninh", "thai_binh",
                 "thai_nguyen", "thanh_hoa", "thua_thien_hue", "tien_giang", "tra_vinh",
                 "tuyen_quang", "vinh_long", "vinh_phuc", "yen_bai"}
    assert len(provinces) == 63
    assert {"vn.loc." + p for p in provinces} <= set(ids)


def test_match_entities_by_id_code_and_name():
    src = tables.make_frame("entities", [
        {"text": "Politburo", "label": "ORG", "entity_id": "vn.org.politburo"},
        {"text": "Decision 41-QD/TW", "label": "LAW"},
        {"text": "Nguyen Hoai Anh", "label": "PERSON"},
    ])
    tgt = tables.make_frame("entities", [
        {"text": "โปลิตบูโร", "label": "ORG", "entity_id": "vn.org.politburo"},
        {"text": "มติ 41-QĐ/TW", "label": "LAW"},
        {"text": "เหงียน ฮว่าย อันห์", "label": "PERSON"},
        {"text": "สภาประชาชนเมือง", "label": "PERSON"},
    ])
    pairs = match_entities(src, tgt)
    got = {(r.src_row, r.tgt_row, r.method) for r in pairs.itertuples(index=False)}
    assert got == {(0, 0, "entity_id"), (1, 1, "code"), (2, 2, "name")}
    assert pairs["score"].between(0, 1).all()
    new_src, new_tgt = link_entities(src, tgt)
    assert new_src.loc[2, "entity_id"] == new_tgt.loc[2, "entity_id"] == "xl.nguyen_hoai_anh"
    assert new_tgt.loc[2, "canonical"] == "Nguyen Hoai Anh"
    assert pd.isna(src.loc[2, "entity_id"])  # inputs untouched


def test_match_entities_rejects_non_tables():
    with pytest.raises(TypeError, match=r"\[E050\]"):
        match_entities("Politburo", tables.empty_frame("entities"))
    with pytest.raises(ValueError, match=r"\[E050\]"):
        match_entities(pd.DataFrame({"x": [1]}), tables.empty_frame("entities"))


@pytest.mark.parametrize("a,b,low", [
    ("Hanoi", "ฮานอย", 0.9), ("Politburo", "โปลิตบูโร", 0.9),
    ("Nguyễn Hoài Anh", "Nguyen Hoai Anh", 0.99),
])
def test_name_similarity_across_scripts(a, b, low):
    assert name_similarity(a, b) >= low
    assert name_similarity("Hanoi", "สภาประชาชนเมือง") < 0.4


def test_seed_pair_links_most_english_ids_to_thai():
    if not SHARED.exists():
        pytest.skip("../shared is not available")
    from massmob_nlp import read_documents

    docs = {d.doc_id[:3]: d for d in read_documents(SHARED)}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        en, th = entities_table(docs["000"]), entities_table(docs["003"])
    en_ids = set(en["entity_id"].dropna())
    th_ids = set(th["entity_id"].dropna())
    must = {"vn.org.vff", "vn.org.politburo", "vn.org.city_peoples_council",
            "vn.law.grassroots_democracy", "code.217-QD/TW", "vn.org.city_party_committee",
            "vn.campaign.skilled_mass_mobilization", "vn.org.central_committee",
            "vn.org.hanoi_party_committee", "vn.org.mass_mobilization_commission"}
    assert must <= en_ids & th_ids
    assert len(en_ids & th_ids) / len(en_ids) >= 0.85


# ------------------------------------------------ Vietnamese names across scripts

def _name_eval():
    import sys
    bench = str(Path(__file__).resolve().parents[2] / "benchmarks")
    if bench not in sys.path:
        sys.path.insert(0, bench)
    import name_match_eval
    return name_match_eval


@pytest.mark.parametrize("latin,thai", [
    ("Nguyen Hoai Anh", "เหงียน ฮว่าย อันห์"), ("Nguyen Hoai Anh", "เหงียน หว่าย อัญ"),
    ("Pham Minh Chinh", "ฝ่าม มิญ จิ๋ญ"), ("Pham Minh Chinh", "ฟาม มินห์ ชินห์"),
    ("Tran Thanh Man", "เจิ่น แทง หมั่น"), ("Tran Thanh Man", "ตรัน ทัญ มาน"),
    ("Hoang Trung Hai", "ฮหว่าง จุง ไห่"), ("Bac Ninh", "บั๊กนิญ"),
    ("Dien Bien Phu", "เดียนเบียนฟู"), ("Nguyễn Xuân Phúc", "เหงียน ซวน ฟุ๊ก"),
    ("Anh Nguyen Hoai", "เหงียน ฮว่าย อันห์"),  # order-insensitive
    ("Nguyen Hoai Anh", "นายเหงียน ฮว่าย อันห์"),  # a title before the Thai name
])
def test_name_similarity_vietnamese_names(latin, thai):
    assert name_similarity(latin, thai) >= 0.9
    assert name_similarity(thai, latin) == name_similarity(latin, thai)


@pytest.mark.parametrize("latin,thai", [
    ("Nguyen Van An", "เหงียน วัน ลาน"), ("Le Van Hung", "เล วัน ดุง"),
    ("Nguyen Tan Dung", "เหงียน เติ๋น ซาง"), ("Dang Thi Hoa", "ดั่ง ถิ ฮั่ง"),
    ("Quang Nam", "กว๋างนิญ"), ("Nguyen", "เหงียน ฟู้ จ่อง"),
    ("Nguyen Hoai Anh", "สภาประชาชนเมือง"),
])
def test_name_similarity_vietnamese_near_misses_stay_below_threshold(latin, thai):
    from massmob_nlp.entities import MIN_MATCH_SCORE
    assert 0.0 <= name_similarity(latin, thai) < MIN_MATCH_SCORE


def test_name_similarity_unknown_thai_spelling_uses_skeletons():
    from massmob_nlp.entities import names as _names
    # "ถ่อ" is not in the table: consonant skeleton th vs ph differs -> one bad syllable
    assert not all(known for _, known in _names.thai_syllables("โห่ ดึ๊ก ถ่อ"))
    assert name_similarity("Ho Duc Phoc", "โห่ ดึ๊ก ถ่อ") < 0.6
    assert _names.syllable_score("phoc", "ฟอก", False) >= 0.6
    assert _names.thai_syllables("บั๊กนิญ") == (("บัก", True), ("นิญ", True))


def test_syllable_table_is_wellformed():
    import re

    from massmob_nlp.entities import names as _names
    THAI_RE = re.compile(r"[\u0e00-\u0e7f]+")
    table = _names.syllable_table()
    assert len(table) > 300
    for key, latins in table.items():
        assert key == _names.thai_key(key) and THAI_RE.fullmatch(key)
        assert all(_names.latin_syllables(s) == [s] for s in latins)


def test_name_match_eval_precision_recall():
    ev = _name_eval()
    assert len(ev.positives()) >= 160 and len(ev.negatives()) >= 80
    res = ev.evaluate(name_similarity)
    assert res["P"] >= 0.98 and res["R"] >= 0.98
    base = ev.evaluate(ev.baseline_similarity)
    assert res["F1"] > base["F1"]


def test_generic_thai_admin_nouns_are_not_entities():
    table = entities_table("การดำเนินการครอบคลุมทั้ง 200 ตำบล แขวง และเมือง ของจังหวัด")
    assert not set(table["text"]) & {"ตำบล", "แขวง", "เมือง"}
