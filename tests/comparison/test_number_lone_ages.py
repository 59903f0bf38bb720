"""A person's age given in the English where the name comes again ("Ramirez, 61,
who") and in the Thai lead at the first mention (``วัย 61 ปี``) is one age moved, when
it is the only age of that value on each side; a person set off as "one of the report's
authors" is no count. Articles written for these tests."""

from number_problems import number_problems

EN = """Peru swears in new president

Peru's Congress on Monday swore in a new president after a week of protests in the capital.

The vote ended a standoff that had closed schools and roads for days.

Lawmakers voted 87 to 25 in favour of the motion.

Ramirez, 61, who will serve until the 2031 election, promised to restore order."""
TH = """เปรูสาบานตนประธานาธิบดีคนใหม่

รัฐสภาเปรูเมื่อวันจันทร์ให้นายโฆเซ รามิเรซ อดีตผู้พิพากษา วัย 61 ปี สาบานตนเป็นประธานาธิบดี\
คนใหม่ หลังการประท้วงในเมืองหลวงนานหนึ่งสัปดาห์

การลงมติครั้งนี้ยุติความขัดแย้งที่ทำให้โรงเรียนและถนนปิดหลายวัน

สมาชิกรัฐสภาลงมติ 87 ต่อ 25 เสียงสนับสนุนญัตติ

เขาจะดำรงตำแหน่งจนถึงการเลือกตั้งปี 2031 และให้คำมั่นว่าจะฟื้นฟูความสงบเรียบร้อย"""


def _problems(en: str, th: str) -> list[tuple[str, ...]]:
    return [p[:3] for p in number_problems(en, th)]


def test_an_age_given_at_the_first_mention_in_thai_is_kept():
    assert _problems(EN, TH) == []


def test_an_age_of_another_value_is_still_reported():
    got = _problems(EN, TH.replace("วัย 61 ปี", "วัย 63 ปี"))
    assert ("missing", "61", "") in got and ("added", "", "63 ปี") in got


def test_a_person_set_off_as_one_of_a_group_is_no_count():
    assert number_problems("The results surprised us, said Dr Mara Okafor, one of the "
                           "report's authors.",
                           "ดร.มารา โอคาฟอร์ ผู้ร่วมเขียนรายงานกล่าวว่าผลลัพธ์ทำให้เราประหลาดใจ",
                           embeddings=False) == []


def test_one_of_a_counted_group_is_still_a_count():
    got = number_problems("The plan was drafted by Somchai, one of the bank's three directors.",
                          "แผนนี้ร่างโดยสมชาย กรรมการของธนาคาร", embeddings=False)
    assert [p[:2] for p in got] == [("missing", "one"), ("missing", "three")]
