"""The Thai sentences of a text as strings: shared by the sentence-boundary tests."""

from massmob_nlp.tokens import words as tok_mod


def thai_sents(text: str, engine: str | None = None) -> list[str]:
    """Tokenize ``text`` as Thai and return its sentences' texts (``engine`` as in
    :func:`massmob_nlp.tokens.words.thai_sentences`)."""
    toks = tok_mod.thai_tokens(text, 0, len(text))
    return [text[s:e] for s, e in tok_mod.thai_sentences(text, toks, engine=engine)]
