"""Attribution frames: which speech verb and which mention attribute each quote.

Frames are tried in order, nearest first:

1. after the closing mark: ``“…,” X said`` / ``“…,” said X`` / ``“…,” X, the chief, said`` /
   ``“…” ― X`` (an epigraph-style dash);
2. inside a dialogue-dash line: ``—Back to barracks! he said sternly.``;
3. before the opening mark, in the same sentence: ``X said: “…”`` / ``X said, “…”`` /
   ``according to X, “…”`` / ``X: “…”``.

A quotation that none of these frame is kept untagged for the speaker resolver
(continuation, turn-taking). A short quotation in the middle of a sentence with
no frame of its own is a *fragment* (a scare quote, a title, a quoted phrase):
it is not reported as a direct quotation.
"""

from __future__ import annotations

import functools
from typing import Any, Optional

import attrs
import regex

from quoteattr.document import Document
from quoteattr.lexicon import Lexicon
from quoteattr.patterns import _ADV, _AUX, Patterns


@attrs.frozen(slots=True)
class Mention:
    start: int
    end: int
    text: str
    kind: str  # name | pronoun | nominal
    # a relative pronoun's antecedent ("business leaders who say …": the mention is "who", this is
    # "business leaders"), which names the speaker
    refers: Optional[Mention] = None


@attrs.frozen(slots=True)
class Frame:
    verb: Optional[tuple[int, int, str, str]]  # start, end, text, lemma
    mention: Optional[Mention]
    where: str  # after | inline | before | according | lead | subject | dash | dep | reported
    end: int  # where the frame's text ends (for linking an interrupted quote)


@attrs.define(slots=True)
class Item:
    """A quotation part on its way through the stages."""

    start: int
    end: int
    open_mark: Optional[tuple[int, int]]
    close_mark: Optional[tuple[int, int]]
    group: int
    paragraph: int
    confidence: float
    dash: bool = False
    frame: Optional[Frame] = None
    fragment: bool = False
    kind: str = "direct"


@attrs.frozen(slots=True)
class Reported:
    """A reported-speech frame found by :mod:`quoteattr.reported` (rules) or :mod:`quoteattr.stanza` (parses).

    ``start``/``end`` delimit the reported content (the complement clause);
    ``kind`` is ``"indirect"``, or ``"mixed"`` where the content holds a quoted
    fragment (whose Items are then not reported on their own).
    """

    start: int
    end: int
    kind: str  # indirect | mixed
    verb: Optional[tuple[int, int, str, str]]  # start, end, text, lemma
    mention: Optional[Mention]
    confidence: float = 0.6
    # how the rules found it: "c" a clause, "t" a to-infinitive, "n" a noun phrase after the verb, "tag" /
    # "tag2" content before / after a tag, "acc" according to, "lead" a "Name:" lead; "" from a parse
    frame: str = ""




# what stands before a month that is a time, not a name ("in May", "early June", "the first of March")
_TIME_BEFORE = regex.compile(r"(?i:\b(?:in|on|of|by|since|until|till|through|throughout|during|last|next|early|"
                             r"late|mid|this|that|each|every|before|after|from|to|between|"
                             r"around|about|the|a|an|his|her|their|its|our|my|your|whose)\s++|-)$")  # ("her March comment")
# a determiner and a word before ("the bright August lights", "a cold March wind"): a month describing a thing
_DETERMINER_WORD_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])(?i:the|a|an|this|that|his|her|their|its|our|my|your)[ \t\n]++"
                                        r"\p{Ll}++[ \t\n]++$")
_FIGURE_AFTER = regex.compile(r"[ \t]*+,?[ \t]*+\d")
_PRONOUN_AFTER = regex.compile(r"[ \t\n]++(?:you|I|he|she|we|they|it|thee|ye)\b")  # "Will you", "May I": a verb


def ambiguous_name(text: str, s: int, e: int, lex: Lexicon) -> bool:
    """Whether the lone word text[s:e], a month that is also a name (ambiguous_names.txt), names someone
    here: no figure after it ("May 3", "June, 2016"), no pronoun after it ("May I", "Will you": a verb), no
    time word before it ("in May", "early June") and no determiner and word ("the bright August lights")."""
    if text[s:e].lower().rstrip(".") not in lex.ambiguous_names:
        return False
    if _FIGURE_AFTER.match(text, e) is not None or _PRONOUN_AFTER.match(text, e) is not None:
        return False
    return _TIME_BEFORE.search(text, max(0, s - 12), s) is None and _DETERMINER_WORD_BEFORE.search(text, max(0, s - 30), s) is None


# a verb of seeing or hearing, or of letting, whose object does the speaking: "the miscreants heard Peter cry"
_PERCEIVED = regex.compile(r"(?<![\p{L}\p{M}])(?:heard|saw|watched|felt|noticed|let|made|bade)[ \t\n]++(?=\p{Lu})")


def _mention(text: str, m: regex.Match[str], suffix: str, pat: Patterns) -> Optional[Mention]:
    for kind, key in (("pronoun", "pron"), ("nominal", "nom"), ("name", "name")):
        g = key + suffix
        if m.group(g) is not None:
            s, e = m.span(g)
            if kind == "nominal" and not suffix and _group(m, "app") is not None:
                # "The Labour leader, Keir Starmer, said": the name set off after the description is the speaker
                # (also with an affiliation after it: "the study's lead author, Dr. Priya Natarajan of Yale,")
                a_s, a_e = m.span("app")
                n = pat.name_re.fullmatch(text, a_s, a_e)
                if n is None:
                    n = pat.name_re.match(text, a_s, a_e)
                    if n is not None and _AFFILIATION.match(text, n.end(), a_e) is None:
                        n = None
                if n is not None:
                    ns, ne = _trim_name(text, n.start(), n.end(), pat)
                    if ne > ns:
                        return Mention(ns, ne, text[ns:ne], "name")
            if kind == "name":
                cut = _DOT_PRONOUN.search(text, s, e) if text[max(0, s - 4):s].lower() == "the " else None
                if cut is not None and text[s:cut.start()].lower() in pat.lex.titles:
                    # "said the count. He took out a cigar-case": the count, a description
                    return Mention(s - 4, cut.start(), text[s - 4:cut.start()], "nominal")
                s, e = _trim_name(text, s, e, pat)
                if e - s > 2 and text[e - 2:e] in (" I", "\tI", "\nI") and text[s].islower() \
                        and all(w.endswith("ly") or w in _LINKS for w in text[s:e - 1].split()):
                    return Mention(e - 1, e, "I", "pronoun")  # "“…,” and luckily I added": the narrator
                s = max((x.end() for x in _PERCEIVED.finditer(text, s, e)), default=s)  # "the miscreants heard Peter cry": Peter
                if e <= s:
                    return None
                named = named_after_post(text, e, min(len(text), e + 120), pat)
                if named is not None:
                    return named  # "said undecided Republican voter Stephanie Hooton"
                if PARTY_TAG.fullmatch(text, s, e) is not None:
                    # "Rep. Jim Jordan, R-Ohio, who chairs the committee, said": a party and a state set off
                    # after a name are that name's
                    return _apposed_name(text, Mention(s, e, text[s:e], "name"), max(0, s - 80), pat)
            return Mention(s, e, text[s:e], kind)
    return None


