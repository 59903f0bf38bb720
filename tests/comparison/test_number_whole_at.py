"""``number_unmatched._whole_at``: a joined number blanked out of its bead's text is
the number itself, not the same digits inside another number (a str.find loop that
must agree with the look-around regular expression it replaced)."""

import random
import re

import pytest

from massmob_nlp.comparison.number_unmatched import _whole_at

_BEFORE = r"(?<![0-9๐-๙])(?<![0-9][.,])"
_AFTER = r"(?![0-9๐-๙])(?![.,][0-9])"


def _by_regex(hay: str, text: str) -> int:
    m = re.search(_BEFORE * text[:1].isdigit() + re.escape(text)
                  + _AFTER * text[-1:].isdigit(), hay)
    return m.start() if m else -1


@pytest.mark.parametrize(("hay", "text", "at"), [
    ("ยอดขายวันที่ 27 พ.ย. มาจาก 2 แบรนด์", "2", 27),
    ("The fund grew 3.5% to 5 billion baht", "5", 22),
    ("The fund grew 3.5% to 5 billion baht", "3.5%", 14),
    ("ราคา ๑๒ บาท และ ๒ บาท", "๒", 16),
    ("a 1,200-seat hall and 200 guests", "200", 22),
    ("เลข 12 และ 120", "12", 4),
    ("only 120 and 1200", "12", -1),
    ("", "", 0),
])
def test_whole_number_found(hay: str, text: str, at: int) -> None:
    assert _whole_at(hay, text) == at
    assert _by_regex(hay, text) == at


def test_agrees_with_the_regex_on_generated_text() -> None:
    rng = random.Random(7)
    alphabet = "0123456789๑๒๙.,, ab²"
    for _ in range(20000):
        hay = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        if hay and rng.random() < 0.5:
            i = rng.randrange(len(hay))
            text = hay[i:i + rng.randint(1, 4)]
        else:
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 4)))
        assert _whole_at(hay, text) == _by_regex(hay, text), (hay, text)
