"""A figure of the body the other side gives only in a deck of its own (a Thai โปรย
written from the source's lead, the Thai lead then leaving the figure out)."""

from massmob_nlp.comparison.number_deck_figures import deck_figure
from massmob_nlp.comparison.number_unjoined import Unjoined


def _m(text: str, key: str, para: int, vague: bool = False) -> dict[str, object]:
    return {"text": text, "key": key, "kind": key.split(":")[0], "para_id": para,
            "bead": para, "pbead": para, "vague": vague}


def _unjoined(ms, others, heads_src=frozenset({0}), heads_tgt=frozenset({0, 1})):
    return Unjoined(side="src", ms=ms, others=others, taken=set(), text="", texts={},
                    raw={}, heads={"src": set(heads_src), "tgt": set(heads_tgt)},
                    stamps=[], clocks=set(), now=set(), partners={}, paras={},
                    summaries=set(), joined=set(), joined_keys=set(), kept_keys=set(),
                    omitted_beads=set())


EN = [_m("one", "cardinal:1", 2), _m("400", "cardinal:400", 2)]
TH = [_m("หนึ่ง", "cardinal:1", 1), _m("400", "cardinal:400", 2)]


def test_a_lead_figure_given_in_the_thai_deck_only_is_not_lost():
    assert deck_figure(EN[0], 0, _unjoined(EN, TH)) == \
        "given as 'หนึ่ง' in the other side's deck only"


def test_a_figure_the_other_side_says_fewer_times_is_lost():
    """The deck accounts for one mention; a second one in the body is a loss."""
    en = EN + [_m("one", "cardinal:1", 3)]
    assert deck_figure(en[2], 2, _unjoined(en, TH)) is None


def test_no_deck_figure_explains_nothing():
    th = [_m("หนึ่ง", "cardinal:1", 3), TH[1]]
    assert deck_figure(EN[0], 0, _unjoined(EN, th)) is None


def test_a_figure_in_its_own_headline_is_the_decks_partner():
    en = [_m("one", "cardinal:1", 0), *EN]
    th = [_m("หนึ่ง", "cardinal:1", 3), *TH]
    assert deck_figure(en[1], 1, _unjoined(en, th)) is None


HEAD_EN = """Bodyslam in Khon Kaen: 61,200 fans, two nights, one stage

Bodyslam played to 61,200 fans over two nights in Khon Kaen, the largest crowd for a Thai band at a single open-air stage, the organiser said.

Tickets sold out within 40 minutes of going on sale in October.

The band will play Chiang Mai in March."""
HEAD_TH = """บอดี้สแลมบุกขอนแก่น แฟนแน่น 61,200 คน 2 คืนติด

บอดี้สแลมเล่นต่อหน้าแฟนเพลง 61,200 คนตลอดสองคืนที่ขอนแก่น ผู้จัดระบุว่าเป็นผู้ชมมากที่สุดของวงไทยบนเวทีกลางแจ้งเวทีเดียว

บัตรขายหมดภายใน 40 นาทีหลังเปิดขายในเดือนตุลาคม

วงจะไปแสดงที่เชียงใหม่ในเดือนมีนาคม"""


def test_a_headlines_one_said_as_single_in_both_bodies_is_kept():
    from number_problems import number_problems
    assert number_problems(HEAD_EN, HEAD_TH, embeddings=False) == []


def test_a_headlines_one_with_no_single_in_the_thai_body_is_missing():
    from number_problems import number_problems
    th = HEAD_TH.replace("เวทีกลางแจ้งเวทีเดียว", "เวทีกลางแจ้ง")
    assert [p[:2] for p in number_problems(HEAD_EN, th, embeddings=False)] == \
        [("missing", "one")]


def test_a_figure_after_the_lead_is_not_the_decks():
    """A deck is written from the lead: the same figure said again far below it and
    dropped there is lost, though the counts of the two sides agree."""
    en = [_m("5", "cardinal:5", 2), _m("5", "cardinal:5", 9)]
    th = [_m("5", "cardinal:5", 0), _m("5", "cardinal:5", 2)]
    assert deck_figure(en[1], 1, _unjoined(en, th)) is None
