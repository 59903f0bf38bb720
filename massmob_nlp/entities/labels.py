"""Each NER source's labels mapped to the entity table's labels (:data:`LABEL_MAP`), in a
module of its own so that the table and the Thai model's spans (:mod:`.thai_model`) both
read it without importing each other."""

from __future__ import annotations

LABEL_MAP: dict[str, dict[str, str]] = {
    "spacy": {"PERSON": "PERSON", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "FAC",
              "LAW": "LAW", "NORP": "NORP", "EVENT": "EVENT", "DATE": "DATE",
              "TIME": "TIME", "MONEY": "MONEY", "PERCENT": "PERCENT",
              "QUANTITY": "QUANTITY", "CARDINAL": "CARDINAL", "ORDINAL": "ORDINAL",
              "PRODUCT": "MISC", "WORK_OF_ART": "MISC", "LANGUAGE": "MISC"},
    "thainer": {"PERSON": "PERSON", "ORGANIZATION": "ORG", "LOCATION": "LOC",
                "FACILITY": "FAC", "LAW": "LAW", "DATE": "DATE", "AGO": "DATE",
                "TIME": "TIME", "MONEY": "MONEY", "PERCENT": "PERCENT", "LEN": "QUANTITY",
                "URL": "MISC", "EMAIL": "MISC", "PHONE": "MISC", "ZIP": "MISC"},
}
"""Source label → our label, per labelling scheme (``"spacy"``, ``"thainer"``)."""
