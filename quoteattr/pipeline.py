"""The :class:`Extractor`: tokenize → detect → frame → resolve → :class:`~quoteattr.types.Quote`.

An Extractor holds its options and its lexicon patterns (each compiled when a
document first needs it, then kept), so repeated calls rebuild nothing.
:func:`extract` keeps one Extractor per set of options.
"""

from __future__ import annotations

import contextlib
import functools
import gc
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Optional

import attrs
import regex

from quoteattr import detect as _detect
from quoteattr import frames as _frames
from quoteattr import genre as _genre
from quoteattr import speakers as _speakers
from quoteattr.document import Document
from quoteattr.frames import Frame, Item, Mention, Reported
from quoteattr.patterns import Patterns, patterns
from quoteattr.reported import find_reported
from quoteattr.tokenize import analyse, outside, overlaps_any
from quoteattr.types import (
    KINDS,
    MENTION_KINDS,
    Addressee,
    Quote,
    Span,
    _addressee_unchecked,
    _quote_unchecked,
    _span_unchecked,
    _speaker_unchecked,
    _verb_unchecked,
)


class Extractor:
    """Extract attributed quotations; reusable and thread-safe (it holds no per-document state).

    Options (all keyword-only):

    * ``language``: lexicon language (``"en"``).
    * ``kinds``: which kinds to return, any of ``"direct"``, ``"indirect"``, ``"mixed"``.
    * ``dialogue_dashes``: treat paragraphs opened by a dash as dialogue where a document writes so.
    * ``min_confidence``: drop quotes whose confidence is below this.
    """

    __slots__ = ("language", "kinds", "dialogue_dashes", "min_confidence", "_pat")

    def __init__(
        self,
        *,
        language: str = "en",
        kinds: Iterable[str] = KINDS,
        dialogue_dashes: bool = True,
        min_confidence: float = 0.0,
    ) -> None:
        if isinstance(kinds, str):
            kinds = (kinds,)
        kinds = tuple(kinds)
        bad = [k for k in kinds if k not in KINDS]
        if bad:
            raise ValueError(f"unknown kind(s) {bad!r}; choose from {KINDS!r}")
        if not isinstance(min_confidence, (int, float)) or not 0.0 <= float(min_confidence) <= 1.0:
            raise ValueError(f"min_confidence must be a number in [0, 1], got {min_confidence!r}")
        self.language = language
        self.kinds = kinds
        self.dialogue_dashes = bool(dialogue_dashes)
        self.min_confidence = float(min_confidence)
        self._pat: Patterns = patterns(language)

    def __repr__(self) -> str:
        return (f"Extractor(language={self.language!r}, kinds={self.kinds!r}, "
                f"dialogue_dashes={self.dialogue_dashes!r}, min_confidence={self.min_confidence!r})")

    def __call__(self, text: Any) -> list[Quote]:
        return self.extract(text)

    def document(self, text: Any) -> Document:
        """The internal document for ``text`` (a ``str``, or a ``stanza.Document``)."""
        if isinstance(text, str):
            return analyse(text, self._pat.lex.abbreviations)
        if isinstance(text, (bytes, bytearray)):
            raise TypeError("extract() takes str, not bytes: decode it first, e.g. data.decode('utf-8')")
        if type(text).__module__.startswith("stanza"):
            from quoteattr.stanza import to_document

            return to_document(text)
        raise TypeError(f"extract() takes a str (or a stanza.Document), not {type(text).__name__}")

    def extract(self, text: Any) -> list[Quote]:
        """Every quotation in ``text``, in document order."""
        with collector_paused(isinstance(text, str) and len(text) >= _PAUSE_CHARS):
            return self._extract(text)

    def _extract(self, text: Any) -> list[Quote]:
        if isinstance(text, str) and "\r" in text:
            # Windows line ends are read as plain line breaks (and a lone carriage return as one), and every
            # offset is then mapped back to the caller's own text
            lf = text.replace("\r\n", "\n")
            crs = [m.start() - i for i, m in enumerate(_CRLF.finditer(text))]  # where each dropped \r stood in lf
            quotes = self.extract_document(self.document(lf.replace("\r", "\n")))
            return [_in_text(q, text, crs) for q in quotes]
        doc = self.document(text)
        if not doc.text:
            return []
        return self.extract_document(doc)

    def extract_document(self, doc: Document) -> list[Quote]:
        pat = self._pat
        raws = _detect.detect(doc, dialogue_dashes=self.dialogue_dashes, dashes=pat.lex.dialogue_dashes)
        items = [Item(r.start, r.end, r.open_mark, r.close_mark, r.group, r.paragraph, r.confidence, r.dash)
                 for r in raws]
        items = _frame_all(doc, items, pat)
        reported: list[Reported] = []
        reports = "indirect" in self.kinds or "mixed" in self.kinds
        verdict: Optional[bool] = None  # whether the text reads as a story (genre.judge; None: too short to tell)
        if reports:
            parsed: Optional[list[Reported]] = None
            if doc.tokens and any(t.deprel for t in doc.tokens):  # a parsed document: frames from the parse
                items, parsed = _parsed(doc, items, pat)
            verdict = _genre.judge(doc.text, _marked_spans(items), _literary_tags(items, pat), pat.lex.news_words)
            if parsed is not None:
                # the rules' reported speech first (more precise), then what the parse adds where they found
                # nothing (quoteattr.stanza.merge_reported)
                from quoteattr.stanza import merge_reported

                reported = merge_reported(find_reported(doc, items, pat), parsed)
            else:
                # a narrative reports with its verbs of speech only (_speech_only): the others need no look
                reported = find_reported(doc, items, pat, _speech_lemmas(pat) if verdict is True else None)
            if "mixed" in self.kinds:
                reported = _that_mixed(doc, items, reported, pat)
            if reported and verdict is True:
                reported = _speech_only(reported, pat, doc.text, _genre.digit_rate(doc.text) < _FICTION_DIGITS)
        if "mixed" in self.kinds and verdict is not True:
            # (not in a story: 'Everybody said "Oh" in horrified delight' tells how it was said)
            items, reported = _continued(doc, items, reported, pat)
        narrative = verdict is True
        # a report, where quotation paragraphs with no tag go on from the last speaker rather than alternate:
        # judged not narrative, and with figures in it (a novel judged so has next to none); a text too short
        # to judge, with as many figures as news has
        rate = _genre.digit_rate(doc.text) if verdict is not True else 0.0
        report = rate >= (_genre.REPORT_DIGITS if verdict is False else _genre.MAX_DIGITS)
        # (in a story, a name in quotation marks that no one speaks is no one either: “York Tan” gloves; news
        # quotes a few words of someone's about a person it names: called Mr. Trump “a loser”)
        headings = _speakers.headings(doc, pat.lex.heading_labels) if narrative and (items or reported) else None
        # a story's headings quote no one ('Chapter XV. “HOOK OR ME THIS TIME”' is a chapter's title, "[Illustration:
        # ‘Lady Catherine,’ said she, …]" a picture's caption); nor, whatever the genre, does a Project Gutenberg
        # file's header and licence ("AS-IS"), which the headings hold too
        silent = headings if headings is not None else _speakers.boilerplate(doc.text)
        if silent:
            in_silent = overlaps_any(silent)
            items = [it for it in items if not in_silent(it.start, it.end)]
            reported = [r for r in reported if not in_silent(r.start, r.end)]
        quoted = [(it.start, it.end) for it in items if narrative or not it.fragment]
        items = [it for it in items if not it.fragment]
        ents = _speakers.Entities(doc, pat, quoted, narrative, headings) if items or reported else None
        speakers = _attribute(doc, items, ents, pat, reported, narrative, report) if ents is not None else {}
        chosen: list[tuple[Item, Optional[_speakers.Resolved]]] = []
        for it in items:
            if it.kind in self.kinds:
                chosen.append((it, speakers.get(it.group)))
        group = max((it.group for it in items), default=0)
        plural: Optional[_speakers.Resolved] = None  # the last group that spoke, for "they"
        # a pronoun that tags a quotation and is the subject of reported speech too ('“…,” she said, accusing
        # the government of …'): one person, as the quotation's attribution found
        tagged = {(sp.mention.start, sp.mention.end): sp for sp in speakers.values()
                  if sp.mention is not None and sp.mention.kind == "pronoun"}
        for r in reported:
            if r.kind not in self.kinds or ents is None:
                continue
            group += 1
            res = tagged.get((r.mention.start, r.mention.end)) if r.mention is not None else None
            if res is None:
                res = _speakers.resolve(r.mention, r.start, ents, plural) \
                    if r.mention is not None and not _expletive(doc.text, r) else None
            if res is not None and res.name == _speakers.NARRATOR and ents.narrator_votes is not None:
                res = _narrator_named(res, r.start, ents.narrator_votes)
            if res is not None and res.mention is not None and _speakers.is_plural(res.mention, ents):
                plural = res
            chosen.append((Item(r.start, r.end, None, None, group, doc.paragraph_of(r.start), r.confidence,
                                frame=Frame(r.verb, r.mention, "reported", r.end), kind=r.kind), res))
        if self.min_confidence > 0:
            chosen = [c for c in chosen if _confidence(*c) >= self.min_confidence]
        chosen = _clauses_take_quotes(chosen)
        chosen.sort(key=lambda c: (c[0].start, -c[0].end))
        # number quotations 0.. in document order, and the parts of each 0..
        ids: dict[int, int] = {}
        parts: dict[int, int] = {}
        out = []
        # (not in a text that reads as news: a news quotation's commas set off appositives and fronted
        # phrases, "My adviser, John Holdren, …", "In Tulsa, …", far more often than they name a listener)
        story = verdict if reports else _genre.judge(doc.text, _marked_spans(items), _literary_tags(items, pat),
                                                     pat.lex.news_words)
        addressees = _addressees(doc, items, ents, speakers) if story is not False else {}
        for it, res in _no_overlap(chosen):
            qid = ids.setdefault(it.group, len(ids))
            part = parts.get(qid, 0)
            parts[qid] = part + 1
            out.append(_quote(doc, it, res, qid, part, addressees.get(it.group) if it.kind == "direct" else None))
        return out


_PAUSE_CHARS = 1_000_000  # from this length on, a text is read with the cyclic garbage collector held off


@contextlib.contextmanager
def collector_paused(pause: bool = True) -> Iterator[None]:
    """Hold off Python's cyclic garbage collector for the block (where ``pause`` and it is running), and
    start it again after, also on an error. A whole novel makes millions of small objects, nearly none of
    them in reference cycles (reference counting frees them), and the collector's passes over them grow
    with their number: a 10 MB text took about 15% longer with it running. Collection resumes when the
    block ends; a collector the caller has stopped stays stopped."""
    if not pause or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _marked_spans(items: list[Item]) -> list[tuple[int, int]]:
    """Each direct quotation with its marks, without overlaps (the parts of a multi-paragraph one are apart)."""
    out: list[tuple[int, int]] = []
    for it in items:
        if it.kind != "direct":
            continue
        s = it.open_mark[0] if it.open_mark is not None else it.start
        e = it.close_mark[1] if it.close_mark is not None else it.end
        if out and s < out[-1][1]:
            continue
        out.append((s, e))
    return out


_EXPLETIVE_GAP = regex.compile(r"(?:\s++(?:is|was|has\s++been|had\s++been|would\s++be|will\s++be|'s|’s|now|also|"
                               r"widely|generally|often|still|long|then|already|not))*+\s++")


def _expletive(text: str, r: Reported) -> bool:
    """'It seems that …', 'it was revealed that …', 'It is expected to …': the 'it' is no one, and the
    content has no source."""
    m = r.mention
    if m is None or r.verb is None or m.text not in ("it", "It") or m.end > r.verb[0]:
        return False
    g = _EXPLETIVE_GAP.fullmatch(text, m.end, r.verb[0])
    if g is None:
        return False
    return r.verb[3] in ("seem", "appear") or any(w in text[m.end:r.verb[0]].split() for w in ("is", "was", "been", "be", "'s", "’s"))


def _literary_tags(items: list[Item], pat: Patterns) -> int:
    """How many quotations a verb of fiction's dialogue tags ("she cried"; speech_verbs.tsv use "l")."""
    uses = pat.lex.verb_uses
    return sum(1 for it in items if it.frame is not None and it.frame.verb is not None
               and "l" in uses.get(it.frame.verb[3], ""))


@functools.lru_cache(maxsize=8)
def _speech_lemmas(pat: Patterns) -> frozenset[str]:
    """The reporting verbs a narrative's reported speech may have (what :func:`_speech_only` keeps)."""
    lex = pat.lex
    return frozenset(lemma for lemma, uses in lex.verb_uses.items() if "d" in uses and lemma not in lex.thought_verbs)


_FICTION_DIGITS = 1.0  # digits per 1,000 characters below which a narrative reads as fiction (not a news story)


def _speech_only(reported: list[Reported], pat: Patterns, text: str, fiction: bool = True) -> list[Reported]:
    """Narrative fiction: reported speech is what a verb of speech reports ("his friends said that he was
    at Geneva"), not what the narration says a character found, seemed, wanted or wondered; and a clause
    it reports has two words or more (not "an indulgence which she allowed"), and in fiction (``fiction``: next
    to no figures) the shape of a clause (not "They said nothing, but …", "had said goodbye she had put up",
    "he explained his process of deduction"; a news story told in the past tense keeps those, as news
    annotation counts them)."""
    speech = _speech_lemmas(pat)
    return [r for r in reported if r.verb is not None and r.verb[3] in speech and r.frame != "n"
            and _a_person(r.mention, pat.lex) and _WORD_GAP.search(text, r.start, r.end) is not None
            and (not fiction or r.frame not in ("c", "C") or r.start < r.verb[0] or _clause_like(text, r.start, r.end))]


def _clause_like(text: str, start: int, end: int) -> bool:
    """Whether reported content reads as a clause: it opens as one ("that …", "it was …"), or a finite verb
    comes within its first words ("his private meeting with the Pope is not …"), and it is no answer or
    greeting ("nothing, but …", "goodbye she had put up her veil")."""
    if _THAT_THING.match(text, start, end) is not None:
        return False
    if _CLAUSE_SHAPE.match(text, start, end):
        return True
    if _NO_CLAUSE.match(text, start, end):
        return False
    # (a finite verb before any comma or conjunction: "all and you shall judge for yourself", "the direction of
    # my suspicions, however much the result may have shown …" are a thing told, and a clause after it)
    lim = min(end, start + 120)
    link = _LINK.search(text, start, lim)
    return _FINITE.search(text, start, link.start() if link is not None else lim) is not None


_WORD_GAP = regex.compile(r"\S\s+\S")
_LINK = regex.compile(r"[,;:(]|(?<![\p{L}\p{M}])(?:and|but|or|nor)(?![\p{L}\p{M}])")
# "that" as the thing said or written, not a clause's start: before a particle, an adverb of repetition or a
# hearer, and then the sentence's end or another verb's link ("I wrote that down and …", "said that to me.",
# "said that over and over"; not "said that down the road there was an inn"). News annotation counts such a
# "that" as what was said ("officials have ruled that out"), so only a story drops it.
_THAT_THING = regex.compile(
    r"that\s++(?:(?:down|up|off|out|away|back|aside|over|again|too|once|twice|before)"
    r"|(?:to|for|with)\s++(?:me|him|her|us|them|you|it))"
    r"(?=\s*+(?:[.,;:!?\"”’]|$)|\s++(?:and|but|or|as|in|on|at|when|while|before|after|again|once|twice)(?![\p{L}]))",
    regex.I)
