"""Document codes link across languages whatever digits and letters they are written in."""

import pytest

from massmob_nlp import compare, entities_table
from massmob_nlp._text import normalize_code

EN = "The committee carried out Regulation 305-QD/TU on grassroots dialogue in 4 wards."
TH = "คณะกรรมการได้ดำเนินการตามระเบียบ ๓๐๕-QĐ/TU ว่าด้วยการเสวนาระดับรากหญ้าใน 4 แขวง"


@pytest.mark.parametrize("raw", ["๓๐๕-QĐ/TU", "305-QD/TU", "305 – QĐ/TU", "๓๐๕-qd/tu"])
def test_code_key_normalizes_thai_digits(raw):
    assert normalize_code(raw) == "305-QD/TU"


def test_thai_digit_code_gets_the_arabic_entity_id():
    ents = entities_table(TH, lang="th")
    assert "code.305-QD/TU" in set(ents["entity_id"].dropna())


def test_code_list_with_thai_digits_shares_the_suffix():
    ents = entities_table("ตามมติ ๓๐๕, ๓๐๖-QĐ/TU ของจังหวัด", lang="th")
    assert "code.305-QD/TU+306-QD/TU" in set(ents["entity_id"].dropna())


def test_thai_digit_code_is_not_missing_and_added():
    ents = compare(EN, TH).entities
    code = ents[ents["entity_id"].fillna("").str.contains("305-QD/TU", regex=False)]
    assert len(code) and set(code["status"].astype(str)) == {"matched"}
