"""Reported speech without quote marks (rules, plain text): indirect and mixed quotations.

One scan of the text finds reporting-verb forms (``lexicons/<lang>/reporting_verbs.tsv``,
learned from annotated news, see ``benchmarks/learn_verbs.py``) and ``according to``;
only the sentence around each hit is looked at. Frames:

* ``X said (that) CLAUSE`` / ``X has said Monday that …`` / ``X, the governor, said …`` /
  ``X told reporters (that) …`` -- subject before the verb (auxiliaries, adverbs and an
  appositive between them are allowed), content = the complement up to the end of its clause;
* ``X vowed to …`` (verbs with a to-infinitive frame), ``X announced his resolve …`` (a
  noun-phrase frame);
* ``X is trying to convince voters that …`` / ``X won by saying …`` -- a reporting verb in the infinitive, or a
  gerund after ``by``: its own frames, the
  sentence's subject its speaker (not after ``declined to`` / ``refused to`` or a negation);
* ``CLAUSE, X said.`` / ``CLAUSE, said X.`` / ``CLAUSE1, X said, CLAUSE2.`` -- a tag after the
  content, no quote marks;
* ``OPENING, X said, CLAUSE.`` -- a parenthetical tag after a short opening (``Overall, she said,
  …``, ``The mayor, officials said, has …``): the opening and the clause are two parts of the content;
* ``according to X, CLAUSE.`` / ``CLAUSE, according to X.``
* ``X seems to …`` / ``X appears ready …`` / ``X is expected to …`` -- the writer's hedge, no speaker: the
  subject and the predicate are two parts of the content (``frame="subj"`` for the subject);
* ``X: CLAUSE`` -- a paragraph led by a name and a colon (a headline's source, a transcript's
  speaker); labels such as ``Note:`` or ``Chapter 3:`` (``lexicons/<lang>/non_speaker_labels.txt``)
  are no speakers.

A subject may be a noun of people before ``of`` (``critics of the plan say``), and stand before a time phrase
(``Clinton on Tuesday evening said``) or a parenthesis
(``Kasich (who has 25 delegates) said``); a complement ends at its sentence end, before a direct
quotation or a dash, and before the writer's own clause (``, though …``, ``, which …``).

Content is ``kind="indirect"``, or ``"mixed"`` where it holds a quoted fragment (an
:class:`~quoteattr.frames.Item` with ``fragment=True``). Content never overlaps a real
direct quotation (a non-fragment Item): the clause is cut before it, or the hit is dropped
when the verb only introduces that quotation.

Left out on purpose (not reported content):

* negated or unrealised speech: ``did not say``, ``has yet to provide``, ``never claimed``,
  ``declined to comment`` / ``refused to say`` (the verbs ``decline`` and ``refuse`` are not
  in the lexicon);
* mentions of speech without content: a noun-phrase object that is itself a speech noun
  (``made these comments``, ``applauded the remarks``, ``repeated the claim``);
* questions with no subject (``Asked whether …``);
* an adjunct of the verb where a bare clause would stand (``said in Ohio as the crowd cheered``).

A passive (``The report was released on Tuesday``, ``The plan was criticized by X``) reports its subject
(``frame="subj"``), its speaker the agent after ``by`` or no one; a complement of its own (``was accused of
…``) is content too. An impersonal one (``it was reported that …``) keeps its clause.

All patterns are bounded or possessive and applied to one sentence at a time.
"""

from __future__ import annotations

import functools
import heapq
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from importlib import resources
from typing import Optional

import attrs
import regex

from quoteattr.document import Document
from quoteattr.frames import LEAD_LABEL as _LEAD_LABEL
from quoteattr.frames import PARTY_TAG as _PARTY_TAG  # "R-Wis.", "D-N.Y.": no one
from quoteattr.frames import Item, Mention, Reported
from quoteattr.frames import named_after_post as _named_after_post
from quoteattr.frames import post_words as _post_words
from quoteattr.lexicon import Lexicon, _lines
from quoteattr.patterns import Patterns, trie_alternation
from quoteattr.regexcache import compile_cached
from quoteattr.tokenize import WORD, confirmed, gaps, overlaps_any

# --------------------------------------------------------------------------- lexicon


@attrs.frozen(slots=True)
class ReportingLexicon:
    frames: dict[str, str]  # lemma -> frame letters (c, a, t, n)
    form_lemma: dict[str, str]  # inflected form -> lemma
    verb_re: regex.Pattern[str]
    # a stdlib-``re`` pattern whose matches are a superset of verb_re's starts (see _verb_hits); None where
    # the lexicon has a form that is not plain ASCII letters
    verb_scan: Optional[re.Pattern[str]] = None
    # head nouns of a source that are no person ("the network said"), singular and plural
    # (``lexicons/<lang>/source_nouns.txt``)
    source_nouns: frozenset[str] = frozenset()
    # "criticism of", "spoke about", "in favor of": a word and the preposition whose object is what a source
    # said or holds an attitude about (``lexicons/<lang>/topic_frames.tsv``); None where there are none
    topic_re: Optional[regex.Pattern[str]] = None
    # a stdlib-``re`` pattern that matches wherever topic_re does (and maybe elsewhere), to find its matches
    # with ``tokenize.confirmed``; None where a pair is not plain ASCII letters and spaces
    topic_scan: Optional[re.Pattern[str]] = None
    # "in a statement", "in an interview with CNN", "on Twitter" (and a day after it): what a statement was made
    # in, before a clause with no "that" (``lexicons/<lang>/speech_settings.txt``); None where there are none
    setting_re: Optional[regex.Pattern[str]] = None


_TELL = frozenset({"tell", "assure", "inform", "remind", "warn", "convince", "promise", "ask", "urge",
                   "advise", "persuade", "press", "invite", "encourage", "order", "caution", "notify"})
# those whose passive's subject is the hearer, not who spoke ("was told that …", "was asked whether …"; not
# "is convinced that …", a belief of the subject's own)
_TOLD_PASSIVE = frozenset({"tell", "inform", "notify", "warn", "caution", "remind", "advise", "ask", "promise"})

# verb forms that are mostly nouns in news ("the state", "the United States")
_NOUN_FORMS = frozenset({"state", "states"})

_SPEECH_NOUNS = frozenset({
    "remark", "remarks", "comment", "comments", "statement", "statements", "words", "speech", "speeches",
    "claim", "claims", "message", "messages", "question", "questions", "answer", "answers", "tweet",
    "tweets", "allegation", "allegations", "accusation", "accusations", "assertion", "assertions",
    "response", "rhetoric", "language", "argument", "arguments", "point", "points", "line", "lines",
    "story", "stories", "announcement", "interview", "address", "testimony", "report", "reports", "it",
    "this", "that", "these", "those", "them", "so",
})


def _inflect(word: str) -> list[str]:
    from quoteattr.lexicon import _inflect as inflect  # the lexicon's regular -s/-ed/-ing rules

    return [word, *inflect(word)]


@functools.cache
def reporting_lexicon(language: str = "en") -> ReportingLexicon:
    try:
        raw = (resources.files("quoteattr").joinpath("lexicons").joinpath(language)
               .joinpath("reporting_verbs.tsv").read_text(encoding="utf-8"))
    except FileNotFoundError:
        raw = ""
    frames: dict[str, str] = {}
    form_lemma: dict[str, str] = {}
    for line in raw.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        lemma = cols[0].strip().lower()
        fr = cols[1].strip() if len(cols) > 1 else "c"
        frames[lemma] = fr
        forms = [f.strip().lower() for f in cols[2].split(",")] if len(cols) > 2 and cols[2].strip() else []
        # "-attacks": a form left out, mostly a noun in news ("the attacks", "his back")
        drop = {f[1:] for f in forms if f.startswith("-")}
        # (a lemma of several words, "make clear", has its forms written out: "made clear", "made it clear")
        for f in [*(_inflect(lemma) if " " not in lemma else [lemma]), *forms]:
            if f and f.replace(" ", "").isalpha() and f not in drop:
                form_lemma.setdefault(f, lemma)
    body = trie_alternation(list(form_lemma)) or "(?!)"
    # a trie-shaped alternation scans several times faster than a flat one
    verb_re = compile_cached(rf"\b(?:{body}|[Aa]ccording\s++to)\b")
    scan = None
    if all(f.isascii() and f.replace(" ", "").isalpha() for f in form_lemma):
        # the same alternation for the stdlib engine, which scans plain text about four times faster; its
        # word boundaries are ASCII ones, so it finds every match of verb_re (and rarely one more, next to a
        # non-ASCII letter or mark), and every hit is checked with verb_re itself
        scan = re.compile(rf"(?a:\b)(?:{body}|[Aa]ccording\s+to)(?a:\b)")
    try:
        nouns_raw = (resources.files("quoteattr").joinpath("lexicons").joinpath(language)
                     .joinpath("source_nouns.txt").read_text(encoding="utf-8"))
    except FileNotFoundError:
        nouns_raw = ""
    nouns: set[str] = set()
    for line in nouns_raw.splitlines():
        w = line.strip().lower()
        if w and not w.startswith("#"):
            nouns.add(w)
            nouns.add(w[:-1] + "ies" if w.endswith("y") and w[-2:-1] not in "aeiou"
                      else w + ("es" if w.endswith(("s", "sh", "ch")) else "s"))
    try:
        topics_raw = (resources.files("quoteattr").joinpath("lexicons").joinpath(language)
                      .joinpath("topic_frames.tsv").read_text(encoding="utf-8"))
    except FileNotFoundError:
        topics_raw = ""
    topics = [" ".join(line.split("\t")[:2]).strip().lower() for line in topics_raw.splitlines()
              if line.strip() and not line.startswith("#") and len(line.split("\t")) >= 2]
    body = trie_alternation(topics)
    topic_re = compile_cached(rf"(?<![\p{{L}}\p{{N}}_\-’'])(?:{body})(?=[ \t\n])") if body else None
    topic_scan = None
    if body and all(t.replace(" ", "").isascii() and t.replace(" ", "").isalpha() for t in topics):
        # the same trie for the stdlib engine (five times faster): its ASCII word boundary holds where a
        # topic_re match starts (no letter, digit or "_" before it); ``re``'s white space includes ``regex``'s
        topic_scan = re.compile(rf"(?a:\b)(?:{body})")
    settings = [w.strip() for w in _lines(language, "speech_settings.txt")]
    nouns_in = trie_alternation([w for w in settings if w.islower()])
    names_on = "|".join(regex.escape(w) for w in settings if not w.islower())
    setting_re = None
    if settings:
        setting_re = compile_cached(
            r"(?:in|on|during|via)\s++(?:"
            + (rf"(?:a|an|the|his|her|their|its|our)\s++(?:[\p{{L}}\-]++\s++){{0,2}}?(?:{nouns_in})s?" if nouns_in
               else "(?!)")
            + (rf"|(?:{names_on})" if names_on else "")
            # (to whom or for whom: "with CNN", "with The Associated Press", "to reporters")
            + r")(?![\p{L}\p{M}])(?:\s++(?:with|to|on|for)\s++(?:(?:[Tt]he\s++)?\p{Lu}[\p{L}\p{M}.’'\-&]*+"
              r"(?:\s++\p{Lu}[\p{L}\p{M}.’'\-&]*+){0,3}+"
              r"|(?:reporters|journalists|supporters|lawmakers|students|voters|members|donors|viewers|listeners)"
              r"(?![\p{L}\p{M}])))?+"
        )
    return ReportingLexicon(frames, form_lemma, verb_re, scan, frozenset(nouns), topic_re, topic_scan, setting_re)


_NARROWED: dict[tuple[int, frozenset[str]], tuple[ReportingLexicon, ReportingLexicon]] = {}


def _narrowed(lex: ReportingLexicon, lemmas: frozenset[str]) -> ReportingLexicon:
    """``lex`` whose verb scans find only the forms of ``lemmas`` (and "according to"): a narrative looks at
    its verbs of speech only, and need not stop at every "believed" or "wanted" to pass it by (compiled once
    per lexicon and set)."""
    key = (id(lex), lemmas)
    found = _NARROWED.get(key)
    if found is not None and found[0] is lex:
        return found[1]
    forms = [f for f, lemma in lex.form_lemma.items() if lemma in lemmas]
    body = trie_alternation(forms) or "(?!)"
    scan = re.compile(rf"(?a:\b)(?:{body}|[Aa]ccording\s+to)(?a:\b)") if lex.verb_scan is not None else None
    narrow = attrs.evolve(lex, verb_re=compile_cached(rf"\b(?:{body}|[Aa]ccording\s++to)\b"), verb_scan=scan)
    _NARROWED[key] = (lex, narrow)
    return narrow


def _verb_hits(lex: ReportingLexicon, text: str, spans: list[tuple[int, int]]) -> Iterator[regex.Match[str]]:
    """The matches of ``lex.verb_re`` in ``text`` outside the sorted ``spans``: exactly those of
    ``outside(lex.verb_re, text, spans)``, found with the fast ``lex.verb_scan`` (every start of a verb_re
    match is a verb_scan match start too: an ASCII word boundary holds wherever a Unicode one does, and
    ``re``'s white space includes ``regex``'s)."""
    return confirmed(lex.verb_scan, lex.verb_re, text, spans)