# words that join a tag to the quotation before it ("“…,” and luckily I added")
_LINKS = frozenset({"and", "then", "so", "but"})
# lower-case words after a capitalised modifier, then a capitalised name: the post of the one named
# ("Democratic [presidential candidate ]Bernie Sanders", "GOP [strategist ]Ann Roe")
_POST_BEFORE_NAME = regex.compile(r"[ \t]++((?:[\p{Ll}\-]++[ \t]++){1,3}?)(?=\p{Lu}[\p{Ll}\p{M}])")
# words that open a clause or a phrase, which no post holds ("Clinton [said in ]Ohio")
_NOT_POST = frozenset({"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my",
                       "your", "and", "or", "but", "of", "in", "at", "on", "for", "from", "to", "with", "by", "as",
                       "than", "who", "which", "whom", "whose", "is", "was", "are", "were", "has", "had", "have", "be",
                       "been", "not", "during", "since", "until", "between", "across", "around", "throughout",
                       "inside", "within", "when", "while", "where", "after", "before", "if", "so", "then"})


def post_words(words: list[str], lex: Lexicon) -> bool:
    """Whether lower-case words are a post: the last a noun of people (nominals.txt, person_nouns.txt,
    role_nouns.txt), none a word that opens a clause or a phrase ("presidential candidate", "strategist")."""
    if not words or any(w in _NOT_POST for w in words):
        return False
    last = words[-1]
    return last in lex.nominals or last in lex.person_nouns or last in lex.role_nouns


def named_after_post(text: str, e: int, end: int, pat: Patterns) -> Optional[Mention]:
    """The name that a post after ``e`` leads to, before ``end``: "Democratic presidential candidate Bernie
    Sanders" names Bernie Sanders, not "Democratic" (None where no post and name follow)."""
    r = _POST_BEFORE_NAME.match(text, e, end)
    if r is None or not post_words(r.group(1).split(), pat.lex):
        return None
    n = pat.name_re.match(text, r.end(), end)
    if n is None:
        return None
    ns, ne = _trim_name(text, n.start(), n.end(), pat)
    return Mention(ns, ne, text[ns:ne], "name") if ne > ns else None


PARTY_TAG = regex.compile(r"[DRI]-\p{Lu}[\p{L}.]*+(?:[ \t]\p{Lu}[\p{L}.]*+)?")  # "R-Ohio", "D-N.Y.", "D-New York"


_AFFILIATION = regex.compile(r"[ \t\n]++(?:of|at|from|with)[ \t\n]")  # "Dr. Priya Natarajan of Yale"


def _group(m: Any, g: str) -> Optional[str]:
    """Group ``g`` of a match, None where the match's pattern has no such group."""
    try:
        found: Optional[str] = m.group(g)
    except IndexError:
        return None
    return found


_DOT_PRONOUN = regex.compile(r"\.[ \t\n]++(?:He|She|It|They|We|I|You)$")  # "count. He": two sentences


def _trim_name(text: str, s: int, e: int, pat: Patterns) -> tuple[int, int]:
    """Drop sentence-initial function words ("But Smith"), the clause before a name ("- that was all Smith":
    up to its last lower-case auxiliary or a dash) and a final sentence dot."""
    non = pat.lex.non_names
    ambiguous = pat.lex.ambiguous_names
    if text.find(" ", s, e) >= 0:
        s = _after_clause(text, s, e)
    s0 = s
    prev = ""
    while True:
        sp = text.find(" ", s, e)
        first = text[s:sp] if sp >= 0 else text[s:e]
        low = first.lower().rstrip(".")
        if sp >= 0 and low in non and low not in pat.lex.titles \
                and not (low in ambiguous and (s == s0 or prev == "the")):  # ("May Welland", "the March Hare")
            s = sp + 1
            prev = low
            while s < e and text[s] == " ":
                s += 1
            continue
        break
    cut = _DOT_PRONOUN.search(text, s, e)
    if cut is not None:
        e = cut.start()  # "said the count. He took out a cigar-case": a sentence's pronoun after a title's word
        if " " not in text[s:e].strip() and text[s:e].strip().lower() in pat.lex.titles and text[s:s + 1].islower():
            return s, s  # ("said the count. He": no name; "said Mother. She": Mother)
    word = text[s:e]
    if word.lower() in non and not (s == s0 and ambiguous_name(text, s, e, pat.lex)) \
            or word.lower() in pat.lex.pronouns:
        return s, s  # (a lone month names someone only with no figure after it: "said May", not "said May 3")
    if _ADVERB_FORM.fullmatch(text, s, e) is not None:
        return s, s  # "Unintentionally she returned to the room; he … said": an adverb opening the sentence
    if e - s > 2 and text[e - 1] == "." and text[e - 3] != " " and text[e - 3] != ".":
        last = text[text.rfind(" ", s, e) + 1: e - 1].lower()
        if last not in pat.lex.titles:
            e -= 1
    return s, e


# a capitalised word shaped like an adverb, long enough to be no given name ("Sally", "Beverly" are)
_ADVERB_FORM = regex.compile(r"\p{Lu}\p{Ll}{3,}+(?<=ally|ently|antly|ously|ively|fully|lessly|edly|ingly|ably|ibly)")

# lower-case words that end a clause before a name ("- that was all Smith"), with the dashes
_NOT_IN_NAME = frozenset({"has", "had", "have", "was", "is", "were", "are", "would", "will", "did", "does", "do", "could",
                          "might", "can", "may", "should", "must", "-", "–", "—"})


def _after_clause(text: str, s: int, e: int) -> int:
    """Where a name match's name starts after a clause it swallowed: after the last word of _NOT_IN_NAME (``s``
    where there is none)."""
    at = s
    pos = s
    for word in text[s:e].split(" "):
        pos += len(word) + 1
        if word in _NOT_IN_NAME and pos < e:
            at = pos
    return at


def _verb(text: str, m: regex.Match[str], pat: Patterns) -> tuple[int, int, str, str]:
    s, e = m.span("verb" if m.group("verb") is not None else "verb2")
    return _verb_at(text, s, e, pat)


def _verb_at(text: str, s: int, e: int, pat: Patterns) -> tuple[int, int, str, str]:
    """The verb text[s:e] as a frame holds it: start, end, text, lemma."""
    vt = text[s:e]
    return (s, e, vt, _lemma_of(vt, pat))


