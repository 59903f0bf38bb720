"""Two measurements of different dimensions are never one number changed (a speed and
an area, a temperature and a speed). Examples written for these tests."""

from number_problems import number_problems


def test_a_speed_never_pairs_with_an_area():
    en = ("The blaze scorched 1,200 hectares of forest. "
          "Gales of up to 45 km/h pushed the fire towards the valley.")
    th = "ไฟไหม้ป่าไปราว 1,200 เฮกตาร์ (ราว 7,500 ไร่)"
    got = number_problems(en, th)
    assert not any(p[0] == "mismatch" for p in got), got
    assert any(p[0] == "missing" and "45" in p[1] for p in got), got


def test_a_temperature_never_pairs_with_a_speed():
    en = "Winds of 30mph were forecast, and the summit fell to -38C overnight."
    th = "คาดว่าลมจะแรง 30 ไมล์ต่อชั่วโมง (ราว 48 กม./ชม.) และยอดเขาลดลงเหลือ -33 องศาเซลเซียส"
    got = number_problems(en, th, note=True)
    mism = [p for p in got if p[0] == "mismatch"]
    assert len(mism) == 1 and "38" in mism[0][1] and "33" in mism[0][2], got
