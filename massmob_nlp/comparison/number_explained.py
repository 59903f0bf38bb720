"""The ordered steps that explain away a number left without a partner.

After the join (``numbers._compare_numbers``), a number of one side that no pass joined
is tried against each step of ``EXPLANATIONS`` in turn; the first step that gives a note
makes it ``format_only`` with that note (the page's date stamped on the other side, a
label, a total restated in words, ...). A number no step explains is ``missing`` or
``added`` (``number_unmatched``). Every step has one signature, ``step(m, k, u)``: the
mention, its index on its side and the ``Unjoined`` facts of that side; a new rule is a
new step function in its own module, added to the tuple at its place in the order.
"""

from __future__ import annotations

from .context import _str
from .number_abbreviations import abbreviated_name
from .number_captions import caption_moved
from .number_consecutive import run_length
from .number_court_levels import court_level
from .number_deck_figures import deck_figure, headline_single
from .number_definite_pairs import definite_pair
from .number_derived import worked_out_rate
from .number_first import first_time
from .number_followed import followed_rank
from .number_game_counts import games_played
from .number_implied import (
    aggregate_legs,
    anaphoric_total,
    game_tally,
    headline_number,
    listed_count,
    month_alone,
    month_range,
    quarter_months,
    roman_numeral,
    topped,
)
from .number_labels import label_note
from .number_last_of import last_of_group
from .number_line_names import line_named_again
from .number_list_counts import listed_after
from .number_model_names import model_name
from .number_one_measure import one_unit_named
from .number_page_dates import page_date_of
from .number_pairs import Mention
from .number_period_years import first_half_named, period_year, years_since
from .number_relative import relative_year
from .number_repeats import repeated_phrase, restated_year
from .number_restated import (
    _all_of_same,
    _repeated_value,
    _restated_code,
    _restated_length,
    _restated_period,
    _restated_total,
    bracketed_alias,
    deck_restated,
    named_again,
    repeated_term,
    restated_line,
)
from .number_runner_up import runner_up_rank
from .number_scales import _is_scale
from .number_split_beads import across_boundary
from .number_sport import goal_slang, goal_words, golf_turn
from .number_stamps import stamp_time_of
from .number_standfirst import folded_summary_twin, summary_restated
from .number_superlatives import superlative_rank
from .number_unjoined import Step, Unjoined


def page_stamp(m: Mention, k: int, u: Unjoined) -> str | None:
    """The page's date or an entry's time, printed on the other side's stamp line."""
    if not (page_date_of(m, u.stamps) or stamp_time_of(m, u.clocks)):
        return None
    if _str(m["kind"]) == "date":
        return "the page's date, from the publication stamp of the other side"
    return "the time of an entry, stamped on the other side"


def grade_scale(m: Mention, k: int, u: Unjoined) -> str | None:
    """The top of a grade scale (``out of 10``) written on one side only."""
    if not _is_scale(m):
        return None
    return "the top of a grade scale, a reference not written (again) on the other side"


def label(m: Mention, k: int, u: Unjoined) -> str | None:
    """A label (a section number, a page's year beside a heading)."""
    return label_note(m, u.heads[u.side], u.ms, u.taken - {k}, u.text, u.now)


def said_relative(m: Mention, k: int, u: Unjoined) -> str | None:
    """The page's year, said as "this year" on the other side."""
    if (rel := relative_year(m, u.side, u.texts, u.now)) is None:
        return None
    return f"the page's year, said as {rel!r} on the other side"


def implied(m: Mention, k: int, u: Unjoined) -> str | None:
    """A number the other side says without one (a Thai ``ทั้งสี่`` "all four", a count
    of a listed pair, rank one for "topped", a Roman numeral) or gives in its body when
    this one is in a headline."""
    side, text, texts = u.side, u.text, u.texts
    if (words := anaphoric_total(m, side, text)) is not None:
        return f"an anaphoric total {words!r} of those named, no count in the other side"
    if (words := listed_count(m, side, text, texts)) is not None:
        return f"the count of the items listed up to {words!r}, named on the other side"
    if (words := game_tally(m, text)) is not None:
        return f"the tally of the scores {words!r} after it"
    if (words := month_range(m, side, texts) or month_alone(m, side, texts, u.others)) \
            is not None:
        return f"the months of {words!r}, with the story's year"
    if (words := quarter_months(m, side, texts)) is not None:
        return f"the quarter of the months {words!r}"
    if (words := topped(m, side, texts)) is not None:
        return f"first place, written as {words!r}"
    if (words := aggregate_legs(m, side, text, texts)) is not None:
        return f"the two legs of {words!r}"
    if (words := roman_numeral(m, side, texts)) is not None:
        return f"written as the Roman numeral of {words!r}"
    if (words := headline_number(m, side, u.heads, u.others)) is not None:
        return f"a headline's number, given as {words!r} in the other side's body"
    return None


