"""quoteattr.by_speaker: a document's speakers with their quotations."""

from __future__ import annotations

import pytest

import quoteattr
from quoteattr import Quote, Speaker, SpeakerQuotes


def _quote(text: str, start: int, name: str | None, entity: int | None = None, quote_id: int = 0) -> Quote:
    speaker = Speaker(name=name, kind="name", entity=entity, confidence=0.5) if name is not None else None
    return Quote(text=text, start=start, end=start + len(text), kind="direct", speaker=speaker, quote_id=quote_id)


def test_quotes_of_one_entity_go_together_whatever_mention_named_them() -> None:
    text = ("Ines Vidal runs the yard. “We are ready,” Vidal said. “Are you?” asked Tom Reed.\n\n"
            "“Quite,” she said, “and so is the crew.”\n")
    quotes = quoteattr.extract(text)
    groups = quoteattr.by_speaker(quotes)
    assert [(g.name, [q.text for q in g.quotes]) for g in groups] == [
        ("Ines Vidal", ["We are ready,", "Quite,", "and so is the crew."]),
        ("Tom Reed", ["Are you?"]),
    ]
    assert groups[0].utterances == 2 and groups[1].utterances == 1
    assert all(isinstance(g, SpeakerQuotes) for g in groups)
    assert {q.speaker.entity for q in groups[0].quotes} == {groups[0].entity}  # type: ignore[union-attr]


def test_speakers_come_in_the_order_they_first_speak_and_the_unattributed_last() -> None:
    quotes = [_quote("c", 40, None), _quote("b", 20, "Tom", 1), _quote("a", 0, "Ann", 0), _quote("d", 60, "Ann", 0)]
    groups = quoteattr.by_speaker(quotes)
    assert [(g.name, [q.text for q in g.quotes]) for g in groups] == [("Ann", ["a", "d"]), ("Tom", ["b"]), (None, ["c"])]
    assert [g.name for g in quoteattr.by_speaker(quotes, unattributed=False)] == ["Ann", "Tom"]


def test_speakers_without_an_entity_go_together_by_name() -> None:
    quotes = [_quote("a", 0, "the narrator"), _quote("b", 10, "the spokesman"), _quote("c", 20, "the narrator")]
    assert [(g.name, g.entity, len(g.quotes)) for g in quoteattr.by_speaker(quotes)] == [
        ("the narrator", None, 2), ("the spokesman", None, 1)]


def test_no_quotes_no_speakers_and_a_wrong_item_is_a_type_error() -> None:
    assert quoteattr.by_speaker([]) == []
    with pytest.raises(TypeError, match="Quote objects"):
        quoteattr.by_speaker(["not a quote"])  # type: ignore[list-item]


def test_the_module_example_runs() -> None:
    import doctest

    import quoteattr.group

    assert doctest.testmod(quoteattr.group).failed == 0
