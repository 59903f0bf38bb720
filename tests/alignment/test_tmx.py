"""TMX 1.4b export/import of alignments (massmob_nlp.alignment.tmx)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import datetime, timezone

import pytest

from massmob_nlp.alignment.result import Alignment, Bead, align

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
HEADER_ATTRS = ("creationtool", "creationtoolversion", "datatype", "segtype", "adminlang",
                "srclang", "o-tmf", "creationdate")

EN = ['The council met on "Monday" & agreed: 3 < 5.', "It approved 12 projects.",
      "Work starts in May.", "A sentence nobody translated."]
TH = ['สภาประชุมเมื่อ "วันจันทร์" & ตกลงว่า 3 < 5', "อนุมัติ 12 โครงการ เริ่มงานในเดือนพฤษภาคม",
      "ประโยคที่ผู้แปลเพิ่มเข้ามาเอง"]


def _hand_made() -> Alignment:
    """Every bead kind the writer has to decide about: 1-1, 2-1, 1-0 and 0-1."""
    beads = (Bead((0,), (0,), "1-1", 1.25), Bead((1, 2), (1,), "2-1", 0.5),
             Bead((3,), (), "1-0", -3.0), Bead((), (2,), "0-1", -3.0))
    return Alignment(beads, "sentence", tuple(enumerate(EN)), tuple(enumerate(TH)),
                     "massmob", None, "en", "th")


def _texts_and_kinds(a: Alignment) -> list[tuple[str, str, str]]:
    f = a.to_frame()
    return list(zip(f["src_text"], f["tgt_text"], f["kind"].astype(str), strict=True))


def test_tmx_is_well_formed_with_the_required_header() -> None:
    root = ET.fromstring(_hand_made().to_tmx())
    assert root.tag == "tmx" and root.get("version") == "1.4"
    header = root.find("header")
    assert header is not None
    missing = [a for a in HEADER_ATTRS if not header.get(a)]
    assert not missing
    assert header.get("creationtool") == "massmob_nlp"
    assert header.get("datatype") == "plaintext" and header.get("segtype") == "sentence"
    assert header.get("srclang") == "en"
    assert re.fullmatch(r"\d{8}T\d{6}Z", header.get("creationdate", ""))
    for tu in root.iter("tu"):
        assert [tuv.get(XML_LANG) for tuv in tu.findall("tuv")] == ["en", "th"]
        assert all(tuv.find("seg") is not None for tuv in tu.findall("tuv"))


def test_tmx_creationdate_is_utc_in_tmx_format() -> None:
    when = datetime(2024, 5, 15, 8, 30, 5, tzinfo=timezone.utc)
    header = ET.fromstring(_hand_made().to_tmx(created=when)).find("header")
    assert header is not None and header.get("creationdate") == "20240515T083005Z"


def test_tmx_escapes_markup_and_keeps_quotes() -> None:
    text = _hand_made().to_tmx()
    assert "&lt; 5" in text and "&amp; agreed" in text and "3 < 5" not in text
    segs = [s.text for s in ET.fromstring(text).iter("seg")]
    assert EN[0] in segs and TH[0] in segs


def test_tmx_leaves_out_one_sided_beads_by_default() -> None:
    root = ET.fromstring(_hand_made().to_tmx())
    tus = root.findall("body/tu")
    assert [tu.get("tuid") for tu in tus] == ["0", "1"]
    assert all(len(tu.findall("tuv")) == 2 for tu in tus)


def test_tmx_round_trip_gives_back_texts_and_kinds() -> None:
    a = _hand_made()
    back = Alignment.from_tmx(a.to_tmx())
    assert _texts_and_kinds(back) == _texts_and_kinds(a)[:2]
    assert back.beads[1].src_ids == (1, 2) and back.src_units[:3] == a.src_units[:3]
    assert (back.level, back.method, back.src_lang, back.tgt_lang) == (
        "sentence", "massmob", "en", "th")
    whole = Alignment.from_tmx(a.to_tmx(keep_unpaired=True))
    assert _texts_and_kinds(whole) == _texts_and_kinds(a)
    assert [b.score for b in whole.beads] == [b.score for b in a.beads]


def test_tmx_file_round_trip(tmp_path) -> None:
    a = align(EN[:3], TH[:2], src_lang="en", tgt_lang="th", embeddings=False,
              level="paragraph")
    path = tmp_path / "memory.tmx"
    a.to_tmx(path)
    assert path.read_bytes().startswith(b"<?xml")
    back = Alignment.from_tmx(path)
    assert back.level == "paragraph"
    paired = [t for t in _texts_and_kinds(a) if t[0] and t[1]]
    assert _texts_and_kinds(back) == paired and paired


def test_tmx_of_the_demo_pair_uses_detected_languages(demo_analyses) -> None:
    a = align(*demo_analyses, level="paragraph", embeddings=False)
    root = ET.fromstring(a.to_tmx())
    langs = {tuv.get(XML_LANG) for tuv in root.iter("tuv")}
    assert langs == {"en", "th"}
    back = Alignment.from_tmx(a.to_tmx(keep_unpaired=True))
    assert _texts_and_kinds(back) == _texts_and_kinds(a)
    assert any(k == "2-1" for _, _, k in _texts_and_kinds(back))


def test_tmx_replaces_characters_xml_cannot_carry() -> None:
    a = Alignment((Bead((0,), (0,), "1-1", 0.0),), "sentence", ((0, "bell\x07 here"),),
                  ((0, "กระดิ่ง"),), src_lang="en", tgt_lang="th")
    back = Alignment.from_tmx(a.to_tmx())
    assert back.src_units == ((0, "bell\ufffd here"),)


FOREIGN = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4"><header creationtool="OmegaT" creationtoolversion="6" segtype="sentence"
 o-tmf="OmegaT TMX" adminlang="EN-US" srclang="EN-US" datatype="plaintext"/>
<body>
<tu><tuv xml:lang="EN-US"><seg>Press <bpt i="1">&lt;b&gt;</bpt>Save<ept i="1">&lt;/b&gt;</ept>
 now.</seg></tuv><tuv xml:lang="TH-TH"><seg>กด <hi>บันทึก</hi> ตอนนี้</seg></tuv></tu>
<tu><tuv xml:lang="TH-TH"><seg>สวัสดี</seg></tuv><tuv xml:lang="EN-US"><seg>Hello</seg></tuv></tu>
</body></tmx>"""