_NO_CLAUSE = regex.compile(r"(?i:nothing|something|anything|everything|goodbye|good-bye|good\s++night|yes|no|so)\b")
_FINITE = regex.compile(r"(?<![\p{L}\p{M}'’\-])(?i:was|were|is|are|am|had|has|have|would|could|should|might|must|will"
                        r"|shall|can|cannot|did|does|ought)(?:n?['’]t)?(?![\p{L}\p{M}'’\-])")
# what a reported clause opens with in a story: a conjunction ("that", "whether", "how"), or a subject and its
# verb ("it was a mean practice", "Tom Sawyer would go there", "the old man had gone")
_CLAUSE_SHAPE = regex.compile(
    r"(?:\p{Ll}{1,20}?ly[\s,]++){0,2}+(?i:that|whether|if|how|why|what|where|when|who)[\s,]"
    r"|(?:(?i:he|she|it|they|we|I|you|there|this|these|those)|\p{Lu}[\p{L}\p{M}'’\-]*+(?:\s++\p{Lu}[\p{L}\p{M}'’\-]*+){0,3}+"
    r"|(?i:the|his|her|their|my|our|your|a|an)\s++[\p{L}\-]++(?:\s++[\p{L}\-]++)?)"
    r"(?:['’](?:s|d|ll|re|ve|m)\b|\s++(?:\p{Ll}+ly\s++|not\s++|never\s++|also\s++|still\s++|only\s++)?+"
    r"(?:(?i:was|were|is|are|am|had|has|have|would|could|should|might|must|will|shall|can|cannot|did|do|does|"
    r"ought|won|don|ai)(?:n?['’]t)?|\p{Ll}+ed|\p{Ll}{2,}s)\b)")


def _a_person(m: Optional[Mention], lex: Any) -> bool:
    """Whether a narrative's reported speech has someone to say it: a name, a personal pronoun, or a
    nominal whose head is a person ("the old woman"), not "it", "the reflection" or "the corners"."""
    if m is None:
        return False
    if m.kind == "name":
        return True
    low = m.text.lower().split()
    if not low:
        return False
    if m.kind == "pronoun":
        return low[0] not in ("it", "which", "that")
    head = low[-1]
    heads = (head, head[:-1], head[:-3] + "y") if head.endswith("s") else (head,)  # "authorities", "readers"
    return any(h in lex.person_nouns or h in lex.nominal_gender or h in lex.nominals for h in heads)


def _sentence_mixed(it: Item) -> bool:
    """A quotation inside a sentence with a tag of its own, taken as mixed from the sentence start on."""
    return it.kind == "mixed" and it.open_mark is not None and it.frame is not None and it.frame.where != "reported"


def _clauses_take_quotes(chosen: list[tuple[Item, Optional[_speakers.Resolved]]]) -> list[tuple[Item, Optional[_speakers.Resolved]]]:
    """A reported clause that runs up to the opening mark of a sentence taken as mixed (for a tag after the
    marks) takes the quoted words, and the sentence is not reported as a whole: 'Lee said he had learned that
    Roe had “lied,”' is Lee's clause; other clauses in the sentence stay ('Acts of protest, Lee said, …')."""
    clauses = sorted((c[0].start, k) for k, c in enumerate(chosen)
                     if c[0].frame is not None and c[0].frame.where == "reported")
    starts = [a for a, _ in clauses]
    drop: set[int] = set()
    for it, _res in chosen:
        if not _sentence_mixed(it) or it.open_mark is None:
            continue
        o = it.open_mark[0]
        for i in range(bisect_left(starts, it.start), bisect_left(starts, o)):
            r = chosen[clauses[i][1]][0]
            if r.end >= o - 2:
                r.end = max(r.end, it.end)
                r.kind = "mixed"
                drop.add(id(it))
                break
    return [c for c in chosen if id(c[0]) not in drop] if drop else chosen


def _no_overlap(chosen: list[tuple[Item, Optional[_speakers.Resolved]]]) -> list[tuple[Item, Optional[_speakers.Resolved]]]:
    """Quotations never overlap: a reported clause that runs into an earlier quotation is dropped."""
    out: list[tuple[Item, Optional[_speakers.Resolved]]] = []
    end = -1
    for c in chosen:
        it = c[0]
        if it.start < end:
            if it.kind == "direct" and out and out[-1][0].kind != "direct":
                out[-1] = c  # a direct quotation wins over the reported clause around it
                end = it.end
            continue
        out.append(c)
        end = it.end
    return out


def _that_mixed(doc: Document, items: list[Item], reported: list[Reported], pat: Patterns) -> list[Reported]:
    """'Bolton said that whatever voters decide, “they should not …”': a quotation whose tag's verb takes a
    that-clause holding it is reported speech with a quoted fragment -- the clause from "that" to the
    closing mark is one mixed quotation, and the quoted part is not reported on its own."""
    text = doc.text
    opener = _frames.clause_opener(pat.lex.clause_openers)
    if opener is None:
        return reported
    parts: dict[int, int] = {}
    for it in items:
        parts[it.group] = parts.get(it.group, 0) + 1
    taken = overlaps_any([(r.start, r.end) for r in reported])
    added: list[Reported] = []
    for it in items:
        f = it.frame
        if it.kind != "direct" or it.fragment or f is None or f.where != "before" or f.verb is None \
                or it.open_mark is None or parts[it.group] != 1 or f.verb[1] > it.open_mark[0]:
            continue
        m = opener.match(text, f.verb[1], it.open_mark[0])
        if m is None:
            continue
        start = m.start() + len(m.group()) - len(m.group().lstrip(" \t\n,"))
        end = it.close_mark[1] if it.close_mark is not None else it.end
        if taken(start, end):
            continue
        it.fragment = True
        added.append(Reported(start, end, "mixed", f.verb, f.mention, round(it.confidence * 0.9, 3)))
    if not added:
        return reported
    return sorted([*reported, *added], key=lambda r: (r.start, r.end))


_KEEP_RULE_FRAMES = ("after", "before", "according", "inline", "dash", "lead", "subject")  # rules' frames kept


def _parsed(doc: Document, items: list[Item], pat: Patterns) -> tuple[list[Item], list[Reported]]:
    """With a dependency parse: a quotation the rules could not frame takes the speech verb that governs
    it in the parse (a tag the rules found beside the marks is kept: it is as good, and interrupted-quote
    linking needs it), and reported clauses come from the verbs' dependents."""
    from quoteattr import stanza as _st

    for it in items:
        f = _st.dependency_frame(doc, it, pat)
        if f is None:
            continue
        old = it.frame
        if old is not None and old.mention is not None and old.where in _KEEP_RULE_FRAMES:
            continue
        if it.fragment and (it.end <= it.start or doc.text[it.start].islower()):
            continue  # 'but said "the question is the timing."': words quoted inside a clause stay a fragment
        it.frame, it.fragment = f, False
    reported = _st.dependency_reported(doc, items, pat)
    mixed = [(r.start, r.end) for r in reported if r.kind == "mixed"]
    items = [it for it in items if not (it.kind != "direct" and any(a < it.end and it.start < b for a, b in mixed))]
    return items, reported


def _frame_all(doc: Document, items: list[Item], pat: Patterns) -> list[Item]:
    text = doc.text
    # split dialogue-dash lines at an inline tag: "—Back to barracks! he said sternly. Come on."
    split: list[Item] = []
    for it in items:
        if it.dash:
            found = _frames.inline_frame(doc, it, pat)
            if found is not None:
                inline, ts, te = found
                first_end = _rstrip(text, it.start, ts)
                it.frame = inline
                rest = te
                while rest < it.end and (text[rest].isspace() or text[rest] in ".,;:!?"):
                    rest += 1
                if first_end > it.start:
                    split.append(Item(it.start, first_end, it.open_mark, None, it.group, it.paragraph,
                                      it.confidence, True, inline))
                    if rest < it.end:
                        split.append(Item(rest, it.end, None, it.close_mark, it.group, it.paragraph,
                                          it.confidence, True, inline))
                    continue
        split.append(it)
    items = split
    n = len(items)
    fresh = max((it.group for it in items), default=0) + 1
    split_to: dict[int, int] = {}  # a group a turn's label split -> the group its later parts now belong to
    for k, it in enumerate(items):
        orig = it.group
        if orig in split_to:  # (a group's parts are consecutive: each is moved once, as the scan reaches it)
            it.group = split_to[orig]
        if it.frame is not None:
            continue
        label = _frames.label_inside(doc, it, pat)
        if label is not None:  # '"WALLACE: If I may, …': a transcript's turn; its words start after the label
            it.start = _lstrip(text, label.end + 1, it.end)
            it.frame = Frame(None, label, "lead", label.end)
            if k > 0 and items[k - 1].group == it.group:  # a new turn, not the paragraph before going on
                it.group = split_to[orig] = fresh
                fresh += 1
            continue
        ps, pe = doc.paragraphs[it.paragraph]
        nxt = items[k + 1] if k + 1 < n else None
        limit = nxt.open_mark[0] if nxt is not None and nxt.open_mark is not None and nxt.paragraph == it.paragraph else pe
        nstart = -1 if nxt is None else nxt.open_mark[0] if nxt.open_mark is not None else nxt.start
        frame: Optional[Frame] = _frames.after_frame(doc, it, limit, pat, nstart)
        if frame is None:
            prev = items[k - 1] if k > 0 else None
            floor = prev.close_mark[1] if prev is not None and prev.close_mark is not None and prev.paragraph == it.paragraph else ps
            frame = _frames.before_frame(doc, it, floor, pat)
        it.frame = frame
    # interrupted quotations: “A,” he said, “B.” -- B joins A's group and frame
    members: dict[int, list[int]] = {}  # group -> indexes of its items, so that a merge touches that group only
    for j, it in enumerate(items):
        members.setdefault(it.group, []).append(j)
    for k in range(1, n):
        a, b = items[k - 1], items[k]
        if _frames.interrupted(text, a, b) and (
            b.frame is None or (a.frame is not None and b.frame.where == "before" and b.frame.verb == a.frame.verb)
            or (a.frame is None and b.frame.where == "before")  # the tag between, read as b's: both parts'
        ):
            if b.frame is None:
                b.frame = a.frame
            elif a.frame is None:
                a.frame = b.frame
            old, new = b.group, a.group
            if old == new:
                continue
            moved = [j for j in members[old] if j >= k]
            members[old] = [j for j in members[old] if j < k]
            for j in moved:
                items[j].group = new
            members.setdefault(new, []).extend(moved)
    _split_unclosed(items)
    # where each quotation opens decides what it is: a quotation, part of a mixed one, or a fragment
    by_group: dict[int, list[Item]] = {}
    for it in items:
        by_group.setdefault(it.group, []).append(it)
    before_it: dict[int, Item] = {}  # id(item) -> the quotation before it in its paragraph
    for k in range(1, n):
        a, b = items[k - 1], items[k]
        if a.paragraph == b.paragraph and a.close_mark is not None:
            before_it[id(b)] = a
    for parts in by_group.values():
        first = parts[0]
        where = _frames.position(doc, first)
        prev = before_it.get(id(first))
        if where == "mid" and first.open_mark is not None and prev is not None and prev.close_mark is not None \
                and not prev.fragment and prev.kind == "direct" \
                and _CONTINUES.fullmatch(text, prev.close_mark[1], first.open_mark[0]):
            where = "start"  # “Don't put your feet up there;” and “Don't scrunch up like that”
        if where in ("comma", "mid") and first.frame is not None and first.frame.where == "after" \
                and prev is not None and not prev.fragment and prev.kind == "direct" \
                and first.end > first.start and text[first.start].islower() and _frames.interrupted(text, prev, first):
            continue  # “A,” said Alice, “and why you hate C and D,” she added: a second part with a tag of its own
        framed = any(p.frame is not None for p in parts)
        before = first.frame is not None and first.frame.where in ("before", "according", "lead", "subject")
        if where == "mid" and before and first.frame is not None and first.frame.where == "before" \
                and first.close_mark is not None and first.end > first.start and text[first.start].islower() \
                and (first.frame.verb is None or first.open_mark is None or first.frame.verb[1] <= first.open_mark[0]):
            # (not the frame of a later part of the group: 'when he "said his English," was, Bobbie felt, "just
            # too sweet"')
            # 'he declared “a total disaster” for his party': a phrase quoted inside a reported clause,
            # whose content runs from after the verb
            first.kind = "mixed"
            if first.frame.verb is not None and first.open_mark is not None:
                first.start = _lstrip(text, first.frame.verb[1], first.open_mark[0])
            first.end = first.close_mark[1]
            continue
        if where in ("start", "comma") and first.frame is None and len(parts) == 1:
            # '“We’re alive …” at the Democratic convention, he said': the tag after the clause the quoted
            # words open (_continued makes the two one mixed quotation)
            cont = _continuation(doc, first.start, first.end, first.close_mark, pat)
            if cont > 0:
                first.frame = _retag(doc, first, cont, pat)
                framed = first.frame is not None
        if where == "start" and not framed and len(parts) == 1 and _named_thing(text, first):
            for p in parts:
                p.fragment = True  # '“full dress” was broadcloth': a phrase named, not said
            continue
        if where == "start" or before:
            continue
        if where == "comma" and (first.end > first.start and not text[first.start].islower()) \
                and (framed or not _in_apposition(text, parts) or _verb_before(text, first, pat)):
            # ', “This is …”': a quotation introduced by a comma (after a verb of speech, whatever follows:
            # 'Scrooge, having no better answer ready, said, "Bah!" again')
            continue
        if framed and first.close_mark is not None:
            # 'The summit accomplished "too little," he added': the sentence is reported, the words quoted
            first.kind = "mixed"
            first.start = _lstrip(text, doc.sentence_start(first.open_mark[0] if first.open_mark else first.start),
                                  first.start)
            fr = _frames.FRONTED_PHRASE.match(text, first.start, first.open_mark[0] if first.open_mark else first.start)
            if fr is not None:
                first.start = fr.end()  # "Leaving the talks, the minister “looked tired,” an aide said"
            first.end = first.close_mark[1]
            continue
        for p in parts:
            p.fragment = True
    return items


_LOWER_NEXT = regex.compile(r"[ \t]*+\p{Ll}")


def _split_unclosed(items: list[Item]) -> None:
    """A paragraph left open goes on in the next one that opens with a mark (a quotation over several
    paragraphs), but not where that paragraph's quotation has a tag of its own naming someone else: then the
    closing mark was left out ('“… an African-American. / “I have been …,” added Rep. Jim Clyburn').
    The parts from there on become a quotation of their own."""
    top = max((it.group for it in items), default=0)
    by_group: dict[int, list[Item]] = {}
    for it in items:
        by_group.setdefault(it.group, []).append(it)
    for parts in by_group.values():
        if len(parts) < 2 or parts[0].paragraph == parts[-1].paragraph:
            continue
        named = next((p.frame.mention.text for p in parts if p.frame is not None and p.frame.mention is not None
                      and p.frame.where in ("after", "before")), None)
        if named is None:
            continue
        for k in range(1, len(parts)):
            p, q = parts[k - 1], parts[k]
            f = q.frame
            if q.paragraph != p.paragraph and p.close_mark is None and f is not None and f.mention is not None \
                    and f.where in ("after", "before") and f.mention.text != named:
                top += 1
                for r in parts[k:]:
                    r.group = top
                break