def _lemma_of(vt: str, pat: Patterns) -> str:
    """The lemma of a verb as the text writes it ("told", "broke  in"), or the words themselves."""
    return pat.lex.lemma(" ".join(vt.split())) or vt.lower()


def _hearer_inverted(m: regex.Match[str], pat: Patterns) -> bool:
    """A verb-first match whose verb takes the hearer as its object ("… tell a room full of women, “…”"):
    the noun phrase after it is not the speaker (lexicon use "o")."""
    vt = m.group("verb2")
    return vt is not None and "o" in pat.lex.verb_uses.get(_lemma_of(vt, pat), "")


def _dash_frame(text: str, m: regex.Match[str], pat: Patterns) -> Optional[Frame]:
    """The frame of a name after a dash (``m``'s group "name"): "― Sonya Herridge", "- Hillary Clinton."."""
    ns, ne = m.span("name")
    s, e = _trim_name(text, ns, ne, pat)
    return Frame(None, Mention(s, e, text[s:e], "name"), "dash", m.end()) if e > s else None


def after_frame(doc: Document, item: Item, limit: int, pat: Patterns, next_start: int = -1) -> Optional[Frame]:
    """``“…,” X said`` right after the closing mark, before ``limit``; or, where the quotation ends its
    paragraph, a line of its own that is a dash and a name ("- Hillary Clinton."), before the next quotation
    (which opens at ``next_start``)."""
    if item.close_mark is None:
        return None
    text = doc.text
    pos = item.close_mark[1]
    window_end = min(limit, pos + 200)
    if window_end <= pos:
        # nothing after the mark (the paragraph or the next quotation starts): no tag, no dash, but maybe a
        # signature line
        nxt = text[pos:pos + 40].lstrip()[:1]  # (the pattern is tried only where a dash can open the line)
        if pos < limit or not nxt or nxt not in "-―—–":
            return None
        m = pat.dash_line.match(text, pos, min(len(text), pos + 120))
        if m is None or 0 <= next_start < m.end():
            return None
        return _dash_frame(text, m, pat)
    m = pat.after_tag.match(text, pos, window_end)
    if m is not None and text[pos] == "," and position(doc, item) != "start":
        m = None  # '… words like “maybe” and “perhaps”, he told reporters': the tag is the sentence's
    if m is not None and (m.group("verb") is not None or m.group("verb2") is not None) and not _hearer_inverted(m, pat):
        mention = _mention(text, m, "" if m.group("verb") is not None else "2", pat)
        if mention is not None:
            mention = _voice_owner(text, mention, pat)
            if mention.kind == "nominal" and m.group("verb") is None:
                mention = _described_named(text, mention, m.end(), pat)
        if mention is not None and not (_capital_after_period(text, item) and (
                mention.kind == "name" or (mention.text[:1].isupper() and (mention.kind == "nominal" or _opens_clause(text, m.end(), pat))))):
            return Frame(_verb(text, m, pat), mention, "after", m.end())
    poss = _possessive_tag(text, pos, window_end, pat)
    if poss is not None:
        return poss
    loose = _unlisted_nominal_tag(text, pos, window_end, pat)
    if loose is not None:
        return loose
    m = pat.after_dash.match(text, pos, window_end)
    return _dash_frame(text, m, pat) if m is not None else None


# "“…,” the prima donna sang.", "“…,” the soprano said,": a description by a noun the lexicons do not list, between
# the closing mark and a verb of direct speech that ends the tag (the verb-first order is the after-tag pattern's)
_UNLISTED_TAG = regex.compile(r",?+[^\S\n]*+\n?[^\S\n]*+(?P<nom>(?:the|a|an)[ \t\n]++(?:\p{Ll}[\p{Ll}\-]*+[ \t\n]++)??"
                              r"(?!" + _AUX + r"\b)\p{Ll}[\p{Ll}\-]*+)(?:[ \t\n]++" + _AUX + r")?(?:[ \t\n]++" + _ADV
                              + r")?[ \t\n]++(?P<verb>\p{Ll}++)(?=[ \t]*+[,.;:!?])")


def _unlisted_nominal_tag(text: str, pos: int, end: int, pat: Patterns) -> Optional[Frame]:
    m = _UNLISTED_TAG.match(text, pos, end)
    if m is None:
        return None
    lemma = pat.lex.verb_lemma.get(m.group("verb"))
    if lemma is None or "d" not in pat.lex.verb_uses.get(lemma, "") or "m" in pat.lex.verb_uses.get(lemma, ""):
        return None
    ns, ne = m.span("nom")
    vs, ve = m.span("verb")
    return Frame((vs, ve, text[vs:ve], lemma), Mention(ns, ne, text[ns:ne], "nominal"), "after", m.end())


# "so … that" / "such … that" before a result clause's subject
_RESULT_THAT = regex.compile(r"(?<![\p{L}\p{M}])(?:so|such)(?![\p{L}\p{M}])[^,.;:!?“”\"\n]{0,80}?(?<![\p{L}\p{M}])that[ \t\n]++"
                             r"(?=\p{Lu}|(?:he|she|they|we)(?![\p{L}\p{M}]))")


# (", was therefore his answer", ", had been Anne's reply", ", was all her answer")
_WAS = regex.compile(r"[ \t\n]*+(?:was|came|had[ \t\n]++been)[ \t\n]++(?:(?:therefore|then|now|still|all|only"
                     r"|\p{Ll}++ly)[ \t\n]++)?(?:the[ \t\n]++)?")
_KIN_OWNED = regex.compile(r"[ \t\n]++\p{Ll}++['’]s(?![\p{L}\p{M}])")  # "her husband's answer": the husband speaks
_NOUN_AFTER = regex.compile(r"[ \t\n]++(\p{Ll}++)\b(?:[ \t\n]++(\p{Ll}++)\b)?")  # "answer", "dry response"


def _possessive_tag(text: str, pos: int, end: int, pat: Patterns) -> Optional[Frame]:
    """``“…,” was Mr. Woodhouse's observation`` / ``“…,” was his only answer`` / ``“…,” was her husband's
    answer``: the possessor speaks (``speech_nouns.txt``: the nouns that name what was said)."""
    w = _WAS.match(text, pos, end)
    if w is None:
        return None
    p = w.end()
    if text.startswith(("his", "her"), p) and not text[p + 3:p + 4].isalpha():
        mention = Mention(p, p + 3, text[p:p + 3], "pronoun")
        after = p + 3
        k = _KIN_OWNED.match(text, after, end)
        if k is not None:
            mention = Mention(p, k.end() - 2, text[p:k.end() - 2], "nominal")
            after = k.end()
    else:
        n = pat.name_re.match(text, p, end) if text[p:p + 1].isupper() else None
        if n is None or not n.group().endswith(("'s", "’s")):
            return None
        mention = Mention(n.start(), n.end() - 2, text[n.start():n.end() - 2], "name")
        after = n.end()
    noun = _NOUN_AFTER.match(text, after, end)
    # (the noun itself, or after one word: "was Isabella's answer in the same half whisper", "was Marilla's dry
    # response")
    g = 1 if noun is not None and noun.group(1) in pat.lex.speech_nouns else \
        2 if noun is not None and noun.group(2) in pat.lex.speech_nouns else 0
    if noun is None or not g:
        return None
    ns, ne = noun.span(g)
    return Frame((ns, ne, text[ns:ne], noun.group(g)), mention, "after", ne)


