"""A schedule whose Thai side gives every time in Thai time after one note at the top
(``เวลาทั้งหมดเป็นเวลาประเทศไทย``), the English in GMT or the place's own time: the
times moved by the zone's whole hours are kept; one time moved otherwise is one time
changed. Sentences written for these tests."""

import pytest
from number_problems import number_problems

EN = """Ferry timetable for the holiday weekend

All departure times are GMT.

Friday
08.15 Harbour Quay to North Island
11.45 North Island to Harbour Quay
16.20 Harbour Quay to Lighthouse Point

The last boat leaves at 16.20."""

TH_NOTE = "หมายเหตุ: เวลาทั้งหมดด้านล่างเป็นเวลาประเทศไทย"


def _th(times: tuple[str, str, str]) -> str:
    a, b, c = times
    return f"""ตารางเรือเฟอร์รี่ช่วงวันหยุดยาว

{TH_NOTE}

วันศุกร์
{a} น. ท่าเรือฮาร์เบอร์ - เกาะเหนือ
{b} น. เกาะเหนือ - ท่าเรือฮาร์เบอร์
{c} น. ท่าเรือฮาร์เบอร์ - แหลมประภาคาร

เรือเที่ยวสุดท้ายออกเวลา 23.20 น."""


def _problems(en: str, th: str) -> list[tuple[str, ...]]:
    return [p[:3] for p in number_problems(en, th, embeddings=False)]


def test_a_list_converted_to_thai_time_is_kept():
    assert _problems(EN, _th(("15.15", "18.45", "23.20"))) == []


def test_one_time_moved_otherwise_than_the_list_is_a_change():
    assert _problems(EN, _th(("15.15", "19.45", "23.20"))) == [
        ("mismatch", "11.45", "19.45 น.")]


@pytest.mark.parametrize("note", ["All departure times are GMT.", ""])
def test_without_a_thai_note_the_times_are_changes(note):
    en = EN.replace("All departure times are GMT.", note)
    th = _th(("15.15", "18.45", "23.20")).replace(TH_NOTE, "")
    assert len(_problems(en, th)) >= 3


def test_with_no_english_zone_the_shift_most_of_the_list_shares_is_the_zone():
    en = EN.replace("All departure times are GMT.", "Times are those of the port.")
    assert _problems(en, _th(("15.15", "18.45", "22.20"))) == [
        ("mismatch", "16.20", "22.20 น.")]


def test_a_thai_time_said_again_in_thai_time_is_the_instant_of_an_english_time():
    en = ("All sailing times are GMT.\n\nFriday\n20.00 Harbour Quay to North Island\n\n"
          "The night crossing is the busiest of the week.")
    th = ("วันศุกร์\n03.00 น. ท่าเรือฮาร์เบอร์ - เกาะเหนือ\n\n"
          "เที่ยวกลางคืน (ตีสามของเช้าวันเสาร์ตามเวลาประเทศไทย) มีผู้โดยสารมากที่สุดในสัปดาห์")
    assert ("added", "", "ตีสาม") not in _problems(en, th)


FIXTURES_EN = """Regional netball cup: group B fixtures

Fri, Mar 6: Malaysia v Laos, Axiata Arena, 8pm
Sat, Mar 7: Singapore v Cambodia, OCBC Arena, 7.30pm
Sun, Mar 8: Myanmar v Malaysia, Wunna Theikdi Stadium, 5.30pm
Mon, Mar 9: Singapore v Laos, OCBC Arena, 6pm"""


def _fixtures_th(third: str) -> str:
    return f"""ศึกเน็ตบอลชิงแชมป์ภูมิภาค โปรแกรมกลุ่มบี

(เวลาทั้งหมดเป็นเวลาประเทศไทย)

ศุกร์ 6 มี.ค.: มาเลเซีย พบ ลาว อาเซียตา อารีนา 19.00 น.
เสาร์ 7 มี.ค.: สิงคโปร์ พบ กัมพูชา โอซีบีซี อารีนา 18.30 น.
อาทิตย์ 8 มี.ค.: เมียนมา พบ มาเลเซีย สนามวุนนะ เตคดี {third} น.
จันทร์ 9 มี.ค.: สิงคโปร์ พบ ลาว โอซีบีซี อารีนา 17.00 น."""


def test_a_fixture_in_another_zone_than_the_rest_is_converted_from_its_own():
    # Myanmar is half an hour behind Thailand, the rest of the list an hour ahead
    assert _problems(FIXTURES_EN, _fixtures_th("18.00")) == []
    assert _problems(FIXTURES_EN, _fixtures_th("19.30")) == [
        ("mismatch", "5.30pm", "19.30 น.")]
