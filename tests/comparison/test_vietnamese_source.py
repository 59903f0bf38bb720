"""A Vietnamese original against its English and Thai translations (the three-way
case of Vietnamese state media): numbers join across the three, the sentence encoder
(which never saw Vietnamese) is left out of the alignment, and neither the weak-
alignment guard (W062) nor the untranslated-span check (for Thai-script targets) fires
on a Latin-script pair. Texts written by us."""

from __future__ import annotations

import warnings

import massmob_nlp as mm
from massmob_nlp.alignment.features import encoder_knows

VI = """Hà Nội, 12/5 (TTXVN) - Kim ngạch xuất khẩu 4 tháng đầu năm đạt 128,6 tỷ USD, tăng 14,2% so với cùng kỳ năm trước, Bộ Công Thương cho biết.

Xuất siêu ước đạt 6,9 tỷ USD. Hoa Kỳ tiếp tục là thị trường xuất khẩu lớn nhất với 38,1 tỷ USD.

Giá gạo xuất khẩu bình quân đạt 612 USD/tấn, giảm 3,5%. Bộ trưởng cho biết cả năm phải tăng 12% trở lên."""

EN = """HA NOI, May 12 (VNA) - Export turnover in the first four months reached US$128.6 billion, up 14.2 per cent year on year, the Ministry of Industry and Trade said.

The trade surplus was estimated at US$6.9 billion. The United States remained the largest export market with US$38.1 billion.

The average export price of rice was US$612 per tonne, down 3.5 per cent. The minister said growth for the whole year must be 12 per cent or higher."""

TH = """ฮานอย 12 พ.ค. (VNA) - มูลค่าการส่งออกช่วง 4 เดือนแรกอยู่ที่ 1.286 แสนล้านดอลลาร์สหรัฐ เพิ่มขึ้น 14.2% เมื่อเทียบกับช่วงเดียวกันของปีก่อน กระทรวงอุตสาหกรรมและการค้าระบุ

คาดว่าเกินดุลการค้าราว 6.9 พันล้านดอลลาร์สหรัฐ สหรัฐอเมริกายังคงเป็นตลาดส่งออกใหญ่ที่สุดที่ 3.81 หมื่นล้านดอลลาร์สหรัฐ

ราคาส่งออกข้าวเฉลี่ยอยู่ที่ 621 ดอลลาร์สหรัฐต่อตัน ลดลง 3.5% รัฐมนตรีกล่าวว่าทั้งปีต้องเติบโต 12% ขึ้นไป"""


def test_the_encoder_languages() -> None:
    assert encoder_knows("en", "th") and encoder_knows("und", "th")
    assert not encoder_knows("vi", "en")


def test_vietnamese_original_against_english() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no W062: the encoder is not used for Vietnamese
        c = mm.compare(VI, EN)
    problems = c.numbers[c.numbers["status"].isin(["mismatch", "missing", "added"])]
    assert problems.empty  # "the first four months" / "4 tháng": "first" is vague
    assert (c.passages["kind"].astype(str) != "untranslated").all()
    kept = c.numbers.set_index("src_text")["status"]
    assert kept["128,6 tỷ USD"] == "format_only" and kept["14,2%"] == "match"
    assert kept["12%"] == "match"  # 12% trở lên = 12 per cent or higher


def test_vietnamese_original_against_thai_finds_the_changed_price() -> None:
    c = mm.compare(VI, TH)
    problems = c.numbers[c.numbers["status"].isin(["mismatch", "missing", "added"])]
    assert problems[["src_text", "tgt_text", "status"]].values.tolist() == [
        ["612 USD", "621 ดอลลาร์สหรัฐ", "mismatch"]]
