"""The stdlib-``re`` scans that speed up reported speech and sentence splitting find exactly what the
``regex`` patterns they stand in for find, also next to non-ASCII letters, marks, digits and spaces."""

from __future__ import annotations

import random

import pytest
from _random_text import old_sentence_ends, random_spans

from quoteattr import lexicon, reported, tokenize
from quoteattr.tokenize import outside

# pieces chosen to sit where the two engines' ideas of words, spaces and capitals differ
_VERB_GLUE = [" ", "", "\u0301", "²", "é", "_", "1", "\u00a0", ",", "’", "-", "\u200d", "\u2003", "\x1c", "X", "\n",
              "ß", "½", "\u0660", "\ufe4f", "É"]
_SENT_PIECES = [".", "!", "?", "…", ";", "\n", " ", "  ", "\t", "\u00a0", "\u2003", "\x85", "\x1c", '"', "”", "’", "'",
                "»", ")", "]", "“", "‘", "«", "(", "[", "—", "–", "-", "A", "Z", "a", "É", "é", "ß", "5", "٣", "²",
                "Mr", "Dr.", "J.R.R", "U.S", "e.g", "word", "longword", "x"]


def test_verb_scan_matches_the_regex_pattern() -> None:
    lex = reported.reporting_lexicon("en")
    if lex.verb_scan is None:
        pytest.skip("the lexicon has non-ASCII verb forms: the regex pattern is used alone")
    forms = sorted(lex.form_lemma)[:150] + ["according to", "According\u00a0to", "according\u2003to", "according\x1cto",
                                             "to", "accord", "unsaid", "The", "he"]
    rnd = random.Random(7)
    for _ in range(3000):
        text = "".join(rnd.choice(forms) + rnd.choice(_VERB_GLUE) for _ in range(rnd.randint(1, 10)))
        spans = random_spans(rnd, text)
        want = [m.span() for m in outside(lex.verb_re, text, spans)]
        assert [m.span() for m in reported._verb_hits(lex, text, spans)] == want, (text, spans)


def test_verb_scan_hands_over_where_engines_disagree() -> None:
    lex = reported.reporting_lexicon("en")
    for text in ("Zoé said it.", "he saidé that", "x\u0301said so", "²said", "said²", "according\u00a0to him"):
        want = [m.span() for m in lex.verb_re.finditer(text)]
        assert [m.span() for m in reported._verb_hits(lex, text, [])] == want, text


def test_sentence_scans_match_the_regex_patterns() -> None:
    rnd = random.Random(11)
    for _ in range(4000):
        text = "".join(rnd.choice(_SENT_PIECES) for _ in range(rnd.randint(1, 30)))
        paras = tokenize.paragraph_spans(text)
        want = sorted({s for s, _ in paras} | {m.end() for m in tokenize._SENT_END.finditer(text)})
        assert tokenize.sentence_starts(text, paras) == want, text
        a, b = sorted((rnd.randint(0, len(text)), rnd.randint(0, len(text))))
        assert reported._sentence_ends(text, a, b) == old_sentence_ends(text, a, b), (text, a, b)
        assert reported._sentence_ends(text) == old_sentence_ends(text, 0, len(text)), text


def test_sentence_ends_on_plain_prose() -> None:
    text = "Mr. Smith arrived. He said the U.S. team won; nobody cared.\nThen É came. A remarkable outcome. Fin"
    ends = reported._sentence_ends(text)
    # after "arrived." and "came." and "outcome."; at the semicolon and at the line break; never after "Mr." or "U.S."
    assert ends == [text.index("arrived.") + 8, text.index(";"), text.index("\n"), text.index("came.") + 5,
                    text.index("outcome.") + 8]
    # the tokenizer's sentence starts: before a capital after .!?… (it knows no abbreviations) and at each line
    assert tokenize.sentence_starts(text, tokenize.paragraph_spans(text)) == [
        0, text.index("Smith"), text.index("He"), text.index("Then"), text.index("A rem"), text.index("Fin")]


def test_sentence_starts_with_abbreviations() -> None:
    abbr = lexicon.load("en").abbreviations
    text = "Gen. Ada Roe met George W. Bush. Then Mr. Lee left the U.S. Army base. It ended. Done."
    paras = tokenize.paragraph_spans(text)
    # no start after a title's dot or a middle initial's; after "U.S." (no title, no initial after a name) one
    assert tokenize.sentence_starts(text, paras, abbr) == [0, text.index("Then"), text.index("Army"),
                                                           text.index("It "), text.index("Done")]
    # without abbreviations every dot before a capital starts a sentence (the scan the regex test checks)
    assert tokenize.sentence_starts(text, paras) == [0, text.index("Ada"), text.index("Bush"), text.index("Then"),
                                                     text.index("Lee"), text.index("Army"), text.index("It "),
                                                     text.index("Done")]


def test_title_scan_finds_every_title_the_regex_pattern_finds() -> None:
    from quoteattr.speakers import _title_before_name, _title_scan

    scan, rx = _title_scan("en"), _title_before_name("en")
    assert scan is not None
    words = ["Dr.", "dr", "Mr", "MRS.", "Professor", "reverend", "St.", "first", "Kelvin", "Miss", "Mrs",
             "mist", "Sir", "Lady", "Colonel", "CAPT."]
    rnd = random.Random(11)
    for _ in range(3000):
        text = "".join(rnd.choice(words) + rnd.choice(_VERB_GLUE) for _ in range(rnd.randint(1, 10)))
        for start in rx.finditer(text):
            assert scan.match(text, start.start()) is not None, (text, start.span())
