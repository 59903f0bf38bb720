"""Issue 12: bad input, hostile input and faults. Each case gets a correct result or a
coded error; in corpus runs one bad input never stops the others."""

from __future__ import annotations

import codecs
import os

import pandas as pd
import pytest

import massmob_nlp as mm
from massmob_nlp.cli import main
from massmob_nlp.corpus.reader import read_corpus
from massmob_nlp.corpus.sources import looks_like_path
from massmob_nlp.langid import detect_language, paragraph_languages
from massmob_nlp.tokens.words import _periodic_spans, thai_tokens

EN = "The provincial committee met 126 citizens in May.\n"
TH = "คณะกรรมการจังหวัดพบประชาชน 126 คนในเดือนพฤษภาคม\n"


# ------------------------------------------------------------- paths and doc_ids
@pytest.mark.parametrize("text", ["corpus/", "missing_file.txt", "notes/x.html",
                                  "a folder/", "data.json"])
def test_missing_path_like_string_is_e002(tmp_path, monkeypatch, text):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(FileNotFoundError, match=r"\[E002\]"):
        mm.read_documents(text)
    with pytest.raises(FileNotFoundError, match=r"\[E002\]"):
        mm.analyze(text)


def test_missing_file_under_existing_folder_is_e002(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "en").mkdir()
    with pytest.raises(FileNotFoundError, match=r"\[E002\]"):
        mm.read_documents("en/article")


@pytest.mark.parametrize("text", ["12/03/2018", "Source: https://example.vn/", "and/or",
                                  "Hà Nội / Hải Phòng", "ตามมติ 217-QD/TW", "hello"])
def test_text_that_is_not_a_path_stays_text(tmp_path, monkeypatch, text):
    monkeypatch.chdir(tmp_path)
    assert not looks_like_path(text)
    [doc] = mm.read_documents(text)
    assert doc.text == text


def test_literal_text_that_looks_like_a_path_via_document():
    [doc] = mm.read_documents(mm.Document("note", "corpus/"))
    assert (doc.doc_id, doc.text) == ("note", "corpus/")


def test_analyze_reads_an_existing_file(tmp_path):
    (tmp_path / "a.txt").write_text(EN, "utf-8")
    assert mm.analyze(str(tmp_path / "a.txt")).document.text == EN


def test_same_file_name_in_two_folders_gets_two_ids(tmp_path):
    for lang, text in (("en", EN), ("th", TH)):
        (tmp_path / lang).mkdir()
        (tmp_path / lang / "a.txt").write_text(text, "utf-8")
    docs = mm.read_documents([str(tmp_path / "en"), str(tmp_path / "th")])
    assert [d.doc_id for d in docs] == ["en/a", "th/a"]
    assert [d.doc_id for d in mm.read_documents(str(tmp_path / "en" / "a.txt"))] == ["a"]


def test_same_stem_two_types_keep_extension(tmp_path):
    (tmp_path / "a.txt").write_text(EN, "utf-8")
    (tmp_path / "a.html").write_text(f"<p>{EN}</p>", "utf-8")
    assert sorted(d.doc_id for d in mm.read_documents(str(tmp_path))) == ["a.html", "a.txt"]


def test_duplicate_user_ids_are_an_error(tmp_path):
    with pytest.raises(ValueError, match=r"\[E008\]"):
        mm.read_documents([mm.Document("x", EN), mm.Document("x", TH)])
    (tmp_path / "r.jsonl").write_text('{"id": "1", "text": "a"}\n{"id": "1", "text": "b"}\n',
                                      "utf-8")
    with pytest.raises(ValueError, match=r"\[E008\]"):
        mm.read_documents(str(tmp_path / "r.jsonl"))
    docs, errors = read_corpus(str(tmp_path))
    assert [d.text for d in docs] == ["a"] and errors["error"].tolist() == ["DuplicateId"]


def test_identical_texts_get_distinct_ids():
    ids = [d.doc_id for d in mm.read_documents([EN, EN])]
    assert len(set(ids)) == 2


# ------------------------------------------------------------------- CLI options
@pytest.mark.parametrize("argv,needle", [
    (["analyze", "IN", "--tables", "numbrs"], "--tables numbrs"),
    (["analyze", "IN", "--lang", "xx"], "--lang 'xx'"),
    (["analyze", "IN", "--encoding", "no-such-codec"], "--encoding"),
    (["pair", "IN", "--threshold", "2"], "--threshold"),
    (["demo", "--lang", "en"], "unrecognized arguments"),
    (["compare", "IN", "IN", "--lang", "en"], "unrecognized arguments"),
    (["analyze", "IN", "--format", "xlsx"], "invalid choice"),
])
def test_bad_options_exit_2_with_a_code_before_any_work(tmp_path, capsys, argv, needle):
    src = tmp_path / "in.txt"
    src.write_text(EN, "utf-8")
    out = tmp_path / "out"
    argv = [str(src) if a == "IN" else a for a in argv] + ["--out", str(out)]
    try:
        code = main(argv)
    except SystemExit as e:
        code = e.code
    err = capsys.readouterr().err
    assert code == 2 and "[E040]" in err and needle in err
    assert not out.exists()  # no work was done