def _verb_spans(lex: ReportingLexicon, text: str, spans: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The spans of :func:`_verb_hits`' matches, found without a ``regex`` match object where plain ASCII
    text decides: a ``verb_scan`` match of a verb form (ASCII letters) with ASCII characters (or the ends of
    the scanned slice) on both sides is the match verb_re makes there (its Unicode word boundaries agree with
    verb_scan's ASCII ones next to ASCII characters, and the two try the same alternation in the same order,
    so verb_scan's weaker final boundary picks no other alternative than verb_re's)."""
    scan = lex.verb_scan
    rx = lex.verb_re
    if scan is None:
        for m in _verb_hits(lex, text, spans):
            yield m.span()
        return
    for p, s in gaps(spans, len(text)):
        while p < s:
            for c in scan.finditer(text, p, s):  # (goes on at each match's end, as the search did)
                a, b = c.span()
                if (a == 0 or text[a - 1] < "\x80") and (b == s or text[b] < "\x80") and text[b - 1] != "o":
                    yield a, b  # ("according to" ends in "o": it, and a verb form so ending, go to verb_re)
                    continue
                m = rx.match(text, a, s)
                if m is None:
                    p = a + 1
                else:
                    yield m.span()
                    p = max(m.end(), a + 1)
                break  # verb_re decided: scan again from p
            else:
                break


# --------------------------------------------------------------------------- sentences

_ABBREV = frozenset({"mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt", "jr",
                     "sr", "prof", "rev", "no", "vs", "v", "u.s", "u.k", "u.n", "d.c", "inc", "co", "corp", "ltd",
                     "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "ft", "mt", "pres",
                     "sens", "reps", "govs", "messrs", "e.g", "i.e", "a.m", "p.m", "n.y", "calif", "fla", "mass"})
_SENT_END = regex.compile(r"(?P<p>[.!?…])[\"”’'»)\]]*+[ \t\u00a0]++(?=[\"“‘'«(\[]?+[\p{Lu}\d])|;\s|\n")
# the same scan for the stdlib engine (several times faster): ASCII characters decide at once; where a
# non-ASCII one stands after the spaces (group 2) or after the semicolon (group 3), _SENT_END decides
_ASCII_SPACE = "".join(c for c in map(chr, range(128)) if regex.match(r"\s", c))
# (it opens with a character class, which lets the stdlib engine skip to the next candidate character; a
# lookbehind then picks the branch: group 1 is a non-ASCII character after .!?… and spaces, group 2 one
# after a semicolon)
_SENT_SCAN = re.compile(r"[.!?…;\n](?:(?<=[.!?…])[\"”’'»)\]]*[ \t\u00a0]+(?=[\"“‘'«(\[]?(?:[A-Z0-9]|([^\x00-\x7f])))"
                        rf"|(?<=;)[{re.escape(_ASCII_SPACE)}]|(?<=;)(?=([^\x00-\x7f]))|(?<=\n))")
_WORD_BEFORE = regex.compile(r"(?r)((?:\p{L}{1,6}\.){0,3}\p{L}{1,10})\.$")
_INITIALS = regex.compile(r"(?:\p{L}\.)+\p{L}")
_ABBREV_MAX = max(map(len, _ABBREV))


def _sentence_ends(text: str, start: int = 0, end: Optional[int] = None) -> list[int]:
    """Offsets where a sentence (or a ;-clause) ends in ``text[start:end]``: its final punctuation + 1."""
    out = []
    end = len(text) if end is None else end
    # _SENT_END's matches, found with _SENT_SCAN: each begins with one of .!?…;\n like a _SENT_SCAN match
    # there, whose classes hold _SENT_END's (so no match is skipped)
    for m in _SENT_SCAN.finditer(text, start, end):
        s = m.start()
        if m.lastindex is not None and _SENT_END.match(text, s, end) is None:
            continue
        if text[s] in _SENT_PUNCT:  # .!?…: the sentence ends after it; at a semicolon or line break, there
            s += 1
        if text[s - 1:s] == "." and text[s - 2:s - 1] != "." and _abbreviation_before(text, s):
            continue
        out.append(s)
    return out


_SENT_PUNCT = frozenset(".!?…")
_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_WORD_ASCII = _ASCII_LETTERS | frozenset("0123456789.'-&")  # the ASCII characters of a _WORDS_BACK word
_SENT_CANDIDATE = regex.compile(r"(?r)[.!?…;\n]")  # where a _SENT_SCAN match can start, searched backwards


def _end_at(text: str, p: int, ps: int, pe: int) -> int:
    """The sentence end that ``_sentence_ends(text, ps, pe)`` finds for a _SENT_SCAN match at ``p`` (one of
    .!?…;\n), or -1 where there is none: each match starts at one of those characters, and holds no other
    but the line break after a semicolon (whose own match it is then part of)."""
    ch = text[p]
    if ch == "\n" and p > ps and text[p - 1] == ";":
        return -1
    m = _SENT_SCAN.match(text, p, pe)
    if m is None or m.lastindex is not None and _SENT_END.match(text, p, pe) is None:
        return -1
    s = p + 1 if ch in _SENT_PUNCT else p
    if text[s - 1:s] == "." and text[s - 2:s - 1] != "." and _abbreviation_before(text, s):
        return -1
    return s


_SENT_CANDIDATE_FWD = re.compile(r"[.!?…;\n]")  # the same, forwards
# how many candidate characters the nearest-ends search looks at before it takes all of the paragraph's
# sentence ends at once (text dense with dots that end nothing: the cost stays linear)
_MAX_TRIES = 12


def _end_before(text: str, ps: int, pe: int, lo: int, pos: int) -> Optional[int]:
    """The last of ``_sentence_ends(text, ps, pe)`` in [lo, pos] (ps <= lo <= pos < pe, ``text[pos]`` a
    letter, so inside no _SENT_SCAN match), or -1 where there is none; None after _MAX_TRIES candidates."""
    hi = pos
    floor = max(ps, lo - 1)  # an end is its match's start, or one past it
    for _ in range(_MAX_TRIES):
        c = _SENT_CANDIDATE.search(text, floor, hi)
        if c is None:
            return -1
        p = c.start()
        e = _end_at(text, p, ps, pe)
        if e >= 0:
            return e if e >= lo else -1  # ends grow with their matches' starts: the nearest is the last
        hi = p
    return None


def _end_after(text: str, ps: int, pe: int, pos: int, hi: int) -> Optional[int]:
    """The first of ``_sentence_ends(text, ps, pe)`` after ``pos`` (a letter) whose match starts before
    ``hi``, or -1; None after _MAX_TRIES candidates. (A ";" comes before the line break its match holds.)"""
    p = pos
    for _ in range(_MAX_TRIES):
        c = _SENT_CANDIDATE_FWD.search(text, p, hi)
        if c is None:
            return -1
        q = c.start()
        e = _end_at(text, q, ps, pe)
        if e >= 0:
            return e
        p = q + 1
    return None


# abbreviations that end a phrase, not open a name ("in the U.S.", "Acme Inc."), and the words that open a new
# sentence after one ("… to the U.S. He says …"): there the dot ends the sentence too
_ABBREV_FINAL = frozenset({"u.s", "u.k", "u.n", "d.c", "inc", "co", "corp", "ltd", "jr", "sr", "a.m", "p.m", "n.y",
                           "calif", "fla", "mass"})
_OPENER_AFTER = regex.compile(r"[ \t]++(?:He|She|They|We|It|The|But|And|This|There|That|His|Her|Their|So|If)(?![\p{L}’'])")


def _final_abbreviation(text: str, s: int) -> bool:
    """Whether the dot before ``s`` ends an abbreviation that ends a phrase (_ABBREV_FINAL, the word _WORD_BEFORE
    finds) before a word that opens a sentence: then it ends the sentence too."""
    if _OPENER_AFTER.match(text, s) is None:
        return False
    w = _WORD_BEFORE.search(text, max(0, s - 14), s)
    return w is not None and w.group(1).lower() in _ABBREV_FINAL


def _abbreviation_before(text: str, s: int) -> bool:
    """Whether the dot before ``s`` ends an abbreviation, a single letter or initials (no sentence end); not an
    abbreviation that ends a phrase before a word that opens a sentence ("… in the U.S. He says …")."""
    if text[s - 2:s - 1] == "s" and text[s - 3:s - 2].isdigit():
        return False  # "in the 1960s.": a decade, no initial
    return _abbrev_dot(text, s) and not _final_abbreviation(text, s)


def _abbrev_dot(text: str, s: int) -> bool:
    if s > _ABBREV_MAX + 1 and text[s - _ABBREV_MAX - 2:s - 1].isalpha():
        return False  # a word longer than any abbreviation (and not initials) ends the sentence
    # the common case without _WORD_BEFORE: ASCII letters after an ASCII character that is no letter and no
    # dot (or the text's start) are all the word _WORD_BEFORE finds (no more than 10 of them, no initials)
    j = s - 1
    while j > 0 and text[j - 1] in _ASCII_LETTERS and j > s - 11:
        j -= 1
    c = text[j - 1] if j > 0 else ""
    if c not in _ASCII_LETTERS and c != "." and c.isascii():
        n = s - 1 - j
        return n == 1 or n > 1 and text[j:s - 1].lower() in _ABBREV
    w = _WORD_BEFORE.search(text, max(0, s - 14), s)
    if w is not None:
        word = w.group(1).lower()
        return word in _ABBREV or (len(word) == 1 and word.isalpha()) or _INITIALS.fullmatch(word) is not None
    return False


# --------------------------------------------------------------------------- subject

_PRON = {"he", "she", "they", "we", "i", "you", "it", "who"}
_AUXW = (r"has|have|had|was|is|were|are|would|will|did|does|do|could|might|can|may|should|must|'s|’s|'d|’d|"
         r"'ll|’ll|'ve|’ve|be|been|being|not|n't|n’t|never|also|later|previously|recently|repeatedly|often|"
         r"reportedly|publicly|privately|again|already|once|still|since|then|now|first|last|long|even|just|"
         r"only|frequently|openly|loudly|quickly|flatly|explicitly|specifically|essentially|basically|"
         r"usually|generally|consistently|subsequently|initially|ultimately|eventually|apparently|"
         r"allegedly|simply|further|herself|himself|themselves|itself|too|yet|all|both|\p{Ll}{3,}ly")
_AUX_TAIL = regex.compile(rf"(?r)(?:(?<=\s|^)(?:{_AUXW})\s++)*+$")
# the words of _AUXW's literal alternatives made of ASCII letters (its others hold an apostrophe, or end in "ly")
_AUX_WORDS = frozenset(w for w in _AUXW.split("|") if w.isascii() and w.isalpha())
# in news, adverbs of a report's manner or frequency that stand before its verb too ("The union has nevertheless
# argued …", "has twice warned …"): no subject
_NEWS_ADV = "nevertheless|nonetheless|twice|always|sometimes|thus|therefore|actually|indeed"
_AUX_TAIL_NEWS = regex.compile(rf"(?r)(?:(?<=\s|^)(?:{_NEWS_ADV}|{_AUXW})\s++)*+$")
_AUX_WORDS_NEWS = _AUX_WORDS | frozenset(_NEWS_ADV.split("|"))
_MODAL = regex.compile(r"(?<![\p{L}])(?:must|should|can|could|may|might|cannot)(?![\p{L}])", regex.I)
_NEG = regex.compile(r"(?<![\p{L}])(?:not|n't|n’t|never|no\s+longer|yet)(?![\p{L}])", regex.I)
_WORDS_BACK = regex.compile(r"(?r)(?:(?P<w>[\p{L}\p{N}][\p{L}\p{N}.'’\-&]{0,30})\s*+){1,9}$")
_DET = frozenset({"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my",
                  "your", "some", "many", "several", "other", "most", "both", "all", "two", "three", "four",
                  "few", "such", "each", "one", "another", "any", "more"})
# a word with a contracted auxiliary or negation ("I'll", "she'd", "we've", "don't"); "'s" is a possessive here
_CONTRACTED = regex.compile(r"(\p{L}+)['’](?:ll|d|ve|m|re|t)")
# a subject right after "if" / "whether": a condition or a question, not what anyone said
_IF_BEFORE = regex.compile(r"\b(?:[Ii]f|[Ww]hether|[Uu]nless)[ \t\n]++(?:(?:the|a|an|his|her|their|its)[ \t\n]++)?$")
_ASKED_IF_BEFORE = regex.compile(r"\b(?:[Aa]sk(?:ed|ing|s)?|[Qq]uestioned|[Ww]ondered)[ \t\n]++(?:\p{L}++[ \t\n]++)?"
                                 r"(?:if|whether)[ \t\n]++(?:(?:the|a|an|his|her|their|its)[ \t\n]++)?$")
_NOT_SUBJ = frozenset({"which", "what", "that", "this", "there", "here", "and", "or", "but", "as", "if",
                       "when", "while", "because", "so", "to", "of", "in", "on", "at", "for", "with", "by",
                       "from", "about", "than", "also", "then", "not", "be", "been", "being", "is", "was",
                       "were", "are", "has", "have", "had", "where", "how", "why", "whether", "would", "will",
                       "could", "should", "may", "might", "must", "can", "do", "does", "did", "after",
                       "before", "into", "over", "under", "up", "out", "no", "just", "only", "even", "ever",
                       "very", "much", "more", "less", "most", "well", "again", "still", "yet", "too",
                       "first", "last", "next", "like", "said", "says", "say", "told", "tell", "tells",
                       "someone", "anyone", "nobody", "having",  # ("Having said that, …")
                       # (prepositions: "…, despite admitting that …")
                       "despite", "without", "upon", "unlike", "regarding", "concerning", "toward", "towards",
                       "via", "per", "against", "among", "amongst", "beside", "besides", "beyond", "onto",
                       "through"})
# an appositive or relative clause that may run longer ("Weingarten, who has visited several states …, said")
_LONG_APPOSITIVE = regex.compile(r"\s*+(?:who|whose|the|a|an)\s")
# what a comma pair or a dash pair set off between subject and verb may not hold (a dot may: no sentence ends
# inside the sentence, so it ends an abbreviation, "R-Pa.", "Mr.")
_INNER_STOP = regex.compile(r"[;:!?“”\"]")
# the endings of nouns (of people, mostly) that can head a subject ("the officer", "critics")
_NOUN_SUFFIXES = ("er", "or", "ist", "ian", "ent", "ant", "man", "woman", "men", "women", "ess", "ee", "ive", "ary",
                  "ff", "ics", "gy", "cy", "ity", "ion", "ure", "ce", "te", "de", "nt", "ar", "sts", "ers", "ors",
                  "ists", "ians", "ents", "ants", "ies", "ees", "ives", "aries", "ions", "ures", "ces", "tes", "des",
                  "ars", "ups", "ops", "ps", "ns", "ks", "ds", "rs", "ms", "ls", "ts", "ws")


# participles that head a subject of those polled ("those surveyed say")
_POLLED = frozenset({"polled", "surveyed", "interviewed", "questioned", "sampled", "asked"})
# quantifiers that stand alone as a sentence's subject ("Many say …", "Some argue …", "Both said …")
_QUANT_SUBJ = frozenset({"many", "some", "most", "both", "others", "few", "several", "one", "two", "half"})
_NUMBERS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"})


def _is_cap(word: str) -> bool:
    return bool(word) and word[0].isupper()


# a headline's words, and its small ones, which title case leaves in lower case
_HEAD_WORD = re.compile(r"[^\W\d_][\w’'\-]*")
_HEAD_SMALL = frozenset({"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "with", "by", "from",
                         "as", "is", "vs", "via", "over", "after", "about", "into", "up", "out", "off"})
# a headline's first four words that are not small ones are capitalized (a quick look before counting them all)
_HEAD_START = regex.compile(
    r"[^\p{L}\n]*+(?:\p{Lu}[\p{L}\p{N}’'\-.]*+[^\p{L}\n]++(?:(?:" + "|".join(sorted(_HEAD_SMALL)) + r")[^\p{L}\n]++)*+){4}")


def _headline_verbs(ctx: _Ctx) -> list[tuple[int, int]]:
    """The capitalized reporting verbs of the headlines in title case ("Harbour Board Says Ferry Will Run"):
    short paragraphs of four words or more, nearly all but the small ones capitalized; a finite form only (a
    plain one is mostly a noun there, "Support", "Question"; a participle in -ing no verb of its own), not the
    first word, not in a quotation."""
    text = ctx.text
    out: list[tuple[int, int]] = []
    for ps, pe in ctx.doc.paragraphs or [(0, len(text))]:
        if pe - ps > 300 or pe - ps < 15:
            continue
        sp = text.find(" ", ps, pe)
        second = text[sp + 1:sp + 12].split(" ", 1)[0].rstrip(",;:")
        if sp < 0 or second[:1].islower() and second not in _HEAD_SMALL or _HEAD_START.match(text, ps, pe) is None:
            continue  # (a lower-case second word that is not a small one: no headline, told at once)
        words = _HEAD_WORD.findall(text, ps, pe)
        big = [w for w in words if w.lower() not in _HEAD_SMALL]
        if len(words) < 4 or len(big) < 3 or sum(w[0].isupper() for w in big) < 0.8 * len(big):
            continue
        for m in _HEAD_WORD.finditer(text, ps, pe):
            w = m.group(0)
            low = w.lower()
            if m.start() == ps or low in _HEAD_SMALL:
                continue
            lemma = ctx.lex.form_lemma.get(low)
            if (lemma is not None and low != lemma and not low.endswith("ing") and w[0].isupper() and w[1:].islower()
                    and not ctx.in_blocked(m.start())):
                out.append(m.span())
    return out


def _holds(spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether one of ``spans`` (sorted, not overlapping) holds ``pos``."""
    i = bisect_right(spans, (pos, 1 << 60)) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


class _Ctx:
    """What one call of :func:`find_reported` knows about the document."""

    __slots__ = ("text", "doc", "pat", "lex", "last", "ends", "blocked", "frag", "tags", "tag_ends", "tag_who",
                 "narrative")

    def __init__(self, doc: Document, items: list[Item], pat: Patterns, lex: ReportingLexicon) -> None:
        self.text = doc.text
        self.doc = doc
        self.pat = pat
        self.lex = lex
        self.narrative = False  # a narrative's verbs of speech only (find_reported's ``lemmas``)
        # the last sentence looked up: (from, to, its paragraph's start and end, the last sentence end at or
        # before from (-1: none in reach), the first one after it (-1: not looked for yet)), for positions in
        # [from, to)
        self.last = (0, 0, 0, 0, -1, -1)
        self.ends: dict[int, list[int]] = {}  # paragraph -> all its sentence ends, where the search gave up
        blocked: list[tuple[int, int]] = []
        frag: list[tuple[int, int]] = []
        # the verbs of direct quotations' tags ("“…,” he said") report those quotations, nothing more
        self.tags = {it.frame.verb[0] for it in items
                     if it.frame is not None and it.frame.verb is not None and not it.fragment and it.kind == "direct"}
        # where the tags after direct quotations end, and who they name ("“…,” the member said, adding …")
        tagged = sorted((it.frame.end, it.frame.mention) for it in items
                        if it.frame is not None and it.frame.where == "after" and it.frame.mention is not None
                        and not it.fragment and it.kind == "direct")
        self.tag_ends = [t[0] for t in tagged]
        self.tag_who = [t[1] for t in tagged]
        for it in items:
            s = it.open_mark[0] if it.open_mark else it.start
            e = it.close_mark[1] if it.close_mark else it.end
            (frag if it.fragment else blocked).append((s, e))
        blocked.sort()
        frag.sort()
        self.blocked = blocked
        self.frag = frag

    def sentence(self, pos: int) -> tuple[int, int]:
        """The sentence around ``pos`` (a letter): from the last of its paragraph's :func:`_sentence_ends` at or
        before it to the first one after it, at most 1500 characters either way, leading space skipped.

        Only the ends nearest to ``pos`` are looked for (:func:`_end_before`, :func:`_end_after`): whether an
        offset ends a sentence depends on the text around it only, not on where the scan starts."""
        return self.sentence_start(pos), self.sentence_end(pos)

    def sentence_start(self, pos: int) -> int:
        """Where :meth:`sentence` starts (its end, often not needed, is found by :meth:`sentence_end`)."""
        text = self.text
        lo, hi, ps, pe, before, after = self.last
        if not lo <= pos < hi:
            pi = self.doc.paragraph_of(pos)
            ps, pe = self.doc.paragraphs[pi] if self.doc.paragraphs else (0, len(text))
            ends = self.ends.get(pi)
            found = None if ends is not None else _end_before(text, ps, pe, max(ps, pos - 1500), pos)
            if found is not None:
                self.last = (pos, pos + 1, ps, pe, found, -1)
                before = found
            else:
                before, after = self._from_ends(pi, ps, pe, pos)
        s = max(before, ps, pos - 1500)
        while s < pos and text[s] in " \t\u00a0;\n":
            s += 1
        return s

    def sentence_end(self, pos: int) -> int:
        """Where :meth:`sentence` ends; called after :meth:`sentence_start` for the same ``pos``."""
        lo, hi, ps, pe, before, after = self.last
        if after < 0:
            found = _end_after(self.text, ps, pe, pos, min(pe, pos + 1500))
            if found is None:
                _, after = self._from_ends(self.doc.paragraph_of(pos), ps, pe, pos)
            elif found < 0:
                after = min(pe, pos + 1500)  # no end before that: the sentence is cut there
                self.last = (pos, pos + 1, ps, pe, before, after)
            else:
                # a later position before that end has the same ends around it (the verb hits come in order)
                after = found
                self.last = (pos, after, ps, pe, before, after)
        return min(after, pos + 1500)

    def _from_ends(self, pi: int, ps: int, pe: int, pos: int) -> tuple[int, int]:
        """The sentence ends around ``pos`` from all of its paragraph's (found once, when first needed)."""
        ends = self.ends.get(pi)
        if ends is None:
            ends = self.ends[pi] = _sentence_ends(self.text, ps, pe)
        i = bisect_right(ends, pos)
        before = ends[i - 1] if i > 0 else -1
        if i < len(ends):
            after = ends[i]
            self.last = (pos, after, ps, pe, before, after)
        else:
            after = min(pe, pos + 1500)
            self.last = (pos, pos + 1, ps, pe, before, after)
        return before, after

    def in_blocked(self, pos: int) -> bool:
        return _holds(self.blocked, pos)

    def in_frag(self, pos: int) -> bool:
        return _holds(self.frag, pos)

    def first_blocked(self, s: int, e: int) -> Optional[tuple[int, int]]:
        i = bisect_left(self.blocked, (s, -1))
        if i > 0 and self.blocked[i - 1][1] > s:
            return self.blocked[i - 1]
        if i < len(self.blocked) and self.blocked[i][0] < e:
            return self.blocked[i]
        return None

    def has_fragment(self, s: int, e: int) -> bool:
        i = bisect_left(self.frag, (s, -1))
        return i < len(self.frag) and self.frag[i][0] < e and self.frag[i][1] <= e + 1


_TIME_TAIL = regex.compile(
    r"(?r)(?<![\p{L}])(?:(?:(?:on\s++)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s++(?:morning|afternoon|evening|night))?+|yesterday|today|"
    r"tonight|last\s++(?:week|month|year|night)|this\s++(?:week|month|year|morning)|earlier|later|previously|recently|"
    r"also|again|then|now|once|repeatedly|\p{Ll}{3,}ly)\s++){1,3}$")
# the words a _TIME_TAIL unit can end with, besides its "\p{Ll}{3,}ly"
_TIME_WORDS = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "yesterday",
                         "today", "tonight", "week", "month", "year", "night", "morning", "earlier", "later",
                         "previously", "recently", "also", "again", "then", "now", "once", "repeatedly",
                         "afternoon", "evening"})


def _ascii_word_before(text: str, lo: int, e: int) -> Optional[str]:
    """What the backward patterns _AUX_TAIL and _TIME_TAIL, searched in ``text[lo:e]``, can find at ``e``, told
    without them where plain ASCII text decides: ``""`` where none of their units can end at ``e`` (nothing
    before ``e``, no white space before it, or white space after a character that is no ASCII letter: each
    unit is words ending in an ASCII letter, then white space), else the run of ASCII letters before the
    spaces before ``e``, which a unit's last word must be all of (the run starts the slice, or a character
    that is no ASCII letter and no apostrophe precedes it; a word starting inside it has a letter before
    it, which both patterns' lookbehinds refuse); None where this cannot be told so (the patterns decide)."""
    if e <= lo:
        return ""
    q = e
    while q > lo and text[q - 1] == " ":
        q -= 1
    if q == lo:
        return None
    c = text[q - 1]
    if c not in _ASCII_LETTERS:
        # a unit ends in "<letter> <white space>"; python's white space holds regex's
        return "" if not c.isspace() else None
    if q == e:
        return ""  # a letter right before e: no white space to end a unit
    r = q - 1
    while r > lo and text[r - 1] in _ASCII_LETTERS and q - r < 16:
        r -= 1
    if r > lo and (text[r - 1] in _ASCII_LETTERS or text[r - 1] in "'’"):
        return None
    return text[r:q]


