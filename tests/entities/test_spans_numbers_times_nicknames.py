"""Name spans that hold a measure, a code, a time or a rank are cut or dropped; a Thai
nickname in quotes and a position after the name are no part of a person; the ``t``
of -stle is silent. All sentences and people are invented for these tests."""

from __future__ import annotations

from massmob_nlp.entities import MIN_MATCH_SCORE, name_similarity
from massmob_nlp.entities.english_spans import is_english_name, trim_english_span
from massmob_nlp.entities.thai_split import split_person_spans, trim_amounts


def test_english_spans_with_measures_and_codes() -> None:
    text = "Rain in Ha Dong 412 mm fell overnight."
    s, e, _ = trim_english_span(text, text.index("Ha"), text.index(" fell"), "ORG")
    assert text[s:e] == "Ha Dong"
    code = "Flight QZ204 returned to Perth."
    s, e, _ = trim_english_span(code, 0, code.index(" returned"), "PERSON")
    assert s == e  # a person span with a digit names no one
    assert not is_english_name("65W") and not is_english_name("4,500mAh")
    assert is_english_name("Apollo")


def _trimmed(text: str, word: str) -> list[str]:
    a = text.index(word)
    return [text[x:y] for x, y, _, _ in trim_amounts(text, [(a, len(text), "LOCATION", 1.0)])]


def test_thai_place_spans_end_before_a_time() -> None:
    assert _trimmed("เรือเดินทางถึงญี่ปุ่นเมื่อวันอังคาร", "ญี่ปุ่น") == ["ญี่ปุ่น"]
    assert _trimmed("นักท่องเที่ยวไปเชียงรายเย็นวันศุกร์", "เชียงราย") == ["เชียงราย"]
    assert _trimmed("งานจะเสร็จภายในสิ้นเดือนกรกฎาคม", "สิ้นเดือน") == []
    assert _trimmed("ทีมจบอันดับห้า", "อันดับ") == []
    assert _trimmed("ชาวบ้านห้วยเย็นร้องเรียน", "ห้วยเย็น")[0].startswith("ห้วยเย็น")


def test_a_position_after_a_thai_name_is_cut() -> None:
    text = "นายสมพงษ์ แก้วใส อธิการบดีมหาวิทยาลัยแห่งหนึ่ง กล่าว"
    spans = split_person_spans(text, [(0, text.index(" กล่าว"), "PERSON", 1.0)])
    assert text[spans[0][0]:spans[0][1]].strip() == "นายสมพงษ์ แก้วใส"


def test_silent_t_of_stle() -> None:
    assert name_similarity("Newcastle", "นิวคาสเซิล") >= MIN_MATCH_SCORE
    assert name_similarity("Castlemaine", "คาสเซิลเมน") >= MIN_MATCH_SCORE


def test_nickname_and_given_name_of_a_thai_player() -> None:
    from massmob_nlp.comparison.entity_leftovers import _nickname
    from massmob_nlp.comparison.entity_scores import _given_name_scores

    th = '"ต้น" กิตติพงษ์ แสงดี คว้าแชมป์นอร์ดิกโอเพ่น'
    nick = {"label": "PERSON", "text": "ต้น", "start_char": 1, "end_char": 4}
    assert _nickname(th, nick)
    assert not _nickname("นายต้น กล่าว", {"label": "PERSON", "text": "ต้น",
                                           "start_char": 3, "end_char": 6})
    src = [{"label": "PERSON", "text": "Kittipong"}, {"label": "PERSON", "text": "Lars"}]
    tgt = [{"label": "PERSON", "text": "ต้น กิตติพงษ์"},
           {"label": "PERSON", "text": "กิตติพงษ์ แสงดี"},
           {"label": "PERSON", "text": "สมชาย แสงดี"}]
    out: dict[tuple[int, int], float] = {}
    _given_name_scores(src, tgt, out)
    assert (0, 0) in out and (0, 1) in out
    assert (0, 2) not in out and not any(i == 1 for i, _ in out)


def test_a_thai_place_in_the_dictionary_is_found_by_its_romanization() -> None:
    from word_edges import word_edges

    from massmob_nlp.entities.thai_search import find_in_thai

    text = "ฝนตกหนักทำให้หนองคายมีน้ำท่วมสูง"
    edges = word_edges(text, ["ฝน", "ตก", "หนัก", "ทำให้", "หนองคาย", "มี", "น้ำท่วม", "สูง"])
    hit = find_in_thai("Nong Khai", text, edges)
    assert hit is not None and text[hit[0]:hit[1]] == "หนองคาย"
    other = "เขาได้คะแนนสูงสุด"
    assert find_in_thai("Chen Yun", other, word_edges(other, ["เขา", "ได้", "คะแนน", "สูงสุด"])) \
        is None
