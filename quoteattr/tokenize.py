"""The regex producer of the internal :class:`~quoteattr.document.Document`.

Paragraphs are blocks separated by blank lines where the text has any and is
hard-wrapped (books, plain-text mail); otherwise every line is a paragraph
(most articles, and ebooks with one paragraph a line). Sentence starts come
from one scan for sentence-final punctuation followed by a capital, an opening
mark or a paragraph break. No per-token objects are built for the whole text:
the later stages scan only the neighbourhoods they look at, or the text outside
quotations (:func:`outside`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from typing import Optional

import regex

from quoteattr.document import Document

# a word: letters and digits, joined by an apostrophe or a hyphen inside ("Merkel's", "ex-convict")
WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*")
_BLANK_LINE = regex.compile(r"\n[ \t\r\f\v\u00a0]*\n\s*")
_LINE = regex.compile(r"\n\s*")
# sentence-final punctuation, optional closing marks, space, then something that can open a sentence
_SENT_END = regex.compile(r"(?<=[.!?…])[\"”’'»)\]]*+[ \t\r\n\u00a0]++(?=[\"“‘'«(\[—–-]?+\p{Lu})")
# the same scan for the stdlib engine (several times faster), from the punctuation on: an ASCII capital
# decides at once; where a non-ASCII character stands in its place (group 1), _SENT_END decides. One scan
# per punctuation mark, each opening with its mark (the stdlib engine then skips to the next one at memchr
# speed, where a class of four makes it test every character): a match holds no other mark, so the scans
# together find the matches one scan for all four marks would
_SENT_SCANS = tuple(
    (p, re.compile(re.escape(p) + r"[\"”’'»)\]]*[ \t\r\n\u00a0]+(?=[\"“‘'«(\[—–-]?(?:[A-Z]|([^\x00-\x7f])))"))
    for p in ".!?…")


_WRAP_WIDTH = 100  # lines of hard-wrapped text are shorter than this (books: 60 to 80 characters)
_WRAP_SAMPLE = 2000  # lines looked at


def _hard_wrapped(text: str) -> bool:
    """Whether the text's lines are wrapped at a fixed width (the median length of its first _WRAP_SAMPLE
    non-empty lines is under _WRAP_WIDTH), so that a single line break continues its paragraph; otherwise
    each line is a paragraph of its own. (C-level passes only: split, map, filter, sort.)"""
    lines = text.split("\n", _WRAP_SAMPLE)[:_WRAP_SAMPLE]
    lengths = sorted(filter(None, map(len, lines)))
    return bool(lengths) and lengths[len(lengths) // 2] < _WRAP_WIDTH


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph, whitespace between them excluded, covering all text: blocks between
    blank lines in hard-wrapped text, else lines (news often separates paragraphs by one line break here
    and by a blank line there)."""
    sep = _BLANK_LINE if _BLANK_LINE.search(text) and _hard_wrapped(text) else _LINE
    spans = []
    pos = 0
    for m in sep.finditer(text):
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if pos < len(text) or not spans:
        spans.append((pos, len(text)))
    return _notes_whole(text, spans) if "[" in text else spans


NOTE_REACH = 600  # how long an editor's note in brackets over several paragraphs may be
# an editor's labelled note in brackets, the whole of it ("[Picture: Candle]", "[Illustration: The Ball]")
_LABELLED_NOTE = regex.compile(r"\[\p{Lu}\p{L}++:[^\[\]\n]*+\]")


