"""English sentences never start at a lower-case word after a comma or no punctuation:
spaCy's parser sometimes cuts there. Sentences written for these tests."""

import pytest

import massmob_nlp as mm


@pytest.mark.parametrize("text", [
    "Any steeper and the probe would have burned up, any flatter and it would have "
    "bounced off the atmosphere.",
    "Seventeen years old and she does that in front of 30,000 fans.",
    "I love to cook with that and I am always looking for recipes that fit that style.",
    "Too wet and the seeds rot, too dry and they never sprout at all.",
])
def test_no_sentence_starts_at_a_lowercase_word(text):
    sentences = mm.analyze(text, lang="en").sentences
    assert sentences["text"].tolist() == [text]


def test_sentence_ends_still_split():
    text = "Seventeen years old and she does that. iPhones were sold out. and so on."
    got = mm.analyze(text, lang="en").sentences["text"].tolist()
    assert got[0] == "Seventeen years old and she does that."
    assert len(got) >= 2
