"""The result types: validation, immutability, JSON round trip."""

from __future__ import annotations

import json

import attrs
import pytest

import quoteattr
from quoteattr import Quote, Span, Speaker, Verb

TEXT = "“We are ready,” the minister said. “Soon,” she added."


def test_round_trip_through_json() -> None:
    quotes = quoteattr.extract(TEXT)
    assert quotes
    for q in quotes:
        back = Quote.from_dict(json.loads(json.dumps(q.to_dict())))
        assert back == q


def test_pickle_round_trip() -> None:
    import pickle

    quotes = quoteattr.extract(TEXT + " “Yes,” I said.\n\nA day passed.\n\nThen a week.\n\nThen a year.\n\n“No.”")
    assert any(q.speaker is None for q in quotes) and any(q.verb is not None for q in quotes)
    assert pickle.loads(pickle.dumps(quotes)) == quotes


def test_quotes_are_frozen_and_slotted() -> None:
    q = quoteattr.extract(TEXT)[0]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        q.start = 3  # type: ignore[misc]
    assert not hasattr(q, "__dict__")


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"text": "abc", "start": 0, "end": 2}, "covers"),
        ({"text": "abc", "start": 5, "end": 2}, "end"),
        ({"text": "abc", "start": -1, "end": 2}, ">= 0"),
        ({"text": "abc", "start": 0, "end": 3, "kind": "quoted"}, "kind"),
        ({"text": "abc", "start": 0, "end": 3, "confidence": 1.5}, "confidence"),
    ],
)
def test_quote_validation(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Quote(**kwargs)  # type: ignore[arg-type]


def test_speaker_mention_is_all_or_nothing() -> None:
    assert Speaker(name="Ann").start is None
    with pytest.raises(ValueError, match="together"):
        Speaker(name="Ann", start=0, end=3)
    with pytest.raises(TypeError):
        Speaker(name=None)  # type: ignore[arg-type]


def test_verb_and_span_check_their_text() -> None:
    with pytest.raises(ValueError):
        Verb(text="said", lemma="say", start=0, end=3)
    assert Span(text="“", start=0, end=1).to_dict() == {"text": "“", "start": 0, "end": 1}


def test_offsets_hold_in_the_callers_string() -> None:
    for q in quoteattr.extract(TEXT):
        assert TEXT[q.start:q.end] == q.text
        assert q.open_mark is not None and TEXT[q.open_mark.start:q.open_mark.end] == q.open_mark.text
        if q.speaker is not None and q.speaker.start is not None:
            assert TEXT[q.speaker.start:q.speaker.end] == q.speaker.text
        if q.verb is not None:
            assert TEXT[q.verb.start:q.verb.end] == q.verb.text
