"""Number reading found wrong on the blind article golds b73-b75 (session 25): the
pronoun one after "to <verb>", plural acronyms after a glued million, mixed numbers in
thirds, US cents, one of a currency, the last half-hour, a bare "a decade", glued race
times, Thai แรก after minutes and hours, Thai ที่สาม before ร้อยละ, and a change "by X to
Y" whose verb a list leaves out."""

from __future__ import annotations

import pytest

from massmob_nlp.numbers import find_numbers


def _found(text: str, lang: str = "en") -> list[tuple[str, str, bool]]:
    return [(m.text, m.key, m.vague) for m in find_numbers(text, lang)]


@pytest.mark.parametrize("text,found", [
    # "to <verb> one" ending its clause: the pronoun (an appeal, a branch), vague
    ("The men have 15 days to lodge one.", [("15 days", "duration:15:day", False),
                                                 ("one", "cardinal:1", True)]),
    ("The bank had no branch there but plans to open one, it said.",
     [("one", "cardinal:1", True)]),
    # no verb after "to": a count
    ("Its staff was cut to just one.", [("one", "cardinal:1", False)]),
    ("The team hopes to win one.", [("one", "cardinal:1", False)]),
])
def test_one_after_to_and_a_verb_is_the_pronoun(text: str, found: list) -> None:
    assert _found(text) == found


@pytest.mark.parametrize("text,key", [
    ("The port handled 4.1m TEUs in 2026.", "cardinal:4100000"),
    ("Sales reached 1.2m EVs.", "cardinal:1200000"),
    ("Pour in about 2⅓ cups of stock.", "cardinal:2.3333333333"),
    ("Power costs about 9.1 US cents a unit.", "money:0.091:USD"),
    ("A one-baht rise in the currency hurts exporters.", "money:1:THB"),
    ("He kept a one-dollar coin.", "money:1:USD"),
])
def test_amounts(text: str, key: str) -> None:
    assert key in [k for _, k, _ in _found(text)]


def test_glued_million_before_a_distance_event_stays_metres() -> None:
    assert _found("She won the 400m hurdles.") == [("400", "cardinal:400", False)]


@pytest.mark.parametrize("text,found", [
    ("They held on through the final half-hour.",
     [("half-hour", "duration:30:minute", False)]),
    ("Growth was the slowest in a decade.", [("a decade", "duration:10:year", True)]),
    ("They signed a decade-long deal.", []),
])
def test_lengths_of_time_without_a_numeral(text: str, found: list) -> None:
    assert _found(text) == found


def test_the_first_half_hour_is_a_stretch_of_play() -> None:
    assert not [k for _, k, _ in _found("The first half-hour of play was dull.")
                if k.startswith("duration:")]


@pytest.mark.parametrize("text,found", [
    ("His best lap was 1m 31.204s, and the race took 40m 2.5s.",
     [("1m 31.204s", "duration:91.204:second", False),
      ("40m 2.5s", "duration:2402.5:second", False)]),
    ("She ran 2h 21m 5s.", [("2h 21m 5s", "duration:8465:second", False)]),
    ("Laps of 1m 30s followed.", [("1m 30s", "duration:90:second", False)]),
    ("Music of the 1930s and a 30m tower.", [("1930s", "decade:1930", False),
                                             ("30", "cardinal:30", False)]),
])
def test_glued_race_times(text: str, found: list) -> None:
    assert _found(text) == found


@pytest.mark.parametrize("text,found", [
    ("ทีมเยือนบุกหนักใน 15 นาทีแรก ของเกม", [("15 นาที", "duration:15:minute", False),
                                          ("แรก", "ordinal:1", True)]),
    ("ที่นั่งรอบที่สองร้อยละ 10 สงวนไว้ให้สมาชิก", [("รอบที่สอง", "ordinal:2", False),
                                               ("ร้อยละ 10", "percent:10", False)]),
    ("ราคาสามร้อยบาท", [("สามร้อยบาท", "money:300:THB", False)]),
])
def test_thai(text: str, found: list) -> None:
    assert _found(text, "th") == found


def test_a_later_change_by_x_to_y_with_its_verb_left_out_is_no_range() -> None:
    text = ("Pensions will rise by RM120 to RM1,620 in Zone A, in Zone B by RM100 to "
            "RM1,400, and in Zone C by RM80 to RM1,200.")
    keys = [k for _, k, _ in _found(text)]
    assert keys == ["money:120:MYR", "money:1620:MYR", "money:100:MYR", "money:1400:MYR",
                    "money:80:MYR", "money:1200:MYR"]


@pytest.mark.parametrize("text,lang,found", [
    ("He anchored the 4x100m relay.", "en", [("4x100m", "code:4x100", False)]),
    ("ทีมผลัด 4x400 เมตรหญิงคว้าทอง", "th", [("4x400 เมตร", "code:4x400", False)]),
])
def test_a_relay_is_one_code(text: str, lang: str, found: list) -> None:
    assert _found(text, lang) == found


def test_once_a_decade_is_a_frequency() -> None:
    assert not [k for _, k, _ in _found("Such a sale comes maybe once a decade.")
                if k.startswith("duration:")]
