"""The project's seed article from ../shared/data, scored by the rules its issue sets.

Skipped where ../shared is not beside the checkout (it is not part of the project)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import quoteattr

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "seed.jsonl"
pytestmark = pytest.mark.skipif(not SEED.exists(), reason=f"annotated dev data not found at {SEED}")


def test_seed_direct_quotes_are_exact_with_speaker_and_verb() -> None:
    doc = json.loads(SEED.read_text(encoding="utf-8").splitlines()[0])
    text = doc["text"]
    got = {(q.start, q.end): q for q in quoteattr.extract(text) if q.kind == "direct"}
    gold = [g for g in doc["quotes"] if g["kind"] == "direct"]
    assert len(gold) == 4
    for g in gold:
        q = got.get((g["start"], g["end"]))
        assert q is not None, text[g["start"]:g["end"]]
        assert q.speaker is not None and q.speaker.name == g["speaker"]
        assert [q.speaker.start, q.speaker.end] in g["speaker_mentions"]
        assert q.verb is not None and [q.verb.start, q.verb.end] == g["cue"]
