"""Stage 3, numbers: every number mention with its value, kind, unit and a
language-independent join ``key`` (``base``: values and formatting; ``quantity``: digits,
number words, magnitudes, units; ``dates``: dates, times, codes; ``en``/``th``: the
lexicons; ``table``: the scanner and :func:`numbers_table`)."""

from .base import NumberMention, format_number
from .table import find_numbers, number_keys, numbers_table

__all__ = ["NumberMention", "find_numbers", "format_number", "number_keys", "numbers_table"]