def _subject_before(ctx: _Ctx, ss: int, vs: int) -> tuple[Optional[Mention], bool, int]:
    """The subject right before a verb at ``vs`` (sentence starts at ``ss``).

    Returns (mention, negated, where the subject starts) -- mention None when there is none.
    """
    text = ctx.text
    lo = max(ss, vs - 220)
    w = _ascii_word_before(text, lo, vs)
    news = not ctx.narrative
    if w is not None and (w == "" or w not in (_AUX_WORDS_NEWS if news else _AUX_WORDS) and not w.endswith("ly")):
        j = vs  # no auxiliary or adverb right before the verb: _AUX_TAIL matches the empty string at vs
    else:
        m = (_AUX_TAIL_NEWS if news else _AUX_TAIL).search(text, lo, vs)
        j = m.start() if m is not None else vs
    neg = j < vs and (_NEG.search(text, j, vs) is not None or _MODAL.search(text, j, vs) is not None)
    # "Clinton on Tuesday said", "Trump last week also said": a time phrase or adverb before the verb
    w = _ascii_word_before(text, lo, j) if j < vs else w
    if w is None or w != "" and (w in _TIME_WORDS or w.endswith("ly")):
        t = _TIME_TAIL.search(text, lo, j)
        if t is not None and t.start() < j:
            j = t.start()
    # "Kasich (who has 25 delegates to date) said": hop back over a parenthesis
    q = j
    while q > lo and text[q - 1].isspace():
        q -= 1
    if q > lo and text[q - 1] == ")":
        o = text.rfind("(", lo, q - 1)
        if o > lo and q - o <= 90:
            j = o
    # "X, the governor, said" / "X, who ..., said": hop back over one comma pair
    k = j
    while k > lo and text[k - 1].isspace():
        k -= 1
    if k > lo + 1 and text[k - 1] == "," and text[k - 2] == ")":
        # "Sen. Jack Reed (D-R.I.), said": a name, its bracket and a stray comma
        o = text.rfind("(", max(lo, k - 40), k - 2)
        if o > lo and text.find(")", o, k - 2) < 0:
            mention = _mention_ending(ctx, ss, _rstrip_end(text, lo, o))
            if mention is not None and mention.kind == "name":
                return mention, neg, mention.start
    if k > lo and text[k - 1] == ",":
        c = text.rfind(",", lo, k - 1)
        inner = text[c + 1:k - 1] if c >= 0 else ""
        if c >= 0 and 0 < len(inner) <= (150 if _LONG_APPOSITIVE.match(inner) else 90) and not _INNER_STOP.search(inner):
            b = _rstrip_end(text, lo, c)
            if b > lo and text[b - 1] == ")":
                # "Sen. Rob Portman (R-Ohio), another incumbent, said": the name before the parenthesis
                o = text.rfind("(", max(lo, b - 40), b - 1)
                if o > lo:
                    c = o
            mention = _mention_ending(ctx, ss, c)
            if mention is not None and _PARTY_TAG.fullmatch(mention.text) is not None:
                mention = None  # "Paul Ryan, R-Wis., despite admitting …, said": the name before the party
            inner_m = _mention_ending(ctx, c + 1, k - 1) if mention is None or mention.kind == "nominal" else None
            if inner_m is not None and inner_m.kind == "name":
                if mention is None:
                    return inner_m, neg, c
                if not text[c + 1:inner_m.start].strip():
                    # "The Labour leader, Keir Starmer, said": a name alone between the commas after a description
                    # is the speaker (not "a friend of John Smith")
                    return inner_m, neg, mention.start
            if mention is not None:
                return mention, neg, mention.start
            # "Jane Roe, 60, a doctor, said": an age (or a second appositive) before the first
            c2 = text.rfind(",", lo, c)
            inner2 = text[c2 + 1:c] if c2 >= 0 else ""
            if c2 >= 0 and 0 < len(inner2) <= 40 and not _INNER_STOP.search(inner2):
                mention = _mention_ending(ctx, ss, c2)
                if mention is not None and mention.kind == "name" and _PARTY_TAG.fullmatch(mention.text) is None:
                    return mention, neg, mention.start
            return None, neg, j
        return None, neg, j
    # "Democrats — and some Republicans — say", "X -- a former aide -- told": hop back over a pair of dashes
    if k > lo + 1 and text[k - 1] in "—–-" and (text[k - 2] in " —–-" or text[k - 1] == "—"):
        d = k - 1
        while d > lo and text[d - 1] in "—–-":
            d -= 1
        o = d - 1
        while o > lo and text[o] not in "—–" and not (text[o] == "-" and text[o - 1] in " -"):
            o -= 1
        inner = text[o + 1:d]
        if o > lo and d - o <= 150 and inner.strip() and not _INNER_STOP.search(inner):
            while o > lo and text[o - 1] in "—–-":
                o -= 1
            mention = _mention_ending(ctx, ss, _rstrip_end(text, lo, o))
            if mention is not None:
                return mention, neg, mention.start
        return None, neg, j
    rel = 3 if text.startswith("who", k - 3) else 5 if text.startswith("which", k - 5) else 0
    if rel and k - rel >= lo and (k - rel == ss or not text[k - rel - 1].isalnum()):
        # "business leaders who say the law …", "the union, which endorsed …": the relative pronoun's
        # antecedent
        b = k - rel
        while b > lo and text[b - 1] in " \t\n,":
            b -= 1
        ante = _mention_ending(ctx, ss, b)
        if ante is not None and ante.kind != "pronoun":
            return Mention(k - rel, k, text[k - rel:k], "pronoun", ante), neg, ante.start
    mention = _mention_ending(ctx, ss, k)
    return mention, neg, (mention.start if mention is not None else j)


def _mention_ending(ctx: _Ctx, ss: int, end: int) -> Optional[Mention]:
    """A name / pronoun / nominal that ends at ``end`` (skipping spaces)."""
    text = ctx.text
    e = end
    while e > ss and text[e - 1].isspace():
        e -= 1
    if e <= ss:
        return None
    lex = ctx.pat.lex
    if text[e - 1] in _ASCII_LETTERS:
        # the last word told without _WORDS_BACK where plain ASCII decides: a run of ASCII letters (shorter
        # than _WORDS_BACK's 31 characters a word) after the slice's start or an ASCII character that no
        # word of _WORDS_BACK holds is that pattern's last word; a pronoun, or a lower-case word that can
        # head no nominal, decides without the words before it
        r = e - 1
        while r > ss and text[r - 1] in _ASCII_LETTERS and e - r < 31:
            r -= 1
        b = text[r - 1] if r > ss else " "
        if b.isascii() and b not in _WORD_ASCII:
            head = text[r:e]
            low = head.lower()
            if low in _PRON:
                if low != "who":
                    return Mention(r, e, head, "pronoun")
            elif low in _QUANT_SUBJ and (r == ss or not text[ss:r].strip()):
                return Mention(r, e, head, "nominal")  # "Many say …", "Some argue …": the sentence's subject
            elif (not head[0].isupper() and low not in _NUMBERS and low not in _POLLED
                  and (low in _NOT_SUBJ or low in _DET or low not in lex.nominals and low not in ctx.lex.source_nouns
                       and not low.endswith(_NOUN_SUFFIXES))):
                if low in _NOT_SUBJ or low in _DET or _LINK_NEAR.search(text, max(ss, r - 60), r) is None:
                    return None  # (a noun of people may head it before "of", "in": _mention_by_words decides)
    return _mention_by_words(ctx, ss, e)


def _mention_by_words(ctx: _Ctx, ss: int, e: int) -> Optional[Mention]:
    """:func:`_mention_ending` from the words _WORDS_BACK finds before ``e`` (``text[e - 1]`` no space)."""
    text = ctx.text
    lex = ctx.pat.lex
    if text[e - 1] == "%":
        # "42% say": a share of those polled
        r = e - 1
        while r > ss and (text[r - 1].isdigit() or text[r - 1] == "."):
            r -= 1
        return Mention(r, e, text[r:e], "nominal") if r < e - 1 and text[r].isdigit() else None
    # up to 7 words backwards (right to left), separated by spaces only
    m = _WORDS_BACK.search(text, ss, e)
    if m is None:
        return None
    words = list(zip(m.starts("w"), m.ends("w")))
    hs, he = words[0]
    head = text[hs:he]
    if "--" in head:
        # a dash written "--" inside the word: "Ruth--she was the parlour-maid …--came in and said": the name
        # before a parenthetical is the subject; else the part next to the verb
        first = head.split("--", 1)[0]
        if first and _is_cap(first):
            he = hs + len(first)
        else:
            hs += head.rfind("--") + 2
        words = [(hs, he)]
        head = text[hs:he]
        if not head:
            return None
    if head.endswith(("’s", "'s")) or head.endswith(("’", "'")):
        return None  # a possessive modifies a noun: "Zelensky’s remarks" is no subject
    low = head.lower().rstrip(".")
    c = _CONTRACTED.fullmatch(low)
    if c is not None:
        # "I'll tell him …", "She'd said …": the pronoun, its contracted auxiliary cut off ("Don't" is none)
        if c.group(1) not in _PRON:
            return None
        he = hs + len(c.group(1))
        head, low = text[hs:he], c.group(1)
    if low in _QUANT_SUBJ and low == head.lower() and not text[ss:hs].strip():
        return Mention(hs, he, head, "nominal")  # "Many say …", "Some argue …": the sentence's subject
    if low in _PRON:
        if low == "who":
            # "Barkley, who said …": the name before the relative pronoun
            q = hs
            while q > ss and text[q - 1].isspace():
                q -= 1
            if q > ss and text[q - 1] == ",":
                ante = _mention_ending(ctx, ss, q - 1)
                if ante is not None and ante.kind != "pronoun":
                    return ante
            return None
        return Mention(hs, he, head, "pronoun")
    if head.endswith("."):
        head = head[:-1]
        he -= 1
        low = head.lower()
    if _is_cap(head):
        if low in lex.non_names or low in _NOT_SUBJ:
            return None
        start = hs
        for ws, we in words[1:]:
            w = text[ws:we]
            wl = w.lower().rstrip(".")
            if _is_cap(w) and wl not in lex.non_names:
                start = ws
            elif wl in ("of", "de", "van", "von", "al", "bin") and start != hs:
                start = ws
            elif wl in lex.titles:
                start = ws
            else:
                break
        while text[start:start + 4].lower() == "of " or text[start:start + 3].lower() in ("de ", "al "):
            start = text.find(" ", start) + 1
        return _with_people(ctx, ss, words, start, he) or Mention(start, he, text[start:he], "name")
    if low in _POLLED and len(words) > 1:
        # "those surveyed say", "56 percent of Cuban-Americans polled said"
        start = words[1][0]
        for ws, we in words[2:5]:
            wl = text[ws:we].lower()
            if wl in _NOT_SUBJ and wl not in _DET and wl != "of":
                break
            start = ws
            if wl in _DET:
                break
        return Mention(start, he, text[start:he], "nominal")
    if (low.isdigit() or low in _NUMBERS) and len(words) > 2:
        # "six in 10 say", "nearly nine out of 10 said": a share of those polled
        w1 = text[words[1][0]:words[1][1]].lower()
        k = 2 if w1 == "in" else 3 if w1 == "of" and text[words[2][0]:words[2][1]].lower() == "out" else 0
        if k and k < len(words):
            ns, ne = words[k]
            n = text[ns:ne].lower()
            if n.isdigit() or n in _NUMBERS:
                return Mention(ns, he, text[ns:he], "nominal")
        return None
    if low in _NOT_SUBJ or low in _DET or not (head.isalpha() or low in lex.nominals):  # ("front-runner")
        return None
    if low in lex.nominals or low in ctx.lex.source_nouns or low.endswith(_NOUN_SUFFIXES):
        start = hs
        for ws, we in words[1:4]:
            w = text[ws:we]
            wl = w.lower()
            if wl in _NOT_SUBJ and wl not in _DET:
                break
            if wl.endswith(("ed", "ing")) and wl not in lex.nominals:
                break
            start = ws
            if wl in _DET:
                break
        return _with_people(ctx, ss, words, start, he) or Mention(start, he, text[start:he], "nominal")
    # "supporters of the measure say", "critics of reform argue", "observers in Virginia and around the
    # country say": a noun of people before a preposition heads it
    return _people_owner(ctx, ss, words, 1, he)


def _people_owner(ctx: _Ctx, ss: int, words: list[tuple[int, int]], i0: int, he: int) -> Optional[Mention]:
    """The description of people a phrase ending at ``he`` belongs to: back from ``words[i0]`` (right to
    left) over the phrase's words to a preposition after a noun of people ("[observers] in Virginia and
    around the country"), else None."""
    text = ctx.text
    for i in range(i0, min(i0 + 6, len(words) - 1)):
        ws, we = words[i]
        wl = text[ws:we].lower()
        if wl in PHRASE_LINKS:
            held = _people_before(ctx, ss, words, i, he)
            if held is not None:
                return held
            if wl == "of":
                break
            continue
        if wl == "and" and i > 0 and text[words[i - 1][0]:words[i - 1][1]].lower() in PHRASE_LINKS:
            continue  # ("observers in Virginia and around the country")
        if wl in _NOT_SUBJ and wl not in _DET or wl in _OTHER_PREPS or wl.endswith(("ing", "ed")):
            break
    return None


# the prepositions that join a noun of people to the phrase after it ("a spokesman for the company", "the
# senator from Vermont", "officials in Washington")
PHRASE_LINKS = frozenset({"of", "for", "from", "at", "in", "across", "around", "throughout", "inside", "within"})
_LINK_NEAR = regex.compile(r"\s(?:" + "|".join(sorted(PHRASE_LINKS)) + r")\s")
# the endings of nouns that name people ("observers", "boosters", "activists", "Democrats")
# (not a singular "-er" or "-or": "the floor", "earlier")
_PEOPLE_SUFFIXES = ("ist", "ian", "man", "woman", "ers", "ors", "ists", "ians", "men", "women")
# the prepositions besides _NOT_SUBJ's that end the search for a noun of people before the head ("the floor of
# the convention during the nominating roll")
_OTHER_PREPS = frozenset({"during", "since", "until", "between"})


def _people_noun(ctx: _Ctx, word: str, first: bool) -> bool:
    """Whether a word names people (or a source of news): a noun of the lexicons, singular or plural, or one
    with a people noun's ending ("observers", "boosters"; spelt with a capital only where ``first``, the
    sentence's first word, not "Sanders")."""
    lex = ctx.pat.lex
    low = word.lower()
    if not word.isalpha() or low in _NOT_SUBJ or low in _DET:
        return False
    for w in (low, low[:-1] if low.endswith("s") else "", low[:-3] + "man" if low.endswith("men") else ""):
        if w and (w in lex.nominals or w in lex.person_nouns or w in lex.role_nouns or w in ctx.lex.source_nouns):
            return True
    if word[0].isupper() and low.endswith(("ats", "ans")):
        return True  # "Democrats in Congress", "Americans across the country"
    return low.endswith(_PEOPLE_SUFFIXES) and (word[0].islower() or first)


def _with_people(ctx: _Ctx, ss: int, words: list[tuple[int, int]], start: int, he: int) -> Optional[Mention]:
    """Who a name or noun phrase from ``start`` to ``he`` stands for where it follows a preposition or holds
    one: the description of people before it ("a spokesman for [the company]", "[Democrats] in Congress"), a
    person's name before it ("[Jane Doe] from Ohio"), or the name a person's affiliation follows ("[Gov.
    Jerry Brown] of California"); None where it stands for itself."""
    text = ctx.text
    for i, (ws, _we) in enumerate(words):
        if ws != start:
            continue
        if i + 1 < len(words):
            link = text[words[i + 1][0]:words[i + 1][1]].lower()
            if link in PHRASE_LINKS:
                people = _people_owner(ctx, ss, words, i + 1, he)
                if people is not None:
                    return people
                if link in ("from", "at", "of") and i + 2 < len(words) and text[words[i + 2][0]].isupper():
                    named = _mention_by_words(ctx, ss, words[i + 2][1])
                    if named is not None and named.kind == "name" and _personal(ctx, named.text) \
                            and _placed(ctx, text[words[i + 1][1]:he]):
                        return named
        break
    of = text.find(" of ", start, he)
    if of > start and _personal(ctx, text[start:of]) and _placed(ctx, text[of + 4:he]):
        return Mention(start, of, text[start:of], "name")
    return None  # ("RNC Chief of Staff Katie Walsh": a post, then the name, which the name's words tell)


def _personal(ctx: _Ctx, name: str) -> bool:
    """Whether a name is a person's: a title before a name ("Gov. Brown", "CBC Chairman G.K. Butterfield"),
    a given name first, or two words or more none of which names a place, a body or a post ("Marta Quist";
    not "Federal Reserve Bank", "Palm Beach County Supervisor")."""
    lex = ctx.pat.lex
    words = [w.rstrip(".") for w in name.split()]
    if not words or not all(w[:1].isupper() for w in words):
        return False
    low = [w.lower() for w in words]
    titled = [i for i, w in enumerate(low) if w in lex.titles or w in lex.nominals or w in lex.person_nouns]
    if titled and titled[0] < len(words) - 1 and titled[0] + 1 not in titled:
        return True  # (a title or a post, then the name: "Rep. Peter T. King")
    if low[0] in lex.male_names or low[0] in lex.female_names:
        return True
    return len(words) >= 2 and low[0] not in lex.non_names and not any(
        w in lex.organisation_nouns or w in lex.place_words or w in lex.non_names or w in lex.nominals
        or w in lex.person_nouns or w in lex.titles for w in low[1:])


def _placed(ctx: _Ctx, words: str) -> bool:
    """Whether the words after a name's "of" can be where the person comes from ("New York", "the Sierra
    Club"), not more of a title and a name ("Chief of Staff Katie Walsh")."""
    lex = ctx.pat.lex
    low = [w.rstrip(".").lower() for w in words.split()]
    # (a given name with a name after it is a person's: "Katie Walsh", not "North Carolina")
    return 0 < len(low) <= 4 and not any(w in lex.titles or (w in lex.male_names or w in lex.female_names)
                                         and i < len(low) - 1 for i, w in enumerate(low))


