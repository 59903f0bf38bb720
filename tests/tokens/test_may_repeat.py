"""The repetition guard's batch test (_may_repeat) never misses a paragraph that the
per-chunk test (_repeat_safe_pieces) would cut, so skipping the others changes no
token; and it flags repetitions the way the guard needs on hostile text."""

from __future__ import annotations

import random

from massmob_nlp.tokens import words


def _cut(text: str) -> bool:
    return any(words._repeat_safe_pieces(text[s:e]) != [(0, e - s)]
               for s, e in words._chunks(text, 0, len(text)))


def test_batch_test_flags_every_paragraph_the_guard_cuts():
    rng = random.Random(13)
    alphabet = "กขคงสาา 0,.ab-\0"
    cut = 0
    for _ in range(400):
        texts = []
        for _ in range(rng.randint(1, 10)):
            unit = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 9)))
            noise = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
                     for _ in range(2)]
            text = noise[0] + unit * rng.randint(0, 8) + noise[1]
            texts.append(text * 200 if rng.random() < 0.03 else text)
        for text, flag in zip(texts, words._may_repeat(texts), strict=True):
            if _cut(text):
                cut += 1
                assert flag, text
    assert cut > 50  # the random texts do hold repetitions to cut


def test_plain_news_paragraphs_are_not_flagged_and_tokens_are_the_same():
    texts = ["ในช่วง 5 เดือนแรกของปี 2567 คณะกรรมการจัดการเสวนา 126 ครั้ง",
             "สสสสสสสสสสสสสสสสสสสสสสสสสสสสสส ตลาดน้ำ",
             "The council met 2 delegates in Hanoi."]
    assert words._may_repeat(texts) == [False, True, False]
    for text in texts:
        assert words.thai_tokens(text, 0, len(text), repeats=False) == \
            words.thai_tokens(text, 0, len(text)) or _cut(text)
