"""Times a Thai desk gives in Thai time: an English time in a named foreign zone written
as an unmarked Thai time, a list of Thai-time glosses after the times it converts, the
rest of a live blog converted like its one zoned time, and a Thai stamp in Thai time.
Sentences written for these tests."""

from number_problems import number_problems


def _problems(en: str, th: str) -> list[tuple[str, ...]]:
    return [p[:3] for p in number_problems(en, th, embeddings=False)]


def test_a_gmt_time_written_as_unmarked_thai_time_is_kept():
    en = "Brent crude rose 1.2% to $81.40 a barrel by 0845 GMT."
    th = "ราคาน้ำมันดิบเบรนท์เพิ่มขึ้นร้อยละ 1.2 มาอยู่ที่ 81.40 ดอลลาร์ต่อบาร์เรล ณ เวลา 15.45 น."
    assert _problems(en, th) == []


def test_a_gmt_time_moved_otherwise_is_a_change():
    en = "Brent crude rose 1.2% to $81.40 a barrel by 0845 GMT."
    th = "ราคาน้ำมันดิบเบรนท์เพิ่มขึ้นร้อยละ 1.2 มาอยู่ที่ 81.40 ดอลลาร์ต่อบาร์เรล ณ เวลา 16.45 น."
    assert _problems(en, th) == [("mismatch", "0845", "16.45 น.")]


def test_a_list_of_thai_time_glosses_restates_the_times_before_it():
    en = ("Voters can check the results at the town hall from 9am, or online from "
          "3pm.")
    th = ("ผู้มีสิทธิ์เลือกตั้งตรวจสอบผลได้ที่ศาลากลางตั้งแต่เวลา 09.00 น. หรือทางออนไลน์"
          "ตั้งแต่เวลา 15.00 น. (ตรงกับ 08.00 น. และ 14.00 น. ตามเวลาประเทศไทย)")
    assert _problems(en, th) == []


def test_a_gloss_list_moved_by_two_shifts_is_not_a_gloss():
    en = ("Voters can check the results at the town hall from 9am, or online from "
          "3pm.")
    th = ("ผู้มีสิทธิ์เลือกตั้งตรวจสอบผลได้ที่ศาลากลางตั้งแต่เวลา 09.00 น. หรือทางออนไลน์"
          "ตั้งแต่เวลา 15.00 น. (ตรงกับ 08.00 น. และ 12.00 น. ตามเวลาประเทศไทย)")
    assert [p[0] for p in _problems(en, th)] == ["added", "added"]


def test_the_other_times_of_a_converted_live_blog_are_converted_too():
    en = ("The typhoon made landfall at 4.10pm Hong Kong time near Zhuhai.\n\n"
          "Ferries between the two cities will restart at 8.30pm, the operator said.")
    th = ("ไต้ฝุ่นขึ้นฝั่งเมื่อเวลา 15.10 น. ตามเวลาประเทศไทยใกล้เมืองจูไห่\n\n"
          "ผู้ให้บริการระบุว่าเรือเฟอร์รีระหว่างสองเมืองจะกลับมาเดินเรือเวลา 19.30 น.")
    assert _problems(en, th) == []


def test_without_a_zoned_time_an_hour_earlier_is_a_change():
    en = ("The typhoon made landfall near Zhuhai on Sunday.\n\n"
          "Ferries between the two cities will restart at 8.30pm, the operator said.")
    th = ("ไต้ฝุ่นขึ้นฝั่งใกล้เมืองจูไห่เมื่อวันอาทิตย์\n\n"
          "ผู้ให้บริการระบุว่าเรือเฟอร์รีระหว่างสองเมืองจะกลับมาเดินเรือเวลา 19.30 น.")
    assert _problems(en, th) == [("mismatch", "8.30pm", "19.30 น.")]


def test_a_gmt_time_in_another_sentence_of_its_paragraph_is_kept():
    # the Thai opens with the time, and its sentences split otherwise than the English's
    en = "Gold slipped 0.4% to $2,310 an ounce by 0730 GMT, dealers said."
    th = ("ณ เวลา 14.30 น. ตามเวลาประเทศไทย ราคาทองคำลดลงร้อยละ 0.4 มาอยู่ที่ 2,310 "
          "ดอลลาร์ต่อออนซ์ ตามที่ผู้ค้าระบุ")
    assert _problems(en, th) == []
    assert _problems(en, th.replace("14.30", "15.30")) == [("mismatch", "0730", "15.30 น.")]