def _in_apposition(text: str, parts: list[Item]) -> bool:
    """'DuVernay's documentary, “13th,” is …': a short quotation between commas that the sentence goes on
    after in lower case names a work; it is not speech."""
    last = parts[-1]
    if len(parts) != 1 or last.close_mark is None or len(text[last.start:last.end].split()) > 6:
        return False
    return _LOWER_NEXT.match(text, last.close_mark[1]) is not None


_WORD_BEFORE_COMMA = regex.compile(r"(\p{Ll}++)[ \t\n]*+,[ \t\n]*+$")


def _verb_before(text: str, it: Item, pat: Patterns) -> bool:
    """Whether a verb of speech and a comma stand right before the quotation's opening mark ("said, “Bah!”"),
    and the quotation is a whole utterance (it ends in a stop, an exclamation or a question mark) and no title
    ('his upcoming show, "Latin History for Dummies," which …')."""
    if it.open_mark is None:
        return False
    m = _WORD_BEFORE_COMMA.search(text, max(0, it.open_mark[0] - 30), it.open_mark[0])
    if m is None or m.group(1) not in pat.lex.verb_lemma:
        return False
    content = text[it.start:it.end].rstrip()
    if not content.endswith(("!", "?", ".", "…")):
        return False  # (a phrase quoted inside a sentence that goes on: 'fans chanted, “Build a wall,” referring to')
    words = _TITLE_WORD.findall(text, it.start, it.end)
    return len(words) < 2 or not all(w[0].isupper() or w in _TITLE_SMALL for w in words)


_TITLE_WORD = regex.compile(r"\p{L}[\p{L}’'\-]*+")
_TITLE_SMALL = frozenset({"a", "an", "the", "of", "for", "and", "or", "in", "on", "at", "to", "with", "by", "from"})


def _named_thing(text: str, it: Item) -> bool:
    """A short quoted phrase with no punctuation of its own, used as a noun in the sentence that goes on
    after it in lower case ('“full dress” was broadcloth'), or as a headline's word ('“Missing” Voters Could
    Decide It': a capital after one space, on the same line)."""
    if it.close_mark is None or it.dash:
        return False
    content = text[it.start:it.end].rstrip()
    if not content or content[-1] in ".,!?;:…—-" or len(content.split()) > 4:
        return False
    after = text[it.close_mark[1]:it.close_mark[1] + 3].lstrip(" ")
    if after[:1].isupper():
        return text[it.close_mark[1]:it.close_mark[1] + 1] == " "
    return bool(after) and after[0].isalpha() and after[0].islower()


_CONTINUES = regex.compile(r"\s*+(?:,\s*+)?(?:and|or|then|and\s+then|but)\s*+")
_WORD_AFTER = regex.compile(r"[ \t\u00a0]++(\p{Ll}++)(?![\p{L}\p{M}'’\-])")
_CLAUSE_STOP = regex.compile(r"[,;(\n]")
_MAX_CONTINUATION = 300


def _continuation(doc: Document, start: int, end: int, close: Optional[tuple[int, int]], pat: Patterns) -> int:
    """Where the clause that a quoted phrase opens runs on to, or -1: '“… jail time” for criminal behavior,
    Sanders said' -- the quoted words (``start``-``end``, then the closing mark ``close``) end in no
    punctuation, and the closing mark is followed by a word that goes on with the clause
    (lexicons/<lang>/continuations.txt: "to", "because", …); the clause then runs to the next comma,
    semicolon, parenthesis or line break, or to the sentence's end."""
    if close is None or end <= start:
        return -1
    text = doc.text
    j = end
    while j > start and (text[j - 1].isspace() or text[j - 1] in "’'”\"»"):
        j -= 1
    if j <= start or text[j - 1] in ".,!?;:…—–-":
        return -1
    pos = close[1]
    m = _WORD_AFTER.match(text, pos, min(len(text), pos + 40))
    if m is None or m.group(1) not in pat.lex.continuations:
        return -1
    para_end = doc.paragraphs[doc.paragraph_of(pos)][1]
    k = doc.sentence_of(pos) + 1
    bound = min(para_end, doc.sentence_starts[k] if k < len(doc.sentence_starts) else len(text))
    if bound - pos > _MAX_CONTINUATION:
        return -1
    stop = _CLAUSE_STOP.search(text, m.end(), bound)
    end = stop.start() if stop is not None else bound
    while end > m.end() and (text[end - 1].isspace() or text[end - 1] in ".!?…"):
        end -= 1
    return end if end > m.end() else -1


def _continued(doc: Document, items: list[Item], reported: list[Reported],
               pat: Patterns) -> tuple[list[Item], list[Reported]]:
    """A quotation or reported clause that ends at the closing mark of a quoted phrase whose clause goes on
    (_continuation) takes in the rest of that clause and is one mixed quotation: '“We’re alive …” at the
    Democratic convention' (from the opening mark), 'he was “kind of riding the fence” until Haley said …'.
    A quotation inside a reported clause is left to the clause."""
    text = doc.text
    groups = Counter(it.group for it in items)
    inside = overlaps_any([(r.start, r.end) for r in reported])
    starts = [it.start for it in items]

    def clause_end(q: Item) -> tuple[int, list[Item]]:
        # the clause's end and the quotations that open in it, which it takes in (“a lot of emotion” before
        # the “very important match”), or, where one runs on past that end, the clause stops before it; the
        # caller marks those it takes in as fragments once it has stretched the clause over them
        if q.open_mark is None or q.close_mark is None:
            return -1, []
        cont = _continuation(doc, q.open_mark[1], q.close_mark[0], q.close_mark, pat)
        if cont < 0:
            return -1, []
        taken: list[Item] = []
        for k in range(bisect_left(starts, q.close_mark[1]), bisect_left(starts, cont)):
            other = items[k]
            if other.end > cont or other.open_mark is None or groups[other.group] != 1:
                cont = _rstrip(text, q.close_mark[1], other.open_mark[0] if other.open_mark else other.start)
                break
            taken.append(other)
        if cont <= q.close_mark[1]:
            return -1, []
        return cont, taken

    for it in items:
        if it.fragment or it.kind not in ("direct", "mixed") or groups[it.group] != 1 \
                or inside(it.start, it.end):
            continue
        cont, taken = clause_end(it)
        if cont > 0 and not _frame_within(it.frame, it.end, cont):
            if it.kind == "direct" and it.open_mark is not None:
                it.kind, it.start = "mixed", it.open_mark[0]
            it.end = cont
            for other in taken:
                other.fragment = True
    if not reported:
        return items, reported
    closes = {it.close_mark[1]: it for it in items if it.close_mark is not None and it.open_mark is not None}
    out = []
    for r in reported:
        q = closes.get(r.end)
        cont, taken = (-1, []) if q is None or q.open_mark is None or q.open_mark[1] < r.start else clause_end(q)
        if cont > 0 and _frame_within(Frame(r.verb, r.mention, "reported", r.end), r.end, cont):
            cont = -1
        if cont > 0:
            for other in taken:
                other.fragment = True
        out.append(attrs.evolve(r, end=cont, kind="mixed") if cont > 0 else r)
    return items, out


def _frame_within(frame: Optional[Frame], s: int, e: int) -> bool:
    """Whether a frame's verb or speaker stands in [s, e) (the tag after a quotation: no clause of it)."""
    if frame is None:
        return False
    if frame.verb is not None and frame.verb[0] < e and s < frame.verb[1]:
        return True
    m = frame.mention
    return m is not None and m.start < e and s < m.end


def _retag(doc: Document, it: Item, end: int, pat: Patterns) -> Optional[Frame]:
    """The tag after a quoted phrase's clause, which ends at ``end``: '… at the Democratic convention, he said'."""
    probe = Item(it.start, end, it.open_mark, (end, end), it.group, it.paragraph, it.confidence)
    return _frames.after_frame(doc, probe, doc.paragraphs[it.paragraph][1], pat)


def _rstrip(text: str, s: int, e: int) -> int:
    while e > s and text[e - 1].isspace():
        e -= 1
    return e


def _lstrip(text: str, s: int, e: int) -> int:
    while s < e and text[s].isspace():
        s += 1
    return s


def _tag_end(parts: list[Item], pat: Patterns) -> int:
    """Where the tag after the group's last part ends ("“…?” asked Dick."), or 0; 0 too where its verb says
    the words are thought ("“Foo!” Raskolnikov thought.": the thinker may well speak next)."""
    frame = parts[-1].frame
    if frame is None or frame.where != "after" or frame.verb is not None and "m" in pat.lex.verb_uses.get(frame.verb[3], ""):
        return 0
    return frame.end


def _group_frame(parts: list[Item]) -> Optional[Frame]:
    for p in parts:
        if p.frame is not None and p.frame.mention is not None:
            return p.frame
    return None


_SENTENCE_BREAK = regex.compile(r"[.!?][\"'’”]?+(?:[ \t\n]|--|—)++\p{Lu}")


@attrs.define(slots=True)
class _Turn:
    para: int
    speaker: Optional[_speakers.Resolved]
    span: tuple[int, int]  # from the first quotation's start to the last one's end
    ents: _speakers.Entities
    end: int = 0  # where the turn's last quotation closes
    groups: list[int] = attrs.Factory(list)  # the quotations of this turn
    pieces: list[tuple[int, int]] = attrs.Factory(list)  # their parts' contents, narration between left out
    piece_groups: list[int] = attrs.Factory(list)  # the group of each piece
    hearer: Optional[tuple[str, int]] = None  # whom a tag says it is said to ("said Tom, turning to Mary")
    tag_end: int = 0  # where the tag after its last quotation ends ("“…?” asked Dick.")
    last_para: int = -1  # the paragraph of its last part (a speech of several paragraphs ends there)
    recent: tuple[int, ...] = ()  # the entities of the conversation's speakers just before it
    _addressee: Optional[tuple[str, int]] = None
    _looked: bool = False

    @property
    def addressee(self) -> Optional[tuple[str, int]]:
        """Whom the turn addresses by name ("“Mary, come here.”"), found when first asked: the last part
        that names someone (“But why?” he persisted … “George, persuade them!” addresses George); where that
        name is no one of the conversation but its surname is one speaker's in it, that speaker (“Mr.
        Emerson!” to George Emerson, whose father the story calls "Mr. Emerson")."""
        if not self._looked:
            found = _speakers.first_vocative(self.ents.doc.text, reversed(self.pieces or [self.span]), self.ents)
            self._addressee = (found[0], found[1]) if found is not None else self.hearer
            said = self.ents.doc.text[found[2]:found[3]].split() if found is not None else []
            title = said[0].lower().rstrip(".") if len(said) == 2 else ""
            if found is not None and self.recent and found[1] not in self.recent \
                    and title in self.ents.pat.lex.titles and title not in _speakers.MARRIED_TITLES:
                # (a title and a surname alone, which the whole family answers to; not a wife's: "Mrs. Lennox"
                # is the mother, whom the daughter's name does not mean)
                self._addressee = self._same_surname(said[1].lower(), found[1]) or self._addressee
            self._looked = True
        return self._addressee

    def _same_surname(self, surname: str, eid: int) -> Optional[tuple[str, int]]:
        """The one speaker of the conversation just before whose name ends with ``surname`` (lower case), of
        no other gender than ``eid``'s, if there is exactly one."""
        ents = self.ents
        g = ents.gender(eid)
        mine = self.speaker.entity if self.speaker is not None else None
        same = {e for e in self.recent if e != mine and ents.entities[e].name.split()[-1].lower() == surname
                and (g == "?" or ents.gender(e) in (g, "?"))}
        if len(same) != 1:
            return None
        e = same.pop()
        return ents.entities[e].name, e

    def called_last(self) -> Optional[tuple[str, int]]:
        """The addressee named last in the turn (its last sentence that names one): the one the next line,
        another's, answers ("Good-morning, Mrs. Smith. -- There is a boatman here, Watson." / “…,” said I)."""
        if self.addressee is None or not self.pieces:
            return self.addressee
        text = self.ents.doc.text
        for a, b in reversed(self.pieces):
            cuts = [a, *(m.start() + 1 for m in _SENTENCE_BREAK.finditer(text, a, b)), b]
            for i in range(len(cuts) - 2, -1, -1):
                found = _speakers.vocative_mention(text, cuts[i], cuts[i + 1], self.ents)
                if found is not None:
                    return found[0], found[1]
        return self.addressee


