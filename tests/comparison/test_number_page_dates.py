"""A date one side writes into its text from the other side's publication stamp (a
boilerplate line) is the page's date, not an added or lost number. Sentences written for
these tests."""

from number_problems import number_problems

TH_STAMPED = ("สหภาพแรงงานท่าเรือยุติการประท้วง\n\n"
              "5 เม.ย. 2569 - 08:10 น. อ่าน 2,114 ครั้ง\n\n"
              "คนงานท่าเรือกลับมาทำงานเมื่อวันเสาร์ หลังบริษัทตกลงขึ้นค่าจ้างร้อยละ 8")


def test_the_thai_stamp_date_written_into_the_english_lead_is_kept():
    en = ("Dock union ends protest\n\n"
          "Dock workers returned to work on Saturday, April 4, after the company agreed "
          "to raise wages by 8 percent.")
    assert number_problems(en, TH_STAMPED, embeddings=False) == []


def test_a_date_a_week_away_from_the_stamp_is_still_added():
    en = ("Dock union ends protest\n\n"
          "Dock workers returned to work on Saturday, March 28, after the company agreed "
          "to raise wages by 8 percent.")
    assert [p[0] for p in number_problems(en, TH_STAMPED, embeddings=False)] == ["missing"]
