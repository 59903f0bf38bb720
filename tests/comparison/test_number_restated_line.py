"""A line of one side that only restates figures its own body gives (a summary box, a
key-figures table, a reworded headline) and that the other side leaves out loses or
adds no number; a line with a new figure, or a small count, is still reported.
Sentences written for these tests."""

from number_problems import number_problems

EN = ("Flood damage in Nan reaches 3.6 billion baht\n\n"
      "Floods in Nan province damaged 12,450 homes and 38,900 rai of rice fields "
      "this month, officials said on Friday.\n\n"
      "The provincial office put the damage at 3.6 billion baht, and said 2,310 "
      "families were still in shelters.\n\n"
      "Roads in four districts remained closed.")
TH = ("น่านเร่งฟื้นฟูหลังน้ำท่วมใหญ่\n\n"
      "เจ้าหน้าที่เปิดเผยเมื่อวันศุกร์ว่า น้ำท่วมในจังหวัดน่านเดือนนี้ทำให้บ้านเรือนเสียหาย "
      "12,450 หลัง และนาข้าว 38,900 ไร่\n\n"
      "สำนักงานจังหวัดประเมินความเสียหาย 3.6 พันล้านบาท และระบุว่ายังมี 2,310 "
      "ครอบครัวอยู่ในศูนย์พักพิง\n\n"
      "ถนนในสี่อำเภอยังปิดอยู่")
BOX = ("\n\nบ้านเรือนเสียหาย | 12,450\n\n"
       "นาข้าวเสียหาย (ไร่) | 38,900\n\n"
       "ครอบครัวในศูนย์พักพิง | 2,310")


def _problems(en: str, th: str) -> list[tuple[str, ...]]:
    return [p[:3] for p in number_problems(en, th, embeddings=False)]


def test_a_headline_figure_given_again_in_the_body_is_no_loss():
    assert _problems(EN, TH) == []


def test_a_headline_figure_behind_a_masthead_is_no_loss():
    en = "NAN DAILY NEWS - English Edition\n\n" + EN
    th = "NAN DAILY NEWS - หนังสือพิมพ์ท้องถิ่นภาคเหนือ\n\n" + TH
    assert _problems(en, th) == []


def test_a_summary_box_of_body_figures_adds_nothing():
    head, rest = TH.split("\n\n", 1)
    th = head + "\n\n" + rest.rsplit("\n\n", 1)[0] + BOX + "\n\n" + rest.rsplit("\n\n", 1)[1]
    assert _problems(EN, th) == []


def test_a_new_figure_in_the_box_is_still_added():
    th = TH + BOX.replace("2,310", "2,870")
    assert ("added", "", "2,870") in _problems(EN, th)


def test_a_box_line_with_a_new_figure_reports_the_repeat_too():
    th = TH + "\n\nบ้านเรือนเสียหาย 12,450 หลัง มูลค่า 1,200 ล้านบาท"
    got = _problems(EN, th)
    assert ("added", "", "1,200 ล้านบาท") in got and ("added", "", "12,450") in got


def test_a_headline_figure_said_nowhere_else_is_still_missing():
    en = EN.replace("3.6 billion baht\n", "4.1 billion baht\n")
    assert _problems(en, TH) == [("missing", "4.1 billion baht", "")]


def test_a_dropped_body_sentence_is_lost_although_its_figure_recurs():
    en = ("The council approved a 250 million baht budget for the new bridge.\n\n"
          "Critics said the 250 million baht would be better spent on schools.")
    th = ("สภาเมืองอนุมัติงบประมาณ 250 ล้านบาทสำหรับสะพานแห่งใหม่\n\n"
          "ฝ่ายค้านยังไม่แสดงความเห็น")
    assert ("missing", "250 million baht", "") in _problems(en, th)