def _attribute(doc: Document, items: list[Item], ents: _speakers.Entities, pat: Patterns,
               reported: Optional[list[Reported]] = None, narrative: bool = False,
               report: bool = False) -> dict[int, _speakers.Resolved]:
    groups: dict[int, list[Item]] = {}
    for it in items:
        groups.setdefault(it.group, []).append(it)
    by_para: dict[int, list[Item]] = {}
    for it in items:
        by_para.setdefault(it.paragraph, []).append(it)
    out: dict[int, _speakers.Resolved] = {}
    order = sorted(groups, key=lambda g: groups[g][0].start)
    para_speaker: dict[int, _speakers.Resolved] = {}
    told_to: dict[int, int] = {}  # group -> the entity its tag says it is said to ("she said to Lucy")
    said_to: dict[int, tuple[str, int]] = {}  # group -> whom its tag says it is said to, as name and entity
    goes_on: set[int] = set()  # the groups whose tag's verb says the speaker goes on (speech_verbs.tsv use g)
    # first pass: framed groups
    for n, g in enumerate(order):
        parts = groups[g]
        gframe = _group_frame(parts)
        if gframe is not None and gframe.mention is not None:
            hearer = None
            if gframe.mention.kind == "nominal" and gframe.mention.text[:4].lower() in ("his ", "her "):
                # "“My dear Mr. Bennet,” said his lady": his = the one addressed; else the one the line before
                # addressed ("“…, Lizzy.” / “…,” said her mother")
                before = groups[order[n - 1]] if n else []
                if before and parts[0].paragraph - before[-1].paragraph > 1:
                    before = []
                found = _speakers.first_vocative(doc.text, [(p.start, p.end) for p in [*parts, *reversed(before)]],
                                                 ents)
                hearer = (found[0], found[1]) if found is not None else None
            hearer_of = _said_to(doc, gframe, ents)
            if hearer_of is not None:
                said_to[g] = hearer_of
            told = told_to[g] = hearer_of[1] if hearer_of is not None and gframe.mention.kind == "pronoun" else -1
            if told == -1 and gframe.mention.kind == "pronoun" and narrative:
                # '“Sir,” he said, looking Mr. Utterson in the eyes': whom the tag names after the pronoun is
                # not who speaks, for the conversation's turn-taking too (resolve finds the same)
                told = told_to[g] = ents.named_after(gframe.mention.start, gframe.mention.end)
            if gframe.verb is not None and "g" in pat.lex.verb_uses.get(gframe.verb[3], ""):
                goes_on.add(g)  # "continued the lady": the one who spoke last goes on
            framed = _speakers.resolve(gframe.mention, parts[0].start, ents, hearer=hearer, told=told)
            out[g] = framed
            para_speaker.setdefault(parts[0].paragraph, framed)
    # a story told in the first person: the narrator's own tags ("I said") are at least three and a fifth of
    # the named ones (a letter or a framed tale inside a story told in the third person is not enough)
    mine = sum(1 for r in out.values() if r.kind == "narrator")
    ents.first_person = mine >= 3 and mine * 5 >= sum(1 for r in out.values() if r.kind == "name") \
        or mine >= 1 and _narration_i_rate(doc.text, items) >= _FIRST_PERSON_RATE
    alternate = _alternates(order, groups, out, not report)
    # paragraph -> (the starts of, and) its reported speech with a speaker that a quotation can go on from, in
    # order of start
    told_by: dict[int, tuple[list[int], list[Reported]]] = {}
    for r in reported or ():
        if r.mention is not None and _goes_on(r, pat):
            starts, rs = told_by.setdefault(doc.paragraph_of(r.start), ([], []))
            starts.append(r.start)
            rs.append(r)
    # the quotation that closes last before each one in its paragraph (found once: a paragraph can hold
    # thousands)
    closed_before: dict[int, Item] = {}
    opened_after: dict[int, Item] = {}  # ... and the one that opens first after each one closes
    for in_para in by_para.values():
        last_closed: Optional[Item] = None
        for it in in_para:
            if last_closed is not None and it.open_mark is not None and last_closed.close_mark is not None \
                    and last_closed.close_mark[1] <= it.open_mark[0]:
                closed_before[id(it)] = last_closed
                opened_after.setdefault(id(last_closed), it)
            if it.close_mark is not None:
                last_closed = it
    # second pass: untagged groups, in document order, with the conversation so far
    turns: list[_Turn] = []
    for g in order:
        parts = groups[g]
        para = parts[0].paragraph
        res: Optional[_speakers.Resolved] = out.get(g)
        if res is None:
            res = _untagged(doc, parts, by_para, para_speaker, turns, ents, pat, alternate, told_by, narrative,
                            closed_before.get(id(parts[0])), opened_after.get(id(parts[-1])))
            if res is not None:
                out[g] = res
        elif res.mention is not None and res.kind in ("pronoun", "nominal") and turns:
            res = _in_conversation(doc, res, parts[0], turns, ents, told_to.get(g, -1), g in goes_on)
            out[g] = res
        if res is not None and res.mention is not None and res.kind == "pronoun" and not report:
            # '“… I am Stapleton, of Merripit House,” said he': the one who names themselves, at once, so that
            # the lines after alternate with them (_self_introduced does the rest, later)
            found = _speakers.first_self_named(doc.text, [(p.start, p.end) for p in parts], ents)
            if found is not None and found[1] != res.entity:
                res = _speakers.Resolved(found[0], found[1], res.mention, res.kind, res.confidence, res.source,
                                         res.via)
                out[g] = res
        close = parts[-1].close_mark[1] if parts[-1].close_mark else parts[-1].end
        # (a second speaker of a paragraph, tagged by name, who cuts the first one off: a turn of their own, so
        # that the next line answers them: “… in the front—” “You must have it,” said Miss Bartlett)
        cut_in = bool(turns) and turns[-1].para == para and res is not None and res.kind == "name" \
            and res.mention is not None and turns[-1].speaker is not None \
            and turns[-1].speaker.entity != res.entity and res.entity is not None \
            and _cut_off(doc, closed_before.get(id(parts[0])), parts[0])
        if not turns or turns[-1].para != para or cut_in:
            recent = tuple(t.speaker.entity for t in _conversation_back(turns, para, 4)
                           if t.speaker is not None and t.speaker.entity is not None)
            turns.append(_Turn(para, res, (parts[0].start, parts[-1].end), ents, close, [g],
                               [(p.start, p.end) for p in parts], [g] * len(parts), said_to.get(g),
                               _tag_end(parts, pat), parts[-1].paragraph, recent))
        else:
            turns[-1].end = max(turns[-1].end, close)
            turns[-1].last_para = max(turns[-1].last_para, parts[-1].paragraph)
            turns[-1].groups.append(g)
            turns[-1].pieces.extend((p.start, p.end) for p in parts)
            turns[-1].piece_groups.extend([g] * len(parts))
            if turns[-1].speaker is None and res is not None:
                turns[-1].speaker = res
            if turns[-1].hearer is None:
                turns[-1].hearer = said_to.get(g)
            turns[-1].tag_end = max(turns[-1].tag_end, _tag_end(parts, pat))
    if alternate:
        _exchange_openers(out, turns, doc)
        _back_parity(out, turns, doc)
        _answered_by_name(out, turns, doc, ents)
    _name_the_described(out, turns, ents)
    _described_answered_by_name(out, turns, doc, ents)
    if not report:  # (dialogue's own evidence of who speaks: a report names its speakers in tags)
        _self_introduced(out, groups, order, turns, doc, ents)
        _not_the_addressee(out, turns, doc, ents)
    _name_the_narrator(out, turns, doc, ents)
    if ents.narrator_votes is not None:
        _narrator_is_no_he(out, turns, ents)
    return out


def _narrator_is_no_he(out: dict[int, _speakers.Resolved], turns: list[_Turn], ents: _speakers.Entities) -> None:
    """A first-person narrator says "I": a line whose "he" or "she" turn-taking or a vocative gave the name the
    narrator goes by there ('“Now, Jim, you tell me true …?” he asked. / “It's not Flint's ship …” / “Not a
    man--with one--leg?” he gasped': not Jim, who tells the story) is the other party's, the last one before
    it to speak who is someone else and fits the pronoun, else the nearest other name that fits."""
    assert ents.narrator_votes is not None
    where, votes, whole = ents.narrator_votes
    for k, t in enumerate(turns):
        res = t.speaker
        if res is None or res.mention is None or res.entity is None:
            continue
        said = _pronoun_sex(res, ents)
        if not said:
            continue
        narrator = _narrator_vote(t.span[0], where, votes) or whole
        if narrator is None or narrator[1] != res.entity:
            continue
        sp = _other_speaker(_conversation_back(turns[max(0, k - 4):k], t.para, 4), res.entity,
                            functools.partial(_may_be_pronoun, ents=ents, sex=said))
        new: Optional[_speakers.Resolved]
        if sp is not None:
            new = _speakers.Resolved(sp.name, sp.entity, res.mention, "pronoun", min(res.confidence, 0.45),
                                     res.source)
        else:
            new = _pronoun_besides(res, ents)
        if new is None:
            new = _speakers.Resolved(res.mention.text, None, res.mention, "pronoun", 0.3)
        t.speaker = new
        for g in t.groups:
            r = out.get(g)
            if r is not None and r.entity == res.entity and r.kind == "pronoun":
                out[g] = new


def _may_be_pronoun(sp: _speakers.Resolved, ents: _speakers.Entities, sex: str) -> bool:
    """Whether a speaker other than the narrator, of this sex (or of none known), can be a "he"/"she"."""
    return sp.kind != "narrator" and sp.entity is not None and ents.gender(sp.entity) in (sex, "?")


def _not_the_addressee(out: dict[int, _speakers.Resolved], turns: list[_Turn], doc: Document,
                       ents: _speakers.Entities) -> None:
    """No one calls themselves by name: a line whose speaker was inferred (turn-taking, the narration, a
    pronoun or a description) but which addresses that very person (“You don't understand me, Harry,” said
    his friend; “No, dear Doctor Manette. …”) is the other party's, the last one before it to speak who is
    someone else."""
    for k, t in enumerate(turns):
        res = t.speaker
        if res is None:
            _speaker_of_the_called(out, turns, k)
            continue
        if res.entity is None or res.mention is not None and res.kind == "name":
            continue
        called = t.addressee
        if called is None or called[1] != res.entity:
            continue
        named = _speakers.first_self_named(doc.text, t.pieces, ents)
        if named is not None and named[1] == res.entity:
            continue  # (“Ben Gunn,” he answered … “I’m poor Ben Gunn”: the name is the speaker's own, no call)
        if len(t.pieces) > 1:
            first = _speakers.first_vocative(doc.text, t.pieces, ents)
            if first is not None and first[1] != res.entity:
                # “Now, look you here, Jim Hawkins,” … “I says to myself, you stand by Hawkins, John”: the turn
                # calls someone else first; a later call to the speaker's own name is the speaker's to himself
                continue
        if any(out[g].entity != res.entity and out[g].kind == "name" and out[g].mention is not None
               for g in t.groups if g in out):
            # a paragraph that holds another's tagged line too (“…,” she said. “…” “…, Rachel?” said Marilla):
            # only the lines that are this speaker's own say whom she calls
            own = [p for p, g in zip(t.pieces, t.piece_groups) if g not in out or out[g].entity == res.entity]
            found = _speakers.first_vocative(doc.text, reversed(own), ents)
            if found is None or found[1] != res.entity:
                continue
        other = _other_speaker(_conversation_back(turns[max(0, k - 3):k], t.para, 3), res.entity)
        said = _pronoun_sex(res, ents)
        if other is not None and other.entity is not None and said and ents.gender(other.entity) not in (said, "?"):
            other = None  # ("Alfred, darling, Mr. Hastings—my husband." / He … said: “This is a pleasure, Mr.
            # Hastings.”: he is not the lady who spoke last)
        if other is None and res.kind == "pronoun" and res.mention is not None:
            # no one else spoke lately: the one else the pronoun can mean ("Utterson saw Dr. Jekyll. / “What!
            # Jekyll!” he cried")
            other = _pronoun_besides(res, ents)
        # (no one else spoke lately, "Welcome, Sir Henry! Welcome to Baskerville Hall!" from the door: someone
        # not known, but not the one called)
        new = None if other is None else _speakers.Resolved(
            other.name, other.entity, res.mention, res.kind if res.mention is not None else "name",
            min(res.confidence, 0.45), res.source)
        t.speaker = new
        for g in t.groups:
            r = out.get(g)
            if r is not None and r.entity == res.entity:
                if new is None:
                    del out[g]
                else:
                    out[g] = new


def _pronoun_besides(res: _speakers.Resolved, ents: _speakers.Entities) -> Optional[_speakers.Resolved]:
    """The nearest name before a "he"/"she" speaker's mention that fits its gender and is not ``res``'s own
    entity, as a resolution of that mention; None where there is none within 3000 characters."""
    assert res.mention is not None
    gender = _pronoun_sex(res, ents)
    if not gender or res.entity is None:
        return None
    start = res.mention.start
    found = ents.antecedent(start, gender, max(0, start - 3000), besides=res.entity, unbound=True)
    if found is None or found[1] == res.entity:
        return None
    return _speakers.Resolved(found[0], found[1], res.mention, "pronoun", 0.5, found[2])


def _pronoun_sex(res: _speakers.Resolved, ents: _speakers.Entities) -> str:
    """The sex ("m" or "f") that a "he"/"she" speaker's mention says; "" for any other speaker."""
    if res.kind != "pronoun" or res.mention is None:
        return ""
    sex, _number, person = ents.pat.lex.pronouns.get(res.mention.text.lower(), ("x", "", ""))
    return sex if sex in ("m", "f") and person == "3" else ""


def _other_speaker(back: Iterable[_Turn], eid: int,
                   fits: Optional[Callable[[_speakers.Resolved], bool]] = None) -> Optional[_speakers.Resolved]:
    """The first speaker of these turns (the conversation back, latest first) who is someone else than
    entity ``eid`` (and for whom ``fits``, where given, holds)."""
    return next((b.speaker for b in back
                 if b.speaker is not None and b.speaker.entity is not None and b.speaker.entity != eid
                 and (fits is None or fits(b.speaker))), None)


def _speaker_of_the_called(out: dict[int, _speakers.Resolved], turns: list[_Turn], k: int) -> None:
    """A line no rule gave a speaker, which calls someone of the conversation by name ("After a short pause.
    “You have no confidence in me, Marianne.”"), is the last one before it to speak who is someone else."""
    t = turns[k]
    back = list(_conversation_back(turns[max(0, k - 3):k], t.para, 3))
    if len({b.speaker.entity for b in back if b.speaker is not None and b.speaker.entity is not None}) < 2:
        return  # (no conversation of two: no vocative search, the costly part, for a line on its own)
    called = t.addressee
    if called is None:
        return
    if not any(b.speaker is not None and b.speaker.entity == called[1] for b in back):
        return  # (the one called has not spoken in this conversation: maybe no conversation at all)
    other = _other_speaker(back, called[1])
    if other is None:
        return
    new = _speakers.Resolved(other.name, other.entity, None, "name", 0.4)
    t.speaker = new
    for g in t.groups:
        if g not in out:
            out[g] = new


_DEAR_BEFORE = regex.compile(r"\b(?i:dear|dearest|good|poor)\s++$")  # “My dear Rose,” / “Good Mr. Bennet”
_DESCRIBED = regex.compile(r"(?i:the|an?|my|our|his|her|their|your)\s|\S+['’]s\s")


def _described_answered_by_name(out: dict[int, _speakers.Resolved], turns: list[_Turn], doc: Document,
                                ents: _speakers.Entities) -> None:
    """A speaker known only by a description is the one the answer to their line calls by name (“…,
    Rudolf?” said my brother’s wife. / “My dear Rose,” I answered): that description's lines in the same
    conversation take the name. Not where the name is the answerer's own, nor of the other gender."""
    if not ents.narrative:
        return
    has_name = {r.entity for r in out.values() if r.kind == "name" and r.entity is not None}
    for k in range(len(turns) - 1):
        t, nxt = turns[k], turns[k + 1]
        res = t.speaker
        if nxt.para - t.last_para != 1 or res is None or res.entity is None or res.entity in has_name \
                or res.kind not in ("nominal", "pronoun") or _DESCRIBED.match(res.name) is None or not nxt.pieces \
                or res.mention is not None and _speakers.is_plural(res.mention, ents):
            continue  # (nor a group: 'All the girls said, "Oh!" / "Don't you do it, Anne"' is no call to them)
        answerer = nxt.speaker
        if answerer is None or answerer.mention is None or answerer.entity == res.entity:
            continue  # (an answer its own tag gives to another; not the same speaker going on to call someone)
        found = _speakers.vocative_mention(doc.text, *nxt.pieces[0], ents)
        if found is None or found[1] in (res.entity, answerer.entity):
            continue
        if not (_comma_before(doc.text, found[2]) or _DEAR_BEFORE.search(doc.text, nxt.pieces[0][0], found[2])):
            continue  # (a name that opens the answer may be what it is about: “Mr. Trump, the developer who …”)
        gender, named_gender = ents.gender(res.entity), ents.gender(found[1])
        if named_gender not in ("m", "f") or gender not in (named_gender, "?"):
            continue
        lo, hi = _run_around(turns, k)  # the lines of that description in this conversation
        _rename(out, turns[lo:hi + 1], res.entity, found[0], found[1], in_turns=True)


def _run_around(turns: list[_Turn], k: int) -> tuple[int, int]:
    """The first and last turn of the conversation that turn ``k`` is in (turns no more than two paragraphs
    apart)."""
    lo = hi = k
    while lo > 0 and turns[lo].para - turns[lo - 1].last_para <= 2:
        lo -= 1
    while hi + 1 < len(turns) and turns[hi + 1].para - turns[hi].last_para <= 2:
        hi += 1
    return lo, hi


