"""A rate the translator works out per another period beside the figure it comes from
("480 buses a week" / ``480 เที่ยวต่อสัปดาห์ หรือวันละราว 69 เที่ยว``) is kept in the table
as format_only, noted; a worked-out figure whose sum is wrong is added. Sentences
written for these tests."""

from massmob_nlp import compare
from number_problems import number_problems

EN = "The operator now runs 480 buses a week between the two cities."


def test_a_daily_figure_worked_out_from_a_weekly_one_is_noted_not_added():
    th = "ผู้ให้บริการเดินรถระหว่างสองเมือง 480 เที่ยวต่อสัปดาห์ หรือเฉลี่ยวันละราว 69 เที่ยว"
    assert number_problems(EN, th, embeddings=False) == []
    rows = compare(EN, th, src_lang="en", tgt_lang="th", embeddings=False).numbers
    note = rows.loc[rows["tgt_text"] == "69", "note"].iloc[0]
    assert "worked out from '480' a week" in note


def test_a_monthly_figure_from_a_yearly_one_rounded():
    en = "The fund paid out $2.4 million a year to farmers."
    th = "กองทุนจ่ายเงินให้เกษตรกร 2.4 ล้านดอลลาร์ต่อปี หรือราวเดือนละ 200,000 ดอลลาร์"
    assert number_problems(en, th, embeddings=False) == []


def test_a_wrong_sum_is_still_added():
    th = "ผู้ให้บริการเดินรถระหว่างสองเมือง 480 เที่ยวต่อสัปดาห์ หรือเฉลี่ยวันละราว 96 เที่ยว"
    assert [p[:3] for p in number_problems(EN, th, embeddings=False)] == [
        ("added", "", "96")]


def test_a_derivable_figure_of_the_source_dropped_is_missing():
    en = "The new charge adds £19 a month, or £228 a year, to a typical bill."
    th = "ค่าธรรมเนียมใหม่ทำให้ค่าใช้จ่ายของครัวเรือนทั่วไปเพิ่มขึ้นเดือนละ 19 ปอนด์"
    assert ("missing", "£228", "") in [p[:3] for p in number_problems(en, th, embeddings=False)]
