"""massmob_nlp stages as spaCy pipeline components.

Registered through the ``spacy_factories`` entry point (``setup.cfg``), so after
``pip install massmob_nlp`` any English or Thai pipeline can add them without importing
massmob_nlp first::

    nlp = spacy.blank("th")              # or spacy.load("en_core_web_sm")
    nlp.add_pipe("massmob_language")     # doc._.massmob_lang, doc.spans["languages"]
    nlp.add_pipe("massmob_numbers")      # doc.spans["numbers"]
    nlp.add_pipe("massmob_entity_rules")   # doc.spans["entities"]: gazetteer + rules
    nlp.add_pipe("massmob_entity_linker")  # + model names, doc.ents linked (kb_id_)

Each component runs the library's own code on ``doc.text`` (``numbers_table``, the
entity rules, gazetteer and label mapping of :mod:`massmob_nlp.entities`), so a span
carries exactly what the tables hold:

* ``doc.spans["numbers"]``: ``span.label_`` is the kind, ``span.kb_id_`` the join key;
  ``span._.massmob_value``, ``massmob_value_max``, ``massmob_kind``, ``massmob_unit``,
  ``massmob_qualifier``, ``massmob_key``, ``massmob_vague``; ``span._.massmob_number``
  is the whole row of the numbers table (``doc_id`` left out) as a dict.
* ``doc.spans["entities"]``: ``span.label_`` is our label (``PERSON``, ``LOC``, ``LAW``
  ...), ``span.kb_id_`` and ``span._.massmob_key`` the link key (gazetteer
  ``entity_id`` or ``code.217-QD/TW``; empty when the name is not linked);
  ``span._.massmob_entity`` is the row of the entities table.
* ``doc._.massmob_lang`` (the document) and ``span._.massmob_lang`` (any span,
  computed when read).

**Token boundaries.** spaCy spans are whole tokens, a mention need not be: with a
blank Thai pipeline ``2,000คน`` may be one token. Spans are made with
``doc.char_span(..., alignment_mode="expand")``: a mention inside a token gets the
smallest run of tokens that covers it, and the record keeps the mention's own
``text``/``start_char``/``end_char`` (``span.text`` is then longer). Nothing is
dropped and tokens are never re-split (that would change the user's tokenization).

Extensions are registered once, the first time a component is created; a name that
another package already registered is left alone (``force=False``). spaCy imports every
``spacy_factories`` entry point whenever it makes a ``Language``, so this module holds
only the factories; the components (:mod:`.spacy_components`) and the stages load when a
component is added.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.language import Language

if TYPE_CHECKING:
    from .spacy_components import EntityLinker, EntityRules, LanguageSpans, NumberSpans

NUMBERS_KEY = "numbers"
"""Default ``doc.spans`` key of ``massmob_numbers``."""
ENTITIES_KEY = "entities"
"""Default ``doc.spans`` key of ``massmob_entity_rules`` and ``massmob_entity_linker``."""
LANGUAGES_KEY = "languages"
"""Default ``doc.spans`` key of ``massmob_language``."""


# ---------------------------------------------------------------- factories

@Language.factory("massmob_language", default_config={"spans_key": LANGUAGES_KEY},
                  assigns=["doc._.massmob_lang"])
def make_language(nlp: Language, name: str, spans_key: str) -> LanguageSpans:
    """The ``massmob_language`` component (see :class:`LanguageSpans`)."""
    from .spacy_components import LanguageSpans

    return LanguageSpans(spans_key=spans_key)


@Language.factory("massmob_numbers",
                  default_config={"spans_key": NUMBERS_KEY, "lang": None,
                                  "include_boilerplate": False,
                                  "dayfirst": None})
def make_numbers(nlp: Language, name: str, spans_key: str, lang: str | None,
                 include_boilerplate: bool, dayfirst: bool | None) -> NumberSpans:
    """The ``massmob_numbers`` component (see :class:`NumberSpans`)."""
    from .spacy_components import NumberSpans

    return NumberSpans(spans_key=spans_key, lang=lang,
                       include_boilerplate=include_boilerplate, dayfirst=dayfirst)


@Language.factory("massmob_entity_rules",
                  default_config={"spans_key": ENTITIES_KEY, "include_boilerplate": False})
def make_entity_rules(nlp: Language, name: str, spans_key: str,
                      include_boilerplate: bool) -> EntityRules:
    """The ``massmob_entity_rules`` component (see :class:`EntityRules`)."""
    from .spacy_components import EntityRules

    return EntityRules(spans_key=spans_key, include_boilerplate=include_boilerplate)


@Language.factory("massmob_entity_linker",
                  default_config={"spans_key": ENTITIES_KEY, "thai_model": True,
                                  "include_boilerplate": False},
                  assigns=["doc.ents"])
def make_entity_linker(nlp: Language, name: str, spans_key: str, thai_model: bool,
                       include_boilerplate: bool) -> EntityLinker:
    """The ``massmob_entity_linker`` component (see :class:`EntityLinker`)."""
    from .spacy_components import EntityLinker

    return EntityLinker(spans_key=spans_key, thai_model=thai_model,
                        include_boilerplate=include_boilerplate)
