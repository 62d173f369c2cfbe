"""Is a text narrative fiction? A cheap signal from the narration's tense and the text's digits.

Reported speech means different things in the two genres quoteattr reads. A news
report attributes beliefs and positions as well as words ("Officials believe the
plant will reopen", "The study found that …"); a novel's narration uses the same
verbs for the story it tells ("Elizabeth found him agreeable", "He seemed absorbed
in thought"), and there only verbs of speech report anyone's words. So the
pipeline asks, once per document, whether the text reads as narrative: the
narration outside the direct quotations is dense with the past tense of *be* and
*have* (novels: mostly 18 to 55 a thousand words; news: mostly under 15), and
the text has few digits (news is full of dates, figures and percentages). Short
texts (under 300 words of narration) are not judged and count as not narrative.

The counts are plain substring counts (C speed); the thresholds were chosen on
PolNeAR train (news) against LitBank (fiction).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Optional

_PAST = (" was ", " were ", " had ", "\nwas ", "\nwere ", "\nhad ", " was\n", " were\n", " had\n")
_DIGITS = "0123456789"
# the narrator's own first person ("I", "my", "me"), counted like _PAST
_FIRST = (" I ", "\nI ", " I\n", " I’", " I'", " my ", " My ", "\nMy ", " me ", " me.", " me,", " me;", " me\n")
MIN_WORDS = 300  # narration words below which a text is not judged
MIN_PAST = 18.0  # was / were / had per 1,000 narration words, at least
MAX_DIGITS = 3.0  # digits per 1,000 characters, below
REPORT_DIGITS = 1.5  # digits per 1,000 characters, at least, of a text not narrative that reads as a report
# a first-person narrator's story tells less in was/were/had: this many first-person words per 1,000 narration
# words, with at least MIN_PAST_FIRST past forms and fewer digits than REPORT_DIGITS, read as a story too
MIN_FIRST = 15.0
MIN_PAST_FIRST = 10.0
# a story told mostly in dialogue has little narration to count: this many quotations tagged with verbs of
# fiction's dialogue (speech_verbs.tsv use "l": "she cried", "murmured Holmes"), with few digits, make it one
MIN_LITERARY = 3
# a text that reads as a story by the above but holds this many words of news (lexicons' news_words.txt:
# "percent", "Sen.", "spokesman", weekdays) per 1,000 words is news written in the past tense (PolNeAR: about
# 1 report in 40 reads as a story without it, 5 to 48 such words a 1,000; novels: under 2)
MIN_NEWS = 8.0


def _words(text: str) -> int:
    """The words of ``text``, counted as runs between spaces and line breaks."""
    return text.count(" ") + text.count("\n") + 1


def _counts(text: str) -> tuple[int, int]:
    """(words, was/were/had) in ``text`` (:func:`_words`)."""
    return _words(text), sum(text.count(p) for p in _PAST)


def narrative(text: str, quoted: Iterable[tuple[int, int]] = (), literary: int = 0,
              news_words: Iterable[str] = ()) -> bool:
    """Whether ``text`` reads as narrative fiction; ``quoted`` are the (start, end) spans of its direct
    quotations, whose words (dialogue, mostly in the present tense) are left out of the tense count."""
    return judge(text, quoted, literary, news_words) is True


def judge(text: str, quoted: Iterable[tuple[int, int]] = (), literary: int = 0,
          news_words: Iterable[str] = ()) -> Optional[bool]:
    """:func:`narrative`'s answer, or None for a text too short to judge; ``literary`` is how many of the
    quotations have a tag of fiction's dialogue ("she cried"); ``news_words``, the words of news that overrule a
    story's tense (:data:`MIN_NEWS`)."""
    verdict = _judge(text, quoted, literary)
    if verdict is True and news_words and news_rate(text, news_words) >= MIN_NEWS:
        return False
    return verdict


def news_rate(text: str, news_words: Iterable[str]) -> float:
    """How many of ``news_words`` ``text`` holds (each after a space) per 1,000 words."""
    return sum(text.count(" " + w) for w in news_words) * 1000 / _words(text)


def _judge(text: str, quoted: Iterable[tuple[int, int]] = (), literary: int = 0) -> Optional[bool]:
    if not text:
        return None
    words, past = _counts(text)
    spans = list(quoted)
    joined = ""
    if spans:
        # the quotations' counts in one pass: joined by a character no counted pattern holds, each one's
        # count is what it would be alone, but for the one word _counts adds per text
        joined = "\x00".join(text[s:e] for s, e in spans)
        w, p = _counts(joined)
        words -= w + len(spans) - 1
        past -= p
    if words < MIN_WORDS:
        return None
    digits = digit_rate(text)
    if past * 1000 / words >= MIN_PAST:
        return digits < MAX_DIGITS
    if digits >= REPORT_DIGITS:
        return False
    if literary >= MIN_LITERARY:
        return True  # "“…,” she cried" / "murmured Lord Henry": dialogue with the tags of fiction
    if past * 1000 / words < MIN_PAST_FIRST:
        return False
    # "I had not been long in the house …": a first-person narrator, with few figures (counted only here)
    first = sum(text.count(p) for p in _FIRST) - sum(joined.count(p) for p in _FIRST)
    return first * 1000 / words >= MIN_FIRST


def digit_rate(text: str) -> float:
    """Digits per 1,000 characters of ``text`` (news is full of dates, figures and percentages)."""
    return sum(text.count(d) for d in _DIGITS) * 1000 / len(text) if text else 0.0
