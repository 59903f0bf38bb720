"""Companies written by their stock ticker in a Thai market report (entities/tickers.py,
comparison/entity_search.py), a Latin name found only as a whole word, an English
name followed by its own acronym in brackets (comparison/entity_brackets.py) and a
body named after its patron with a possessive (entities/english_spans.py). All names
and sentences are invented for these tests."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

import massmob_nlp as mm
from massmob_nlp.comparison.entity_brackets import _own_acronym
from massmob_nlp.comparison.entity_leftovers import _bracketed_with_paired, _named_in_source_text
from massmob_nlp.entities.english_spans import trim_english_span
from massmob_nlp.entities.tickers import is_ticker
from massmob_nlp.entities.translated import find_translation


@pytest.mark.parametrize("ticker, name", [
    ("BCPG", "Bangchak Clean Power Group"),  # initials with a whole capital word
    ("SCGP", "SCG Packaging"), ("TTB", "TMB Thanachart Bank"),
    ("KTC", "Krung Thai Card"),  # initials
    ("SIRI", "Siri Holdings"),  # the first word whole
    ("TOPBANK", "Toppan Bank"),  # a start, then a word whole
    ("KBANK", "Kasikornbank"),  # a brand with bank glued on
    ("AAV", "Asia Air Ventures")])
def test_a_ticker_abbreviates_its_company(ticker: str, name: str) -> None:
    assert is_ticker(ticker, name)


@pytest.mark.parametrize("ticker, name", [
    ("PTT", "PTTGC"),  # a one-word name: a shorter ticker is another company
    ("SCG", "SCG Packaging"),  # the name writes that word in capitals itself
    ("THE", "The Mall Group"),  # an article, no ticker
    ("BDMS", "Bangkok Dusit Medical"),  # a letter no word starts
    ("Bangkok", "Bangkok Dusit Medical"),  # not in capitals
    ("CPF", "Central Pattana"),  # F starts no word
])
def test_what_is_no_ticker_of_the_company(ticker: str, name: str) -> None:
    assert not is_ticker(ticker, name)


EN = """Bangkok shares edge higher as energy stocks gain

The SET index rose 0.6% on Wednesday. Bangchak Clean Power Group (BCPG) rose 2.4% \
to 8.60 baht and BCP gained 1.1%. Krung Thai Card added 0.9% to 41.25 baht.

Analysts said foreign investors bought a net 820 million baht of shares."""

TH = """หุ้นไทยขยับขึ้น หุ้นพลังงานนำตลาด

ดัชนี SET ปรับขึ้น 0.6% เมื่อวันพุธ หุ้น BCPG บวก 2.4% มาอยู่ที่ 8.60 บาท และ BCP \
บวก 1.1% ส่วน KTC บวก 0.9% ปิดที่ 41.25 บาท

