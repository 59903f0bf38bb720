"""Number extraction on the PUD gold of issue 10 (real general news, English and
Thai): the figures of ``benchmarks/numbers_real_eval.py`` must not fall below the
issue's targets. Reads ../shared; skipped when it is absent."""

import sys

import pytest
from conftest import ROOT, shared_path

from massmob_nlp.numbers import find_numbers

TARGET_F1 = {"en": 0.95, "th": 0.93}


def _predict(text, lang):
    from numbers_real_eval import Mention, _key_values

    out = []
    for m in find_numbers(text, lang):
        if m.kind in ("date", "time", "code"):
            v, v2 = _key_values(m.kind, m.key)
        else:
            v, v2 = m.value, m.value_max
        out.append(Mention(m.start, m.end, m.text, m.kind, v, v2, m.unit, key=m.key))
    return out


@pytest.mark.shared
def test_pud_number_extraction_meets_issue_targets():
    folder = shared_path("data", "pud", "pud_numbers_gold.jsonl").parent
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from numbers_real_eval import extraction_scores, load_gold

    scores = extraction_scores(load_gold(folder, number_free=True), predict=_predict)
    for lang, target in TARGET_F1.items():
        assert scores[lang].f1 >= target, (lang, scores[lang].row())