def _people_before(ctx: _Ctx, ss: int, words: list[tuple[int, int]], i: int, he: int) -> Optional[Mention]:
    """"A spokesman for the company", "Political observers in Virginia": where ``words[i]`` (right to left)
    is a preposition after a noun of people, the description from that noun's modifiers to ``he``, else
    None."""
    if i + 1 >= len(words):
        return None
    text = ctx.text
    ns, ne = words[i + 1]
    noun = text[ns:ne]
    nl = noun.lower()
    first = not text[ss:ns].strip()
    if not _people_noun(ctx, noun, first) and not (
            text[words[i][0]:words[i][1]].lower() == "of" and noun.isalpha() and nl.endswith("s")
            and (noun[0].islower() or first)
            and nl not in _NOT_SUBJ and nl not in _DET and nl.endswith(_NOUN_SUFFIXES)):
        return None  # ("critics of reform": a plural that may name people, before "of")
    lex = ctx.pat.lex
    start = ns
    det = nl.endswith("s") or noun[0].isupper() and first  # ("Senator from Texas says")
    for ws, we in words[i + 2:i + 5]:
        w = text[ws:we].lower()
        if w in _NOT_SUBJ and w not in _DET or w.endswith(("ed", "ing")) and w not in lex.nominals:
            break
        start = ws
        if w in _DET or w.endswith(("’s", "'s")):
            det = True
            break
    if not det:
        return None  # (a noun alone, without a determiner: "…, host of his own podcast")
    return Mention(start, he, text[start:he], "nominal")


# --------------------------------------------------------------------------- content

_COORD = regex.compile(r"(?r)(?:,[”\"’']?+\s*+(?:and\s++|but\s++|before\s++|after\s++|while\s++)?|\s(?:and|but)\s++)(?:(?:also|then|later|has|had|have|was|is)\s++){0,2}$")
_SUBORD = regex.compile(r"(?i:although|though|while|when|if|after|as|because|since|before|even\s+though|once|until|whereas)\s")
# a concessive clause inside the sentence, right before the subject: "…, and while he said he would hold a
# hearing, it is unlikely …" (not "when", which after a comma opens a relative clause: "in May, when he said …")
# ", who said …, ": a relative clause set off by commas ends at its closing comma
_COMMA_BEFORE = regex.compile(r"(?r),\s*+$")
# (after a lead: "But while …", "However, while …", "Not long after …", "Just days before …", "A few weeks after …")
_AND_SUBORD = regex.compile(r"(?:(?:And|But|and|but|Yet|So|However|Still|Even|Now|Meanwhile|Not\s++long|Shortly|Soon|Just|Only|Long|Right|Ever|Hours|Days|Weeks|Months|Years|Minutes|Moments|A|An|few|hours|days|weeks|months|years|minutes|moments|\d++|Two|Three|Four|Several)(?:\s*+,)?+\s++){1,3}+" + _SUBORD.pattern)
_SUBORD_BEFORE = regex.compile(
    r"(?r)(?:[,;—–]|(?<![\p{L}])and|(?<![\p{L}])but)\s++(?:although|though|while|whereas)\s++$")
_REL_BEFORE = regex.compile(
    r"(?r)(?<![\p{L}])(?<!(?<![\p{L}])(?:in|of|to|on|at|by|for|with|from|about|under|through|during|upon|into|over|[Aa]sked)\s++)"
    r"(which|what|who|whom)\s++$")
_DET_BEFORE = regex.compile(r"(?r)(?<![\p{L}])(?:the|a|an|The)\s++$")
_THAT_GAP = regex.compile(
    r"(?:\s*+,?\s*+(?:[\p{L}\p{N}’'.\-]++)){0,9}?(?:\s*+,)?\s++that(?![\p{L}])"
)
_GAP_OK_FIRST = frozenset({"in", "on", "at", "during", "to", "via", "after", "before", "last", "this", "earlier",
                           "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                           "yesterday", "today", "recently", "repeatedly", "also", "again", "however",
                           "privately", "publicly", "of", "about", "out", "through", "late", "early", "separately",
                           "flatly", "bluntly", "simply", "frankly", "openly", "later", "then", "now", "too",
                           "over", "back", "up", "afterward", "afterwards", "tonight", "previously", "firmly",
                           "emphatically", "instead", "further", "forcefully", "clearly"})
# verbs whose particle ("call for", "call on", "push for") belongs to the cue, not to the content
# words that open no noun phrase: after a verb whose content is its object, the verb has none
_NO_OBJECT_START = frozenset({"by", "in", "on", "during", "from", "after", "before", "since", "until",
                              "last", "earlier", "later", "yesterday", "today", "tonight", "this", "next",
                              "when", "while", "because", "if", "was", "were", "is", "are", "had", "has", "have",
                              "will", "would"})
_FIRST_WORD = regex.compile(r"\p{L}++")
# words that open an adjunct of the verb, not the clause it reports, right after it ("said in Ohio as the crowd
# cheered", "said at a forum", "won by pointing …"); a quotation later in the sentence keeps the hit (it may name
# who speaks there); after "on" and a day the clause follows ("said on Wednesday the service had …": _BARE_DAY)
_BARE_NOT_FIRST = frozenset({"in", "from", "on", "at", "by"})
_NAMED_THEN_THAT = regex.compile(r"(?:(?:\p{Lu}[\p{L}\p{M}.’'\-&]*+|the|of|with|on|and|in|for|to)[ \t\n\u00a0]++){0,8}+"
                                  r"that(?![\p{L}\p{M}])")
# what a clause after "said in a statement" opens with: a pronoun, a determiner or a capital
_CLAUSE_START = regex.compile(r"(?:he|she|they|it|we|I|there|the|a|an|his|her|their|its|our|this|these|those"
                              r"|some|many|most|no|all|\p{Lu}[\p{L}\p{M}]*+)(?![\p{L}\p{M}])")
