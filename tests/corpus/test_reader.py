import json
import warnings

import pytest

from conftest import DEMO, EN_TEXT, SEEDS, TH_TEXT, shared_path
from massmob_nlp import Document, paragraphs_table, read_documents
from massmob_nlp.corpus import decode_bytes, html_to_text


def test_read_documents_from_text_keeps_text_unaltered():
    doc = read_documents(EN_TEXT)[0]
    assert doc.text == EN_TEXT
    assert doc.doc_id.startswith("text_")
    assert doc.meta["source_url"] == "https://example.vn/a.html"


def test_document_is_frozen():
    doc = Document("a", "text")
    with pytest.raises(AttributeError):
        doc.text = "other"  # type: ignore[misc]
    with pytest.raises(TypeError):
        doc.meta["x"] = 1  # type: ignore[index]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp874", "tis-620"])
def test_encodings_are_detected_without_being_told(tmp_path, encoding):
    path = tmp_path / "a.txt"
    path.write_bytes(TH_TEXT.encode(encoding))
    doc = read_documents(path)[0]
    assert doc.text == TH_TEXT
    assert doc.doc_id == "a"


def test_encoding_override_and_clear_error(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(TH_TEXT.encode("cp874"))
    assert read_documents(path, encoding="cp874")[0].text == TH_TEXT
    with pytest.raises(UnicodeError, match=r"\[E003\]"):
        read_documents(path, encoding="utf-8")


def test_undecodable_bytes_warn_and_are_not_dropped():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        text, enc = decode_bytes(b"abc \x81\x82\x83 def \xff\xfe\x00 x", path="x")
    assert "abc" in text and "def" in text
    assert any("W002" in str(w.message) for w in caught)


def test_missing_path_names_it():
    with pytest.raises(FileNotFoundError, match=r"\[E002\].*nowhere\.txt"):
        read_documents(["nowhere.txt"])


def test_wrong_type_raises_type_error():
    with pytest.raises(TypeError, match=r"\[E001\]"):
        read_documents(42)  # type: ignore[arg-type]


def test_html_keeps_paragraphs_and_drops_scripts(tmp_path):
    page = ("<html><head><title>T</title><style>p{}</style>"
            "<link rel='canonical' href='https://example.vn/x'></head><body>"
            "<p>First paragraph.</p><script>alert(1)</script><div>Second <b>one</b>"
            "</div><p>Hà&nbsp;Nội</p></body></html>")
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    doc = read_documents(path)[0]
    assert doc.text.splitlines() == ["First paragraph.", "Second one", "Hà Nội"]
    assert doc.meta["source_url"] == "https://example.vn/x"
    assert "alert" not in html_to_text(page)[0]


def test_jsonl_and_csv_records(tmp_path):
    jl = tmp_path / "a.jsonl"
    jl.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in [
        {"id": "x1", "body": "Hello there.", "url": "https://e.vn/1"},
        {"id": "x2", "body": "สวัสดีครับ"}]), encoding="utf-8")
    docs = read_documents(jl, text_column="body")
    assert [d.doc_id for d in docs] == ["x1", "x2"]
    assert docs[0].meta["source_url"] == "https://e.vn/1"
    with pytest.raises(ValueError, match=r"\[E005\]"):
        read_documents(jl)
    csv = tmp_path / "b.csv"
    csv.write_text('id,text\n1,"One, two."\n2,ข้อความ\n', encoding="utf-8")
    assert [d.text for d in read_documents(csv)] == ["One, two.", "ข้อความ"]