นักวิเคราะห์ระบุว่านักลงทุนต่างชาติซื้อสุทธิ 820 ล้านบาท"""


def test_companies_paired_with_their_tickers_and_a_name_with_its_own_acronym() -> None:
    ents = mm.compare(EN, TH).entities
    pairs = {(str(s), str(t)) for s, t, st in zip(ents["src_text"], ents["tgt_text"],
                                                  ents["status"]) if st == "matched"}
    missing = set(ents.loc[ents["status"] == "missing", "src_text"].astype(str))
    assert ("Krung Thai Card", "KTC") in pairs
    assert ("BCP", "BCP") in pairs  # the Latin name as a whole word, not the BCP of BCPG
    assert ("Bangchak Clean Power Group", "BCPG") in pairs
    assert not missing & {"BCP", "Krung Thai Card", "Bangchak Clean Power Group"}


def _mention(text: str, name: str, start: int = 0) -> dict[str, Any]:
    at = text.index(name, start)
    return {"text": name, "start_char": at, "end_char": at + len(name)}


@pytest.mark.parametrize("name, acronym", [
    ("Thai Oil Refinery", "TOR"), ("Siam Glass Works", "SGW"), ("Nakhon Solar", "NSOLAR")])
def test_a_name_shares_the_partner_of_its_own_acronym(name: str, acronym: str) -> None:
    text = f"Shares of {name} ({acronym}) fell, and {acronym} said it would buy back stock."
    src = [_mention(text, name), _mention(text, acronym)]
    partner = {1: ({"text": acronym}, 1.0)}
    assert _own_acronym(text, src[0], src, partner.get) == ({"text": acronym}, 1.0)


def test_a_bracket_that_abbreviates_something_else_gives_no_partner() -> None:
    text = "Shares of Thai Oil Refinery (BKK) fell."
    src = [_mention(text, "Thai Oil Refinery"), _mention(text, "BKK")]
    assert _own_acronym(text, src[0], src, {1: ({"text": "BKK"}, 1.0)}.get) is None
    text = "Shares of Thai Oil Refinery (TOR) fell."  # the acronym has no partner
    src = [_mention(text, "Thai Oil Refinery"), _mention(text, "TOR")]
    assert _own_acronym(text, src[0], src, {}.get) is None


@pytest.mark.parametrize("text, name", [
    ("Students at Prince Chakri's College of Fine Arts protested.",
     "Prince Chakri's College of Fine Arts"),
    ("She trained at Queen Anna's Hospital for Children in Leeds.",
     "Queen Anna's Hospital for Children")])
def test_a_body_named_with_a_possessive_is_one_name(text: str, name: str) -> None:
    start = text.index(name)
    owner = name.split("'")[0]
    s, e, label = trim_english_span(text, start, start + len(owner), "PERSON")
    assert text[s:e] == name and label == "ORG"


def test_a_person_s_possession_is_no_body() -> None:
    text = "Minister Arun Dee's school plan was dropped."
    start = text.index("Arun Dee")
    s, e, label = trim_english_span(text, start, start + len("Arun Dee"), "PERSON")
    assert (text[s:e], label) == ("Arun Dee", "PERSON")  # lower-case school: no name


@pytest.mark.parametrize("text, first, whole", [
    ("The Department of Forestry and Wildlife Conservation closed two parks.",
     "Department of Forestry", "Department of Forestry and Wildlife Conservation"),
    ("Officials at the Myanmar Institute of Geology and Mining said the mine was shut.",
     "Myanmar Institute of Geology", "Myanmar Institute of Geology and Mining")])
def test_a_body_of_two_fields_is_one_name(text: str, first: str, whole: str) -> None:
    start = text.index(first)
    s, e, _ = trim_english_span(text, start, start + len(first), "ORG")
    assert text[s:e] == whole
    second = whole.split(" and ")[1]
    at = text.index(second)
    s, e, _ = trim_english_span(text, at, at + len(second), "ORG")
    assert s == e  # the second field alone names nothing


@pytest.mark.parametrize("text, first", [
    ("The Ministry of Finance and Bank of Laos agreed on Monday.", "Ministry of Finance"),
    ("The Ministry of Finance and Somchai Wong met on Monday.", "Ministry of Finance"),
    ("The Department of Health and Reuters reported the case.", "Department of Health")])
def test_two_names_joined_by_and_stay_two(text: str, first: str) -> None:
    start = text.index(first)
    s, e, _ = trim_english_span(text, start, start + len(first), "ORG")
    assert text[s:e] == first


EN_AGENCY = """UN children's agency seeks funds for flood schools

GENEVA - The UN children's agency asked donors on Tuesday for $90 million to rebuild \
schools hit by floods. The Bank of Mongolia said on Monday that the economy would \
slow this year."""

TH_AGENCY = """UNICEF ขอเงินสร้างโรงเรียนหลังน้ำท่วม

เจนีวา - UNICEF ขอเงิน 90 ล้านดอลลาร์จากผู้บริจาคเมื่อวันอังคาร เพื่อสร้างโรงเรียน\
ที่ถูกน้ำท่วมขึ้นใหม่ ธนาคารกลางมองโกเลียระบุเมื่อวันจันทร์ว่า เศรษฐกิจ\
จะชะลอตัวในปีนี้"""


def test_a_short_acronym_starts_the_agency_s_own() -> None:
    ents = mm.compare(EN_AGENCY, TH_AGENCY).entities
    pairs = {(str(s), str(t)) for s, t, st in zip(ents["src_text"], ents["tgt_text"],
                                                  ents["status"]) if st == "matched"}
    assert ("UN", "UNICEF") in pairs  # UN children's agency: the Thai writes its acronym