# "returned the voice of the coxswain": the coxswain speaks
_VOICE_OF = regex.compile(r"(?:the|a|an)[ \t\n]++(?:\p{Ll}++[ \t\n]++)?voice[ \t\n]++of[ \t\n]++")
_APPOSED = regex.compile(r",[ \t\n]*+")
_OF_NAME = regex.compile(r"[ \t\n]++of[ \t\n]++(?=\p{Lu})")


def _described_named(text: str, mention: Mention, end: int, pat: Patterns) -> Mention:
    """An inverted tag's description that the text names at once: "said the spokesman, John Smith",
    "returned the voice of the coxswain, Israel Hands" (the name); "the voice of the coxswain" alone is the
    coxswain."""
    v = _VOICE_OF.match(text, mention.start, mention.end)
    if v is not None and v.end() < mention.end:
        mention = Mention(v.end(), mention.end, text[v.end():mention.end],
                          "name" if text[v.end()].isupper() else "nominal")
    elif mention.text.endswith("voice"):
        o = _OF_NAME.match(text, end)  # "cried the voice of John Reed; then he paused"
        named = _name_mention_at(text, o.end(), pat) if o is not None else None
        if named is not None:
            return named
    a = _APPOSED.match(text, end)
    if a is not None and text[a.end():a.end() + 1].isupper():
        named = _name_mention_at(text, a.end(), pat, (".", ",", ";", ":", "!", "?", ""))
        if named is not None:
            return named
    return mention


# a name's voice: "Joe’s voice", "Harris's sleepy voice"
_VOICE_OWNED = regex.compile(r"['’]s[ \t\n]++(?:\p{Ll}++[ \t\n]++)?voice(?![\p{L}\p{M}])")


def _voice_owner(text: str, mention: Mention, pat: Patterns) -> Mention:
    """An inverted tag's name whose voice speaks: "replied Joe’s voice from the other end of the bed" is Joe."""
    if "voice" not in mention.text:
        return mention
    named = _name_mention_at(text, mention.start, pat)
    if named is None or not named.text.endswith(("'s", "’s")):
        return mention
    e = named.end - 2
    if _VOICE_OWNED.match(text, e, mention.end) is None:
        return mention
    return Mention(named.start, e, text[named.start:e], "name")


def _name_mention_at(text: str, pos: int, pat: Patterns, before: Optional[tuple[str, ...]] = None) -> Optional[Mention]:
    """The name that opens at ``pos`` (trimmed, no non-name), as a mention; with ``before``, only where one of
    those characters follows it."""
    n = pat.name_re.match(text, pos)
    if n is None or before is not None and text[n.end():n.end() + 1] not in before:
        return None
    s, e = _trim_name(text, n.start(), n.end(), pat)
    if e > s and text[s:e].lower() not in pat.lex.non_names:
        return Mention(s, e, text[s:e], "name")
    return None


@functools.lru_cache(maxsize=16)
def clause_opener(words: tuple[str, ...]) -> Optional[regex.Pattern[str]]:
    """What opens a reported clause right after a speech verb: one of the lexicon's words (that, whatever,
    no matter, …), then the clause."""
    if not words:
        return None
    alts = "|".join(r"[ \t\n]++".join(regex.escape(p) for p in w.split()) for w in sorted(words, key=len, reverse=True))
    return regex.compile(r"[ \t\n]*+(?:,[ \t\n]*+)?(?i:" + alts + r")[ \t\n]++(?=\S)")


def _opens_clause(text: str, pos: int, pat: Patterns) -> bool:
    """'“… together.” He warns that Trump would …': the verb goes on with a clause of its own, so "He
    warns" starts a new sentence rather than tagging the quotation before it."""
    opener = clause_opener(pat.lex.clause_openers)
    return opener is not None and opener.match(text, pos, min(len(text), pos + 40)) is not None


def _capital_after_period(text: str, item: Item) -> bool:
    """“It ended.” Smith left. -- a name after a full stop starts new narration, not a tag."""
    i = item.close_mark[0] if item.close_mark else item.end
    j = i - 1
    while j > item.start and text[j] in " \t":
        j -= 1
    return text[j] == "."


def inline_frame(doc: Document, item: Item, pat: Patterns) -> Optional[tuple[Frame, int, int]]:
    """A tag inside a dash-dialogue line. Returns the frame and where the tag starts and ends."""
    text = doc.text
    m = pat.inline_tag.search(text, item.start, item.end)
    if m is None:
        return None
    if m.group("pron") is not None:
        s, e = m.span("pron")
        mention = Mention(s, e, text[s:e], "pronoun")
    else:
        ns, ne = m.span("name")
        s, e = _trim_name(text, ns, ne, pat)
        if e <= s:
            return None
        mention = Mention(s, e, text[s:e], "name")
    return Frame(_verb(text, m, pat), mention, "inline", m.end()), m.start(), m.end()


# an article or a possessive (and a word) right before a verb's form: the form is a noun ("in a text message")
_NOUN_USE = regex.compile(r"(?<![\p{L}\p{M}])(?:a|an|the|his|her|their|its|our|my|your)[ \t]++(?:(\p{Ll}++)[ \t]++)?$")
# "with a sigh", "with the one significant gasp": a verb's base form as the noun of a phrase of manner (not
# "in an interview": news then reports a clause, "said in an interview that …")
_MANNER_NOUN = regex.compile(r"(?<![\p{L}\p{M}])with[ \t]++(?:a|an|the|his|her|their|its|our|my|your)[ \t]++"
                             r"(?:(?!(?:and|or|but|to|of|that|who|which)[ \t])\p{Ll}++[ \t]++){0,3}$")


def _names_people(word: str, lex: Lexicon) -> bool:
    """Whether a lower-case word names people ("men", "officials", "the old man"): then the verb after it is
    their verb, no noun."""
    return word in lex.nominals or word in lex.person_nouns or word in lex.nominal_gender \
        or word.endswith("s") and (word[:-1] in lex.nominals or word[:-1] in lex.person_nouns) \
        or word.endswith("men") and word[:-3] + "man" in lex.nominals


_AS_IF = regex.compile(r"[ \t\n]*+as[ \t\n]++(?:if|though)[ \t\n]")  # a manner clause after the tag's verb


