"""Test helper: the character edges of words written one after another in a text."""


def word_edges(text: str, words: list[str]) -> list[int]:
    """Start and end offsets of each of ``words``, found in order in ``text``."""
    edges, pos = [], 0
    for w in words:
        start = text.index(w, pos)
        edges += [start, start + len(w)]
        pos = start + len(w)
    return sorted(set(edges))