@pytest.mark.parametrize("source, named", [
    ("Voice of the Communist Party of Mongolia | Home | World", True),  # a masthead
    ("The Bank of Mongolia said the economy would slow.", True),  # inside a name
    ("The central bank said the economy would slow.", False),
    ("Mongolians queued for fuel.", False)])  # a longer word is no name of the country
def test_a_country_the_source_writes_only_inside_other_words(source: str,
                                                             named: bool) -> None:
    ctx = SimpleNamespace(src=SimpleNamespace(text=source))
    place = {"text": "มองโกเลีย", "label": "LOC"}
    assert _named_in_source_text(ctx, place) is named  # type: ignore[arg-type]
    assert not _named_in_source_text(ctx, {**place, "label": "ORG"})  # type: ignore


def _thai_mention(text: str, name: str, label: str = "PERSON") -> dict[str, Any]:
    at = text.index(name)
    return {"text": name, "start_char": at, "end_char": at + len(name), "label": label}


@pytest.mark.parametrize("text, title, name", [
    ("คณะผู้แทนนำโดยหม่อมเจ้าสิทธิพร กฤดากร (ท่านชายสิทธิ) เดินทางถึงกรุงโตเกียว",
     "หม่อมเจ้าสิทธิพร กฤดากร", "ท่านชายสิทธิ"),  # the title first, the name in brackets
    ("คณะผู้แทนนำโดยท่านชายสิทธิ (หม่อมเจ้าสิทธิพร กฤดากร) เดินทางถึงกรุงโตเกียว",
     "หม่อมเจ้าสิทธิพร กฤดากร", "ท่านชายสิทธิ")])  # the name first
def test_a_person_written_twice_with_a_bracket_is_no_added_name(text: str, title: str,
                                                                name: str) -> None:
    tgt = [_thai_mention(text, title), _thai_mention(text, name)]
    assert _bracketed_with_paired(text, tgt[0], tgt, {1})
    assert not _bracketed_with_paired(text, tgt[0], tgt, set())  # the other one unpaired
    assert not _bracketed_with_paired(text, {**tgt[0], "label": "ORG"}, tgt, {1})


def test_a_person_beside_another_without_brackets_is_still_added() -> None:
    text = "หม่อมเจ้าสิทธิพร กฤดากร และท่านชายสิทธิ เดินทางถึงกรุงโตเกียว"
    tgt = [_thai_mention(text, "หม่อมเจ้าสิทธิพร กฤดากร"), _thai_mention(text, "ท่านชายสิทธิ")]
    assert not _bracketed_with_paired(text, tgt[0], tgt, {1})


@pytest.mark.parametrize("text, head, place", [
    ("Rain fell hardest in Nakhon Phanom on Friday.", "Nakhon", "Nakhon Phanom"),
    ("Two dams in Chiang Rai, Nan and Phrae overflowed.", "Chiang", "Chiang Rai"),
    ("Ferries to Koh Lipe resumed.", "Koh", "Koh Lipe")])
def test_a_thai_place_head_takes_the_rest_of_the_name(text: str, head: str,
                                                      place: str) -> None:
    start = text.index(head)
    s, e, label = trim_english_span(text, start, start + len(head), "GPE")
    assert (text[s:e], label) == (place, "GPE")


def test_a_place_head_before_a_generic_word_or_a_comma_stays_alone() -> None:
    text = "Officials in Nakhon, the town hall said, and Chiang Province staff agreed."
    for head in ("Nakhon", "Chiang"):
        start = text.index(head)
        s, e, _ = trim_english_span(text, start, start + len(head), "GPE")
        assert text[s:e] == head


@pytest.mark.parametrize("name, thai", [
    ("Nanyang Technological University", "ผลสำรวจระบุว่ามหาวิทยาลัยเทคโนโลยีนันยางขึ้นอันดับ"),
    ("Department of Agricultural Extension", "เกษตรกรต้องลงทะเบียนกับกรมส่งเสริมการเกษตรก่อน"),
    ("Government Lottery Office", "สำนักงานสลากกินแบ่งรัฐบาลประกาศผลรางวัล")])
def test_body_names_rendered_word_by_word(name: str, thai: str) -> None:
    words = mm.tokenize(thai, lang="th")
    edges = sorted({*words["start_char"].astype(int), *words["end_char"].astype(int)})
    found = find_translation(name, thai, (0, len(thai)), edges)
    assert found is not None and found[1] - found[0] >= len(thai) // 3