def before_frame(doc: Document, item: Item, floor: int, pat: Patterns) -> Optional[Frame]:
    """``X said: “…”`` in the clause before the opening mark (not before ``floor``)."""
    if item.open_mark is None:
        return None
    text = doc.text
    o = item.open_mark[0]
    s = max(floor, doc.sentence_start(o), o - 300)
    window = text[s:o]
    stripped = window.rstrip()
    if not stripped and item.paragraph > 0 and floor <= doc.paragraphs[item.paragraph][0]:
        # 'His mother said:' (or 'as he had said at dinner,') closing the paragraph before
        pe = doc.paragraphs[item.paragraph - 1][1]
        if text[pe - 1:pe] in (":", ",") or text.endswith(("--", "—"), 0, pe):
            s = max(doc.paragraphs[item.paragraph - 1][0], doc.sentence_start(pe - 1), pe - 300)
            window = text[s:pe]
            stripped = window
    if not stripped:
        return None
    if "\n" in window:
        # a hard-wrapped paragraph's line breaks are spaces to the tag patterns ("Mrs. March said, with a
        # particularly\nhappy face, “…”"); the same length keeps every offset
        window = window.replace("\n", " ")
        stripped = window.rstrip()
    k = len(stripped) - (2 if stripped.endswith("--") else 1 if stripped.endswith("—") else 0)
    if k < len(stripped) and k > 0 and not stripped[k - 1].isspace() \
            and pat.verb_re.search(stripped, max(0, k - 80), k) is not None:
        # "and said at once--" / "Then Mrs. Reed subjoined--": a dash joined to the tag's last word introduces
        # the words as a colon does, after a verb of speech (not news's spaced dash: "… history books --
        # ''the president …''", nor a label: "FAREWELL—")
        window = window[:k] + ":" + " " * (len(window) - k - 1)
        stripped = window.rstrip()
        if not stripped:
            return None
    last = stripped[-1]
    m = pat.according.search(window) if "ccording" in window else None
    if m is not None:
        ns, ne = m.span("name")
        ns, ne = _trim_name(text, s + ns, s + ne, pat)
        if ne > ns:
            a = s + m.start()
            verb = (a, a + len("according to"), text[a:a + len("according to")], "according to")
            kind = "nominal" if text[ns].islower() else "name"
            return Frame(verb, Mention(ns, ne, text[ns:ne], kind), "according", o)
    if last not in ":,":
        v = pat.verb_re.search(stripped, max(0, len(stripped) - 25))
        if v is None or v.end() != len(stripped):
            return None  # 'X said “…”' only with the verb right before the mark
    # the tag's verb is the last speech verb of the clause; its subject stands shortly before it
    last_verb = None
    manner: Optional[regex.Match[str]] = None  # a noun of manner passed over for the clause's verb before it
    for v in pat.verb_re.finditer(window, max(0, len(window) - 160)):
        nu = _NOUN_USE.search(window, max(0, v.start() - 24), v.start()) \
            if last == ":" and pat.lex.verb_lemma.get(v.group().lower()) == v.group().lower() else None
        if nu is not None and (nu.group(1) is None or not _names_people(nu.group(1).lower(), pat.lex)):
            # "responded in a text message:": a verb's base form used as a noun after an article, before the
            # colon that introduces the words (not "the men say:", nor "the lawsuit says:")
            continue
        if last == "," and last_verb is not None and last_verb.group()[:1].islower() \
                and not any(ch in ".;:!?" for ch in window[last_verb.end():v.start()]) \
                and pat.lex.verb_lemma.get(v.group().lower()) == v.group().lower() \
                and _MANNER_NOUN.search(window, max(0, v.start() - 48), v.start()) is not None:
            manner = v  # "He replied with a sigh, “…”": the noun of a phrase of manner after the clause's own verb
            continue
        c = window.rfind(",", 0, v.start())
        if last_verb is not None and c >= 0 and _AS_IF.match(window, c + 1, v.start()) is not None:
            continue  # "Meg announced, as if the idea was suggested by her hands, “…”": the tag's verb comes first
        last_verb = v
        manner = None
    m = None
    if last_verb is not None:
        # the frame whose verb is that last verb ("my mother mentioned …, I laughed and said, “…”" is said by I)
        m = _tag_at_verb(pat, window, last_verb.start(), last_verb.end() + 90, "." not in window)
        if m is None and manner is not None:
            last_verb = manner  # (the clause's verb makes no tag: as before, the noun's)
            m = _tag_at_verb(pat, window, last_verb.start(), last_verb.end() + 90, "." not in window)
    if m is not None and not _hearer_inverted(m, pat):
        mention = _mention(text, _Shift(m, s), "" if m.group("verb") is not None else "2", pat)
        if mention is not None:
            vs, ve = m.span("verb" if m.group("verb") is not None else "verb2")
            if mention.kind == "nominal":
                mention = _issuer(text, mention, s, pat) or _apposed_name(text, mention, s, pat) or mention
            return Frame(_verb_at(text, s + vs, s + ve, pat), mention, "before", o)
    if last_verb is not None and last in ":,":
        # "a farmer who said, “…”", "a message that read: “…”": the relative pronoun, standing for the noun
        # phrase before it (not "which reported “2,521 incidents” in …", a phrase quoted inside a clause)
        r = _RELATIVE_BEFORE.search(window, max(0, last_verb.start() - 40), last_verb.start()) \
            or _RELATIVE_AND.search(window, max(0, last_verb.start() - 60), last_verb.start())
        if r is not None:
            a = pat.relative_ante.search(window, max(0, r.start() - 120), r.start())
            if a is not None:
                ante = _mention(text, _Shift(a, s), "", pat)
                if ante is not None:
                    vs, ve = last_verb.span()
                    rs, re_ = s + r.start("rel"), s + r.end("rel")
                    return Frame(_verb_at(text, s + vs, s + ve, pat), Mention(rs, re_, text[rs:re_], "pronoun", ante),
                                 "before", o)
    if last_verb is not None and (last in ":," or last_verb.end() == len(stripped)):
        # 'Father Arnall looked at his copybook and said:' -- the sentence's subject, coordinated verbs; or a
        # subject after the sentence opens ("Once in my early 20s, …, I laughed and said, “…”")
        starts = [0, *(c.start() for c in pat.clause_subject.finditer(
            window, max(0, last_verb.start() - 100), last_verb.start()))]
        # a clause coordinated after a comma has a subject of its own, nearer the verb ("He kept this
        # suspended while the newcomer sat down, and Mrs. Hilbery … and remarking:"): that one first
        starts = [*(c.start() for c in reversed(list(_AND_CLAUSE.finditer(
            window, max(0, last_verb.start() - 100), last_verb.start())))), *starts]
        rt = _RESULT_THAT.search(window, max(0, last_verb.start() - 160), last_verb.start())
        if rt is not None:
            # "She had such a frightened little voice that Dorothy stopped and said,": the result clause's
            # subject speaks, first
            starts.insert(0, rt.end())
        ft = pat.fronted_time.match(window, 0, last_verb.start())
        if ft is not None:
            starts.append(ft.end())  # "Very soon Lestrade came in and cried out:": the subject after the time
        coord = pat.before_coord if "." in window else pat.before_coord_nodot  # (the same matches there)
        for at in starts:
            m = coord.match(window, at)
            if m is None or m.start("verb") != last_verb.start():
                continue
            if m.group("name") is not None and _FRONTED.match(window, m.end("name")) is not None:
                continue  # "Halted, he peered down … and called out:" -- the subject is the pronoun
            if _participle_named(window, m) and "," in window[m.end("name"):m.start("verb")]:
                # "Speaking in his own voice again, he went on, saying:" -- a fronted participle's phrase, no
                # name ("Husted continued by saying:" is one)
                continue
            mention = _mention(text, _Shift(m, s), "", pat)
            if mention is not None:
                vs, ve = m.span("verb")
                return Frame(_verb_at(text, s + vs, s + ve, pat), mention, "before", o)
    if last == ":" and _label_first(window, pat):
        return None  # 'Read more: “…”', 'Title: “…”': a label, no speaker (lexicons/en/non_speaker_labels.txt)
    if last == ":":
        m = pat.lead.search(window)
        if m is not None:
            ns, ne = _trim_name(text, s + m.start("name"), s + m.end("name"), pat)
            if ne > ns:
                return Frame(None, Mention(ns, ne, text[ns:ne], "name"), "lead", o)
        # "Pollsters agree - Carl Bialik: “…”": a name after a dash right before the colon
        d = _DASH_NAME.search(window, max(0, len(window) - 120))
        if d is not None:
            nm = pat.name_re.fullmatch(window, d.start("name"), d.end("name"))
            if nm is not None:
                ns, ne = _trim_name(text, s + nm.start(), s + nm.end(), pat)
                if ne > ns:
                    return Frame(None, Mention(ns, ne, text[ns:ne], "name"), "lead", o)
        # "The harbour master, Dele Okafor, put the problem more bluntly: “…”": with no speech verb, the
        # sentence's subject introduces the quotation (an appositive name before a nominal)
        if last_verb is not None and last_verb.group().endswith("ing") and ";" in window[:last_verb.start()]:
            # "Catherine was the object of his gallantry; and, while they waited, he prevented the inquiry …, by
            # asking, …, whether she had seen him:": the participle's subject is its own clause's, after the
            # semicolon, not the sentence's first
            semi = window.rfind(";", 0, last_verb.start())
            pr = _CLAUSE_PRON_AFTER.search(window, semi, last_verb.start())
            if pr is not None:
                return Frame(_verb_at(text, s + last_verb.start(), s + last_verb.end(), pat),
                             Mention(s + pr.start(1), s + pr.end(1), pr.group(1), "pronoun"), "subject", o)
        m = pat.sentence_subject.match(window)
        f = FRONTED_PHRASE.match(window) if m is not None and m.group("name") is not None else None
        if f is not None:
            # "On July 6, Smith made this comment:": a fronted phrase opens the sentence; its subject follows
            m = pat.sentence_subject.match(window, f.end())
        if m is not None and _participle_named(window, m):
            # "Asked which county was his favourite, he demurred: “…”": a fronted participle, no name; the
            # subject follows its clause
            comma = window.find(", ", m.end())
            pr = _CLAUSE_PRON.match(window, comma + 1) if comma >= 0 else None
            if pr is not None:
                return Frame(None, Mention(s + pr.start(1), s + pr.end(1), pr.group(1), "pronoun"), "subject", o)
            m = pat.sentence_subject.match(window, comma + 1) if comma >= 0 else None
        if m is not None:
            if m.group("pron") is not None:
                ps_, pe_ = m.span("pron")
                return Frame(None, Mention(s + ps_, s + pe_, m.group("pron"), "pronoun"), "subject", o)
            if m.group("nom") is not None:
                ap = pat.appositive_name.match(window, m.end("nom"))
                if ap is not None:
                    ns, ne = _trim_name(text, s + ap.start("name"), s + ap.end("name"), pat)
                    if ne > ns:
                        return Frame(None, Mention(ns, ne, text[ns:ne], "name"), "subject", o)
                ns, ne = s + m.start("nom"), s + m.end("nom")
                return Frame(None, Mention(ns, ne, text[ns:ne], "nominal"), "subject", o)
            ns, ne = _trim_name(text, s + m.start("name"), s + m.end("name"), pat)
            if ne > ns and not text.startswith(("'s", "’s"), ne) \
                    and not any(c in "\"“‘" for c in window[m.start():m.start("name")]):
                # ("Republican presidential nominee Donald Trump issued the following statement:"; not the first
                # word of a quotation that opens the paragraph: '"Afternoon tea," she announced … and held it out
                # to the old gentleman, who took it and said:--')
                named = named_after_post(text, ne, o, pat)
                return Frame(None, named or Mention(ns, ne, text[ns:ne], "name"), "subject", o)
    return None