def _notes_whole(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with an editor's note in brackets over several paragraphs made one: "[Illustration:",
    "“He came down to see the place”", "[_Copyright 1894 by George Allen._]]" is one paragraph, a picture's
    caption, which no conversation goes on around (at most NOTE_REACH characters, up to the bracket that
    closes the first)."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(spans):
        s, e = spans[i]
        j = i
        if text.startswith("[", s):
            depth = 0
            for k in range(s, min(len(text), s + NOTE_REACH)):
                c = text[k]
                depth += 1 if c == "[" else -1 if c == "]" else 0
                if depth == 0:
                    while j + 1 < len(spans) and spans[j + 1][0] < k:
                        j += 1
                    break
            if j == i and k < e - 1 and _LABELLED_NOTE.fullmatch(text, s, k + 1):
                # "[Picture: Candle] “Now you go and get me my hammer, Will,” he would shout": a picture's
                # label at the head of a paragraph is a paragraph of its own (a heading), the rest the speech
                rest = k + 1
                while rest < e and text[rest].isspace():
                    rest += 1
                if rest < e:
                    out.append((s, k + 1))
                    out.append((rest, e))
                    i += 1
                    continue
        out.append((s, spans[j][1]))
        i = j + 1
    return out


def _no_end(text: str, d: int, abbreviations: frozenset[str]) -> bool:
    """Whether the dot at ``d`` ends a title ("Mr.", "Gen.": one of ``abbreviations``, lower case) or a middle
    initial ("George W. Bush": one capital letter after a capitalised word), which opens no sentence. (At most
    a dozen characters looked at.)"""
    j = d
    while j > 0 and d - j <= 6 and text[j - 1].isalpha():
        j -= 1
    n = d - j
    if n == 0 or n > 6 or (j > 0 and text[j - 1] in ".'’-"):
        return False
    if n > 1:
        return text[j:d].lower() in abbreviations
    if not text[j].isupper() or j < 3 or text[j - 1] not in " \u00a0":
        return False
    k = j - 1  # the word before the initial: a capitalised word of two letters or more
    i = k
    while i > 0 and k - i < 20 and text[i - 1].isalpha():
        i -= 1
    return k - i >= 2 and text[i].isupper() and not text[i + 1:k].isupper()


def sentence_starts(text: str, paragraphs: list[tuple[int, int]],
                    abbreviations: frozenset[str] = frozenset()) -> list[int]:
    """The sentence starts of ``text``: each paragraph's start, and each capital (or mark before one) after
    sentence-final punctuation and spaces, except after the dot of a title or a middle initial where
    ``abbreviations`` are given (:func:`_no_end`)."""
    starts = {s for s, _ in paragraphs}
    # every _SENT_END match follows a .!?… that opens a _SENT_SCANS match (the scans' character classes hold
    # the pattern's), and the two end together where no non-ASCII character had to be judged
    for p, scan in _SENT_SCANS:
        if p not in text:
            continue
        for m in scan.finditer(text):
            if abbreviations and p == "." and _no_end(text, m.start(), abbreviations):
                continue
            if m.lastindex is None:
                starts.add(m.end())
            else:
                v = _SENT_END.match(text, m.start() + 1)
                if v is not None:
                    starts.add(v.end())
    return sorted(starts)


def analyse(text: str, abbreviations: frozenset[str] = frozenset()) -> Document:
    """Build the document representation of ``text`` with the regex tokenizer (``abbreviations``: the titles
    whose dot ends no sentence, lower case, as :attr:`~quoteattr.lexicon.Lexicon.abbreviations`)."""
    paras = paragraph_spans(text)
    return Document(text=text, paragraphs=paras, sentence_starts=sentence_starts(text, paras, abbreviations))


def overlaps_any(spans: list[tuple[int, int]]) -> Callable[[int, int], bool]:
    """A test of whether [s, e) overlaps one of ``spans`` (a bisection each time it is asked)."""
    spans = sorted(spans)
    starts = [a for a, _ in spans]
    reach: list[int] = []  # reach[k]: the furthest end among spans[0..k]
    for _, b in spans:
        reach.append(max(b, reach[-1]) if reach else b)

    def test(s: int, e: int) -> bool:
        k = bisect_left(starts, e)  # spans[:k] start before e; one of them overlaps if it ends after s
        return k > 0 and reach[k - 1] > s

    return test


def gaps(spans: list[tuple[int, int]], n: int) -> Iterator[tuple[int, int]]:
    """The non-empty stretches of ``[0, n)`` outside the sorted ``spans`` (which may overlap), in order."""
    pos = 0
    for s, e in spans:
        if s > pos:
            yield pos, s
        pos = max(pos, e)
    if pos < n:
        yield pos, n


def outside(pattern: regex.Pattern[str], text: str, spans: list[tuple[int, int]]) -> Iterator[regex.Match[str]]:
    """Matches of ``pattern`` in ``text`` outside the sorted ``spans`` (quotations, say): the stages that
    only care about narration need not scan the dialogue."""
    for a, b in gaps(spans, len(text)):
        yield from pattern.finditer(text, a, b)


def confirmed(scan: Optional[re.Pattern[str]], rx: regex.Pattern[str], text: str,
              spans: list[tuple[int, int]]) -> Iterator[regex.Match[str]]:
    """The matches of ``rx`` outside the sorted ``spans``, exactly those of ``outside(rx, text, spans)``,
    found with ``scan``: a fast stdlib-re pattern that matches wherever ``rx`` does (and maybe elsewhere).
    ``rx`` is tried only where ``scan`` matches, in order, and the scan goes on after each match of ``rx``
    (or one past a place where ``rx`` fails), so no match of ``rx`` is missed or cut short."""
    if scan is None:
        yield from outside(rx, text, spans)
        return
    for p, s in gaps(spans, len(text)):
        while True:
            c = scan.search(text, p, s)
            if c is None:
                break
            m = rx.match(text, c.start(), s)
            if m is None:
                p = c.start() + 1
            else:
                yield m
                p = max(m.end(), c.start() + 1)
