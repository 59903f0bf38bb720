"""A year one side writes where the other says "next year", "this year" or "last year"
is the page's own year moved by those words: no year added or lost. Texts written for
these tests."""

import pytest

from number_problems import number_problems

EN = """Da Nang targets faster growth

Published: 02/12/2026 10:15

Da Nang aims for growth of 10.5% {when}, the city's chairman told a meeting on Tuesday.

Tourist arrivals rose 18% in the first eleven months, the city's statistics office said."""

TH = """ดานังตั้งเป้าเศรษฐกิจโตเร็วขึ้น

เผยแพร่: 02/12/2026 10:15

ประธานเมืองดานังกล่าวในที่ประชุมเมื่อวันอังคารว่าเมืองตั้งเป้าการเติบโตร้อยละ 10.5 ในปี {year}

จำนวนนักท่องเที่ยวในช่วง 11 เดือนแรกเพิ่มขึ้นร้อยละ 18 ตามข้อมูลของสำนักงานสถิติเมือง"""


def _problems(en, th):
    return [p[:3] for p in number_problems(en, th, embeddings=False)]


@pytest.mark.parametrize("when,year", [("next year", "2570"), ("this year", "2569"),
                                       ("last year", "2568")])
def test_a_relative_year_written_as_the_year_is_no_added_year(when, year):
    assert _problems(EN.format(when=when), TH.format(year=year)) == []


@pytest.mark.parametrize("when,year", [("next year", "2571"), ("last year", "2569")])
def test_another_year_is_still_added(when, year):
    assert _problems(EN.format(when=when), TH.format(year=year)) == [("added", "", year)]
