"""Optional second Thai NER model: a spaCy ``ner`` pipe over our own tokens.

Used by :mod:`massmob_nlp.thai_ner` only when the model directory holds a
``spacy_ner/`` folder and ``meta.json`` says ``"spacy_ensemble"``.  The spaCy
model is a blank multi-language pipeline with one ``ner`` component (default
HashEmbedCNN tok2vec, trained from scratch on ThaiNER 1.5); it never tokenizes
text itself: it gets :class:`spacy.tokens.Doc` objects built from the CRF's
tokens, so both models see the same tokens and offsets.

Ensemble rule (see :func:`merge_spans`): a CRF span is kept when its score is
at least ``keep_threshold`` or spaCy predicts the same span; a spaCy span is
added when it overlaps no CRF span and the CRF's mean marginal probability of
that label over the span's non-space tokens exceeds ``threshold``.  This adds
recall where the CRF is unsure, without letting the weaker model override it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

SPACY_DIR = "spacy_ner"


def make_doc(nlp: Any, tokens: Sequence[str]) -> Any:
    from spacy.tokens import Doc

    return Doc(nlp.vocab, words=list(tokens), spaces=[False] * len(tokens))


def load(model_dir: Path) -> Any:
    import spacy

    return spacy.load(Path(model_dir) / SPACY_DIR)


def _ent_spans(doc: Any) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    text = doc.text
    for ent in doc.ents:
        s, e = ent.start_char, ent.end_char
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e, ent.label_))
    return out


def predict_tokens(nlp: Any, tokens: Sequence[str]) -> list[tuple[int, int, str]]:
    """spaCy entity spans (char offsets within the joined tokens, stripped)."""
    if not tokens:
        return []
    return _ent_spans(nlp(make_doc(nlp, tokens)))


def predict_many(nlp: Any, token_lists: Sequence[Sequence[str]]
                 ) -> list[list[tuple[int, int, str]]]:
    """:func:`predict_tokens` for many chunks at once (batched ``nlp.pipe``)."""
    docs = [make_doc(nlp, toks) for toks in token_lists]
    return [_ent_spans(d) if len(d) else [] for d in nlp.pipe(docs, batch_size=64)]


def merge_spans(
    crf_spans: Sequence[tuple[int, int, str, float]],
    spacy_spans: Sequence[tuple[int, int, str]],
    tokens: Sequence[str],
    marginal: Callable[[int, str], float],
    threshold: float,
    keep_threshold: float = 0.0,
) -> list[tuple[int, int, str, float]]:
    """CRF spans plus non-overlapping spaCy spans that the CRF supports.

    A CRF span whose score is below ``keep_threshold`` is kept only when
    spaCy predicts exactly the same span and label.

    ``marginal(i, tag)`` is the CRF marginal probability of BIO ``tag`` at
    token ``i``.  A spaCy span is added when the mean over its non-space
    tokens of ``P(B-label) + P(I-label)`` exceeds ``threshold``; its score is
    that mean.
    """
    agree = set(spacy_spans)
    out = [x for x in crf_spans if x[3] >= keep_threshold or x[:3] in agree]
    offs: list[tuple[int, int]] = []
    p = 0
    for t in tokens:
        offs.append((p, p + len(t)))
        p += len(t)
    for s, e, lab in spacy_spans:
        if any(cs < e and s < ce for cs, ce, _l, _sc in crf_spans):
            continue
        ms = [
            marginal(i, "B-" + lab) + marginal(i, "I-" + lab)
            for i, (a, b) in enumerate(offs)
            if a >= s and b <= e and not tokens[i].isspace()
        ]
        if not ms:
            continue
        v = sum(ms) / len(ms)
        if v > threshold:
            out.append((s, e, lab, float(v)))
    out.sort(key=lambda x: (x[0], x[1]))
    return out
