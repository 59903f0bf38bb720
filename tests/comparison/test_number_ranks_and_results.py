"""Ranks, results and goals a translator moves or writes otherwise: a superlative rank
moved into the Thai lead beside a half of another rank, a multiple that is no rank, a
result written loser first in another sentence of the paragraph, a goal's order the
English counts. Sentences written for these tests."""

from number_problems import number_problems


def _problems(en, th):
    return [p[:3] for p in number_problems(en, th, embeddings=False)]


def test_a_superlative_rank_moved_to_the_lead_beside_a_second_half():
    en = ("Tenma Foods raised its annual profit forecast by 12% on Friday, citing strong "
          "noodle exports.\n\n"
          "Net profit for the year is now seen at 41 billion yen, up from 36 billion yen.\n\n"
          "Revenue is expected to reach 610 billion yen, the company said.\n\n"
          "The company expects export sales to grow 20% in the second half.\n\n"
          "The Osaka-based company, Japan's second-largest maker of instant noodles, opened "
          "a plant in Vietnam in March.")
    th = ("เทนมะ ฟู้ดส์ ผู้ผลิตบะหมี่กึ่งสำเร็จรูปรายใหญ่อันดับ 2 ของญี่ปุ่น ปรับเพิ่มคาดการณ์"
          "กำไรทั้งปีขึ้น 12% เมื่อวันศุกร์ จากการส่งออกบะหมี่ที่แข็งแกร่ง\n\n"
          "ปัจจุบันคาดว่ากำไรสุทธิทั้งปีจะอยู่ที่ 41,000 ล้านเยน เพิ่มจาก 36,000 ล้านเยน\n\n"
          "บริษัทระบุว่าคาดว่ารายได้จะแตะ 610,000 ล้านเยน\n\n"
          "บริษัทคาดว่ายอดขายส่งออกจะเติบโต 20% ในครึ่งปีหลัง\n\n"
          "บริษัทซึ่งมีสำนักงานใหญ่ในโอซากาเปิดโรงงานในเวียดนามเมื่อเดือนมีนาคม")
    assert _problems(en, th) == []


def test_a_multiple_is_no_rank():
    """"double" of a dropped deck is no partner of the rank the Thai lead gives."""
    en = ("Kansai Semicon lifts profit outlook 15%\n\n"
          "Orders nearly double as data centres expand\n\n"
          "KYOTO -- Kansai Semicon on Monday raised its full-year profit forecast by 15% to "
          "90 billion yen.\n\n"
          "Revenue is now expected to reach 700 billion yen, the company said.\n\n"
          "Its shares rose 3.1% in Tokyo.\n\n"
          "The company, the country's second-largest chip maker, plans a new plant in 2028.")
    th = ("คันไซ เซมิคอน ปรับเป้ากำไรเพิ่ม 15%\n\n"
          "คันไซ เซมิคอน ผู้ผลิตชิปรายใหญ่อันดับ 2 ของประเทศ ซึ่งมีสำนักงานใหญ่ที่เกียวโต "
          "ประกาศเมื่อวันจันทร์ปรับเพิ่มคาดการณ์กำไรทั้งปีขึ้น 15% เป็น 90,000 ล้านเยน\n\n"
          "บริษัทระบุว่าคาดว่ารายได้จะแตะ 700,000 ล้านเยน\n\n"
          "ราคาหุ้นของบริษัทปรับขึ้น 3.1% ในตลาดโตเกียว\n\n"
          "บริษัทมีแผนสร้างโรงงานแห่งใหม่ในปี 2028")
    problems = _problems(en, th)
    assert ("missing", "second", "") not in problems
    assert ("missing", "double", "") in problems  # the deck the translator dropped


def test_a_result_written_loser_first_in_the_next_sentence():
    en = ("City had most of the ball. Their coach, whose side lost 3-1 at Leeds on "
          "Sunday, said the team was tired.")
    th = ("ซิตี้ครองบอลได้มากกว่า โค้ชซึ่งทีมเพิ่งพ่ายลีดส์ 1-3 เมื่อวันอาทิตย์ "
          "กล่าวว่าลูกทีมเหนื่อยล้า")
    assert _problems(en, th) == []


def test_a_goals_order_the_english_counts():
    en = ("Okafor scored twice as United won at home.\n\n"
          "He added another from close range eight minutes later.")
    th = ("โอคาฟอร์ยิงคนเดียว 2 ประตู ช่วยให้ยูไนเต็ดชนะในบ้าน\n\n"
          "เขายิงประตูที่สองของตัวเองจากระยะประชิดอีก 8 นาทีต่อมา")
    assert _problems(en, th) == []


def test_a_goals_order_beyond_the_count_is_added():
    en = ("Okafor scored twice as United won at home.\n\n"
          "He added another from close range eight minutes later.")
    th = ("โอคาฟอร์ยิงคนเดียว 2 ประตู ช่วยให้ยูไนเต็ดชนะในบ้าน\n\n"
          "เขายิงประตูที่สามของตัวเองจากระยะประชิดอีก 8 นาทีต่อมา")
    assert ("added", "", "ที่สาม") in _problems(en, th)