# … but a number's "at least" / "at most" opens the clause ("said at least 14 people had been killed")
_AT_LEAST = regex.compile(r"at\s++(?:least|most)(?![\p{L}])")
# a subordinate clause right after the verb, before the bare clause it reports ("said when I announced …, I'm not
# going to …"): the report starts after its comma
_BARE_SUBORD = frozenset({"when", "after", "before", "as", "because", "since", "while", "once", "until"})
_BARE_DAY = regex.compile(r"(?:on\s++)?+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                          r"(?:\s++(?:morning|afternoon|evening|night))?+(?:\s*+,)?+\s++(?=\p{L})")
_FOR_VERBS = frozenset({"call", "push", "press", "ask", "argue", "advocate", "plead", "lobby", "campaign", "hope"})
_LEAD_SKIP = regex.compile(r"(?:\s*+(?:,|out|up|back|that)(?![\p{L}]))*+\s*+")
_OBJ = regex.compile(
    r"\s*+(?:(?:him|her|me|us|them|you|reporters|supporters|voters|journalists|viewers|listeners|"
    r"lawmakers|members|donors|students|people|everyone)(?![\p{L}])"
    r"|(?:the|a|an|his|her|their|its|our)\s++[\p{L}\-]++(?:\s++(?!(?:that|he|she|they|it|we|I|there|the|to)\s)[\p{L}\-]++)?+"
    r"(?=\s++(?:that|he|she|they|it|we|I|there|the|to)\s)"
    r"|(?:(?:The|the)\s++)?(?:\p{Lu}[\p{L}.’'\-&]*+\s*+){1,5}+)"
    r"(?:\s*+(?:on|in|at|during|last|this|earlier)\s++[\p{L}\p{N}]++(?:\s++[\p{L}\p{N}]++)?+)?+"
)
# the hearer after a tag's verb of telling: "…, he told reporters.", "…, Ms. Lee told The Post in an interview."
_TAG_OBJ = regex.compile(
    r"\s++(?:(?:him|her|me|us|them|you|reporters|journalists|supporters|voters|viewers|listeners|lawmakers|"
    r"members|donors|students|people|everyone)(?![\p{L}])"
    r"|(?:the|a|an|his|her|their|its|our)\s++(?:[\p{L}\-’']++\s++){0,2}?[\p{L}\-’']++(?=[\s,.;!?]|$)"
    r"|\p{Lu}[\p{L}.’'\-&]*+(?:\s++\p{Lu}[\p{L}.’'\-&]*+){0,4}+)"
)


def _tag_end(text: str, ve: int, se: int, lemma: str) -> int:
    """Where a tag whose verb ends at ``ve`` ends: after a time or place ("said Tuesday", "said in a statement"),
    and for a verb of telling after its hearer ("told reporters", "told CNN on Sunday")."""
    after = _DATE_TAG.match(text, ve, se)
    te = after.end() if after is not None else ve
    if lemma in _TELL and te == ve:
        o = _TAG_OBJ.match(text, ve, se)
        if o is not None:
            after = _DATE_TAG.match(text, o.end(), se)
            te = after.end() if after is not None else o.end()
    return te


# a subject pronoun: what follows is a clause, no noun phrase ("used to say I should …")
_SUBJ_PRON = regex.compile(r"\s*+(?:I|he|she|we|they|you|it|there)(?![\p{L}’'])")
_WH = regex.compile(r"\s*+((?:whether|if|why|how|what|who|when|where)\s)")
# "to" that opens an infinitive ("urged Congress to act", "vowed to not back down"), not a phrase of place
# ("pressed the daisy to her lips", "promised it to the boy")
_INFINITIVE = regex.compile(r"(?:not[ \t\n]++)?+to[ \t\n]++(?:not[ \t\n]++)?+(?!(?:the|a|an|his|her|their|its|our|my|your|him|them|me|"
                            r"us|it|this|these|those|some|any|every|each|no|one|whom|which)(?![\p{L}’'\-]))(?:''|[“\"‘'])?+\p{Ll}")
_SPEECH_OBJ = regex.compile(r"\s*+(?:(?:the|these|those|his|her|their|its|our|such|this|that|those|[\p{Lu}][\p{L}\-]*+(?:’s|'s))\s++)?(?:[\p{L}\-]++\s++){0,2}?(?P<head>[\p{L}]++)(?=\s*+(?:[.,;!?]|$|about|on|at|in|to|as|during|and|after|for)(?![\p{L}]))")
_DATE_TAG = regex.compile(
    r"(?:\s++(?:on\s++)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|"
    r"last\s+\p{L}+|earlier|later|recently|previously|this\s+\p{L}+|on\s+\p{L}+|in\s+(?:a|an|the|his|her|their)\s+[\p{L}\-]++(?:\s+[\p{L}\-]++)?+(?:\s+(?:with|to|on)\s+[\p{L}\p{N}.’'\-]++(?:\s+[\p{L}\p{N}.’'\-]++){0,3}?)?|"
    r"at\s+[\p{L}\-]++(?:\s+[\p{L}\-]++){0,3}?|to\s+[\p{L}\-]++(?:\s+[\p{L}\-]++){0,2}?|of\s+[\p{L}\-]++(?:\s+[\p{L}\-]++){0,2}?|"
    r"\p{Ll}{3,}ly|in\s+an?\s+\p{L}+))*+"
)


def _rstrip_end(text: str, s: int, e: int) -> int:
    """Where ``text[s:e].rstrip()`` ends (``s + len(...)``), without copying it."""
    while e > s and text[e - 1].isspace():
        e -= 1
    return e if e > s else s


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in " \t\n,;:—–-":
        s += 1
    while e > s and text[e - 1] in " \t\n,;:—–-":
        e -= 1
    return s, e


_DASH = regex.compile(r"\s[–—]\s|\s--\s")
# after a pair of dashes, the writer's own words: "… – an offer made by Turkey – thereby opening …"
_AFTER_ASIDE = regex.compile(r"(?:thereby|which|who|\p{Ll}++ing)(?![\p{L}])")
# where a clause the writer adds ends the content: ", though …", ", which …", or a comment on the whole report
# (", a swipe at the board", ", an apparent reference to …")
_CLAUSE_BREAK = regex.compile(
    r",\s++(?:though|although|but|while|whereas|which|who|compared\s++(?:with|to)"
    r"|an?\s++(?:apparent\s++|veiled\s++|thinly\s++veiled\s++|clear\s++|not-so-subtle\s++)?+"
    r"(?:reference|swipe|nod|jab|dig|shot|allusion|sign|signal|move|step|plan|practice|recommendation|remark|"
    r"comment|rebuke|claim|charge|criticism|warning|message|statement)s?+)\s")


# in a story, a main clause coordinated after the reported one: ", and (then / on Sunday) I climbed …" (a
# pronoun and a verb that is no auxiliary: "he said he was tired, and he would go" may still be his)
_STORY_GOES_ON = regex.compile(
    r",\s++(?:and|but|so)\s++(?:(?:then|there|at\s++once|(?:on|at|in|by|after)\s++\p{L}++(?:\s++\p{L}++)?),?+\s++)?"
    r"(?:he|she|they|I|we)\s++(?!(?:would|could|should|might|must|will|shall|had|was|were|did|is|are|can|may)\b)"
    r"(?:\p{Ll}++ly\s++)?+\p{Ll}++(?:ed)?+\b")


def _end_content(ctx: _Ctx, s: int, se: int) -> int:
    """Where a complement starting at ``s`` ends: its sentence end, or before a direct quotation."""
    e = se
    b = ctx.first_blocked(s, e)
    if b is not None:
        e = b[0]
    d = _DASH.search(ctx.text, s, e)
    while d is not None and d.start() - s > 10:
        # a pair of dashes sets off an aside inside the clause ("philanthropy -- even on his scale -- would
        # not …"): the clause goes on after the second
        d2 = _DASH.search(ctx.text, d.end(), min(e, d.end() + 120))
        if d2 is None or d2.end() >= _rstrip_end(ctx.text, s, e) - 1 or _AFTER_ASIDE.match(ctx.text, d2.end(), e):
            e = d.start()
            break
        d = _DASH.search(ctx.text, d2.end(), e)
    # a new clause that is the writer's, not the speaker's: ", though …", ", which …"
    c = _CLAUSE_BREAK.search(ctx.text, s, e)
    if c is not None and c.start() - s > 10:
        e = c.start()
    if ctx.narrative:
        # a story goes on in a clause of its own: "I said I would, and on Sunday I climbed the hill"
        c = _STORY_GOES_ON.search(ctx.text, s, e)
        if c is not None and c.start() > s:
            e = c.start()
    # a sentence-final dot stays out (PolNeAR leaves it out)
    while e > s and ctx.text[e - 1] in " \t\n.;,:—–-":
        e -= 1
    # … but a quoted fragment the sentence ends inside ('says Kasich “has a record of bringing people
    # together.”') is kept whole, its closing mark with it
    i = bisect_right(ctx.frag, (e, 1 << 60)) - 1
    if i >= 0 and s <= ctx.frag[i][0] < e < ctx.frag[i][1] <= se + 2:
        e = ctx.frag[i][1]
    return e


# a comma inside a noun phrase or a predicate that a list or an example runs on after
# ("{0,3}?": a bounded lazy count, so a failed match backtracks over at most four words)
_LIST_ON = regex.compile(r",\s++(?:(?:including|such\s++as)\s"
                         r"|(?:[\p{L}\p{N}’'\-]++\s++){0,3}?[\p{L}\p{N}’'\-]++(?:,\s++|\s++)(?:and|or)\s)")
# where a noun-phrase object ends: a dash, or "and" before a verb in the past tense
_NP_BREAK = regex.compile(r"\s(?:[–—]|--?)\s|,?+\s(?:and|but)\s++(?:then\s++|also\s++|later\s++)?+\p{Ll}++ed\s"
                       r"|\s(?:in|during|at)\s++(?:a|an|the|his|her|their)\s++(?:\p{L}++\s++)?(?:speech|statement|interview|rally|debate|tweet|post|news\s++conference|press\s++conference|hearing|letter|op-ed|video)(?![\p{L}])")


# --------------------------------------------------------------------------- main

# verbs that raise their subject out of the content ("X seems to …", "X is expected to …"): no speaker
_RAISING = frozenset({"seem", "appear"})
_RAISING_PASSIVE = frozenset({"expect"})
_PARTICIPLES = frozenset({"said", "told", "made", "written", "known", "shown", "seen", "found", "given", "taken",
                          "brought", "thought", "heard", "sent", "held", "led", "put", "set", "read", "paid", "sought",
                          "taught", "felt", "meant", "drawn", "spoken", "chosen", "hit", "cast", "built"})
_BY_AGENT = regex.compile(r"\s++by\s++(?P<np>(?:[^,.;:!?“”\"()\n]|(?<=(?<![\p{L}])(?:Sen|Sens|Rep|Reps|Gov|Dr|Mr|Mrs|Ms|"
                          r"Gen|Lt|Col|Sgt|Prof|Rev|Capt|Adm|Jr|St|U|U\.S|U\.N))\.){1,80}?)"
                          r"(?=\s*+(?:[,;:!?()]|(?<!(?<![\p{L}])(?:Sen|Sens|Rep|Reps|Gov|Dr|Mr|Mrs|Ms|Gen|Lt|Col|Sgt|Prof|"
                          r"Rev|Capt|Adm|Jr|St|U|U\.S|U\.N))\.|$)|\s++(?:in|on|at|during|"
                          r"after|before|when|while|last|this|to|for|with|as|and|but|who|which|that)\s)")
# (an abbreviation's dot is no end: "by Sen. Ann Roe", "by U.S. officials")


def _by_agent(text: str, ve: int, se: int) -> Optional[Mention]:
    """The agent after "by" that follows a passive verb ending at ``ve`` (before ``se``), as a mention: who did
    the saying ("which were reported by the AP", "was warned by the Russian government that …"); else None."""
    agent = _BY_AGENT.match(text, ve, se)
    if agent is None:
        return None
    a_s, a_e = agent.span("np")
    return Mention(a_s, a_e, text[a_s:a_e], "name" if text[a_s].isupper() else "nominal")


# a passive's own complement ("was accused of …", "was declared the winner", "is known to …"): that is the
# content, as with the active verb
_PASSIVE_OWN = regex.compile(r"\s++(?:of|with|for|as|to|the|a|an)\s")
_APPEAR_AT = regex.compile(r"(?:on|at|with|in|before|alongside|onstage|together|during|as|for|from|live|by|via|in\s+front)\s")
_PASSIVE_BE = regex.compile(r"(?r)(?<![\p{L}])(?:is|are|was|were|be|been|being|'s|’s)\s++(?:\p{Ll}{3,}ly\s++)?+$")
# the same for a hedge, which may be negated ("is not expected to …")
_HEDGE_BE = regex.compile(r"(?r)(?<![\p{L}])(?:is|are|was|were|be|been|being|'s|’s)\s++(?:not\s++)?+"
                          r"(?:(?:also|still|now|already|\p{Ll}{3,}ly)\s++){0,2}$")

_RAISED_NP = regex.compile(r"(?:(?:The|A|An|This|That|These|Those|Its|His|Her|Their|Our|Many|Some|Most|\p{Lu}\p{L}*+(?:’s|'s))"
                           r"\s++)?+[\p{L}\p{N}’'\-]++(?:\s++[\p{L}\p{N}’'\-]++){0,7}+\s*+")
_RAISED_AUX = regex.compile(r"(?r)(?<![\p{L}])(?:(?:is|are|was|were|be|been|has|have|had|does|do|did|will|would|may|"
                            r"might|could|can|should|must|not|n[’']t|also|still|now|already|widely|generally|"
                            r"initially|originally|largely)\s++)++$")


# words a noun phrase before a verb does not run back over: a clause's or another verb's
_NP_STOP = frozenset({"that", "which", "who", "whom", "whose", "because", "when", "while", "if", "although", "though",
                      "since", "as", "after", "before", "whether", "where", "said", "says", "say", "told", "is", "are",
                      "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "may",
                      "might", "should", "must", "do", "does", "did", "not", "to", "but", "or", "so", "then",
                      "there", "it", "he", "she", "they", "we", "i", "you", "this", "these", "those", "also"})


# words inside a noun phrase that do not start one
_NP_LINKS = frozenset({"of", "from", "between", "beyond", "on", "in", "at", "for", "with", "about", "and", "during",
                       "over", "against", "under", "among", "across", "near", "than", "less"})


def _np_start(ctx: _Ctx, ss: int, start: int) -> int:
    """Where the noun phrase that ends with a subject starting at ``start`` begins: back over its modifiers
    ("the special relationship between America and [Britain] appears", "More than 1,200 emails from … the
    [State Department] have been deemed"), to a punctuation mark or a word of a clause (_NP_STOP)."""
    text = ctx.text
    best = start
    p = start
    for _ in range(14):
        q = p
        while q > ss and text[q - 1] in " \t":
            q -= 1
        if q == p or q <= ss:
            break
        b = q
        while b > ss and q - b < 30 and (text[b - 1].isalnum() or text[b - 1] in ".’'-&%$"
                                         or text[b - 1] == "," and text[b:b + 1].isdigit() and text[b - 2:b - 1].isdigit()):
            b -= 1
        if b == q or not text[b].isalnum():
            break
        w = text[b:q].lower()
        if w in _NP_STOP or w.endswith(("ed", "ing")) and not text[b].isupper():
            break
        p = b
        if w not in _NP_LINKS:
            best = p
    return best


def _raised_subject(ctx: _Ctx, ss: int, vs: int, lemma: str) -> tuple[Optional[Mention], int]:
    """The subject of a raising verb that opens its sentence ("The filings due Sunday are expected to …"):
    any short noun phrase from the sentence's start to the auxiliaries before the verb."""
    text = ctx.text
    a = _RAISED_AUX.search(text, max(ss, vs - 60), vs)
    j = a.start() if a is not None else vs
    if lemma in _RAISING_PASSIVE and (a is None or _HEDGE_BE.search(text, a.start(), vs) is None):
        return None, vs
    if j - ss < 3 or j - ss > 70 or ctx.in_blocked(ss):
        return None, vs
    m = _RAISED_NP.fullmatch(text, ss, j)
    if m is None or text[ss:ss + 1].islower():
        return None, vs
    e = _rstrip_end(text, ss, j)
    words = text[ss:e].lower().split()
    if words[0] in _NOT_SUBJ or words[0] in _PRON or words[0] in _SUBJ_STOP or words[-1] in _RAISED_LAST_STOP \
            or _CONTRACTED.fullmatch(words[0]):
        return None, vs  # "Things that are expected …", "… described them as seeming …": no subject of its own
    return Mention(ss, e, text[ss:e], "nominal"), ss


# a word right before a verb form that makes it a noun or an infinitive ("the call", "to say")
_NOT_VERB_AFTER = frozenset({"to", "the", "a", "an", "of", "his", "her", "their", "its", "our", "my", "your",
                             "in", "for", "by", "from", "with", "this", "these", "those", "The"})


_SUBJ_STOP = frozenset({"when", "while", "if", "after", "before", "because", "since", "although", "though", "as",
                        "once", "until", "in", "on", "at", "for", "by", "with", "from", "to", "but", "so", "yet",
                        "there", "here", "it", "what", "who", "whether", "how", "why"})
_RAISED_LAST_STOP = frozenset({"that", "which", "who", "as", "of", "to", "and", "or", "but", "than", "like"})
_Cand = tuple[int, int, str, Optional[tuple[int, int, str, str]], Optional[Mention], float, str]


def _unwrapped(text: str, paragraphs: list[tuple[int, int]]) -> str:
    """``text`` with the line breaks inside its ``paragraphs`` turned into spaces: paragraphs hold line breaks
    only where blank lines separate them (:func:`quoteattr.tokenize.paragraph_spans`), and then the text is
    hard-wrapped (books, plain-text mail, wire copy), so a clause runs on across a wrapped line. Every
    character keeps its offset. A text whose paragraphs hold no line break is returned as it is."""
    parts: list[str] = []
    pos = 0
    for s, e in paragraphs:
        if text.find("\n", s, e) < 0:
            continue
        parts.append(text[pos:s])
        if _LEAD_LABEL.match(text, s, min(e, s + 80)) is not None:
            # a transcript or a script set as one block ("HOST: …\nLEE: …"): a line that opens with a speaker's
            # label is a turn of its own (_leads), the break before it stays
            parts.append(_WRAP_BREAK.sub(" ", text[s:e]).replace("\r", " "))
        else:
            parts.append(text[s:e].replace("\n", " ").replace("\r", " "))
        pos = e
    if not parts:
        return text
    parts.append(text[pos:])
    return "".join(parts)


def _in_text(m: Optional[Mention], text: str) -> Optional[Mention]:
    """``m`` with its text read from ``text`` (the caller's, line breaks and all)."""
    if m is None or text[m.start:m.end] == m.text and m.refers is None:
        return m
    return attrs.evolve(m, text=text[m.start:m.end], refers=_in_text(m.refers, text))


# words that go with a day or a unit of time in a time phrase ("late Thursday", "this year", "last week")
_TIME_MODIFIERS = frozenset({"late", "early", "last", "next", "this", "that", "on", "in", "at", "the", "earlier",
                             "later", "a", "one", "each", "every", "same"})


def _only_time(text: str, s: int, e: int, lex: Lexicon) -> bool:
    """Whether text[s:e] is a time phrase and nothing else: words of ``time_words.txt`` or ``fronted_times.txt``
    (with a determiner or "late", "last" before them), at least one of them a day or a unit of time."""
    words = WORD.findall(text, s, e)
    if not words or len(words) > 4:
        return False
    low = [w.lower() for w in words]
    times = [w in lex.time_words or w in lex.fronted_times for w in low]
    return any(times) and all(t or w in _TIME_MODIFIERS for t, w in zip(times, low))


def find_reported(doc: Document, items: list[Item], pat: Patterns,
                  lemmas: Optional[frozenset[str]] = None) -> list[Reported]:
    """Reported speech (no quote marks, or a quoted fragment inside) in ``doc``.

    ``items`` are the direct-quote candidates after framing; fragments (``fragment=True``)
    make a clause "mixed", the others are never overlapped. Hard-wrapped text is read with its
    paragraphs' line breaks as spaces (:func:`_unwrapped`); the offsets are the same. ``lemmas``,
    where given, are the only reporting verbs looked at (a narrative's verbs of speech).
    """
    if not doc.text:
        return []
    flat = _unwrapped(doc.text, doc.paragraphs)
    if flat is doc.text:
        return _find_reported(doc, items, pat, lemmas)
    found = _find_reported(attrs.evolve(doc, text=flat), items, pat, lemmas)
    original = doc.text
    return [attrs.evolve(r, mention=_in_text(r.mention, original),
                         verb=None if r.verb is None else (r.verb[0], r.verb[1], original[r.verb[0]:r.verb[1]], r.verb[3]))
            for r in found]


def _find_reported(doc: Document, items: list[Item], pat: Patterns,
                   lemmas: Optional[frozenset[str]] = None) -> list[Reported]:
    text = doc.text
    lex = reporting_lexicon("en")
    ctx = _Ctx(doc, items, pat, lex)
    ctx.narrative = lemmas is not None
    cands: list[_Cand] = []
    cuts: list[int] = []  # positions where an earlier complement must stop (a later tag or frame)
    # (dialogue holds no reported speech; a narrative's, only verbs of speech)
    hits: Iterator[tuple[int, int]] = _verb_spans(lex if lemmas is None else _narrowed(lex, lemmas), text, ctx.blocked)
    if lemmas is None:
        heads = _headline_verbs(ctx)
        if heads:
            hits = heapq.merge(hits, heads)
    for vs, ve in hits:
        inf = False  # "to" right before: an infinitive ("trying to tell the country that …")
        if text[vs - 1:vs] == " ":  # cheap: a determiner or preposition right before makes it no verb
            k = text.rfind(" ", max(0, vs - 7), vs - 1)
            if k >= 0 and text[k + 1:vs - 1] in _NOT_VERB_AFTER:
                if text[k + 1:vs - 1] not in ("to", "by"):
                    continue
                inf = True
        elif text[vs - 1:vs] in ("'", "’", "-"):
            continue
        if vs in ctx.tags or text[ve:ve + 1] == "-":  # (no hit is in a blocked span)
            if vs in ctx.tags and lemmas is None:
                _opening_before_tag(ctx, vs, ve, cands)
            continue
        if ctx.in_frag(vs):
            continue  # the quoted words' own verb ('said Five, “and I’ll tell him—it was …”'): speech quoted
        word = text[vs:ve]
        if word[0] in "Aa" and word.lower().startswith("according"):
            ss, se = ctx.sentence(vs)
            _according(ctx, ss, se, vs, ve, cands, cuts)
            continue
        if not word.isalpha():
            word = " ".join(word.split())  # a form of several words ("made it clear"), its spaces any white space
        if not word.islower():
            if not word[0].isupper() or not word[1:].islower() or lemmas is not None:
                continue
            word = word.lower()  # a headline's verb (_headline_verbs)
        if word in _NOUN_FORMS:
            continue
        lemma = lex.form_lemma.get(word)
        if lemma is None or lemmas is not None and lemma not in lemmas:
            continue
        ss = ctx.sentence_start(vs)  # after the cheap checks; its end where a frame needs it (ctx.sentence_end)
        frames = lex.frames.get(lemma, "")
        verb = (vs, ve, text[vs:ve], lemma)
        if inf:
            # (not in a narrative, whose characters' plans and wishes are no reports)
            if (lemmas is None and lemma not in _RAISING and lemma not in _RAISING_PASSIVE
                    and (word == lemma if text[vs - 3:vs - 1] == "to" else word.endswith("ing"))):
                _infinitive(ctx, ss, vs, ve, verb, frames, lemma, cands, cuts)
            continue
        mention, neg, subj_start = _subject_before(ctx, ss, vs)
        if mention is not None and word.endswith("ing") and subj_start < vs - 2:
            k = _rstrip_end(text, ss, vs)
            if k > ss and text[k - 1] == "," and mention.end < k - 1:
                # "Cruz made a call for an end to subsidies, calling them …": a participle after a comma shares
                # its clause's subject, not the words before an earlier comma
                # ("“…,” said Anna Berg, a spokeswoman, adding …": the tag's speaker; never a subject inside the
                # quotation that opens the sentence)
                owner = (_owner_before(ctx, ss, vs, cands) or _tag_before(ctx, k - 1)
                         or _sentence_subject(ctx, ss, k - 1))
                if owner is not None and ctx.in_blocked(owner.start):
                    mention = None  # (nor the words before that comma)
                elif owner is not None:
                    mention, subj_start = owner, owner.start
        if lemma in _RAISING or lemma in _RAISING_PASSIVE:
            # "The sale is expected to …", "The change does not seem to …": whatever the subject is, the
            # writer's hedge reports it; a negated hedge is one too
            neg = False
            if mention is None:
                mention, subj_start = _raised_subject(ctx, ss, vs, lemma)
        if neg:
            continue
        if mention is not None and (_ASKED_IF_BEFORE if not ctx.narrative else _IF_BEFORE).search(
                text, max(ss, subj_start - 22), subj_start) is not None:
            # "Asked if the minister had admitted failures, …": a question, no report (and in a story, "If you
            # say that …" too; news reports what would be said, "even if the court found …")
            continue
        if (mention is not None and lemma not in _TELL and lemma not in _RAISING_PASSIVE
                and (word.endswith(("ed", "en")) or word in _PARTICIPLES)
                and mention.text.lower() not in ("it", "there", "this", "that")
                and _PASSIVE_BE.search(text, max(ss, vs - 30), vs) is not None):
            # "The statement was released on Tuesday", "which were reported by the AP": a passive; what was
            # said is its subject, and whoever said it the agent after "by" (or no one); a complement of its
            # own ("was accused of …", "was declared the winner") is content too
            se = ctx.sentence_end(vs)
            who = _by_agent(text, ve, se)
            if not ctx.in_blocked(mention.start):
                cands.append((_np_start(ctx, ss, mention.start), mention.end, "subj", verb, who, 0.5, lemma))
            if _PASSIVE_OWN.match(text, ve) is not None:
                n = len(cands)
                _complement(ctx, ss, se, vs, ve, verb, mention, frames, lemma, cands, cuts, subj_start)
                for i in range(n, len(cands)):
                    c = cands[i]
                    cands[i] = (c[0], c[1], c[2], verb, who, c[5], lemma)
            continue
        if mention is not None and mention.start > ss and not ctx.narrative:
            # "Sen. Ann Roe, facing a challenge in Kent, a swing county, said …", "A letter obtained by the AP warns
            # …": a noun phrase after a preposition is no subject; the sentence's subject speaks where there is
            # one (news only)
            pw = _PREP_BEFORE.search(text, max(ss, mention.start - 16), mention.start)
            if pw is not None and "," in text[mention.end:vs]:
                # ("Ann Roe said Tuesday in Dover, noting …": a tag's speaker; "Ann Roe, speaking at a rally in
                # Dover, warned …": a name that opens the sentence before a comma)
                owner = (_tag_before(ctx, pw.start()) or _sentence_subject(ctx, ss, pw.start())
                         or _opening_name(ctx, ss, pw.start()))
                if owner is not None and owner.end <= pw.start() and owner.text.lower().split(" ")[0] not in _NOT_OWNER:
                    mention = owner
        if (mention is not None and mention.kind == "nominal" and word.endswith("ing") and not ctx.narrative
                and (mention.end == _rstrip_end(text, ss, vs) or _TIME_TAIL.search(text, mention.end, vs) is not None
                     and text[mention.end:mention.end + 1].isspace())):
            # "Black Lives Matter issued a statement saying …", "The committee sent a letter urging …", "The town
            # released a statement Wednesday saying …": a participle after a verb's object (and a time or an
            # adverb) speaks for that verb's subject (news only)
            ob = _OBJECT_VERB.search(text, max(ss, mention.start - 24), mention.start)
            if ob is not None:
                gov, gneg, _ = _subject_before(ctx, ss, ob.start())
                if gov is not None and not gneg and gov.text.lower() not in _NOT_OWNER and gov.text.lower() != "there":
                    mention = gov
        if (mention is not None and mention.kind == "nominal" and not ctx.narrative and word == lemma
                and mention.text.startswith(("a ", "an ")) and mention.end == _rstrip_end(text, ss, vs)
                and _LINK_NEAR.search(mention.text) is None):
            # "sent the board a detailed report on …", "responded to a recent claim that …": after "a" and a word,
            # a verb's plain form is a noun; the sentence's subject speaks (news only; not after a description
            # with a phrase of its own, "a review of records indicate")
            owner = _sentence_subject(ctx, ss, mention.start)
            mention = owner if owner is not None and owner.text.lower().split(" ")[0] not in _NOT_OWNER else None
            if mention is None:
                continue
        if mention is not None:
            se = ctx.sentence_end(vs)
            # a tag after the content: "CLAUSE, X said." / "CLAUSE, X said, CLAUSE2."
            # (_DET_BEFORE ends in white space)
            dm = (_DET_BEFORE.search(text, max(ss, subj_start - 8), subj_start)
                  if subj_start > ss and text[subj_start - 1].isspace() else None)
            pre = _rstrip_end(text, ss, dm.start() if dm is not None else subj_start)  # where the part before ends
            if pre - ss > 15 and text[pre - 1] == "," and "a" in frames:
                te = _tag_end(text, ve, se, lemma)
                rest = text[te:se].lstrip()
                if rest and _TAG_ADJUNCT.match(rest) is not None and _THAT_GAP.match(text, te, min(se, te + 90)) is None:
                    rest = ""  # "CLAUSE, she said after meeting the board.": an adjunct of the tag ends it
                if not rest or rest[0] in ".!?" or rest.startswith(","):
                    cs, ce = _trim(text, ss, pre - 1)
                    ok = ce > cs and ctx.first_blocked(cs, ce) is None
                    if ok:
                        cands.append((cs, ce, "tag", verb, mention, 0.7, lemma))
                        cuts.append(pre - 1)
                    if rest.startswith(","):
                        c2s, c2e = _trim(text, te + text[te:se].index(",") + 1, se)
                        c2e = _end_content(ctx, c2s, c2e)
                        c2s = _past_manner(text, c2s, c2e)
                        if ok and c2e - c2s > 10 and not ctx.in_blocked(c2s):
                            cands.append((c2s, c2e, "tag2", verb, mention, 0.6, lemma))
                    continue
                if not rest or rest[0] in ".!?":
                    continue
            elif pre > ss and text[pre - 1] == "," and ("a" in frames or "c" in frames or "C" in frames):
                # "Overall, she said, a number of …" / "Mr. Obama, officials said, has become …": a short
                # opening before a parenthetical tag, its clause after it; each part is content
                te = _tag_end(text, ve, se, lemma)
                if text.startswith(",", te):
                    c2s, c2e = _trim(text, te + 1, se)
                    c2e = _end_content(ctx, c2s, c2e)
                    c2s = _past_manner(text, c2s, c2e)
                    cs, ce = _trim(text, ss, pre - 1)
                    if (c2e - c2s > 10 and not ctx.in_blocked(c2s) and ce > cs
                            and ctx.first_blocked(cs, ce) is None):
                        cands.append((cs, ce, "tag", verb, mention, 0.6, lemma))
                        cands.append((c2s, c2e, "tag2", verb, mention, 0.6, lemma))
                        cuts.append(pre - 1)
                    continue
            if mention.refers is None and ("c" in frames or "C" in frames or "a" in frames):
                rel = _REL_BEFORE.search(text, max(ss, subj_start - 8), subj_start)
                if rel is not None and not ctx.in_blocked(rel.start(1)):
                    # "the wall, which he said Mexico would pay for": the relative pronoun stands for what was
                    # said, and is a part of the content
                    cands.append((rel.start(1), rel.end(1), "rel", verb, mention, 0.5, lemma))
                    b = _rstrip_end(text, ss, rel.start(1))
                    if b > ss and text[b - 1] == ",":
                        # ", which he said was a disgrace, will …": the clause ends with the relative clause
                        comma = text.find(",", ve, ctx.sentence_end(vs))
                        if comma > 0:
                            cuts.append(comma)
            n = len(cands)
            _complement(ctx, ss, se, vs, ve, verb, mention, frames, lemma, cands, cuts, subj_start)
            if len(cands) > n and lemma in _TOLD_PASSIVE and not word.endswith("ing") \
                    and _PASSIVE_BE.search(text, max(ss, vs - 30), vs) is not None:
                # "Sanders was asked whether …", "The waiter was told that he need not stay": the subject is who
                # was asked or told; who asked or told them is the agent after "by", or not said
                who = _by_agent(text, ve, se)
                for i in range(n, len(cands)):
                    c = cands[i]
                    cands[i] = (c[0], c[1], c[2], c[3], who, c[5], c[6])
            if len(cands) > n and (lemma in _RAISING or lemma in _RAISING_PASSIVE
                                   and _HEDGE_BE.search(text, max(ss, vs - 30), vs) is not None):
                # "The closures appear to have brought …", "A ruling is expected in May": nobody is quoted;
                # the writer's hedge, with the subject and the predicate as two parts of its content
                c = cands[-1]
                if lemma == "appear" and _APPEAR_AT.match(text, c[0]) is not None:
                    cands.pop()  # "appeared on MSNBC", "appears with Clinton": on stage, not a hedge
                else:
                    cands[-1] = (c[0], c[1], c[2], verb, None, c[5], lemma)
                    cands.append((_np_start(ctx, ss, mention.start), mention.end, "subj", verb, None, 0.5, lemma))
            continue
        n_before = len(cands)
        # no subject before: "…, said X." (inverted tag)
        pre = _rstrip_end(text, ss, vs)
        if pre - ss > 15 and text[pre - 1] == "," and "a" in frames and not word.endswith("ing"):
            se = ctx.sentence_end(vs)
            sm = _subject_after(ctx, ve, se)
            if sm is not None:
                mention2, me = sm
                rest = text[me:se].lstrip()
                if not rest or rest[0] in ".!?,":
                    cs, ce = _trim(text, ss, pre - 1)
                    if ce > cs and ctx.first_blocked(cs, ce) is None:
                        cands.append((cs, ce, "tag", verb, mention2, 0.65, lemma))
                        cuts.append(pre - 1)
                    continue
                # "…, saying Clinton would …": no inverted tag, the verb's own clause follows
        # a verb sharing an earlier subject: "X announced …, vowing to …" / "… and said that …"
        co_at = max(ss, vs - 24)
        gap = text[co_at:vs]  # each _COORD match holds a comma, "and" or "but"
        co = _COORD.search(text, co_at, vs) if "," in gap or "and" in gap or "but" in gap else None
        shared = False  # the subject of an earlier report in the sentence ("X acknowledged … and seemed to …")
        if co is not None:
            se = ctx.sentence_end(vs)
            owner = _owner_before(ctx, ss, vs, cands)
            shared = owner is not None
            if owner is not None:
                cuts.append(co.start() + 2 if text[co.start() + 1] in "”\"’'" else co.start())
                _complement(ctx, ss, se, vs, ve, verb, owner, frames, lemma, cands, cuts, vs)
            elif word.endswith("ing") or "and" in co.group(0) or "but" in co.group(0):
                # "“…,” the member said, adding that …": the tag's speaker; "Sanders went further, endorsing
                # …" / "He paused and recalled …": the sentence's subject
                owner = (_tag_before(ctx, co.start()) if word.endswith("ing") else None) \
                    or _sentence_subject(ctx, ss, co.start())
                if owner is not None:
                    _complement(ctx, ss, se, vs, ve, verb, owner, frames, lemma, cands, cuts, vs)
        probe: list[_Cand] = []  # the content where the sentence's subject speaks (its speaker a stand-in)
        if len(cands) == n_before and lemmas is None and _ASKED_SUB.search(text, max(ss, vs - 20), vs) is None:
            se = ctx.sentence_end(vs)
            # (without a bare clause, _complement finds content only with a noun-phrase frame, a verb of telling,
            # "that" within its 90 characters, or "to" with an infinitive frame)
            if ("n" in frames or lemma in _TELL or text.find("that", ve, min(se, ve + 90)) >= 0
                    or "t" in frames and text.find("to ", ve, se + 3) >= 0):
                _complement(ctx, ss, se, vs, ve, verb, Mention(vs, vs, "", "name"), frames, lemma, probe, cuts, vs,
                            bare_ok=False, noun_ok=True)
        if probe:
            # "The harbour master of the port of Dover pledged to …", "Activists at the march then urged …": no
            # subject right before the verb, no tag, no coordination found; the sentence's subject
            # speaks (news only; not a first person or "it", whose clause is the writer's own; not "when asked
            # whether …", a question put to the subject: _asked). (The subject is looked for only where the
            # verb's clause holds content: the speaker makes no other difference to _complement here; a noun
            # phrase not allowed, or a subject's start before the verb, can only cut the content or drop it.)
            owner = _sentence_subject(ctx, ss, vs)
            if owner is not None and owner.text.lower().split(" ")[0] not in _NOT_OWNER:
                # a noun-phrase object too where the subject stands near (three words at most, no comma between):
                # "Ines Lamb staged a sit-in demanding the reopening of the pier"
                gap = text[owner.end:vs]
                near = "," not in gap and len(gap.split()) <= 3
                if near:
                    cands.extend((c[0], c[1], c[2], c[3], owner, c[5], c[6]) for c in probe)
                else:
                    _complement(ctx, ss, ctx.sentence_end(vs), vs, ve, verb, owner, frames, lemma, cands, cuts, vs,
                                bare_ok=False)
            elif owner is None and any(text.startswith(("that ", "whether ", "to "), c[0]) for c in probe):
                # "Footage from the game shows that …", "The suit, filed in May, claims that …": a noun phrase that
                # opens the sentence and runs up to the verb is its subject, where a clause ("that", "whether")
                # or an infinitive follows
                rs, _ = _raised_subject(ctx, ss, vs, "")
                if rs is not None:
                    n1 = len(cands)
                    _complement(ctx, ss, ctx.sentence_end(vs), vs, ve, verb, rs, frames, lemma, cands, cuts, ss,
                                bare_ok=False)
                    kept = [c for c in cands[n1:] if text.startswith(("that ", "whether ", "to "), c[0])]
                    del cands[n1:]
                    cands.extend(kept)
        if len(cands) > n_before and not shared and (lemma in _RAISING or lemma in _RAISING_PASSIVE
                                      and _HEDGE_BE.search(text, max(ss, vs - 30), vs) is not None):
            # "He sounded subdued and seemed to …", "She is moving but is expected to …": the writer's hedge for
            # a subject shared with an earlier verb (no report of its own before); nobody is quoted
            for i in range(n_before, len(cands)):
                c = cands[i]
                cands[i] = (c[0], c[1], c[2], c[3], None, c[5], c[6])
    _leads(ctx, cands)
    _no_speaker_inside_quotes(ctx, cands)
    _asked(ctx, cands)
    _in_source(ctx, cands, cuts)
    _in_poll_after(ctx, cands)
    if lemmas is None:
        _reportedly(ctx, cands)
        _topics(ctx, cands)
    return _finish(ctx, cands, cuts)


def _opening_before_tag(ctx: _Ctx, vs: int, ve: int, cands: list[_Cand]) -> None:
    """``OPENING, X said, “QUOTE”``: a direct quotation's tag set inside its sentence; the opening before it
    ("Instead, she said, “…”", "As for the budget, he said, “…”") is the speaker's too, reported in the
    writer's words (news only)."""
    text = ctx.text
    ss, se = ctx.sentence(vs)
    word = text[vs:ve]
    lemma = ctx.lex.form_lemma.get(word) or ctx.lex.form_lemma.get(word.lower())
    if lemma is None:
        return
    te = _tag_end(text, ve, se, lemma)
    if not text.startswith(",", te) or not _next_is_quote(ctx, te + 1, se):
        return
    mention, neg, subj_start = _subject_before(ctx, ss, vs)
    if mention is None or neg or mention.refers is not None or subj_start <= ss or "," in text[mention.end:vs]:
        return  # (not "Howard Dean, a former party chairman, mocked Trump, saying, “…”": an appositive)
    pre = _rstrip_end(text, ss, subj_start)
    if pre <= ss or text[pre - 1] != ",":
        return
    cs, ce = _trim(text, ss, pre - 1)
    if ce - cs < 3 or ctx.first_blocked(cs, ce) is not None or text[cs] in "“\"‘'":
        return
    w = _FIRST_WORD.match(text, cs, ce)
    if w is None or w.group(0).lower() in _FRONTED_PREP or _TIME_LATER.match(text, cs, ce) is not None:
        return  # "In an interview, she said, “…”", "Later, he wrote, “…”": the writer's setting, no content
    cands.append((cs, ce, "tag", (vs, ve, word, lemma), mention, 0.6, lemma))


def _reportedly(ctx: _Ctx, cands: list[_Cand]) -> None:
    """"The club is reportedly spending [$1.5 million on ads]": the predicate after "reportedly" is what reports
    said, from its next word to its clause's first comma; whoever reported it is not named (news only; not
    inside other reported speech)."""
    text = ctx.text
    covered = overlaps_any([(c[0], c[1]) for c in cands])
    found: list[_Cand] = []
    for ws in _word_starts(text, "reportedly"):
        we = ws + 10
        if text[we:we + 1] != " " or not text[we + 1:we + 2].islower() or ctx.in_blocked(ws):
            continue
        cs = we + 1
        ss, se = ctx.sentence(ws)
        if cs >= se:
            continue
        ce = _end_content(ctx, cs, se)
        c = text.find(", ", cs, ce)
        if c > cs + 2:
            ce = c
        if ce - cs < 5:
            continue
        if covered(cs, ce):
            continue  # other reported speech covers it
        found.append((cs, ce, "n", (ws, we, text[ws:we], "reportedly"), None, 0.45, "reportedly"))
    cands.extend(found)


# the possessor before a word of a topic frame ("her criticism of", "Ms. Lamb’s harsh criticism of"); searched in
# a window of 40 characters (the name's letters backtrack at most that far); the adjective between them is
# optional, tried first (matched right to left, the possessive word itself may look like one: "their faith in")
_POSSESSOR = regex.compile(
    r"(?r)(?<![\p{L}])(?:(?P<pron>[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)|(?P<name>\p{Lu}[\p{L}.\-]*)(?:’s|'s|’|'))"
    r"\s++(?:(?<![\p{L}])\p{Ll}[\p{L}\-]*\s++)?$")
# the first words of a vague object, which reports nothing ("talks about so many things")
_VAGUE = frozenset({"it", "so", "something", "anything", "nothing", "things"})
_TOPIC_STOP = regex.compile(r"[,;:!?()“”\"\n]|\s[–—]\s|\s--\s")


def _topics(ctx: _Ctx, cands: list[_Cand]) -> None:
    """"his criticism of the plan", "Ms. Roe spoke about the budget", "is critical of the board": a word of
    speech or attitude and its preposition (``topic_frames.tsv``) report the noun phrase after it, up to its
    clause's first comma; the speaker is the possessor before the word, the subject before it, or the
    sentence's subject. Not where other reported speech already covers it (news only)."""
    rx = ctx.lex.topic_re
    text = ctx.text
    if rx is None:
        return
    covered = overlaps_any([(c[0], c[1]) for c in cands])
    found: list[_Cand] = []
    for m in confirmed(ctx.lex.topic_scan, rx, text, []):
        ws = m.start()
        if ctx.in_blocked(ws):
            continue
        cs = m.end()
        while cs < len(text) and text[cs] in " \t\n":
            cs += 1
        ss, se = ctx.sentence(ws)
        if cs >= se or ctx.in_blocked(cs):
            continue
        ce = _end_content(ctx, cs, se)
        stop = _TOPIC_STOP.search(text, cs, ce)
        if stop is not None:
            ce = stop.start()
        cs, ce = _trim(text, cs, ce)
        if ce - cs < 3:
            continue
        if covered(cs, ce):
            continue  # other reported speech covers it
        fw = _FIRST_WORD.match(text, cs, ce)
        if fw is not None and fw.group(0).lower() in _VAGUE:
            continue  # "talks about so many things", "spoke about it": no topic told
        if fw is not None and fw.end() == ce and fw.group(0).islower():
            continue  # "requests for comment", "asked for information": a bare common noun tells no topic
        we = text.find(" ", ws, cs)
        word = text[ws:we]
        who: Optional[Mention] = None
        g = _GOVERNOR.search(text, max(ss, ws - 30), ws)
        if g is not None and g.group(1) == "to":
            g = _GOVERNOR.search(text, max(ss, g.start(1) - 30), g.start(1))
            if g is not None and g.group(1) in _UNREALISED:
                continue  # "declined to comment on", "refused to talk about": nothing said
        pm = _POSSESSOR.search(text, max(ss, ws - 40), ws)
        if pm is not None:
            kind = "pron" if pm.group("pron") is not None else "name"
            a, b = pm.span(kind)
            # ("He’s also critical of": a pronoun and its verb, the subject)
            who = Mention(a, b, text[a:b], "pronoun" if kind == "pron" or text[a:b].lower() in _PRON else "name")
        else:
            mention, neg, _ = _subject_before(ctx, ss, ws)
            if neg:
                continue  # "did not comment on"
            who = mention
            if who is None:
                # "who raised specific concerns about", "It makes no mention of", "made an impassioned call for":
                # the word before is no verb with a subject; a verb two to four words back (no comma between) is
                # one, its subject the speaker
                q = ws
                for i in range(4):
                    e = q
                    while e > ss and text[e - 1] == " ":
                        e -= 1
                    if e == q or e <= ss or not text[e - 1].isalpha():
                        break
                    q = text.rfind(" ", ss, e) + 1
                    if q <= ss:
                        break
                    if i > 0 and text[q:e] not in _DET:
                        vm, vneg, _ = _subject_before(ctx, ss, q)
                        if vneg:
                            break
                        if vm is not None:
                            who = vm
                            break
            if who is None:
                owner = _sentence_subject(ctx, ss, ws)
                if owner is not None and owner.text.lower().split(" ")[0] not in _NOT_OWNER:
                    who = owner
        found.append((cs, ce, "n", (ws, we, word, word.lower()), who, 0.45, word.lower()))
    cands.extend(found)


# the verb an infinitive hangs on ("tried to", "is ready to"), right before "to"
_GOVERNOR = regex.compile(r"(?r)(?<![\p{L}])(\p{Ll}++)\s++$")
# words before an infinitive of speech that say it did not happen, or make it a noun's ("nothing to say that …")
_UNREALISED = frozenset({"decline", "declined", "declines", "declining", "refuse", "refused", "refuses", "refusing",
                         "fail", "failed", "fails", "failing", "nothing", "something", "anything", "much", "little",
                         "more", "less"})


def _infinitive(ctx: _Ctx, ss: int, vs: int, ve: int, verb: tuple[int, int, str, str], frames: str, lemma: str,
                cands: list[_Cand], cuts: list[int]) -> None:
    """"He is trying to tell the country that …", "ready to defend the plan", "won votes by saying he …": a
    reporting verb in the infinitive (or a gerund after "by") reports what its own frames take; whoever is to
    speak is the last speaker in the sentence or its subject."""
    text = ctx.text
    se = ctx.sentence_end(vs)
    to = max(ss, text.rfind(" ", ss, vs - 1) + 1)  # "to" or "by"
    # (a bare clause after an infinitive is mostly none, "to find a way out"; after "by saying" it is one)
    found: list[_Cand] = []  # its content, found first with a stand-in speaker (see below)
    _complement(ctx, ss, se, vs, ve, verb, Mention(vs, vs, "", "name"), frames, lemma, found, cuts, vs,
                bare_ok=text[to] == "b", noun_ok=True)
    if not found:
        return
    g = _GOVERNOR.search(text, max(ss, to - 30), to)
    if g is not None:
        if g.group(1).lower() in _UNREALISED:
            return  # "declined to say", "refused to discuss": nothing said
        _, neg, _ = _subject_before(ctx, ss, g.start(1))
        if neg:
            return  # "did not want to say"
    owner = _owner_before(ctx, ss, vs, cands) or _sentence_subject(ctx, ss, to)
    if owner is None:
        return
    if owner.text in ("who", "which") and owner.refers is not None:
        # (the only speaker that makes another difference to _complement: a relative pronoun's clause ends
        # at its first comma)
        _complement(ctx, ss, se, vs, ve, verb, owner, frames, lemma, cands, cuts, vs, bare_ok=text[to] == "b",
                    noun_ok=True)
    else:
        cands.extend((c[0], c[1], c[2], c[3], owner, c[5], c[6]) for c in found)


# a line break inside a paragraph, unless a speaker's label opens the next line
_WRAP_BREAK = regex.compile(r"\n(?![ \t\r]*+" + _LEAD_LABEL.pattern + ")")


def _no_speaker_inside_quotes(ctx: _Ctx, cands: list[_Cand]) -> None:
    """A report outside the quotations is nobody's inside one ("“We regret it,” said Anna Berg, a spokeswoman,
    adding that …" is not said by "We"): its speaker is then the tag's before its verb's comma, or none."""
    if not ctx.blocked:
        return
    text = ctx.text
    for i, c in enumerate(cands):
        m = c[4]
        if m is None or not ctx.in_blocked(m.start) or ctx.in_blocked(c[0]):
            continue
        owner = None
        if c[3] is not None:
            k = _rstrip_end(text, 0, c[3][0])
            if k > 0 and text[k - 1] == ",":
                owner = _tag_before(ctx, k - 1)
        cands[i] = (c[0], c[1], c[2], c[3], owner, c[5], c[6])


def _lead_at(ctx: _Ctx, ls: int, pe: int) -> Optional[regex.Match[str]]:
    """The speaker's label ("FALLIN: ") that opens the line at ``ls``, if one does."""
    text = ctx.text
    if not (text[ls].isupper() or text[ls] in "*_") or text.find(":", ls, min(pe, ls + 80)) < 0:
        return None  # (a _LEAD_LABEL match holds a colon)
    m = _LEAD_LABEL.match(text, ls, min(pe, ls + 80))
    if m is None:
        return None
    ns = m.start("name")
    first = text[ns:m.end("name")].split(None, 1)[0].rstrip(".’'").lower()
    lex = ctx.pat.lex
    if first in lex.non_speaker_labels or first in lex.non_names or ctx.in_blocked(m.end()):
        return None
    if m.end("name") - ns == len(first) and first.endswith(("ing", "ed")):
        return None  # "Breaking:", "Contributing:", "Revealed:": a heading's label, not a speaker
    return m


def _leads(ctx: _Ctx, cands: list[_Cand]) -> None:
    text = ctx.text
    for ps, pe in ctx.doc.paragraphs:
        if pe - ps < 12:
            continue
        m = _lead_at(ctx, ps, pe)
        if m is None:
            continue
        labels = [m]
        nl = text.find("\n", m.end(), pe)
        while nl >= 0:
            # a transcript or a script set as one block: a line of the paragraph that opens with a label of its
            # own is the next speaker's turn, and the turn before ends there
            ls = nl + 1
            while ls < pe and text[ls] in " \t\r":
                ls += 1
            m2 = _lead_at(ctx, ls, pe) if ls < pe else None
            if m2 is not None:
                labels.append(m2)
            nl = text.find("\n", ls, pe)
        for k, m in enumerate(labels):
            cs = m.end()
            ce = _end_content(ctx, cs, _rstrip_end(text, cs, labels[k + 1].start()) if k + 1 < len(labels) else pe)
            if ce - cs < 8:
                continue
            ns, ne = m.span("name")
            cands.append((cs, ce, "lead", None, Mention(ns, ne, text[ns:ne], "name"), 0.5, ""))


_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}.'’\-&]*+")
_SUBJ_SKIP = frozenset({"of", "and", "de", "van", "von", "al", "bin", "for", "the"})


