"""Helpers shared by the tests that check a fast path against the pattern or code it replaces."""

from __future__ import annotations

import random

from quoteattr import reported


def random_spans(rnd: random.Random, text: str) -> list[tuple[int, int]]:
    """Sorted, non-overlapping spans of ``text`` (quotations, say), none to a few, each at most 10 long."""
    spans = []
    p = 0
    while p < len(text) and rnd.random() < 0.5:
        a = rnd.randint(p, len(text))
        b = rnd.randint(a, min(len(text), a + 10))
        spans.append((a, b))
        p = b
    return spans


def old_sentence_ends(text: str, start: int, end: int) -> list[int]:
    """The sentence ends from the ``regex`` pattern ``reported._SENT_END`` alone, before any shortcut."""
    out = []
    for m in reported._SENT_END.finditer(text, start, end):
        s = m.end("p") if m.start("p") >= 0 else m.start()
        if text[s - 1:s] == "." and text[s - 2:s - 1] != "." and not (text[s - 2:s - 1] == "s" and text[s - 3:s - 2].isdigit()):
            w = reported._WORD_BEFORE.search(text, max(0, s - 14), s)
            if w is not None:
                word = w.group(1).lower()
                if ((word in reported._ABBREV or (len(word) == 1 and word.isalpha()) or reported._INITIALS.fullmatch(word))
                        and not (word in reported._ABBREV_FINAL and reported._OPENER_AFTER.match(text, s))):
                    continue
        out.append(s)
    return out