def test_from_tmx_reads_a_file_from_another_tool() -> None:
    a = Alignment.from_tmx(FOREIGN)
    assert (a.src_lang, a.tgt_lang, a.method) == ("EN-US", "TH-TH", "tmx")
    assert _texts_and_kinds(a) == [("Press Save\n now.", "กด บันทึก ตอนนี้", "1-1"),
                                   ("Hello", "สวัสดี", "1-1")]
    assert [u for u, _ in a.src_units] == [0, 1]


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE tmx [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>
<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>&b;</seg>
</tuv></tu></body></tmx>"""
EXTERNAL = """<?xml version="1.0"?>
<!DOCTYPE tmx [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>&secret;</seg>
</tuv></tu></body></tmx>"""


@pytest.mark.parametrize("doc", [BILLION_LAUGHS, EXTERNAL, BILLION_LAUGHS.encode()])
def test_from_tmx_refuses_entity_declarations(doc: str | bytes) -> None:
    with pytest.raises(ValueError, match=r"\[E071\]"):
        Alignment.from_tmx(doc)


def test_from_tmx_does_not_expand_undeclared_entities() -> None:
    doc = FOREIGN.replace("<seg>Hello</seg>", "<seg>&xxe;</seg>")
    with pytest.raises(ValueError, match=r"\[E070\]"):
        Alignment.from_tmx(doc)


@pytest.mark.parametrize("doc", ["<html><body/></html>", "<tmx version='1.4'><body>",
                                 "<tmx version='1.4'><body/></tmx>"])
def test_from_tmx_rejects_what_is_not_tmx(doc: str) -> None:
    with pytest.raises(ValueError, match=r"\[E070\]"):
        Alignment.from_tmx(doc)


def test_from_tmx_missing_file(tmp_path) -> None:
    with pytest.raises(FileNotFoundError, match=r"\[E002\]"):
        Alignment.from_tmx(tmp_path / "nope.tmx")
