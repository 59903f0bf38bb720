"""Tokens, chunks and BIO decoding for :mod:`massmob_nlp.thai_ner`.

:func:`tokenize` is imported by the training script too, so training and
inference always cut text the same way.  The names are re-exported by
:mod:`massmob_nlp.thai_ner`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from itertools import accumulate, pairwise

#: Word-tokenizer engine (chosen by measurement: nlpo3 is ~4x faster than
#: newmm and splits fewer entity boundaries inside a token).
TOKENIZER_ENGINE = "nlpo3"
#: Texts are tagged chunk by chunk; a chunk never exceeds this many chars.
MAX_CHUNK_CHARS = 1000

ScoredSpan = tuple[int, int, str, float]
Run = tuple[int, int, str, list[float]]
SplitTable = dict[str, list[int]]

# Brackets, quotes, BOM and zero-width characters: always their own token
# (the base tokenizer sometimes glues them to a neighbouring word).
_SPLIT_CHARS = "()[]{}<>\"'“”‘’«»\ufeff\u200b\u200c\u200d\u2060|;"
_SPLIT_RE = re.compile("([" + re.escape(_SPLIT_CHARS) + "])")
_SPACE_RUN_RE = re.compile(r"(\s+)")


def _cut(token: str, cuts: Sequence[int]) -> list[str]:
    """``token`` cut at the character offsets ``cuts``."""
    bounds = [0, *cuts, len(token)]
    return [token[a:b] for a, b in pairwise(bounds)]


def _refine(tokens: Iterable[str], split_table: SplitTable) -> list[str]:
    """Split off brackets/quotes and whitespace runs, then apply ``split_table``."""
    out: list[str] = []
    for tok in tokens:
        for piece in _SPLIT_RE.split(tok):
            for sub in _SPACE_RUN_RE.split(piece):
                if not sub:
                    continue
                cuts = split_table.get(sub)
                out.extend(_cut(sub, cuts) if cuts else [sub])
    return out


def tokenize(text: str, split_table: SplitTable | None = None) -> list[str]:
    """Tokenize ``text`` so that ``"".join(tokens) == text``.

    Base: pythainlp ``word_tokenize(engine=TOKENIZER_ENGINE,
    keep_whitespace=True)``; then brackets/quotes are split off, whitespace
    runs become separate tokens, and tokens listed in ``split_table`` (learned
    from training data: compounds such as ``ในประเทศ`` whose parts often start
    an entity) are cut at the given offsets.
    """
    if not text:
        return []
    from pythainlp.tokenize import word_tokenize

    base = word_tokenize(text, engine=TOKENIZER_ENGINE, keep_whitespace=True)
    toks = _refine(base, split_table or {})
    if "".join(toks) != text:  # pragma: no cover - defensive
        # Fall back to a lossless character-class segmentation.
        toks = [m.group(0) for m in re.finditer(r"\s+|[^\s]+", text)]
    return toks


def split_into_chunks(text: str, max_chars: int = MAX_CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    """Yield ``(offset, chunk)`` pieces of ``text`` of at most ``max_chars``.

    Splits on newlines first, then at the last whitespace before the limit
    (hard cut when a piece has no whitespace).  Whitespace-only pieces are
    skipped.
    """
    pos = 0
    n = len(text)
    while pos < n:
        nl = text.find("\n", pos)
        line_end = n if nl < 0 else nl
        yield from _split_line(text, pos, line_end, max_chars)
        pos = line_end + 1


def _split_line(text: str, start: int, line_end: int, max_chars: int) -> Iterator[tuple[int, str]]:
    """Chunks of ``text[start:line_end]`` (one line), cut at whitespace when possible."""
    while start < line_end:
        end = min(line_end, start + max_chars)
        if end < line_end:
            cut = max(text.rfind(" ", start, end), text.rfind("\t", start, end))
            if cut > start + max_chars // 4:
                end = cut + 1
        piece = text[start:end]
        if piece.strip():
            yield start, piece
        start = end


def _bio_runs(tags: Sequence[str], scores: Sequence[float]) -> list[Run]:
    """Token runs ``(start_tok, end_tok, label, token_scores)`` of BIO ``tags``.

    An ``I-`` tag that does not continue a run of the same label starts one.
    """
    runs: list[Run] = []
    for i, tag in enumerate(tags):
        label = tag[2:]
        if tag.startswith("I-") and runs and runs[-1][1] == i and runs[-1][2] == label:
            s, _, _, run_scores = runs[-1]
            runs[-1] = (s, i + 1, label, run_scores + [scores[i]])
        elif tag.startswith(("B-", "I-")):
            runs.append((i, i + 1, label, [scores[i]]))
    return runs


def bio_to_spans(
    tokens: Sequence[str], tags: Sequence[str], scores: Sequence[float] | None = None
) -> list[ScoredSpan]:
    """Convert BIO tags over ``tokens`` to (start, end, label, score) char spans.

    Spans are stripped of surrounding whitespace; the score is the mean
    per-token marginal probability (1.0 when ``scores`` is None).
    """
    offsets = [0, *accumulate(len(t) for t in tokens)]
    if scores is None:
        scores = [1.0] * len(tags)
    spans: list[ScoredSpan] = []
    for a, b, label, run_scores in _bio_runs(tags, scores):
        text = "".join(tokens[a:b])
        s = offsets[a] + len(text) - len(text.lstrip())
        e = offsets[b] - (len(text) - len(text.rstrip()))
        if e > s:
            spans.append((s, e, label, float(sum(run_scores) / len(run_scores))))
    return spans