def _sentence_subject(ctx: _Ctx, ss: int, limit: int) -> Optional[Mention]:
    """The subject at the start of a sentence (after one short fronted phrase such as "On Tuesday,"):
    the words before its first lowercase word that can be a verb."""
    text = ctx.text
    cap = text[ss:ss + 1].isupper()
    if not ctx.narrative:
        o = _OPENING_CONJ.match(text, ss, limit)  # "But on Tuesday, he …"
        if o is not None:
            ss = o.end()
    start = ss
    if not ctx.narrative:
        tl = _TIME_LATER.match(text, ss, limit)  # "A few minutes later(,) she …"
        if tl is not None:
            return _subject_from(ctx, tl.end(), limit)
    c = text.find(",", ss, min(limit, ss + (40 if ctx.narrative else 80)))
    if (c < 0 and cap and not ctx.narrative and text[ss:limit].split(" ", 1)[0].lower() in _FRONTED_PREP
            and text.find(",", ss, limit) < 0):
        return None  # "In TV interviews and tweets": the fronted phrase runs on; no subject before the limit
    if c >= 0 and cap:
        first = text[ss:c].split(" ", 1)[0].lower()
        if (not ctx.narrative and first.endswith(("ing", "ly")) and " " in text[ss:c].strip()
                and first not in _FRONTED and first not in _GAP_OK_FIRST):
            # "Hastily blaming the storm, Ann Roe …", "Speaking on Monday, Ann Roe …": a participle or an adverb
            # opens a fronted phrase (news only)
            return _subject_from(ctx, c + 1, limit)
        if ctx.narrative:
            if first in _GAP_OK_FIRST or first in ("on", "in", "at", "still", "instead", "meanwhile", "now"):
                start = c + 1
        elif first in _GAP_OK_FIRST or first in _FRONTED or first in ("still", "instead", "meanwhile", "now"):
            # "At a rally in Ames, Iowa, on Sunday, Mrs. Clinton …": a longer fronted phrase; its subject after
            # one of its next commas (in news: a narrative's fronted clauses hold its characters' deeds)
            for _ in range(3):
                m = _subject_from(ctx, c + 1, limit)
                if m is not None:
                    return m
                c = text.find(",", c + 1, min(limit, ss + 120))
                if c < 0:
                    break
            return None
        if not ctx.narrative and start == ss and c > ss + 1:
            # "Sen. Ann Roe (D), a sponsor of the bill, reversed herself and …", "Roe, who chairs the panel, …":
            # a name and its appositive set off by commas; the name is the subject
            m = _mention_ending(ctx, ss, c)
            if m is not None and m.start == ss and m.kind == "name":
                c2 = text.find(",", c + 1, min(limit, c + 120))
                if c2 > 0:
                    w = _WORD.match(text, c2 + 2, limit) if text[c2 + 1:c2 + 2] == " " else None
                    if w is not None and w.group(0)[0].islower() and w.group(0) not in _DET:
                        return m
    return _subject_from(ctx, start, limit)


