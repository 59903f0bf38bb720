import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import shared_path
from massmob_nlp import detect_language, language_spans


@pytest.mark.parametrize("text,lang", [
    ("The Politburo issued a decision on mass mobilization work.", "en"),
    ("ตามมติ 217-QD/TW ของ โปลิตบูโร", "th"),
    ("รายได้เฉลี่ย 55 ล้านดอง", "th"),
    ("Hà Nội", "vi"), ("Lấy lại mã bảo mật", "vi"), ("TP Hồ Chí Minh", "vi"),
    ("Công tác dân vận của hệ thống chính trị", "vi"),
    ("", "und"), ("   ", "und"), ("12/03/2018 21:17", "und"), ("|", "und"),
    ("https://kinhtedothi.vn/ha-noi.html", "und"), ("10,665", "und"),
    ("Le comité a publié une nouvelle résolution sur le travail de masse.", "fr"),
    ("Привет, как дела?", "ru"),
])
def test_detect_language(text, lang):
    assert detect_language(text) == lang


def test_detect_language_is_deterministic_across_processes():
    text = "Ha Noi Info"
    code = ("from massmob_nlp import detect_language as d;"
            f"print(d({text!r}), d('Bac Kan province'), d('Ok'))")
    outs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           check=True).stdout for _ in range(3)}
    assert len(outs) == 1


def test_detect_language_rejects_non_text():
    with pytest.raises(TypeError):
        detect_language(None)  # type: ignore[arg-type]


def test_language_spans_code_inside_thai():
    spans = language_spans("ตามมติ 217-QD/TW ของ โปลิตบูโร")
    assert spans[["lang", "script"]].values.tolist() == [
        ["th", "Thai"], ["und", "Code"], ["th", "Thai"]]


def test_language_spans_english_phrase_inside_thai():
    text = "การดำเนินการตาม Law on Grassroots Democracy ในระดับรากหญ้า"
    spans = language_spans(text)
    assert spans["lang"].astype(str).tolist() == ["th", "en", "th"]
    en = spans.iloc[1]
    assert text[en.start_char:en.end_char].strip() == "Law on Grassroots Democracy"


@given(st.text(alphabet=st.sampled_from(list("abc ĐđHà ก ข ำ ๒ 1-/QD.\n")), max_size=60))
@settings(max_examples=200, deadline=None)
def test_language_spans_partition_the_text(text):
    spans = language_spans(text)
    if not text:
        assert spans.empty
        return
    assert spans["start_char"].iloc[0] == 0 and spans["end_char"].iloc[-1] == len(text)
    assert (spans["start_char"].iloc[1:].values == spans["end_char"].iloc[:-1].values).all()
    assert detect_language(text) in {"en", "th", "vi", "und", "fr", "de", "es", "it", "pt",
                                     "nl", "id"}


def test_tatoeba_and_pud_sentences_are_identified():
    import csv

    import pandas as pd

    for path in (shared_path("data", "tatoeba", "tatoeba_en_th.tsv"),
                 shared_path("data", "pud", "pud_en_th.tsv")):
        df = pd.read_csv(path, sep="\t", quoting=csv.QUOTE_NONE)
        for lang in ("en", "th"):
            acc = (df[lang].map(detect_language) == lang).mean()
            assert acc >= 0.995, (path.name, lang, acc)


def test_decomposed_vietnamese_is_normalized_for_detection():
    import unicodedata

    text = unicodedata.normalize("NFD", "Lấy lại mã bảo mật")
    assert detect_language(text) == "vi"


def test_thai_sara_am_is_never_decomposed():
    from massmob_nlp import analyze

    text = "การดำเนินงานของคณะกรรมการ"
    a = analyze(text)
    assert "".join(a.tokens["text"]) == text and "ำ" in "".join(a.tokens["text"])


# Issue 12: hard news lines (our own examples).
@pytest.mark.parametrize("text", [
    # "of"/"and" inside a Latin name are no English sentence
    "ประชุม Board of Trade and Industry Council Meeting",
    # a Thai grammatical word (เขา) makes a line quoting English Thai
    'เขาบอกว่า "We will not give up on the people of this country"',
    # one Thai letter (น. after a time) is evidence; the date alone is not
    "(15/08/67) 09.30น.",
])
def test_thai_lines_with_latin_text(text):
    assert detect_language(text) == "th"


def test_english_sentence_around_a_thai_name():
    assert detect_language("สมชาย jogged along quiet streets despite heavy rain") == "en"


@pytest.mark.parametrize("text", [
    # short lines the n-gram model gives to Indonesian/Italian: no word of theirs
    "Professional piano tuning", "Delicious pizza, fair prices",
    # names with accents around a score
    "Hélène Dubois 2 - 1 Marcus Reed",
    # Vietnamese names inside English (state media in English are full of them)
    "General Secretary Tô Lâm visits Hải Phòng", "Mrs Đặng Thu Hà",
])
def test_english_lines_need_strong_evidence_to_be_another_language(text):
    assert detect_language(text) == "en"


def test_a_name_alone_takes_the_documents_language():
    assert detect_language("Hà Nội") == "vi"
    assert detect_language("Hà Nội", prior="en") == "en"


def test_document_language_pools_its_paragraphs():
    from massmob_nlp.langid import paragraph_languages

    doc = ["Nguyễn Văn Hùng, Trần Thị Lan, Phạm Minh Tuấn, Lê Thu Hà",
           "Delegates at the meeting in the capital.", "Hà Nội"]
    assert paragraph_languages(doc) == ["en", "en", "en"]


