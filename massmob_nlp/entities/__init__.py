"""Stage 4, entities: names, places, bodies and document codes (``table``; ``rules``;
``gazetteer``: Vietnamese places and bodies in English, Thai and Vietnamese; ``names``:
Vietnamese names in Thai transliteration)."""

from .table import (
                    LABEL_MAP,
                    LABELS,
                    MIN_MATCH_SCORE,
                    entities_of,
                    link_entities,
                    map_label,
                    match_entities,
                    name_similarity,
)

__all__ = [
                    "LABELS",
                    "LABEL_MAP",
                    "MIN_MATCH_SCORE",
                    "entities_of",
                    "link_entities",
                    "map_label",
                    "match_entities",
                    "name_similarity",
]
