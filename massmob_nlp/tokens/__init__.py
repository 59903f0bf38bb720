"""Stage 2, tokens: words and sentences (``words``: spaCy for English, nlpo3/newmm with
our dictionary for Thai; ``sentences``: CRFCut or our gap model for Thai)."""

from .words import (
                    DEFAULT_THAI_ENGINE,
                    DEFAULT_THAI_SENTENCE_ENGINE,
                    ParagraphParse,
                    parse_paragraphs,
                    rule_sentences,
                    thai_sentences,
                    thai_tokens,
)

__all__ = ["DEFAULT_THAI_ENGINE", "DEFAULT_THAI_SENTENCE_ENGINE", "ParagraphParse",
           "parse_paragraphs", "rule_sentences", "thai_sentences", "thai_tokens"]
