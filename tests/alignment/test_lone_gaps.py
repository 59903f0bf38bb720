"""Without embeddings, a sentence cut short and its one kept number changed is skipped
on both sides by the DP (a 1-0 next to a 0-1): it is one changed bead, not an omission
plus an addition (our own Vietnamese/Thai examples)."""

from massmob_nlp import align
from massmob_nlp.alignment.dp import Bead
from massmob_nlp.alignment.gaps import pair_lone_gaps
from massmob_nlp.types import Document

VI = ("Xuất khẩu gạo tăng mạnh trong năm 2026\n\n"
      "Hà Nội - Bộ Nông nghiệp cho biết xuất khẩu gạo 10 tháng đạt 7,2 triệu tấn, "
      "tăng 9% so với cùng kỳ.\n\n"
      "Philippines vẫn là thị trường lớn nhất với 3,1 triệu tấn, tiếp theo là Indonesia.\n\n"
      "Cả nước hiện có 1.265 doanh nghiệp được cấp phép xuất khẩu gạo; giá gạo 5% tấm "
      "bình quân đạt 418 USD/tấn, giảm 12% so với năm trước.\n\n"
      "Bộ dự kiến cả năm xuất khẩu khoảng 8,5 triệu tấn gạo.")
TH = ("การส่งออกข้าวเวียดนามเพิ่มขึ้นมากในปี 2569\n\n"
      "ฮานอย - กระทรวงเกษตรเวียดนามระบุว่าการส่งออกข้าวในช่วง 10 เดือนอยู่ที่ 7.2 ล้านตัน "
      "เพิ่มขึ้นร้อยละ 9 จากช่วงเดียวกันของปีก่อน\n\n"
      "ฟิลิปปินส์ยังคงเป็นตลาดใหญ่ที่สุดด้วยปริมาณ 3.1 ล้านตัน ตามด้วยอินโดนีเซีย\n\n"
      "ปัจจุบันมีบริษัทได้รับอนุญาตส่งออกข้าว 1,256 ราย\n\n"
      "กระทรวงคาดว่าทั้งปีจะส่งออกข้าวราว 8.5 ล้านตัน")


def _beads(src: str, tgt: str, level: str) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    al = align(Document("vi", src), Document("th", tgt), level=level,
               src_lang="vi", tgt_lang="th")
    return [(b.src_ids, b.tgt_ids) for b in al.beads]


def test_shortened_changed_paragraph_is_one_bead():
    for level in ("paragraph", "sentence"):
        assert ((3,), (3,)) in _beads(VI, TH, level)


def test_dropped_paragraph_stays_dropped():
    th = TH.split("\n\n")
    del th[3]
    beads = _beads(VI, "\n\n".join(th), "paragraph")
    assert ((3,), ()) in beads and all(len(s) == len(t) for s, t in beads if s != (3,))


def _kinds(beads: list[Bead], s_keys: list[set[str]], t_keys: list[set[str]]) -> list[str]:
    return [b.kind for b in pair_lone_gaps(beads, s_keys, t_keys)]


def test_only_a_lone_pair_with_numbers_on_both_sides():
    one, skip_s, skip_t = Bead((0,), (0,), "1-1", 2.0), Bead((1,), (), "1-0", -3.5), \
        Bead((), (1,), "0-1", -3.5)
    assert _kinds([one, skip_t, skip_s], [{"a"}, {"b"}], [{"a"}, {"c"}]) == ["1-1", "1-1"]
    # the Thai sentence holds no number: nothing to say they are one sentence
    assert _kinds([one, skip_s, skip_t], [{"a"}, {"b"}], [{"a"}, set()]) == \
        ["1-1", "1-0", "0-1"]
    # two source sentences skipped next to one target sentence: no lone pair
    run = [one, skip_s, Bead((2,), (), "1-0", -3.5), skip_t]
    assert _kinds(run, [{"a"}, {"b"}, {"d"}], [{"a"}, {"c"}]) == ["1-1", "1-0", "1-0", "0-1"]
