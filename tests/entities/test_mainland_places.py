"""Cambodian, Lao and Myanmar places Thai writes in its own conventional forms
(พระตะบอง for ``Battambang``, สีหนุวิลล์ for ``Sihanoukville``) are world-table names."""

from __future__ import annotations

from massmob_nlp.entities import name_similarity


def test_conventional_thai_forms_of_mainland_places() -> None:
    assert name_similarity("Battambang", "จังหวัดพระตะบอง") == 1.0
    assert name_similarity("Sihanoukville", "สีหนุวิลล์") == 1.0
    assert name_similarity("Khammouane", "แขวงคำม่วน") == 1.0
    assert name_similarity("Battambang", "เสียมราฐ") < 0.6
