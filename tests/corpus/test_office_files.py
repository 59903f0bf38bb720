"""Word (.docx), LibreOffice (.odt) and Markdown (.md) articles read like .txt ones.

The files are built here as the real formats are (zip archives of the OOXML/ODF parts
Word and LibreOffice write), from our own sentences."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from massmob_nlp import compare, read_documents
from massmob_nlp.corpus import paragraphs_table, read_corpus
from massmob_nlp.errors import DecodeError

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxml'
    'formats-officedocument.wordprocessingml.document.main+xml"/></Types>')
RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>')


def _p(*runs: str) -> str:
    return "<w:p>" + "".join(runs) + "</w:p>"


def _r(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def write_docx(path: Path, body: str, footnotes: str = "", title: str = "",
               author: str = "") -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", RELS)
        z.writestr("word/document.xml", f'<?xml version="1.0" encoding="UTF-8"?>'
                   f'<w:document {W} {MC}><w:body>{body}</w:body></w:document>')
        if footnotes:
            z.writestr("word/footnotes.xml", f"<w:footnotes {W}>{footnotes}</w:footnotes>")
        z.writestr("word/header1.xml", f"<w:hdr {W}>{_p(_r('Page 7 of 12'))}</w:hdr>")
        z.writestr("docProps/core.xml",
                   '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/'
                   '2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/'
                   f'1.1/"><dc:title>{title}</dc:title><dc:creator>{author}</dc:creator>'
                   "</cp:coreProperties>")
    return path


THAI_BODY = (
    _p(_r("ฮานอยเปิดสะพานใหม่ยาว 1,250 เมตร")) +
    # tracked change: the translator replaced 14 with 16; the file reads 16 when accepted
    _p(_r("การก่อสร้างใช้เวลา "), '<w:del w:id="1" w:author="A"><w:r><w:delText>14'
       '</w:delText></w:r></w:del><w:ins w:id="2" w:author="A">' + _r("16") + "</w:ins>",
       _r(" เดือน")) +
    _p(_r("ค่าใช้จ่ายรวม"), "<w:r><w:tab/></w:r>", _r("2.1 ล้านล้านดอง"),
       "<w:r><w:br/></w:r>", _r("ผู้ว่าฯ กล่าวในพิธีเปิด")) +
    "<w:tbl><w:tr><w:tc>" + _p(_r("ช่วงสะพาน")) + "</w:tc><w:tc>" + _p(_r("6 ช่วง")) +
    "</w:tc></w:tr></w:tbl>" +
    # a text box: Word stores it twice (Choice for new Word, Fallback for old)
    _p(_r("ภาพ: "), "<w:r><mc:AlternateContent><mc:Choice><w:txbxContent>" +
       _p(_r("คำบรรยายในกล่องข้อความ")) + "</w:txbxContent></mc:Choice><mc:Fallback>"
       "<w:txbxContent>" + _p(_r("คำบรรยายในกล่องข้อความ")) +
       "</w:txbxContent></mc:Fallback></mc:AlternateContent></w:r>"))


def test_docx_reads_paragraphs_cells_and_accepted_changes(tmp_path):
    path = write_docx(tmp_path / "bridge.th.docx", THAI_BODY,
                      footnotes='<w:footnote w:type="separator" w:id="0">'
                      '<w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                      '<w:footnote w:id="1">' + _p(_r("หมายเหตุผู้แปล: ดองคือสกุลเงินเวียดนาม")) +
                      "</w:footnote>", title="สะพานใหม่", author="ผู้แปล ก.")
    [doc] = read_documents(path)
    lines = paragraphs_table(doc)["text"].tolist()
    assert lines == ["ฮานอยเปิดสะพานใหม่ยาว 1,250 เมตร", "การก่อสร้างใช้เวลา 16 เดือน",
                     "ค่าใช้จ่ายรวม\t2.1 ล้านล้านดอง", "ผู้ว่าฯ กล่าวในพิธีเปิด",
                     "ช่วงสะพาน | 6 ช่วง", "ภาพ:", "คำบรรยายในกล่องข้อความ",
                     "หมายเหตุผู้แปล: ดองคือสกุลเงินเวียดนาม"]
    kinds = paragraphs_table(doc)["boilerplate_kind"].astype(object).tolist()
    assert kinds[-1] == "note"  # a translator's footnote translates nothing
    assert "14" not in doc.text and "Page 7" not in doc.text  # deleted text; page header
    assert doc.doc_id == "bridge.th"
    assert doc.meta["format"] == "docx" and doc.meta["title"] == "สะพานใหม่"
    assert doc.meta["author"] == "ผู้แปล ก."


def test_docx_translation_compares_with_its_english(tmp_path):
    english = ("Hanoi opened a new bridge 1,250 metres long.\n\n"
               "Construction took 14 months.\n\n"
               "The total cost was 2.1 trillion dong. The governor spoke at the opening.")
    body = (_p(_r("ฮานอยเปิดสะพานใหม่ยาว 1,250 เมตร")) +
            _p(_r("การก่อสร้างใช้เวลา "), '<w:del w:id="1" w:author="A"><w:r><w:delText>14'
               '</w:delText></w:r></w:del><w:ins w:id="2" w:author="A">' + _r("16") +
               "</w:ins>", _r(" เดือน")) +
            _p(_r("ค่าใช้จ่ายรวม 2.1 ล้านล้านดอง ผู้ว่าฯ กล่าวในพิธีเปิด")))
    thai = write_docx(tmp_path / "bridge.th.docx", body)
    result = compare(english, str(thai))
    problems = result.numbers[~result.numbers["status"].isin(["match", "format_only"])]
    # the accepted change (14 -> 16) is the one problem; the deleted 14 is not read
    assert [(r.src_text, r.tgt_text, r.status) for r in problems.itertuples()] == [
        ("14 months", "16 เดือน", "mismatch")]


def write_odt(path: Path, body: str) -> Path:
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"')
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", f'<office:document-content {ns}><office:body>'
                   f"<office:text>{body}</office:text></office:body>"
                   "</office:document-content>")
        z.writestr("meta.xml", f"<office:document-meta {ns}><office:meta><dc:title>"
                   "Rice exports</dc:title><meta:initial-creator>Desk B</meta:initial-"
                   "creator></office:meta></office:document-meta>")
    return path


def test_odt_reads_headings_spaces_tables_and_skips_comments(tmp_path):
    path = write_odt(tmp_path / "rice.en.odt", (
        '<text:h text:outline-level="1">Rice exports rise</text:h>'
        "<text:p>Exports reached<text:s text:c=\"2\"/>7.8 million tonnes"
        "<office:annotation><text:p>check this figure</text:p></office:annotation>"
        " in 2025.<text:line-break/>Prices fell 4%.</text:p>"
        "<table:table><table:table-row><table:table-cell><text:p>Philippines</text:p>"
        "</table:table-cell><table:table-cell><text:p>3.1 million tonnes</text:p>"
        "</table:table-cell></table:table-row></table:table>"))
    [doc] = read_documents(path)
    assert paragraphs_table(doc)["text"].tolist() == [
        "Rice exports rise", "Exports reached  7.8 million tonnes in 2025.",
        "Prices fell 4%.", "Philippines | 3.1 million tonnes"]
    assert doc.meta["title"] == "Rice exports" and doc.meta["author"] == "Desk B"


def test_markdown_article_reads_as_text(tmp_path):
    path = tmp_path / "port.en.md"
    path.write_text(
        "# Port handles 2.4 million TEU\n\n"
        "![Cranes at Cai Mep, 12 May](https://example.vn/cranes.jpg)\n\n"
        "*By Lan Anh | Port Desk | 3 June 2026*\n\n"
        "The [Cai Mep port](https://example.vn/cai-mep_(port)) handled **2.4 million TEU** "
        "in 2025, up 11%.\n\n"
        "| Terminal | TEU |\n|---|---:|\n| TCIT | 1.1 million |\n\n"
        "> We expect 3 million next year, the director said.\n\n"
        "<!-- editor: check the 11% -->\n\n---\n\n[1]: https://example.vn/source\n",
        encoding="utf-8")
    [doc] = read_documents(path)
    assert paragraphs_table(doc)["text"].tolist() == [
        "Port handles 2.4 million TEU", "Cranes at Cai Mep, 12 May",
        "By Lan Anh | Port Desk | 3 June 2026",
        "The Cai Mep port handled 2.4 million TEU in 2025, up 11%.",
        "Terminal | TEU", "TCIT | 1.1 million",
        "We expect 3 million next year, the director said."]
    assert doc.meta["format"] == "md"


def test_markdown_front_matter_is_metadata_not_text(tmp_path):
    path = tmp_path / "rice.en.md"
    path.write_text(
        '---\ntitle: "Rice exports rise 7% to 2.1 million tonnes"\n'
        "source: https://example.vn/news/rice-exports\nauthor: Minh Chau\n"
        "published: 2026-11-28\nsaved: 2026-11-30 08:14\ntags: [trade, rice]\n---\n\n"
        "# Rice exports rise 7% to 2.1 million tonnes\n\n"
        "Viet Nam shipped 2.1 million tonnes of rice in October, 7% more than a year earlier.\n",
        encoding="utf-8")
    [doc] = read_documents(path)
    table = paragraphs_table(doc)
    assert table["text"].tolist() == [
        "Rice exports rise 7% to 2.1 million tonnes",
        "Viet Nam shipped 2.1 million tonnes of rice in October, 7% more than a year earlier."]
    assert not table["is_boilerplate"].any()  # the headline is no pull quote of a meta line
    assert doc.meta["title"] == "Rice exports rise 7% to 2.1 million tonnes"
    assert doc.meta["source_url"] == "https://example.vn/news/rice-exports"
    assert doc.meta["author"] == "Minh Chau" and doc.meta["published"] == "2026-11-28"
    assert "2026-11-30" not in doc.text


def test_front_matter_title_is_the_headline_when_the_body_has_none(tmp_path):
    path = tmp_path / "flood.th.md"
    path.write_text("---\ntitle: 'น้ำท่วมเชียงใหม่ 3 อำเภอ'\nsource: โต๊ะข่าวภูมิภาค\n---\n"
                    "ฝนตกหนัก 120 มิลลิเมตรในคืนเดียว\n", encoding="utf-8")
    [doc] = read_documents(path)
    assert paragraphs_table(doc)["text"].tolist() == [
        "น้ำท่วมเชียงใหม่ 3 อำเภอ", "ฝนตกหนัก 120 มิลลิเมตรในคืนเดียว"]
    assert "source_url" not in doc.meta  # a desk's name is no address


def test_an_image_alt_text_the_caption_repeats_is_one_line(tmp_path):
    path = tmp_path / "gong.en.md"
    path.write_text("Shares rose 12% on day one.\n\n"
                    "![Bank staff ring the bell at HNX on Dec. 2, 2026](https://example.vn/b.jpg)\n"
                    "*Bank staff ring the bell at HNX on Dec. 2, 2026. Photo: HNX*\n\n"
                    "![Rice fields in An Giang](https://example.vn/r.jpg)\n\nVolume hit 4 million.\n",
                    encoding="utf-8")
    [doc] = read_documents(path)
    assert paragraphs_table(doc)["text"].tolist() == [
        "Shares rose 12% on day one.",
        "Bank staff ring the bell at HNX on Dec. 2, 2026. Photo: HNX",
        "Rice fields in An Giang", "Volume hit 4 million."]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_a_read_later_header_without_rules_is_metadata(tmp_path, suffix):
    path = tmp_path / f"ferry.th{suffix}"
    path.write_text("Title: เรือข้ามฟากเพิ่มเที่ยวเป็น 24 เที่ยวต่อวัน\n"
                    "URL: https://example.vn/th/ferry-24\nSaved: 2026-12-01\n\n"
                    "เรือข้ามฟากเพิ่มเที่ยวเป็น 24 เที่ยวต่อวัน\n\n"
                    "ท่าเรือรับผู้โดยสาร 3,500 คนในวันแรก\n", encoding="utf-8")
    [doc] = read_documents(path)
    assert paragraphs_table(doc)["text"].tolist() == [
        "เรือข้ามฟากเพิ่มเที่ยวเป็น 24 เที่ยวต่อวัน", "ท่าเรือรับผู้โดยสาร 3,500 คนในวันแรก"]
    assert doc.meta["source_url"] == "https://example.vn/th/ferry-24"
    assert "2026-12-01" not in doc.text


@pytest.mark.parametrize("rules", [True, False])
def test_header_keys_of_several_words_are_metadata(tmp_path, rules):
    header = ("title: Port fees cut 15% for 90 days\nauthor: Harbour Desk\n"
              "source url: https://example.vn/en/port-fees\ndate saved: 2026-12-02\n"
              "reading time: 4 min\n")
    path = tmp_path / "fees.en.md"
    path.write_text(("---\n" + header + "---\n" if rules else header + "\n")
                    + "# Port fees cut 15% for 90 days\n\n"
                    "Ships calling at the two terminals pay 15% less until March.\n",
                    encoding="utf-8")
    [doc] = read_documents(path)
    assert paragraphs_table(doc)["text"].tolist() == [
        "Port fees cut 15% for 90 days",
        "Ships calling at the two terminals pay 15% less until March."]
    assert doc.meta["source_url"] == "https://example.vn/en/port-fees"
    assert doc.meta["author"] == "Harbour Desk" and "published" not in doc.meta
    assert "4 min" not in doc.text and "2026-12-02" not in doc.text


@pytest.mark.parametrize("top", ["The minister told reporters at the port: fees fall 15%",
                                 "Hanoi time: 08:00\nPort fees: 15% lower"])
def test_prose_with_a_colon_at_the_top_stays_text(tmp_path, top):
    path = tmp_path / "fees.en.txt"
    path.write_text(f"{top}\n\nThe port handled 3 ships.\n", encoding="utf-8")
    [doc] = read_documents(path)
    assert doc.text.startswith(top.split("\n")[0])


@pytest.mark.parametrize("top", ["Title: Ferry timetable\nNote: 24 trips a day",
                                 "Saved: 2026-12-01"])
def test_key_value_lines_that_are_no_saved_header_stay_text(tmp_path, top):
    path = tmp_path / "ferry.en.txt"
    path.write_text(f"{top}\n\nThe port handled 3 ships.\n", encoding="utf-8")
    [doc] = read_documents(path)
    assert doc.text.startswith(top.split("\n")[0])


@pytest.mark.parametrize("top", ["The port handled 3 ships.", "Note: the port handled 3 ships."])
def test_a_markdown_rule_above_prose_is_not_front_matter(tmp_path, top):
    path = tmp_path / "notes.en.md"
    path.write_text(f"---\n{top}\n---\nMore text.\n", encoding="utf-8")
    [doc] = read_documents(path)
    assert "the port handled 3 ships." in doc.text.lower()


@pytest.mark.parametrize("content, reason", [
    (b"PK\x03\x04 this is not really a zip", "File is not a zip file"),
    (None, "no word/document.xml inside"),
])
def test_broken_docx_is_a_coded_error_and_does_not_stop_a_folder(tmp_path, content, reason):
    bad = tmp_path / "broken.docx"
    if content is None:
        with zipfile.ZipFile(bad, "w") as z:
            z.writestr("docProps/core.xml", "<x/>")
    else:
        bad.write_bytes(content)
    (tmp_path / "ok.en.txt").write_text("The ferry carries 450 passengers.", encoding="utf-8")
    with pytest.raises(DecodeError, match=r"\[E073\].*broken\.docx") as info:
        read_documents(bad)
    assert reason in str(info.value)
    docs, errors = read_corpus(tmp_path)
    assert [d.doc_id for d in docs] == ["ok.en"]
    assert errors["source"].str.endswith("broken.docx").tolist() == [True]
    assert errors["message"].str.contains("E073").all()


def test_a_pdf_is_refused_with_the_fix(tmp_path):
    pdf = tmp_path / "article.pdf"
    pdf.write_bytes(b"%PDF-1.7\n")
    with pytest.raises(ValueError, match=r"\[E007\].*\.docx.* as \.txt"):
        read_documents(pdf)


def test_a_folder_readme_is_reported_not_read_as_an_article(tmp_path):
    (tmp_path / "README.md").write_text("# Our corpus\n\nTwelve pairs from 2025.", "utf-8")
    (tmp_path / "a01.en.md").write_text("# Rain\n\nIt rained 40 mm in Hue.", "utf-8")
    docs, errors = read_corpus(tmp_path)
    assert [d.doc_id for d in docs] == ["a01.en"]
    assert errors[["stage", "error"]].values.tolist() == [["skip", "FolderNotes"]]
    assert "[E074]" in errors["message"].iloc[0]
    [readme] = read_documents(tmp_path / "README.md")  # by name it is read
    assert readme.text.startswith("Our corpus")


LAUGHS = ('<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "ha">'
          + "".join(f'<!ENTITY {chr(98 + i)} "' + f"&{chr(97 + i)};" * 10 + '">'
                    for i in range(8))
          + f']><w:document {W}><w:body><w:p><w:r><w:t>&i;</w:t></w:r></w:p>'
          "</w:body></w:document>")
OUTSIDE = ('<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM '
           f'"file:///etc/passwd">]><w:document {W}><w:body><w:p><w:r><w:t>&x;</w:t>'
           "</w:r></w:p></w:body></w:document>")


@pytest.mark.parametrize("document", [LAUGHS, OUTSIDE], ids=["entity-bomb", "file-entity"])
def test_a_docx_declaring_entities_is_refused_before_parsing(tmp_path, document):
    bad = tmp_path / "hostile.docx"
    with zipfile.ZipFile(bad, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", RELS)
        z.writestr("word/document.xml", document)
    with pytest.raises(DecodeError, match=r"\[E073\].*declares a DTD"):
        read_documents(bad)
    (tmp_path / "ok.th.txt").write_text("เรือรับผู้โดยสาร 450 คน", encoding="utf-8")
    docs, errors = read_corpus(tmp_path)
    assert [d.doc_id for d in docs] == ["ok.th"]
    assert "root:" not in " ".join(d.text for d in docs)
    assert errors["message"].str.contains("E073").all()


def test_a_docx_part_that_unpacks_too_large_is_refused_unread(tmp_path, monkeypatch):
    from massmob_nlp.corpus import office

    monkeypatch.setattr(office, "MAX_PART_BYTES", 10_000)
    big = write_docx(tmp_path / "big.docx", _p(_r("ข่าว " * 5_000)))
    with pytest.raises(DecodeError, match=r"\[E073\].*unpacks to"):
        read_documents(big)


def test_a_markdown_table_row_reads_like_a_docx_row_and_keeps_its_numbers(tmp_path):
    md = tmp_path / "trade.th.md"
    md.write_text("# การค้า\n\n| ตลาด | สัดส่วน |\n|---|---|\n| อิตาลี | 8.2% |\n", "utf-8")
    table = paragraphs_table(read_documents(md)[0])
    row = table[table["text"] == "อิตาลี | 8.2%"]
    assert len(row) == 1 and not row["is_boilerplate"].iloc[0]
