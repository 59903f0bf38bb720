"""Stage 3, numbers: every number mention with its value, kind, unit and a
language-independent join ``key`` (``base``: values and formatting; ``quantity``: digits,
number words, magnitudes, units; ``words``: number words, ordinals, decades, scores,
fractions, vague quantities; ``dates``: dates, times, codes; ``en``/``th``: the
lexicons; ``table``: the scanner, :func:`numbers_table` and the list of every kind
with English and Thai examples)."""

from .base import NumberMention, format_number
from .table import find_numbers, number_keys, numbers_table

__all__ = ["NumberMention", "find_numbers", "format_number", "number_keys", "numbers_table"]
