"""An amount converted into another currency beside the amount it converts: a gloss.

Thai translators add the baht value of a foreign amount (``5.2 พันล้านเยน หรือราว 1.1
หมื่นล้านบาท``, ``15,000 รูเปียห์ หรือราว 30 บาท``, ``2.5 ล้านดอลลาร์ (ราว 86 ล้าน
บาท)``), and English writers add dollars (``52 billion yen ($340 million)``, "VND50
billion, or about $1.9 million"). Such a gloss restates its neighbour; it is no number
added, and no partner for a changed amount of another currency. So is a headline's
amount that converts the amount of the other side's headline (``HCMC breaks ground on
$2.1-billion metro line`` / ``… มูลค่ากว่า 7 หมื่นล้านบาท``): a Thai desk gives its
readers the baht.
"""

from __future__ import annotations

import re

from .context import _str
from .number_pairs import Mention, _num, _vague

BAHT_PER_UNIT = {
    "THB": 1.0, "USD": 33.0, "EUR": 37.0, "GBP": 43.0, "JPY": 0.22, "CNY": 4.6,
    "HKD": 4.2, "SGD": 25.0, "MYR": 7.5, "IDR": 0.002, "VND": 0.0013, "KRW": 0.024,
    "INR": 0.39, "AUD": 22.0, "NZD": 20.0, "CAD": 24.0, "CHF": 40.0, "PHP": 0.58,
    "TWD": 1.05, "LAK": 0.0015, "MMK": 0.016, "KHR": 0.0082, "RUB": 0.4, "TRY": 1.0,
    "ZAR": 1.8, "MXN": 1.8, "SEK": 3.3, "NOK": 3.1, "DKK": 5.0, "CZK": 1.5, "ISK": 0.25,
}
"""A rough value in baht of one unit of each currency (rates of the 2020s)."""

GLOSS_BAND = 2.0
"""How far (a factor either way) a gloss may stand from the amount it converts: rates
move, and a writer converts at the rate of the day or rounds to a scale word."""

_LINK_RE = re.compile(r"หรือ|\bor\b|คิดเป็น|เทียบเท่า|equivalent|[(\[]", re.IGNORECASE)
"""Words that introduce a conversion: "or (about)", ``หรือ(ราว)``, ``คิดเป็นเงิน``, a
bracket."""
_GAP_RE = re.compile(r"[^\d๐-๙.;:)\]!?]{1,30}")
"""The words between an amount and its gloss: short, no number, no end of a sentence
or of a bracket."""


def _baht(m: Mention) -> float | None:
    """The rough value of an amount in baht, when its currency is known."""
    rate = BAHT_PER_UNIT.get(_str(m.get("unit")) or "")
    v = _num(m.get("value"))
    return None if rate is None or v is None or v <= 0 else v * rate


