"""ThaiNER corpus format and exact-span scoring for :mod:`massmob_nlp.thai_ner`.

Shared by ``models/train_thai_ner.py``, ``benchmarks/thai_ner_eval.py`` and
the tests; the names are re-exported by :mod:`massmob_nlp.thai_ner`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

Span = tuple[int, int, str]
Scores = dict[str, dict[str, float]]

_TAG_RE = re.compile(r"\[(/?)([A-Z_]+)\]")


def parse_thainer_line(line: str) -> tuple[str, list[Span]]:
    """Parse one ThaiNER line with inline tags.

    ``"[PERSON]นาย ก[/PERSON] ไป"`` -> ``("นาย ก ไป", [(0, 5, "PERSON")])``.
    A closing tag closes the currently open span whatever its label (the
    corpus has a couple of mismatched pairs); the opening label wins.
    Leading/trailing spaces are stripped from spans; empty spans dropped.
    """
    parts: list[str] = []
    spans: list[Span] = []
    pos = 0
    length = 0
    cur: str | None = None
    start = 0
    for m in _TAG_RE.finditer(line):
        seg = line[pos : m.start()]
        parts.append(seg)
        length += len(seg)
        pos = m.end()
        if not m.group(1):
            cur, start = m.group(2), length
        elif cur is not None:
            spans.append((start, length, cur))
            cur = None
    parts.append(line[pos:])
    text = "".join(parts)
    return text, _strip_spans(text, spans)


def _strip_spans(text: str, spans: Sequence[Span]) -> list[Span]:
    """Trim surrounding whitespace off each span; drop spans left empty."""
    out: list[Span] = []
    for s, e, lab in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e, lab))
    return out


def _prf(t: int, p: int, g: int) -> dict[str, float]:
    """Precision, recall, F1 (scores) from true-positive, predicted and gold counts."""
    pr = t / p if p else 0.0
    rc = t / g if g else 0.0
    f1 = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
    return {"p": pr, "r": rc, "f1": f1, "support": float(g), "pred": float(p), "tp": float(t)}


def score_spans(gold: Sequence[Sequence[Span]], pred: Sequence[Sequence[Span]]) -> Scores:
    """Exact-span P/R/F1 per label and ``"micro"`` over parallel documents.

    Labels are ordered by descending gold support, then by name.
    """
    tp: Counter[str] = Counter()
    ng: Counter[str] = Counter()
    npred: Counter[str] = Counter()
    for g, p in zip(gold, pred):
        gs = {(s, e, lab) for s, e, lab in g}
        ps = {(s, e, lab) for s, e, lab in p}
        ng.update(x[2] for x in gs)
        npred.update(x[2] for x in ps)
        tp.update(x[2] for x in gs & ps)
    out: Scores = {}
    for lab in sorted(set(ng) | set(npred), key=lambda x: (-ng[x], x)):
        out[lab] = _prf(tp[lab], npred[lab], ng[lab])
    out["micro"] = _prf(sum(tp.values()), sum(npred.values()), sum(ng.values()))
    return out


def _score_row(label: str, d: dict[str, float]) -> str:
    return f"{label:<14}{d['p']:>7.3f}{d['r']:>7.3f}{d['f1']:>7.3f}{int(d['support']):>9d}"


def format_scores(scores: Scores) -> str:
    """Render :func:`score_spans` output as a fixed-width table (micro row last)."""
    lines = [f"{'label':<14}{'P':>7}{'R':>7}{'F1':>7}{'support':>9}"]
    lines += [_score_row(lab, d) for lab, d in scores.items() if lab != "micro"]
    lines.append(_score_row("micro", scores["micro"]))
    return "\n".join(lines)