def _rename(out: dict[int, _speakers.Resolved], turns: list[_Turn], old: int, name: str, eid: int,
            in_turns: bool = False) -> None:
    """Entity ``old``'s lines in ``turns`` take the name ``name`` (entity ``eid``), each keeping its mention,
    kind and confidence; ``in_turns``: the turns' own speakers too (for the rules that read them later)."""
    for t in turns:
        for g in t.groups:
            r = out.get(g)
            if r is not None and r.entity == old:
                out[g] = attrs.evolve(r, name=name, entity=eid)
        if in_turns and t.speaker is not None and t.speaker.entity == old:
            t.speaker = attrs.evolve(t.speaker, name=name, entity=eid)


def _self_introduced(out: dict[int, _speakers.Resolved], groups: dict[int, list[Item]], order: list[int],
                     turns: list[_Turn], doc: Document, ents: _speakers.Entities) -> None:
    """A speaker who names themselves (“I am Parson Tringham, the antiquary”) is that person: the line that
    says so, unless a tag names its speaker otherwise, and every line of a described speaker with no name of
    their own in that conversation (“said the little girl” … “I am Mary Lennox”: not another girl a chapter
    later)."""
    text = doc.text
    has_name = {r.entity for r in out.values() if r.kind == "name" and r.mention is not None and r.entity is not None}
    turn_of = {g: k for k, t in enumerate(turns) for g in t.groups}
    for g in order:
        found = _speakers.first_self_named(text, [(p.start, p.end) for p in groups[g]], ents)
        if found is None:
            continue
        name, eid = found[0], found[1]
        res = out.get(g)
        if res is None:
            out[g] = _speakers.Resolved(name, eid, None, "name", 0.6)
            continue
        if res.entity == eid or res.mention is not None and res.kind in ("name", "narrator"):
            continue  # “I am Mary Lennox,” said Martha, mocking her: the tag says who speaks
        old = res.entity
        if old is not None and old not in has_name and ents.entities[old].name.split(" ", 1)[0].lower() in _ARTICLES \
                and g in turn_of:
            lo, hi = _run_around(turns, turn_of[g])
            _rename(out, turns[lo:hi + 1], old, name, eid)
        else:  # (a line turn-taking gave the narrator is the stranger's: “I am Dr. Grimesby Roylott”)
            kind = res.kind if res.mention is not None else "name"
            out[g] = _speakers.Resolved(name, eid, res.mention, kind, res.confidence, res.source, res.via)


# "she said to Lucy", "said he, addressing the old man": the one it is said to
def _said_to(doc: Document, frame: Frame, ents: _speakers.Entities) -> Optional[tuple[str, int]]:
    """The one a tag says its quotation is said to ("she said to Lucy", "said Tom, turning to Mary":
    address_gestures.txt), as name and entity, or None."""
    if frame.verb is None or frame.mention is None:
        return None
    text = doc.text
    m = ents.pat.said_to.match(text, max(frame.verb[1], frame.mention.end))
    if m is None:
        return None
    if text.startswith("the", m.end()):
        d = ents.pat.person_nominal.match(text, m.end())  # ("addressing the old man")
        return ents.nominal_entity(d.group(), d.start()) if d is not None else None
    n = ents.pat.name_re.match(text, m.end())
    if n is None:
        return None
    words, title = ents.split(n.group())
    if not words or not (title or ents.is_name(words)):
        return None
    return ents.entity(n.group(), n.start())


def _back_parity(out: dict[int, _speakers.Resolved], turns: list[_Turn], doc: Document) -> None:
    """In a run of dialogue lines, an untagged line nearer to the next tagged line than to the last one
    takes its speaker by counting back from the next tag (… X, Y, X | “…,” said Y)."""
    n = len(turns)
    i = 0
    while i < n:
        j = i
        while j + 1 < n and turns[j + 1].para - turns[j].last_para == 1:
            j += 1
        anchors = [k for k in range(i, j + 1) if _tagged(turns[k].speaker)]
        if anchors:
            for k in range(i, j + 1):
                if _tagged(turns[k].speaker) or not _is_dialogue_run(doc, turns, k, k + 1):
                    continue  # a tagged line, or a line with narration of its own
                ai = bisect_left(anchors, k)  # anchors[ai] is the next tag, anchors[ai - 1] the last one
                if ai >= len(anchors):
                    continue
                b = anchors[ai]
                if turns[b].span[0] - doc.paragraphs[turns[b].para][0] > 2:
                    # narration opens the tag's paragraph ("Sherlock Holmes seemed to be embarrassed by the
                    # question. “Frankly, now!” she repeated"): a turn without words may have passed, so the
                    # count back from that tag says nothing
                    continue
                found = turns[k].speaker
                if k == i and found is not None and found.confidence >= 0.5:
                    continue  # a run's first line, named by the narration before it: that stands
                if ai > 0 and k - anchors[ai - 1] <= b - k and found is not None and found.confidence > _GOES_ON:
                    continue  # the last tag is as near and turn-taking found someone: that stands
                said = turns[b].speaker
                assert said is not None
                if (b - k) % 2 == 0:
                    pick = said
                else:  # the other party: the nearest tagged line at odd distance from b (a few looked at)
                    other = None
                    for x in sorted(anchors[max(0, ai - 6):ai + 7], key=lambda x: abs(x - k)):
                        if (x - b) % 2 == 1:
                            other = turns[x].speaker
                            break
                    if other is None or other.entity == said.entity:
                        continue
                    pick = other
                res = _inherit(pick, 0.45)
                turns[k].speaker = res
                for g in turns[k].groups:
                    out[g] = res
        i = j + 1


def _answered_by_name(out: dict[int, _speakers.Resolved], turns: list[_Turn], doc: Document,
                      ents: _speakers.Entities) -> None:
    """A line of dialogue whose answer names its hearer was said by that hearer (“You said the other day …” /
    “So I did, Beth.”): where turn-taking guessed the line's speaker, or nothing did, the name in the answer
    wins."""
    for k in range(len(turns) - 1):
        t, nxt = turns[k], turns[k + 1]
        res = t.speaker
        if nxt.para - t.last_para != 1 or (res is None and not ents.narrative) \
                or res is not None and (res.mention is not None or res.confidence > 0.5) \
                or not _is_dialogue_run(doc, turns, k, k + 2):
            continue
        # (the answer's first words answer: "‘Shut up, Good!’ said Sir Henry. ‘And now, Quatermain, …’")
        found = _speakers.vocative_mention(doc.text, *nxt.pieces[0], ents) if nxt.pieces else None
        # (a name after a comma: "So I did, Beth."; one that opens the answer may be the answer itself: "What
        # name, sir?" / "Wetherby, on the second floor.", except in a greeting, where the line answered
        # opens by calling someone too: “Tommy, old thing!” / “Tuppence, old bean!”)
        named = (found[0], found[1]) if found is not None and (
            _comma_before(doc.text, found[2]) or _greeting(doc.text, t, nxt, found, ents)) else None
        if named is None or res is not None and res.entity == named[1] or (nxt.speaker is not None and nxt.speaker.entity == named[1]) \
                or ents.gender(named[1]) not in ("m", "f"):
            continue
        new = _speakers.Resolved(named[0], named[1], None, "name", 0.5)
        t.speaker = new
        for g in t.groups:
            if out.get(g) is res:
                out[g] = new


def _greeting(text: str, t: _Turn, nxt: _Turn, found: tuple[str, int, int, int], ents: _speakers.Entities) -> bool:
    """Two lines that each open by calling someone, two different people (“Tommy, old thing!” / “Tuppence,
    old bean!”): each calls the other, so a name that opens the answer names the first line's speaker."""
    if not ents.narrative or not t.pieces or not _called_first(text, nxt.pieces[0][0], found):
        return False
    mine = _speakers.vocative_mention(text, *t.pieces[0], ents)
    return mine is not None and mine[1] != found[1] and _called_first(text, t.pieces[0][0], mine)


def _called_first(text: str, start: int, found: tuple[str, int, int, int]) -> bool:
    """Whether the name ``found`` opens the quotation at ``start`` and is set off by a comma or an
    exclamation mark (“Tommy, old thing!”, not “Norah O’Donnell of CBS News, winner of …”)."""
    return not text[start:found[2]].strip() and found[2] - start < 8 and text[found[3]:found[3] + 1] in (",", "!")


def _comma_before(text: str, pos: int) -> bool:
    """Whether the last character before ``pos`` that is not white space is a comma (looked for backwards,
    not in a copy of the text before it)."""
    j = pos - 1
    while j >= 0 and text[j].isspace():
        j -= 1
    return j >= 0 and text[j] == ","


def _tagged(res: Optional[_speakers.Resolved]) -> bool:
    """A speaker named by the quotation's own tag (not inferred from context)."""
    return res is not None and res.mention is not None and res.entity is not None


def _exchange_openers(out: dict[int, _speakers.Resolved], turns: list[_Turn], doc: Document) -> None:
    """Untagged turns that open an exchange before its first tag: counting back from the first known
    speaker X (answered by Y), they alternate ... Y, X, Y | X."""
    i = 0
    while i < len(turns):
        if turns[i].speaker is not None:
            i += 1
            continue
        j = i
        while j + 1 < len(turns) and turns[j + 1].para - turns[j].last_para <= 1 and turns[j + 1].speaker is None:
            j += 1
        k = j + 1  # the first turn with a speaker after the run i..j
        if k >= len(turns) or turns[k].para - turns[j].last_para > 1 or not _is_dialogue_run(doc, turns, i, k):
            i = k
            continue
        x = turns[k].speaker
        y: Optional[_speakers.Resolved] = None
        if k + 1 < len(turns) and turns[k + 1].para - turns[k].last_para <= 1:
            nxt = turns[k + 1].speaker
            if nxt is not None and x is not None and nxt.name != x.name:
                y = nxt
        if x is not None:
            for m in range(j, i - 1, -1):
                pick = x if (k - m) % 2 == 0 else y
                if pick is None:
                    continue
                res = _inherit(pick, 0.4)
                turns[m].speaker = res
                for g in turns[m].groups:
                    out.setdefault(g, res)
        i = k


_ARTICLES = frozenset({"a", "an", "the"})


def _name_the_described(out: dict[int, _speakers.Resolved], turns: list[_Turn], ents: _speakers.Entities) -> None:
    """A newcomer is described before the text names them: in a conversation between Dick and "a
    gentleman", a speaker named for the first time after the gentleman's last line ("… said Mr. Greyson to
    himself, as he walked away"), with no one else taking part, is the gentleman; his lines take the name."""
    first_seen: dict[int, int] = {}  # entity -> the first turn it speaks in
    for k, t in enumerate(turns):
        for g in t.groups:
            r = out.get(g)
            if r is not None and r.entity is not None:
                first_seen.setdefault(r.entity, k)
    # entities some line names (a nominal linked to "Mr. Fortescue" is Mr. Fortescue already)
    has_name = {r.entity for r in out.values() if r.kind == "name" and r.entity is not None}
    i = 0
    while i < len(turns):
        j = i
        while j + 1 < len(turns) and turns[j + 1].para - turns[j].last_para <= 2:
            j += 1
        lines = [(k, g, out[g]) for k in range(i, j + 1) for g in turns[k].groups if g in out]
        i = j + 1
        # (not a description the text spells as a name, "the Duchess": that is what the text calls her)
        described = {r.entity for _k, _g, r in lines if r.entity is not None and r.kind == "nominal"
                     and r.entity not in has_name and r.name.split(" ", 1)[0].lower() in _ARTICLES
                     and not r.name.rsplit(" ", 1)[-1][:1].isupper()}
        for n in described:
            gender = ents.gender(n)
            if gender not in ("m", "f"):
                continue  # "a young officer": who that is, the text may not say
            first_n = min(k for k, _g, r in lines if r.entity == n)
            last_n = max(k for k, _g, r in lines if r.entity == n)
            named = [(k, r) for k, _g, r in lines if r.entity != n and r.entity is not None and r.kind == "name"
                     and r.mention is not None and k > last_n and first_seen.get(r.entity, -1) > last_n]
            if not named:
                continue
            m = named[0][1]
            if m.entity is None or ents.gender(m.entity) not in (gender, "?"):
                continue
            # one other party, and only them, from the described one's first line to the named one's
            others = {r.entity for k, _g, r in lines if first_n <= k < named[0][0] and r.entity not in (n, m.entity)}
            if len(others) != 1 or None in others:
                continue
            for _k, g, r in lines:
                if r.entity == n:
                    out[g] = _speakers.Resolved(m.name, m.entity, r.mention, r.kind, r.confidence, r.source)
            for k in range(first_n, last_n + 1):
                t = turns[k]
                if t.speaker is not None and t.speaker.entity == n:
                    t.speaker = _speakers.Resolved(m.name, m.entity, t.speaker.mention, t.speaker.kind,
                                                   t.speaker.confidence, t.speaker.source)
            break


def _is_dialogue_run(doc: Document, turns: list[_Turn], i: int, k: int) -> bool:
    """Every turn i..k-1 is a paragraph holding nothing but its quotation (short dialogue lines)."""
    for m in range(i, k):
        ps, pe = doc.paragraphs[turns[m].para]
        if turns[m].span[0] - ps > 2 or pe - turns[m].end > 2:
            return False
    return True


_NARRATOR_NEAR = 5  # the votes that name a narrator's line: the nearest few ...
_NARRATOR_REACH = 20000  # ... within this many characters of it
_NARRATOR_WHOLE_VOTES, _NARRATOR_WHOLE_SHARE = 3, 0.75  # a name that nearly all the votes give, at least three
_NARRATOR_WHOLE_LEAD = 3  # ... or most of them, and this many times as many as any other name


