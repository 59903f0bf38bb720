"""Stage 10, integrations: massmob_nlp where users already work.

* :mod:`massmob_nlp.integrations.spacy`: the stages as spaCy pipeline components
  (``massmob_language``, ``massmob_numbers``, ``massmob_entity_rules``,
  ``massmob_entity_linker``), registered through the ``spacy_factories`` entry point.
* :mod:`massmob_nlp.integrations.pandas`: the ``df.massmob`` DataFrame accessor
  (``detect``, ``numbers``, ``entities``, ``pair``), registered by ``import massmob_nlp``
  through :func:`massmob_nlp.integrations.imports.when_imported` (once pandas is imported).

Nothing is imported here, so importing one never loads the other (spaCy stays unloaded
until a component or an accessor method runs).
"""