# "Lynch: No outside influence on FBI probe." / "FALLIN: Well, I think …": a paragraph that opens with a
# name and a colon reports what follows (a headline's source, a transcript's speaker)
LEAD_LABEL = regex.compile(
    r"(?:\*\*|__)?+(?P<name>\p{Lu}[\p{L}\p{M}.’'\-&]*+(?:[ \t]++(?:\p{Lu}[\p{L}\p{M}.’'\-&]*+|of|de|van|von)){0,4}+)"
    # a headline's "X to Y:", "X at the RNC:", "X on Y:": whom or where the source spoke (no part of the name)
    r"(?:[ \t]++(?:to|at|on)(?:[ \t]++the)?+(?:[ \t]++\p{Lu}[\p{L}\p{M}.’'\-&]*+){1,5}+)?+"
    r"[ \t]*+(?:\*\*|__)?+:(?:\*\*|__)?+[ \t]++(?=[\p{L}\p{N}‘“\"'])")


def label_inside(doc: Document, item: Item, pat: Patterns) -> Optional[Mention]:
    """A transcript's speaker label that opens a quotation at the start of its paragraph: the label's mention
    (``"WALLACE: If I may, sir, …`` is Wallace's, and its content starts after the label).

    Inside quotation marks only a label in capitals counts (``"PENCE: …``, ``"SEN. SANDERS: …``), not a
    headline's ``X to Y:`` nor a label that names no speaker (``"NOTE: …``, ``non_speaker_labels.txt``)."""
    if item.open_mark is None or item.dash:
        return None
    text = doc.text
    i, o = doc.paragraphs[item.paragraph][0], item.open_mark[0]
    while i < o and text[i].isspace():  # (only white space before the mark: no slice of a long paragraph)
        i += 1
    if i != o or not text[item.start:item.start + 1].isupper():
        return None
    m = LEAD_LABEL.match(text, item.start, min(item.end, item.start + 80))
    if m is None:
        return None
    ns, ne = m.span("name")
    name = text[ns:ne]
    if any(ch.islower() for ch in name) or sum(ch.isalpha() for ch in name) < 2 or text[ne:m.end()].strip(" \t*_") != ":":
        return None
    first = name.split(None, 1)[0].rstrip(".’'").lower()
    lex = pat.lex
    if first in lex.non_speaker_labels or first in lex.non_names or m.end() >= item.end:
        return None
    return Mention(ns, ne, name, "name")


