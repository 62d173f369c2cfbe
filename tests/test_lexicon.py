"""The lexicon's generated verb forms: every inflection a speech tag may use is recognised."""

from __future__ import annotations

import pytest

import quoteattr
from quoteattr.lexicon import load


@pytest.mark.parametrize("form, lemma", [
    ("said", "say"), ("asks", "ask"), ("replied", "reply"), ("whispering", "whisper"),
    ("nodded", "nod"),                        # a one-syllable verb doubles its last letter
    ("admitted", "admit"), ("regretted", "regret"), ("concurred", "concur"),  # so does a stressed last syllable
    ("muttered", "mutter"), ("answered", "answer"),                           # an unstressed one does not
])
def test_inflected_forms_have_their_lemma(form: str, lemma: str) -> None:
    assert load("en").lemma(form) == lemma


def test_a_doubled_past_tense_tags_a_quotation() -> None:
    text = "“Louisiana is a reliably red state,” the newspaper admitted."
    (q,) = quoteattr.extract(text)
    assert q.speaker is not None and q.speaker.text == "the newspaper"
    assert q.verb is not None and (q.verb.text, q.verb.lemma) == ("admitted", "admit")


@pytest.mark.parametrize("name", ["speech_verbs.tsv", "reporting_verbs.tsv"])
def test_each_verb_is_listed_once(name: str) -> None:
    # the loader unions a lemma's uses over its lines, so a second line hides what the first one says
    from pathlib import Path

    path = Path(quoteattr.__file__).parent / "lexicons" / "en" / name
    lemmas = [ln.split("\t", 1)[0] for ln in path.read_text(encoding="utf-8").splitlines()
              if ln.strip() and not ln.startswith("#")]
    assert sorted({w for w in lemmas if lemmas.count(w) > 1}) == []
