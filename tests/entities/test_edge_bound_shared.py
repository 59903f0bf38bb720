"""One edit-distance bound per name for every window it is looked for in (issue 13):
the rows kept from one window's stretches, whatever order they were read in, give
the answers a fresh bound gives in the next window."""

from massmob_nlp.entities.sound_bounds import EdgeBound, edge_bound, latin_bound
from massmob_nlp.entities.sound_keys import sound_key
from massmob_nlp.entities.thai_search import find_in_thai

WINDOWS = [
    "ทีม ลิเวอร์พูล ชนะ แมนเชสเตอร์ ยูไนเต็ด สอง ประตู ต่อ หนึ่ง",
    "นาย มาร์ติน ลูเทอร์ กล่าว ที่ เมือง ลิเวอร์ พูล ว่า",
    "แฟน บอล ลิเวอร์พูล หลาย พัน คน รอ อยู่ หน้า สนาม แอนฟิลด์",
]


def _keys(text: str) -> list[str]:
    """Skeletons of every stretch of up to five words, start by start, end by end."""
    words = text.split(" ")
    return [sound_key(" ".join(words[a:b])) for a in range(len(words))
            for b in range(a + 1, min(len(words), a + 5) + 1)]


def test_one_bound_per_name() -> None:
    assert edge_bound("Liverpool") is edge_bound("Liverpool")
    assert edge_bound("Liverpool") is not edge_bound("Anfield")


def test_rows_kept_across_windows_give_a_fresh_bound_s_answers() -> None:
    for name in ("Liverpool", "Manchester United", "Martin Luther", "Anfield"):
        shared = EdgeBound(latin_bound(name))
        skipped = 0
        for text in WINDOWS:
            for floor in (0.8, 0.95):
                for key in _keys(text):
                    fresh = EdgeBound(latin_bound(name))
                    answer = fresh.cannot_reach(key, floor, thai_reading=True)
                    assert shared.cannot_reach(key, floor, thai_reading=True) == answer, \
                        (name, key, floor)
                    skipped += answer
        assert skipped  # most stretches of a sentence are no rendering of the name


def test_a_name_is_found_in_each_window_it_is_in() -> None:
    for text in (WINDOWS[0], WINDOWS[2]):
        edges = sorted({0, len(text), *(i for i, c in enumerate(text) if c == " "),
                        *(i + 1 for i, c in enumerate(text) if c == " ")})
        found = find_in_thai("Liverpool", text, edges)
        assert found is not None and text[found[0]:found[1]] == "ลิเวอร์พูล"
    text = WINDOWS[1]
    edges = sorted({0, len(text), *(i for i, c in enumerate(text) if c == " "),
                    *(i + 1 for i, c in enumerate(text) if c == " ")})
    found = find_in_thai("Martin Luther", text, edges)
    assert found is not None and text[found[0]:found[1]] == "มาร์ติน ลูเทอร์"


def test_a_stretch_repeated_in_a_window_is_found_each_time() -> None:
    from massmob_nlp.entities.thai_search import _found_stretches

    text = "ลิเวอร์พูล แพ้ ใน บ้าน แต่ ลิเวอร์พูล ยัง นำ ตาราง"
    edges = tuple(sorted({0, len(text), *(i for i, c in enumerate(text) if c == " "),
                          *(i + 1 for i, c in enumerate(text) if c == " ")}))
    found = [(a, b, s) for a, b, s in _found_stretches("Liverpool", text, edges, 0.8)
             if text[a:b].strip() == "ลิเวอร์พูล"]
    assert len({a for a, _, _ in found}) == 2  # the same skeleton: one answer, both kept
    assert len({s for _, _, s in found}) == 1
