"""Stage 3, numbers: every number mention with its value, kind, unit and a
language-independent join ``key`` (``base``: values and formatting; ``quantity``: digits
and number words as amounts, ranges and changes, with ``money`` (magnitudes, currencies,
percents), ``codes`` (names that hold digits) and ``years`` (years and Thai ordinals);
``words``/``words_en``/``words_th``: number words, ordinals, decades, scores, fractions,
vague quantities; ``dates``: dates, codes; ``day_lists``: days listed under one month;
``clock``/``times``: clock times;
``en``/``en_forms``/``en_frames``/``th``: the lexicons; ``en_news``/``en_ranks``: English
news forms; ``vi`` with ``vi_lexicon``, ``vi_dates``, ``vi_ordinals``: Vietnamese;
``table``: the scanner, :func:`numbers_table` and the list of every kind with English
and Thai examples)."""

from .base import NumberMention, format_number
from .table import find_numbers, number_keys, numbers_table

__all__ = ["NumberMention", "find_numbers", "format_number", "number_keys", "numbers_table"]
