"""Legal documents are named by their number or code and pair by it only: a
Vietnamese code with the National Assembly's term (``Resolution 88/2024/QH15``) is read
whole on both sides, a number/year law of the Philippine or Indonesian press (``Law
No. 12/2005``, ``Republic Act No. 9003``) is one LAW with its number, and a document
whose number the translation changed is never a match (the Thai กฤษฎีกา is the word of
every decree). All examples are invented for these tests."""

from __future__ import annotations

import massmob_nlp as mm
from massmob_nlp.entities.rules import find_rules, law_codes


def _laws(text: str) -> list[tuple[str, str | None]]:
    return [(text[r.start:r.end], r.entity_id) for r in find_rules(text) if r.label == "LAW"]


def test_codes_with_the_assembly_term_are_read_whole() -> None:
    assert _laws("Resolution 88/2024/QH15 takes effect in July.") == [
        ("Resolution 88/2024/QH15", "code.88/2024/QH15")]
    assert _laws("มติที่ 88/2024/QH15 มีผลบังคับใช้ในเดือนกรกฎาคม") == [
        ("มติที่ 88/2024/QH15", "code.88/2024/QH15")]
    assert law_codes("Resolution 1020/NQ-UBTVQH15 and letter 455/TTg-KTTH") == {
        "1020/NQ-UBTVQH15", "455/TTG-KTTH"}
    assert law_codes("Decree 115/2023/ND-CP") == {"115/2023/ND-CP"}


def test_number_and_year_laws_keep_their_number() -> None:
    assert _laws("under Law No. 12/2005 on waste and Republic Act No. 9003") == [
        ("Law No. 12/2005", None), ("Republic Act No. 9003", None)]
    assert _laws("ตามกฎหมายเลขที่ 12/2005 และรัฐบัญญัติเลขที่ 9003") == [
        ("กฎหมายเลขที่ 12/2005", None), ("รัฐบัญญัติเลขที่ 9003", None)]


EN = """Hanoi tightens rules on river sand

The government issued Decree 115/2023/ND-CP on Monday to tighten river sand mining.

Resolution 88/2024/QH15 of the National Assembly sets the quotas for each province."""

TH = """ฮานอยคุมเข้มการดูดทรายแม่น้ำ

รัฐบาลออกกฤษฎีกาที่ 151/2023/ND-CP เมื่อวันจันทร์ เพื่อคุมเข้มการดูดทรายในแม่น้ำ

มติที่ 88/2024/QH15 ของสภาแห่งชาติกำหนดโควตาของแต่ละจังหวัด"""


def test_a_changed_document_number_is_no_match() -> None:
    ents = mm.compare(EN, TH).entities
    laws = ents[ents["label"] == "LAW"]
    rows = {(str(s), str(a)): (str(st), str(n)) for s, a, st, n in zip(
        laws["src_text"], laws["tgt_text"], laws["status"], laws["note"])}
    assert rows[("Resolution 88/2024/QH15", "มติที่ 88/2024/QH15")][0] == "matched"
    missing = rows[("Decree 115/2023/ND-CP", "<NA>")]
    added = rows[("<NA>", "กฤษฎีกาที่ 151/2023/ND-CP")]
    assert missing[0] == "missing" and added[0] == "added"
    assert "number changed" in missing[1] and "number changed" in added[1]
