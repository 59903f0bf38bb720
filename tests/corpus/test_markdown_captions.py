"""A Markdown image's alt text and the caption line under it are page furniture
(``caption``), as an HTML ``<figcaption>`` is: their numbers are not the body's.
Texts written for these tests (a flood report)."""

from __future__ import annotations

from pathlib import Path

import massmob_nlp as mm
from massmob_nlp.corpus.markdown_captions import caption_spans, is_caption_line
from massmob_nlp.corpus.office import markdown_to_text
from massmob_nlp.corpus.reader import paragraphs_table

MD = """---
title: "Floods cut off 40 villages in the north"
---

# Floods cut off 40 villages in the north

*Rescue teams reached the worst-hit district by boat on Tuesday.*

![Boats carry 25 residents out of Mae Sai on Monday](https://example.com/boats.jpg)
*Boats carry residents through a flooded street in Mae Sai on Monday. Photo: Nanthaporn K.*

Floodwater cut off 40 villages in Chiang Rai after 312 mm of rain fell in two days.

Officials said 1,200 homes had been damaged.
"""


def _read(tmp_path: Path, text: str) -> mm.Document:
    path = tmp_path / "floods.en.md"
    path.write_text(text, encoding="utf-8")
    (doc,) = mm.read_documents([str(path)])
    return doc


def test_alt_text_and_caption_line_are_captions(tmp_path: Path) -> None:
    paras = paragraphs_table(_read(tmp_path, MD))
    kinds = dict(zip(paras["text"].str[:20], paras["boilerplate_kind"].astype(str)))
    assert kinds["Boats carry 25 resid"] == "caption"
    assert kinds["Boats carry resident"] == "caption"
    assert kinds["Floodwater cut off 4"] != "caption"
    assert kinds["Rescue teams reached"] != "caption"  # the standfirst stays body


def test_caption_numbers_are_not_body_numbers(tmp_path: Path) -> None:
    doc = _read(tmp_path, MD)
    texts = set(mm.numbers_table(doc)["text"].astype(str))
    assert "25" not in texts
    assert "1,200" in texts


def test_an_italic_paragraph_far_from_an_image_is_body(tmp_path: Path) -> None:
    text = MD.replace("*Boats carry residents", "\nThe rain stopped at noon.\n\n*Boats carry "
                      "residents").replace(" Photo: Nanthaporn K.", "")
    paras = paragraphs_table(_read(tmp_path, text))
    kinds = dict(zip(paras["text"].str[:20], paras["boilerplate_kind"].astype(str)))
    assert kinds["Boats carry resident"] != "caption"


def test_an_image_inside_a_paragraph_takes_no_caption() -> None:
    body = ("The map ![flood map](m.png) shows the district.\n"
            "*Officials said 1,200 homes had been damaged.*")
    text = markdown_to_text(body)
    assert [text[a:b] for a, b in caption_spans(body, text)] == ["flood map"]


def test_caption_lines() -> None:
    assert is_caption_line("*Residents wade through water. (Photo: VNA)*", under_image=False)
    assert is_caption_line("ผู้ประสบภัยรอรับความช่วยเหลือ (ภาพ: ไทยพีบีเอส)", under_image=True)
    assert not is_caption_line("Residents wade through water on Monday.", under_image=True)
    assert not is_caption_line("*The water is expected to recede by Friday.*",
                               under_image=False)