# a sentence's subject that speaks for no verb later in the sentence ("It will, perhaps, seem …"; "Let me hope
# …" opens with an imperative, no subject)
_NOT_OWNER = frozenset({"i", "it", "we", "you", "my", "our", "its", "i'm", "i’m", "it's", "it’s", "let"})

# a preposition (and an article) right before a noun phrase, which is then no subject (searched in a window of 16
# characters)
_PREP_BEFORE = regex.compile(r"(?<![\p{L}])(?:in|at|from|by|with|to|on|for|into|over|against|about|despite|among|"
                             r"during|toward|towards|near|across|through|under|via|outside|inside|around|within|"
                             r"between|behind|beyond)\s++(?:(?:a|an|the)\s++)?$")


def _opening_name(ctx: _Ctx, ss: int, limit: int) -> Optional[Mention]:
    """A name that opens the sentence before its first comma ("Ann Roe, speaking at a rally, …")."""
    c = ctx.text.find(",", ss, limit)
    if c <= ss:
        return None
    m = _mention_ending(ctx, ss, c)
    return m if m is not None and m.kind == "name" and not ctx.text[ss:m.start].strip() else None

# a verb of issuing in the past right before its object ("issued a statement saying …"), searched in a window of
# 24 characters
_OBJECT_VERB = regex.compile(r"(?<![\p{L}])(?:issued|released|published|sent(?:\s++out)?+|posted|put\s++out|emailed|e-mailed|"
                             r"planted|launched|wrote|filed|tweeted|circulated|distributed|signed|ran|aired|placed|"
                             r"unveiled|penned|delivered|gave|revised|drafted|submitted|started|introduced|"
                             r"has\s++issued|have\s++issued)\s++$")

# the first words of a phrase fronted before a sentence's subject
_FRONTED = frozenset({"on", "in", "at", "after", "before", "since", "during", "despite", "as", "when", "while",
                      "with", "for", "from", "like", "unlike", "following", "amid", "under", "throughout", "by",
                      "once", "although", "though", "if", "because"})


# the prepositions of _FRONTED (no clause of its own follows them, so no subject before a comma)
_FRONTED_PREP = frozenset({"on", "in", "at", "during", "despite", "with", "for", "from", "like", "unlike", "amid", "under",
                           "throughout", "by"})
# a time phrase that opens a sentence before its subject ("A few minutes later, …", "Two days ago she …")
_TIME_LATER = regex.compile(r"(?i)(?:(?:a\s++few|a|an|one|two|three|four|five|six|several|few|many|just|only|\d++)\s++)?"
                            r"(?:seconds|minutes|hours|days|weeks|months|years|moments|decades)\s++"
                            r"(?:later|earlier|ago|afterward|afterwards)(?![\p{L}])\s*+,?\s*+")

# a day after "on" ("Ann Roe on Thursday stepped up …")
_DAY = regex.compile(r"\s++(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![\p{L}])")
_OPENING_CONJ = regex.compile(r"\s*+(?:And|But|So|Yet|Still|Then|Now|Also|Instead|Meanwhile)\s++(?=\p{L})")


def _subject_from(ctx: _Ctx, start: int, limit: int) -> Optional[Mention]:
    """:func:`_sentence_subject` from ``start`` on (after a conjunction that opens the sentence: "But he …")."""
    text = ctx.text
    if not ctx.narrative:
        c = _OPENING_CONJ.match(text, start, limit)
        if c is not None:
            start = c.end()
    prev = ""
    n = 0
    for m in _WORD.finditer(text, start, limit):
        w = m.group(0)
        n += 1
        if n > 8:
            return None
        low = w.lower()
        if w[0].islower() and low not in _DET and low not in _SUBJ_SKIP and prev not in _DET and n > 1:
            if text[m.start() - 2:m.start() - 1].isalpha() and all(x[:1].isupper() for x in text[start:m.start()].split()):
                named = _named_after_post(text, m.start() - 1, limit, ctx.pat)
                if named is not None:
                    # "Democratic presidential candidate Bernie Sanders refused …": a capitalised modifier and a
                    # post before the name; the name is the subject
                    return named
                if _post_words([low], ctx.pat.lex):
                    # "The GOP nominee has …", "Democratic voters are …": the noun heads the subject
                    mention = _mention_ending(ctx, start, m.end())
                    if mention is not None and mention.start == start:
                        return mention
            if ((low.endswith("ly") and len(low) > 4 or low == "on" and _DAY.match(text, m.end()) is not None)
                    and text[m.start() - 2:m.start() - 1] not in ",;:"):
                # "Ann Roe sternly rebuked …", "Ann Roe on Thursday stepped up …": an adverb or a day after a
                # name ends the subject
                mention = _mention_ending(ctx, start, m.start())
                if mention is not None and mention.kind in ("name", "pronoun") and mention.start == start:
                    return mention
            if low.endswith("ly") or low in _NOT_SUBJ and low not in ("has", "had", "have", "was", "is", "will", "would", "also"):
                return None
            mention = _mention_ending(ctx, start, m.start())
            if mention is None or mention.kind == "nominal" and mention.start > start + 4:
                return None
            return mention
        prev = low
    return None


# the first word of an adjunct after a tag's verb ("…, he said after meeting the board on Thursday.")
_TAG_ADJUNCT = regex.compile(r"(?:after|before|when|while|during|following|as|at|in|on|to|from|with|about|of)\s")
# (an appositive after the tag's name may stand between: "“…,” said Anna Berg, a spokeswoman for the firm, adding")
# (a title's dot inside it: "a pollster who worked on Mr. Obama's campaign"; applied to a short gap only)
_TAG_GAP = regex.compile(r"(?:[ \t]*+,(?:[^,.!?;:“”\"\n]|(?<=\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr))\.){1,120}+)?+[^.!?;:“”\"\n]{0,30}+")


def _tag_before(ctx: _Ctx, pos: int) -> Optional[Mention]:
    """The speaker of a direct quotation's tag that ends shortly before ``pos`` ("“…,” he said Tuesday|,")."""
    i = bisect_right(ctx.tag_ends, pos) - 1
    if i < 0 or not _TAG_GAP.fullmatch(ctx.text, ctx.tag_ends[i], pos):
        return None
    return ctx.tag_who[i]


def _owner_before(ctx: _Ctx, ss: int, vs: int, cands: list[_Cand]) -> Optional[Mention]:
    for c in reversed(cands[-4:]):
        v = c[3]
        if v is not None and ss <= v[0] < vs and c[4] is not None:
            return c[4]
    return None


@functools.lru_cache(maxsize=8)
def _subject_after_re(name: str) -> regex.Pattern[str]:
    # "said he", "said former governor Ed Rendell", "said the bureau's director", "say some Democrats"; then
    # a time or place ("said Smith on Monday"), and the end of the tag (a comma or the sentence's end)
    return compile_cached(
        r"\s++(?:(?P<pron>he|she|they)(?![\p{L}])"
        r"|(?:(?:the|[\p{N}/\-]++|(?!(?:of|to|in|on|at|for|with|from|by|about|as|that|this|he|she|they|it|we|you|"
        r"would|will|is|was|has|had|and|but|or|not|who|which)\s)[\p{Ll}\-]++)\s++){0,3}?(?P<name>" + name + r")"
        r"|(?P<nom>(?:the|a|an|one|another|some|many|several|most|other|few|both|all|his|her|their|its|our|two|"
        r"three|four|five|\p{N}++)\s++(?:[\p{L}\-’'.]++\s++){0,4}?[\p{L}\-’']++))"
        + _DATE_TAG.pattern + r"(?=\s*+(?:[.!?,]|$))")


def _subject_after(ctx: _Ctx, ve: int, se: int) -> Optional[tuple[Mention, int]]:
    m = _subject_after_re(ctx.pat.name).match(ctx.text, ve, se)
    if m is None:
        return None
    for g, kind in (("pron", "pronoun"), ("name", "name"), ("nom", "nominal")):
        if m.group(g) is not None:
            s, e = m.span(g)
            t = ctx.text[s:e]
            if kind == "nominal":
                # a noun phrase, not a clause: "said several observers", not "said the family deserved better"
                words = t.split()
                head = words[-1].lower().rstrip(".")
                if (any(w.endswith("ed") or w.lower() in _NOT_SUBJ for w in words[1:])
                        or not (words[-1][0].isupper() or head in ctx.pat.lex.nominals or head.endswith(_NOUN_SUFFIXES))):
                    return None
            if kind == "name" and t.endswith("."):
                e -= 1
            # a nominal or name tag may run on: ", said John Smith, a spokesman for X."
            return Mention(s, e, ctx.text[s:e], kind), m.end()
    return None


def _complement(ctx: _Ctx, ss: int, se: int, vs: int, ve: int, verb: tuple[int, int, str, str],
                mention: Optional[Mention], frames: str, lemma: str, cands: list[_Cand], cuts: list[int],
                subj_start: int, bare_ok: bool = True, noun_ok: bool = False) -> None:
    text = ctx.text
    if mention is None:
        return
    pos = ve
    nxt = text[pos:pos + 3]
    if not nxt or nxt[0] in ":.!?;" or text[pos:pos + 2] in (", ", ",\n") and _next_is_quote(ctx, pos + 1, se):
        return  # introduces a direct quotation or ends the sentence
    frame = ""
    bare = False  # a clause without "that" or a wh-word after the verb
    lim = min(se, pos + 90)
    g = _THAT_GAP.match(text, pos, lim) if text.find("that", pos, lim) >= 0 else None  # (it ends in "that")
    if g is None and "C" in frames and "c" not in frames and "t" not in frames and "n" not in frames:
        return
    if g is None or not ("c" in frames or "C" in frames):
        rest = text[pos:pos + 2]
        if not rest or rest[0] in ",:.;!?" or _next_is_quote(ctx, pos, se):
            return  # "said: “…”", "said, citing …", "said."
    if g is not None and ("c" in frames or "C" in frames):
        gap = text[pos:g.end() - 4].strip(" ,")
        first = gap.split(" ", 1)[0].lower() if gap else ""
        if not gap or first in _GAP_OK_FIRST or lemma in _TELL:
            pos = g.end() - 4  # PolNeAR keeps the complementizer: "said [that the ...]"
            frame = "c"
    if not frame:
        mm = _LEAD_SKIP.match(text, pos, se)
        p2 = mm.end() if mm is not None else pos
        if (text.startswith("for ", p2) or text.startswith("on ", p2) and lemma == "call") and lemma in _FOR_VERBS:
            p2 += text.index(" ", p2) - p2 + 1  # "called for a ban", "called on Congress to act": the particle is the verb's
        if text.startswith("to ", p2) and "t" in frames and (lemma not in _TELL or _INFINITIVE.match(text, p2)):
            # ("talked to reporters about …", "responded to the charge": the phrase is the content; but "was
            # invited to Kellynch Hall": a verb of telling's "to" opens an infinitive or is no report)
            pos = p2
            frame = "t"
        else:
            if lemma in _TELL:
                wh = _WH.match(text, p2, se)
                obj = -1
                if wh is None:
                    om = _OBJ.match(text, p2, se)
                    if om is None or om.end() == p2:
                        return
                    obj = p2
                    p2 = om.end()
                    while p2 < se and text[p2] in " \t\n":
                        p2 += 1
                    wh = _WH.match(text, p2, se)
                if wh is not None:  # "asked (them) whether …"
                    p2 = wh.start(1)
                    frame = "c"
                elif "t" in frames and _INFINITIVE.match(text, p2) is not None:
                    frame = "t"
                    if obj >= 0 and text[obj:p2].strip() not in _TIME_WORDS:
                        p2 = obj  # "urged Congress to act": the hearer is part of the content (PolNeAR)
                elif text.startswith(("to ", "to\n"), p2) and _INFINITIVE.match(text, p2) is None:
                    return  # "promised the book to the boy": a thing given, no report
            where = ctx.lex.setting_re.match(text, p2, se) if not frame and ctx.lex.setting_re is not None else None
            if where is not None:
                # "said in a statement it regretted …", "said in an interview with CNN on Monday the plan …": what
                # it was said in is the verb's; the clause follows, with "that" or without
                if "c" not in frames:
                    return
                p2 = where.end()
                while p2 < se and text[p2] in " \t\n":
                    p2 += 1
                day = _BARE_DAY.match(text, p2, se)
                p2 = day.end() if day is not None else p2
                th = _NAMED_THEN_THAT.match(text, p2, min(se, p2 + 100))
                if th is not None:
                    # "stating in an interview on Fox News’ On the Record with Greta Van Susteren that …": the
                    # rest of a programme's name, then "that"
                    p2 = th.end() - 4
                elif not bare_ok or _CLAUSE_START.match(text, p2, se) is None:
                    return
                else:
                    bare = True
                frame = "c"
            if not frame:
                if "c" in frames or "n" in frames:
                    # (where no bare clause may follow, "to discuss the plan" reads a noun phrase)
                    frame = "c" if "c" in frames and (bare_ok or "n" not in frames or not noun_ok
                                                      or _SUBJ_PRON.match(text, p2) is not None) else "n"
                    bare = frame == "c"
                    if bare and not bare_ok:
                        return
                    sp = _SPEECH_OBJ.match(text, p2, se)
                    if sp is not None and sp.group("head").lower() in _SPEECH_NOUNS:
                        return
            pos = p2
    if not frame or bare and not bare_ok:
        return
    cs, _ = _trim(text, pos, se)
    if cs >= se or ctx.in_blocked(cs) or text[cs] in "“\"‘'" and _next_is_quote(ctx, cs - 1, se):
        return
    ce = _end_content(ctx, cs, se)
    if (frame in ("n", "t") or _SUBORD.match(text, ss, subj_start + 1)
            or mention.text in ("who", "which") and mention.refers is not None and _COMMA_BEFORE.search(text, ss, mention.start)
            is not None
            or _AND_SUBORD.match(text, ss, subj_start + 1) is not None
            or subj_start - ss > 12 and _SUBORD_BEFORE.search(text, max(ss, subj_start - 20), subj_start) is not None):
        c = text.find(", ", cs, ce)
        if c > cs + 2 and frame in ("n", "t") and _LIST_ON.match(text, c, ce) is not None:
            c = -1  # "a range of issues, including …", "to stop A, B and C": a list runs on
        if c > cs + 2:
            ce = c
    if frame in ("n", "t"):
        # a noun phrase ends before a dash or a second verb ("endorsed her – they …", "opposed the deal and
        # outstripped …")
        b = _NP_BREAK.search(text, cs + 1, ce)
        if b is not None:
            ce = b.start()
    if ce - cs < 3:
        return
    if frame != "t" and ce - cs < 12 and " " not in text[cs:ce] and lemma not in _RAISING:
        return  # (a hedge's one word is its predicate: "appeared paralyzed")
    if bare:  # (bare_ok: checked above)
        w = _FIRST_WORD.match(text, cs, ce)
        day = _BARE_DAY.match(text, cs, ce) if w is not None else None
        if day is not None and day.end() < ce:
            # "said on Wednesday the service had …", "said Tuesday it would veto …": the day is the verb's, the
            # clause follows (not another adjunct: "said Sunday in Ohio as the crowd cheered")
            cs = day.end()
            nw = _FIRST_WORD.match(text, cs, ce)
            if nw is not None and nw.group(0) in _BARE_NOT_FIRST and _AT_LEAST.match(text, cs, ce) is None:
                return
        elif w is not None and w.group(0) in _BARE_NOT_FIRST and ctx.first_blocked(cs, se) is None \
                and _AT_LEAST.match(text, cs, ce) is None:
            # "said on Twitter", "said Sunday in Ohio as the crowd cheered": an adjunct, no clause (but "said
            # at least 14 people had been killed": a number's "at least" opens the clause)
            return
        elif w is not None and w.group(0) in _BARE_SUBORD:
            c = text.find(", ", w.end(), ce)
            if c > 0:
                cs = c + 2  # "said when I announced I wasn't running, I'm not going to …": the clause after
    if frame == "n" and lemma not in _RAISING_PASSIVE:
        w = _FIRST_WORD.match(text, cs, ce)
        if w is not None and (w.group(0) in _NO_OBJECT_START or w.group(0) in _TIME_WORDS):
            return  # "a memo released Friday by the watchdog", "the messages released on Monday": no object
    if ctx.narrative and (bare or frame in ("n", "t")) and _TO_HEARER.match(text, cs, ce) is not None \
            and not ctx.has_fragment(cs, ce):  # (one with a quotation in it carries that: "to herself 'This is Bill'")
        return  # "said to herself, as she folded it up", "said to Jo": to whom, not what
    if ctx.narrative and (bare or frame == "n") and _MANNER.match(text, cs, ce) is not None:
        # "said with a laugh", "replied in a bland tone, “…”": how it was said, not what (in news, "agreed with
        # the analysis", "sided with the Democrats" is what PolNeAR counts)
        return
    conf = {"c": 0.65, "t": 0.55, "n": 0.5}[frame]
    cands.append((cs, ce, frame, verb, mention, conf, lemma))