def total_restated(m: Mention, k: int, u: Unjoined) -> str | None:
    """A total given before, restated in words ("all 12")."""
    if (word := _restated_total(m, u.side, u.text, u.texts, u.kept_keys)) is None:
        return None
    return f"the total given before, restated as {word!r}"


def said_again(m: Mention, k: int, u: Unjoined) -> str | None:
    """The same value said again (a repeated phrase, year or term)."""
    said = repeated_phrase(m, u.ms, u.taken, u.text) or restated_year(m, u.ms, u.taken) \
        or repeated_term(m, u.side, u.ms, u.taken, u.text, u.texts)
    return None if said is None else f"the same value as {said!r}, said again"


def deck_again(m: Mention, k: int, u: Unjoined) -> str | None:
    """The deck's number said again in the body, given once on the other side."""
    if (deck := deck_restated(m, u.side, u.ms, u.partners, u.others, u.paras)) is None:
        return None
    return f"the deck's {deck!r} said again, given once on the other side"


def in_its_sentence(m: Mention, k: int, u: Unjoined) -> str | None:
    """A code, value or bracketed alias restated in its own sentence."""
    if _restated_code(m, u.ms, u.taken) or _repeated_value(m, u.ms, u.taken) or \
            _all_of_same(m, u.ms, u.taken, u.text) or \
            bracketed_alias(m, u.ms, u.taken, u.text) is not None:
        return "the same value restated in its sentence"
    return None


def name_again(m: Mention, k: int, u: Unjoined) -> str | None:
    """A name with a number said again, named once on the other side (not in a sentence
    the translator left out)."""
    if m["bead"] in u.omitted_beads or (name := named_again(m, u.ms, u.partners)) is None:
        return None
    return f"the name {name!r} said again, named once on the other side"


def length_again(m: Mention, k: int, u: Unjoined) -> str | None:
    """A period given before, restated ("the two-year term")."""
    if (anaphor := _restated_length(m, u.side, u.raw, u.joined_keys)) is None:
        return None
    return f"the period given before, restated as {anaphor!r}"


def period_named(m: Mention, k: int, u: Unjoined) -> str | None:
    """The same period, named by a word on the other side."""
    if (period := _restated_period(m, u.side, u.text, u.raw)) is None:
        return None
    return f"the same period, named {period!r}"


def line_again(m: Mention, k: int, u: Unjoined) -> str | None:
    """A figure said again where the other side does not repeat it."""
    if (line := restated_line(m, u.ms, u.taken, u.partners, u.paras[u.side])) is None:
        return None
    return (f"the same figure as {line!r}, said again where the other side does not "
            "repeat it")


def summary_again(m: Mention, k: int, u: Unjoined) -> str | None:
    """The body's number restated in a summary the other side does not print, or the
    summary's figure said again in the lead the other side folds it into."""
    said = summary_restated(m, u.ms, [n for n in range(len(u.ms)) if n not in u.taken],
                            u.joined, u.summaries)
    if said is not None:
        return f"the body's {said!r}, restated in a summary the other side does not print"
    said = folded_summary_twin(m, u.ms, u.partners, u.others, u.summaries)
    if said is None:
        return None
    return (f"the summary's {said!r} said again in the lead, which the other side folds "
            "into one paragraph")


def goal_order(m: Mention, k: int, u: Unjoined) -> str | None:
    """A player's goals counted or ordered in Thai, counted in English without that
    number ("a brace" / ``ยิง 2 ประตู``; "scored twice" / ``ประตูที่สอง``), or counted in
    English and in Thai football's words ("scored twice" / ``ยิงเบิ้ล``)."""
    if (slang := goal_slang(m, u.side, u.raw)) is not None:
        return f"a player's goals, counted as {slang!r} on the other side"
    if (said := goal_words(m, u.side, u.raw)) is None:
        return None
    words, rank = said
    if rank:
        return f"the order of a goal, counted as {words!r} on the other side"
    return f"written as {words!r}, not read as a number"


def nine_holes(m: Mention, k: int, u: Unjoined) -> str | None:
    """Golf's first nine holes in Thai, "the turn" in English."""
    if (said := golf_turn(m, u.side, u.raw, u.text)) is None:
        return None
    return f"the first nine holes, said as {said!r}"


EXPLANATIONS: tuple[Step, ...] = (
    page_stamp, grade_scale, label, said_relative, implied, listed_after, superlative_rank,
    definite_pair,
    run_length, first_time, court_level, runner_up_rank, followed_rank, period_year,
    years_since, first_half_named, last_of_group, total_restated, said_again, deck_again,
    in_its_sentence, name_again, line_named_again, length_again, period_named, line_again,
    summary_again, deck_figure, headline_single,
    abbreviated_name, across_boundary, model_name, goal_order, nine_holes, games_played,
    worked_out_rate, caption_moved, one_unit_named,
)


def explain(m: Mention, k: int, u: Unjoined) -> str | None:
    """The note of the first step of ``EXPLANATIONS`` that explains ``m``, or None."""
    for step in EXPLANATIONS:
        if (note := step(m, k, u)) is not None:
            return note
    return None
