"""The shortcuts that speed up framing and speaker resolution find exactly what the `regex` patterns they
stand in for find: the subject-start scan of ``before_frame``, the stdlib scan for person nominals, the
name ends worked out without ``name_re``; the stdlib engine's white space and case folding hold regex's;
and the patterns, compiled when first used, all compile."""

from __future__ import annotations

import random
import re
import sys
from typing import Optional

import regex
from _random_text import random_spans

from quoteattr import frames, speakers
from quoteattr.patterns import loose_alternation, patterns
from quoteattr.tokenize import analyse, confirmed, outside
from quoteattr.types import (
    Quote,
    Span,
    Speaker,
    Verb,
    _quote_unchecked,
    _span_unchecked,
    _speaker_unchecked,
    _verb_unchecked,
)

PAT = patterns("en")

# words and glue chosen to sit where the shortcuts could go wrong: titles, particles, initials, articles and
# person nouns, speech verbs, possessives, and non-ASCII letters, marks, capitals and spaces
_PIECES = [" ", "  ", "\t", "\n", "\n\n", "\u00a0", "\u2003", "\x1c", "\x85", ".", ",", ":", "'", "’", "-", "—", "“",
           "”", "(", ")", "A", "Z", "É", "é", "ß", "\u212a", "\u017f", "\u0130", "\u0301", "1", "²", "_", "x", "Mr",
           "Mr.", "Mrs", "Smith", "Jean", "O'Brien", "van", "de", "St.", "Mac", "captain", "Captain", "general",
           "General", "attorney", "the", "The", "THE", "a", "an", "An", "old", "man", "woman", "boy", "girl", "young",
           "lady", "of", "and", "said", "asked", "replied", "told", "he", "she", "He", "She", "I", "it", "they", "J.",
           "R.", "Tolkien", "Holmes", "Holmes's", "señor", "Señor", "his", "her", "their", "according", "to", "one",
           "two", "gentleman", "mother", "Father", "reporters", "spokesman", "ſaid", "\u212aing", "sa\u0130d"]


def _text(rnd: random.Random, n: int) -> str:
    return "".join(rnd.choice(_PIECES) + rnd.choice(["", " ", " "]) for _ in range(rnd.randint(1, n)))


def _tag_by_search(window: str, v: int, endpos: int) -> Optional[regex.Match[str]]:
    """before_frame's search as it was: from v - 120, again one past each match whose verb is elsewhere."""
    at = max(0, v - 120)
    while at <= v:
        m = PAT.before_tag.search(window, at, endpos)
        if m is None or m.start("verb" if m.group("verb") is not None else "verb2") == v:
            return m
        at = m.start() + 1
    return None


def test_tag_at_verb_matches_the_search() -> None:
    rnd = random.Random(3)
    found = 0
    for _ in range(1500):
        text = _text(rnd, 40)
        for v in PAT.verb_re.finditer(text):
            endpos = v.end() + rnd.choice([0, 5, 90])
            want = _tag_by_search(text, v.start(), endpos)
            got = frames._tag_at_verb(PAT, text, v.start(), endpos)
            assert (got.span() if got else None) == (want.span() if want else None), (text, v.span())
            if want is not None:
                assert got is not None and got.groupdict() == want.groupdict()
                found += 1
    assert found > 100  # the texts do hold tags


def test_tag_at_verb_on_prose() -> None:
    window = "Then, after a long silence in which nobody moved, the old woman in the corner said"
    v = window.rindex("said")
    m = frames._tag_at_verb(PAT, window, v, len(window))
    assert m is not None and m.group("nom") == "the old woman in the corner"
    assert _tag_by_search(window, v, len(window)).span() == m.span()  # type: ignore[union-attr]


def test_person_nominal_scan_matches_the_pattern() -> None:
    assert PAT.person_scan is not None
    rnd = random.Random(5)
    found = 0
    pieces = ["a", "an", "An", "the", "The", "THE", "old", "young", "man", "woman", "boy", "girl", "lady", "of", "and",
              "\u00a0", "\u2003", "\x1c", "\n", ",", "’", "-", "é", "É", "\u0301", "1", "(", "x", "ſ", "\u212a", "son"]
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) + rnd.choice(["", " ", " ", "  "]) for _ in range(rnd.randint(1, 30)))
        spans = random_spans(rnd, text)
        want = [m.span() for m in outside(PAT.person_nominal, text, spans)]
        got = [m.span() for m in confirmed(PAT.person_scan, PAT.person_nominal, text, spans)]
        assert got == want, (text, spans)
        found += len(want)
    assert found > 300
    text = "An old man and the young lady met a\u00a0boy; the\u00a0old woman, THE GIRL and a ſon did not."
    assert [m.group() for m in confirmed(PAT.person_scan, PAT.person_nominal, text, [])] == \
        [m.group() for m in PAT.person_nominal.finditer(text)] == ["An old man", "the young lady", "a\u00a0boy",
                                                                     "the\u00a0old woman"]


def test_name_end_matches_name_re() -> None:
    rnd = random.Random(9)
    answered = 0
    for _ in range(3000):
        text = _text(rnd, 40)
        for c in outside(PAT.cap_seq, text, random_spans(rnd, text)):
            e = speakers._name_end(text, c.start(), c.end(), c.group(), PAT)
            if e >= 0:
                m = PAT.name_re.match(text, c.start())
                assert m is not None and e == m.end(), (text, c.span(), e)
                answered += 1
    assert answered > 3000


