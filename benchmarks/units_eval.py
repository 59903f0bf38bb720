"""Units of measurement in the numbers table against the PUD numbers gold.

    python benchmarks/units_eval.py            # ../shared/data/pud, disagreements printed
    python benchmarks/units_eval.py --quiet    # the table only

For every gold mention (not vague) that ``mm.numbers_table`` finds with the right value
(span overlap and same value, as in ``numbers_real_eval.py``), the gold field ``u``
against the table's ``unit`` column, per language:

* ``same`` / ``other`` / ``none``: the gold gives a unit of measurement (not a currency,
  ``%`` or a unit of time) and the table gives the same symbol / another / none;
* ``spurious``: the table gives a unit of measurement where the gold gives none (or a
  currency, percent or unit of time). A multiple (``×``: ``three times more``,
  ``สามเท่า``) is no unit of measurement, as the gold has no field for it.

Agreement is ``same / (same + other + none + spurious)``. The gold writes a few units
in words (``ton``, ``degree``); :data:`GOLD_ALIASES` maps them to the table's symbols.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import print_table
from numbers_real_eval import DEFAULT_DATA, LANGS, load_gold, predict_mm, value_agrees

from massmob_nlp.numbers.units import unit_dimension

TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "fortnight", "month",
                        "year", "decade", "century", "century BC"})
GOLD_ALIASES = {"ton": "t", "tonne": "t", "degree": "°", "meter": "m", "metre": "m",
                "kilometer": "km", "hectare": "ha", "feet": "ft", "foot": "ft"}


def gold_measure(unit: str | None) -> str | None:
    """The gold unit as a table symbol, or None for no unit, a currency, a percent or
    a unit of time."""
    if unit is None or unit == "%" or unit in TIME_UNITS or \
            (len(unit) == 3 and unit.isupper() and unit.isalpha()):
        return None
    return GOLD_ALIASES.get(unit, unit)


def evaluate(data: Path, *, verbose: bool) -> dict[str, Counter[str]]:
    """Counts per language (same, other, none, spurious), printing disagreements."""
    counts: dict[str, Counter[str]] = {lang: Counter() for lang in LANGS}
    for pair in load_gold(data):
        for lang in LANGS:
            text = pair.texts[lang]
            preds = predict_mm(text, lang)
            for g in pair.mentions[lang]:
                if g.vague:
                    continue
                p = next((p for p in preds if p.start < g.end and g.start < p.end
                          and value_agrees(g, p)), None)
                if p is None:
                    continue
                want = gold_measure(g.unit)
                got = p.unit if unit_dimension(p.unit) not in (None, "multiple") else None
                verdict = ("same" if want == got else "other" if got else "none") \
                    if want is not None else ("spurious" if got else "")
                if not verdict:
                    continue
                counts[lang][verdict] += 1
                if verdict != "same" and verbose:
                    print(f"{verdict:8} {lang} {pair.sent_id} {g.text!r} gold={g.unit} "
                          f"table={p.unit}  | {text[max(0, g.start - 30):g.end + 30]}")
    return counts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--quiet", action="store_true", help="no disagreement lines")
    args = ap.parse_args()
    counts = evaluate(args.data, verbose=not args.quiet)
    rows: list[dict[str, object]] = []
    for lang in LANGS:
        c = counts[lang]
        total = sum(c.values())
        rows.append({"lang": lang, "same": c["same"], "other": c["other"],
                     "none": c["none"], "spurious": c["spurious"],
                     "agreement": f"{c['same']}/{total}" + (
                         f" = {c['same'] / total:.3f}" if total else "")})
    print_table(rows)


if __name__ == "__main__":
    main()