def _fits(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and 1 / GLOSS_BAND <= a / b <= GLOSS_BAND


def _money(m: Mention) -> bool:
    return _str(m["kind"]) == "money" and not _vague(m) and _baht(m) is not None


def _span(m: Mention) -> tuple[int, int] | None:
    start, end = _num(m.get("start_char")), _num(m.get("end_char"))
    return None if start is None or end is None else (int(start), int(end))


def _before(m: Mention, ms: list[Mention]) -> Mention | None:
    """The mention of ``m``'s sentence bead that ends last before ``m`` starts."""
    here = _span(m)
    prior = [(span[1], n) for n, o in enumerate(ms) if o["bead"] == m["bead"] and
             (span := _span(o)) is not None and here is not None and span[1] <= here[0]]
    return ms[max(prior)[1]] if prior else None


def currency_glosses(mine: list[Mention], others: list[Mention], taken: set[int],
                     text: str, others_taken: set[int] | None = None) -> dict[int, Mention]:
    """Unjoined amounts of ``mine`` that convert the amount right before them into
    another currency: index → the amount converted. The two are linked by "or",
    ``หรือ``, ``คิดเป็น`` or a bracket, and the gloss is worth about as much (within
    :data:`GLOSS_BAND`) as that amount or as an amount of the other side's sentence
    (the one a changed amount translates). Not when the other side's sentence writes
    an amount in the gloss's currency: then the two are joined as they are; nor when
    the amount converted is unjoined and the other side's sentence writes no amount
    (the clause holding both was left out), or only amounts already joined to others
    (``others_taken``: a dropped "9.7 billion baht ($301.4 million)" beside a kept
    amount loses both)."""
    out: dict[int, Mention] = {}
    for k, m in enumerate(mine):
        if k in taken or not _money(m):
            continue
        prev = _before(m, mine)
        if prev is None or not _money(prev) or _str(prev.get("unit")) == _str(m.get("unit")):
            continue
        a, b = _span(prev), _span(m)
        if a is None or b is None:
            continue
        gap = text[a[1]:b[0]]
        if not _GAP_RE.fullmatch(gap) or not _LINK_RE.search(gap):
            continue
        facing = [o for o in others if o["bead"] == m["bead"] and _str(o["kind"]) == "money"]
        if any(_str(o.get("unit")) == _str(m.get("unit")) for o in facing):
            continue
        free = [o for n, o in enumerate(others) if n not in (others_taken or set())
                and any(o is f for f in facing)]
        if not free and not any(o is prev for n, o in enumerate(mine) if n in taken):
            continue  # the amount converted went too: a dropped clause loses both
        value = _baht(m)
        if any(_fits(value, _baht(o)) for o in [prev, *facing]):
            out[k] = prev
    return out


HEADLINE_GLOSS_BAND = 1.3
"""How far (a factor either way) a headline's converted amount may stand from the amount
it converts: with no "or" or bracket to link them, only a close value is evidence."""


def headline_conversions(mine: list[Mention], others: list[Mention], taken: set[int],
                         heads: dict[str, set[int]], side: str) -> dict[int, Mention]:
    """Unjoined amounts of ``side``'s headline that convert into another currency an
    amount of the other side's headline, which writes no amount in their currency:
    index → the amount converted (worth as much within :data:`HEADLINE_GLOSS_BAND` at
    the rates of :data:`BAHT_PER_UNIT`). A headline amount in the currency the other
    headline writes is that amount, changed or not."""
    far = "tgt" if side == "src" else "src"

    def head(m: Mention, which: str) -> bool:
        para = _num(m.get("para_id"))
        return para is not None and int(para) in heads[which]
    facing = [o for o in others if head(o, far) and _money(o)]
    out: dict[int, Mention] = {}
    for k, m in enumerate(mine):
        if k in taken or not _money(m) or not head(m, side) or \
                any(_str(o.get("unit")) == _str(m.get("unit")) for o in facing):
            continue
        value = _baht(m)
        for o in facing:
            if value is not None and (b := _baht(o)) is not None and \
                    1 / HEADLINE_GLOSS_BAND <= value / b <= HEADLINE_GLOSS_BAND:
                out[k] = o
                break
    return out


SAME_FIGURE = 0.05
"""Most relative difference of two figures in two currencies that are one figure whose
currency was changed, not an amount converted."""


def exchanged_amount(s: Mention, t: Mention) -> bool:
    """Two amounts left in one sentence, in two currencies and worth as much (within
    :data:`HEADLINE_GLOSS_BAND`): the translator converted the amount ("approves $1.2
    billion ring road" / ``อนุมัติถนนมูลค่า 4 หมื่นล้านบาท``), no number changed. The
    same figure in another currency (``HK$67 billion`` / ``6.7 หมื่นล้านดอลลาร์สหรัฐ``,
    "£13.8 million" / ``13.8 ล้านยูโร``) stays a change."""
    if not (_money(s) and _money(t)) or _str(s.get("unit")) == _str(t.get("unit")):
        return False
    vs, vt = _num(s.get("value")), _num(t.get("value"))
    if vs is None or vt is None or abs(vs - vt) <= SAME_FIGURE * max(abs(vs), abs(vt)):
        return False  # £13.8 million / ``13.8 ล้านยูโร``: the figure kept, its currency changed
    a, b = _baht(s), _baht(t)
    return a is not None and b is not None and \
        1 / HEADLINE_GLOSS_BAND <= a / b <= HEADLINE_GLOSS_BAND


def gloss_note(of: Mention) -> str:
    """The note of a gloss's row."""
    return f"the amount of {of['text']!r} converted into another currency"