def _name_the_narrator(out: dict[int, _speakers.Resolved], turns: list[_Turn], doc: Document,
                       ents: _speakers.Entities) -> None:
    """A first-person narrator is named by what the others call them: the vocative in the turn right
    before or after one of the narrator's own ("“…, Watson?”" then "“…,” I said"); and by what they call
    themselves (“I am Ralph Percy,” I said; the narration's "My name is John Carter"). Each of the narrator's
    lines takes the name most of the votes nearest to it give: a book can have more than one narrator,
    and a file more than one book."""
    # someone who speaks under their own name in this text is not the narrator ("said Good")
    named = {r.entity for r in out.values() if r.kind == "name" and r.mention is not None and r.entity is not None}
    where: list[int] = []
    votes: list[tuple[str, int]] = []
    # a name stands for the narrator only where it answers, or is answered by, a line of the narrator's own
    # ("said I") once at least: a line turn-taking gave the narrator may be another's (Holmes and Mrs. Smith
    # talk, Watson watches: Mrs. Smith is no name of Watson's)
    sure: set[int] = set()
    uses: dict[str, int] = {}  # how often the text writes a vocative's last word ("Liq." once: no name)
    for k, t in enumerate(turns):
        if t.speaker is None or t.speaker.kind != "narrator":
            continue
        for j in (k - 1, k + 1):
            if 0 <= j < len(turns) and abs(turns[j].para - t.para) <= 2:
                other = turns[j]
                # (the one a line before the narrator's calls last: "Good-morning, Mrs. Smith. -- There is a
                # boatman here, Watson." / “…,” said I: Watson is the narrator, not Mrs. Smith)
                called = other.called_last() if j < k else other.addressee
                if called is not None and other.speaker is not None and other.speaker.kind != "narrator" \
                        and called[1] not in named and _used_again(called[0], doc.text, uses):
                    where.append(t.span[0])
                    votes.append(called)
                    if t.speaker.mention is not None:
                        sure.add(called[1])
    kept = [(w, v) for w, v in zip(where, votes) if v[1] in sure]
    where, votes = [w for w, _v in kept], [v for _w, v in kept]
    own = _narrator_self_named(turns, doc, ents)
    if own:  # the narrator's own word counts as one vote, as another's vocative does (a second narrator may
        # name themselves a chapter away: Dracula's journals, two books in one file)
        merged = sorted([*zip(where, votes), *own], key=lambda wv: wv[0])
        where = [w for w, _v in merged]
        votes = [v for _w, v in merged]
    if not votes:
        return
    same = _one_person_votes(votes, ents)
    if same:
        votes = [same.get(v[1], v) for v in votes]
    # a line far from every vote takes the name nearly all the votes give, where one does (Watson in the
    # Hound's middle chapters, his letters and diary from the moor, a book's length from Holmes's "Watson")
    # (or most of them, far ahead of any other: a narrator who goes by false names now and then, Hannay as
    # "Twisdon" and "Ned Ainslie"; two narrators of a book share the votes more evenly)
    ranked = Counter(votes).most_common(2)
    top, n = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    whole = top if n >= _NARRATOR_WHOLE_VOTES and (n >= _NARRATOR_WHOLE_SHARE * len(votes)
                                                   or 2 * n > len(votes) and n >= _NARRATOR_WHOLE_LEAD * second) \
        else None
    ents.narrator_votes = (where, votes, whole)
    for t in turns:
        for g in t.groups:
            if g in out and (out[g].kind == "narrator" or out[g].name == _speakers.NARRATOR):
                out[g] = _narrator_named(out[g], t.span[0], ents.narrator_votes)
            elif g in out and (eid := out[g].entity) is not None and eid in same:
                # a line turn-taking gave to "Barnes", whom the votes make one with the narrator "Jake": the
                # narrator's, under the name the votes near it give where that is the same person (and so is
                # the turn's, which later passes read: '“No, no!” he said' is then found to be someone else's)
                near = _narrator_vote(t.span[0], where, votes) or whole
                if near is not None and near == same[eid]:
                    out[g] = attrs.evolve(out[g], name=near[0], entity=near[1])
                    if t.speaker is not None and t.speaker.entity in same:
                        t.speaker = attrs.evolve(t.speaker, name=near[0], entity=near[1])


def _one_person_votes(votes: list[tuple[str, int]], ents: _speakers.Entities) -> dict[int, tuple[str, int]]:
    """The narrator's names that a full name among the votes makes one person ("Jacob Barnes" called once:
    "Barnes", its surname, and "Jake", a familiar form of its given name), as entity -> the name of that
    person the most votes give. Empty where no vote is a full name that joins two of them."""
    counts = Counter(votes)
    fulls = [v for v in counts if len(ents.split(v[0])[0]) >= 2]
    if not fulls:
        return {}
    nicknames = ents.pat.lex.nicknames
    out: dict[int, tuple[str, int]] = {}
    for full in fulls:
        fw = ents.split(full[0])[0]
        group = [full]
        for v in counts:
            if v == full:
                continue
            w = ents.split(v[0])[0]
            if len(w) == 1 and (w[0] == fw[-1] or w[0] == fw[0] or fw[0] in nicknames.get(w[0], ())):
                group.append(v)
        if len(group) < 2:
            continue
        best = max(group, key=lambda v: counts[v])
        for v in group:
            if v[1] not in out and v[1] != best[1]:
                out[v[1]] = best
    return out


def _used_again(name: str, text: str, uses: dict[str, int]) -> bool:
    """Whether the text writes the last word of ``name`` more than once (memo in ``uses``)."""
    parts = name.split()
    word = parts[-1] if parts else name
    n = uses.get(word)
    if n is None:
        n = uses[word] = sum(1 for _ in zip(range(2), regex.finditer(
            r"(?<![\p{L}\p{M}])" + regex.escape(word) + r"(?![\p{L}\p{M}])", text)))
    return n >= 2


def _narrator_named(res: _speakers.Resolved, pos: int,
                    by: tuple[list[int], list[tuple[str, int]], Optional[tuple[str, int]]]) -> _speakers.Resolved:
    """A line of the narrator's at ``pos``, or their reported speech in the narration ("I told Sir Henry how
    the matter stood"), under the name the votes near ``pos`` give (:func:`_name_the_narrator`)."""
    where, votes, whole = by
    best = _narrator_vote(pos, where, votes) or whole
    if best is None:
        return res
    return _speakers.Resolved(best[0], best[1], res.mention, "narrator", min(res.confidence, 0.6), res.source)


def _narrator_self_named(turns: list[_Turn], doc: Document,
                         ents: _speakers.Entities) -> list[tuple[int, tuple[str, int]]]:
    """Where a first-person narrator names themselves, and the name: in one of their own lines, or in the
    narration ("My name is John Carter; I am better known as …"). None where the narrator speaks no line."""
    mine = [t for t in turns if t.speaker is not None and t.speaker.kind == "narrator"]
    if not mine:
        return []
    text = doc.text
    found: list[tuple[int, tuple[str, int]]] = []
    for t in mine:
        f = _speakers.first_self_named(text, t.pieces, ents)
        if f is not None:
            found.append((t.span[0], (f[0], f[1])))
    for m in outside(ents.pat.self_intro, text, ents.quoted):
        end = text.find("\n\n", m.end())  # (the paragraph's end)
        f = _speakers.self_named(text, m.start(), end if end >= 0 else len(text), ents)
        if f is not None:
            found.append((m.start(), (f[0], f[1])))
    return found


def _narrator_vote(pos: int, where: list[int], votes: list[tuple[str, int]]) -> Optional[tuple[str, int]]:
    """The name most of the votes nearest to ``pos`` give a narrator's line (at least two), if any."""
    lo = hi = bisect_left(where, pos)  # where[lo:hi]: the votes taken, nearest first
    while hi - lo < _NARRATOR_NEAR:
        left = pos - where[lo - 1] if lo > 0 else None
        right = where[hi] - pos if hi < len(where) else None
        if left is not None and left <= _NARRATOR_REACH and (right is None or left <= right):
            lo -= 1
        elif right is not None and right <= _NARRATOR_REACH:
            hi += 1
        else:
            break
    counts: dict[tuple[str, int], int] = {}
    for key in votes[lo:hi]:
        counts[key] = counts.get(key, 0) + 1
    best = max(counts.items(), key=lambda kv: kv[1]) if counts else None
    return best[0] if best is not None and best[1] >= 2 else None


def _in_conversation(doc: Document, res: _speakers.Resolved, first: Item, turns: list[_Turn],
                     ents: _speakers.Entities, told: int = -1, goes_on: bool = False) -> _speakers.Resolved:
    """'“…,” he said' inside a conversation: a name in the narration since the last turn wins; else the
    participant of that gender, preferring the one who did not speak last; never the one the tag says it
    is said to (``told``: “…,” she said to Lucy). ``goes_on``: the tag's verb says the speaker goes on
    ("continued the lady")."""
    last = turns[-1]
    mention = res.mention
    if mention is None or first.paragraph - last.last_para > 2:
        return res
    lex = ents.pat.lex
    low = mention.text.lower().split()
    if res.kind == "pronoun":
        gender = lex.pronouns.get(low[0], ("x", "", ""))[0] if low else "x"
    else:
        gender = _speakers.described_gender(low, lex)[1] or "x" if low else "x"
    if res.kind == "nominal" and low and (low[-1] in lex.role_nouns or _speakers.head_capitalised(mention.text, low[-1])):
        return res  # "said the nurse", "said the Invisible Man": the character the text calls so throughout
    if res.kind == "nominal" and len(low) == 2 and low[0] == "the" and low[1] in lex.role_titles \
            and res.entity is not None and _DESCRIBED.match(res.name) is None:
        return res  # "said the doctor": the one the text calls "Dr. Livesey" (Entities.role_titled), whoever spoke
    if res.kind == "nominal" and len(low) == 2 and low[0] == "the" and res.entity is not None \
            and _DESCRIBED.match(res.name) is None and ents.apposed_entity(low[1]) == res.entity:
        return res  # "said the lawyer": the one the text calls "Mr. Utterson the lawyer", whoever spoke
    if res.kind == "nominal" and low and low[0] == "the" and res.source >= 0 and res.name[:2].lower() in ("a ", "an") \
            and ents.same_described(mention.text, res.name):
        return res  # "said the thin gentleman": the one brought in as "a thin, elderly gentleman", whoever spoke
    if res.kind == "nominal" and low and low[0] in ("a", "an", "another", "one"):
        return res  # "asked a gentleman on his way to his office": someone new, not one who spoke
    if res.kind == "nominal" and len(low) >= 2 and low[0] == "the" and low[-1] not in ("other", "former", "latter"):
        # '“…,” replied the policeman … / “…,” pursued the\npoliceman': a description that tagged a line of
        # this conversation before means the one it meant then (not the man named since: "said Syme")
        said = " ".join(low)
        for t in _conversation_back(turns, first.paragraph, 6):
            sp = t.speaker
            if sp is not None and sp.entity is not None and sp.mention is not None and sp.entity != told \
                    and " ".join(sp.mention.text.lower().split()) == said:
                return _speakers.Resolved(sp.name, sp.entity, mention, res.kind, 0.6, res.source)
    if res.kind == "nominal" and _speakers.named_possessor(mention.text):
        return res  # "said Scrooge's nephew": that one, whoever spoke last
    if goes_on and res.kind == "nominal" and low and low[0] == "the" \
            and (low[-1] in lex.nominal_gender or low[-1] in lex.person_nouns) \
            and last.speaker is not None and last.speaker.entity is not None and last.speaker.entity != told \
            and (_DESCRIBED.match(res.name) is not None or res.entity == last.speaker.entity) \
            and last.speaker.kind == "name" \
            and ents.gender(last.speaker.entity) in (lex.nominal_gender.get(low[-1], "?"), "?") \
            and first.paragraph - last.last_para <= 2:
        # 'Miss Howard was obviously quite a public character. / “…,” continued the lady': the one who spoke
        # last goes on (not the other party, as with "said the lady"), where the description names no one
        # else
        return _speakers.Resolved(last.speaker.name, last.speaker.entity, mention, res.kind, 0.6, res.source)
    if res.kind == "nominal" and (low == ["the", "other"] or len(low) in (2, 3) and low[0] in ("his", "her")
                                  and low[-1] in _speakers.COMPANIONS) and last.speaker is not None:
        # '“…?” asked Silver. / “…,” answered his companion' / 'said the other' / 'rejoined his young
        # interlocutor': the one who spoke before the last speaker, in this conversation
        for t in _conversation_back(turns, first.paragraph):
            sp = t.speaker
            if sp is not None and sp.entity is not None and sp.entity != last.speaker.entity:
                return _speakers.Resolved(sp.name, sp.entity, mention, res.kind, 0.55, res.source)
        return res
    if res.kind == "nominal" and len(low) == 2 and low[0] in ("his", "her") and res.entity is not None \
            and res.name.lower().startswith(("mr", "mrs")):
        return res  # "said his wife", found through the husband: Mrs. Bennet, whoever spoke last
    if gender not in ("m", "f"):
        head = low[-1][3:] if low and low[-1].startswith("ex-") else low[-1] if low else ""  # ("the ex-convict")
        if res.kind == "nominal" and low and (low[0] == "the" and head in lex.person_nouns
                                              or len(low) == 2 and low[0] in ("his", "her") and low[1] in lex.nominals) \
                and res.source < 0 and last.para != first.paragraph and last.speaker is not None:
            if res.entity is not None and any(t.speaker is not None and t.speaker.entity == res.entity
                                              for t in _conversation_back(turns[-6:], first.paragraph, 6)):
                return res  # "said the sergeant" twice in the conversation: the one who spoke so before
            # '“…?” asked Henry. / “…,” answered the painter': a description of no gender answering
            # means the participant named lately who did not speak last; where the tags named no other, the
            # one the last line called by name ('“This is a very serious matter, Small,” said the
            # detective. / “Justice!” snarled the ex-convict', where Small's own tags said "he")
            for t in _conversation_back(turns[-6:-1], first.paragraph, 5):
                sp = t.speaker
                if sp is not None and sp.entity is not None and sp.kind == "name" and sp.entity != last.speaker.entity:
                    return _speakers.Resolved(sp.name, sp.entity, mention, res.kind, 0.55, res.source)
            called = last.addressee
            if called is not None and called[1] != last.speaker.entity and called[1] != told:
                return _speakers.Resolved(called[0], called[1], mention, res.kind, 0.55, res.source)
        return res
    answered = last.para != first.paragraph and last.speaker is not None and last.speaker.entity is not None
    described = res.kind == "nominal" and low[0] == "the"  # "the man", not "my brother" or "his wife"
    if described and answered and last.speaker is not None and res.entity == last.speaker.entity:
        # '“What time is it?” asked Dick. / “Seven,” said the man.': a description, where a pronoun would
        # have done for the one who just spoke, means the other party
        res = _speakers.Resolved(*ents.nominal_entity(mention.text, mention.start), mention, "nominal", 0.5)
    if described and ents.narrative and (res.source >= 0 or res.entity is not None and res.name.lower().startswith("the ")):
        # '“Wake up!” cried a voice. / “Who are you?” asked John. / “Never mind,” said the man': one who came
        # in unnamed ("a voice", "a young officer") is the one a description means once another has answered
        # them, not the name it would borrow nor a new someone; a description that answers them at once is
        # the other party ('“…?” asked a beggar. / “No,” said the young man')
        for t in _conversation_back(turns, first.paragraph, 4):
            sp = t.speaker
            if sp is None or sp.entity is None or sp.entity == res.entity or sp.entity == told \
                    or not sp.name.lower().startswith(("a ", "an ")) or ents.gender(sp.entity) not in (gender, "?"):
                continue
            if t is last and (first.paragraph - last.last_para == 1 or not sp.name.lower().endswith("voice")):
                break  # (but a voice the narration after it does not answer goes on, now described: '“Wake up
                # there, youngster,” said a rough voice. / Ragged Dick opened his eyes … / “Wake up, you young
                # vagabond!” said the man')
            return _speakers.Resolved(sp.name, sp.entity, mention, res.kind, 0.55, res.source)
    # named in the narration since the last turn; in a story, not in that turn's own tag ("“…?” asked Dick. /
    # “…,” he said": the other party; but "he added" goes on, as in news "Smith said. / “…,” he said" does)
    named_since = res.source >= (max(last.end, last.tag_end) if ents.narrative and not goes_on else last.end) \
        and res.entity != told
    if named_since and (res.kind != "pronoun" or res.subject):
        return res  # ("He reached for the bottle. Kemp stared at it. / “…?” he asked": a sentence's subject)
    if res.kind == "pronoun" and last.speaker is not None and last.speaker.entity is not None \
            and ents.gender(last.speaker.entity) == gender and last.speaker.entity != told:
        a = first.open_mark[0] if first.open_mark else first.start
        # the narration from the paragraph after the last turn's (or from its end, in the same paragraph)
        lead = doc.text[doc.paragraphs[last.last_para + 1][0] if first.paragraph > last.last_para else last.end:a]
        k = 0
        while (n := _speakers.NO_ONE.match(lead, k)) is not None and (stop := _STOP.search(lead, n.end())) is not None:
            k = stop.end()  # ("Not a man among us moved. Growling …, he crawled …": past a sentence about no one)
        if _lead_gender(lead, k, len(lead), lex) == gender or goes_on and 0 < k == len(lead):
            # '—The bard’s noserag! … / He mounted to the parapet again … —God! he said': narration that goes
            # on with the same pronoun goes on with the one who spoke, whoever else it names ("And on receiving
            # an assuring nod from Alexey Alexandrovitch, he went on"); so does "he added" after narration of no
            # one else ("Not a man stirred. / “…,” he added")
            return _speakers.Resolved(last.speaker.name, last.speaker.entity, mention, res.kind, 0.6, res.source)
    if named_since:
        return res
    if last.addressee is not None and last.para != first.paragraph and ents.gender(last.addressee[1]) == gender \
            and (last.speaker is None or last.speaker.entity != last.addressee[1]) and last.addressee[1] != told:
        # “…, my dear Rose.” — “Nonsense!” said she: the one addressed answers
        name, eid = last.addressee
        return _speakers.Resolved(name, eid, mention, res.kind, 0.6, res.source)
    cands: list[_speakers.Resolved] = []
    unsure: list[_speakers.Resolved] = []  # participants of no known gender ("Scrooge"), after the others
    for t in _conversation_back(turns, first.paragraph):
        sp = t.speaker
        if sp is None or sp.entity is None or sp.entity == told or any(c.entity == sp.entity for c in cands + unsure):
            continue
        g = ents.gender(sp.entity)
        if g == gender:
            cands.append(sp)
        elif g == "?" and sp.kind == "name":
            unsure.append(sp)
    if not cands:
        return res
    pick = cands[0]
    if answered and last.speaker is not None and pick.entity == last.speaker.entity:
        if len(cands) > 1:
            pick = cands[1]
        elif described and unsure:
            pick = unsure[0]  # '“…!” said the nephew. / “…,” returned the uncle': Scrooge, the other one
        elif described:
            return res
    return _speakers.Resolved(pick.name, pick.entity, mention, res.kind, 0.6, res.source)


