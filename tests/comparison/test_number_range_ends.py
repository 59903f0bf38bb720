"""A range on one side written as its two ends on the other (``từ ngày 16/7 đến 28/7`` /
``16–28 กรกฎาคม``, "from 2019 through the end of 2021" / ``ปี 2562–2564``): the same span,
kept; and a share of 100% written as "all" (``ทั้ง``, ``tất cả``). Sentences written for
these tests."""

import pytest
from number_problems import number_problems

from massmob_nlp import compare


@pytest.mark.parametrize("en,th", [
    ("Sales fell 8 percent in the years from 2020 through the end of 2022.",
     "ยอดขายลดลงร้อยละ 8 ในช่วงปี 2563–2565"),
])
def test_two_years_written_as_a_range_are_kept(en, th):
    assert number_problems(en, th, embeddings=False) == []


def test_a_range_with_another_end_is_still_reported():
    got = number_problems("Sales fell 8 percent in the years from 2020 through the end of 2022.",
                          "ยอดขายลดลงร้อยละ 8 ในช่วงปี 2563–2566", embeddings=False)
    assert got and all(p[0] in ("missing", "added", "mismatch") for p in got)


def test_two_vietnamese_dates_written_as_a_thai_range_are_kept():
    c = compare("Triển lãm mở cửa từ ngày 3/9 và đóng cửa ngày 21/9 tại Đà Nẵng.",
                "นิทรรศการเปิดระหว่างวันที่ 3–21 กันยายน ที่ดานัง", src_lang="vi", tgt_lang="th",
                embeddings=False)
    assert not c.numbers["status"].isin(["mismatch", "missing", "added"]).any()


@pytest.mark.parametrize("src,tgt,src_lang,tgt_lang", [
    ("By June, 100% of the 412 schools had internet access.",
     "ภายในเดือนมิถุนายน โรงเรียนทั้ง 412 แห่งมีอินเทอร์เน็ตใช้", "en", "th"),
    ("Đến cuối năm, 100% trong tổng số 6.150 hộ dân đã có điện lưới.",
     "By the end of the year, all 6,150 households had grid power.", "vi", "en"),
])
def test_a_whole_share_written_as_all_is_kept(src, tgt, src_lang, tgt_lang):
    c = compare(src, tgt, src_lang=src_lang, tgt_lang=tgt_lang, embeddings=False)
    assert not c.numbers["status"].isin(["mismatch", "missing", "added"]).any()


def test_a_whole_share_is_not_the_partner_of_a_changed_share():
    c = compare("Đến cuối năm, 100% trong tổng số 6.150 hộ dân đã có điện, 97,4% có nước sạch.",
                "ภายในสิ้นปี ครัวเรือนทั้ง 6,150 หลังมีไฟฟ้าใช้ และร้อยละ 94.7 มีน้ำสะอาด",
                src_lang="vi", tgt_lang="th", embeddings=False)
    bad = c.numbers[c.numbers["status"].isin(["mismatch", "missing", "added"])]
    assert list(zip(bad["status"], bad["src_text"])) == [("mismatch", "97,4%")]


def test_a_whole_share_dropped_without_all_is_missing():
    assert number_problems("By June, 100% of the 412 schools had internet access.",
                           "ภายในเดือนมิถุนายน โรงเรียน 412 แห่งมีอินเทอร์เน็ตใช้",
                           embeddings=False) == [("missing", "100%", "")]


def test_a_label_value_repeated_three_times_is_written_once():
    c = compare("Tỉnh có 820 điểm 9, trong đó môn sử có 311 điểm 9, môn địa có 254 điểm 9.",
                "The province recorded a score of 9 on 820 papers, including 311 in history "
                "and 254 in geography.", src_lang="vi", tgt_lang="en", embeddings=False)
    assert not c.numbers["status"].isin(["mismatch", "missing", "added"]).any()


def test_a_value_written_twice_is_two_numbers():
    assert number_problems("Ten people were killed and 10 others injured in the crash.",
                           "มีผู้เสียชีวิต 10 คนจากอุบัติเหตุ", embeddings=False) == \
        [("missing", "Ten", "")]
