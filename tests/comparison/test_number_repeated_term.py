"""A number inside a term the article uses again (``the Route 9 bus``), joined there,
is no loss where a translated sentence shortens a long name holding it; a name used
once, or a sentence left out, still loses it. Sentences written for these tests."""

from number_problems import number_problems

EN = ("Commuters in Khon Kaen say the Route 9 bus is always late.\n\n"
      "The Route 9 Bus Night Service pilot carried 8,200 passengers in March.\n\n"
      "Ridership on the Route 9 bus rose 14% last year.")
TH = ("ผู้โดยสารในขอนแก่นบอกว่ารถเมล์สาย 9 มาสายเสมอ\n\n"
      "โครงการนำร่องรถเมล์กลางคืนขนผู้โดยสาร 8,200 คนในเดือนมีนาคม\n\n"
      "จำนวนผู้โดยสารรถเมล์สาย 9 เพิ่มขึ้นร้อยละ 14 เมื่อปีที่แล้ว")


def _problems(en, th):
    return [p[:3] for p in number_problems(en, th, embeddings=False)]


def test_a_term_kept_elsewhere_is_no_loss_in_a_shortened_name():
    assert _problems(EN, TH) == []


def test_a_number_of_a_name_used_once_is_still_missing():
    en = EN.replace("the Route 9 bus is", "the bus is").replace("the Route 9 bus rose",
                                                                 "the bus rose")
    th = TH.replace("รถเมล์สาย 9 มา", "รถเมล์มา").replace("รถเมล์สาย 9 เพิ่ม", "รถเมล์เพิ่ม")
    assert _problems(en, th) == [("missing", "9", "")]


def test_a_dropped_sentence_loses_its_term_too():
    th = TH.split("\n\n")
    got = _problems(EN, "\n\n".join([th[0], th[2]]))
    assert ("missing", "8,200", "") in got and ("missing", "9", "") in got


def test_a_rank_in_a_repeated_name_is_still_missing():
    en = ("The 15th Party Congress opens in Hanoi on Monday.\n\n"
          "Delegates to the 15th Party Congress will elect 200 members.")
    th = ("การประชุมสมัชชาพรรคเปิดที่ฮานอยในวันจันทร์\n\n"
          "ผู้แทนในการประชุมสมัชชาพรรคครั้งที่ 15 จะเลือกสมาชิก 200 คน")
    assert _problems(en, th) == [("missing", "15th", "")]
