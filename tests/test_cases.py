"""Table-driven cases kept as data (tests/cases/*.jsonl), in the manner of ftfy's test corpus.

* synthetic.jsonl   -- one construction per case, written for these tests;
* in_the_wild.jsonl -- paragraphs in the style of real news and fiction (original text);
* negative.jsonl    -- text that must yield no direct quotation (scare quotes, titles, inch marks, apostrophes);
* known_failures.jsonl -- what the rules do not handle yet, each with its reason (xfail, strict).

A case lists the quotations expected in order; for each it may check the content
text, the speaker's canonical name and mention text, the verb and its lemma, and
the part number; ``same_quote_id`` checks that all parts are one quotation.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import quoteattr

CASES = Path(__file__).parent / "cases"


def load(name: str) -> list[dict[str, Any]]:
    with open(CASES / name, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def check(case: dict[str, Any]) -> None:
    text = case["text"]
    quotes = [q for q in quoteattr.extract(text) if q.kind == "direct"]
    want = case["quotes"]
    assert [q.text for q in quotes] == [w["text"] for w in want], case.get("id")
    for q, w in zip(quotes, want):
        assert text[q.start:q.end] == q.text
        if "speaker" in w:
            if w["speaker"] is None:
                assert q.speaker is None, f"{case['id']}: expected no speaker, got {q.speaker}"
            else:
                assert q.speaker is not None, f"{case['id']}: no speaker for {q.text!r}"
                assert q.speaker.name == w["speaker"], case["id"]
        if "mention" in w:
            assert q.speaker is not None and q.speaker.text == w["mention"], case["id"]
            assert text[q.speaker.start:q.speaker.end] == w["mention"]
        if "verb" in w:
            assert q.verb is not None and q.verb.text == w["verb"], case["id"]
            assert text[q.verb.start:q.verb.end] == q.verb.text
        if "lemma" in w:
            assert q.verb is not None and q.verb.lemma == w["lemma"], case["id"]
        if "part" in w:
            assert q.part == w["part"], case["id"]
    if case.get("same_quote_id"):
        assert len({q.quote_id for q in quotes}) == 1, case["id"]


@pytest.mark.parametrize("case", load("synthetic.jsonl"), ids=lambda c: c["id"])
def test_synthetic(case: dict[str, Any]) -> None:
    check(case)


@pytest.mark.parametrize("case", load("in_the_wild.jsonl"), ids=lambda c: c["id"])
def test_in_the_wild(case: dict[str, Any]) -> None:
    check(case)


@pytest.mark.parametrize("case", load("negative.jsonl"), ids=lambda c: c["id"])
def test_negative(case: dict[str, Any]) -> None:
    check(case)


@pytest.mark.parametrize(
    "case",
    [pytest.param(c, marks=pytest.mark.xfail(reason=c["reason"], strict=True)) for c in load("known_failures.jsonl")],
    ids=lambda c: c["id"],
)
def test_known_failures(case: dict[str, Any]) -> None:
    check(case)