# the hearer right after a verb of speech: "to herself", "to him", "to the girls", "to Jo"
_TO_HEARER = regex.compile(r"to[ \t\n]++(?:himself|herself|themselves|myself|yourself|ourselves|itself|him|her|them|me"
                           r"|us|you|his|their|my|your|our|the|a|an|\p{Lu})(?![\p{Ll}\p{M}])")
# a phrase of manner right after a verb of speech, before its quotation: "with a laugh", "in her sprightly way"
_MANNER = regex.compile(r"(?:with|in)[ \t\n]++(?:a|an|the|his|her|their|my|our|your|its|much|great|some)"
                        r"(?![\p{L}\p{M}])")


def _past_manner(text: str, start: int, end: int) -> int:
    """Where the content after a parenthetical tag starts, past a phrase of manner and its comma ("she said,
    with a smile, the plan was …"); ``end`` where the phrase is all there is ("she said, in a bland tone")."""
    if _MANNER.match(text, start, end) is None:
        return start
    c = text.find(",", start, end)
    if c < 0:
        return end
    p = c + 1
    while p < end and text[p] in " \t\n":
        p += 1
    return p


def _next_is_quote(ctx: _Ctx, pos: int, se: int) -> bool:
    p = pos
    while p < se and ctx.text[p] in " \t\n":
        p += 1
    return p < se and ctx.in_blocked(p)


# a dot that ends an abbreviation or an initial ("Mr.", "U.S.", "F.A.A."), not a sentence
_ABBR_DOT_BEFORE = (r"(?:(?<![\p{L}.’'])(?:Mr|Mrs|Ms|Dr|St|Sen|Sens|Rep|Reps|Gov|Gen|Lt|Col|Capt|Sgt|Prof|Rev|Jr|Sr|"
                    r"Inc|Co|Corp|Ltd|Pres)|(?<![\p{L}])\p{Lu})")
# the source after "according to": up to a comma, a sentence's end or a bracket; dots inside a word ("F.A.A",
# "Tchadinfos.com") or after an abbreviation ("Mr. Lee") are no end
_ACC_NP = regex.compile(
    rf"\s++(?P<np>(?:[^,.;:!?“”\"()\n]|\.(?=[\p{{L}}\p{{N}}])|(?<={_ABBR_DOT_BEFORE})\.){{1,160}}?)"
    rf"(?=\s*+(?:,|(?<!{_ABBR_DOT_BEFORE})\.(?:\s|$)|;|$|\)|—|–))")


def _according(ctx: _Ctx, ss: int, se: int, vs: int, ve: int, cands: list[_Cand], cuts: list[int]) -> None:
    text = ctx.text
    verb = (vs, ve, text[vs:ve], "according to")
    m = _ACC_NP.match(text, ve, se)
    if m is None:
        return
    ns, ne = m.span("np")
    np = text[ns:ne]
    toks = np.split()
    kind = "name"
    if toks and toks[0].lower() in _PRON:
        kind = "pronoun"
    elif toks and not _is_cap(toks[0]) or toks and toks[0] in ("The", "A", "An"):
        kind = "nominal"
    mention = Mention(ns, ne, np, kind)
    pre = text[ss:vs].rstrip()
    if pre.endswith(",") and text.startswith(",", ne) and 1 < len(pre) <= 40:
        # "Fundraising, according to the campaign, has surged …": the parts on both sides are content
        cs, ce = _trim(text, ss, ss + len(pre))
        c2s, c2e = _trim(text, ne + 1, se)
        c2e = _end_content(ctx, c2s, c2e)
        if (ce > cs and ctx.first_blocked(cs, ce) is None and c2e - c2s > 10 and not ctx.in_blocked(c2s)):
            cands.append((cs, ce, "acc", verb, mention, 0.65, "according to"))
            cands.append((c2s, c2e, "acc", verb, mention, 0.65, "according to"))
            cuts.append(ss + len(pre) - 1)
            return
    if len(pre) > 15:
        # "CLAUSE, according to X." / "CLAUSE according to X"
        cs, ce = _trim(text, ss, ss + len(pre))
        b = ctx.first_blocked(cs, ce)
        if b is not None:
            return
        cands.append((cs, ce, "acc", verb, mention, 0.7, "according to"))
        cuts.append(ss + len(pre) - (1 if pre.endswith(",") else 0))
        return
    # "According to X, CLAUSE."
    p = ne
    while p < se and text[p] in " ,\t":
        p += 1
    if p >= se:
        return
    cs = p
    if ctx.in_blocked(cs):
        return
    ce = _end_content(ctx, cs, se)
    if ce - cs > 10:
        cands.append((cs, ce, "acc", verb, mention, 0.7, "according to"))


# "Asked whether he would run, Smith said …", "When asked by a host if …": the question is reported; its asker
# is the agent after "by" (or no one named), and it runs to the comma before the answer
_ASKED_SUB = regex.compile(r"(?r)(?<![\p{L}])(?:[Ww]hen|[Ii]f|[Oo]nce|[Aa]fter\s++being)\s++$")
_ASKED_REST = regex.compile(r"(?:\s++(?P<skip>[^,.;:!?“”\"\n]{1,60}?))??\s++"
                            r"(?P<wh>(?:whether|if|why|how|what|who|whom|which|where|to)\s)")
_AGENT_TAIL = regex.compile(r"\s(?:on|in|at|during|after|before|last|this)\s")
_ASKED_COMMA = regex.compile(r",(?P<q>[”\"]?+)\s")
_ASKED_LEAD = regex.compile(r"(?:(?:And|But)\s++)?+")


def _word_starts(text: str, word: str, skip: int = 0) -> Iterator[int]:
    """Where ``word`` occurs in ``text`` with no letter right before (``skip`` characters before it are not
    looked at: for a word's tail, the caller checks its head), found with ``str.find``."""
    p = text.find(word, skip)
    while p >= 0:
        if p == skip or not text[p - 1 - skip].isalpha():
            yield p
        p = text.find(word, p + len(word))


def _asked(ctx: _Ctx, cands: list[_Cand]) -> None:
    text = ctx.text
    for vs in _word_starts(text, "sked ", 1):
        vs, ve = vs - 1, vs + 4
        if text[vs] not in "Aa":
            continue
        # cheap checks first ("he asked her" is common in fiction): a question word must follow soon, and a
        # lower-case "asked" needs "when", "if", … right before
        if _ASKED_REST.match(text, ve, min(len(text), ve + 80)) is None:
            continue
        sub = _ASKED_SUB.search(text, max(0, vs - 20), vs)
        if sub is None and text[vs] == "a" or ctx.in_blocked(vs):
            continue
        ss, se = ctx.sentence(vs)
        lead = _ASKED_LEAD.match(text, ss, vs)
        if sub is None and (lead is None or lead.end() != vs):
            continue  # a bare "asked" inside a sentence has a subject of its own
        r = _ASKED_REST.match(text, ve, se)
        if r is None:
            continue
        cs = r.start("wh")
        if ctx.in_blocked(cs):
            continue
        ce = _end_content(ctx, cs, se)
        c = _ASKED_COMMA.search(text, cs, ce)
        if c is not None:
            ce = c.end("q") if c.group("q") else c.start()  # a quoted fragment keeps its closing mark
        if ce - cs < 8:
            continue
        who = None
        if r.group("skip") is not None and r.group("skip").startswith("by "):
            a_s = r.start("skip") + 3
            t = _AGENT_TAIL.search(text, a_s, r.end("skip"))
            a_e = t.start() if t is not None else r.end("skip")
            who = Mention(a_s, a_e, text[a_s:a_e], "name" if text[a_s].isupper() else "nominal")
        cands.append((cs, ce, "c", (vs, ve, text[vs:ve], "ask"), who, 0.55, "ask"))


# "In a CNN poll released Monday, 40 percent said …", "In Trump's mind, the party …": a sentence that opens
# with a poll (or someone's view) and a comma reports the clause after it, the poll as its source
_IN_NOUN = re.compile(r"(?<![A-Za-z])(?:polls?|surveys?|average|mind|view|words|eyes|estimation|opinion)(?![A-Za-z])")
_IN_NP = regex.compile(
    r"In\s++(?!other\s)(?P<np>(?:[^,.;:!?“”\"()\n]|\.(?=\p{L}))"
    r"{0,80}?(?<![\p{L}])(?:polls?+|surveys?+|average|mind|view|words|eyes|estimation|opinion)(?![\p{L}])"
    r"[^,.;:!?“”\"()\n]{0,50}?),\s++")


def _in_source(ctx: _Ctx, cands: list[_Cand], cuts: list[int]) -> None:
    text = ctx.text
    for vs in _word_starts(text, "In "):
        # cheap checks first: a comma not far on, and a poll's (or a view's) noun before it
        c = text.find(",", vs, vs + 140)
        if c < 0 or _IN_NOUN.search(text, vs, c) is None:
            continue
        n = _IN_NP.match(text, vs, min(len(text), vs + 200))
        if n is None or ctx.in_blocked(vs) or ctx.sentence_start(vs) != vs:
            continue
        se = ctx.sentence_end(vs)
        cs = n.end()
        if cs >= se or ctx.in_blocked(cs):
            continue
        ce = _end_content(ctx, cs, se)
        if ce - cs <= 10:
            continue
        a_s, a_e = n.span("np")
        who = Mention(a_s, a_e, text[a_s:a_e], "name" if text[a_s].isupper() else "nominal")
        # a verb inside the phrase ("a poll released Monday") reports nothing of its own
        cands[:] = [c for c in cands if c[3] is None or not a_s <= c[3][0] < a_e]
        cands.append((cs, ce, "acc", (vs, vs + 2, "In", "in"), who, 0.6, "in"))


# "Trump leads Cruz by 9 points in the RealClearPolitics average.", "Cruz had 38 percent support in a Fox poll
# released Sunday.": a sentence that ends with a poll after "in" reports what comes before, the poll as source
_POLL_NOUN = re.compile(r"(?:polls?|surveys?|average)(?![A-Za-z])")
_IN_POLL_BACK = regex.compile(
    r"(?r)(?P<cut>,?+\s)in\s++(?P<np>(?:the|a|an|this|most|every|several|recent|\p{Lu}[\p{L}\p{N}.’'\-/&]*+)"
    r"[^,.;:!?“”\"()\n]{0,90}?)$")
_POLL_TAIL = regex.compile(r"[^,.;:!?“”\"()\n]{0,50}+[.!?]?+")


def _in_poll_after(ctx: _Ctx, cands: list[_Cand]) -> None:
    text = ctx.text
    last = -1
    hits = sorted(p for w in ("poll", "survey", "average") for p in _word_starts(text, w))  # (str.find: fast)
    for n in hits:
        m = _POLL_NOUN.match(text, n)
        if m is None or n <= last or ctx.in_blocked(n):
            continue
        ss, se = ctx.sentence(n)
        last = se
        b = _IN_POLL_BACK.search(text, max(ss, n - 100), n)
        if b is None:
            continue
        se_t = _rstrip_end(text, n, se)
        t = _POLL_TAIL.fullmatch(text, m.end(), se_t)
        if t is None:
            continue
        if not any(ch.isupper() for ch in b.group("np")):
            continue  # "rose in the polls": no poll named
        cs, ce = _trim(text, ss, b.start("cut"))
        if ce - cs <= 10 or ctx.first_blocked(cs, ce) is not None:
            continue
        a_s = b.start("np")
        a_e = se_t - 1 if text[se_t - 1] in ".!?" else se_t
        who = Mention(a_s, a_e, text[a_s:a_e], "nominal")
        cands.append((cs, ce, "acc", (b.start("np") - 3, b.start("np") - 1, "in", "in"), who, 0.55, "in"))


_AND_BEFORE = regex.compile(r"(?r)(?:[,;]\s*+)?(?:and|but)\s++$")
# the words that link a second report's clause to the content before it, read backwards from its subject (or,
# where it shares the subject, its verb): a comma or a dash, conjunctions, adverbs, auxiliaries
_CLAUSE_LINK = regex.compile(r"(?r)(?:[,;]\s*+|\s[–—]\s*+|\s--\s*+)?(?:(?<![\p{L}])(?:and|but|while|whereas|after|before|as|"
                             r"even|though|although|because|since|when|then|also|later|has|have|had|was|is|were|are|"
                             r"would|will|did|does|do)\s++)*+$")
# the links after which a second report starts a clause of its own (not "and" / "but", which _AND_BEFORE and
# _COORD see to; not "after", "as", "because", whose clause more often belongs to the content before)
_SPLIT_LINK = regex.compile(r",|(?<![\p{L}])(?:while|when|though|although|since|whereas)(?![\p{L}])")


# the quantifier before a number or a share that is a clause's subject ("more than 4 in 10", "about half")
_QUANT_LEAD = regex.compile(r"(?r)(?<![\p{L}])(?:(?:more|fewer|less)\s++than|about|nearly|almost|roughly|around|just|only|"
                            r"at\s++least|some)\s++$", regex.I)
_THAT_WORD = regex.compile(r"\s*+(?:that\s++)?+(?P<w>\p{L}*+)")


def _fronted_only(text: str, cs: int, cut: int) -> bool:
    """Whether the content ``text[cs:cut]`` is no clause of its own: nothing but "that", or a phrase fronted
    before a subject ("that in a race between them", "that although she has touted …")."""
    m = _THAT_WORD.match(text, cs, cut)
    return m is None or not m.group("w") or m.group("w").lower() in _FRONTED


# a story's narrator in the present tense, in the narration: "When the church came to itself, I say, I was
# seated …", "He, I say—I cannot say, I.", "I repeat, he was gone", "The curtains were drawn aside, I tell
# you, by a hand"
_NARRATOR_ASIDES = frozenset({"say", "repeat", "tell"})


def _finish(ctx: _Ctx, cands: list[_Cand], cuts: list[int]) -> list[Reported]:
    text = ctx.text
    splits: list[int] = []
    # "… were not complete, and human rights groups warned that …": a clause with a subject and a reporting
    # verb of its own, after "and" / "but", ends the content that runs into it
    for cs, _ce, frame, verb, mention, _conf, _lemma in cands:
        ms = -1
        if mention is not None and verb is not None and mention.start < verb[0]:
            ms = mention.start
            q = _QUANT_LEAD.search(text, max(0, ms - 20), ms) if not text[ms].isupper() else None
            if q is not None:
                ms = q.start()  # "… and more than 4 in 10 said …": the subject's quantifier opens its clause
            a = _AND_BEFORE.search(text, max(0, ms - 8), ms)
            if a is not None:
                cuts.append(a.start())
        if frame in ("c", "t", "n") and verb is not None and mention is not None and cs >= verb[1]:
            # "Clinton accuses Sanders of X while Sanders suggests Y", "… opposed the plan, saying Z": a second
            # report with its own complement ends the content before it where its clause starts (at its
            # subject where it has one right before the verb, else at the verb), after the link
            vs = verb[0]
            own = mention.start < vs and vs - mention.end <= 25 and "," not in text[mention.end:vs]
            p = ms if own else vs
            b = _CLAUSE_LINK.search(text, max(0, p - 40), p)
            if (b is not None and _SPLIT_LINK.search(text, b.start(), b.end()) is not None
                    and mention.text not in ("who", "which", "that")):
                splits.append(b.start())
    cuts.sort()
    splits.sort()
    out: list[Reported] = []
    seen: set[tuple[int, int]] = set()
    for cs, ce, frame, verb, mention, conf, _lemma in cands:
        if ctx.narrative and mention is not None and mention.text == "I" and verb is not None \
                and verb[2].lower() in _NARRATOR_ASIDES:
            continue  # "at last, I say, he began to think …": a narrator's aside in the telling, no one's words
        if frame in ("c", "t", "n", "acc", "tag2") and not (frame == "acc" and verb is not None and cs < verb[0]):
            i = bisect_right(cuts, cs)
            if i < len(cuts) and cuts[i] < ce:
                ce = cuts[i]
            if frame in ("c", "t", "n"):
                i = bisect_right(splits, cs)
                if i < len(splits) and splits[i] < ce and not _fronted_only(text, cs, splits[i]):
                    ce = splits[i]
        cs, ce = _trim(text, cs, ce)
        while ce > cs and text[ce - 1] in ".":
            ce -= 1
        if ce - cs < 3 or (cs, ce) in seen:
            continue
        if ctx.first_blocked(cs, ce) is not None:
            continue
        if _only_time(text, cs, ce, ctx.pat.lex):
            continue  # "a spokesman announced Monday morning", "the Times reported late Thursday": when, not what
        seen.add((cs, ce))
        kind = "mixed" if ctx.has_fragment(cs, ce) else "indirect"
        out.append(Reported(cs, ce, kind, verb, mention, conf, frame))
    out.sort(key=lambda r: (r.start, r.end))
    return out
