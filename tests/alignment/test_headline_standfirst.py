"""A Thai headline that folds in the English standfirst (its clause and figure) makes
one bead with the English headline and standfirst (alignment.headlines.join_standfirst);
our own examples, with the number keys the analysis gives."""

from massmob_nlp.alignment.dp import Bead
from massmob_nlp.alignment.headlines import join_standfirst, pair_headlines

EN = ["Airline trims loss as passenger numbers climb 18%",
      "Carrier still short of cash, aims to return to profit in 2028",
      "The national airline said on Thursday its third-quarter net loss narrowed to "
      "2.1 billion baht as it flew 18% more passengers than a year earlier, helped by "
      "new routes to India and a recovery in Chinese arrivals."]
TH = ["สายการบินขาดทุนลดลง ผู้โดยสารเพิ่ม 18% ตั้งเป้ากลับมามีกำไรปี 2028",
      "สายการบินแห่งชาติเปิดเผยเมื่อวันพฤหัสบดีว่า ผลขาดทุนสุทธิไตรมาส 3 ลดลงเหลือ 2,100 "
      "ล้านบาท จากจำนวนผู้โดยสารที่เพิ่มขึ้น 18% เมื่อเทียบกับปีก่อน"]
KEYS = ([{"percent:18"}, {"code:2028"}, {"percent:18", "money:2100000000:THB"}],
        [{"percent:18", "year:2028"},
         {"ordinal:3", "money:2100000000:THB", "percent:18"}])
BEADS = [Bead((0,), (0,), "1-1", 1.5), Bead((1,), (), "1-0", -4.5),
         Bead((2,), (1,), "1-1", 3.0)]


def _pairs(beads):
    return [(b.src_ids, b.tgt_ids) for b in beads]


def test_standfirst_folded_into_the_thai_headline_joins_its_bead():
    out = pair_headlines(BEADS, EN, TH, keys=KEYS)
    assert _pairs(out) == [((0, 1), (0,)), ((2,), (1,))]
    assert out[0].kind == "2-1"


def test_standfirst_with_a_figure_the_thai_headline_lacks_stays_unpaired():
    keys = (KEYS[0][:1] + [{"code:2028", "percent:30"}] + KEYS[0][2:], KEYS[1])
    assert join_standfirst(BEADS, 0, 0, keys) == BEADS


def test_standfirst_without_figures_or_only_the_headlines_own_stays_unpaired():
    for own in (set(), {"percent:18"}):
        keys = (KEYS[0][:1] + [own] + KEYS[0][2:], KEYS[1])
        assert join_standfirst(BEADS, 0, 0, keys) == BEADS


def test_without_keys_nothing_joins():
    assert _pairs(pair_headlines(BEADS, EN, TH)) == _pairs(BEADS)
