"""Where the entity comparison looks for a source name in the Thai (``_found_in_text``):
its own sentence bead in every way, the beads around it by sound only for a person
(another name is looked for there as written, as a world-table name or an acronym),
and the name anchors of the number comparison in the first window only."""

from __future__ import annotations

from typing import Any

import pytest

import massmob_nlp as mm
from massmob_nlp.comparison import entities as entity_comparison
from massmob_nlp.comparison import result

EN = ("The ministers met in the capital on Monday morning to talk about trains.\n\n"
      "They praised the plan for the railways. Gorman said it would cost less than the "
      "old one.")
TH = ("รัฐมนตรีประชุมกันที่เมืองหลวงเมื่อเช้าวันจันทร์เพื่อหารือเรื่องรถไฟ\n\n"
      "พวกเขาชื่นชมแผนสำหรับการรถไฟ {name}กล่าวว่าแผนนี้จะมีค่าใช้จ่ายน้อยกว่าแผนเดิม")


def _context(monkeypatch: pytest.MonkeyPatch, name: str) -> Any:
    got: dict[str, Any] = {}
    real = result._compare_entities

    def spy(ctx: Any) -> Any:
        got["ctx"] = ctx
        return real(ctx)

    monkeypatch.setattr(result, "_compare_entities", spy)
    mm.compare(EN, TH.format(name=name))
    ctx = got["ctx"]
    assert ctx.tgt.text.count(name) == 1
    return ctx


def _found(ctx: Any, label: str, bead: int, **options: Any) -> list[str]:
    mention = {"text": "Gorman", "label": label, "bead": bead, "pbead": bead,
               "start_char": 0, "end_char": 6}
    return [hit["text"] for hit in entity_comparison._found_in_text(
        ctx, [mention], [], **options).values()]


@pytest.mark.parametrize("label", ["PERSON", "ORG"])
def test_own_bead_by_sound(monkeypatch: pytest.MonkeyPatch, label: str) -> None:
    ctx = _context(monkeypatch, "กอร์แมน")
    assert _found(ctx, label, 1) == ["กอร์แมน"]  # the name's own sentence bead
    assert _found(ctx, label, 1, levels=1) == ["กอร์แมน"]


def test_next_bead_by_sound_for_a_person_only(monkeypatch: pytest.MonkeyPatch) -> None:
    ctx = _context(monkeypatch, "กอร์แมน")
    assert _found(ctx, "PERSON", 0) == ["กอร์แมน"]  # a bead away: a person, by sound
    assert _found(ctx, "ORG", 0) == []  # another name: a sound-alike there is chance
    assert _found(ctx, "PERSON", 0, levels=1) == []  # the first window only


def test_next_bead_as_written_for_any_name(monkeypatch: pytest.MonkeyPatch) -> None:
    ctx = _context(monkeypatch, "Gorman ")
    assert _found(ctx, "ORG", 0) == ["Gorman"]  # kept in Latin: found a bead away
