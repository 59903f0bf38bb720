"""The gazetteer's Latin scan (one alternation per first letter) finds exactly what
the one big case-blind alternation finds. The sentences are our own."""

from __future__ import annotations

import unicodedata

import pytest

from massmob_nlp.entities import gazetteer as gz

SENTENCES = [
    "The Ministry of Finance and the State Bank of Vietnam met in Hanoi on Monday.",
    "HANOI (Reuters) - ho chi minh city officials said the Mekong Delta flooded.",
    "Delegates from Da Nang, Hai Phong and Can Tho joined the Communist Party meeting.",
    "Hà Nội and Thành phố Hồ Chí Minh are written with diacritics here.",
    "A visitor from İzmir and one from Kraków wrote ſome oddly spelt words.",
    "Nothing to find in this one, only plain words and 42 numbers.",
    "กระทรวงการคลังของเวียดนามประชุมที่กรุงฮานอย กับ Vietnam Fatherland Front",
    "The VFF, the CPV and the politburo; hanoi-based officials and Hanoi's mayor.",
]


def _plain(text: str) -> list[tuple[int, int, str]]:
    """The Latin hits as one big case-blind alternation finds them (the scan before)."""
    latin_re, latin, _, _ = gz._compiled(None)
    folded = gz.fold(text)
    out = []
    for m in latin_re.finditer(folded):
        entry, variant = latin[m.group(0).casefold()]
        if gz._case_ok(variant, text[m.start():m.end()]):
            out.append((m.start(), m.end(), entry.entity_id))
    return out


@pytest.mark.parametrize("text", SENTENCES)
def test_scan_equals_one_alternation(text: str) -> None:
    text = unicodedata.normalize("NFC", text)
    hits = [(h.start, h.end, h.entry.entity_id) for h in gz.find(text, boundaries=set())]
    expected = _plain(text)
    assert hits[:len(expected)] == expected  # the Latin hits come first
    assert not any(c.isascii() for s, e, _ in hits[len(expected):] for c in text[s:e]
                   if c.isalpha())  # the rest are Thai


def test_some_sentences_have_hits() -> None:
    assert sum(bool(_plain(unicodedata.normalize("NFC", t))) for t in SENTENCES) >= 4
    assert gz._latin_at("ก") is None  # no variant starts with a Thai letter
