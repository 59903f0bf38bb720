"""A menu or a one-word heading copied with a saved page is never a source of names:
left without a partner there, a word the recognizer labelled is neither missing nor
added. All texts are invented for these tests."""

from __future__ import annotations

import pandas as pd

import massmob_nlp as mm
from massmob_nlp.entities.page_labels import is_label, is_menu_line, label_paragraphs


def test_labels_and_menu_lines() -> None:
    assert is_menu_line("Home   Africa   Markets   Opinion   Sport")
    assert is_menu_line("News | Asia | Climate | Live TV")
    assert not is_menu_line("Nairobi  police said  the road  was shut.")
    assert not is_menu_line("Mombasa   42   Kisumu   17")  # a table row has numbers
    assert is_label("Live TV") and is_label("ต่างประเทศ")
    assert not is_label("Officials said") and not is_label("Rain, wind")


def test_label_paragraphs_of_a_page() -> None:
    texts = ["Home", "Africa", "Commodities", "Opinion", "Ports reopen after the storm",
             "The port of Lagos reopened on Friday, officials said.", "Outlook",
             "Traders expect more ships from Ghana next week."]
    paras = pd.DataFrame({"para_id": range(len(texts)), "text": texts})
    assert label_paragraphs(paras) == frozenset({0, 1, 2, 3, 6})


EN = """Asia   Europe   Americas

Storm shuts Lagos port for two days

The port of Lagos in Nigeria closed on Tuesday after a storm, the port authority said.

Background

The port handled 1.2 million containers last year.

Shippers expect the port of Tema in Ghana to take 12 more ships this week."""

TH = """พายุทำให้ท่าเรือลากอสปิดสองวัน

ท่าเรือลากอสในไนจีเรียปิดเมื่อวันอังคารหลังเกิดพายุ การท่าเรือระบุ

ท่าเรือแห่งนี้รองรับตู้สินค้า 1.2 ล้านตู้เมื่อปีที่แล้ว

บริษัทขนส่งคาดว่าท่าเรือเตมาในกานาจะรับเรือเพิ่มอีก 12 ลำในสัปดาห์นี้"""


def test_menu_and_heading_names_are_not_missing() -> None:
    ents = mm.compare(EN, TH).entities
    missing = ents[ents["status"] == "missing"]
    menu_end, heading = EN.index("Storm"), EN.index("Background")
    assert not any(int(a) < menu_end or int(a) == heading for a in missing["src_start_char"])
    matched = set(ents.loc[ents["status"] == "matched", "src_text"].astype(str))
    assert {"Lagos", "Ghana"} <= matched  # the story's own names are still compared


def test_the_translations_own_country_is_left_implied() -> None:
    en = ("Floods in southern Thailand killed 12 people on Sunday, and the city of "
          "Songkhla closed its schools for 3 days.")
    th = "น้ำท่วมในภาคใต้ทำให้มีผู้เสียชีวิต 12 รายเมื่อวันอาทิตย์ และเมืองสงขลาปิดโรงเรียน 3 วัน"
    ents = mm.compare(en, th).entities
    missing = set(ents.loc[ents["status"] == "missing", "src_text"].astype(str))
    assert "Thailand" not in missing
    assert "Songkhla" in set(ents.loc[ents["status"] == "matched", "src_text"].astype(str))


def test_a_municipality_title_before_a_thai_place() -> None:
    from massmob_nlp.entities import MIN_MATCH_SCORE, name_similarity

    assert name_similarity("Hat Yai", "เขตเทศบาลนครหาดใหญ่") >= MIN_MATCH_SCORE
    assert name_similarity("Rayong", "เทศบาลเมืองระยอง") >= MIN_MATCH_SCORE