def test_name_end_answers_for_plain_names() -> None:
    text = "Sherlock Holmes said. Smith. J. Watson, Mr. Hudson and Jean van Dam went to Baker Street\n\nLater"
    for word, end in [("Sherlock Holmes", "Sherlock Holmes"), ("Smith.", "Smith"), ("J. Watson", "J. Watson")]:
        s = text.index(word)
        assert speakers._name_end(text, s, s + len(word), word, PAT) == s + len(end)
    for word in ["Mr. Hudson", "Jean", "Baker Street"]:  # a title; a particle after; a capital after blank lines
        s = text.index(word)
        assert speakers._name_end(text, s, s + len(word), word, PAT) == -1


def _all_characters() -> str:
    return "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)


def test_stdlib_white_space_and_case_folding_hold_regex_ones() -> None:
    # the stdlib scans stand for `regex` white space with \s and for case-insensitive ASCII letters with (?i)
    chars = _all_characters()
    assert set(regex.findall(r"\s", chars)) <= set(re.findall(r"\s", chars))
    for letter in "abcdefghijklmnopqrstuvwxyz":
        assert set(regex.findall("(?i)" + letter, chars)) <= set(re.findall("(?i)" + letter, chars)), letter
    words = ["attorney general", "señor", "sir", "mr"]
    loose = re.compile(loose_alternation(words))
    for text in ["Attorney  General", "SEÑOR", "seÑor", "\u017fir", "MR", "m\u0130"]:
        if regex.match("(?i:" + "|".join(w.replace(" ", r"\s+") for w in words) + ")", text):
            assert loose.match(text), text


def test_patterns_compile_when_first_used() -> None:
    pat = patterns("en")
    for name in pat.sources:
        first = getattr(pat, name)
        assert getattr(pat, name) is first  # compiled once, then kept
        assert first is None or isinstance(first, (regex.Pattern, re.Pattern))
    assert pat.compile_all() is pat
    assert pat.name_re.match("Mr. Sherlock Holmes said").group() == "Mr. Sherlock Holmes"  # type: ignore[union-attr]


def test_unchecked_builders_equal_validated_objects() -> None:
    text = "“Hi,” said Ann."
    sp = _speaker_unchecked("Ann", 11, 14, "Ann", "name", 0, 0.9)
    vb = _verb_unchecked("said", "say", 6, 10)
    om, cm = _span_unchecked("“", 0, 1), _span_unchecked("”", 4, 5)
    q = _quote_unchecked("Hi,", 1, 4, "direct", sp, vb, om, cm, 0, 0, 0, 0, 0.95)
    assert q == Quote(text="Hi,", start=1, end=4, kind="direct",
                      speaker=Speaker(name="Ann", start=11, end=14, text="Ann", kind="name", entity=0, confidence=0.9),
                      verb=Verb(text="said", lemma="say", start=6, end=10), open_mark=Span(text="“", start=0, end=1),
                      close_mark=Span(text="”", start=4, end=5), paragraph=0, sentence=0, quote_id=0, part=0,
                      confidence=0.95)
    assert Quote.from_dict(q.to_dict()) == q and text[q.start:q.end] == q.text


def test_entities_mentions_unchanged_by_the_name_shortcut() -> None:
    text = ("Mr. Sherlock Holmes and Dr. John H. Watson met Jean van Dam. Holmes said nothing.\n\n"
            "Captain Ward, Señor Ruiz and the Rev. Peter Wherry of Ukraine left with Smith's dog.")
    ents = speakers.Entities(analyse(text), PAT, [])
    want = []
    for run in PAT.cap_seq.finditer(text):
        c = run
        while c is not None:
            word = c.group()
            if " " not in word and "\n" not in word and word.lower().rstrip(".") in PAT.lex.non_names:
                break
            m = PAT.name_re.match(text, c.start())
            assert m is not None
            words, _title = ents.split(m.group())
            if words:
                want.append((m.start(), m.end()))
            # the rest of a run ("… with Holmes. Watson") is scanned for a name of its own
            c = PAT.cap_seq.search(text, m.end(), c.end()) if m.end() < c.end() else None
    assert [(s, e) for s, e, _w, _t in ents.mentions] == want
    assert (text.index("Holmes said"), text.index(" said nothing")) in want


def test_dot_free_tag_patterns_match_the_full_ones_where_no_dot_stands() -> None:
    # before_frame uses before_tag_nodot / before_coord_nodot on windows with no "."; there they must find
    # exactly what before_tag / before_coord find (whose extra branches all need a dot)
    rnd = random.Random(23)
    found = 0
    for _ in range(1500):
        text = _text(rnd, 30).replace(".", "")
        for p in range(len(text)):
            for full, fast in ((PAT.before_tag, PAT.before_tag_nodot), (PAT.before_coord, PAT.before_coord_nodot)):
                a, b = full.match(text, p), fast.match(text, p)
                assert (a.span() if a else None) == (b.span() if b else None), (text, p)
                if a is not None:
                    assert a.groupdict() == b.groupdict()  # type: ignore[union-attr]
                    found += 1
    assert found > 100
