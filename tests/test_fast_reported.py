"""The shortcuts that speed up reported speech and quote-mark detection find exactly what the patterns they
stand in for find: verb hits told without a ``regex`` match, the sentence around a verb found from the
nearest sentence ends only, the auxiliary / time-phrase / determiner / coordination checks and the subject's
last word told where plain ASCII text decides, and the stdlib scans for quote marks. Random texts are built from pieces chosen to
sit where the shortcuts could go wrong (non-ASCII letters, marks, digits and spaces; abbreviations; a
semicolon before a line break; apostrophes; auxiliaries and adverbs)."""

from __future__ import annotations

import random
from bisect import bisect_right

from _random_text import old_sentence_ends, random_spans

from quoteattr import detect, reported
from quoteattr.document import Document
from quoteattr.patterns import patterns
from quoteattr.tokenize import analyse, confirmed

_PIECES = [" ", "  ", "\t", "\n", "\n\n", "\u00a0", "\u2003", "\x1c", "\x85", ".", "..", ",", ";", ";\n", ":", "!",
           "?", "…", "'", "’", "‘", "\"", "“", "”", "»", "«", ")", "(", "[", "]", "-", "—", "A", "Z", "É", "é",
           "ß", "\u0301", "1", "5", "²", "٣", "_", "x", "Mr", "Mr.", "Dr.", "U.S", "U.S.", "e.g", "J.R.R", "St.",
           "No.", "v.", "longword", "word", "He", "he", "She", "I", "it", "They", "the", "The", "a", "an", "and",
           "but", "has", "had", "not", "never", "n't", "'s", "’d", "was", "also", "then", "later", "quickly",
           "Monday", "last", "week", "on", "yesterday", "said", "says", "told", "asked", "announced", "vowed",
           "according", "to", "that", "that,", "echo", "Smith:", "NOTE:", "echoed", "Smith", "Jones",
           "reporters", "officials", "spokesman",
           "Zoé", "café", "naïvely", "fully"]


def _text(rnd: random.Random, n: int) -> str:
    return "".join(rnd.choice(_PIECES) + rnd.choice(["", " ", " ", " "]) for _ in range(rnd.randint(1, n)))


def _old_sentence(text: str, doc: Document, pos: int, memo: dict[int, list[int]]) -> tuple[int, int]:
    """_Ctx.sentence as it was: all of the paragraph's sentence ends, then a bisection."""
    pi = doc.paragraph_of(pos)
    ps, pe = doc.paragraphs[pi] if doc.paragraphs else (0, len(text))
    ends = memo.get(pi)
    if ends is None:
        ends = memo[pi] = old_sentence_ends(text, ps, pe)
    i = bisect_right(ends, pos)
    s = ends[i - 1] if i > 0 else 0
    e = ends[i] if i < len(ends) else len(text)
    s = max(s, ps, pos - 1500)
    e = min(e, pe, pos + 1500)
    while s < pos and text[s] in " \t\u00a0;\n":
        s += 1
    return s, e


def test_sentence_around_a_letter_is_the_paragraph_scans() -> None:
    rnd = random.Random(5)
    pat = patterns("en")
    lex = reported.reporting_lexicon("en")
    for k in range(500):
        text = _text(rnd, 60)
        if k % 25 == 0:
            text = text * 40  # long paragraphs
        elif k % 25 == 1:  # sentences longer than the 1500 characters looked at either way
            words = ["word", "He", "said", "x", "é", "Mr.", "U.S.", "it", "—"]
            text = " ".join(rnd.choice(words) for _ in range(rnd.randint(300, 900))) + text
            text += " ".join(rnd.choice(words) for _ in range(rnd.randint(300, 900)))
        doc = analyse(text)
        letters = [i for i, c in enumerate(text) if c.isalpha()]
        if not letters:
            continue
        # in order (as the verb hits come, reusing the last sentence), then in random order
        order = letters if len(letters) < 300 else sorted(rnd.sample(letters, 300))
        memo: dict[int, list[int]] = {}
        for seq in (order, rnd.sample(order, len(order))):
            ctx = reported._Ctx(doc, [], pat, lex)
            for pos in seq:
                want = _old_sentence(text, doc, pos, memo)
                if rnd.random() < 0.4:  # the start alone (find_reported asks for the end only where needed)
                    assert ctx.sentence_start(pos) == want[0], (text, pos)
                else:
                    assert ctx.sentence(pos) == want, (text, pos)


def test_sentence_ends_on_random_text() -> None:
    rnd = random.Random(9)
    for _ in range(3000):
        text = _text(rnd, 40)
        a, b = sorted((rnd.randint(0, len(text)), rnd.randint(0, len(text))))
        assert reported._sentence_ends(text, a, b) == old_sentence_ends(text, a, b), (text, a, b)


def test_word_before_decides_as_the_backward_patterns() -> None:
    rnd = random.Random(13)
    for _ in range(4000):
        text = _text(rnd, 12)
        for _ in range(5):
            e = rnd.randint(0, len(text))
            lo = rnd.randint(0, e)
            w = reported._ascii_word_before(text, lo, e)
            if w is None:
                continue
            aux = reported._AUX_TAIL.search(text, lo, e)
            if w == "" or w not in reported._AUX_WORDS and not w.endswith("ly"):
                assert aux is not None and aux.start() == e, (text, lo, e, w)
            time = reported._TIME_TAIL.search(text, lo, e)
            if w == "" or w not in reported._TIME_WORDS and not w.endswith("ly"):
                assert time is None or time.start() >= e, (text, lo, e, w)