_STOP = regex.compile(r"[.;!?][\"”’']?+(?:\s++|$)")  # a sentence's (or a clause's) end
# narration that opens with "he" or "she" as its subject, maybe after a fronted phrase ("And on receiving an
# assuring nod from Alexey Alexandrovitch, he went on", "And, putting on his coat as he went, he patted …", "Then
# after a pause he added")
_PRON_LEAD = regex.compile(r"\s*+(?:(?:And|But|Then|So|Now),?+[ \t\n]++)?(?:[^,.;:!?“”\"\n]{1,120}+,[ \t\n]*+"
                           r"|(?<=(?:And|But|Then|So|Now)[ \t\n]++)(?:\p{Ll}++[ \t\n]++){1,3}?(?=(?:he|she)\b))?"
                           r"(He|She|he|she)\b")


def _lead_gender(text: str, start: int, end: int, lex: Any) -> Optional[str]:
    """The gender of the "he" or "she" that narration text[start:end] opens with as its subject
    (_PRON_LEAD), or None where it opens otherwise."""
    m = _PRON_LEAD.match(text, start, end)
    return lex.pronouns.get(m.group(1).lower(), ("x",))[0] if m is not None else None


def _conversation_back(turns: list[_Turn], para: int, n: int = 6) -> Iterator[_Turn]:
    """The last ``n`` turns at most, latest first, while each stands within two paragraphs of the one after
    it (the first within two of paragraph ``para``): the conversation so far."""
    for t in reversed(turns[-n:]):
        if para - t.last_para > 2:
            break
        para = t.para
        yield t


def _alternates(order: list[int], groups: dict[int, list[Item]], framed: dict[int, _speakers.Resolved],
                dialogue: bool = True) -> bool:
    """Whether adjacent quote paragraphs of this document change speaker (dialogue) or not (news); with no
    evidence either way, ``dialogue`` says."""
    change = same = 0
    prev: Optional[tuple[int, _speakers.Resolved]] = None
    for g in order:
        res = framed.get(g)
        para = groups[g][0].paragraph
        if res is not None and res.entity is not None and res.kind == "name":  # a name, not a guess from "he"
            if prev is not None and para == prev[0] + 1:
                if prev[1].entity == res.entity:
                    same += 1
                else:
                    change += 1
            prev = (para, res)
        elif prev is not None and para != prev[0]:
            prev = None
    return change > same or change == same and dialogue


_ASKING = frozenset({"ask", "inquire", "enquire", "question", "wonder", "demand", "query", "beg", "press", "urge"})


def _goes_on(r: Reported, pat: Patterns) -> bool:
    """Whether a quotation right after this reported speech is the same person going on: a speech verb
    that tags quotations (not a question, which the other party answers) and a person as its subject."""
    if r.verb is None or r.mention is None or r.verb[3] in _ASKING or "d" not in pat.lex.verb_uses.get(r.verb[3], ""):
        return False
    if r.mention.kind != "nominal":
        return True
    words = r.mention.text.lower().split()
    lex = pat.lex
    return bool(words) and (words[-1] in lex.nominals or words[-1] in lex.person_nouns
                            or words[-1] in lex.nominal_gender)


_TURNS_BACK = 40  # how many turns of a conversation are looked back over for its other participant


_FIRST_PERSON_RATE = 10.0  # a story told in the first person says "I" at least so often per 1,000 words of narration
_I_WORD = regex.compile(r"(?<![\p{L}\p{N}'’])I(?![\p{L}\p{N}'’])")
_WORD = regex.compile(r"[\p{L}\p{N}]++")


def _narration_i_rate(text: str, items: list[Item]) -> float:
    """How many times the narration (the text outside quotations) says "I", per 1,000 of its words."""
    spans = sorted((it.start, it.end) for it in items)
    i_words = words = 0
    pos = 0
    for s, e in [*spans, (len(text), len(text))]:
        if s > pos:
            i_words += sum(1 for _ in _I_WORD.finditer(text, pos, s))
            words += sum(1 for _ in _WORD.finditer(text, pos, s))
        pos = max(pos, e)
    return 1000.0 * i_words / words if words else 0.0


_CUT_OFF = regex.compile(r"(?:--|[—–])[ \t]*+$")


def _cut_off(doc: Document, last: Optional[Item], nxt: Optional[Item]) -> bool:
    """Whether the quotation that ``last`` ends breaks off with a dash where ``nxt``, the next quotation of its
    paragraph, opens at once ("… The first vacant room in the front--” “You must have it,” said Miss
    Bartlett"): another speaker cuts in, so the paragraph's tagged speaker is not this one's."""
    if last is None or nxt is None or last.close_mark is None \
            or _CUT_OFF.search(doc.text, last.start, last.end) is None:
        return False
    a = nxt.open_mark[0] if nxt.open_mark else nxt.start
    return not doc.text[last.close_mark[1]:a].strip()


def _untagged(doc: Document, parts: list[Item], by_para: dict[int, list[Item]],
              para_speaker: dict[int, _speakers.Resolved], turns: list[_Turn],
              ents: _speakers.Entities, pat: Patterns, alternate: bool,
              told_by: Optional[dict[int, tuple[list[int], list[Reported]]]] = None,
              narrative: bool = False, prev: Optional[Item] = None,
              nxt: Optional[Item] = None) -> Optional[_speakers.Resolved]:
    para = parts[0].paragraph
    named = _named_right_before(doc, parts[0], prev, ents, pat) if prev is not None else None
    if named is not None:
        return named
    same = para_speaker.get(para)
    if same is not None and not _cut_off(doc, parts[-1], nxt):
        return _inherit(same, 0.7, True)
    if told_by:
        # 'The administration may be reluctant to act, Schiff said. “The other factor …”': the quotation
        # goes on from the last reported speech before it in its paragraph
        starts, rs = told_by.get(para, ([], []))
        i = bisect_left(starts, parts[0].start) - 1  # (only what starts before can end before)
        while i >= 0 and rs[i].end > parts[0].start:
            i -= 1
        told_m = rs[i].mention if i >= 0 else None
        if told_m is not None:
            return _inherit(_speakers.resolve(told_m, rs[i].start, ents), 0.6, True)
    answering = turns[-1].speaker.entity if narrative and turns and 0 < para - turns[-1].last_para <= 2 \
        and turns[-1].speaker is not None and turns[-1].speaker.entity is not None else -1
    told = _speakers.narration_subject(doc, parts[0], by_para.get(para, []), ents, pat, answering)
    if told is not None:
        return told
    first = parts[0]
    if told_by and first.open_mark is not None and para > 0 and first.open_mark[0] == doc.paragraphs[para][0] \
            and not narrative:
        # 'People should provide evidence for their accusations, he told reporters. / “This is extremely
        # irresponsible.”': a quotation opening its paragraph goes on from the reported speech that ended the
        # paragraph before
        before = told_by.get(para - 1)
        if before:
            r = before[1][-1]
            tail = doc.text[r.end:doc.paragraphs[para - 1][1]]
            if len(tail) <= 40 and not any(it.start >= r.end for it in by_para.get(para - 1, ())) \
                    and r.mention is not None:
                return _inherit(_speakers.resolve(r.mention, r.start, ents), 0.5, True)
    gesture: Optional[_speakers.Resolved] = None  # _narrator_gesture_between's answer, once asked
    gestured = False
    if first.open_mark is not None and para > 0 and para - 1 not in by_para \
            and _frames.position(doc, first) == "start" and first.open_mark[0] == doc.paragraphs[para][0]:
        # a quotation opening its paragraph after a paragraph of narration: that narration's subject
        gesture = _narrator_gesture_between(doc, turns, para, ents)
        gestured = True
        if gesture is not None:
            return gesture
        if narrative and ents.narrator_speaks_before(first.start):
            # "… I began to believe that I had found an ally, and I answered him at once. / “…”": the narrator
            return _speakers.Resolved(_speakers.NARRATOR, None, None, "narrator", 0.5)
        if narrative and ents.first_person and ents.narrator_acts_before(first.start) \
                and _I_GESTURE.match(doc.text, doc.paragraphs[para - 1][0]) is None:
            # "I went up-stairs. Bill was in his room … I stood beside him. / “Where's Cohn?”": the narrator,
            # who acted last (not where the paragraph is a silent answer: "I shook my head." / “That is Japp …”
            # goes on from the one who asked)
            return _speakers.Resolved(_speakers.NARRATOR, None, None, "narrator", 0.45)
        found = ents.recent_subject(first.start, "x")
        if found is not None and ents.narrative:
            called = _speakers.first_vocative(doc.text, [(p.start, p.end) for p in parts], ents)
            if called is not None and called[1] == found[1]:
                # 'Poirot stepped forward briskly. Manning’s eye swept over him with a faint contempt. / “You
                # were planting a bed of begonias …, were you not, Manning?”': not the one the line calls, but
                # the other one that narration names
                # (where it names no one else, the line stays the called one's for now: the check for a line
                # that calls its own speaker gives it to the one who spoke before)
                gs = doc.paragraphs[para - 1][0]
                other = ents.antecedent(first.start, "x", gs, sure=True, besides=called[1])
                if other is not None and other[1] != called[1] and ents.gender(other[1]) in ("m", "f"):
                    found = other
                elif ents.first_person and _TO_ME.search(doc.text, gs, doc.paragraphs[para - 1][1]) is not None:
                    # "Dorcas came up to me rather mysteriously, and asked if she might have a few words with me.
                    # / “Certainly. What is it, Dorcas?”": the narrator answers the one the narration brings on
                    return _speakers.Resolved(_speakers.NARRATOR, None, None, "narrator", 0.5)
        if found is not None:
            return _speakers.Resolved(found[0], found[1], None, "name", 0.5, found[2])
        if ents.first_person:
            # "I questioned Poirot mutely. He put his lips to my ear. / “…”": after the narrator's own
            # sentence, the "he" or "she" of the next one speaks
            found = ents.pronoun_after_i(first.start)
            if found is not None:
                return _speakers.Resolved(found[0], found[1], None, "pronoun", 0.45, found[2])
    if not turns or para - turns[-1].last_para > 2:
        return None
    last = turns[-1]
    if last.para == para and last.speaker is not None:
        return _inherit(last.speaker, 0.6, True)
    # turn-taking and continuing speakers hold for a quotation that opens its own paragraph; one inside a
    # paragraph of narration about something else ("… the crowd was smaller. “Leave our boat alone.” The
    # words had been chalked …") stays unattributed
    if first.open_mark is not None and first.open_mark[0] != doc.paragraphs[para][0] and last.para != para:
        return None
    if not alternate:
        return _inherit(last.speaker, 0.5, True) if last.speaker is not None else None
    if para - last.last_para == 2 and para - 1 not in by_para:
        gs, ge = doc.paragraphs[para - 1]  # a short paragraph of narration between the two lines
        if ge - gs < 80 and pat.silent_answer.match(doc.text, gs, ge) is not None:
            # '“Mr. Heathcliff?” I said. / A nod was the answer. / “Mr. Lockwood, your new tenant, sir.”': the
            # one spoken to answered without words, and the one who spoke goes on (someone no one knows
            # yet: '“TOM!” / No answer. / “TOM!”' is not Tom)
            return _inherit(last.speaker, 0.45) if last.speaker is not None else None
        if not gestured:  # (asked above already where the quotation opens its paragraph)
            gesture = _narrator_gesture_between(doc, turns, para, ents)
        if gesture is not None:
            return gesture
    # a conversation: the participant who is not the last speaker
    b = last.speaker
    if last.addressee is not None and (b is None or b.entity != last.addressee[1]) \
            and not _epithet(last.addressee, ents):
        name, eid = last.addressee
        if ents.first_person and not ents.named_outside(eid) and b is not None and b.kind != "narrator":
            # "“What you doing, Nick?” / “I'm a bond man.”": in a story told in the first person, someone
            # addressed by a name the narration never uses is the narrator
            return _speakers.Resolved(_speakers.NARRATOR, None, None, "narrator", 0.5)
        return _speakers.Resolved(name, eid, None, "name", 0.5)
    prev_para = last.para
    # (at most _TURNS_BACK turns back, and no copy of them: this runs once per untagged quotation, and a long
    # conversation with no speaker named would otherwise be walked back to its start each time)
    for k in range(len(turns) - 2, max(-1, len(turns) - 2 - _TURNS_BACK), -1):
        t = turns[k]
        if prev_para - t.last_para > 2:
            break
        prev_para = t.para
        if t.speaker is not None and (b is None or t.speaker.name != b.name) and not _a_thing(t.speaker, pat) \
                and not _passer_by(t.speaker, pat) and not _group(t.speaker, pat):
            if k == len(turns) - 2 and b is not None:
                brought = _brought_in(doc, turns, t, b, ents)
                if brought is not None:
                    return brought
            # (not a thing that 'said' its line, the note read aloud, nor "said one" of some youths passing,
            # nor "said we both": they take no part in a conversation as one of its two sides)
            return _inherit(t.speaker, 0.45)
    # no one else has spoken: the one who spoke goes on ("…,” Collins told MSNBC. / “So the best way …”), a
    # guess that counting back from a later tag overrides
    if b is not None and narrative and _goes_on_in_narration(doc, last, first, b, ents):
        return _inherit(b, _GOES_ON, True)  # (the narration between is still about the one who spoke)
    if b is not None and (b.entity is not None or b.kind == "narrator") and narrative:
        # a new paragraph's line in a story where only one person has spoken: the person the narration named
        # lately who is not that speaker ("Buck Mulligan … linked his arm in Stephen's … / “…”"; after "said I",
        # anyone named)
        # (a man or a woman, named, or described as one the text names: "The butler brought me my coffee, and I
        # took the chance to ask him a few questions. / “…,” said I / “I don't know, sir.”" is the butler,
        # Barrymore, not the Mortimer named before him; not "the lady" no name is given)
        floor = max(0, first.start - 1500)
        besides = b.entity if b.entity is not None else -1
        found = max((f for f in (ents.antecedent(first.start, g, floor, sure=True, besides=besides) for g in "mf")
                     if f is not None and f[1] != besides and _DESCRIBED.match(f[0]) is None),
                    key=lambda f: f[2], default=None)
        if found is not None and ents.gender(found[1]) in ("m", "f"):
            return _speakers.Resolved(found[0], found[1], None, "name", 0.4, found[2])
    if ents.first_person and b is not None and b.kind != "narrator" and narrative and not _group(b, pat) \
            and not _a_thing(b, pat) and (last.span[0] - doc.paragraphs[last.para][0] <= 2
                                          or _COLON_BEFORE.search(doc.text, max(0, last.span[0] - 6), last.span[0])):
        # a story told in the first person, and only one other has spoken in this scene: the narrator answers
        # ('“Are you Mr. Hale?” she asked. / “I am. Sit down, please.”'; also where the line ends a paragraph of
        # narration after a colon: 'A man leaned over … and asked in English:\n“You're Americans?”' / “Sure.”)
        return _speakers.Resolved(_speakers.NARRATOR, None, None, "narrator", _GOES_ON)
    return _inherit(b, _GOES_ON, True) if b is not None else None


