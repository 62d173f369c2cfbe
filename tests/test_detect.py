"""The quote-span detector on its own: conventions, recovery, bounds."""

from __future__ import annotations

import pytest

from quoteattr.detect import detect
from quoteattr.tokenize import analyse, paragraph_spans


def spans(text: str) -> list[str]:
    return [text[q.start:q.end] for q in detect(analyse(text))]


def test_dominant_convention_is_detected() -> None:
    single = "'Go,' said A. 'Now,' said B. 'Why?' asked C. He said \"no\" once."
    assert spans(single)[:3] == ["Go,", "Now,", "Why?"]
    double = "\"Go,\" said A. 'Tis late, and the boys' caps are wet."
    assert spans(double) == ["Go,"]


def test_a_stray_mark_costs_at_most_its_paragraph() -> None:
    text = "He wrote “hello and never closed it.\n\n“Next,” she said.\n\n“Last,” he said."
    found = spans(text)
    assert found[-2:] == ["Next,", "Last,"]


def test_unclosed_paragraph_initial_quote_is_kept_with_low_confidence() -> None:
    text = "“This goes on and on\n\nThe end."
    qs = detect(analyse(text))
    assert [text[q.start:q.end] for q in qs] == ["This goes on and on"]
    assert qs[0].confidence < 0.9


@pytest.mark.parametrize("mark", ['"', "“", "'", "”", "«"])
def test_runs_of_marks_do_not_blow_up(mark: str) -> None:
    text = mark * 5000
    for q in detect(analyse(text)):
        assert 0 <= q.start <= q.end <= len(text)


def test_paragraphs_follow_blank_lines_or_lines() -> None:
    assert paragraph_spans("a\nb\n\nc") == [(0, 3), (5, 6)]
    assert paragraph_spans("a\nb") == [(0, 1), (2, 3)]
    assert paragraph_spans("") == [(0, 0)]


def test_multi_paragraph_parts_share_a_group() -> None:
    text = "“One.\n\n“Two.\n\n“Three.”"
    qs = detect(analyse(text))
    assert [text[q.start:q.end] for q in qs] == ["One.", "Two.", "Three."]
    assert len({q.group for q in qs}) == 1
