"""Thai named entities: our ThaiNER-trained CRF + spaCy ensemble (``model``), its tokens
(``tokens``), features (``features``), the ThaiNER corpus format and scoring (``data``).

The names below are the package's documented API: :func:`predict_thai_entities` for
users; the feature and corpus functions for ``models/train_thai_ner.py`` and
``benchmarks/thai_ner_eval.py``, which train and score the shipped model.
"""

from .data import format_scores, parse_thainer_line, score_spans
from .features import crf_items, match_entity_dict, pos_tag_tokens, sentence_features
from .model import (
    META_FILE,
    MODEL_FILE,
    ThaiNER,
    load_thai_ner,
    predict_thai_entities,
    predict_thai_entities_many,
)
from .tokens import (
                     MAX_CHUNK_CHARS,
                     TOKENIZER_ENGINE,
                     ScoredSpan,
                     bio_to_spans,
                     split_into_chunks,
                     tokenize,
)

__all__ = ["MAX_CHUNK_CHARS", "META_FILE", "MODEL_FILE", "TOKENIZER_ENGINE", "ScoredSpan",
           "ThaiNER", "bio_to_spans", "crf_items", "format_scores", "load_thai_ner",
           "match_entity_dict", "parse_thainer_line", "pos_tag_tokens",
           "predict_thai_entities", "predict_thai_entities_many", "score_spans",
           "sentence_features",
           "split_into_chunks", "tokenize"]