def test_a_quoted_vietnamese_paragraph_does_not_make_an_english_document_vietnamese():
    from massmob_nlp.langid import paragraph_languages

    doc = ["The minister opened the new port on the coast on Friday.",
           "Lê Văn Thành",
           "He said the port would double the province's exports.",
           "Bộ trưởng Lê Văn Thành phát biểu tại lễ khánh thành cảng."]
    assert paragraph_languages(doc) == ["en", "en", "en", "vi"]


@pytest.mark.parametrize("text,lang", [
    ("Le comité a publié une nouvelle résolution.", "fr"),
    ("Die Regierung hat am Montag beschlossen, die Steuern zu erhöhen.", "de"),
    ("Wij gaan morgen naar de markt", "nl"), ("Saya suka makan nasi goreng", "id"),
    ("Thủ tướng Phạm Minh Chính", "vi"), ("Buenos días señor", "es"),
])
def test_other_latin_languages_keep_their_evidence(text, lang):
    assert detect_language(text) == lang


@pytest.mark.parametrize("text,lang", [
    ("Tickets cost ฿500 each", "en"), ("฿1,200", "und"),  # the baht sign is no Thai word
    # a spelling in brackets after a name is a gloss: the words around it decide
    ("Wai Khru (ไหว้ครู) ceremony", "en"),
    ("Mr Harland (ฮาร์แลนด์) resigned on Friday", "en"),
    ("นายกรัฐมนตรีเดินทางเยือน Wellington (Wellington) ในสัปดาห์หน้า", "th"),
])
def test_glosses_and_signs_in_mixed_lines(text, lang):
    assert detect_language(text) == lang


def test_a_mixed_line_without_thai_grammar_takes_the_documents_language():
    from massmob_nlp.langid import paragraph_languages

    line = "ไฮไลท์ Northfield Rovers 2 - 0 Eastbay City"
    assert detect_language(line) == "th"
    assert detect_language(line, prior="en") == "en"
    doc = ["Rovers beat the league leaders at home on Saturday night.", line]
    assert paragraph_languages(doc) == ["en", "en"]
    assert paragraph_languages(["ผลการแข่งขันฟุตบอลเมื่อคืนนี้", line]) == ["th", "th"]


def test_a_mixed_line_in_a_thai_document_is_thai():
    from massmob_nlp.langid import paragraph_languages

    line = "ชมคลิป: Watch the moment the ball hit the post"
    assert detect_language(line) == "en"
    assert detect_language(line, prior="th") == "th"
    doc = ["นักเตะทีมเยือนยิงชนเสาในนาทีสุดท้ายของการแข่งขัน", line, "Getty Images",
           "ผู้จัดการทีมกล่าวหลังจบเกมว่าลูกทีมเล่นได้ดีแต่โชคไม่เข้าข้าง"]
    assert paragraph_languages(doc) == ["th", "th", "en", "th"]


@given(st.text(alphabet=st.sampled_from(list("กขำ฿ a1.()")), max_size=12))
@settings(max_examples=300, deadline=None)
def test_thai_shortcut_agrees_with_the_rules_on_baht_signs_and_glosses(text):
    from massmob_nlp import langid

    shortcut = langid._plainly_thai
    langid._plainly_thai = lambda _: False
    try:
        long_way = langid.detect_language(text)
    finally:
        langid._plainly_thai = shortcut
    assert langid.detect_language(text) == long_way


def test_real_news_and_web_lines_are_identified():
    import re

    thai = []
    for name in ("train.txt", "val.txt"):
        text = shared_path("data", "thainer", name).read_text("utf-8")
        thai += [re.sub(r"\[/?[A-Z_]+\]", "", t).strip() for t in text.splitlines()]
    thai = [t for t in thai if re.search("[\u0e01-\u0e4e]", t)]
    english = []
    for name in ("en_ewt-ud-dev.iob2", "en_ewt-ud-test.iob2"):
        for line in shared_path("data", "uner", name).read_text("utf-8").splitlines():
            text = line[len("# text = "):]
            if line.startswith("# text = ") and len(re.findall("[A-Za-z]{2,}", text)) >= 2 \
                    and not re.search(r"https?://|www\.|@|\.com\b", text):
                english.append(text)
    assert sum(detect_language(t) == "th" for t in thai) / len(thai) >= 0.9995
    assert sum(detect_language(t) == "en" for t in english) / len(english) >= 0.9995


@pytest.mark.parametrize("name", ["Nguyễn Văn An", "Trần An", "Lê Văn Do"])
def test_a_vietnamese_name_with_an_english_looking_syllable_is_vietnamese(name):
    # An, Do: syllables of a Vietnamese name, not English words, in Vietnamese text;
    # an English document still makes it English
    assert detect_language(name, prior="vi") == "vi"
    assert detect_language(name, prior="en") == "en"


def test_a_name_line_in_a_vietnamese_document_is_vietnamese():
    from massmob_nlp.langid import paragraph_languages

    vi_doc = ["Thủ tướng đã phát biểu tại hội nghị về kinh tế.", "Nguyễn Văn An",
              "Bộ trưởng nói rằng tăng trưởng đạt 6 phần trăm."]
    en_doc = ["The minister spoke at the conference on the economy.", "Nguyễn Văn An",
              "He said growth reached 6 percent."]
    assert paragraph_languages(vi_doc) == ["vi", "vi", "vi"]
    assert paragraph_languages(en_doc) == ["en", "en", "en"]
