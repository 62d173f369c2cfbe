"""Property tests: quoteattr.extract on arbitrary text never raises and keeps its contract.

The texts mix arbitrary unicode (lone surrogates included) with the characters
that the pipeline reacts to: every kind of quote mark, apostrophes, dashes,
newlines and \\r\\n, NBSP, zero-width and combining characters, emoji,
right-to-left text, and the words of attribution frames (said, Mr., she ...).
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import quoteattr
from quoteattr import Quote

PIECES = [
    # quote marks, straight and typographic, and guillemets
    '"', "'", "“", "”", "‘", "’", "„", "‚", "‟", "«", "»", "‹", "›", "「", "」",
    # dashes and dialogue openers
    "—", "–", "―", "-", "--", "— ",
    # line structure
    "\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "\t", "\u2028", "\u2029", "\x0c",
    # invisible and combining
    "\u00a0", "\u202f", "\u200b", "\u200c", "\u200d", "\ufeff", "\u0301", "e\u0301", "\u0308",
    # emoji (astral, ZWJ sequences, flags, skin tones)
    "😀", "👩\u200d👩\u200d👧", "🇫🇷", "👍🏽", "\U0001d400",
    # right-to-left text and bidi controls
    "שלום", "مرحبا", "\u202e", "\u202c", "\u200f", "\u2067",
    # words of attribution frames and sentence punctuation
    " ", " ", " said ", " he said", ", she said.", " asked Mary", "Mr. Darcy", " Mrs. ", "Tom", " according to ",
    " that ", " told reporters", ": ", ", ", ". ", "! ", "? ", "…", "I ", "they", " the minister",
    # apostrophes in words
    "don't", "'tis", "dogs'", "o'", "rock 'n' roll", "James's",
    # who the dialogue says speaks: self-introductions, titles alone, descriptions, answers by name, captions
    "I am ", "My name is ", "Dr.", "Doctor", " the Professor", "Professor ", "my dear ", " answered",
    "my brother’s wife", "sister-in-law", "_", "--_continued_.", "Here\nI ", "nothing, but ",
    # roles, children, families, hearers, run-together names, descriptions spelt as names
    " the clergyman", "Parson ", "a clergyman, ", " the child", "a small boy ", "the Miss Dashwoods",
    ", addressing ", " turning to ", "With Mrs. Allan Anne ", " of Green Gables", " the Invisible Man",
    " and Father Arnall looked ", "Whatever ", ", Mrs. Jennings, Mrs. Palmer, and ",
]

texts = st.lists(
    st.one_of(
        st.sampled_from(PIECES),
        st.text(max_size=6),  # arbitrary unicode, no surrogates
        st.text(alphabet=st.characters(codec=None, categories=["Cs", "Mn", "Zs", "Cf"]), max_size=3),
    ),
    max_size=50,
).map("".join)

# a dialogue-shaped text with the same noise injected inside it
dialogue = st.builds(
    lambda a, b, c, d: f"“{a},” {b} said. “{c}”\n\n{d}",
    st.text(max_size=20), st.sampled_from(["Mary", "he", "the old man", "Mr. Darcy", ""]),
    texts, texts,
)

# a quotation with another one nested at its start, any marks in any places: '“He said “no” to me,” Mary said.'
MARKS = ['"', "'", "“", "”", "‘", "’", "«", "»", "‹", "›", "„"]
_words = st.sampled_from(["He said", "no", "it was fine", "Mary", "I", "they told me", "", "yes,", "go home."])
nested = st.builds(
    lambda o, w1, o2, w2, c2, w3, c, tag: f"{o}{w1} {o2}{w2}{c2} {w3}{c}{tag}",
    st.sampled_from(MARKS), _words, st.sampled_from(MARKS), _words, st.sampled_from(MARKS), _words,
    st.sampled_from(MARKS), st.sampled_from([" Mary said.", ", he said.", " said Tom.", "", " She asked, "]),
)

# quoted words inside narration, then a tag, then a second quotation, hard-wrapped, with either line end:
# 'The way he smiled when he "said his English," was, Bobbie felt, "just\ntoo sweet for anything."'
interrupted = st.builds(
    lambda lead, o, w1, c, mid, who, verb, w2, tail, nl: nl.join(
        ["He liked the children, and he smiled whenever they came to see him in", "the afternoon.", "",
         f"{lead} {o}{w1},{c} {mid}, {who} {verb}, {o}{w2}", f"too sweet.{c} {tail}", ""]),
    st.sampled_from(["The way he smiled when he", "He", "", "She knew that", "It was, she thought,"]),
    st.sampled_from(['"', "“", "‘", "'"]),
    st.sampled_from(["said his English", "no", "Yes", "a total disaster", ""]),
    st.sampled_from(['"', "”", "’", "'"]),
    st.sampled_from(["was", "and", "", "he said", "but"]),
    st.sampled_from(["Bobbie", "she", "Mr. Darcy", "the old man"]),
    st.sampled_from(["felt", "said", "thought", "added", "declared"]),
    st.sampled_from(["just", "go home,", "it is"]),
    st.sampled_from(["She left.", "", "“Come,” said Tom."]),
    st.sampled_from(["\n", "\r\n"]),
)

SETTINGS = settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_contract(text: str, quotes: list[Quote]) -> None:
    """Every invariant of the public contract on one result."""
    assert isinstance(quotes, list)
    n = len(text)
    prev_end = -1
    for q in quotes:
        assert isinstance(q, Quote)
        assert 0 <= q.start <= q.end <= n
        assert text[q.start:q.end] == q.text
        assert q.kind in ("direct", "indirect", "mixed")
        assert 0.0 <= q.confidence <= 1.0
        # in order, and no quote overlaps the one before it
        assert q.start >= prev_end, f"quote {q.start}:{q.end} overlaps or precedes the one ending at {prev_end}"
        prev_end = q.end
        for mark in (q.open_mark, q.close_mark):
            if mark is not None:
                assert text[mark.start:mark.end] == mark.text
        if q.kind == "direct":  # marks stand outside a direct quote's content
            if q.open_mark is not None:
                assert q.open_mark.end <= q.start
            if q.close_mark is not None:
                assert q.close_mark.start >= q.end
        # (a mixed quote's span is the reporting clause, its quoted words and marks included)
        if q.verb is not None:
            v = q.verb
            assert 0 <= v.start < v.end <= n
            assert text[v.start:v.end] == v.text
            assert v.end <= q.start or v.start >= q.end, (
                f"verb {v.start}:{v.end} inside quote {q.start}:{q.end}")
        if q.speaker is not None:
            s = q.speaker
            assert s.name
            if s.start is not None:
                assert s.end is not None and 0 <= s.start < s.end <= n
                assert text[s.start:s.end] == s.text
                assert s.end <= q.start or s.start >= q.end, (
                    f"speaker {s.start}:{s.end} inside quote {q.start}:{q.end}")
        if q.addressee is not None:  # a name inside one of the quotation's parts, never its speaker
            a = q.addressee
            assert q.kind == "direct" and a.name
            assert 0 <= a.start < a.end <= n and text[a.start:a.end] == a.text
            parts = [p for p in quotes if p.quote_id == q.quote_id]
            assert any(p.start <= a.start and a.end <= p.end for p in parts)
            assert q.speaker is None or (q.speaker.name != a.name
                                         and (a.entity is None or q.speaker.entity != a.entity))
        assert Quote.from_dict(q.to_dict()) == q


@SETTINGS
@given(texts)
def test_extract_keeps_contract_on_noise(text: str) -> None:
    check_contract(text, quoteattr.extract(text))


@SETTINGS
@given(dialogue)
# (a tag that opens with a word that could go on with the quoted clause: the clause is not stretched over it)
@example("“,” Mary said. “\u200b\" of Green Gables said ”\n\n")
def test_extract_keeps_contract_on_noisy_dialogue(text: str) -> None:
    check_contract(text, quoteattr.extract(text))


@pytest.mark.parametrize("text", ["“He said “no” to me,” Mary said.", '"He said "no" no", he said.'])
def test_verb_and_speaker_stay_outside_a_mixed_quote(text: str) -> None:
    check_contract(text, quoteattr.extract(text))


@SETTINGS
@given(nested)
def test_extract_keeps_contract_on_nested_quotations(text: str) -> None:
    check_contract(text, quoteattr.extract(text))


@SETTINGS
@given(interrupted)
@example('He liked the children, and he smiled whenever they came to see him in\r\nthe afternoon.\r\n\r\n'
         'The way he smiled when he "said his English," was, Bobbie felt, "just\r\ntoo sweet." She left.\r\n')
def test_extract_keeps_contract_around_a_tag_between_quoted_words(text: str) -> None:
    check_contract(text, quoteattr.extract(text))


@settings(max_examples=100, deadline=None)
@given(texts)
def test_extract_is_deterministic_and_kinds_filter_only_filters(text: str) -> None:
    everything = quoteattr.extract(text)
    assert quoteattr.extract(text) == everything
    mixed = [(q.start, q.end) for q in everything if q.kind == "mixed"]
    for kind in ("direct", "indirect", "mixed"):
        only = quoteattr.extract(text, kinds=(kind,))
        check_contract(text, only)
        got = {(q.start, q.end, q.kind) for q in only}
        assert {(q.start, q.end, q.kind) for q in everything if q.kind == kind} <= got
        # and more only where a mixed quotation, not asked for, is made of parts of this kind: its quoted
        # words are a direct quotation, its reported clause an indirect one
        for s, e, k in got - {(q.start, q.end, q.kind) for q in everything}:
            assert k == kind and any(ms <= s and e <= me for ms, me in mixed), (s, e, k)


@settings(max_examples=60, deadline=None)
@given(texts)
def test_extractor_options_keep_contract(text: str) -> None:
    ex = quoteattr.Extractor(dialogue_dashes=False, min_confidence=0.5)
    quotes = ex(text)
    check_contract(text, quotes)
    assert all(q.confidence >= 0.5 for q in quotes)


class Text(str):
    """A str subclass, as some libraries return."""


def test_str_subclass_offsets_hold() -> None:
    text = Text("“Fine,” said Mary.")
    quotes = quoteattr.extract(text)
    assert [q.text for q in quotes] == ["Fine,"]
    check_contract(str(text), quotes)


@pytest.mark.parametrize("text", ["", " ", "\n\n\n", "\r\n", "\u00a0\u200b", "\ufeff"])
def test_empty_and_blank_give_no_quotes(text: str) -> None:
    assert quoteattr.extract(text) == []


@pytest.mark.parametrize("data", [b"\xe2\x80\x9cHi,\xe2\x80\x9d she said.", bytearray(b'"Hi," she said.')])
def test_bytes_raise_type_error_saying_to_decode(data: Any) -> None:
    with pytest.raises(TypeError, match="decode"):
        quoteattr.extract(data)


@pytest.mark.parametrize(("value", "name"), [(None, "NoneType"), (42, "int"), (3.5, "float"),
                                             (["a"], "list"), ({"text": "a"}, "dict"), (object(), "object")])
def test_non_str_raises_type_error_naming_the_type(value: Any, name: str) -> None:
    with pytest.raises(TypeError, match=name):
        quoteattr.extract(value)
    with pytest.raises(TypeError, match=name):
        quoteattr.Extractor()(value)


def test_memoryview_is_refused_too() -> None:
    with pytest.raises(TypeError):
        quoteattr.extract(memoryview(b'"Hi," she said.'))
