"""The letter-to-sound rules tried only at the letters their match may start with
(sounds_europe.Rules.heads, sound_keys._EN_BY_HEAD; issue 13, speed): the same first
rule as trying every rule, sooner. Names written for these tests."""

import pytest

from massmob_nlp.entities import sound_keys, sounds_europe
from massmob_nlp.entities.sounds_europe import _heads

NAMES = ["Jiménez", "Sevilla", "Guerrero", "Ecuador", "Managua", "Coelho", "Joaquim",
         "Bordeaux", "Pierre", "Versailles", "Guillaume", "Schwarzenegger", "Stuttgart",
         "Pfizer", "Giuseppe", "Sciacca", "Gnocchi", "Ghirlandaio", "Erdoğan", "Recep",
         "Çelik", "Djokovic", "Vučić", "Ljubljana", "Njegoš", "Xavier", "Zürich"]
RULES = [sounds_europe._ES, sounds_europe._PT, sounds_europe._FR, sounds_europe._DE,
         sounds_europe._IT, sounds_europe._TR, sounds_europe._SH]


@pytest.mark.parametrize("rules", RULES)
def test_a_rule_matches_only_at_its_heads(rules: sounds_europe.Rules) -> None:
    seen = 0
    for name in NAMES:
        word = name.casefold()
        for i in range(len(word)):
            for pattern, _ in rules.pairs:
                m = pattern.match(word, i)
                if m and m.end() > i:
                    assert word[i] in _heads(pattern.pattern), (pattern.pattern, word, i)
                    assert (pattern, _) in rules.heads[word[i]]
                    seen += 1
    assert seen > 5


def test_the_heads_keep_the_rules_order() -> None:
    for rules in RULES:
        for tried in rules.heads.values():
            assert list(tried) == [r for r in rules.pairs if r in tried]
    for ch, tried in sound_keys._EN_BY_HEAD.items():
        assert list(tried) == [r for r in sound_keys._EN_RULES if r[0][0] == ch]
    assert sum(map(len, sound_keys._EN_BY_HEAD.values())) == len(sound_keys._EN_RULES)


@pytest.mark.parametrize("pattern", ["a?b", "(ab)", ".x", "[a-z]b", "x*", r"\w", ""])
def test_a_pattern_without_sure_heads_is_refused(pattern: str) -> None:
    with pytest.raises(ValueError):
        _heads(pattern)


def test_heads_of_anchored_and_lookbehind_rules() -> None:
    assert _heads("^x") == "x"
    assert _heads("(?<=[aouı])g(?=[aouı])") == "g"
    assert _heads("[cčć]h?") == "cčć"


def _every_rule(word: str, rules: sounds_europe.Rules) -> str:
    out, i = [], 0
    while i < len(word):
        for pattern, cls in rules.pairs:
            m = pattern.match(word, i)
            if m and m.end() > i:
                out.append(cls)
                i = m.end()
                break
        else:
            out.append("V" if word[i] in sounds_europe._VOWELS else
                       sounds_europe._BASE.get(word[i], ""))
            i += 1
    return "".join(out)


@pytest.mark.parametrize("rules", RULES)
def test_readings_as_with_every_rule_tried(rules: sounds_europe.Rules) -> None:
    for name in NAMES:
        word = name.casefold()
        assert sounds_europe._read(word, rules) == _every_rule(word, rules), word
