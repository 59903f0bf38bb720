"""An unreported source sentence most of whose figures the join placed in another part
of the article is a candidate moved sentence even when the Thai kept one figure in place
(the splitter cut the translation at a space, and the clause with the goals moved: our
own example 'Silva, 27, has scored six goals in 18 games' / ``ซิลวาวัย 27 ปี`` left,
``ยิงไป 6 ประตูจาก 18 นัด`` moved)."""

from __future__ import annotations

from massmob_nlp.comparison.passage_moves import _mostly_placed


def test_all_placed() -> None:
    assert _mostly_placed([True], embeddings=True)
    assert _mostly_placed([True, True], embeddings=False)
    assert not _mostly_placed([True], embeddings=False)


def test_most_placed_one_kept_with_embeddings() -> None:
    assert _mostly_placed([False, True, True], embeddings=True)
    assert not _mostly_placed([False, True, True], embeddings=False)


def test_as_many_kept_as_placed_is_a_sentence_in_place() -> None:
    assert not _mostly_placed([False, False, True, True], embeddings=True)
    assert not _mostly_placed([False, True], embeddings=True)
