"""The Thai NER's spans of Thai paragraphs for the entity table
(:mod:`~massmob_nlp.entities.table`): all the paragraphs of a document in one batch, of
every label or of the labels asked only (:func:`thai_model_many`)."""

from __future__ import annotations

ThaiSpans = list[tuple[int, int, str, float]]


def thai_model_many(texts: list[str], problems: list[str],
                    labels: frozenset[str] | None = None) -> list[ThaiSpans]:
    """ThaiNER predictions of each text (one batch), or [] each (and a note in
    ``problems``) when the model is unavailable. ``labels`` (ours, :data:`~.table.
    LABEL_MAP`): only the spans whose label maps to one of them, the same spans as
    all filtered (:meth:`~massmob_nlp.thai_ner.model.ThaiNER.predict_many`: the
    spaCy member runs only where it could change them)."""
    if problems or not texts:
        return [[] for _ in texts]
    try:
        from ..thai_ner.model import predict_thai_entities_many
        from .labels import LABEL_MAP

        asked = None if labels is None or "MISC" in labels else \
            [x for x, y in LABEL_MAP["thainer"].items() if y in labels]  # MISC: any other
        return predict_thai_entities_many(texts, labels=asked)
    except (ImportError, OSError) as e:
        problems.append(f"{type(e).__name__}: {e}")
        return [[] for _ in texts]