def test_bad_jsonl_line_is_named(tmp_path):
    jl = tmp_path / "bad.jsonl"
    jl.write_text('{"text": "ok"}\n{not json}\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"\[E006\].*line 2"):
        read_documents(jl)


def test_folder_is_read_recursively_and_sorted(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text("B text.", encoding="utf-8")
    (tmp_path / "sub" / "a.txt").write_text("A text.", encoding="utf-8")
    (tmp_path / "ignored.bin").write_bytes(b"\x00")
    assert [d.doc_id for d in read_documents(tmp_path)] == ["b", "sub/a"]  # relative ids


def test_paragraphs_offsets_point_into_original_text():
    text = "  First line.  \r\n\r\n\tSecond line\nComment (0)\n"
    table = paragraphs_table(text)
    assert table["text"].tolist() == ["First line.", "Second line", "Comment (0)"]
    for row in table.itertuples():
        assert text[row.start_char:row.end_char] == row.text
    assert table["is_boilerplate"].tolist() == [False, False, True]


@pytest.mark.parametrize("line,kind", [
    ("Comment (0)", "comments"), ("การแสดงความคิดเห็น (0)", "comments"),
    ("Source: https://example.vn/x.html", "source"), ("ที่มา: https://e.vn/y", "source"),
    ("By Le Thi Hoa", "byline"), ("Latest news", "navigation"), ("view Search", "navigation"),
    ("Write your comment", "form"), ("Full name:(*)", "form"), ("Phone number:", "form"),
    ("Capcha:   Lấy lại mã bảo mật", "form"), ("Ha Noi Info", "site_name"),
    ("(21:17 12/03/2018)", "date"), ("|", "noise"),
    ("The chairman met voters in the city hall |", "caption"),
    ("The Party Committee held 126 dialogue sessions with citizens.", None),
])
def test_boilerplate_kinds(line, kind):
    table = paragraphs_table("The report was long and detailed for everyone.\n" + line)
    assert table["boilerplate_kind"].astype(object).where(
        table["is_boilerplate"], None).tolist()[1] == kind


def test_city_list_at_the_end_is_flagged():
    text = "A long body paragraph about the work of the Front.\nLatest news\nHà Nội\nHải Phòng\nĐà Nẵng\n"
    table = paragraphs_table(text)
    assert table["is_boilerplate"].tolist() == [False, True, True, True, True]


def test_meta_from_byline_and_header_date():
    doc = read_documents("Title of a report (21:17 12/03/2018)\nBody text here.\nBy Mai Lan\n")[0]
    assert doc.meta["published"] == "21:17 12/03/2018"
    assert doc.meta["author"] == "Mai Lan"


@pytest.mark.parametrize("stamp", ["4 min read", "Comments (212)", "อ่าน 5 นาที", "6.40pm"])
def test_a_stamp_without_a_day_is_no_published_date(stamp):
    doc = read_documents(f"Ferry fares cut by 10%\n{stamp}\nThe port cut fares by 10% on Monday.\n")[0]
    assert "published" not in doc.meta


def test_a_dateline_with_only_a_month_and_year_is_still_the_date():
    doc = read_documents("Update: December, 02/2026 - 08:12\nFerry fares cut by 10% on Monday.\n")[0]
    assert "2026" in doc.meta["published"]


def test_demo_pair_reads():
    docs = read_documents(DEMO)
    assert {d.doc_id for d in docs} == {"demo_en", "demo_th"}


def test_seed_articles_languages_and_boilerplate():
    docs = {d.doc_id[:3]: d for d in read_documents(shared_path("corpus", "seeds"))}
    tables_ = {k: paragraphs_table(d) for k, d in docs.items()}
    for key in ("000", "001", "002", "004"):
        body = tables_[key][~tables_[key]["is_boilerplate"]]
        assert set(body["lang"].astype(str)) == {"en"}, key
    body = tables_["003"][~tables_["003"]["is_boilerplate"]]
    assert set(body["lang"].astype(str)) == {"th"}
    t4 = tables_["004"]
    flagged = t4[t4["is_boilerplate"]]["text"].tolist()
    for line in ("By Mai Phuong", "Latest news", "Other news", "view Search",
                 "Write your comment", "Full name:(*)", "Phone number:", "Hà Nội",
                 "TP Hồ Chí Minh", "Ha Noi Info"):
        assert line in flagged
    assert docs["004"].meta["author"] == "Mai Phuong"
    assert docs["004"].meta["published"] == "21:17 12/03/2018"
    assert docs["000"].meta["source_url"].startswith("https://kinhtedothi.vn/")
    assert tables_["001"]["boilerplate_kind"].astype(object).iloc[0] == "caption"
    assert SEEDS.exists()
