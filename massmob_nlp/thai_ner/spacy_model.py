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


def _ent_spans(doc: Any, last: int | None = None) -> list[tuple[int, int, str]]:
    """Entity spans of ``doc`` (char offsets, stripped), those starting by token
    ``last`` only when it is given."""
    out: list[tuple[int, int, str]] = []
    text = doc.text
    for ent in doc.ents:
        if last is not None and ent.start > last:
            continue
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


CUT_SLACK = 2
"""Tokens given to the spaCy member past the last asked token and its receptive field
(:func:`predict_many`): room for an entity that starts by then to end in the exact
part of the prefix (else the chunk runs whole)."""


def receptive_field(nlp: Any) -> int | None:
    """How many tokens after a token can change the spaCy member's entity decisions up
    to it: ``depth * window_size`` of its HashEmbedCNN tok2vec, when the pipeline is one
    ``ner`` of ``spacy.TransitionBasedParser.v2`` with the three NER state tokens (the
    current token, the entity's first token and the token before: never a later one);
    None for any other model (no chunk is cut)."""
    try:
        if list(nlp.pipe_names) != ["ner"]:
            return None
        model = nlp.config["components"]["ner"]["model"]
        t2v = model["tok2vec"]
        if model.get("@architectures") != "spacy.TransitionBasedParser.v2" or \
                model.get("state_type") != "ner" or model.get("extra_state_tokens") or \
                t2v.get("@architectures") != "spacy.HashEmbedCNN.v2":
            return None
        return int(t2v["depth"]) * int(t2v["window_size"])
    except (KeyError, TypeError, ValueError, AttributeError):
        return None


def predict_many(nlp: Any, token_lists: Sequence[Sequence[str]],
                 last: Sequence[int] | None = None, first: Sequence[int] | None = None
                 ) -> list[list[tuple[int, int, str]]]:
    """:func:`predict_tokens` for many chunks at once (batched ``nlp.pipe``).

    ``last``: for each chunk, the index of the last token whose spans are asked (-1:
    none): the spans starting at or before it are given, the same as for the whole
    chunk, and later ones may be missing. The member then tags only the first
    ``last + 1 + field + CUT_SLACK`` tokens (``field``: :func:`receptive_field`). This
    is exact: the tok2vec vector of a token depends on the ``field`` tokens on each side
    only, so the vectors of the tokens up to ``len(prefix) - 1 - field`` are those of
    the whole chunk; the parser decides each token from the vectors of that token, the
    open entity's first token and the token before, and from whether a next token
    exists, so its decisions up to there are those of the whole chunk too. A span that
    starts by ``last`` and ends by there is the whole chunk's; when one is still open
    past there, the chunk runs whole.

    ``first`` (with ``last``): for each chunk, the first token a span that counts may
    hold; the member then starts ``field + CUT_SLACK`` tokens before it. Not exact:
    the parser starts there with no entity open, where on the whole chunk one may be
    (a span starting before that start is cut or missed). Measured: ThaiNER val the
    same spans (``benchmarks/thai_ner_eval.py``); of the named-entity tables of our
    761 Thai articles one span changed (a432), no comparison table."""
    field = receptive_field(nlp) if last is not None else None
    cut = [len(toks) if field is None or last is None
           else 0 if last[k] < 0 else min(len(toks), last[k] + 1 + field + CUT_SLACK)
           for k, toks in enumerate(token_lists)]
    skip = [0 if field is None or first is None or first[k] < 0
            else max(0, min(first[k], n - 1) - field - CUT_SLACK) for k, n in enumerate(cut)]
    docs = [make_doc(nlp, toks[a:n]) for toks, a, n in zip(token_lists, skip, cut) if n]
    done = iter(nlp.pipe(docs, batch_size=64))
    out: list[list[tuple[int, int, str]]] = []
    whole: list[int] = []
    for k, (toks, a, n) in enumerate(zip(token_lists, skip, cut)):
        doc = next(done) if n else None
        base = sum(map(len, toks[:a]))
        if doc is None or n == len(toks) or field is None or last is None:
            out.append(_shifted(_ent_spans(doc), base) if doc is not None and len(doc)
                       else [])
            continue
        exact = n - 1 - field  # the last token decided as in the whole chunk
        if any(a + ent.start <= last[k] and a + ent.end - 1 > exact for ent in doc.ents):
            whole.append(k)
        out.append(_shifted(_ent_spans(doc, last[k] - a), base))
    for k, doc in zip(whole, nlp.pipe([make_doc(nlp, token_lists[k][skip[k]:]) for k in whole],
                                      batch_size=64)):
        out[k] = _shifted(_ent_spans(doc), sum(map(len, token_lists[k][:skip[k]])))
    return out


def _shifted(spans: list[tuple[int, int, str]], base: int) -> list[tuple[int, int, str]]:
    return [(s + base, e + base, lab) for s, e, lab in spans] if base else spans


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
