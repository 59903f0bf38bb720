"""The number problems ``compare`` reports for one English/Thai pair, as sorted tuples:
the shared setup of the comparison's number tests."""

from massmob_nlp import compare

PROBLEMS = frozenset({"mismatch", "missing", "added"})


def number_problems(en: str, th: str, *, note: bool = False,
                    embeddings: bool = True) -> list[tuple[str, ...]]:
    """``(status, src_text, tgt_text)`` of each reported number problem, sorted
    (with the row's ``note`` last when ``note=True``)."""
    numbers = compare(en, th, src_lang="en", tgt_lang="th", embeddings=embeddings).numbers
    bad = numbers[numbers["status"].isin(PROBLEMS)]
    columns = [bad["status"].astype(str), bad["src_text"].fillna(""), bad["tgt_text"].fillna("")]
    if note:
        columns.append(bad["note"].astype(str))
    return sorted(zip(*columns, strict=True))
