"""A summary folded into the lead: the lead says the summary's figure again, the other
side writes it once, joined to the summary's mention (a 2-1 paragraph bead)."""

from massmob_nlp.comparison.number_standfirst import folded_summary_twin


def _m(text: str, key: str, para: int, pbead: int, vague: bool = False
       ) -> dict[str, object]:
    return {"text": text, "key": key, "kind": key.split(":")[0], "para_id": para,
            "pbead": pbead, "bead": pbead, "vague": vague}


def test_the_lead_repeats_the_summary_joined_in_its_bead():
    src = [_m("41.7%", "percent:41.7", 1, 1), _m("41.7%", "percent:41.7", 2, 1)]
    tgt = [_m("ร้อยละ 41.7", "percent:41.7", 1, 1)]
    assert folded_summary_twin(src[1], src, {0: 0}, tgt, {1}) == "41.7%"


def test_another_figure_of_the_lead_is_no_twin():
    src = [_m("41.7%", "percent:41.7", 1, 1), _m("47.1%", "percent:47.1", 2, 1)]
    tgt = [_m("ร้อยละ 41.7", "percent:41.7", 1, 1)]
    assert folded_summary_twin(src[1], src, {0: 0}, tgt, {1}) is None


def test_a_summary_in_a_bead_of_its_own_folds_nothing():
    """The summary printed apart (its own paragraph bead): the lead's figure has its own
    partner to find, or is lost."""
    src = [_m("41.7%", "percent:41.7", 1, 1), _m("41.7%", "percent:41.7", 2, 2)]
    tgt = [_m("ร้อยละ 41.7", "percent:41.7", 1, 1)]
    assert folded_summary_twin(src[1], src, {0: 0}, tgt, {1}) is None


def test_an_unjoined_summary_figure_explains_nothing():
    src = [_m("41.7%", "percent:41.7", 1, 1), _m("41.7%", "percent:41.7", 2, 1)]
    assert folded_summary_twin(src[1], src, {}, [], {1}) is None