def test_determiner_coordination_label_and_that_checks() -> None:
    rnd = random.Random(17)
    for _ in range(4000):
        text = _text(rnd, 10)
        e = rnd.randint(0, len(text))
        lo = rnd.randint(max(0, e - 30), e)
        gap = text[lo:e]
        if not ("," in gap or "and" in gap or "but" in gap):
            assert reported._COORD.search(text, lo, e) is None, (text, lo, e)
        if not (e > lo and text[e - 1].isspace()):
            assert reported._DET_BEFORE.search(text, lo, e) is None, (text, lo, e)
        if ":" not in gap:
            assert reported._LEAD_LABEL.match(text, lo, e) is None, (text, lo, e)
        if "that" not in gap:
            assert reported._THAT_GAP.match(text, lo, e) is None, (text, lo, e)


def test_noun_suffixes_are_the_pattern() -> None:
    import regex

    old = regex.compile("(?:" + "|".join(reported._NOUN_SUFFIXES) + ")$")
    rnd = random.Random(19)
    words = [p.lower() for p in _PIECES if p.strip()] + ["officer", "critics", "lawyers", "economist", "women"]
    for _ in range(2000):
        w = "".join(rnd.choice(words) for _ in range(rnd.randint(1, 3)))
        assert (old.search(w) is not None) == w.endswith(reported._NOUN_SUFFIXES), w


def test_verb_spans_are_the_verb_hits() -> None:
    lex = reported.reporting_lexicon("en")
    rnd = random.Random(23)
    forms = sorted(lex.form_lemma)[::7] + ["according to", "According\u00a0to", "according\x1cto", "echo", "echoes"]
    glue = [" ", "", "\u0301", "²", "é", "_", "1", "\u00a0", ",", "’", "-", "\u200d", "\u2003", "\x1c", "X", "\n",
            "ß", "É", "o"]
    for _ in range(3000):
        text = "".join(rnd.choice(forms) + rnd.choice(glue) for _ in range(rnd.randint(1, 10)))
        spans = random_spans(rnd, text)
        want = [m.span() for m in reported._verb_hits(lex, text, spans)]
        assert list(reported._verb_spans(lex, text, spans)) == want, (text, spans)


def test_mark_scan_is_the_regex_pattern() -> None:
    pieces = ["'", "''", "'''", "`", "``", "‘", "’", "‚", "‹", "›", '"', "“", "”", "„", "‟", "«", "»", "a", "Z", "é",
              "É", "1", "²", "٣", "\u0301", " ", "\n", ".", "_", "ß", "x", "don", "t", "s"]
    rnd = random.Random(29)
    for _ in range(20000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 14)))
        assert detect._marks(text) == [(m.start(), m.group()) for m in detect._MARKS.finditer(text)], text


def test_mention_shortcut_is_the_word_pattern() -> None:
    pat = patterns("en")
    lex = reported.reporting_lexicon("en")
    rnd = random.Random(31)
    extra = ["who", "which", "officer", "critics", "lawyers", "Mary's", "co-chair", "x" * 35, "AT&T", "3M", "O'Neil",
             "many", "Some", "one", "three", "in", "out", "of", "10", "42%", "%", "surveyed", "those", "network"]
    for _ in range(4000):
        text = "".join(rnd.choice(_PIECES + extra) + rnd.choice(["", " ", " ", "\n"]) for _ in range(rnd.randint(1, 9)))
        ctx = reported._Ctx(analyse(text), [], pat, lex)
        end = rnd.randint(0, len(text))
        ss = rnd.randint(0, end)
        e = end
        while e > ss and text[e - 1].isspace():
            e -= 1
        want = reported._mention_by_words(ctx, ss, e) if e > ss else None
        assert reported._mention_ending(ctx, ss, end) == want, (text, ss, end)



def test_word_starts_are_the_scan_by_position() -> None:
    """_word_starts (str.find) finds every position where the word starts with no letter before its head."""
    pieces = ["In ", "In", "in ", "sked ", "Asked ", "asked ", "aAsked ", "é", "É", "1", " ", "\n", "“", "x", "I", "n",
              "\u0301", "ß", "-", "s", "ked "]
    rnd = random.Random(37)
    for _ in range(20000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 12)))
        for word, skip in (("In ", 0), ("sked ", 1)):
            want = [p for p in range(skip, len(text))
                    if text.startswith(word, p) and (p == skip or not text[p - 1 - skip].isalpha())]
            assert list(reported._word_starts(text, word, skip)) == want, (text, word)


def test_topic_scan_finds_the_topic_pattern_matches() -> None:
    lex = reported.reporting_lexicon("en")
    assert lex.topic_re is not None and lex.topic_scan is not None
    rnd = random.Random(31)
    # a topic frame's two words, their parts, and glue that sits where the stdlib scan's ASCII boundary and
    # white space could differ from the pattern's (digits, "_", non-ASCII letters and spaces, apostrophes)
    words = ["comment", "comments", "on", "critical", "of", "spoke", "about", "call", "for", "talk", "in",
             "criticism", "favor", "interest", "interested", "o", "ab"]
    glue = [" ", "  ", "", "\u00a0", "\u2003", "\x1c", "\x85", "\n", "\t", "1", "_", "é", "\u0301", "’", "'", "-",
            ",", "X", "s"]
    for _ in range(4000):
        text = "".join(rnd.choice(words) + rnd.choice(glue) for _ in range(rnd.randint(1, 12)))
        want = [m.span() for m in lex.topic_re.finditer(text)]
        assert [m.span() for m in confirmed(lex.topic_scan, lex.topic_re, text, [])] == want, text