def _label_first(window: str, pat: Patterns) -> bool:
    """Whether the words before a colon are a short label that names no speaker ("Read more:", "Title:",
    "Update 14:05:"; two words at most, the first one a label as for a paragraph in reported._leads)."""
    w = _FIRST_WORD.match(window)
    return w is not None and w.group(1).lower() in pat.lex.non_speaker_labels and len(window.split()) <= 2


_FIRST_WORD = regex.compile(r"[\s*_>]*+([\p{L}][\p{L}.]*+)")
_RELATIVE_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])(?P<rel>who|that|which)\s++(?:(?:has|had|have|was|is|would|will|did|does"
                                  r"|later|then|also|once|often|\p{Ll}{2,}ly)\s++){0,2}$")
# "the old gentleman, who took them and said:": a relative clause whose second verb is the tag's
_RELATIVE_AND = regex.compile(r"(?<![\p{L}\p{M}])(?P<rel>who)\s++\p{Ll}++(?:\s++\p{Ll}++){0,5}?\s++and\s++$")
_DASH_NAME = regex.compile(r"(?:^|\s)[-–—]\s++(?P<name>\p{Lu}[^:\n“”\"]{1,60}?)\s*+:\s*+$")
# a pronoun that opens a clause after a comma or a semicolon (and "and"), its verb in the past after it
_CLAUSE_PRON_AFTER = regex.compile(r"[,;][ \t\n]++(?:(?:and|but)[ \t\n]++)?(he|she)[ \t\n]++\p{Ll}++(?<=ed|ent|ept|ook|ade|aid|ew|ave)"
                                   r"(?![\p{L}\p{M}])")
_CLAUSE_PRON = regex.compile(r"\s++(he|she|they|we|I)\b")
# a phrase before a sentence's subject, up to its comma: a participle's or a preposition's ("Leaving the
# talks, …", "In a statement on Monday, …"; a title's or an initial's dot inside, a comma before a number too)
FRONTED_PHRASE = regex.compile(r"(?:\p{Lu}\p{Ll}++(?<=ing)|In|On|At|After|Before|During|Despite|Over|Since|Under|With"
                               r"|Without|From|For)\s(?:[^,.;:!?“”\"\n]|\.(?=[ \t\u00a0]\p{Lu})|,(?=[ \t\u00a0]\d)){1,150}+,[ \t\u00a0]++(?=\p{L})")
_PARTICIPLE = regex.compile(r"\p{Lu}\p{Ll}+(?:ed|ing)")


def _participle_named(window: str, m: regex.Match[str]) -> bool:
    """Whether the "name" ``m`` found is a capitalised participle followed by a lower-case word ("Asked which
    …", "Speaking in his own voice …"): a fronted phrase, no name."""
    return m.group("name") is not None and _PARTICIPLE.fullmatch(m.group("name")) is not None \
        and window[m.end("name"):m.end("name") + 2][1:2].islower()


# "she released a statement saying, “…”", "Trump posted a message on Twitter reading “…”": the document
# that an issuing verb puts out speaks for whoever issued it
_DOCUMENTS = frozenset({"statement", "email", "e-mail", "message", "letter", "note", "memo", "tweet", "post",
                        "release", "text", "video", "ad", "advertisement", "op-ed", "column", "petition", "fundraising"})
_ISSUING = r"(?:released|issued|sent|posted|put|blasted|published|tweeted|fired|shot|e-?mailed|wrote|penned|circulated|distributed)(?:\s++(?:out|off))?"


def _issuer(text: str, mention: Mention, s: int, pat: Patterns) -> Optional[Mention]:
    words = mention.text.lower().split()
    if len(words) < 2 or words[0] not in ("a", "an", "the") or not any(w in _DOCUMENTS for w in words[1:4]):
        return None
    rx = _issuer_re(pat)
    m = rx.search(text, max(s, mention.start - 150), mention.start)
    if m is None:
        return None
    for kind, group in (("pronoun", "pron"), ("name", "name"), ("nominal", "nom")):
        if m.group(group) is not None:
            a, b = m.span(group)
            return Mention(a, b, text[a:b], kind)
    return None


def _apposed_name(text: str, mention: Mention, s: int, pat: Patterns) -> Optional[Mention]:
    """The name a description stands in apposition to ("Howard Dean, a former party chairman, mocked Trump,
    saying, “…”": Howard Dean, not the description), where a name and a comma come right before it and a
    comma right after it."""
    if not text[max(s, mention.start - 3):mention.start].rstrip().endswith(",") \
            or not text.startswith(",", mention.end):
        return None  # (set off on both sides: not "As Trump attacked Clinton, the attendees chanted")
    m = pat.relative_ante.search(text, max(s, mention.start - 80), mention.start)
    if m is None or m.group("name") is None:
        return None
    ns, ne = m.span("name")
    a, b = _trim_name(text, ns, ne, pat)
    return Mention(a, b, text[a:b], "name") if b > a else None


@functools.cache
def _issuer_re(pat: Patterns) -> regex.Pattern[str]:
    return regex.compile(
        rf"(?:(?P<pron>(?<![\p{{L}}\p{{M}}])(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)(?![\p{{L}}\p{{M}}]))|(?P<name>{pat.name})"
        rf"|(?P<nom>(?<![\p{{L}}\p{{M}}])(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[Ii]ts)\s++(?:[\p{{Ll}}\-]++\s++){{0,2}}?[\p{{Ll}}\-]++))"
        rf"\s++(?:\p{{Ll}}++ly\s++|also\s++|then\s++)?{_ISSUING}\s++$")


def _tag_at_verb(pat: Patterns, window: str, v: int, endpos: int, nodot: bool = False) -> Optional[regex.Match[str]]:
    """The first ``before_tag`` match, leftmost first from ``v - 120`` on, whose speech verb starts at ``v``.

    That is what searching with ``before_tag`` from ``v - 120``, and again from one past each match whose
    verb stands elsewhere, finds; but a search tries the whole pattern at every position, and a match with
    its verb at ``v`` can only start where a subject can (``pat.subject_start``, a fast superset) or at ``v``
    itself (verb first), so only those positions are tried, in the same order. ``nodot``: the window holds
    no "." (``pat.before_tag_nodot`` then matches the same, faster)."""
    tag = pat.before_tag_nodot if nodot else pat.before_tag
    for c in pat.subject_start.finditer(window, max(0, v - 120), endpos):
        p = c.start()
        if p >= v:
            break
        m = tag.match(window, p, endpos)
        if m is not None and m.start("verb" if m.group("verb") is not None else "verb2") == v:
            return m
    m = tag.match(window, v, endpos)
    if m is not None and m.start("verb" if m.group("verb") is not None else "verb2") == v:
        return m
    return None


class _Shift:
    """A match seen at an offset (for windows cut out of the text)."""

    __slots__ = ("_m", "_d")

    def __init__(self, m: regex.Match[str], d: int) -> None:
        self._m = m
        self._d = d

    def group(self, g: str) -> Optional[str]:
        v: Optional[str] = self._m.group(g)
        return v

    def span(self, g: str) -> tuple[int, int]:
        s, e = self._m.span(g)
        return s + self._d, e + self._d


def position(doc: Document, item: Item) -> str:
    """Where a quotation opens: ``"start"`` (a paragraph, line or sentence start, or after a colon or dash),
    ``"comma"`` (after a comma) or ``"mid"`` (inside a sentence)."""
    if item.open_mark is None or item.dash:
        return "start"
    text = doc.text
    o = item.open_mark[0]
    ps = doc.paragraphs[item.paragraph][0]
    j = o - 1
    while j >= ps and text[j] in " \t\u00a0\r\n":  # (a line break inside a paragraph is a hard wrap)
        j -= 1
    if j < ps:
        return "start"
    if j - ps < 16 and _LINE_PREFIX.fullmatch(text, ps, j + 1) is not None:
        return "start"  # '14:05 “We are here …”': a live blog's time stamp or a bullet opens the line
    prev = text[j]
    if prev in ".!?:;…—–-([" or prev in "”\"’'»":
        return "start"
    if prev == ",":
        return "comma"
    return "mid"


# what may stand before a quotation at the start of a line and leave it opening there: a time stamp ("14:05",
# "9.15am", "10:30 GMT", "**16:45**"), a list bullet or a block quotation's marker ("> ")
_LINE_PREFIX = regex.compile(r"(?:(?:\*\*|__)?\d{1,2}[:.]\d\d(?:[:.]\d\d)?(?:[ \t\u00a0]?(?:(?i:[ap]\.?m\.?)|[A-Z]{2,4}))?"
                             r"(?:\*\*|__)?|[•·▪►◆*]|>(?:[ \t]*+>)*+)")


_MAX_TAG_GAP = 150  # the most narration after a tag before the quotation goes on ("…,” said Curtis, with faltering voice, feigning an emotion which he did not feel, “…”)


def interrupted(text: str, a: Item, b: Item) -> bool:
    """``“A,” he said, “B.”``: b continues a after a tag and a comma or full stop; or, with no tag the
    rules know, ``“This son of mine,” he heard her tell the room, “is entirely sophisticated …”``: a ends
    with a comma, b goes on in lower case, and the narration between is one clause ending with a comma."""
    if b.open_mark is not None and a.close_mark is not None and a.paragraph == b.paragraph \
            and a.end > a.start and text[a.end - 1] == "," and b.end > b.start and text[b.start].islower():
        gap = text[a.close_mark[1]:b.open_mark[0]].rstrip()
        if _ASIDE.fullmatch(gap) is not None:
            return True  # “…, a great girl like you,” (she might well say this), “to go on crying …”
        if a.frame is None:
            return 0 < len(gap) <= 160 and gap[-1] == "," and _NO_SENTENCE_END.fullmatch(gap) is not None
    if a.frame is None or a.frame.where != "after" or b.open_mark is None or a.paragraph != b.paragraph:
        return False
    gap = text[a.frame.end: b.open_mark[0]].rstrip()
    # the tag ends at a comma, colon, semicolon, full stop or dash ("he said, “B.”"); "said on Fox News's
    # “Fox and Friends.”" goes on with words, and the second quotation is a title, not the rest of the first
    return len(gap) <= _MAX_TAG_GAP and (not gap or (gap[-1] in ",.:;—–-" and _GAP.fullmatch(gap, 0, len(gap) - 1) is not None))


_NO_SENTENCE_END = regex.compile(r"[^.!?;:“”\"]++")
_ASIDE = regex.compile(r"[ \t\n]*+\([^()“”\"]{1,160}+\)[ \t\n]*+,?")  # the narrator's aside in parentheses
# where a clause coordinated after a comma opens ("…, and Mrs. Hilbery … and remarking:"): its subject
_AND_CLAUSE = regex.compile(
    r"(?<=,[ \t\n]++(?:and|but)[ \t\n]++)(?=(?:he|she|they|I|we|\p{Lu}))"
    # (or a clause of time after a comma: "Things were getting rather sore again, when Merrylegs held up his
    # knowing little face and said")
    r"|(?<=,[ \t\n]++(?:when|while|till|until)[ \t\n]++)(?=(?:he|she|they|I|we|\p{Lu}))"
    # (no comma: "Then Jack cracked his fingers and Father Arnall looked at his copybook and said:" -- a
    # pronoun, or a name and a lower-case word after it, opens a clause of its own after a verb's words)
    r"|(?<=(?<![\p{L}\p{M}])\p{Ll}++[ \t\n]++and[ \t\n]++)(?=(?:he|she|they|I|we)[ \t\n]"
    r"|\p{Lu}[\p{L}.]*+(?:[ \t\n]++\p{Lu}[\p{L}.]*+){0,3}+[ \t\n]++"
    r"(?!(?:and|or|but|of|in|at|on|to|for|with|from|by|as|the|a|an|his|her|their|who|whom|which|that)\b)"
    r"(?!\p{Ll}*ly\b)\p{Ll}++\b)")  # (not an object and an adverb: "greeted Mrs. Smith warmly and said")
# "Halted, he peered …": a capitalised word, a comma, then the subject pronoun -- a fronted participle, no name
_FRONTED = regex.compile(r"[ \t]*+,[ \t\n]*+(?:he|she|they|I|we)(?![\p{L}\p{M}])")
# narration inside a tag: no sentence end, but a title's dot ("to Mr. Linden"), an abbreviation's dot before a
# comma or a word in lower case ("in Everett, Wash., recently", "at 9 a.m. on Monday") or a parenthesis
# ("(bless her!)")
_GAP = regex.compile(r"(?:[^.!?“”\"(]++|\([^()“”\"\n]{0,80}+\)|(?<=\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Mme|Mlle))\."
                     r"|(?<=[\p{L}\p{M}])\.(?=,|[ \t\n]++\p{Ll}|\p{L})|\()*+")