_COLON_BEFORE = regex.compile(r":[ \t\n]*+[\"“‘']?+$")  # narration that ends in a colon right before a line


def _brought_in(doc: Document, turns: list[_Turn], before: _Turn, b: _speakers.Resolved,
                ents: _speakers.Entities) -> Optional[_speakers.Resolved]:
    """In a story, the one the narration before a new speaker's tagged line brings into the scene in place of
    the one who spoke before (``before``): "This was the last sentence by which he could weary Catherine's
    attention, for he was just then borne off … Her partner now drew near, and said, “…”" / "“…”" is
    Catherine's, not Thorpe's. That narration must name one person besides the new speaker, someone who has
    spoken lately, and not name the one who spoke before."""
    last = turns[-1]
    if not ents.narrative or b.entity is None or before.speaker is None or before.speaker.entity is None \
            or before.last_para >= last.para:
        return None
    ps = doc.paragraphs[last.para][0]
    if last.span[0] - ps <= 2:
        return None
    others = {f[1]: f for f in ents.named_in(ps, last.span[0]) if f[1] != b.entity}
    if len(others) != 1 or before.speaker.entity in others:
        return None
    spoke = {u.speaker.entity for u in turns[max(0, len(turns) - _TURNS_BACK):] if u.speaker is not None}
    name, eid, at = next(iter(others.values()))
    return _speakers.Resolved(name, eid, None, "name", 0.45, at) if eid in spoke else None


def _narrator_gesture_between(doc: Document, turns: list[_Turn], para: int,
                              ents: _speakers.Entities) -> Optional[_speakers.Resolved]:
    """'“Do you know who that little man is?” / I shook my head. / “That is Japp …”': in a story told in the
    first person, where the one short paragraph between the last line and this one is the narrator's answer
    without words (_I_GESTURE: "I nodded", "I acquiesced"), the one who spoke last goes on."""
    if not ents.first_person or not turns or para - turns[-1].last_para != 2:
        return None
    last = turns[-1]
    gs, ge = doc.paragraphs[para - 1]
    if last.speaker is None or last.speaker.kind == "narrator" or last.speaker.entity is None or ge - gs >= 80 \
            or _I_GESTURE.match(doc.text, gs, ge) is None:
        return None
    return _inherit(last.speaker, 0.45)


def _goes_on_in_narration(doc: Document, last: _Turn, first: Item, b: _speakers.Resolved,
                          ents: _speakers.Entities) -> bool:
    """Whether the narration between the last turn and ``first`` opens with a "he" or "she" of the last
    speaker's gender: it is still about them ('“… did he come at all?” / She could settle it in no way that
    gave her pleasure. / “He could be still amiable …”')."""
    if b.entity is None or first.paragraph <= last.last_para + 1:
        return False
    a = first.open_mark[0] if first.open_mark else first.start
    lead = _lead_gender(doc.text, doc.paragraphs[last.last_para + 1][0], a, ents.pat.lex)
    return lead is not None and ents.gender(b.entity) in (lead, "?")


def _epithet(called: tuple[str, int], ents: _speakers.Entities) -> bool:
    """Whether a name a line calls someone by is a mock title of words that are no given names, which the
    narration never uses ("“You shall, then, Fallen Grandeur,” says the duke"): no clue to who answers."""
    words, title = ents.split(called[0])
    lex = ents.pat.lex
    return len(words) >= 2 and not title and not ents.named_outside(called[1]) \
        and not any(w in lex.male_names or w in lex.female_names for w in words)


# the narrator's answer without words ("I shook my head.", "I nodded again."), not an act before words of
# their own ("I could not help laughing. / “My dear Poirot, …”")
_I_GESTURE = regex.compile(r"[ \t]*+I[ \t\n]++(?:\p{Ll}++[ \t\n]++)?(?:nodded|shook[ \t\n]++my[ \t\n]++head|shrugged|bowed"
                         r"|acquiesced|assented|smiled)\b")


_TO_ME = regex.compile(r"(?<![\p{L}\p{M}])me(?![\p{L}\p{M}])")  # the narrator, in someone else's sentence


# a sentence's end for certain: a word of two small letters or more, or a figure, before the stop
_SENTENCE_END_BEFORE = regex.compile(r"(?:(?<![\p{L}\d])([\p{L}\d]*[\p{Ll}\d]{2})[.!?]|[!?])[\"”’')]?[ \t\n]++$")


# a tag after a comma inside a sentence of narration (", dos Santos says.")
_TAG_AFTER_COMMA = regex.compile(r",[ \t\n]++(?:[\p{L}.'’\-]++[ \t\n]++){1,4}?(?:says|said|adds|added|explains|explained"
                                 r"|notes|noted|writes|wrote)\b")


def _named_right_before(doc: Document, first: Item, prev: Item, ents: _speakers.Entities,
                        pat: Patterns) -> Optional[_speakers.Resolved]:
    """A quotation after another in its paragraph (``prev``, the one that closes last before it), with a
    sentence between that opens with someone's name: that one speaks (“Kitty, kitty, kitty,” but the kitten
    only mewed. Alexandra turned away decidedly. “No, she won't come down.”), not the paragraph's first
    speaker."""
    if first.open_mark is None or prev.close_mark is None:
        return None
    text = doc.text
    lo, hi = prev.close_mark[1], first.open_mark[0]
    starts = doc.sentence_starts
    k = bisect_left(starts, hi) - 1
    while k >= 0 and starts[k] > lo:
        st = starts[k]
        k -= 1
        end = _SENTENCE_END_BEFORE.search(text, max(0, st - 24), st)
        if end is None or (end.group(1) or "").lower() in pat.lex.abbreviations:
            continue  # (after an initial or an abbreviation: "Rep. G.K. Butterfield", "the U.S. Chamber", "Del.")
        m = pat.narration_subject.match(text, st, hi)
        if m is None or m.group("name") is None:
            continue
        if _TAG_AFTER_COMMA.search(text, st, hi) is not None:
            continue  # ("The ACLU won't represent him, dos Santos says. “…”": the sentence has its speaker)
        ms, me = m.span("name")
        found = _speakers.named_subject(text, ms, me, ents, len(text))
        if found is None:
            continue
        name, eid = found
        if ents.gender(eid) not in ("m", "f"):
            continue  # ("The ACLU won't be representing him, dos Santos says. “…”": no one a line is said by)
        return _speakers.Resolved(name, eid, None, "name", 0.55)
    return None


def _passer_by(res: _speakers.Resolved, pat: Patterns) -> bool:
    """A speaker that is an indefinite pronoun no one resolves ("“Getting a bit hot, eh?” said one", of some
    youths passing by; "someone", "another")."""
    if res.kind != "pronoun" or res.entity is not None or res.mention is None:
        return False
    low = res.mention.text.lower()
    return low != "who" and pat.lex.pronouns.get(low) == ("x", "sg", "3")


def _group(res: _speakers.Resolved, pat: Patterns) -> bool:
    """A speaker that is a plural pronoun no one resolves ("“Evening,” said we both", "they cried"): several
    people at once, not one side of a conversation."""
    if res.kind != "pronoun" or res.entity is not None or res.mention is None:
        return False
    return pat.lex.pronouns.get(res.mention.text.lower(), ("", ""))[1] == "pl"


def _a_thing(res: _speakers.Resolved, pat: Patterns) -> bool:
    """An unresolved neuter pronoun ("“…,” it said" of a note): a speaker that is no person."""
    return res.entity is None and res.kind == "pronoun" and pat.lex.pronouns.get(res.name.lower(), ("",))[0] == "n"


_GOES_ON = 0.4  # the confidence of a speaker who goes on because no one else has spoken


_CRLF = regex.compile(r"\r\n")


def _in_text(q: Quote, text: str, crs: list[int]) -> Quote:
    """``q``, found in ``text`` with its ``\\r\\n`` read as ``\\n``, in ``text`` itself: each offset moves by the
    carriage returns dropped before it (``crs``: where each stood in the shorter text), and every span's text
    is read from ``text``."""
    def at(p: int) -> int:
        return p + bisect_left(crs, p)

    def span(sp: Optional[Span]) -> Optional[Span]:
        if sp is None:
            return None
        a, b = at(sp.start), at(sp.end)
        return attrs.evolve(sp, text=text[a:b], start=a, end=b)

    speaker = q.speaker
    if speaker is not None and speaker.start is not None and speaker.end is not None:
        a, b = at(speaker.start), at(speaker.end)
        speaker = attrs.evolve(speaker, text=text[a:b], start=a, end=b)
    verb = q.verb
    if verb is not None:
        a, b = at(verb.start), at(verb.end)
        verb = attrs.evolve(verb, text=text[a:b], start=a, end=b)
    addressee = q.addressee
    if addressee is not None:
        a, b = at(addressee.start), at(addressee.end)
        addressee = attrs.evolve(addressee, text=text[a:b], start=a, end=b)
    a, b = at(q.start), at(q.end)
    return attrs.evolve(q, text=text[a:b], start=a, end=b, speaker=speaker, verb=verb,
                        open_mark=span(q.open_mark), close_mark=span(q.close_mark), addressee=addressee)


def _inherit(res: _speakers.Resolved, conf: float, goes_on: bool = False) -> _speakers.Resolved:
    """``res``'s speaker for a quotation with no mention of its own (``goes_on``: the same person going on,
    whose mention is then carried for the public Speaker; turn-taking carries none)."""
    return _speakers.Resolved(res.name, res.entity, None, res.kind if res.kind != "pronoun" else "name",
                              min(conf, res.confidence), via=(res.mention or res.via) if goes_on else None)


def _confidence(it: Item, res: Optional[_speakers.Resolved]) -> float:
    conf = it.confidence * (0.5 + 0.5 * res.confidence) if res is not None else it.confidence
    return round(conf, 3)


def _addressees(doc: Document, items: list[Item], ents: Optional[_speakers.Entities],
                speakers: dict[int, _speakers.Resolved]) -> dict[int, Addressee]:
    """Whom each direct quotation speaks to, where it names them (its last part that names someone: “But
    why?” he persisted … “George, persuade them!” addresses George); never its own speaker."""
    if ents is None:
        return {}
    text = doc.text
    groups: dict[int, list[Item]] = {}
    for it in items:
        if it.kind == "direct":
            groups.setdefault(it.group, []).append(it)
    out: dict[int, Addressee] = {}
    for g, parts in groups.items():
        found = _speakers.first_vocative(text, [(p.start, p.end) for p in reversed(parts)], ents)
        if found is None:
            continue
        name, eid, s, e = found
        res = speakers.get(g)
        if res is None or (res.entity != eid and res.name != name):
            out[g] = _addressee_unchecked(name, s, e, text[s:e], eid)
    return out


def _quote(doc: Document, it: Item, res: Optional[_speakers.Resolved], quote_id: int, part: int,
           addressee: Optional[Addressee] = None) -> Quote:
    """The public Quote of an item; built without re-running validators, since every offset here was
    taken from the text itself (tests/test_properties.py re-validates results through Quote.from_dict)."""
    text = doc.text
    speaker = None
    verb = None
    if res is not None:
        m = res.mention
        kind = res.kind if res.kind in MENTION_KINDS else "name"
        if m is None and res.via is not None:
            # goes on from another quotation's speaker: that one's mention, and no verb of its own
            v = res.via
            k = v.kind if v.kind in MENTION_KINDS else kind
            speaker = _speaker_unchecked(res.name, v.start, v.end, v.text, k, res.entity, float(res.confidence))
        else:
            speaker = _speaker_unchecked(res.name, m.start if m else None, m.end if m else None,
                                         m.text if m else None, kind, res.entity, float(res.confidence))
        frame = it.frame
        if frame is not None and frame.verb is not None and m is not None:
            vs, ve, vt, lemma = frame.verb
            verb = _verb_unchecked(vt, lemma, vs, ve)
    elif it.kind != "direct" and it.frame is not None and it.frame.verb is not None:
        vs, ve, vt, lemma = it.frame.verb  # "it was revealed that …": a verb, and no one's
        verb = _verb_unchecked(vt, lemma, vs, ve)
    om = it.open_mark
    cm = it.close_mark
    return _quote_unchecked(
        text[it.start:it.end], it.start, it.end, it.kind, speaker, verb,
        _span_unchecked(text[om[0]:om[1]], om[0], om[1]) if om else None,
        _span_unchecked(text[cm[0]:cm[1]], cm[0], cm[1]) if cm else None,
        it.paragraph, doc.sentence_of(it.start), quote_id, part, _confidence(it, res), addressee,
    )


@functools.lru_cache(maxsize=32)
def _cached(options: tuple[tuple[str, Any], ...]) -> Extractor:
    return Extractor(**dict(options))


def extract(text: Any, **options: Any) -> list[Quote]:
    """Every quotation in ``text`` (a ``str``), in document order, as :class:`~quoteattr.types.Quote` objects.

    Options are those of :class:`Extractor`; an Extractor is built once per set of options.
    """
    try:
        key = tuple(sorted((k, tuple(v) if isinstance(v, list) else v) for k, v in options.items()))
        ex = _cached(key)
    except TypeError as err:  # unhashable or unknown option
        if any(k not in Extractor.__init__.__code__.co_varnames for k in options):
            raise TypeError(f"unknown option(s) {sorted(set(options) - set(Extractor.__init__.__code__.co_varnames))}") from None
        raise err
    return ex.extract(text)