def test_demo_help_no_longer_lists_lang(capsys):
    with pytest.raises(SystemExit):
        main(["demo", "--help"])
    assert "--lang" not in capsys.readouterr().out


def test_detect_folder_goes_on_past_unreadable_files(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(EN, "utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01")
    os.symlink(tmp_path / "nowhere.txt", tmp_path / "c.txt")  # unreadable: dangling
    (tmp_path / "d.txt").write_text(TH, "utf-8")
    assert main(["detect", str(tmp_path)]) == 1
    captured = capsys.readouterr()
    assert "a.txt\ten" in captured.out and "d.txt\tth" in captured.out
    assert "[E009]" in captured.err and "[E018]" in captured.err


def test_output_names_cannot_escape_out(tmp_path):
    from massmob_nlp.cli.output import safe_name

    assert "/" not in safe_name("../../x") and not safe_name("../../x").startswith(".")
    assert safe_name("en/a__th/a.numbers") == "en_a__th_a.numbers"


# ------------------------------------------------------------------- file cases
def _write(path, data):
    path.write_bytes(data)
    return str(path)


@pytest.mark.parametrize("name,data,expected", [
    ("utf16.txt", "ภาษาไทย test".encode("utf-16-le"), "ภาษาไทย test"),
    ("cp874.txt", "ภาษาไทย".encode("cp874"), "ภาษาไทย"),
    ("crlf.txt", b"one\r\ntwo\r\n", "one\r\ntwo\r\n"),
    ("cr.txt", b"one\rtwo", "one\rtwo"),
    ("bom_mid.txt", "a\ufeffb".encode("utf-8"), "a\ufeffb"),
    ("bom.txt", codecs.BOM_UTF8 + b"x", "x"),
])
def test_file_encodings_and_line_ends(tmp_path, name, data, expected):
    [doc] = mm.read_documents(_write(tmp_path / name, data))
    assert doc.text == expected


def test_crlf_and_lone_cr_split_paragraphs(tmp_path):
    [doc] = mm.read_documents(_write(tmp_path / "cr.txt", b"one\rtwo\r\nthree"))
    assert mm.paragraphs_table(doc)["text"].tolist() == ["one", "two", "three"]


def test_invalid_utf8_mid_file_warns_and_keeps_the_rest(tmp_path):
    with pytest.warns(UserWarning, match=r"\[W002\]"):
        [doc] = mm.read_documents(_write(tmp_path / "bad.txt", b"good \xff\xfe text"))
    assert doc.text.startswith("good ") and doc.text.endswith(" text")


def test_binary_file_among_text_files(tmp_path):
    (tmp_path / "a.txt").write_text(EN, "utf-8")
    _write(tmp_path / "img.txt", bytes(range(256)) * 4)
    with pytest.raises(UnicodeError, match=r"\[E009\]"):
        mm.read_documents(str(tmp_path / "img.txt"))
    docs, errors = read_corpus(str(tmp_path))
    assert [d.doc_id for d in docs] == ["a"]
    assert errors["message"].str.contains(r"\[E009\]").all()


def test_folder_without_readable_files(tmp_path):
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    with pytest.raises(FileNotFoundError, match=r"\[E014\]"):
        mm.read_documents(str(tmp_path))
    docs, errors = read_corpus(str(tmp_path))
    assert docs == [] and set(errors["stage"]) == {"read", "skip"}


def test_unreadable_file_is_coded(tmp_path, monkeypatch):
    path = tmp_path / "locked.txt"
    path.write_text(EN, "utf-8")
    real = type(path).read_bytes

    def deny(self):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(type(path), "read_bytes", deny)
    with pytest.raises(PermissionError, match=r"\[E018\]"):
        mm.read_documents(str(path))


def test_csv_without_text_column_and_the_cli_option(tmp_path, capsys):
    src = tmp_path / "r.csv"
    src.write_text("key,body\nk1,Hello there my friend\n", "utf-8")
    with pytest.raises(ValueError, match=r"\[E005\]"):
        mm.read_documents(str(src))
    [doc] = mm.read_documents(str(src), text_column="body", id_column="key")
    assert doc.doc_id == "k1"
    assert main(["detect", str(src), "--text-column", "body", "--id-column", "key"]) == 0
    assert "\ten" in capsys.readouterr().out


def test_large_single_line_file(tmp_path):
    line = ("word " * 10_000_000)[:50_000_000]
    [doc] = mm.read_documents(_write(tmp_path / "big.txt", line.encode()))
    assert len(doc.text) == 50_000_000
    assert len(mm.paragraphs_table(doc)) == 1


# --------------------------------------------------------------- not text, empty
@pytest.mark.parametrize("value", [None, b"bytes", 3.5, 42])
def test_not_text_is_a_coded_type_error(value):
    with pytest.raises(TypeError, match=r"\[E0\d\d\]"):
        mm.read_documents(value)
    with pytest.raises(TypeError, match=r"\[E0\d\d\]"):
        mm.analyze(value)
    with pytest.raises(TypeError, match=r"\[E0\d\d\]"):
        detect_language(value)


def test_dataframe_without_text_column():
    with pytest.raises(ValueError, match=r"\[E005\]"):
        mm.read_documents(pd.DataFrame({"body": ["x"]}))
    docs = mm.read_documents(pd.DataFrame({"text": [EN, None], "id": ["a", None]}))
    assert [d.doc_id for d in docs] == ["a", "row:1"] and docs[1].text == ""


@pytest.mark.parametrize("text", ["", "   \n\t ", "Comment (0)", "12345 678",
                                  "https://example.vn/a/b.html"])
def test_empty_like_texts_give_empty_tables_and_und(text):
    doc = mm.Document("d", text)
    assert mm.documents_table([doc])["lang"].tolist() == ["und"]
    analysis = mm.analyze(doc)
    numbers = mm.numbers_table(analysis)
    entities = mm.entities_table(analysis)
    assert list(entities.columns) == list(mm.entities_table("").columns)
    assert len(entities) == 0
    if not any(c.isdigit() for c in text):
        assert len(numbers) == 0


# -------------------------------------------------------------------- text cases
def test_repeated_so_so_is_cut_into_bounded_pieces():
    text = "ส" * 5_000
    assert _periodic_spans(text) == [(0, 5_000, 1)]
    toks = thai_tokens(text, 0, len(text))
    assert "".join(text[s:e] for s, e in toks) == text
    assert max(e - s for s, e in toks) <= 12


@pytest.mark.parametrize("text", ["การระดมมวลชนของคณะกรรมการพรรค", "---------------------------",
                                  "5555555555555555555555555555"])
def test_real_text_is_not_cut(text):
    assert _periodic_spans(text) == []


@pytest.mark.parametrize("text", [
    "ภา\u200bษา\u200cไทย", "🇻🇳 Việt Nam và 🇹🇭 Thái Lan", "a\x07b\x1bc", "e\u0301\u0323",
    "ก\u0e34\u0e48\u0e49\u0e49", "Hà Nội ประชุม with the delegation", "7" * 100_000,
    "<script>alert(1)</script><!-- c --><p>ok</p>", "中华人民共和国主席", "Москва сегодня",
])
def test_hostile_text_tokens_round_trip(text):
    toks = mm.tokenize(text)
    assert "".join(toks["text"]) == text


def test_flag_emoji_is_not_an_org():
    ents = mm.entities_table("🇻🇳 🇹🇭 The Party Committee met in Hanoi.")
    assert not ents["text"].str.contains("\U0001F1FB").any()


@pytest.mark.parametrize("text,lang", [
    ("Alasdair Lamont จาก BBC Scotland รายงานจาก Tony Macaroni Arena", "th"),
    ("Manchester United ชนะ Liverpool 2-1 ที่ Old Trafford", "th"),
    ("Debra Perlingiere", "en"),
    ("The minister (ประยุทธ์) said that the plan would go ahead.", "en"),
    ("Le comité a publié une nouvelle résolution sur le travail de masse.", "fr"),
    ("Chủ tịch nước tiếp đoàn đại biểu", "vi"),
])
def test_language_of_mixed_lines(text, lang):
    assert detect_language(text) == lang


def test_document_language_is_the_prior_of_its_paragraphs():
    paras = ["The Party Committee held dialogue sessions with citizens in May.",
             "Officials said most petitions were resolved within a month.",
             "Livingston Rangers Menga goal downs men"]
    assert paragraph_languages(paras)[-1] == "en"
    french = "Le comité a publié une nouvelle résolution sur le travail de masse."
    assert paragraph_languages([*paras, french])[-1] == "fr"
