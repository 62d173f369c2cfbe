"""Speakers: mentions → entities → canonical names; pronouns; dialogue turn-taking.

* Names: one scan of the document collects its capitalised names. A mention's
  entity is the most complete name that contains it ("Zelensky" → "Volodymyr
  Zelensky"; "Mr. Trump" → "Donald Trump"); "Mr. Bennet" and "Mrs. Bennet"
  stay apart by their titles' gender.
* Pronouns (he, she) go to the nearest preceding name outside quotations whose
  gender fits (titles, a given-name list, and the pronouns the text itself
  uses after the name); "I" is the narrator; an unresolved pronoun keeps its
  own text as the name.
* Untagged quotations take, in order: the character the narration of the same
  paragraph names; the speaker before last in an alternating two-party
  exchange; the speaker of the previous quotation nearby (a continuing speaker).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Optional

import attrs
import regex

from quoteattr.document import Document
from quoteattr.frames import Item, Mention, ambiguous_name
from quoteattr.lexicon import load
from quoteattr.patterns import Patterns, loose_alternation, trie_alternation
from quoteattr.regexcache import compile_cached
from quoteattr.reported import PHRASE_LINKS
from quoteattr.tokenize import NOTE_REACH, WORD, confirmed, gaps, outside, overlaps_any

_MALE_TITLES = {"mr", "master", "sir", "lord", "king", "prince", "duke", "marquis", "marquess", "viscount", "earl",
                "count", "baron", "emperor", "father", "brother", "uncle", "monsieur", "monseigneur", "herr", "señor",
                "signor", "senhor", "pope", "rabbi", "congressman"}
_FEMALE_TITLES = {"mrs", "mistress", "miss", "ms", "lady", "madam", "madame", "mme", "mlle", "dame", "queen", "princess",
                  "duchess", "marchioness", "viscountess", "countess", "baroness", "empress", "mother", "sister",
                  "aunt", "frau", "señora", "mademoiselle", "signora", "signorina", "senhora", "fräulein", "congresswoman"}
_REGNAL = frozenset({"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv",
                     "xvi"})  # the numbers of a line of kings ("James I", "Louis XIV")
MARRIED_TITLES = frozenset({"mrs", "madame", "mme", "frau", "señora"})  # (the pipeline's turn-taking asks too)
_TITLED_LATER = 5000  # how far after a role noun ("the parson") its holder's titled name may come (role_titled)
_AGE_MARKS = {"old": "old", "elderly": "old", "aged": "old", "young": "young", "younger": "young"}  # nominal_entity
_ELDER_TITLED = 3  # how often a story gives the younger one's title with his given name (Entities._elder_titled)
_MARRIED_TITLE_AT = regex.compile(r"(?<![\p{L}\p{M}])(?i:mrs|madame|mme|frau|señora)(?![\p{L}\p{M}])")
_UNMARRIED_TITLES = {"miss", "mlle", "mademoiselle", "fräulein", "señorita"}
# subject and reflexive pronouns after a name: "Ann took off her hat and she …"; object pronouns ("peered at
# her", "told him") are left out, they usually mean someone else
# ("To Sherlock Holmes she is always the woman": a pronoun right after the name is someone else's); a
# single line break goes on (hard-wrapped text), a blank line does not
_GENDER_CUE = regex.compile(r"[ \t]*+,?[ \t\n]*+(?!(?:he|she|his|her|him|himself|herself)\b)"
                            r"(?:[^.!?“”\"\n]|\n(?![ \t]*+\n)){1,60}?\b(he|his|himself|she|herself)\b")
def _cue_gender(text: str, end: int) -> str:
    """The gender of the pronoun that the words right after a mention ending at ``end`` use of it ("Ann took
    off her hat and she …": "f"), or ""."""
    m = _GENDER_CUE.match(text, end, min(len(text), end + 70))
    if m is None:
        return ""
    return "m" if m.group(1).lower() in ("he", "his", "himself") else "f"


_TOKEN = WORD

NARRATOR = "the narrator"
_MAX_NAME_WORDS = 4  # longer runs of capitals ("Gold Star Mom Corners Obama") are headlines, not full names
_FAR = 20000  # how far back a pronoun looks for a name of its gender when none is near
# "my companion", "our visitor": a first-person narrator's word for the other person of the scene
COMPANIONS = frozenset({"companion", "friend", "visitor", "guest", "host", "hostess", "client", "colleague",
                        "interlocutor", "informant", "guide", "acquaintance"})
# kinship nouns after his/her -> the titles the relative is named with
_KIN = {"wife": ("mrs",), "lady": ("mrs",), "mother": ("mrs",), "mamma": ("mrs",), "husband": ("mr",),
        "father": ("mr",), "papa": ("mr",)}
# "his wife", "her father" in the narration: someone a later "she"/"he" can mean (stdlib re: a plain scan)
# (found from the noun, a literal the stdlib engine scans for fast, then "his"/"her" checked before it)
_KIN_NOUN = re.compile("|".join(_KIN))
_KIN_BEFORE = re.compile(r"(?<![A-Za-z])([Hh]is|[Hh]er)[ \t\n]+$")
_ONE_OF = regex.compile(r"[Oo]ne[ \t\n]++of[ \t\n]++(?:them|the[ \t\n]++(?:[\p{Ll}\-]++[ \t\n]++){0,2}?(\p{Ll}++))"
                        r"(?![\p{L}\p{M}\-])(?![ \t\n]++(?:was|is)\b)")  # ("One of them was from Tom": a thing, likely)
# after a name, the next item of a list: "…, Hunter", "…, the doctor", "…, and the squire"
_LIST_GOES_ON = regex.compile(r",[ \t\n]++(?:and[ \t\n]++)?(?:\p{Lu}|the[ \t\n]|his[ \t\n]|her[ \t\n])")
# a sentence whose subject is no one: "Not a man among us moved", "Never a soul came near", "No one answered"
_NEGATION = r"[Nn]ot|[Nn]ever|[Nn]or|[Ss]carcely|[Hh]ardly"  # (NO_ONE, _NEGATED_BEFORE)
NO_ONE = regex.compile(r"[\s\"“”‘’'—–-]*+(?:(?:" + _NEGATION + r")[ \t\n]++(?:an?|one|a[ \t\n]++single)"
                       r"|[Nn]o[ \t\n]++(?:one|man|woman|body|soul)|[Nn]obody|[Nn]one|[Nn]either)(?![\p{L}\p{M}])")
_SPAN_OF_TIME_AFTER = regex.compile(r"[ \t\n]++(?:year|years|day|days|week|weeks|month|months|term|semester|class)"
                                    r"(?![\p{L}\p{M}])")
# the narrator and a verb with no words of its own after it, opening a sentence or a clause after "and": "and I
# answered him at once.", "I said:" (not "I told him he was out walking": the words told are in the narration)
_I_VERB = regex.compile(r"(?:^|(?<=[\s\"“”‘’'—–-])|(?<=\band[ \t\n]))I[ \t\n]++(?:\p{Ll}++ly[ \t\n]++|then[ \t\n]++)?"
                        r"(?P<verb>\p{Ll}++)(?:[ \t\n]++(?:him|her|them|me|us))?+"
                        r"(?:[ \t\n]++(?:\p{Ll}++ly|at[ \t\n]++once|again|aloud|then|quickly|slowly))?+"
                        r"[ \t\n]*+[.:;!—–-]")
_LEAD_WORD = regex.compile(r"([\p{L}\p{M}]++),?[ \t\n]++")  # a word that opens a sentence, before its subject
# a word in lower case, hyphens and all ("by-and-by"; lower_lead)
_LOWER_WORD = regex.compile(r"(?<![\p{L}\p{M}\-])\p{Ll}[\p{L}\p{M}]*+(?:-\p{L}[\p{L}\p{M}]*+)*+")
_PARTICLES = frozenset({"de", "da", "di", "del", "della", "der", "den", "van", "von", "le", "la", "du", "dos", "das",
                        "bin", "al", "el", "ibn", "ben", "y"})
_PLACE_PREPS = (r"in|at|from|to|of|on|into|near|across|through|toward|towards|over|upon|beyond|along|around|past"
                r"|behind|beneath|above|below|onto")
_PREP_BEFORE = regex.compile(r"\b(?:" + _PLACE_PREPS + r")[ \t\n]+$")
# ... or any preposition: "for the Wicked Witch", "with the Scarecrow"
_ANY_PREP_BEFORE = regex.compile(r"\b(?:" + _PLACE_PREPS + r"|for|with|by|about|against|among|under|like|than|without"
                                 r"|after|before)[ \t\n]+$")
# a look or a gesture at someone, or a meeting with them: "looked at Montraville", "smiled at Anne", "when I ran
# across John Cavendish"; or the name someone goes by: "introduced himself by the name of Gabriel Syme"
_LOOKED_AT = regex.compile(r"\b(?:(?:by|under)[ \t\n]++the[ \t\n]++name[ \t\n]++of"
                           r"|(?:looked|glanced|gazed|stared|peered|smiled|frowned|laughed|nodded|winked|scowled"
                           r"|glared|grinned)[ \t\n]++at|(?:ran|came|stumbled|chanced|happened)[ \t\n]++(?:across|upon)"
                           r"|(?:ran|bumped)[ \t\n]++into|called[ \t\n]++(?:on|upon))[ \t\n]+$")
_ABBREVIATED_ON = regex.compile(r"\.[ \t]*+\n?[ \t]*+\p{Lu}\p{Ll}++(?:['’]s)?+")  # after "St": ". Eustache"
_POSSESSIVE_IN = regex.compile(r"([’']s)[ \t\n]")
# a capitalised description ("the Scarecrow", "the Tin Woodman"), the word after it, the word before it
_THE_CAPITALISED = regex.compile(r"(?<![\p{L}\p{M}])[Tt]he[ \t\n]++(\p{Lu}\p{Ll}++(?:[ \t\n]++\p{Lu}\p{Ll}++)?+)"
                                 r"(?![\p{L}\p{M}’'])")
_WORD_AFTER = regex.compile(r",?+[ \t\n]++(\p{Ll}++)")
_WORD_BEFORE_THE = regex.compile(r"(\p{Ll}++),?+[ \t\n]++$")
_LATE_BEFORE = regex.compile(r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Mm]y|[Oo]ur|[Tt]heir|[Yy]our)[ \t\n]++late[ \t\n]++$")
_THE_BEFORE = regex.compile(r"\b(?:[Tt]he|[Aa]n?)[ \t\n]+$")  # (or "a"/"an": "once been a Catholic")
# a description of a few words that opens a sentence, capitals allowed ("the Conservative leader"): with a
# name set off after it, that name is the sentence's subject
_DESCRIBED = regex.compile(r"(?:[Tt]he|[Aa]n?|His|Her|Their|Its)[ \t\n]++(?:[\p{L}\-]++[ \t\n]++){0,3}?[\p{Ll}\-]++(?=,)")
_LEAD_CONJUNCTION = regex.compile(r"(?:But|And|Yet)[ \t\n]++")  # a sentence's first word, before a _DESCRIBED
# a conjunction and an adverb before a sentence's subject: "And even Mary could assure her family"
_LEAD_ADVERB = regex.compile(r"[\s\"“”‘’'—–-]*+(?:And|But|Yet|So)[ \t\n]++(?:even|then|now|only|just|still|so|yet)"
                             r"[ \t\n]++(?=\p{Lu})")
# how far after a full name said once its given name must turn up alone for the two to be one person
# ("Florence Linden … Florence"): beyond, the full name was said in passing (Entities._passing)
_PASSING_GAP = 3000
_FAMILIAR_MORE = 5  # how many times as often as a formal given name its familiar form stands alone, to mean one
_NAMED_THROUGHOUT = 10  # uses of a full name or its surname that make it the one a shared given name means
# after a capitalised word in -ing: an object or a particle that makes it a participle ("Leaning her elbows",
# "Leaning forward,")
_PARTICIPLE_OBJECT = regex.compile(r"[ \t\n]++(?:her|his|their|its|my|your|our|him|them|me|us|forward|back|over|upon"
                                   r"|against|towards?|down|up)(?![\p{L}\p{M}])")


def _participle(words: tuple[str, ...], title: str, text: str, e: int) -> bool:
    """Whether the lone capitalised word in -ing that ends at ``e`` is a participle ("Leaning her elbows",
    "Leaning forward,"), by the object or particle after it; "Manning had" stays a name."""
    return len(words) == 1 and not title and words[0].endswith("ing") and _PARTICIPLE_OBJECT.match(text, e) is not None


# a possessive before a part of the body or a face's look: "A smile curved Lord Henry's lips, and he turned"
_BODY_AFTER = regex.compile(r"['’]s[ \t\n]++(?:\p{Ll}++[ \t\n]++)?(?:lips|face|eyes|hand|hands|head|brow|cheeks|mouth|voice"
                            r"|arm|shoulder|shoulders|heart|features|countenance|smile|look|glance|gaze|spirits|mind|soul"
                            r"|thoughts|feelings|temper|manner|tone|colour|color|forehead|chin|nerves)(?![\p{L}\p{M}])")
_SURNAME_ALONE = 3  # narration mentions of a lone surname that make it a character's name (_surname_alone)
# a clause fronted before a sentence's subject: "When they entered, …", "As she spoke, …"
_FRONTED_CLAUSE = regex.compile(r"[\s\"“”‘’'—–-]*+(?:When|As|While|After|Before|Though|Although|If|Since|Once|Until"
                                r"|Whilst|Whereupon)\s[^,.;:!?“”\"\n]{1,120}+,\s*+")
# a description said of someone, no one of its own: "Mr. Temple was the youngest son", "made him the last man
# with whom one would care to take a liberty"
_COPULA_BEFORE = regex.compile(r"\b(?:was|is|were|am|be|been|being|became|becomes|proved|proves|seemed|seems|remained|remains"
                               r"|turned[ \t\n]+out|(?:made|makes|make|making|called|calls|thought"
                               r"|considered|found|deemed|pronounced|declared|proved)[ \t\n]+(?:him|her|them|me|us"
                               r"|himself|herself|themselves|myself))[ \t\n]+(?:(?:only|just|not|but|still|merely"
                               r"|\p{Ll}++(?<=ly))[ \t\n]+)?+(?:\([^()\n]{1,30}+\)[ \t\n]+)?+$")
# before a saint's name that is a town: after any of these ("for St. Augustine", "left St. Augustine")
# before an indefinite description that is a likeness, not someone present: "as warmly as a man violently in
# love can", "like a madman", "such a woman", "what a man", "quite a man", "more than a child"
_LIKENESS_BEFORE = regex.compile(r"\b(?:[Aa]s|[Ll]ike|[Tt]han|[Ss]uch|[Ww]hat|[Qq]uite|[Rr]ather)[ \t\n]+$")
# ... or no one at all: "Not a man among us moved", "never a woman came near"
_NEGATED_BEFORE = regex.compile(r"\b(?:" + _NEGATION + r")[ \t\n]+$")
# an exclamation that is only an indefinite description, said of someone ("… such a suitable pair. A capital
# fellow! He little imagined …"): what comes before it ends a sentence or a paragraph, an exclamation mark ends it
_SENTENCE_BEFORE = regex.compile(r"(?:^|[.!?][\"”’']?+[ \t]++|\n[ \t]*+)$")
_EXCLAIMED = regex.compile(r"[ \t]*+!")
# a clause coordinated after the first: "The door opened and a tall stranger came in"
_AND_SOMEONE = regex.compile(r"(?<![\p{L}\p{M}])(?:and|when|as|till|until)[ \t\n]++(?=[Aa]n?[ \t\n])")
# ... or someone named: "The door opened, and Mr. Hale came in"
# (after a word in lower case or a comma: not "Catherine and Lydia", two names that are one subject)
_AND_NAMED = regex.compile(r"(?:(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}'’\-]*+|,)[ \t\n]++and[ \t\n]++(?=\p{Lu})")
_NEXT_WORD = regex.compile(r"[ \t\n]++(\p{Ll}++)(?![\p{L}\p{M}])")
# the someone: an article, a noun among the next words, and a verb after it ("a tall stranger came")
_A_SOMEONE = regex.compile(r"[Aa]n?[ \t\n]++((?:[\p{Ll}\-]++[ \t\n]++){1,3}+)")
_PAST_VERB = regex.compile(r"\p{Ll}{2,}ed|came|went|stood|sat|ran|rose|strode|spoke|said|cried|began|stepped|burst"
                           r"|broke|drew|got|looked|walked|appeared|entered|arrived")
_NOT_IN_DESCRIPTION = frozenset({"of", "and", "or", "to", "in", "on", "at", "for", "with", "who", "that"})
# a sentence that opens with someone's relative and the relative's name: "His daughter Jane ran out"
_KIN_NAMED = regex.compile(r"[\s\"“”‘’'—–-]*+(?:His|Her|Their|My|Our)[ \t\n]++(\p{Ll}[\p{Ll}\-]*+)[ \t\n]++(?=\p{Lu})")
# a sentence that opens with the narrator's relative or companion: "My cousin rushed to meet them"
_MY_SUBJECT = regex.compile(r"[\s\"“”‘’'—–-]*+(?P<nom>My[ \t\n]++(?P<head>\p{Ll}[\p{Ll}\-]*+))(?![\p{L}\p{M}'’])")
_TO_BEFORE = regex.compile(r"\b(?:[Ii]n|[Ii]nto|[Nn]ear|[Tt]o|[Ff]rom|[Ff]or|[Oo]f|[Aa]t|[Ll]eft|[Rr]eached|[Vv]isited)[ \t\n]+$")
# before any other place's name: "in Bath", "into Kent" (not "to" or "at": "said to Anne", "looked at Emma")
_IN_BEFORE = regex.compile(r"\b(?:[Ii]n|[Ii]nto|[Nn]ear|[Ww]ithin|[Tt]hroughout|[Oo]utside|[Ii]nside)[ \t\n]+$")
_HE_SHE = regex.compile(r"[ \t\n]*+(He|She)[ \t\n]")  # a sentence that opens with "He" or "She"
_BINDER = regex.compile(r"\b(?:([Hh]e)|([Ss]he))\b(?![ \t\n]+and\b)")  # a "he"/"she" that can bind a later name
_I_OPENS = regex.compile(r"[ \t\n]*+I[ \t\n]")  # one that opens with the narrator's "I"
_THAN = regex.compile(r"(?<![\p{L}\p{M}])than(?![\p{L}\p{M}])")
# a name in brackets right after a pronoun says whom the pronoun means: "he (Syme) was a poet of law"
_GLOSS = regex.compile(r"[ \t]?+\((?P<name>[^()\n]{1,40}+)\)")
# a verb in the present or a modal after an indefinite subject: a saying about anyone of the kind ("A clever
# man can make big profits", "A gentleman never tells"), not someone the story brings on
_GENERIC_VERB = regex.compile(r"[ \t\n]++(?:can|cannot|can't|can’t|may|must|will|shall|should|is|isn't|isn’t|has|"
                              r"does|doesn't|doesn’t|never|always|knows|likes|needs|wants)(?![\p{L}\p{M}'’])")
_SPITE_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])(?:in[ \t\n]++spite[ \t\n]++of|despite|without|instead[ \t\n]++of"
                              r"|rather[ \t\n]++than)[ \t\n]++$")
_GLOSSED = regex.compile(r"(?<![\p{L}\p{M}])(?i:he|she|him|her|his)[ \t]?+\($")
_NAME_OF = regex.compile(r"(?<![\p{L}\p{M}])names?[ \t\n]++of[ \t\n]++$")
# a gerund after a possessive or a preposition, right before a name: "Upon my quoting Thomas Carlyle", "after
# seeing Holmes"
_GERUND_OBJECT = regex.compile(r"(?<![\p{L}\p{M}])(?:[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Yy]our|[Uu]pon|[Oo]n|[Aa]fter|[Bb]efore"
                               r"|[Ww]hile|[Bb]y|[Ww]ithout)[ \t\n]++\p{Ll}{2,}ing[ \t\n]++$")
# a name right before "the" and a capitalised description (its epithet): "Bagheera the Black Panther", "Akela,
# the great gray Lone Wolf"
_EPITHET_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])(?P<name>\p{Lu}[\p{L}\p{M}’'\-]*+(?:[ \t]++\p{Lu}[\p{L}\p{M}’'\-]*+){0,2})"
                                r"(?:,[ \t\n]++|[ \t\n]++)the[ \t\n]++(?:\p{Ll}[\p{Ll}\-]*+[ \t\n]++){0,2}$")
_THE_RIGHT_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])[Tt]he[ \t\n]++$")
# the titles of a family's father or mother ("Father Wolf", "Mother Wolf"), which an epithet is no surname to
_KIN_TITLES = frozenset({"father", "mother"})
_APPOSITION_ENDS = regex.compile(r"[ \t\n]*+[,.;:!?)]")  # after "the butler" in apposition
# a sentence that opens with a name and "the" and the noun, then its verb: "Mr. Utterson the lawyer was a man of a
# rugged countenance" (no commas; the noun is the name's)
_SUBJECT_APPOSED = regex.compile(r"(?:^|(?<=[.!?]\s|\n))(?:\p{Lu}[\p{L}.’'\-]*+[ \t]++){1,3}the[ \t\n]++"
                                 r"(?:[\p{Ll}\-]++[ \t\n]++)?[\p{Ll}\-]++(?=[ \t\n]++(?:was|is|had|has|would|could)\b)")
_POSSESSED = regex.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir)[ \t\n]+$")
_OF_THE = regex.compile(r"\s+(?:of|the)\s")
# a plural subject: the verb after it does not agree with "he"/"she" ("Russians now say", "The officials have
# been"); an adverb may stand between
_PLURAL_VERB = regex.compile(r"[ \t]++(?:(?:now|also|still|often|all|both|long|then|\p{Ll}++ly)[ \t]++)?+"
                             r"(?:say|are|have|were|do|don['’]t|want|think|believe|feel|argue|agree|see|remain|"
                             r"seem|appear|tend|know|fear|hope|worry|expect|insist|complain|admire)(?![\p{L}\p{M}'’])")


@attrs.define(slots=True)
class Entity:
    id: int
    name: str  # canonical
    key: tuple[str, ...]  # content words of the canonical name
    gender: str  # m | f | ?


def _is_letter(c: str) -> bool:
    """Whether ``c`` is a letter or a combining mark (the patterns' ``[\\p{L}\\p{M}]``)."""
    return c.isalpha() or unicodedata.category(c).startswith("M")


def _subject_apposed(text: str, i: int, j: int) -> bool:
    """Whether the noun text[i:j] follows a name that opens a sentence, with its verb after it."""
    m = _SUBJECT_APPOSED.search(text, max(0, i - 60), j + 10)
    return m is not None and m.end() == j


@attrs.define(slots=True)
class Resolved:
    name: str
    entity: Optional[int]
    mention: Optional[Mention]
    kind: str
    confidence: float
    source: int = -1  # where the antecedent of a pronoun or nominal stands, -1 where none
    # a quotation that goes on from another's speaker (no mention of its own): the mention that attributed
    # that one, which the public Speaker shows; the resolver itself never looks at it
    via: Optional[Mention] = None
    subject: bool = False  # a pronoun's antecedent is the subject of a sentence of the narration just before


class Entities:
    """The person-like names of one document, clustered."""

    def __init__(self, doc: Document, pat: Patterns, quoted: list[tuple[int, int]], narrative: bool = False,
                 heading_spans: Optional[list[tuple[int, int]]] = None) -> None:
        self.doc = doc
        self.narrative = narrative  # a story: "Mrs. Lennox" is Mary Lennox's mother, not Mary
        self._male_title_memo: dict[str, str] = {}
        self._elder_memo: dict[tuple[str, str, tuple[str, ...]], bool] = {}  # _elder_titled()
        self._titled_gender_memo: dict[str, str] = {}  # _titled_gender()
        self.first_person = False  # a narrator speaks as "I" (pipeline)
        # where the narrator's lines were named, the names, and the name nearly all give (pipeline)
        self.narrator_votes: Optional[tuple[list[int], list[tuple[str, int]], Optional[tuple[str, int]]]] = None
        self.pat = pat
        self._split_memo: dict[str, tuple[tuple[str, ...], str]] = {}  # a name's words, worked out once
        lex = pat.lex
        text = doc.text
        self.mentions: list[tuple[int, int, tuple[str, ...], str]] = []  # start, end, words, title
        name_at = pat.name_re.match
        non_names = lex.non_names
        # (``heading_spans``: headings(doc, lex.heading_labels), where the caller has them already)
        self.headings = headings(doc, lex.heading_labels) if heading_spans is None else heading_spans
        hk = 0
        nh = len(self.headings)
        cap_seq = pat.cap_seq
        for run in outside(cap_seq, text, quoted):  # a name inside a quotation is no speaker candidate
            c: Optional[regex.Match[str]] = run
            while c is not None:
                s = c.start()
                while hk < nh and self.headings[hk][1] <= s:
                    hk += 1
                if hk < nh and self.headings[hk][0] <= s:
                    break  # "CHAPTER I. THE YOUNG ADVENTURERS" / "The Missing Heir.": a heading names nobody
                word = c.group()
                if " " not in word and "\n" not in word and word.lower().rstrip(".") in non_names \
                        and not ambiguous_name(text, s, c.end(), lex):
                    break  # a lone "The", "But", "She" ("May looked up" is someone, "in May" is not)
                if s and text[s - 1] == "_":
                    break  # "The _Lusitania_", "the _Times_": italics name a ship, a paper, a book
                # the fast scan finds where; the name pattern says how far (mostly just as far)
                e = _name_end(text, s, c.end(), word, pat)
                if e < 0:
                    m = name_at(text, s) or c
                    s, e = m.span()
                if e - s > 2 and text[e - 1] == "I" and text[e - 2] in " \t\n":
                    j = e - 2
                    while j > s and text[j - 1] in " \t\n":
                        j -= 1
                    before = text[s:j].split()
                    w = before[-1].lower()
                    if w not in lex.male_names and w not in lex.female_names \
                            or len(before) > 1 and before[-2].lower().rstrip(".") not in lex.titles:
                        # "At Camberwell\nI found": the pronoun, no part of a name ("Charles I" and "King Charles
                        # I" are one; "To Theodore Laurence I bequeethe": a king has no surname)
                        e = j
                nl = text.find("\n", s, e)
                if nl > s and not any(ch.islower() for ch in text[s:e]):
                    # "ADDRESS. . . BY TOAD\nSYNOPSIS—Our Prison System": words in capitals end at the line's end
                    # (hard-wrapped prose runs a name over a line break; capitals stand in lines of their own)
                    e = nl
                    while e > s and text[e - 1] in " \t\r":
                        e -= 1
                x = _ABBREVIATED_ON.match(text, e) if e < len(text) and text[e] == "." else None
                if x is not None and narrative and text[s:e].rsplit(None, 1)[-1] == "St" and " " in text[s:e].strip():
                    e = x.end()  # "the Marquis de St. Eustache": a saint's dot inside a story's name
                k = _POSSESSIVE_IN.search(text, s, e)
                if k is not None:
                    e = k.end(1)  # "Newland Archer's New York": the name ends with its possessive
                if " " in text[s:e] and (s > 4 and text.startswith("of", s - 3) or " of " in text[s:e]):
                    s = _after_title_of(text, s, e, lex)
                words, title = self.split(text[s:e])
                if _participle(words, title, text, e):
                    words = ()  # "Leaning her elbows on the parapet, she …": a participle, no one ("Manning had")
                if words and not (len(words) == 1 and not title and words[0] in lex.ambiguous_names
                                  and not ambiguous_name(text, s, e, lex)) \
                        and not (len(words) == 1 and not title and " " not in text[s:e]
                                 and _INDEFINITE_BEFORE.search(text, max(0, s - 24), s)):
                    # ("held in May. It was …"; "felt a great Awe fall upon him": a capitalised thing, no one;
                    # "we met a Captain Langley" is someone, a title and a name)
                    self.mentions.append((s, e, words, title))
                # the rest of the run may hold a name of its own: "… at Hartfield. Emma smiled"
                c = cap_seq.search(text, max(e, s + 1), c.end()) if e < c.end() else None
        self._run_together: set[tuple[str, ...]] = set()  # "Mrs. Allan Anne": two names (_split_run_together)
        self._ranked: Optional[frozenset[tuple[str, ...]]] = None  # _ranked_only()
        self._married: Optional[frozenset[tuple[tuple[str, ...], str]]] = None  # _married_full()
        self._wives: Optional[dict[tuple[str, ...], str]] = None  # _wives_by_name(): "Mrs. Joe Gargery"
        self._lower_words: Optional[frozenset[str]] = None  # lower_lead(): the words the text writes in lower case
        self._split_run_together(text)
        self._starts = [m[0] for m in self.mentions]
        self._by_words: dict[tuple[str, ...], list[int]] = {}  # content words -> indexes of their mentions
        for k, (_s, _e, words, _t) in enumerate(self.mentions):
            self._by_words.setdefault(words, []).append(k)
        self.entities: list[Entity] = []
        self._by_key: dict[tuple[tuple[str, ...], str], int] = {}
        # a description's head noun -> where each of its entities was first so described, and the entity
        # (nominal_entity)
        self._by_head: dict[str, list[tuple[int, int]]] = {}
        # full names (two or more words) first, so that single words attach to them
        full: dict[tuple[str, ...], int] = {}
        for _s, _e, words, _t in self.mentions:
            if 2 <= len(words) <= _MAX_NAME_WORDS:
                full[words] = full.get(words, 0) + 1
        # full names a heading gives with a title ("Chapter VI … Miss Charlotte Bartlett, and Miss Lucy Honeychurch
        # Drive Out in Carriages"; a table of contents): a heading names no one who speaks, but it says whose given
        # name goes with whose surname, where the story itself never says "Charlotte Bartlett"
        self._heading_full: dict[tuple[str, ...], str] = {}
        for hs, he in self.headings:
            for m in _TITLED_PAIR.finditer(text, hs, he):
                if m.group(1).lower().rstrip(".") not in lex.titles:
                    continue
                given, surname = m.group(2), m.group(3)
                words = (given.lower(), surname.lower())
                if (words[0] in lex.male_names or words[0] in lex.female_names) and words not in full \
                        and surname.lower() not in lex.non_names:
                    full[words] = 0
                    self._heading_full[words] = f"{given} {surname}"
        self._full = full
        self.narration_memo: dict[int, Optional[Resolved]] = {}  # paragraph -> narration_subject's answer
        self._full_starts: dict[tuple[str, ...], list[int]] = {}
        self._by_last: dict[str, list[tuple[str, ...]]] = {}
        self._by_first: dict[str, list[tuple[str, ...]]] = {}
        places = lex.place_words if narrative else frozenset()  # (news: "Times" is the New York Times)
        for words in full:
            if words[-1] in places or narrative and words[0] in lex.place_openers:
                continue  # "Lucas Lodge", "Lake Como" are no one a lone "Lucas" or "Como" means
            last = words[-1]
            if last.endswith("s") and ((*words[:-1], last[:-1]) in full or last.endswith("es")
                                       and (*words[:-1], last[:-2]) in full):
                continue  # "the Tom Buchanans" beside "Tom Buchanan": a couple, no one else a lone "Tom" means
            self._by_last.setdefault(words[-1], []).append(words)
            self._by_first.setdefault(words[0], []).append(words)
        self._gender_cache: dict[int, str] = {}
        self._full_titled: Optional[dict[tuple[str, ...], str]] = None  # _key_gender(): full names' titles
        self._antecedent_memo: dict[int, Any] = {}  # mention index -> _as_antecedent's answer
        self._characters_memo: Optional[frozenset[tuple[str, ...]]] = None  # _characters()
        self.quoted = quoted  # the quotations' spans, sorted (what is not in them is narration)
        self._in_quotation: Optional[Callable[[int, int], bool]] = None  # in_quotation, built when first asked
        self._titled: Optional[dict[str, dict[tuple[str, ...], tuple[int, int]]]] = None  # titled(): narration
        self._titled_spoken: Optional[dict[str, dict[tuple[str, ...], tuple[int, int]]]] = None  # … dialogue
        self._in_titled = False
        self._intros: Optional[dict[str, list[int]]] = None  # _role_intros()
        self._role_memo: dict[str, Optional[tuple[str, int, int]]] = {}  # role_titled(): a role's one person
        self._last_word_at: Optional[dict[str, list[int]]] = None  # _named_between(): a name's last word -> starts
        # _apposed(): head noun -> the one so named; mine_named(): "my " + head noun -> the one the narrator so names
        self._apposed_memo: dict[str, Optional[tuple[str, int]]] = {}
        self._epithet_memo: dict[tuple[str, ...], bool] = {}
        self._title_own_memo: dict[str, bool] = {}
        self._lowered: Optional[str] = None  # the text in lower case, or "" where that changes its length
        self._after_the: dict[str, int] = {}  # name -> how often the text writes it after "the" (_a_thing)
        self._titled_mentions: dict[tuple[str, frozenset[str]], list[int]] = {}  # (surname, titles) -> mentions (kin)
        self._nominals: Optional[list[tuple[int, int, str]]] = None
        self.vocative_memo: dict[tuple[int, int], Optional[tuple[str, int, int, int]]] = {}
        self.self_named_memo: dict[tuple[int, int], Optional[tuple[str, int, int, int]]] = {}
        self._kin_at: Optional[list[tuple[int, int, str, str]]] = None  # "his wife" in the narration
        self._kin_starts: list[int] = []
        self._in_kin = False
        self._kin_memo: dict[int, Optional[tuple[str, int, int]]] = {}  # where a "his wife" stands -> its relative
        self._nominal_starts: list[int] = []
        self._places: Optional[frozenset[str]] = None  # place_like()
        # single words the text capitalises where no sentence starts: real names, not "Happily" or "Locking"
        self._mid: set[str] = set()
        # those of them a name of one word (with or without a title) holds: "said Good", "Captain Good"; not
        # "Good" of "a sign in the window: Good Wine 30 Centimes" alone
        self._mid_alone: set[str] = set()
        titles = lex.titles
        for s, e, words, title in self.mentions:
            if len(words) >= 2 or title:
                self._mid.update(words)
                if title and len(words) == 1:
                    self._mid_alone.update(words)
                continue
            lead = text[s:e].split(None, 1)
            if len(lead) == 2 and lead[0].rstrip(".").lower() in titles:
                self._mid.update(words)  # "Dr. Wilkins was recalled": a title of either sex makes a name
                self._mid_alone.update(words)
                continue
            j = s - 1
            while j >= 0 and text[j] in " \t":
                j -= 1
            if j >= 0 and text[j] not in ".!?\n\"“”‘’'—:;(" and not (text[j] == "-" and j > 0 and text[j - 1] == "-"):
                self._mid.update(words)
                self._mid_alone.update(words)
        self._mid.update(lex.male_names)
        self._mid.update(lex.female_names)

    def _split_run_together(self, text: str) -> None:
        """"With Mrs. Allan Anne fell in love": a title and a surname that the text names so elsewhere, then
        a given name it names alone elsewhere, said once together, are two people (a fronted phrase, then the
        subject), not a full name "Allan Anne" for every later "Anne"."""
        lex = self.pat.lex
        counts: dict[tuple[str, ...], int] = {}
        titled: dict[tuple[str, ...], int] = {}
        for _s, _e, words, title in self.mentions:
            counts[words] = counts.get(words, 0) + 1
            if title and len(words) == 1:
                titled[words] = titled.get(words, 0) + 1
        out: list[tuple[int, int, tuple[str, ...], str]] = []
        given = lex.female_names | lex.male_names
        for s, e, words, title in self.mentions:
            if self.narrative and not title and len(words) >= 3 and counts[words] == 1 \
                    and counts.get(words[1:], 0) >= 2 and words[0] not in given and self._opens_sentence(text, s):
                # "Overhead Tinker Bell shouted", "’Ware Tinker Bell.": in a story, a sentence's first word, said
                # once before a full name the text uses alone, is no part of it (news names "Ildefonso Guajardo
                # Villarreal", then "Guajardo Villarreal")
                k = _WHITE.search(text, s, e)
                if k is not None:
                    self._run_together.add(words)
                    out.append((k.end(), e, words[1:], ""))
                    continue
            if self.narrative and not title and len(words) >= 2 and counts[words] == 1 \
                    and counts.get((words[-1],), 0) >= 3 and words[0] not in given and words[0] not in lex.titles \
                    and words[0] not in lex.nominals and words[0] not in lex.person_nouns \
                    and (_THE_BEFORE.search(text, max(0, s - 5), s) is not None and counts.get(words[:1], 0) == 0
                         or self._opens_sentence(text, s) and ("-" in words[0] or self.lower_lead(text, s, words[0]))):
                # "the Parian Psyche Laurie gave", "Fifteen-year-old Jo", "By-and-by Jo": in a story, words after
                # "the" that the text never uses alone, or a compound or a word the text writes in lower case too
                # that opens a sentence, said once before a name the text uses alone three times or more, are no
                # part of it (a given name the lexicon lacks stays: "To Sherlock Holmes she is always the woman";
                # so does a post the text uses alone: "the Witch Glinda")
                _j, k = _last_word_split(text, s, e)
                if k > s:
                    self._run_together.add(words)
                    out.append((k + 1, e, words[-1:], ""))
                    continue
            if len(words) == 2 and words[0] == words[1] and not title:
                # "called Scrooge Scrooge": the name twice, two mentions of it
                j, k = _last_word_split(text, s, e)
                if k > s:
                    self._run_together.add(words)
                    out.append((s, j, words[:1], ""))
                    out.append((k + 1, e, words[1:], ""))
                    continue
            if counts[words] != 1 or counts.get((words[-1],), 0) < 1 or words[-1] not in given and not (
                    len(words) == 2 and not title and counts.get((words[-1],), 0) >= 2
                    and self.lower_lead(text, s, words[0])):
                # (a name not in the lexicon's given names, used alone twice or more, after a sentence's first
                # word that the text writes in lower case too: "Up Scrooge went", "Any Cratchit would have")
                out.append((s, e, words, title))
                continue
            lead = False  # the first word is no name: "Neither Jane nor Elizabeth", "Till Elizabeth entered"
            if (title and len(words) == 2 and (words[0],) in titled
                    or not title and len(words) >= 3 and counts.get(words[:-1], 0) >= 1
                    or not title and len(words) == 2
                    and (words[0] not in given and (counts.get(words[:-1], 0) >= 1
                                                    or (lead := self.lower_lead(text, s, words[0])))
                         or (lead := self._month_lead(text, s, words[0])))):
                # (or "And of Wuthering Heights Catherine was thinking", "from London Lydia came": a name the
                # text uses alone, then a given name it uses alone)
                j, k = _last_word_split(text, s, e)
                if k > s and text[k + 1:e].lower() == words[-1]:
                    self._run_together.add(words)
                    if not lead:
                        out.append((s, j, words[:-1], title))
                    out.append((k + 1, e, (words[-1],), ""))
                    continue
            out.append((s, e, words, title))
        self.mentions = out

    @staticmethod
    def _opens_sentence(text: str, s: int) -> bool:
        """Whether the word at ``s`` opens a sentence or a line (after a stop, a quotation mark, a dash, or
        nothing but spaces)."""
        j = s - 1
        while j >= 0 and text[j] in " \t":
            j -= 1
        return j < 0 or text[j] in ".!?\n\"“”‘’'—:;("

    def lower_lead(self, text: str, s: int, word: str) -> bool:
        """Whether the word at ``s`` opens a sentence (or a line) and the text uses it in lower case too: a
        capital only for the sentence's sake ("Neither", "Till", "Dearest")."""
        if not self._opens_sentence(text, s):
            return False
        if self._lower_words is None:  # (one scan of the text, when first asked: a scan per word is quadratic)
            self._lower_words = frozenset(_LOWER_WORD.findall(text))
        return word in self._lower_words

    def _wives_by_name(self) -> dict[tuple[str, ...], str]:
        """The husbands' full names a story gives with a married woman's title ("Mrs. Joe Gargery", "Mrs. John
        Knightley": a man's given name), and how the text spells the wife's name."""
        if self._wives is None:
            self._wives = {}
            text = self.doc.text
            for s, e, words, title in self.mentions:
                if title in MARRIED_TITLES and len(words) >= 2 and words not in self._wives \
                        and self._key_gender(words) == "m":
                    m = _MARRIED_TITLE_AT.search(text, s, e)
                    if m is not None:
                        self._wives[words] = " ".join(_strip_tail(text[m.start():e]).split())
        return self._wives

    def _wife(self, words: tuple[str, ...]) -> Optional[tuple[str, int]]:
        """In a story, the wife a married woman's title and her husband's name mean ("Mrs. Joe Gargery", and
        "Mrs. Joe" where one such wife has that given name): not the husband, whose words they are."""
        wives = self._wives_by_name()
        if not wives:
            return None
        if len(words) >= 2:
            target = words if words in wives else None
        else:
            named = [w for w in wives if w[0] == words[0]]
            target = named[0] if len(named) == 1 else None
        if target is None:
            return None
        key = (target, "wife")
        eid = self._by_key.get(key)
        if eid is None:
            eid = len(self.entities)
            self.entities.append(Entity(eid, wives[target], target, "f"))
            self._by_key[key] = eid
        return self.entities[eid].name, eid

    def _married_full(self) -> frozenset[tuple[tuple[str, ...], str]]:
        """The full names the text gives with a married woman's title ("Mrs. Rachel Lynde"), with the title."""
        if self._married is None:
            self._married = frozenset((words, title) for _s, _e, words, title in self.mentions
                                      if len(words) >= 2 and title in MARRIED_TITLES)
        return self._married

    def _ranked_only(self) -> frozenset[tuple[str, ...]]:
        """The full names that the text gives with a rank title every time ("Lady Catherine de Bourgh")."""
        if self._ranked is None:
            ranks = self.pat.lex.rank_titles
            ranked: set[tuple[str, ...]] = set()
            plain: set[tuple[str, ...]] = set()
            for _s, _e, words, title in self.mentions:
                if len(words) >= 2:
                    (ranked if title in ranks else plain).add(words)
            self._ranked = frozenset(ranked - plain)
        return self._ranked

    def ranked_before(self, pos: int, title: str) -> Optional[tuple[str, int, int]]:
        """The one named last with the rank ``title`` ("lady") in the narration before ``pos``, at most
        _RANK_REACH characters back, as (name, entity, where)."""
        k = bisect_left(self._starts, pos) - 1
        while k >= 0 and self.mentions[k][0] >= pos - _RANK_REACH:
            s, e, _words, t = self.mentions[k]
            if t == title:
                name, eid = self.entity(self.doc.text[s:e], s)
                return name, eid, s
            k -= 1
        return None

    def fronted_subject(self, pos: int, gender: str) -> Optional[tuple[str, int, int]]:
        """The name that opens a clause fronted right before ``pos`` ("when at last Kitty did, " before "she"),
        where its gender fits, as (name, entity, where)."""
        text = self.doc.text
        m = self.pat.fronted_name.search(text, max(0, pos - 160), pos)
        if m is None:
            return None
        ns, ne = m.span("name")
        words, title = self.split(text[ns:ne])
        if not self.person_name(words, title):
            return None
        name, eid = self.entity(text[ns:ne], ns)
        return (name, eid, ns) if self.gender(eid) == gender else None

    def _untitled(self, words: tuple[str, ...]) -> bool:
        """Whether the text names someone by these words with no title."""
        return any(not self.mentions[k][3] for k in self._by_words.get(words, ()))

    def _month_lead(self, text: str, s: int, word: str) -> bool:
        """Whether the word at ``s`` is a month that names no one here ("by the middle of June Kitty was …")."""
        lex = self.pat.lex
        return word in lex.ambiguous_names and word in lex.non_names \
            and not ambiguous_name(text, s, s + len(word), lex)

    def place_like(self, words: tuple[str, ...], title: str) -> bool:
        """Whether a one-word name with no title is a place the narration goes in and out of ("in Bath"
        eight times of fifteen): one that stands after "in", "into", "near" … at least twice and in a third of
        its mentions, or after these and "at", "to", "from" … at least four times and in three fifths of them;
        one that is no known given name, and that a name of several words or a title holds in fewer than a
        third as many mentions ("the village of Up Lyme" is no person "Lyme")."""
        if title or len(words) != 1:
            return False
        if self.known_place(words, title):
            return True
        if self._places is None:
            text = self.doc.text
            lex = self.pat.lex
            total: dict[str, int] = {}
            inside: dict[str, int] = {}
            saint: dict[str, int] = {}  # mentions after "St." (a given name, but the town's)
            towards: dict[str, int] = {}  # mentions after "at", "to", "from" … (a place's, or a person's)
            person: dict[str, int] = {}  # mentions of a word in a name of several words or with a title
            for s, _e, ws, t in self.mentions:
                if len(ws) != 1 or t:
                    for w in ws:
                        person[w] = person.get(w, 0) + 1
                    continue
                w = ws[0]
                if w.endswith(("'s", "’s")):
                    continue  # "in Stephen’s hand": the possessor is no place
                total[w] = total.get(w, 0) + 1
                # ("for St. Augustine", "left St. Augustine": a saint's name is a town after any preposition)
                holy = text.startswith(("St.", "St ", "Saint "), s)
                if holy:
                    saint[w] = saint.get(w, 0) + 1
                if (_TO_BEFORE if holy else _IN_BEFORE).search(text, max(0, s - 12), s) is not None:
                    inside[w] = inside.get(w, 0) + 1
                elif _TO_BEFORE.search(text, max(0, s - 12), s) is not None:
                    towards[w] = towards.get(w, 0) + 1
            for w, n in towards.items():
                # ("at Lyme" 26 times, "to Lyme" 11, "in Lyme" 3 of 66: a person is rarely named this often
                # only after a preposition)
                n += inside.get(w, 0)
                if n >= 4 and n * 5 >= total[w] * 3:
                    inside[w] = n
            self._places = frozenset(w for w, n in inside.items()
                                     if n >= 2 and n * 3 >= total[w] and person.get(w, 0) * 3 < n
                                     and (saint.get(w) == total[w]
                                          or w not in lex.male_names and w not in lex.female_names))
        return words[0] in self._places

    def is_name(self, words: tuple[str, ...]) -> bool:
        """Whether these words look like a proper name in this document."""
        return bool(words) and any(w in self._mid for w in words)

    def named_alone(self, word: str) -> bool:
        """Whether the text uses ``word`` as a name by itself (where no sentence starts, or after a title), or
        it is a given name."""
        return word in self._mid_alone or word in self.pat.lex.male_names or word in self.pat.lex.female_names

    def person_name(self, words: tuple[str, ...], title: str) -> bool:
        """Whether a name's words (and its title) can name a person here: a title or words the text uses as a
        name, and no place ("Baker Street", "Netherfield Park")."""
        return bool(words) and bool(title or self.is_name(words)) and not place_name(words, self.pat.lex) \
            and not self.known_place(words, title)

    def known_place(self, words: tuple[str, ...], title: str) -> bool:
        """Whether, in a story, a name with no title is one of the places of ``place_names.txt`` ("London",
        "New York"), or made of the words of ``peoples.txt`` alone ("American", "American Catholic"): never a
        character (news lets "Moscow" speak for a government, and "Americans" for themselves)."""
        if not self.narrative or title or not words:
            return False
        lex = self.pat.lex
        return " ".join(words) in lex.place_names or all(w in lex.peoples for w in words)

    def split(self, name: str) -> tuple[tuple[str, ...], str]:
        """Content words (lower case, titles and function words dropped) and the gendered title if any."""
        found = self._split_memo.get(name)
        if found is None:
            found = self._split_memo[name] = self._split(name)
        return found

    def _split(self, name: str) -> tuple[tuple[str, ...], str]:
        lex = self.pat.lex
        toks = _TOKEN.findall(name)
        words: list[str] = []
        title = ""
        skip_to = -1
        for i, t in enumerate(toks):
            low = t.lower()
            if i < skip_to:
                continue
            if low == "of" and not words and i > 0 and toks[i - 1].lower() in lex.titles:
                # "Secretary of State John Kerry", "Chief of Staff Katie Walsh": the title's own words run on to
                # the given name (else to the last word: "Secretary of State Kerry")
                given = [j for j in range(i + 1, len(toks)) if toks[j].lower() in lex.male_names
                         or toks[j].lower() in lex.female_names]
                skip_to = given[0] if given else len(toks) - 1
                continue
            if low in lex.titles and i < len(toks) - 1:
                if low in _MALE_TITLES or low in _FEMALE_TITLES:
                    title = low
                words = []  # "NATO Secretary General Jens Stoltenberg": what stands before a title modifies it
                continue
            if not words and not title and len(low) > 3 and low[-1] == "s" and t[:1].isupper() \
                    and (low[:-1] in lex.titles or low.endswith("es") and low[:-2] in lex.titles):
                return (), ""  # "Captains Wentworth and Harville", "the Misses Bertram": a title in the plural
            if low in lex.holidays and not words and not title:
                return (), ""  # "Every Christmas Day he presented himself": a day, with the words after it
            if low in lex.non_names and not words and not (
                    low in lex.ambiguous_names and (i == 0 or toks[i - 1].lower() == "the" or title)):
                continue  # ("May Welland", "the March Hare", "Mrs. March": a month that names someone)
            if not words and i < len(toks) - 1 and lex.verb_lemma.get(low, low) != low and low[-1:] != "s" \
                    and not low.endswith("ing"):
                continue  # "Said Jones: …", "Added Smith": an inverted tag's verb in the past ("Grant", "Rules" stay)
            if not words and low.endswith("ly") and len(toks) > 1 and i < len(toks) - 1 \
                    and low not in lex.male_names and low not in lex.female_names:
                continue  # "Presently Tom", "Finally Tom": a sentence-initial adverb
            if t[:1].islower() and low not in _PARTICLES:
                words = []  # "campaign spokesman Brian Fallon": lower-case words describe, the name follows
                continue
            if low in ("of", "the") and words:
                break  # "Volodymyr Zelensky of Ukraine"
            if words and len(t) > 1 and t.isupper() and len(toks[i - 1]) > 1 and not toks[i - 1].isupper():
                break  # "Anne WAS …", "Flavorings CHAPTER XXII": capitals for stress or a heading, not the name
            if words and low in lex.time_words:
                break  # "told Trump Wednesday"
            if i == len(toks) - 1 and low.endswith(("'s", "’s")) and len(low) > 2:
                low = low[:-2]  # "Charles Darnay's": the name without its possessive
            words.append(low)
        return tuple(words), title

    def nominal_entity(self, text: str, at: int = -1) -> tuple[str, int]:
        """An entity for a nominal speaker ("the girl", "a small boy"): one per head noun and document, so
        that "a small boy", "the boy" and a later "he" can meet; but each indefinite description (where ``at``
        is known) brings on someone new ("a source said … another source said"), whom a later definite one
        ("the source added") means. Its name is the first mention's text. (``at``: where the mention stands,
        if known.)"""
        lex = self.pat.lex
        words, head = self._nominal_head(text)
        if len(words) == 2 and words[0] == "the" and head_capitalised(text, head):
            titled = self.titled(head)
            if titled is not None:
                return titled  # "the Professor": the one the text calls "Professor Van Helsing"
        if 2 <= len(words) <= 3 and words[0] == "the" and not self.narrative and head in lex.titles:
            titled = self.titled(head, words[1] if len(words) == 3 else "")
            if titled is not None:
                # "the chancellor", "the French president": in news, the one the text calls "German Chancellor
                # Angela Merkel", "French President Emmanuel Macron"
                return titled
        if at >= 0 and words[:1] == ("the",) and head in lex.role_titles:
            role = self.role_titled(head, at)
            if role is not None:
                return role
        if at >= 0 and words == ("the", head) and self.narrative:
            apposed = self._apposed(head)
            if apposed is not None and not self._brought_on_since(head, apposed[0], at):
                return apposed  # "the butler": the one the text calls "Barrymore, the butler"
        if at >= 0 and words == ("my", head) and self.narrative:
            mine = self.mine_named(head)
            if mine is not None:
                return mine  # "my cousin": the one the narrator calls "my cousin, John Herncastle"
        if words[:2] == ("one", "of"):
            head = self._singular(head)  # "one of the gentlemen" is one gentleman ("said the gentleman")
        # the capitalised words that set this one apart: "the Republican candidate" is not "the Democratic
        # candidate", nor "Labour's deputy leader" "the Conservative leader"
        marks = tuple(w.lower() for w in _TOKEN.findall(text)
                      if w[:1].isupper() and w.lower() not in _DETERMINERS and w.lower() not in head.split())
        if self.narrative:
            # nor is "the young gentleman" "the kind old gentleman": an age sets them apart
            marks += tuple(sorted({_AGE_MARKS[w] for w in words if w in _AGE_MARKS}))
        key: tuple[Any, ...] = ((head, *marks), "nominal")
        fresh = at >= 0 and words[:1] in (("a",), ("an",), ("another",))
        if fresh:
            key = (*key, at)  # "said a former official" after "said a senior official": someone new each time
        eid = self._by_key.get(key)
        if eid is None and not marks and not fresh:
            # "the candidate": the last one so described before it (the speakers of a later page may be
            # resolved first: "said the little man" is not the "very patient man" of a later chapter)
            made = self._by_head.get(head, [])
            if at < 0:
                eid = made[-1][1] if made else None
            else:
                eid = max(((a, e) for a, e in made if a <= at), default=(-1, None))[1]
        if eid is None:
            eid = len(self.entities)
            self.entities.append(Entity(eid, " ".join(text.split()), (head,), lex.nominal_gender.get(head, "?")))
            self._by_key[key] = eid
            self._by_head.setdefault(head, []).append((at, eid))
        return self.entities[eid].name, eid

    def _brought_on_since(self, head: str, name: str, at: int) -> bool:
        """Whether someone new of the noun ``head`` comes on shortly before ``at`` ("a pretty woman in a brown
        riding-habit"; in narration or dialogue alike), after the text has named ``name`` and with no mention of
        it since: "the woman" then means her, not the "Ella Kaye, the newspaper woman" of pages before."""
        text = self.doc.text
        lo = max(0, at - _BROUGHT_ON_REACH)
        last = None
        for m in _indefinite_re(head, _UP_TO_THREE).finditer(text, lo, at):
            last = m
        if last is None:
            return False
        # (one the text names only later is the one who came on: "a mule" who is Billy, "Billy the mule")
        surname = name.split()[-1] if name.split() else name
        return text.rfind(surname, 0, last.start()) >= 0 and text.find(surname, last.end(), at) < 0

    def _epithet(self, words: tuple[str, ...]) -> bool:
        """Whether the text writes the full name ``words`` right after "the" in two thirds of its mentions or
        more: a description spelt with capitals ("the Lone Wolf"), not a family's name."""
        found = self._epithet_memo.get(words)
        if found is None:
            text = self.doc.text
            starts = [self.mentions[k][0] for k in self._by_words.get(words, ())]
            after = sum(1 for st in starts if text.startswith(("The ", "The\n", "the ", "the\n"), st)
                        or _THE_RIGHT_BEFORE.search(text, max(0, st - 5), st) is not None)
            found = self._epithet_memo[words] = bool(starts) and after * 3 >= len(starts) * 2
        return found

    def epithet_of(self, desc: str) -> Optional[tuple[str, int]]:
        """The one person the text names with the capitalised description ``desc`` after "the" in apposition
        ("Bagheera the Black Panther", "Akela, the great gray Lone Wolf"), as (name, entity); None where it so
        names no one, or more than one. (One scan for the words, when first asked.)"""
        key = "the " + desc
        if key in self._apposed_memo:
            return self._apposed_memo[key]
        self._apposed_memo[key] = None
        text = self.doc.text
        ids: set[int] = set()
        found: Optional[tuple[str, int]] = None
        for m in regex.finditer(r"(?<![\p{L}\p{M}])" + regex.escape(desc).replace(r"\ ", r"[ \t\n]++")
                                + r"(?![\p{L}\p{M}])", text):
            b = _EPITHET_BEFORE.search(text, max(0, m.start() - 60), m.start())
            if b is None:
                continue
            ns, ne = b.span("name")
            sp = text.find(" ", ns, ne)
            lead = text[ns:sp].lower() if sp > 0 else ""
            if lead and (lead in self.pat.lex.non_names or self.lower_lead(text, ns, lead)):
                ns = sp + 1  # "Sometimes Bagheera the Black Panther": a capital for the sentence's sake
            name = text[ns:ne]
            words, title = self.split(name)
            if words and self.person_name(words, title) and not self._a_thing(name, words, title):
                found = self.entity(name, ns)
                ids.add(found[1])
        if len(ids) == 1 and found is not None:
            self._apposed_memo[key] = found
        return self._apposed_memo[key]

    def apposed_entity(self, head: str) -> int:
        """The entity of the one person the text names with the noun ``head`` in apposition (:meth:`_apposed`),
        or -1."""
        found = self._apposed(head)
        return found[1] if found is not None else -1

    def _apposed(self, head: str) -> Optional[tuple[str, int]]:
        """The one person the text names with the noun ``head`` in apposition ("Barrymore the butler",
        "Barrymore, Sir Charles's butler", "the butler, Barrymore"), in the narration or in anyone's words, as
        (name, entity); None where it so names no one, or more than one. (One scan for the word, when first
        asked; a look back of at most 90 characters at each place it stands.)"""
        if head in self._apposed_memo:
            return self._apposed_memo[head]
        self._apposed_memo[head] = None  # (a name's own look-up may ask again: no second look)
        text = self.doc.text
        before = self.pat.apposed_before
        name_at = self.pat.name_re.match
        ids: set[int] = set()
        i = text.find(head)
        while i != -1:
            j = i + len(head)
            if (i == 0 or not text[i - 1].isalpha()) and not text[j:j + 1].isalpha() \
                    and (_APPOSITION_ENDS.match(text, j) is not None or _subject_apposed(text, i, j)):
                b = before.search(text, max(0, i - 90), i)
                if b is not None and _LIST_GOES_ON.match(text, j) is not None:
                    ns, ne = 0, 0  # "Hunter, Joyce, the doctor, and the squire": a list, no apposition
                elif b is not None and _NAME_OF.search(text, max(0, b.start("name") - 12), b.start("name")) is None:
                    ns, ne = b.span("name")
                elif b is not None:
                    ns, ne = 0, 0  # "in place of the name of Edward Hyde, the lawyer, … read": a name as a word
                else:
                    n = name_at(text, j + 2) if text.startswith(", ", j) and text[i - 4:i] == "the " else None
                    if n is not None and _LIST_GOES_ON.match(text, n.end()) is not None:
                        n = None  # "the captain, Mr. Arrow, Hunter, Joyce, the doctor, and the squire": a list
                    ns, ne = n.span() if n is not None else (0, 0)
                words, title = self.split(text[ns:ne]) if ne > ns else ((), "")
                if self.person_name(words, title) and not self._a_thing(text[ns:ne], words, title):
                    ids.add(self.entity(text[ns:ne], ns)[1])
            i = text.find(head, j)
        if len(ids) == 1:
            eid = next(iter(ids))
            self._apposed_memo[head] = (self.entities[eid].name, eid)
        return self._apposed_memo[head]

    def _a_thing(self, name: str, words: tuple[str, ...], title: str) -> bool:
        """Whether a one-word name with no title is a place or a thing: one place_like() says is a place, or
        one the text writes after "the" twice or more ("the postmaster, Grimpen" beside "the Grimpen Mire")."""
        if title or len(words) != 1:
            return False
        if self.place_like(words, title):
            return True
        n = self._after_the.get(name)
        if n is None:  # (one scan a name: _apposed asks at every place the noun stands)
            n = self._after_the[name] = len(regex.findall(r"\b[Tt]he[ \t\n]++" + regex.escape(name) + r"\b",
                                                          self.doc.text))
        return n >= 2

    def mine_named(self, head: str) -> Optional[tuple[str, int]]:
        """The one person a first-person narration (not a quotation) names right after "my" and the noun
        ``head`` ("my cousin, John Herncastle"), as (name, entity); None where it so names no one, or more
        than one. (One scan for the words, when first asked.)"""
        key = "my " + head
        if key in self._apposed_memo:
            return self._apposed_memo[key]
        self._apposed_memo[key] = None
        text = self.doc.text
        ids: set[int] = set()
        for m in regex.finditer(r"(?<![\p{L}\p{M}])[Mm]y[ \t\n]++" + regex.escape(head) + r",[ \t\n]++", text):
            if self.in_quotation(m.start(), m.end()):
                continue  # (someone else's "my": "“… my friend, Sir Henry Baskerville …”")
            n = self.pat.name_re.match(text, m.end())
            if n is None or _LIST_GOES_ON.match(text, n.end()) is not None:
                continue  # ("my cousin, Tom, Anne, and Mary": a list)
            words, title = self.split(n.group())
            if self.person_name(words, title):
                ids.add(self.entity(n.group(), n.start())[1])
        if len(ids) == 1:
            eid = next(iter(ids))
            self._apposed_memo[key] = (self.entities[eid].name, eid)
        return self._apposed_memo[key]

    def described_before(self, text: str) -> Optional[tuple[str, int]]:
        """The one of a group who spoke earlier, described by the same noun ("said one of the gentlemen" …
        "said the gentleman"), if any."""
        words, head = self._nominal_head(text)
        if all(w in _DETERMINERS for w in words):
            return None
        eid = self._by_key.get(((self._singular(head),), "nominal"))
        if eid is None or not self.entities[eid].name.lower().startswith("one of "):
            return None  # (only the one of a group who spoke: other descriptions find their antecedents)
        return self.entities[eid].name, eid

    def _nominal_head(self, text: str) -> tuple[tuple[str, ...], str]:
        """A description's words and its head noun ("the old man" -> "man"; two words where the lexicon
        has them, "young lady")."""
        words = _before_phrase(tuple(_TOKEN.findall(text.lower())))
        content = tuple(w for w in words if w not in _DETERMINERS)
        two = " ".join(content[-2:])
        head = two if two in self.pat.lex.nominal_gender else (content[-1] if content else (words[-1] if words else text))
        return words, head

    def _singular(self, head: str) -> str:
        """A plural head noun's singular where the lexicon has it ("gentlemen" -> "gentleman")."""
        if head in self.pat.lex.nominal_gender:
            return head
        nominals = self.pat.lex.nominals
        if head.endswith("men") and head[:-3] + "man" in nominals:
            return head[:-3] + "man"
        if head.endswith("s") and head[:-1] in nominals:
            return head[:-1]
        return head

    def young_antecedent(self, pos: int, heads: frozenset[str], floor: int) -> Optional[tuple[str, int, int]]:
        """"The child" (``child_nouns.tsv``): the nearest person nominal in the narration before ``pos`` (not
        before ``floor``) with one of these heads ("Presently a small boy came walking along the path. … The
        child …")."""
        text = self.doc.text

        def young(st: int, en: int, _g: str) -> bool:
            return text[max(text.rfind(" ", st, en), text.rfind("\n", st, en)) + 1:en].lower() in heads  # the head

        return self._nearest_nominal(pos, floor, young)

    def described_earlier(self, pos: int, text: str, floor: int) -> Optional[tuple[str, int, int]]:
        """"Said the thin gentleman": the one the narration brought in before ``pos`` (not before ``floor``) as
        "a thin, elderly gentleman", with the same head noun and a word of the description in common, as that
        one's entity's name, the entity and where the introduction stands; None where there is no such one."""
        head, marks = self._marks(text)
        if not marks:
            return None
        doc = self.doc.text

        def introduced(st: int, en: int, _g: str) -> bool:
            if doc[st] not in "Aa" or doc[st + 1:st + 2].isalpha() and doc[st:st + 3].lower() != "an ":
                return False  # (an indefinite one: "a thin, elderly gentleman", not "the" nor "Another")
            other_head, other_marks = self._marks(doc[st:en])
            return other_head == head and not marks.isdisjoint(other_marks)

        return self._nearest_nominal(pos, floor, introduced)

    def same_described(self, text: str, other: str) -> bool:
        """Whether two descriptions have the same head noun and a word besides in common ("the thin
        gentleman", "a thin, elderly gentleman")."""
        head, marks = self._marks(text)
        other_head, other_marks = self._marks(other)
        return head == other_head and not marks.isdisjoint(other_marks)

    def _marks(self, text: str) -> tuple[str, frozenset[str]]:
        """A description's head noun and its other words but the determiners."""
        words, head = self._nominal_head(text)
        heads = head.split()
        return head, frozenset(w for w in words if w not in _DETERMINERS and w not in heads)

    def _nominal_antecedent(self, pos: int, gender: str, floor: int) -> Optional[tuple[str, int, int]]:
        """The nearest person nominal of this gender ("a small boy", "the old woman") in the narration."""
        return self._nearest_nominal(pos, floor, lambda _st, _en, g: g == gender)

    def _nearest_nominal(self, pos: int, floor: int, fits: Callable[[int, int, str], bool]
                         ) -> Optional[tuple[str, int, int]]:
        """The nearest of the narration's person nominals that ends before ``pos``, starts no earlier than
        ``floor`` and ``fits``, as its entity's name, the entity and where it stands."""
        nominals = self._person_nominals()
        i = bisect_left(self._nominal_starts, pos) - 1
        while i >= 0:
            st, en, g = nominals[i]
            if st < floor:
                return None
            i -= 1
            if en <= pos and fits(st, en, g):
                name, eid = self.nominal_entity(self.doc.text[st:en], st)
                return name, eid, st
        return None

    def _person_nominals(self) -> list[tuple[int, int, str]]:
        """The narration's person nominals of a gender ("a small boy", "the old woman"), found once."""
        if self._nominals is None:
            self._nominals = []
            text = self.doc.text
            for m in confirmed(self.pat.person_scan, self.pat.person_nominal, text, self.quoted):
                st = m.start()
                head = m.group("head").lower()
                g = self.pat.lex.nominal_gender.get(head)
                en = m.end()
                if g in ("m", "f") and not text.startswith(("'s", "’s"), en) \
                        and _COPULA_BEFORE.search(text, max(0, st - 64), st) is None \
                        and not (text[st] in "Aa" and (_LIKENESS_BEFORE.search(text, max(0, st - 10), st)
                                                       or _NEGATED_BEFORE.search(text, max(0, st - 10), st))) \
                        and not (text[st] == "A" and _EXCLAIMED.match(text, en) is not None
                                 and _SENTENCE_BEFORE.search(text, max(0, st - 4), st) is not None) \
                        and not (text[st] in "Aa" and _GENERIC_VERB.match(text, en) is not None
                                 and _ANY_PREP_BEFORE.search(text, max(0, st - 9), st) is None) \
                        and not (_SPITE_BEFORE.search(text, max(0, st - 24), st) is not None):
                    # ("at a woman's slipper": a possessive is no one present; "Mr. Temple was the youngest
                    # son of a nobleman": the description is the name's; "A capital fellow!": an exclamation
                    # that only describes; "A clever man can make big profits": anyone of the kind, where it is
                    # the subject, not "the dress of a man will cause …")
                    self._nominals.append((st, en, g))
            self._nominal_starts = [n[0] for n in self._nominals]
        return self._nominals

    def entity(self, name: str, at: int = -1) -> tuple[str, int]:
        """Canonical name and entity id of a name mention (``at``: where it stands, if known)."""
        words, title = self.split(name)
        if not words:
            words = tuple(_TOKEN.findall(name.lower())) or (name.lower(),)
        if words in self._run_together:
            words, title = words[-1:], ""  # ("With Mrs. Allan Anne fell in love": the subject, Anne)
        if title in MARRIED_TITLES and self.narrative:
            wife = self._wife(words)
            if wife is not None:
                return wife
        gender = "m" if title in _MALE_TITLES else "f" if title in _FEMALE_TITLES else ""
        target = words
        inferred = False  # a title the text gives this name elsewhere, not here
        if len(words) == 1 and not title and self.narrative:
            # a story names a man by his surname alone ("asked Pontellier" beside "Mr." and "Mrs. Pontellier")
            male = self._male_title(words[0])
            if male in _MALE_TITLES:
                title, gender, inferred = male, "m", True
            elif male:
                gender = "m"  # ("Harville" beside "Captain Harville": a man, whose rank is no title of a key)
        if len(words) == 1:
            w = words[0]
            lasts = self._by_last.get(w, [])
            firsts = self._by_first.get(w, [])
            if title in _KIN_TITLES and self.narrative and lasts:
                # "Father Wolf" is no "Lone Wolf": a full name the text writes after "the" ("the Lone Wolf",
                # "Akela the Lone Wolf") is an epithet, no surname a father's or a mother's title goes with; nor
                # does the word open a name for him ("the Seeonee Wolf Pack")
                lasts = [c for c in lasts if not self._epithet(c)]
                if not lasts:
                    firsts = []
            elif w in _KIN_TITLES and not title and self.narrative:
                lasts = []  # "Mother" alone is no "Divine Mother" a painting's face gives once: no surname
            if firsts and not lasts and self.narrative and self._surname_titled(name):
                firsts = []  # "Dr. White": a surname, no "White Lion" (an inn) going on from a given name
            cands = lasts if lasts else firsts
            if not lasts and cands and not title and self.narrative and self._untitled(words):
                # a given name the story uses alone is not one it gives only with a rank every time: "said
                # Catherine and Lydia" is Catherine Bennet, no "Lady Catherine de Bourgh"
                ranked = self._ranked_only()
                cands = [c for c in cands if c not in ranked]
            if not lasts and len(cands) == 1 and self.narrative and self._passing(cands[0]):
                cands = []  # (a name said in passing: a preface's "Mary Wollstonecraft" is not the story's "Mary")
            elif not lasts and len(cands) > 1 and self.narrative:
                # "Hello, Robert": Robert Cohn, whom the story names throughout, not the "Robert Prentiss" a
                # party introduces once (where the one left is named, in full or by surname, at least a third
                # as often as the given name stands alone: not "Jane Austen" of a preface for Jane Bennet)
                kept = [c for c in cands if not self._said_once(c)]
                if len(kept) == 1 and self._full.get(kept[0], 0) + len(self._by_words.get(kept[0][-1:], ())) \
                        >= max(_NAMED_THROUGHOUT, len(self._by_words.get(words, ())) / 3):
                    cands = kept
            if lasts and firsts and title and not inferred:
                cands = lasts  # "Marchioness Manson", "Mr. Curtis": after a title, a surname (Medora Manson)
            elif lasts and firsts and at >= 0:
                # one full name's surname and another's given name ("Henry Curtis", "Curtis Waring"): the one
                # the text names nearest before (else after) this mention
                cands = [self._nearest_full(lasts + firsts, at)]
            if not cands:
                # a familiar form ("Lizzy", "Harry") of the given name of a full name in the text
                # (not a name the text only gives with a rank where it also gives the given name alone: "Kitty"
                # is Catherine Bennet, no "Lady Catherine de Bourgh"; "Harry" is Lord Henry Wotton)
                ranked = self._ranked_only()
                cands = [c for f in self.pat.lex.nicknames.get(w, ()) for c in self._by_first.get(f, ())
                         if c not in ranked or not self._untitled((f,))]
                if len(cands) == 1 and self.narrative and self._passing(cands[0], w):
                    cands = []  # (nor is "Polly", a parrot, the "Mary Kinglsey" a school scene names once)
            cands = [c for c in cands if self._fits_gender(c, gender)]
            if cands and not gender and self.narrative and self._rank(name):
                # "Captain Harville": a man, not the "Fanny Harville" whose name is the only full one of Harville
                cands = [c for c in cands if self._key_gender(c) != "f"]
            if cands and title and not inferred and self.narrative:
                # "Mr. Knightley" from the first chapter, "Mr. John Knightley" from the eleventh: the eldest
                # brother, and the one the text names with his given name every time (Austen's Knightleys)
                cands = [c for c in cands if c[-1] != w or not self._elder_titled(w, title, c)]
            if cands and not gender and (title or not self.narrative):
                # "President Obama" or (in news) "Obama" where the text names Michelle Obama too: the one its
                # titles of either sex say ("Mr. Obama" throughout, no "Mrs. Obama"); (a story's lone surname
                # is often the son's where his mother is "Madame Lebrun")
                said = self._titled_gender(w)
                if said:
                    cands = [c for c in cands if self._fits_gender(c, said)]
            if title in MARRIED_TITLES and self.narrative:
                # in a story, "Mrs. Lennox" and "Mary Lennox" are mother and daughter (news calls Hillary
                # Clinton "Mrs. Clinton"; a story's married heroine keeps a name that fits her either way)
                # (but one the text itself calls so: "Mrs. Rachel" and "Mrs. Lynde" are Mrs. Rachel Lynde)
                married = self._married_full()
                cands = [c for c in cands if len(c) < 2 or self._key_gender(c) != "f" or (c, title) in married]
            if len(cands) > 1 and self.narrative:
                # in a story, one name the other extends ("John Silver", "Long John Silver"): one person (news
                # headlines in capitals make such names of junk: "Miss Universe Alicia Machado")
                cands = [c for c in cands if not any(len(d) > len(c) and set(c) < set(d) for d in cands)]
            if len(cands) > 1 and self.narrative:
                # a lone given name is no king's of a numbered line: "James" is James Vane, not "James I" (the
                # King James the narration mentions once)
                cands = [c for c in cands if c[-1] not in _REGNAL] or cands
            if len(cands) > 1 and self.narrative and not title and all(c[-1] == w for c in cands) \
                    and len({self._key_gender(c) for c in cands} - {""}) > 1:
                # "agreed Wilson": Myrtle Wilson and George Wilson share the surname; the pronouns after the
                # surname alone say which of them the story calls so ("Wilson … he")
                bare = self._bare_gender(w)
                if bare:
                    cands = [c for c in cands if self._key_gender(c) in (bare, "")] or cands
            if len(cands) > 1 and self.narrative and at >= 0 and (not title or inferred or title in _MALE_TITLES) \
                    and len({c[-1] for c in cands}) == 1 \
                    and len({gender or self._key_gender(c) for c in cands}) == 1:
                # in a story, brothers of one surname ("said Sholto": Thaddeus or Bartholomew Sholto): the one
                # the text names nearest before (else after) this mention
                target = self._nearest_full(cands, at)
            elif len(cands) == 1 or (cands and len({c[-1] for c in cands}) == 1 and not gender):
                target = max(cands, key=lambda c: (self._full[c], len(c)))
            elif not cands and not lasts and not firsts:
                # (not a formal name the text uses less often than the familiar one: "Jo" is no "Joanna", the
                # doll of a later chapter)
                uses = len(self._by_words.get((w,), ()))
                named = [(f,) for f in self.pat.lex.nicknames.get(w, ())
                         if len(self._by_words.get((f,), ())) >= max(1, uses)]
                usual = [(f,) for f in _familiar_forms(self.pat.lex.language).get(w, ())
                         if len(self._by_words.get((f,), ())) > max(_FAMILIAR_MORE * uses, _NAMED_THROUGHOUT)] \
                    if not named and not title and self.narrative else []
                if len(named) == 1:
                    target = named[0]  # "Lizzy" where the narration says "Elizabeth"
                elif len(usual) == 1:
                    target = usual[0]  # "Michael" where the story says "Mike" ten times as often
                elif not title:
                    span = self._titled_span(w)
                    titled = self._titled_entity(span) if span is not None else None
                    if titled is not None and span is not None and not self._title_its_own(w, span):
                        return titled  # "Professor" alone: the one the text calls "Professor Van Helsing"
        if len(target) >= 2 and (len(words) >= 2 or self.narrative):
            # (a lone word's full name goes on only after it, and only in a story: "Walter" is Sir Walter Elliot,
            # not the William Walter Elliot who extends his name; news headlines make "Republican Donald Trump")
            target = self._extended(target, len(words) >= 2)
        if len(target) >= 2:
            # a familiar form of the given name, where the text also gives the full name ("Eliza Bennet" is
            # Elizabeth Bennet, "Bill Clinton" William Clinton), under the form the text uses more often ("Jim
            # Hawkins", eleven times, not "James Hawkins", once)
            own = self._full.get(target, 0)
            formal = [(f, *target[1:]) for f in self.pat.lex.nicknames.get(target[0], ())]
            formal = [f for f in formal if f in self._full]
            if len(formal) == 1 and self._full[formal[0]] >= own:
                target = formal[0]
            else:
                familiar = [(f, *target[1:]) for f in _familiar_forms(self.pat.lex.language).get(target[0], ())]
                familiar = [f for f in familiar if self._full.get(f, 0) > own]
                if len(familiar) == 1:
                    target = familiar[0]
        if len(target) == 2 and self.narrative and not title:
            lone = self._surname_alone(target)
            if lone is not None:
                return lone
        eid = self._entity_id(target, gender, name, title if len(target) == 1 else "")
        return self.entities[eid].name, eid

    def _surname_titled(self, name: str) -> bool:
        """Whether the name opens with a title that goes before a surname only (``surname_titles.txt``, and the
        ranks of ``military_titles.txt``): "Dr. White", "Captain Hook"."""
        lex = self.pat.lex
        first = _lead_word(name)
        first = lex.title_forms.get(first, first)
        return first in lex.surname_titles or first in lex.military_titles

    def _title_its_own(self, word: str, span: tuple[int, int]) -> bool:
        """Whether a title word the text uses alone as a name names someone of its own, not the one person it
        gives that title before a name (at ``span``): where the word stands alone, with no article before it,
        more than ten times as often as that name ("Mother", some 280 times, beside "a Mother Goose
        wall-paper" and "little Mother Goose" in The Railway Children; not "the Marquis", who is "the Marquis
        de St. Eustache")."""
        found = self._title_own_memo.get(word)  # (the span is the word's own: _titled_span(word))
        if found is None:  # (asked at every lone use of the word: counted once)
            text = self.doc.text
            bare = sum(1 for k in self._by_words.get((word,), ())
                       if not _THE_BEFORE.search(text, max(0, self.mentions[k][0] - 5), self.mentions[k][0]))
            words, title = self.split(text[span[0]:span[1]])
            # (the name with that title: "Mother Bhaer" twice, not the "Bhaer" of 85 other mentions)
            titled = sum(1 for k in self._by_words.get(words, ()) if self.mentions[k][3] == title)
            found = self._title_own_memo[word] = bare > 10 * max(1, titled)
        return found

    def _surname_alone(self, target: tuple[str, ...]) -> Optional[tuple[str, int]]:
        """In a story, a full name only the dialogue says ("Who be you, then, John Durbeyfield?") of the man the
        narration calls by his surname alone ("said Durbeyfield"), and by no other full name: his entity, where
        the given name's sex is his."""
        last = target[-1]
        if target in self._full or last in self._by_last or len(self._by_words.get((last,), ())) < _SURNAME_ALONE:
            return None
        given = self._given_gender(target[0])
        if not given:
            return None
        name, eid = self.entity(last)
        return (name, eid) if self.gender(eid) == given else None

    def _extended(self, words: tuple[str, ...], before: bool = True) -> tuple[str, ...]:
        """The one longer full name of the text that extends this one (``before``: with words before it,
        "Recep Tayyip Erdogan" for "Tayyip Erdogan"), or, in a story, that goes on after it ("Long John Silver"
        for "Long John", also where a lone "John" meant "Long John"; not "Donald Trump Jr." for "Donald Trump":
        generation_suffixes.txt); else the name itself."""
        lasts = [c for c in self._by_last.get(words[-1], []) if len(c) > len(words) and set(words) <= set(c)] \
            if before else []
        if len(lasts) == 1:
            return lasts[0]
        if not lasts and self.narrative:
            suffixes = self.pat.lex.generation_suffixes
            longer = [c for c in self._by_first.get(words[0], []) if len(c) > len(words)
                      and c[:len(words)] == words and not suffixes.intersection(c[len(words):])]
            if len(longer) == 1:
                return longer[0]
        return words

    def role_titled(self, head: str, at: int) -> Optional[tuple[str, int]]:
        """"the parson", "the clergyman" (a role noun, ``role_titles.tsv``) at ``at``: the one person the text
        calls "Parson Tringham" or "Rev. X" (any title the role goes with), where it calls one person so, and
        no "a clergyman" came on the scene after that person was first named and before ``at``: "(Rev.
        Cuthbert Eager …)", pages later "a clergyman, stout but attractive …": the clergyman is someone else."""
        titles = self.pat.lex.role_titles[head]
        if self._in_titled:
            return None  # (a look-up inside a titled name's own: no second look)
        if head not in self._role_memo:  # (the one person so titled does not depend on ``at``: found once)
            found: dict[int, tuple[str, int, int]] = {}  # entity -> name, entity, where first named
            for w in titles:
                span = self._titled_span(w)
                person = self._titled_entity(span) if span is not None else None
                if span is not None and person is not None and (person[1] not in found or span[0] < found[person[1]][2]):
                    found[person[1]] = (person[0], person[1], span[0])
            self._role_memo[head] = next(iter(found.values())) if len(found) == 1 else None
        one = self._role_memo[head]
        if one is not None and one[2] > at + _TITLED_LATER:
            # (the one so titled comes on the scene much later: "the captain" is Hook, not the "Captain Pan" of
            # the last chapter; the parson who names himself "Parson Tringham" a page on is he)
            one = None
        if one is None:
            # the text so titles more than one person ("Captain Smollett", "Captain Flint"): the one the
            # narration named so last, shortly before
            one = self._recent_titled(titles, at)
            if one is None:
                return None
        name, eid, first = one
        intros = self._role_intros()
        for other in _related_roles(self.pat.lex.language, head):
            at_role = intros.get(other)
            if at_role:
                i = bisect_left(at_role, at) - 1
                if i >= 0 and at_role[i] > first and not self._named_between(eid, at_role[i], at):
                    # a new one of that role came on the scene after the named one, and the named one has not
                    # been named since ("The doctor had to go to London for a physician to take charge of his
                    # practice", then "Dr. Livesey" again: the doctor is Dr. Livesey still)
                    return None
        return name, eid

    def _recent_titled(self, titles: Iterable[str], at: int) -> Optional[tuple[str, int, int]]:
        """The person the narration last names with one of ``titles`` before a name, no more than
        _TITLED_REACH characters before ``at``, as (name, entity, where); None where there is none."""
        text = self.doc.text
        forms = self.pat.lex.title_forms
        inq = self.in_quotation
        i = bisect_left(self._starts, at) - 1
        while i >= 0 and self.mentions[i][0] >= at - _TITLED_REACH:
            s, e, words, _title = self.mentions[i]
            i -= 1
            first = _lead_word(text[s:e])
            if forms.get(first, first) in titles and words and words[-1] != first and not inq(s, e):
                name, eid = self.entity(text[s:e], s)
                return name, eid, s
        return self._called_titled(titles, at)

    def _called_titled(self, titles: Iterable[str], at: int) -> Optional[tuple[str, int, int]]:
        """The person a line shortly before ``at`` calls, or announces, by one of ``titles`` and a name, where
        the narration names no one so: "“Captain Smollett, sir, axing to speak with you,” said he. … “Well, sir,”
        said the captain" (name, entity, where)."""
        text = self.doc.text
        lo = max(0, at - _TITLED_CALLED_REACH)
        forms = self.pat.lex.title_forms
        want = set(titles)
        last: Optional[regex.Match[str]] = None  # (the last one called: its entity is worked out once)
        for m in _TITLE_WORD.finditer(text, lo, at):
            w = m.group().lower()
            if forms.get(w, w) not in want or not self.in_quotation(m.start(), m.end()):
                continue
            n = self.pat.name_re.match(text, m.start(), at)
            if n is None or text[n.end():n.end() + 1] not in (",", "!", "?") or " " not in n.group().strip():
                continue
            words, title = self.split(n.group())
            if words and self.person_name(words, title):
                last = n
        if last is None:
            return None
        name, eid = self.entity(last.group(), last.start())
        return name, eid, last.start()

    def _named_between(self, eid: int, lo: int, hi: int) -> bool:
        """Whether a mention between ``lo`` and ``hi`` ends in the last word of entity ``eid``'s name (its surname,
        mostly: "Dr. Livesey", "Livesey")."""
        if self._last_word_at is None:
            self._last_word_at = {}
            for s, _e, words, _title in self.mentions:  # (in order of start)
                if words:
                    self._last_word_at.setdefault(words[-1], []).append(s)
        key = self.entities[eid].key
        at = self._last_word_at.get(key[-1], []) if key else []
        i = bisect_left(at, lo)
        return i < len(at) and at[i] < hi

    def _role_intros(self) -> dict[str, list[int]]:
        """Where the narration brings someone on by a role noun with an indefinite article ("an elderly
        parson", "a clergyman, stout …"), by the noun (worked out once)."""
        if self._intros is None:
            self._intros = {}
            for m in outside(self.pat.role_intro, self.doc.text, self.quoted):
                self._intros.setdefault(m.group(1).lower(), []).append(m.start())
        return self._intros

    def titled(self, word: str, lead: str = "") -> Optional[tuple[str, int]]:
        """The one person the text names with this title before a name ("Professor Van Helsing", "Dr. Van
        Helsing": the Professor; "Doctor Manette": the Doctor), in the narration or the dialogue ("In God's
        name, Professor Van Helsing, …"), as (name, entity); None where it names no one, or more than one, so.
        With ``lead``, the one whose titled name opens with that word (see _titled_span)."""
        span = self._titled_span(word, lead)
        return self._titled_entity(span) if span is not None else None

    def _titled_entity(self, span: tuple[int, int]) -> Optional[tuple[str, int]]:
        """The entity of the titled name at ``span``; None inside such a look-up already (the name found is
        itself a lone title word: no second look)."""
        if self._in_titled:
            return None
        self._in_titled = True
        try:
            return self.entity(self.doc.text[span[0]:span[1]], span[0])
        finally:
            self._in_titled = False

    def _titled_span(self, word: str, lead: str = "") -> Optional[tuple[int, int]]:
        """Where the one person the text names with this title stands first (titled()); with ``lead``, the
        one of those whose titled name opens with that word ("French" for "French President Emmanuel
        Macron")."""
        lex = self.pat.lex
        key = lex.title_forms.get(word, word)
        if key not in lex.titles and key not in _full_title_forms(lex.language):
            return None  # ("Tom": no title, and no look at the text's names at all)
        if self._titled is None:
            self._titled = self._titled_names((s, e, w) for s, e, w, _t in self.mentions)
        named = dict(self._titled.get(key, {}))
        if not named:  # (the dialogue is looked at only where the narration names no one so: one the
            # narration names is the one, not an "Admiral Baldwin" a speaker mentions in passing)
            for rest, span in self._spoken_titled().get(key, {}).items():
                named.setdefault(rest, span)
        if lead:
            text = self.doc.text
            named = {r: sp for r, sp in named.items() if text[sp[0]:sp[1]].lower().startswith(lead + " ")}
        if len(named) != 1:
            return None
        rest, (s, e) = next(iter(named.items()))
        if len(rest) == 1 and not self.in_full_name(rest[0]) and rest[0] in lex.titles | lex.title_forms.keys():
            return None  # ("Dr. Professor": a title after a title names no one)
        return s, e

    def _spoken_titled(self) -> dict[str, dict[tuple[str, ...], tuple[int, int]]]:
        """_titled_names of the names the dialogue gives a title ("In God's name, Professor Van Helsing")."""
        if self._titled_spoken is None:
            text = self.doc.text
            name_at = self.pat.name_re.match
            before_name = _title_before_name(self.pat.lex.language)
            quoted = self.quoted
            starts = [a for a, _b in quoted]
            spoken: list[tuple[int, int]] = []
            # (one fast scan of the text for a title, confirmed where it stands in a quotation: the titles'
            # case-blind trie in `regex`, tried at every character of the dialogue, cost more than the rest)
            for m in confirmed(_title_scan(self.pat.lex.language), before_name, text, list(gaps(quoted, len(text)))):
                i = bisect_right(starts, m.start()) - 1
                if i < 0 or m.end() > quoted[i][1] or not text[m.start()].isupper():
                    continue  # (a title in lower case names no one: "… or squire. Master Pew's dead")
                n = name_at(text, m.start(), quoted[i][1])
                if n is not None:
                    spoken.append(n.span())
            self._titled_spoken = self._titled_names((s, e, self.split(text[s:e])[0]) for s, e in spoken)
        return self._titled_spoken

    def _titled_names(self, found: Iterable[tuple[int, int, tuple[str, ...]]]
                      ) -> dict[str, dict[tuple[str, ...], tuple[int, int]]]:
        """title -> the names after it (their words less the title) -> where one of them stands."""
        lex = self.pat.lex
        forms = lex.title_forms
        full_forms = _full_title_forms(lex.language)
        text = self.doc.text
        out: dict[str, dict[tuple[str, ...], tuple[int, int]]] = {}
        for s, e, words in found:
            toks = text[s:e].split()
            first = toks[0].lower().rstrip(".")
            first = forms.get(first, first)
            if first not in lex.titles and first not in full_forms and not self.narrative and words \
                    and len(toks) > len(words) and toks[-len(words)][:1].isupper():
                # "German Chancellor Angela Merkel", "French President Emmanuel Macron": in news, the title
                # right before the name's own words
                before = toks[-len(words) - 1].lower().rstrip(".")
                if before in lex.titles and _TOKEN.findall(toks[-len(words)].lower())[:1] == [words[0]]:
                    first = before
            if first not in lex.titles and first not in full_forms:
                continue  # (a title of one person: not "Police Commissioner Richard Ross" for "Police")
            if words and words[0] != first:
                rest = words  # "Dr. Van Helsing": the title is not among the name's words
            elif len(words) >= 2 and words[0] == first:
                rest = words[1:]  # "Doctor Manette"
            else:
                continue
            out.setdefault(first, {}).setdefault(rest, (s, e))
        return out

    def titled_word(self, word: str) -> bool:
        """Whether the narration names someone by this word after a title ("Monsieur Defarge")."""
        return any(self.mentions[k][3] for k in self._by_words.get((word,), ()))

    def in_full_name(self, word: str) -> bool:
        """Whether a full name of two or more words in the narration holds this word (lower case)."""
        return word in self._by_first or word in self._by_last

    def named_outside(self, eid: int) -> bool:
        """Whether the narration (outside quotations) names entity ``eid`` at all."""
        key = self.entities[eid].key
        if key in self._by_words:
            return True
        return len(key) > 1 and any((w,) in self._by_words for w in key)

    def _elder_titled(self, word: str, title: str, full: tuple[str, ...]) -> bool:
        """Whether a story calls someone by ``title`` and the lone name ``word`` ("Mr. Knightley") before it
        first names ``full`` ("John Knightley"), and names that one with the same title and his given name
        again and again ("Mr. John Knightley", _ELDER_TITLED times at least): two people, the elder called by
        the surname alone (not "Mr. Darcy", whom one letter calls "Mr. Fitzwilliam Darcy")."""
        key = (word, title, full)
        found = self._elder_memo.get(key)
        if found is None:
            lone = [self.mentions[k][0] for k in self._by_words.get((word,), ()) if self.mentions[k][3] == title]
            named = self._by_words.get(full, [])
            found = bool(lone) and bool(named) \
                and sum(1 for k in named if self.mentions[k][3] == title) >= _ELDER_TITLED \
                and min(lone) < min(self.mentions[k][0] for k in named)
            self._elder_memo[key] = found
        return found

    def _rank(self, name: str) -> str:
        """The rank of an army or a navy the name opens with ("captain" for "Captain Harville",
        ``military_titles.txt``), else ""."""
        first = _lead_word(name)
        return first if first in self.pat.lex.military_titles else ""

    def _male_title(self, word: str) -> str:
        """The male title that some mention of the lone name ``word`` has ("mr" for "Mr. Pontellier"; in a story
        a rank, "captain" for "Captain Harville"), if any (worked out once per word: a novel names its people
        thousands of times)."""
        found = self._male_title_memo.get(word)
        if found is None:
            found = ""
            text = self.doc.text
            for k in self._by_words.get((word,), ()):
                s, e, _w, t = self.mentions[k]
                if t in _MALE_TITLES:
                    found = t
                    break
                rank = self._rank(text[s:e]) if not t and self.narrative else ""
                if rank:
                    found = rank  # "Captain Harville": a man
                    break
            self._male_title_memo[word] = found
        return found

    def _titled_gender(self, word: str) -> str:
        """The gender every title of either sex given to the lone name ``word`` says ("m" where the text
        writes "Mr. Obama" and never "Mrs." or "Miss Obama"), else ""."""
        found = self._titled_gender_memo.get(word)
        if found is None:  # (worked out once per word)
            text = self.doc.text
            said = set()
            for k in self._by_words.get((word,), ()):
                s, e, _words, t = self.mentions[k]
                if t in _MALE_TITLES or t in _FEMALE_TITLES:
                    i = text[s:e].lower().find(t)
                    if i >= 0 and text[s + i].isupper():  # (with its capital: not "an American mother. But Cruz")
                        said.add("m" if t in _MALE_TITLES else "f")
            found = self._titled_gender_memo[word] = said.pop() if len(said) == 1 else ""
        return found

    def _bare_gender(self, word: str) -> str:
        """The gender the pronouns right after the untitled mentions of the lone word ``word`` say, by two
        more of one than of the other (of the first 100): "Wilson … he" is a man."""
        text = self.doc.text
        male = female = 0
        for k in self._by_words.get((word,), ())[:100]:
            _s, e, _w, t = self.mentions[k]
            if t or text[e - 2:e] in ("'s", "’s"):
                continue
            cue = _cue_gender(text, e)
            male += cue == "m"
            female += cue == "f"
        return "m" if male >= female + 2 else "f" if female >= male + 2 else ""

    def _said_once(self, full: tuple[str, ...]) -> bool:
        """Whether the text says a full name once and never uses its surname again (alone, after a title, in
        another full name)."""
        return self._full.get(full, 0) == 1 and len(self._by_last.get(full[-1], ())) <= 1 \
            and (full[-1],) not in self._by_words

    def _passing(self, full: tuple[str, ...], given: str = "") -> bool:
        """Whether a full name is one the text says in passing, not a character's: said once, its surname
        never used again (alone, after a title, in another full name), and its given name (or the familiar
        form ``given``) not used alone in the next few pages after it ("Mary Wollstonecraft protested …" in a
        preface; the story's "Mary" comes much later)."""
        if not self._said_once(full):
            return False
        at = self.mentions[self._by_words[full][0]][0]
        lone = [self.mentions[k][0] for k in self._by_words.get((given or full[0],), ())]
        i = bisect_right(lone, at)
        return i < len(lone) and lone[i] - at > _PASSING_GAP

    def _nearest_full(self, names: list[tuple[str, ...]], at: int) -> tuple[str, ...]:
        best: tuple[str, ...] = names[0]
        best_d = 1 << 60
        for c in names:
            starts = self._full_starts.get(c)
            if starts is None:
                starts = self._full_starts[c] = [self.mentions[k][0] for k in self._by_words.get(c, ())]
            i = bisect_right(starts, at) - 1
            d = at - starts[i] if i >= 0 else (starts[0] - at) * 4 if starts else 1 << 59
            if d < best_d:
                best, best_d = c, d
        return best

    def _entity_id(self, target: tuple[str, ...], gender: str, mention_text: str, title: str) -> int:
        """The entity of the name words ``target`` (a lone word is kept apart by its title's gender, and
        "Miss Bates" from "Mrs. Bates", daughter and mother), made on first sight with its display name from
        the text."""
        kind = gender if len(target) == 1 else ""
        if kind == "f" and title in _UNMARRIED_TITLES:
            kind = "f-unmarried"
        key = (target, kind)
        eid = self._by_key.get(key)
        if eid is None and len(target) == 1:
            # "Poirot" in the narration, "Mr. Poirot" only in the dialogue: one man, where no woman has the name
            if kind == "m":
                eid = self._by_key.get((target, ""))
            elif kind == "" and (target, "f") not in self._by_key and (target, "f-unmarried") not in self._by_key:
                eid = self._by_key.get((target, "m"))
            if eid is not None:
                self._by_key[key] = eid
        if eid is None:
            eid = len(self.entities)
            self.entities.append(Entity(eid, self._display(mention_text, target, title), target, gender or "?"))
            self._by_key[key] = eid
        return eid

    def _fits_gender(self, words: tuple[str, ...], gender: str) -> bool:
        """Whether the full name ``words`` can be the person a title of ``gender`` names: "Mr. Hilbery" is
        not "Katharine Hilbery" (her given name, or else the pronouns after her name, say so)."""
        if not gender:
            return True
        g = self._key_gender(words)
        if not g and len(words) >= 2:
            g = self.gender(self._entity_id(words, "", " ".join(words), ""))
        return g in ("", "?", gender)

    def _key_gender(self, key: tuple[str, ...]) -> str:
        """The gender of the first given name among a name's words ("Master John Rolfe" -> m); a
        surname alone says nothing. A title the text gives the whole name comes first: "Lady Brett Ashley" is
        a woman, though "Brett" is mostly a man's name (not "Mrs.", which goes before a husband's name: "Mrs.
        Newland Archer" is his wife)."""
        if len(key) > 1:
            if self._full_titled is None:
                self._full_titled = {}
                titled = [(words, title) for _s, _e, words, title in self.mentions if len(words) > 1 and title]
                if self.narrative:  # (and the dialogue's: “What do you know about Lady Brett Ashley, Jake?”)
                    titled.extend((words, title) for title, names in self._spoken_titled().items()
                                  for words in names if len(words) > 1)
                for words, title in titled:
                    g = "m" if title in _MALE_TITLES else "f" if title in _FEMALE_TITLES else ""
                    if g and title not in MARRIED_TITLES:
                        self._full_titled[words] = g if self._full_titled.get(words, g) == g else "?"
            said = self._full_titled.get(key)
            if said in ("m", "f"):
                return said
        for w in key[:-1] if len(key) > 1 else key:
            g = self._given_gender(w)
            if g:
                return g
        return ""

    def _given_gender(self, first: str) -> str:
        lex = self.pat.lex
        if first in lex.male_names:
            return "m"
        if first in lex.female_names:
            return "f"
        if len(first) > 3 and first[:1].isalpha():
            for suffix, g in lex.name_suffixes:  # "Katharine": an ending the lists' names share
                if first.endswith(suffix):
                    return g
        return ""

    def _display(self, mention_text: str, target: tuple[str, ...], title: str) -> str:
        """The canonical name as the text spells it: the longest mention with these words."""
        text = self.doc.text
        best = None
        ks = self._by_words.get(target, ())
        if not title and len(target) == 1:
            # a lone name with no title is not spelt with a woman's title that the text gives someone else by
            # it: "said Joe" is Joe, not "Mrs. Joe" (his wife, called by his name)
            plain = [k for k in ks if self.mentions[k][3] not in _FEMALE_TITLES]
            ks = plain or ks
        if len(target) == 1 and title in _MALE_TITLES:
            best = self._most_used_titled(ks)
        for k in ks if best is None else ():
            s, e, _words, t = self.mentions[k]
            if (not title or t == title) and not text.endswith(("'s", "’s"), s, e) \
                    and (e - s) < 12 * (len(target) + 2):
                cand = _strip_tail(text[s:e])
                if sum(1 for w in cand.split() if w.lower().rstrip(".") not in self.pat.lex.titles) > len(target) + 2:
                    continue  # a run of capitals across a heading ("Sherlock Holmes Mr. Sherlock Holmes")
                if best is None or len(cand) > len(best):
                    best = cand
                if len(target) >= 2:
                    break
        if best is None and target in self._heading_full:
            best = self._heading_full[target]  # (a full name only a heading gives)
        if best is None:
            best = _strip_tail(mention_text)
        # drop what stands before the name's own words: "President Recep Tayyip Erdogan" -> "Recep
        # Tayyip Erdogan", "When Clinton" -> "Clinton" (a title stays before a lone surname: "Mrs. Bennet")
        toks = best.split()
        titles = self.pat.lex.titles
        while len(toks) > len(target) and _TOKEN.findall(toks[0].lower())[:1] != [target[0]]:
            lead = [t.lower().rstrip(".") for t in toks[:len(toks) - len(target)]]
            if all(t in titles for t in lead) and (len(target) == 1 or all(
                    t in self.pat.lex.rank_titles for t in lead)):
                # "Captain Ward", "Mrs. Bennet": a lone surname keeps its title; so do "Lord Henry Wotton",
                # "Sir Henry Curtis": a title of rank is part of the name as the text spells it
                break
            toks = toks[1:]
        best = " ".join(toks)
        if self.narrative and best.isupper() and len(best) > 3:
            # "EBENEZER SCROOGE" on a gravestone, "MARLEY was dead": in a story, capitals for the page, not the
            # name's (news spells "NAACP", "POLITICO")
            best = " ".join(w[:1] + w[1:].lower() for w in best.split(" "))
        return best

    def _most_used_titled(self, ks: Iterable[int]) -> Optional[str]:
        """A man's lone surname (mentions ``ks``): the titled form the text uses most ("Captain Wentworth" 22
        times, not the one "Mr Wentworth" that gave him his title), a woman's title left out; None where the
        text gives the name no title."""
        text = self.doc.text
        counts: dict[str, int] = {}
        for k in ks:
            s, e, _words, t = self.mentions[k]
            if t and t not in _MALE_TITLES or text.endswith(("'s", "’s"), s, e) or e - s >= 36:
                continue
            cand = _strip_tail(text[s:e])
            lead = [w.lower().rstrip(".") for w in cand.split()[:-1]]
            if lead and len(lead) <= 2 and all(w in self.pat.lex.titles for w in lead):
                counts[cand] = counts.get(cand, 0) + 1  # ("When Bush": no title)
        return max(counts, key=lambda c: (counts[c], len(c))) if counts else None

    def gender(self, eid: int) -> str:
        g = self._gender_cache.get(eid)
        if g is not None:
            return g
        ent = self.entities[eid]
        g = ent.gender if ent.gender in ("m", "f") else self._key_gender(ent.key)
        if not g and len(ent.key) == 1 and self._by_key.get((ent.key, "nominal")) == eid:
            g = self._nominal_gender(ent.key[0])  # "the lawyer", "the clerk": the pronouns after it say
        elif not g:
            # the pronouns that the text uses right after this entity's mentions
            male = female = 0
            titled = False  # a title before this very name in the narration
            text = self.doc.text
            idx = list(self._by_words.get(ent.key, ()))
            if len(ent.key) > 1:
                for w in ent.key:
                    idx.extend(self._by_words.get((w,), ()))
            for k in idx[:200]:
                e = self.mentions[k][1]
                mtitle = self.mentions[k][3]
                if len(ent.key) == 1 and mtitle in _FEMALE_TITLES:
                    continue  # "Mrs. Barrymore" is an entity of her own (_entity_id): she is not "Barrymore"
                if mtitle and self.mentions[k][2] == ent.key:  # "Master Orrin Tate": worth several pronouns
                    titled = True
                    # (a title before the surname alone may be a relative's: "Mr. Varga" for Ottilie's father)
                    if mtitle in _MALE_TITLES:
                        male += 3
                    elif mtitle in _FEMALE_TITLES and (len(ent.key) < 2 or ent.key[0] in self.pat.lex.female_names):
                        # ("Mrs. Newland Archer" is his wife, named by his full name)
                        female += 3
                # (not after a possessive: "Germany's gross domestic product, which he said …")
                cue = _cue_gender(text, e) if text[e - 2:e] not in ("'s", "’s") else ""
                male += cue == "m"
                female += cue == "f"
            if not titled and len(ent.key) == 1:
                # no title in the narration: one the dialogue gives the name decides ("Mr. Willoughby", where the
                # narration says "Willoughby" only, and the pronouns after it are mostly the heroine's)
                spoken = {t for t, names in self._spoken_titled().items() if ent.key in names}
                if spoken and spoken <= _MALE_TITLES:
                    male, female = 1, 0
                elif spoken and spoken <= _FEMALE_TITLES:
                    male, female = 0, 1
            g = "m" if male > female else "f" if female > male else "?"
        self._gender_cache[eid] = g
        return g

    def _nominal_gender(self, head: str) -> str:
        """The gender of the one the narration calls "the <head>", a noun of no gender ("the lawyer"), by the
        pronouns right after its mentions there: "the lawyer, without lifting his eyes, responded" (two more of
        one than of the other, of the first 50 mentions)."""
        text = self.doc.text
        male = female = 0
        n = 0
        quoted = self.in_quotation
        for end in self._after_the_head(head):
            if quoted(end - len(head), end):
                continue
            n += 1
            if n > 50:
                break
            cue = _cue_gender(text, end)
            male += cue == "m"
            female += cue == "f"
        return "m" if male >= female + 2 else "f" if female >= male + 2 else "?"

    def _after_the_head(self, head: str) -> Iterator[int]:
        """Where each "the <head>" of the text ends (the head in any case, a whole word), in order: a plain
        string scan of the text in lower case (the engine's case-blind scan, once a head, cost a novel a
        tenth of its time), or the pattern where lower case changes the text's length."""
        text = self.doc.text
        if self._lowered is None:
            low = text.lower()
            self._lowered = low if len(low) == len(text) else ""
        low = self._lowered
        head = head.lower()
        if not low or not head:
            for m in regex.finditer(r"(?<![\p{L}\p{M}])[Tt]he[ \t\n]++(?i:" + regex.escape(head)
                                    + r")(?![\p{L}\p{M}'’\-])", text):
                yield m.end()
            return
        size = len(head)
        i = low.find(head)
        while i >= 0:
            end = i + size
            j = i
            while j > 0 and low[j - 1] in " \t\n":
                j -= 1
            if j < i and j >= 3 and text[j - 3:j] in ("the", "The") and (j == 3 or not _is_letter(text[j - 4])) \
                    and (end >= len(text) or not (_is_letter(text[end]) or text[end] in "'’-")):
                yield end
            i = low.find(head, end)

    def kin(self, mention: Mention, words: list[str], pos: int,
            hearer: Optional[tuple[str, int]] = None) -> Optional[tuple[str, int, int]]:
        """"his wife", "her mother", "her husband": the spouse or parent of the possessor, where the text
        names someone of that surname with the other title ("Mr. Bennet" -> "Mrs. Bennet")."""
        if len(words) != 2 or words[0] not in ("his", "her") or words[1] not in _KIN:
            return None
        owner = self.possessor(mention, words[0], pos, hearer)
        if owner is None:
            return None
        want = _KIN[words[1]]
        key = self.entities[owner[1]].key
        if words[1] in ("wife", "lady") and self.narrative and key in self._wives_by_name():
            wife = self._wife(key)  # "his wife", of John Knightley: the one the story calls "Mrs. John Knightley"
            if wife is not None:
                return wife[0], wife[1], owner[2]
        if key and len(key) > 1 or key and self.entities[owner[1]].name.lower().startswith(("mr", "mrs", "miss")):
            surname = key[-1]
            mk = (surname, frozenset(want))
            titled = self._titled_mentions.get(mk)
            if titled is None:
                # the surname's mentions with those titles, found once, not at each "his wife"; one a spelling
                # (a novel says "Mr. Bennet" hundreds of times: each would be the same look-up)
                text = self.doc.text
                spelt: dict[str, int] = {}
                for k in self._by_words.get((surname,), ()):
                    s, e, _w, title = self.mentions[k]
                    if title in want:
                        spelt.setdefault(text[s:e], k)
                titled = self._titled_mentions[mk] = list(spelt.values())
            for k in titled:
                s, e, _w, _title = self.mentions[k]
                name, eid = self.entity(self.doc.text[s:e], s)
                if eid != owner[1]:
                    return name, eid, owner[2]
            return None
        # the owner is known by a given name only ("Lizzy"): the relative is the one of that title the
        # narration named last ("Mrs. Bennet deigned not to reply … “…,” said her mother")
        i = bisect_left(self._starts, pos) - 1
        while i >= 0 and self.mentions[i][0] >= pos - 3000:
            s, e, _w, title = self.mentions[i]
            i -= 1
            if title in want and e <= pos:
                name, eid = self.entity(self.doc.text[s:e], s)
                if eid != owner[1]:
                    return name, eid, s
        # none named before: the one of that title the narration names next ("“…,” said her mother … Mrs.
        # Bennet deigned not to make any reply")
        i = bisect_left(self._starts, pos)
        while i < len(self.mentions) and self.mentions[i][0] < pos + 1500:
            s, e, _w, title = self.mentions[i]
            i += 1
            if title in want:
                name, eid = self.entity(self.doc.text[s:e], s)
                if eid != owner[1]:
                    return name, eid, s
                break
        return None

    def relative(self, mention: Mention, words: list[str], pos: int,
                 hearer: Optional[tuple[str, int]] = None) -> Optional[tuple[str, int, int]]:
        """"her cousin", "his companion" with no name of its own: the person named lately in the narration
        who is not the possessor ("Curtis and Florence returned to the library. “…,” said her cousin")."""
        lex = self.pat.lex
        if len(words) == 2 and words[0] in ("my", "our") and words[1] in COMPANIONS:
            # "said my companion", "our visitor": the person named lately who is not the narrator
            found = self._name_antecedent(mention.start, "x", max(0, pos - 3000), sure=True)
            if found is not None and self._brought_on(words[1], found[2], mention.start):
                return None  # (not where "a friend of mine" came on since: someone with no name)
            return found
        if len(words) != 2 or words[0] not in ("his", "her") or words[1] not in lex.nominals or words[1] in lex.role_nouns:
            return None
        owner = self.possessor(mention, words[0], pos, hearer)
        if owner is None:
            return None
        g = lex.nominal_gender.get(words[1], "x")
        return self._name_antecedent(mention.start, g, max(0, pos - 1000), sure=True, besides=owner[1])

    def _brought_on(self, noun: str, lo: int, hi: int) -> bool:
        """Whether the narration in text[lo:hi] brings someone on by ``noun`` with an indefinite article: "a
        friend of mine, who lives at Kingston", "an old friend"."""
        text = self.doc.text
        for m in _indefinite_re(noun, _ONE_WORD).finditer(text, lo, hi):
            if not self.in_quotation(m.start(), m.end()):
                return True
        return False

    def possessor(self, mention: Mention, det: str, pos: int,
                  hearer: Optional[tuple[str, int]] = None) -> Optional[tuple[str, int, int]]:
        """Whom the "his"/"her" of a nominal speaker ("his wife", "her cousin") means: the one the quotation
        addresses by name, where that fits ("“My dear Mr. Bennet,” said his lady to him"); else the
        narration's subject right before, else the nearest name of that gender."""
        gender = "m" if det == "his" else "f"
        if hearer is not None and self.gender(hearer[1]) == gender:
            return hearer[0], hearer[1], pos
        return self.recent_subject(pos, gender) or self.antecedent(mention.start, gender, max(0, pos - 3000), sure=True)

    @property
    def in_quotation(self) -> Callable[[int, int], bool]:
        """A test of whether [s, e) overlaps a quotation (tokenize.overlaps_any over ``quoted``), built once."""
        if self._in_quotation is None:
            self._in_quotation = overlaps_any(self.quoted)
        return self._in_quotation

    def _in_dialogue(self, st: int) -> bool:
        """Whether the sentence that starts at ``st`` is dialogue, not narration: it starts inside a quotation,
        or opens with one (at its mark, one or two characters before the content: '“It is …,” said X')."""
        quoted = self.quoted
        qi = bisect_right(quoted, (st + 2, 1 << 60)) - 1
        return qi >= 0 and quoted[qi][0] <= st + 2 and st < quoted[qi][1] + 2

    def pronoun_after_i(self, pos: int) -> Optional[tuple[str, int, int]]:
        """Whom the "he" or "she" means that opens the last sentence of narration before ``pos``, where the
        sentence before that one opens with the narrator's "I" ("I questioned Poirot mutely. He put his lips
        to my ear."): the nearest name of that gender before it."""
        text = self.doc.text
        starts = self.doc.sentence_starts
        j = bisect_left(starts, pos - 2) - 1  # (a mark of one or two characters: “, --)
        if j < 1:
            return None
        st, before = starts[j], starts[j - 1]
        if self._in_dialogue(st) or self._in_dialogue(before):
            return None
        m = _HE_SHE.match(text, st, pos)
        if m is None or _I_OPENS.match(text, before, st) is None:
            return None
        return self.antecedent(m.start(1), "m" if m.group(1) == "He" else "f", max(0, st - 3000))

    def _narration_sentence_before(self, pos: int) -> int:
        """Where the last sentence before a quotation that opens at ``pos`` starts (past its mark of one or two
        characters: “, --), or -1 where there is none or it is dialogue."""
        starts = self.doc.sentence_starts
        j = bisect_left(starts, pos - 2) - 1
        if j < 0 or self._in_dialogue(starts[j]):
            return -1
        return starts[j]

    def narrator_speaks_before(self, pos: int) -> bool:
        """Whether the last sentence of narration before ``pos`` says the narrator speaks ("At this I had a happy
        inspiration … and I answered him at once."): it opens with "I" and a verb of speech (speech_verbs.tsv
        use "d" or "l"), maybe after a conjunction or an adverb."""
        text = self.doc.text
        st = self._narration_sentence_before(pos)
        if st < 0:
            return False
        lex = self.pat.lex
        for m in _I_VERB.finditer(text, st, pos):
            lemma = lex.verb_lemma.get(m.group("verb"))
            uses = lex.verb_uses.get(lemma, "") if lemma else ""
            if lemma and ("d" in uses or "l" in uses) and lemma not in lex.thought_verbs:
                return True
        return False

    def narrator_acts_before(self, pos: int) -> bool:
        """Whether the last sentence of narration before ``pos`` opens with "I" and a verb, maybe after a
        conjunction ("I stood beside him.", "Then I sat down."), and is the whole paragraph's last."""
        text = self.doc.text
        st = self._narration_sentence_before(pos)
        if st < 0:
            return False
        m = _I_DOES.match(text, st, pos)
        if m is None or _OTHER_SUBJECT.search(text, m.end("verb"), m.end()) is not None:
            return False  # ("I endeavoured to interrupt, but Poirot swept on.": Poirot goes on)
        lex = self.pat.lex
        # (not the narrator's own report of speech, which the other answers: "I explained that I was afraid …",
        # "I saw that, and said so.")
        for w in WORD.findall(text, m.start("verb"), m.end()):
            lemma = lex.verb_lemma.get(w.lower())
            if lemma and (lemma in lex.thought_verbs and w == m.group("verb")
                          or set(lex.verb_uses.get(lemma, "")) & set("dls")):
                return False
        return True

    def recent_subject(self, pos: int, gender: str) -> Optional[tuple[str, int, int]]:
        """The subject of the narration right before a quotation that opens at ``pos``: the first noun
        phrase of the sentences before it, walking back through "he"/"she" of the same gender ("Stewart
        Snyder peered at her. He rammed his fists into his pockets. “…,” he stammered") and past sentences
        about things ("Montraville leaned on a gate. The wall was high. “…,” said he")."""
        doc = self.doc
        text = doc.text
        starts = doc.sentence_starts
        lex = self.pat.lex
        j = bisect_left(starts, pos - 2) - 1  # the sentence before the one the quotation opens (“, --)
        for _ in range(3):
            if j < 0:
                return None
            st = starts[j]
            j -= 1
            if self._in_dialogue(st):
                return None
            hi = bisect_right(self.headings, (st, 1 << 60)) - 1
            if hi >= 0 and self.headings[hi][0] <= st < self.headings[hi][1]:
                return None  # a heading: the chapter starts after it
            if NO_ONE.match(text, st, min(len(text), st + 20)) is not None:
                continue  # "Not a man among us moved.": no one to go on from
            f = _FRONTED_CLAUSE.match(text, st, min(len(text), st + 160)) \
                or self.pat.fronted_time.match(text, st, min(len(text), st + 60))
            if f is not None:
                # "When they entered, the old man arose", "The following Monday Anne surprised Marilla": the
                # subject after the fronted clause or time
                st = f.end()
            else:
                lead = _LEAD_ADVERB.match(text, st, min(len(text), st + 30))
                if lead is not None:
                    st = lead.end()  # "And even Mary could assure her family …"
            # "But the Conservative leader, Kemi Badenoch, called it …": the name set off after a description
            c = _LEAD_CONJUNCTION.match(text, st, min(len(text), st + 12))
            d = _DESCRIBED.match(text, st if c is None else c.end(), min(len(text), st + 80))
            ap = self.pat.appositive_name.match(text, d.end(), min(len(text), d.end() + 80)) if d is not None else None
            if ap is not None and ap.start() < pos and self.person_name(*self.split(ap.group("name"))):
                return self._subject_of_gender(ap.start("name"), ap.end("name"), gender)
            m = self.pat.sentence_subject.match(text, st, min(len(text), st + 200))
            if m is None or m.group("name") is not None and not self.person_name(*self.split(m.group("name"))):
                kin = _KIN_NAMED.match(text, st, min(len(text), st + 40))
                if kin is not None and (kin.group(1) in lex.nominal_gender or kin.group(1) in lex.person_nouns
                                        or kin.group(1) in lex.nominals):
                    n = self.pat.name_re.match(text, kin.end(), min(len(text), kin.end() + 60))
                    if n is not None and n.end() <= pos and self.person_name(*self.split(n.group())):
                        # "His daughter Jane ran out to meet him. “Father!” she cried": the name after the
                        # relative's noun is the subject
                        return self._subject_of_gender(n.start(), n.end(), gender)
                my = _MY_SUBJECT.match(text, st, min(len(text), st + 40)) if self.narrative else None
                mine = self.mine_named(my.group("head")) if my is not None and my.end() <= pos else None
                if my is not None and mine is not None:
                    # "My cousin rushed to meet them. “Clear the room!” he shouted": the one the narrator
                    # named "my cousin, John Herncastle" (a "my" no name follows is left to the rest: Watson's
                    # "my friend" is Holmes)
                    if self.gender(mine[1]) not in (gender, "?") and gender != "x":
                        return None
                    return mine[0], mine[1], my.start("nom")
                # "At last an old man stood up and looked about him. He said:": someone the sentence brings on
                ind = self._indefinite_subject(st, pos)
                if ind is None or _EXCLAIMED.match(text, ind[2]) is not None:
                    named = self._named_second_clause(st, pos)
                    if named is not None:
                        # "The door opened, and Mr. Hale came in": someone named in a second clause, after a
                        # first whose subject is a thing
                        return self._subject_of_gender(named[0], named[1], gender)
                    continue  # (an exclamation that only describes: "A capital fellow! He little imagined")
                if ind[1] not in (gender, "?") and gender != "x":
                    return None
                if self.first_person:
                    k = bisect_right(starts, ind[2])
                    if _I_CLAUSE.search(text, ind[2], min(pos, starts[k] if k < len(starts) else pos)) is not None:
                        return None  # "A boy came up with the Paris Times, and I bought one": the narrator last
                name, eid = self.nominal_entity(text[ind[0]:ind[2]], ind[0])
                return name, eid, ind[0]
            if m.start() >= pos:
                return None
            if m.group("pron") is not None:
                pg = "m" if m.group("pron") == "He" else "f"
                if gender == "x":
                    gender = pg  # any speaker was wanted: now one of this gender
                elif pg != gender:
                    return None
                continue
            if m.group("nom") is not None:
                if text[m.start("nom")] == "A" and _EXCLAIMED.match(text, m.end("nom")) is not None:
                    continue  # "A capital fellow!"
                head = m.group("head").lower()
                if gender in ("m", "f") and _PLURAL_VERB.match(text, m.end("nom")) is not None:
                    continue  # "The officials say …": no one "he" or "she" can mean
                g = lex.nominal_gender.get(head, "?")
                if g not in (gender, "?") and gender != "x":
                    return None
                name, eid = self.nominal_entity(m.group("nom"), m.start("nom"))
                return name, eid, m.start("nom")
            ns, ne = m.span("name")
            words, title = self.split(text[ns:ne])
            if not self.person_name(words, title) or _participle(words, title, text, ne) \
                    or self.place_like(words, title):
                continue  # (nor "Leaning forward, she looked out": a participle, then the subject; nor "At
                # Lyme, he had …": a place)
            if len(words) == 1 and not title and words[0] in lex.ambiguous_names \
                    and not ambiguous_name(text, ns, ne, lex):
                continue  # "Will you say so?", "May I?": a verb
            if not title and text.startswith(("The ", "The\n"), ns):
                if len(words) == 1 and (words[0] in lex.nominals or words[0] in lex.person_nouns) \
                        and _PLURAL_VERB.match(text, ne) is None:
                    # "The Coroner reflected a moment, then he said:": a role spelt with a capital describes
                    g = lex.nominal_gender.get(words[0], "?")
                    if g not in (gender, "?") and gender != "x":
                        return None
                    name, eid = self.nominal_entity(text[ns:ne], ns)
                    return name, eid, ns
                continue  # "The Happy Family went in": a group or a thing, not a person
            if text.startswith(("'s", "’s"), ne):
                continue  # "Stephen's face": a possessive, not the subject
            if gender in ("m", "f") and _PLURAL_VERB.match(text, ne) is not None:
                continue  # "Russians now say …", "The Clintons have …": a group, no one "he" or "she" can mean
            return self._subject_of_gender(ns, ne, gender)
        return None

    def _subject_of_gender(self, s: int, e: int, gender: str) -> Optional[tuple[str, int, int]]:
        """The named subject at text[s:e] as recent_subject() gives it: (name, entity, start); None where its
        gender is known and not ``gender`` ("x": any)."""
        name, eid = self.entity(self.doc.text[s:e], s)
        g = self.gender(eid)
        if g not in (gender, "?") and gender != "x":
            return None
        return name, eid, s

    def organisation_before(self, pos: int) -> Optional[tuple[str, int, int]]:
        """The organisation a news "it" at ``pos`` means: one described by an organisation's noun ("The
        company", "The state election board") as the subject of the sentence the pronoun stands in or of one
        of the two before, nearest first, as (name, entity, where it stands); None where there is none ("it"
        is a plan or a video as often: "The city sent a letter. It says …" names no organisation's noun)."""
        text = self.doc.text
        starts = self.doc.sentence_starts
        j = bisect_right(starts, pos) - 1
        for _ in range(3):
            if j < 0:
                return None
            st = starts[j]
            j -= 1
            while st < pos and text[st] in _ASCII_SPACE:
                st += 1
            m = self.pat.organisation.match(text, st, pos)
            if m is not None and not self.in_quotation(m.start(), m.end()):
                name, eid = self.nominal_entity(m.group(), m.start())
                return name, eid, m.start()
        return None

    def _indefinite_subject(self, st: int, pos: int) -> Optional[tuple[int, str, int]]:
        """A person nominal with an indefinite article that opens the sentence at ``st``, after at most two
        words that name no one ("An old woman …", "At last a tall man …", "Presently a small boy …"), as
        (start, gender, end); None where there is none before ``pos``."""
        text = self.doc.text
        at = st
        for _ in range(3):
            n = self.pat.person_nominal.match(text, at, min(len(text), at + 80))
            if n is not None and text[n.start()] in "Aa":
                if n.end() > pos or _GENERIC_VERB.match(text, n.end()) is not None:
                    return None  # ("A clever man can make big profits": anyone, no one brought on)
                return n.start(), self.pat.lex.nominal_gender.get(n.group("head").lower(), "?"), n.end()
            o = _ONE_OF.match(text, at, min(len(text), at + 60))
            if o is not None and (o.group(1) is None or self.people(o.group(1).lower())):
                # "one of them--one of the ill-bred people whom one does meet abroad--leant forward"
                return (o.start(), "?", o.end()) if o.end() <= pos else None
            w = _LEAD_WORD.match(text, at, min(len(text), at + 30))
            if w is None or w.group(1).lower() not in self.pat.lex.non_names:
                break
            at = w.end()
        # "The door opened and a tall stranger came in": someone brought on in a second clause, after a first
        # whose subject is a thing
        a = _AND_SOMEONE.search(text, st, min(pos, st + 120))
        if a is not None:
            n = _A_SOMEONE.match(text, a.end(), min(pos, a.end() + 60))
            lex = self.pat.lex
            if n is not None:
                found = list(_LOWER_WORD.finditer(text, n.start(1), n.end(1)))
                for k, w in enumerate(found[:-1]):
                    word = w.group()
                    if word in _NOT_IN_DESCRIPTION:
                        break
                    if (word in lex.nominal_gender or word in lex.person_nouns) \
                            and _PAST_VERB.fullmatch(found[k + 1].group()) is not None:
                        # (the noun, then its verb in the past: "came in", "entered")
                        return n.start(), lex.nominal_gender.get(word, "?"), w.end()
        return None

    def _named_second_clause(self, st: int, pos: int) -> Optional[tuple[int, int]]:
        """The span of a person's name that opens a clause after "and" in the sentence at ``st``, with a verb
        in the past right after it ("The door opened, and Mr. Hale came in"); None where there is none before
        ``pos``."""
        text = self.doc.text
        starts = self.doc.sentence_starts
        k = bisect_right(starts, st)
        end = min(pos, st + 120, starts[k] if k < len(starts) else len(text))
        a = _AND_NAMED.search(text, st, end)
        if a is None:
            return None
        n = self.pat.name_re.match(text, a.end(), min(pos, a.end() + 60))
        if n is None:
            return None
        w = _NEXT_WORD.match(text, n.end(), min(pos, n.end() + 30))
        if w is None or _PAST_VERB.fullmatch(w.group(1)) is None or not self.person_name(*self.split(n.group())):
            return None
        return n.start(), n.end()

    def people(self, word: str) -> bool:
        """Whether a plural noun names people ("men", "sailors", "ladies")."""
        lex = self.pat.lex
        stems = {word, word[:-1], word[:-2], word[:-3] + "y"} if word.endswith("s") else \
            {word[:-3] + "man"} if word.endswith("men") else set()
        return any(w in lex.nominal_gender or w in lex.person_nouns for w in stems)

    def antecedent(self, pos: int, gender: str, floor: int, sure: bool = False,
                   besides: int = -1, unbound: bool = False) -> Optional[tuple[str, int, int]]:
        """The nearest name, or person nominal nearer still ("a small boy"), before ``pos`` whose gender fits
        (a name of entity ``besides`` passed over)."""
        found = self._name_antecedent(pos, gender, floor, sure, besides, unbound)
        if gender in ("m", "f"):
            nearer = found[2] if found is not None else floor
            nom = self._nominal_antecedent(pos, gender, nearer) or self._kin_antecedent(pos, gender, nearer, besides)
            if nom is not None:
                return nom
        return found

    def _kin_antecedent(self, pos: int, gender: str, floor: int, besides: int = -1) -> Optional[tuple[str, int, int]]:
        """The nearest "his wife" / "her father" of this gender in the narration (not before ``floor``), as the
        relative it means: "he left the room, fatigued with the raptures of his wife. “…,” said she"."""
        if self._in_kin:
            return None  # (finding the owner of a relative asks for antecedents too)
        if self._kin_at is None:
            # one scan of the whole text; the matches inside quotations are then left out
            quoted = self.in_quotation
            self._kin_at = []
            text = self.doc.text
            for m in _KIN_NOUN.finditer(text):
                ns, en = m.span()
                if text[en:en + 1].isalpha() or text[ns - 1:ns].isalpha():
                    continue  # "wifely", "ladyship", "grandmother"
                d = _KIN_BEFORE.search(text, max(0, ns - 6), ns)
                if d is None or quoted(d.start(), d.start() + 1):
                    continue
                self._kin_at.append((d.start(), en, d.group(1).lower(), m.group()))
            self._kin_starts = [k[0] for k in self._kin_at]
        i = bisect_left(self._kin_starts, pos) - 1
        while i >= 0:
            s, e, det, noun = self._kin_at[i]
            i -= 1
            if s < floor:
                return None
            if e > pos or ("f" if _KIN[noun] == ("mrs",) else "m") != gender:
                continue
            if s in self._kin_memo:
                got = self._kin_memo[s]
            else:
                self._in_kin = True
                try:
                    got = self._kin_memo[s] = self.kin(Mention(s, e, self.doc.text[s:e], "nominal"), [det, noun], s)
                finally:
                    self._in_kin = False
            if got is None or got[1] == besides:
                return None
            return got[0], got[1], s
        return None

    def _as_antecedent(self, s: int, e: int, words: tuple[str, ...], title: str) -> Optional[tuple[str, int, str]]:
        """The name, entity and gender of the mention text[s:e] where it can be an antecedent, else None."""
        text = self.doc.text
        if len(words) == 1 and (words[0] in self.pat.lex.nominals or not (title or self.is_name(words))):
            return None
        if place_name(words, self.pat.lex) or self.place_like(words, title) or self.known_place(words, title):
            return None  # "Baker Street", "Netherfield Park", "in Bath" elsewhere, "New York", "American Catholic"
        if len(words) == 1 and not title and self.is_family(words[0]):
            return None  # "the Emersons", "Americans": a family or a people, whom "she" or "he" does not mean
        if _GERUND_OBJECT.search(text, max(0, s - 30), s) is not None:
            return None  # "Upon my quoting Thomas Carlyle, he inquired …": the object of a gerund is no "he"
        if _PREP_BEFORE.search(text, max(0, s - 9), s) is not None \
                and _LOOKED_AT.search(text, max(0, s - 24), s) is None:
            # "a briefing in Kyiv": the object of a preposition is rarely what "he" means (but one looked at
            # is someone: "A tall girl looked at Montraville and blushed: he instantly recollected …")
            return None
        the = _THE_BEFORE.search(text, max(0, s - 5), s)
        if not title and (the is not None or text.startswith(("The", "the"), s) and text[s + 3:s + 4] in (" ", "\n", "\t")) \
                and not self._character_at(the.start() if the is not None else s, words):
            # "the Trepoff murder", "the Thames", "the American Catholic clergy", "The Happy Family", "a
            # Catholic": what an article introduces is a thing, a place, a group or a kind, not a person
            return None
        owned = e - 2 if text[e - 2:e] in ("'s", "’s") else e if text[e:e + 2] in ("'s", "’s") else -1
        if owned >= 0 and not (self.narrative and _BODY_AFTER.match(text, owned) is not None):
            return None  # a possessive (but in a story one before a part of the body can be: "Lord Henry's lips")
        if _LATE_BEFORE.search(text, max(0, s - 12), s) is not None:
            return None  # "the portraits of the late Queen and the late Poet Laureate": the dead say nothing
        o = text.rfind("(", max(0, s - 60), s)
        if o >= 0 and text.find(")", o, s) < 0 and 0 <= text.find(")", e, e + 80):
            return None  # "the notice of the English church (Rev. Cuthbert Eager, M. A. Oxon.)": an aside
        if len(words) == 1 and not title and _SPAN_OF_TIME_AFTER.match(text, e) is not None:
            return None  # "Throughout Senior year she …": a capital before a span of time is no one
        if title and words[-1].endswith("s") and not words[-1].endswith("ss") and \
                _THE_BEFORE.search(text, max(0, s - 5), s) is not None:
            return None  # "the Miss Dashwoods", "the Mr. Wilcoxes": a family, whom "she" or "he" does not mean
        if _POSSESSED.search(text, max(0, s - 7), s) is not None:
            return None  # "was not her Ayah": the one "her" means is the one a pronoun goes on with
        name, eid = self.entity(text[s:e], s)
        return name, eid, self.gender(eid)

    def named_in(self, lo: int, hi: int) -> list[tuple[str, int, int]]:
        """The people the narration names by name in text[lo:hi], possessives too ("weary Catherine's
        attention"), as (name, entity, start), in order: men and women, not places, families or kinds."""
        found: list[tuple[str, int, int]] = []
        text = self.doc.text
        for i in range(bisect_left(self._starts, lo), bisect_left(self._starts, hi)):
            s, e, words, title = self.mentions[i]
            if e > hi or self.in_quotation(s, e):
                continue
            if not words or len(words) == 1 and (words[0] in self.pat.lex.nominals
                                                 or not (title or self.is_name(words)) or self.is_family(words[0])):
                continue
            if not self.person_name(words, title) or self.place_like(words, title) \
                    or _THE_BEFORE.search(text, max(0, s - 5), s) is not None:
                continue
            name, eid = self.entity(text[s:e], s)
            if self.gender(eid) in ("m", "f"):
                found.append((name, eid, s))
        return found

    def is_family(self, word: str) -> bool:
        """Whether the lone name ``word`` is a family or a people: a name of the text in the plural ("emersons"
        where the text names "George Emerson" or "Mr. Emerson"; "americans" beside "American")."""
        if len(word) < 4 or not word.endswith("s"):
            return False
        one = word[:-2] if word.endswith("es") and word[:-2] in self._by_last else word[:-1]
        return one in self._by_last or (one,) in self._by_words

    def _character_at(self, at: int, words: tuple[str, ...]) -> bool:
        """Whether the capitalised description that "the" opens at ``at`` is a character of the story
        (characters()) and no object of a preposition ("the silver shoes that had belonged to the Witch")."""
        text = self.doc.text
        return text[at] in "Tt" and words in self.characters() \
            and (_ANY_PREP_BEFORE.search(text, max(0, at - 12), at) is None
                 or _LOOKED_AT.search(text, max(0, at - 20), at) is not None)

    def full_names_ending(self, word: str) -> list[tuple[str, ...]]:
        """The text's full names whose last word is ``word`` (lower case)."""
        return self._by_last.get(word, [])

    def characters(self) -> frozenset[tuple[str, ...]]:
        """In a story, the capitalised descriptions that the narration tags speech with at least twice ("said
        the Scarecrow", "the Tin Woodman replied"), as their words: characters, whom "he" or "she" can mean
        though "the" stands before them. (One scan of the text, when first asked.)"""
        if self._characters_memo is None:
            seen: dict[tuple[str, ...], int] = {}
            if self.narrative:
                text = self.doc.text
                forms = self.pat.lex.verb_lemma
                quoted = self.in_quotation
                for m in _THE_CAPITALISED.finditer(text):
                    s, e = m.span(1)
                    if quoted(s, e):
                        continue
                    after = _WORD_AFTER.match(text, e)
                    before = _WORD_BEFORE_THE.search(text, max(0, m.start() - 20), m.start())
                    if after is not None and after.group(1).lower() in forms \
                            or before is not None and before.group(1).lower() in forms:
                        words = tuple(w.lower() for w in m.group(1).split())
                        seen[words] = seen.get(words, 0) + 1
            self._characters_memo = frozenset(w for w, n in seen.items() if n >= 2)
        return self._characters_memo

    def _bound(self, s: int, gender: str) -> bool:
        """Whether the name at ``s`` follows a "he"/"she" of ``gender`` in its own sentence, in the narration
        ("the names she would call Saidie"): that pronoun's person is someone else, and so is the "she" that
        goes on with it."""
        if self.pat.subordinate.search(self.doc.text, max(0, s - 12), s) is not None:
            return False  # "… when Mrs. Spencer returned": the subject of a clause of its own
        starts = self.doc.sentence_starts
        lo = max(starts[self.doc.sentence_of(s)] if starts else 0, s - 200)
        quoted = self.in_quotation
        for m in _BINDER.finditer(self.doc.text, lo, s):
            if ("m" if m.group(1) else "f") == gender and not quoted(m.start(), m.end()):
                return True
        return False

    def named_after(self, s: int, e: int) -> int:
        """The entity of the first name after the mention text[s:e] in its own sentence, at most 120
        characters on ("The fellow turned to Simon Moonan and said"), else -1: someone the mention is not."""
        starts = self.doc.sentence_starts
        j = bisect_right(starts, s)
        hi = min(e + 120, starts[j] if j < len(starts) else len(self.doc.text))
        i = bisect_left(self._starts, e)
        while i < len(self.mentions) and self.mentions[i][0] < hi:
            ms, me, words, title = self.mentions[i]
            i += 1
            if me > hi or self.in_quotation(ms, me) or not self.person_name(words, title):
                continue
            if _GLOSSED.search(self.doc.text, max(0, ms - 6), ms) is not None:
                continue  # "he (Syme)": the one a pronoun means, not someone else
            if _THAN.search(self.doc.text, e, ms) is not None:
                return -1  # "she gasped, more shaken than Marilla had been for years": maybe herself
            return self.entity(self.doc.text[ms:me], ms)[1]
        return -1

    def _name_antecedent(self, pos: int, gender: str, floor: int, sure: bool = False,
                         besides: int = -1, unbound: bool = False) -> Optional[tuple[str, int, int]]:
        """The nearest name before ``pos`` (not before ``floor``) whose gender fits; a possessive
        ("Holmes's hand") is passed over, and a name of known gender beats one of unknown gender."""
        i = bisect_left(self._starts, pos) - 1
        seen = 0
        unsure: Optional[tuple[str, int, int]] = None
        while i >= 0 and seen < 40:
            s, e, words, title = self.mentions[i]
            if s < floor:
                break
            i -= 1
            if e > pos:
                continue
            seen += 1
            # what this mention is as an antecedent depends on the mention alone: worked out when first
            # reached (entity() and gender() add nothing when asked again, so the answer keeps)
            cand = self._antecedent_memo.get(i + 1, _UNSEEN)
            if cand is _UNSEEN:
                cand = self._antecedent_memo[i + 1] = self._as_antecedent(s, e, words, title)
            if cand is None:
                continue
            name, eid, g = cand
            if gender in ("m", "f") and g not in (gender, "?") or eid == besides:
                continue
            if unbound and self.narrative and gender in ("m", "f") and self._bound(s, gender):
                continue
            if g == "?" and gender in ("m", "f"):
                if unsure is None and (len(self.entities[eid].key) >= 2 or title
                                       or name.split(" ", 1)[0].lower().rstrip(".") in self.pat.lex.titles):
                    # a full name of unknown gender, or a titled one ("Captain Harding"); a lone word ("Kyiv") is
                    # no person
                    unsure = (name, eid, s)
                continue
            return name, eid, s
        return None if sure else unsure


_ASCII_SPACE = " \t\n\r\f\v"  # the ASCII white space of `regex` (not \x1c-\x1f)


def _lead_word(name: str) -> str:
    """A name's first word, in lower case and without its dot ("captain" for "Captain Harville", "dr" for
    "Dr. White"); "" for no words."""
    return name.split(None, 1)[0].lower().rstrip(".") if name.strip() else ""


# how far back the narration's last titled name stands that a role noun means ("said the captain" after
# "Captain Smollett came aboard"), where the text so titles more than one person
_TITLED_REACH = 20000
_TITLED_CALLED_REACH = 1500  # how far before a role noun a line's call of a titled name counts (_called_titled)
_TITLE_WORD = regex.compile(r"(?<![\p{L}\p{M}])\p{Lu}\p{Ll}++(?=\.?[ \t\n]++\p{Lu})")  # "Captain Smollett"


@functools.cache
def _familiar_forms(language: str) -> dict[str, tuple[str, ...]]:
    """Given name -> its familiar forms (nicknames.tsv read backwards: "james" -> "jim", "jimmy", …)."""
    out: dict[str, list[str]] = {}
    for nick, formal in load(language).nicknames.items():
        for f in formal:
            out.setdefault(f, []).append(nick)
    return {k: tuple(v) for k, v in out.items()}


@functools.cache
def _full_title_forms(language: str) -> frozenset[str]:
    """The words that short titles stand for ("doctor" for "dr")."""
    return frozenset(load(language).title_forms.values())


@functools.cache
def _related_roles(language: str, head: str) -> tuple[str, ...]:
    """The role nouns that share a title with ``head`` (``role_titles.tsv``), ``head`` among them."""
    roles = load(language).role_titles
    mine = set(roles.get(head, ()))
    return tuple(other for other, titles in roles.items() if mine & set(titles))


@functools.cache
def _title_scan(language: str) -> Optional[re.Pattern[str]]:
    """A stdlib-re scan that matches wherever _title_before_name does (and elsewhere), or None."""
    lex = load(language)
    words = sorted({*lex.titles, *lex.title_forms, *lex.title_forms.values()})
    # (no letter before, a dot or white space after: as the `regex` pattern, or looser)
    return re.compile(r"(?<![A-Za-z])" + loose_alternation(words) + r"\.?\s") if words else None


@functools.cache
def _title_before_name(language: str) -> regex.Pattern[str]:
    """Where a title stands before a capital (a scan of the dialogue for "Professor Van Helsing", "Dr. X")."""
    lex = load(language)
    words = sorted({*lex.titles, *lex.title_forms, *lex.title_forms.values()})
    return compile_cached(r"(?<![\p{L}\p{M}])(?i:" + trie_alternation(words) + r")\.?[ \t\n]++(?=\p{Lu})")


def _name_end(text: str, s: int, e: int, run: str, pat: Patterns) -> int:
    """Where ``pat.name_re.match(text, s)`` ends, for a run of capitalised words ``run == text[s:e]`` found
    by cap_seq; -1 where only name_re can tell.

    Where the run has at most five ASCII words, none of them a title or a particle, and none but an
    initial ("J.") or the last one with a dot, name_re's words are the run's words (a word's final dot
    kept only after an initial); after them the name goes on only over white space and then a particle,
    a title or a capital, or something non-ASCII that only name_re can judge."""
    if not run.isascii():
        return -1
    words = run.split()
    if len(words) > 5:
        return -1
    title_words = pat.title_words
    particles = pat.particles
    last = len(words) - 1
    for k, w in enumerate(words):
        if w in particles or w.rstrip(".").lower() in title_words:
            return -1
        if w[-1] == "." and len(w) > 2:
            if k < last:
                return -1
            return e - 1  # 'Smith.': the name stops before the dot
    n = len(text)
    if e >= n:
        return e
    ch = text[e]
    if ch not in _ASCII_SPACE:
        # a letter, a dot, an apostrophe or a hyphen here means cap_seq stopped at the end of its stretch of
        # text (a quotation starts) and name_re, which reads on, may go on
        return -1 if not ch.isascii() or ch.isalpha() or ch in ".'-" else e
    j = e + 1
    while j < n and text[j] in _ASCII_SPACE:
        j += 1
    if j >= n:
        return e
    ch = text[j]
    if not ch.isascii():
        return -1
    if not ("a" <= ch <= "z"):
        return -1 if "A" <= ch <= "Z" else e
    k = j + 1
    while k < n and ("a" <= text[k] <= "z" or "A" <= text[k] <= "Z"):
        k += 1
    if k < n and not text[k].isascii():
        return -1
    nxt = text[j:k]
    if nxt in particles or nxt.lower() in title_words:
        return -1
    return e


_UNSEEN = object()


_HEADING_WORD = regex.compile(r"[\p{L}\p{M}'’\-]++")
_ROMAN = regex.compile(r"[IVXLC]++\.?|\d++\.?")


# a label and a number, then the line's end, a stop or colon, a dash or a wide gap before the title ("Section 230
# of the act" goes on as a sentence)
_LABELLED_LINE = regex.compile(r"[ \t]*+(\p{Lu}\p{L}*+)\.?[ \t]++(?:[IVXLC]++|\d++)"
                               r"(?:[ \t]*+$|[.:]|[ \t]{2,}|[ \t]*+[—–-])", regex.MULTILINE)


# ... or a label and one capitalised word alone on the line ("Part One.", "Book Second", "Chapter Twelve")
_LABEL_WORD_LINE = regex.compile(r"[ \t]*+(\p{Lu}\p{L}*+)\.?[ \t]++\p{Lu}\p{Ll}++\.?[ \t]*+$", regex.MULTILINE)
# a title and two capitalised words (a given name and a surname, where the given name is one): in a heading
_TITLED_PAIR = regex.compile(r"(?<![\p{L}\p{M}])(\p{Lu}\p{L}*+\.?)[ \t\n]++(\p{Lu}\p{Ll}++)[ \t\n]++(\p{Lu}\p{Ll}++)")


def _labelled_lines(text: str, s: int, e: int, labels: frozenset[str]) -> list[tuple[int, int]]:
    """The lines of paragraph [s, e) that a heading label and a number open ("CHAPTER IX. …", "Book 2"), where
    its first line is one, else none; a short paragraph of two lines at most, the first such a line, is a
    heading whole ("Chapter 3" and its title on the next line)."""
    out = []
    titles: list[tuple[int, int]] = []  # the lines before the first labelled one that read as titles (" Introduction", "Preface")
    at = s
    while at < e:
        nl = text.find("\n", at, e)
        end = e if nl < 0 else nl
        m = _LABELLED_LINE.match(text, at, end) or _LABEL_WORD_LINE.match(text, at, end)
        if m is not None and m.group(1).lower() in labels or _contents_line(text, at, end):
            out.append((at, end))
        elif not out:
            if len(titles) >= 2 or not _title_line(text, at, end):
                return []
            titles.append((at, end))
        at = end + 1
    if titles:
        # a table of contents that opens with entries of no number (" Introduction\n Chapter I. The Cyclone")
        return [*titles, *out] if len(out) >= 2 else []
    if len(out) == 1 and e - s <= 200 and text.count("\n", s, e) <= 1:
        return [(s, e)]
    if len(out) == 1 and out[0][0] == s and e - s <= 400 and out[0][1] < e \
            and not any(len(w) >= 4 and w[0].islower() for w in _HEADING_WORD.findall(text, out[0][1], e)):
        # "Chapter VI\nThe Reverend Arthur Beebe, …, and\nMiss Lucy Honeychurch Drive Out in Carriages to See a
        # View; Italians\nDrive Them.": a long title in capitals, over several lines
        return [(s, e)]
    return out


def _last_word_split(text: str, s: int, e: int) -> tuple[int, int]:
    """Where the words of text[s:e] before its last one end, and the white space before its last word starts
    (+1 is where that word starts): ``(j, k)``, with ``k == -1`` where it is one word."""
    k = max(text.rfind(" ", s, e), text.rfind("\n", s, e))
    j = k
    while j > s and text[j - 1] in " \t\n":
        j -= 1
    return j, k


def _title_line(text: str, s: int, e: int) -> bool:
    """Whether the line [s, e) reads as a title: short, with no lower-case word of four letters or more and no
    end of a sentence."""
    line = text[s:e].strip()
    return 0 < len(line) <= 60 and line[-1] not in ".,;:!?\"”’'" \
        and not any(len(w) >= 4 and w[0].islower() for w in _HEADING_WORD.findall(line))


# a list's entry: words, a wide gap and a page number that ends the line ("Mr. and Mrs. Bennet      5", "Preface
#     ix")
_PAGE_ENTRY = regex.compile(r"\S[ \t]{3,}+(?:\d{1,4}+|[ivxlc]{1,7}+)[ \t]*+$")


def _title_list(text: str, s: int, e: int) -> bool:
    """Whether paragraph [s, e) is a list of titles, a table of contents with no numbers: four lines or more,
    each short, opening with a capital and ending with no stop, comma or quotation mark."""
    if text.count("\n", s, e) < 3:
        return False
    for line in text[s:e].split("\n"):
        line = line.strip()
        if not 0 < len(line) <= 60 or not line[0].isupper() or line[-1] in ".,;:!?\"”’'—-":
            return False
    return True


# a table of contents' line: a number, a title, dot leaders and a page ("XXVI.  ISRAEL HANDS . . . . 153")
_CONTENTS_NUMBER = regex.compile(r"[ \t]*+(?:[IVXLC]++|\d++)\.?[ \t]++\S")
_DOT_LEADERS = regex.compile(r"(?:[ \t]*+\.){3}[ \t.]*+\d++[ \t]*+$")


def _contents_line(text: str, s: int, e: int) -> bool:
    """Whether the line [s, e) is a table of contents' entry (_CONTENTS_NUMBER, then _DOT_LEADERS at its end)."""
    if e - s > 160 or _CONTENTS_NUMBER.match(text, s, e) is None:
        return False
    return _DOT_LEADERS.search(text, max(s, e - 60), e) is not None


_ITALIC_LINE = regex.compile(r"_[^_\n]++(?:\n[^_\n]++){0,2}+_\.?")  # a paragraph in italics, of three lines at most
_ITALICS = regex.compile(r"_[^_\n]*+_")


# the lines between which a Project Gutenberg file holds the book (its licence before and after)
_GUTENBERG_START = regex.compile(r"(?mi)^\*\*\*[ \t]*+START OF (?:THE|THIS) PROJECT GUTENBERG E(?:BOOK|TEXT)[^\n]*+")
_GUTENBERG_END = regex.compile(r"(?mi)^\*\*\*[ \t]*+END OF (?:THE|THIS) PROJECT GUTENBERG E(?:BOOK|TEXT)")


def boilerplate(text: str) -> list[tuple[int, int]]:
    """A Project Gutenberg file's header and licence: the text up to its "*** START OF THE PROJECT GUTENBERG
    EBOOK …" line and from its "*** END OF …" line on ([] where it has neither)."""
    if "GUTENBERG" not in text and "Gutenberg" not in text:
        return []
    out = []
    start = _GUTENBERG_START.search(text)
    if start is not None:
        out.append((0, start.end()))
    end = _GUTENBERG_END.search(text, start.end() if start is not None else 0)
    if end is not None:
        out.append((end.start(), len(text)))
    return out


def headings(doc: Document, labels: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """Paragraphs that are headings: one short line with no lower-case word of four letters or more
    ("CHAPTER I. THE YOUNG ADVENTURERS, LTD.", "The Missing Heir.", "Chapter 3"); and any line that a
    heading label and a number open ("CHAPTER XVI. Diana Is Invited to Tea with Tragic Results", each line
    of a table of contents: ``labels``, lexicons/<lang>/heading_labels.txt)."""
    text = doc.text
    plate = boilerplate(text)  # (a Gutenberg file's licence names no one and quotes no one)
    front = plate[0][1] if plate and plate[0][0] == 0 else -1
    back = plate[-1][0] if plate and plate[-1][1] == len(text) and plate[-1][0] > 0 else len(text) + 1
    out = [plate[0]] if front >= 0 else []
    for s, e in doc.paragraphs:
        if e <= front or s >= back:
            continue
        if labels:
            lines = _labelled_lines(text, s, e, labels)
            if lines:
                out.extend(lines)
                continue
        if e - s <= 160 and text.find("\n", s, e) < 0 and _PAGE_ENTRY.search(text, s, e) is not None:
            out.append((s, e))  # '“He came down to see the place”        2': an entry of a list with its page
            continue
        if _title_list(text, s, e):
            out.append((s, e))  # a table of contents of titles alone ("Mr. Sherlock Holmes\nThe Curse of …")
            continue
        line = text[s:e].strip()
        if line[:1] == "[" and line[-1:] == "]" and e - s <= NOTE_REACH:
            # "[_Copyright 1894 by George Allen._]]": an editor's note under a picture; "[Illustration:\n\n“He came
            # down to see the place”\n\n[_Copyright …_]]", a caption (one paragraph: tokenize._notes_whole)
            out.append((s, e))
            continue
        if e - s > 200:
            continue
        italic = "_" in line
        if italic and _ITALIC_LINE.fullmatch(line):
            out.append((s, e))  # "_Note left by Van Helsing … directed to John Seward, M. D._": a caption
            continue
        if line and line.count("\n") <= 2 and len(line) <= 200 and line[0] not in "\"“‘'—-(" \
                and not any(ch.islower() for ch in line) and any(ch.isupper() for ch in line):
            out.append((s, e))  # "CHISWICK PRESS:--CHARLES WHITTINGHAM AND CO.\n TOOKS COURT, …": a printer's imprint
            continue
        if e - s > 80 or not line or line.count("\n") > 2 or line[-1] in ",;:!?\"”’'—-" or line[0] in "\"“‘'—-(":
            continue
        words = _HEADING_WORD.findall(_ITALICS.sub("", line) if italic else line)  # ("… DIARY--_continued_.")
        if not words or (len(words) == 1 and not _ROMAN.search(line)):
            continue  # "Yes." / "Holmes." alone on a line are speech or narration
        if any(len(w) >= 4 and w[0].islower() for w in words):
            continue
        out.append((s, e))
    if back <= len(text):
        out.append((back, len(text)))
    return out


def _strip_tail(name: str) -> str:
    name = name.strip()
    m = _OF_THE.search(name)
    if m:
        name = name[: m.start()]
    if name.endswith(("'s", "’s")) and len(name) > 3:
        name = name[:-2]  # "John Linden's face": the name is the possessor's
    return name


_OF_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}'’\-]*+(?:[ \t]++\p{Lu}[\p{L}\p{M}'’\-]*+){0,3})[ \t]++of[ \t]++(?:the[ \t]++)?$")


# a description through a named possessor: "Scrooge's nephew", "Mrs. Bennet's sister"
_NAMED_POSSESSOR = regex.compile(r"\p{Lu}[\p{L}\p{M}.\- ]*+['’]s\s")


def named_possessor(text: str) -> bool:
    """Whether a description goes through a named possessor ("Scrooge's nephew")."""
    return _NAMED_POSSESSOR.match(text) is not None


_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "one", "another",
                          "some", "several", "two", "three"})


_WHITE = regex.compile(r"\s++")


def _trim_mention(mention: Mention, lex: Any) -> Mention:
    """Drop leading conjunctions and adverbs a finder left on a mention: "though Russian officials"."""
    if mention.kind == "pronoun":
        return mention
    text = mention.text
    cut = 0
    while True:
        ws = _WHITE.search(text, cut)  # (a hard-wrapped tag: "Here\nI interrupted him")
        if ws is None:
            break
        sp = ws.start()
        word = text[cut:sp].lower()
        if word in lex.non_names and word not in _DETERMINERS and word not in lex.titles \
                and not (cut == 0 and word in lex.ambiguous_names):
            cut = ws.end()
            continue
        break
    if cut == 0:
        return mention
    rest = text[cut:]
    return Mention(mention.start + cut, mention.end, rest, "pronoun" if rest.lower() in lex.pronouns else mention.kind)


def head_capitalised(text: str, head: str) -> bool:
    """Whether a description's head noun (its last ``len(head)`` characters) is spelt with a capital: "the
    Professor", "the Invisible Man" -- a description the text uses as a name."""
    return text.rstrip()[-len(head):][:1].isupper()


def is_plural(mention: Mention, ents: Entities) -> bool:
    """'Russian officials', 'the protesters', 'Democrats': a group that 'they' can refer to."""
    words = mention.text.split()
    if not words or mention.kind == "pronoun":
        return False
    last = words[-1].lower()
    lex = ents.pat.lex
    return (last in lex.nominals and last.endswith("s") and not last.endswith("ss")) or (
        mention.kind == "name" and len(words) == 1 and last.endswith("s") and last[:-1] in lex.nominals) or (
        mention.kind == "nominal" and last.endswith(("s", "men")) and not last.endswith("ss") and ents.people(last))


def resolve(mention: Mention, pos: int, ents: Entities,
            plural: Optional[Resolved] = None, hearer: Optional[tuple[str, int]] = None,
            told: int = -1) -> Resolved:
    """Speaker of a framed quotation from its mention (``plural``: the last group that spoke, for "they";
    ``hearer``: whom the quotation addresses by name, for "his"/"her" in "said his wife"; ``told``: the
    entity the tag says it is said to, whom a pronoun does not mean: "she said to Lucy")."""
    lex = ents.pat.lex
    if mention.refers is not None:
        # a relative pronoun ("business leaders who say …"): its antecedent's speaker, this mention's offsets
        ante = resolve(mention.refers, pos, ents, plural)
        return Resolved(ante.name, ante.entity, mention, "pronoun", min(ante.confidence, 0.7), mention.refers.start)
    mention = _trim_mention(mention, lex)
    rank = _RANK_ADDRESS.get(mention.text.lower().split()[-1]) if mention.text.strip() else None
    if rank is not None:
        # "said her Ladyship": the lady the text named last by that rank ("Lady Catherine de Bourgh")
        ranked = ents.ranked_before(mention.start, rank)
        if ranked is not None:
            return Resolved(ranked[0], ranked[1], mention, "nominal", 0.6, ranked[2])
    if mention.kind == "name" and ents.narrative:
        mention = _capitalised_role(mention, ents)
    if mention.kind == "name":
        # "Volodymyr Zelensky of Ukraine": the person, not the place
        base = max(0, mention.start - 80)
        m = _OF_BEFORE.search(ents.doc.text[base:mention.start])
        if m is not None:
            words, title = ents.split(m.group(1))
            if ents.person_name(words, title):
                name, eid = ents.entity(m.group(1), base + m.start(1))
                full = Mention(base + m.start(1), mention.end, ents.doc.text[base + m.start(1):mention.end], "name")
                return Resolved(name, eid, full, "name", 0.85)
    if mention.kind == "pronoun" and mention.text.lower() == "they" and plural is not None \
            and plural.mention is not None and pos - plural.mention.start < 2000:
        return Resolved(plural.name, plural.entity, mention, "pronoun", 0.6, plural.mention.start)
    if mention.kind == "pronoun":
        low = mention.text.lower()
        gender, number, person = lex.pronouns.get(low, ("x", "sg", "3"))
        if person == "1" and number == "sg":
            return Resolved(NARRATOR, None, mention, "narrator", 0.8)
        gloss = _GLOSS.match(ents.doc.text, mention.end, mention.end + 44)
        if gloss is not None and ents.person_name(*ents.split(gloss.group("name"))):
            # "he (Syme) said": the name in brackets is whom the pronoun means
            name, eid = ents.entity(gloss.group("name"), gloss.start("name"))
            return Resolved(name, eid, mention, "pronoun", 0.85, gloss.start("name"))
        if person == "3" and number == "sg" and gender in ("m", "f"):
            if told == -1 and ents.narrative:
                # "He turned to Holmes and said:", "“…,” she said, disturbed by Anne's tragic face"
                told = ents.named_after(mention.start, mention.end)
            # "and when at last Kitty did, she very innocently said": the subject of a clause fronted in the
            # pronoun's own sentence
            found = ents.fronted_subject(mention.start, gender) if ents.narrative else None
            if found is not None and found[1] != told:
                return Resolved(found[0], found[1], mention, "pronoun", 0.75, found[2], subject=True)
            # the subject of the narration just before is right more often than the nearest name
            found = ents.recent_subject(pos, gender)
            if found is not None and found[1] != told:
                return Resolved(found[0], found[1], mention, "pronoun", 0.75, found[2], subject=True)
            found = ents.antecedent(mention.start, gender, max(0, pos - 3000), besides=told, unbound=True)
            if found is not None:
                return Resolved(found[0], found[1], mention, "pronoun", 0.65, found[2])
            # no one of that gender named lately (a long stretch told with "he"): the last one named at all
            found = ents.antecedent(mention.start, gender, max(0, pos - _FAR), sure=True)
            if found is not None:
                return Resolved(found[0], found[1], mention, "pronoun", 0.5, found[2])
        if low == "it" and not ents.narrative:
            # "The company defended the plan. In a statement, it said …": the organisation described last
            org = ents.organisation_before(mention.start)
            if org is not None:
                return Resolved(org[0], org[1], mention, "pronoun", 0.5, org[2])
        return Resolved(mention.text, None, mention, "pronoun", 0.4)
    if mention.kind == "nominal" and ents.narrative:
        named = _capitalised_description(mention, ents)
        if named is not None:
            epithet = ents.epithet_of(" ".join(named.text.split()))
            if epithet is not None:
                # "said the Black Panther": the one the text calls "Bagheera the Black Panther"
                return Resolved(epithet[0], epithet[1], mention, "name", 0.85)
            # "said the Tin Woodman", "replied the Woodman": the character the story calls "Tin Woodman"
            name, eid = ents.entity(named.text, named.start)
            return Resolved(name, eid, mention, "name", 0.85)
    if mention.kind == "nominal":
        nwords = list(_before_phrase(tuple(mention.text.lower().split())))
        if nwords in (["the", "former"], ["the", "latter"], ["the", "other"]):
            # "asked the former": one of two just named, no one of its own (not a participant that later lines
            # could go to): its mention, and no entity
            return Resolved(" ".join(mention.text.split()), None, mention, "nominal", 0.3)
        kin = ents.kin(mention, nwords, pos, hearer)
        if kin is not None:
            return Resolved(kin[0], kin[1], mention, "nominal", 0.6, kin[2])
        rel = ents.relative(mention, nwords, pos, hearer)
        if rel is not None:
            return Resolved(rel[0], rel[1], mention, "nominal", 0.55, rel[2])
        if len(nwords) == 2 and nwords[0] == "the" and nwords[1] in lex.role_titles:
            role = ents.role_titled(nwords[1], mention.start)
            if role is not None:  # "said the squire": the one the text calls "Squire Trelawney"
                return Resolved(role[0], role[1], mention, "nominal", 0.7)
        if nwords and nwords[0] == "the" and len(nwords) <= 3:
            before = ents.described_before(mention.text)
            if before is not None:
                return Resolved(before[0], before[1], mention, "nominal", 0.6)  # "said the gentleman", again
        if len(nwords) >= 3 and nwords[0] == "the" and ents.narrative:
            earlier = ents.described_earlier(mention.start, mention.text, max(0, pos - _INTRODUCED_REACH))
            if earlier is not None:
                # "said the thin gentleman": the one brought in as "a thin, elderly gentleman", not the man
                # named last
                return Resolved(earlier[0], earlier[1], mention, "nominal", 0.65, earlier[2])
        if ents.narrative and len(nwords) == 2 and nwords[0] == "my":
            mine = ents.mine_named(nwords[1])
            if mine is not None:
                # "said my sister": the one the narration calls "my sister, Mrs. Joe Gargery", not the woman
                # named last
                return Resolved(mine[0], mine[1], mention, "nominal", 0.7)
        if nwords and nwords[0] not in ("a", "an", "one", "another", "some", "several", "two", "three") \
                and not named_possessor(mention.text):  # ("Scrooge's nephew" is that nephew)
            head, g = described_gender(nwords, lex)
            if g is not None and head not in lex.role_nouns and not head_capitalised(mention.text, head) \
                    and not any(w.endswith(("'s", "’s")) for w in nwords[:-1]):
                # ("the parson" stays the parson; "the Invisible Man", a description the text spells as a name,
                # stays that one; so does "the procurator's wife", whom the possessor describes)
                found = ents.antecedent(mention.start, g, max(0, pos - 3000), sure=True)
                if found is not None and (not ents.narrative or found[1] != ents.named_after(mention.start,
                                                                                             mention.end)):
                    # (not someone named in the mention's own clause: "The fellow turned to Simon Moonan and
                    # said" is not Simon Moonan, who was named the sentence before)
                    return Resolved(found[0], found[1], mention, "nominal", 0.6, found[2])
        young = lex.child_nouns.get(nwords[-1]) if nwords and nwords[0] in ("the", "this") else None
        if young:
            found = ents.young_antecedent(mention.start, young, max(0, pos - 3000))
            if found is not None:  # "a small boy came walking along the path … said the child"
                return Resolved(found[0], found[1], mention, "nominal", 0.6, found[2])
        name, eid = ents.nominal_entity(mention.text, mention.start)
        return Resolved(name, eid, mention, "nominal", 0.7)
    name, eid = ents.entity(mention.text, mention.start)
    return Resolved(name, eid, mention, "name", 0.9)


# the words after which "of" leads to the head ("one of the gentlemen", "the voice of the lookout"); the
# prepositions that join a head to a phrase after it are reported.PHRASE_LINKS
_PARTITIVE = frozenset({"one", "some", "many", "most", "all", "each", "none", "several", "both", "any", "two",
                        "three", "four", "few", "either", "neither", "voice", "voices", "rest", "remainder",
                        "majority", "minority", "number", "half", "part", "lot", "lots", "couple", "pair", "bulk"})


def _before_phrase(words: tuple[str, ...]) -> tuple[str, ...]:
    """A description's words up to the phrase after its head: "a spokesman for the company" -> "a
    spokesman" ("one of the gentlemen", "the voice of the lookout" keep their "of": the head comes after it)."""
    for i in range(1, len(words) - 1):
        if words[i] in PHRASE_LINKS and not (words[i] == "of" and words[i - 1] in _PARTITIVE):
            return words[:i]
    return words


_INTRODUCED_REACH = 6000  # how far back "the thin gentleman" looks for "a thin, elderly gentleman"
_RANK_ADDRESS = {"ladyship": "lady", "lordship": "lord"}  # "her Ladyship", "his lordship": a rank's bearer
_RANK_REACH = 5000  # how far back "her Ladyship" looks for the lady


@functools.lru_cache(maxsize=128)
def _indefinite_re(noun: str, between: str) -> regex.Pattern[str]:
    """The noun after an indefinite article, with the words ``between`` allows between them: _ONE_WORD ("a
    friend", "an old friend": Entities._brought_on) or _UP_TO_THREE ("a pretty woman":
    Entities._brought_on_since)."""
    return regex.compile(r"(?<![\p{L}\p{M}])[Aa]n?[ \t\n]++" + between + regex.escape(noun) + r"(?![\p{L}\p{M}])")


_ONE_WORD = r"(?:\p{Ll}++[ \t\n]++)?"
_UP_TO_THREE = r"(?:[\p{Ll}\-]++,?[ \t\n]++){0,3}?"


# "a great Awe", "a tearing North-Easter": an article, perhaps an adjective (by its ending, or one of a few),
# before a capitalised word (not "In a trice Anne was out", "In a moment Scrooge …": a time, then the subject)
_INDEFINITE_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])(?:a|an)[ \t\n]++(?:(?:great|sudden|strange|certain|vast|"
                                   r"\p{Ll}++(?:ing|ful|ous|ible|able|ic|ive))[ \t\n]++)?$")
_TITLE_OF = regex.compile(r"(?<![\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}]*+)\.?[ \t]++of[ \t]++$")


def _after_title_of(text: str, s: int, e: int, lex: Any) -> int:
    """Where the person's name starts in a run of capitals after a title and "of" ("Secretary of State John
    Kerry" -> "John Kerry"; "Chief of Staff Katie Walsh"): at its first given name, else its last two words
    (its last one where it has two: "Secretary of State Kerry"); ``s`` where no title goes before "of"."""
    m = _TITLE_OF.search(text, max(0, s - 30), s)
    if m is None:
        # "Secretary of State John Kerry", "RNC Chief of Staff Katie Walsh": the title and "of" in the run
        of = text.find(" of ", s, e)
        if of < 0:
            return s
        m = _TITLE_OF.search(text, s, of + 4)
        if m is None or any(w.lower().rstrip(".") in lex.titles or w.lower() in lex.male_names
                            or w.lower() in lex.female_names for w in text[s:m.start()].split()):
            return s  # (not "Rep. Peter T. King of New York": a name before the title)
        s0 = of + 4
    else:
        s0 = s
    if m.group(1).lower() not in lex.titles:
        return s
    words: list[tuple[int, str]] = [(int(w.start()), str(w.group())) for w in _NON_SPACE.finditer(text, s0, e)]
    if len(words) < 2:
        return s
    for at, w in words[1:]:
        if w.lower() in lex.male_names or w.lower() in lex.female_names:
            return at
    return words[-2 if len(words) >= 3 else -1][0]


_NON_SPACE = regex.compile(r"\S++")


def described_gender(words: list[str], lex: Any) -> tuple[str, Optional[str]]:
    """A description's head noun and its gender, or None where the lexicon gives none ("the old man" -> man,
    m; "young lady", a head of two words; "the boy officer" -> boy, m: a gendered noun before a head of no
    gender tells it)."""
    two = " ".join(words[-2:])
    head = two if two in lex.nominal_gender else words[-1] if words else ""
    g = lex.nominal_gender.get(head)
    if g is None and len(words) >= 3 and words[-2] in lex.nominal_gender \
            and (words[-1] in lex.person_nouns or words[-1] in lex.nominals):
        head = words[-2]
        g = lex.nominal_gender[head]
    return head, g


def _person_noun(word: str, lex: Any) -> bool:
    """Whether a lower-case noun names a person: a noun of the lexicon's people, roles or gendered nouns."""
    return word in lex.person_nouns or word in lex.role_nouns or word in lex.nominal_gender


def _capitalised_role(mention: Mention, ents: Entities) -> Mention:
    """A story's "The Coroner added", "The Baronet said": a person noun spelt with a capital after "the" is a
    description (as "said the Coroner" is), not a name "Coroner"."""
    lex = ents.pat.lex
    low = mention.text.lower()
    if " " in low or not _person_noun(low, lex):
        return mention
    text = ents.doc.text
    s = mention.start - 4
    if s < 0 or text[s:mention.start] not in ("The ", "the ", "The\n", "the\n"):
        return mention
    return Mention(s, mention.end, text[s:mention.end], "nominal")


def _capitalised_description(mention: Mention, ents: Entities) -> Optional[Mention]:
    """The name in a description spelt with capitals after "the" ("the Tin Woodman" -> "Tin Woodman"), where
    it has two words or more; or one, the last of a name of two ("the Woodman", beside "Tin Woodman") or a
    character's (Entities.characters(): "said the Hatter" as "said the Scarecrow"), not a noun of people, a
    role or a title ("the Coroner", "the Queen"); else None."""
    words = mention.text.split()
    if len(words) < 2 or words[0] not in ("the", "The") or not all(w[:1].isupper() for w in words[1:]):
        return None
    low = tuple(w.lower() for w in words[1:])
    if len(low) == 1 and (_person_noun(low[0], ents.pat.lex) or low[0] in ents.pat.lex.titles
                          or low not in ents.characters()
                          and not any(len(full) > 1 for full in ents.full_names_ending(low[0]))):
        return None
    s = mention.start + len(words[0])
    while ents.doc.text[s] in " \t\n":
        s += 1
    return Mention(s, mention.end, ents.doc.text[s:mention.end], "name")


def narration_subject(doc: Document, item: Item, items_in_para: list[Item], ents: Entities,
                      pat: Patterns, answering: int = -1) -> Optional[Resolved]:
    """The character named at the start of a sentence in the paragraph's narration: ``Elizabeth smiled. “…”``.
    The same for every quotation of a paragraph, so worked out once per paragraph (a file with no line
    breaks is one paragraph of thousands of quotations). ``answering``: the entity of the one who spoke the
    line before, whom a description in this narration does not mean ('“…,” she stammered. / The old woman
    put down her sewing. “…”')."""
    memo = ents.narration_memo
    if item.paragraph in memo:
        return memo[item.paragraph]
    found = memo[item.paragraph] = _narration_subject(doc, item, items_in_para, ents, pat, answering)
    return found


def _narration_subject(doc: Document, item: Item, items_in_para: list[Item], ents: Entities,
                       pat: Patterns, answering: int = -1) -> Optional[Resolved]:
    text = doc.text
    ps, pe = doc.paragraphs[item.paragraph]
    spans = []
    pos = ps
    for it in items_in_para:
        a = it.open_mark[0] if it.open_mark else it.start
        b = it.close_mark[1] if it.close_mark else it.end
        if a > pos:
            spans.append((pos, a))
        pos = max(pos, b)
    if pos < pe:
        spans.append((pos, pe))
    for s, e in spans:
        seg = text[s:e]
        m = pat.narration_subject.match(seg)
        if m is None:
            continue
        if m.group("pron"):
            ms, me = m.span("pron")
            g = "m" if m.group("pron").lower() in ("he", "his") else "f"
            found = ents.antecedent(s + ms, g, max(0, s - 3000))
            if found:
                return Resolved(found[0], found[1], None, "pronoun", 0.5)
            # no one of that gender named lately (a long stretch told with "he"): the last one named at all
            found = ents.antecedent(s + ms, g, max(0, s - _FAR), sure=True)
            if found:
                return Resolved(found[0], found[1], None, "pronoun", 0.45)
            continue
        if m.group("nom") is not None:
            # "The cabman scratched his head. “Well, …”": the one the description means
            ns, ne = m.span("nom")
            if _PLURAL_VERB.match(text, s + ne) is not None:
                continue
            described = resolve(Mention(s + ns, s + ne, text[s + ns:s + ne], "nominal"), s + ns, ents)
            if described.entity is not None and described.entity == answering and described.source >= 0:
                # a description, where a pronoun would have done for the one who just spoke, is someone else
                name, eid = ents.nominal_entity(text[s + ns:s + ne], s + ns)
                return Resolved(name, eid, None, "nominal", 0.45)
            return Resolved(described.name, described.entity, None, "nominal", 0.5)
        ms, me = m.span("name")
        named = named_subject(text, s + ms, s + me, ents, e)
        if named is None:
            continue
        return Resolved(named[0], named[1], None, "name", 0.55)
    if ents.narrative and spans and item.open_mark is not None and spans[0][1] == item.open_mark[0] \
            and spans[0][0] == ps:
        # "A smile flickered over his drawn face. 'I'm not mad--yet.'": no subject, but the narration right
        # before the line, in its paragraph, tells of someone's face or voice: that one speaks
        s, e = spans[0]
        st = max(s, text.rfind(". ", s, e - 2) + 1)  # (its last sentence)
        b = _OWN_BODY.search(text, st, e)
        verbs = list(ents.pat.verb_re.finditer(text, st, e)) if b is not None else []
        if b is not None and e - st <= 120 and len(_THIRD_PERSON.findall(text, st, e)) == 1 \
                and (not verbs or _SENTENCE_END.search(text, verbs[-1].end(), e) is not None):
            # (a short sentence about that one alone: not "she laid the bills before her mother, saying with a
            # little choke in her voice"; nor a tag the frames did not read, whose subject is the speaker: "then
            # one of the gun bullocks lifted up his big head and said,")
            g = "m" if b.group(1).lower() == "his" else "f"
            found = ents.antecedent(b.start(), g, max(0, b.start() - 3000))
            if found is not None:
                return Resolved(found[0], found[1], None, "pronoun", 0.45)
    return None


_SENTENCE_END = regex.compile(r"[.!?]")
_THIRD_PERSON = regex.compile(r"(?<![\p{L}\p{M}])(?i:he|she|him|her|his|hers|himself|herself|they|them|their)"
                              r"(?![\p{L}\p{M}])")
# "his drawn face", "her voice": a pronoun's owner's face, eyes or voice
_OWN_BODY = regex.compile(r"(?<![\p{L}\p{M}])(his|her|His|Her)[ \t\n]++(?:\p{Ll}++[ \t\n]++){0,2}?(?:lips|face|eyes"
                          r"|head|brow|cheeks|mouth|voice|features|countenance|smile|forehead|chin)(?![\p{L}\p{M}])")


def named_subject(text: str, s: int, e: int, ents: Entities, end: int) -> Optional[tuple[str, int]]:
    """The person that the name text[s:e], opening a sentence of narration, names, as (name, entity); None for
    a common noun ("The girl"), a word the text never uses as a name, or a possessive before ``end``
    ("Stephen's face": not the subject)."""
    words, title = ents.split(text[s:e])
    if not words or words[0] in ents.pat.lex.nominals or not (title or ents.is_name(words)) \
            or _participle(words, title, text, e):
        return None
    if text.startswith(("'s", "’s"), e, end):
        return None
    if len(words) == 1 and not title and ents.is_family(words[0]):
        return None  # "The Allens, Thorpes, and Morlands all met …": a family, no one who speaks a line
    return ents.entity(text[s:e], s)


# where a name can follow a comma (a superset of what vocative_mid needs, found by the stdlib engine)
_COMMA_CAP = re.compile(r",[ \t]*\n?[ \t]*(?:[A-Z]|[^\x00-\x7f])")
_EXCLAIMED_FIRST = regex.compile(r"\s*+\p{Lu}\p{Ll}*+!\s++(?=\p{Lu})")
_VOCATIVE_HEAD = regex.compile(r"\s*+(?:(?:[Oo]h|[Aa]h|[Yy]es|[Nn]o|[Ww]ell|[Dd]ear|[Mm]y\s+dear(?:est)?|[Tt]hank\s+you|[Gg]ood\s+\w+|[Bb]ut|[Nn]ow|[Cc]ome),?\s+)?")


# "This is my friend, Dr. Watson.": a name after a described person is that person, in apposition, not the
# one addressed
_APPOSITION_BEFORE = regex.compile(r"\b(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir|[Yy]our)[ \t\n]++(\p{Ll}++)[ \t\n]*+$")


def _in_apposition(text: str, lo: int, comma: int, lex: Any) -> bool:
    """Whether the name after text[comma] follows a person described by a possessive ("my friend, Dr. Watson",
    "my boy, Harvey"): that person, not someone addressed ("Have you seen my letter, Watson?")."""
    m = _APPOSITION_BEFORE.search(text, max(lo, comma - 40), comma)
    return m is not None and (m.group(1) in lex.nominals or m.group(1) in lex.person_nouns)


def vocative(text: str, start: int, end: int, ents: Entities) -> Optional[tuple[str, int]]:
    """The addressee a quotation names: ``“Mary, come here.”`` / ``“Is it, Lizzy?”`` (name, entity)."""
    found = vocative_mention(text, start, end, ents)
    return (found[0], found[1]) if found is not None else None


def vocative_mention(text: str, start: int, end: int, ents: Entities) -> Optional[tuple[str, int, int, int]]:
    """The addressee that the quotation text[start:end] names, as (name, entity, mention start, mention end);
    worked out once per span and document (turn-taking and Quote.addressee both ask)."""
    return _by_span(ents.vocative_memo, _vocative_mention, text, start, end, ents)


def _by_span(memo: dict[tuple[int, int], Optional[tuple[str, int, int, int]]],
             find: Callable[[str, int, int, Entities], Optional[tuple[str, int, int, int]]],
             text: str, start: int, end: int, ents: Entities) -> Optional[tuple[str, int, int, int]]:
    """``find``'s answer for the span text[start:end], kept in ``memo`` (one of the document's memos)."""
    key = (start, end)
    if key in memo:
        return memo[key]
    found = memo[key] = find(text, start, end, ents)
    return found


def first_vocative(text: str, spans: Iterable[tuple[int, int]],
                   ents: Entities) -> Optional[tuple[str, int, int, int]]:
    """:func:`vocative_mention` of the first of ``spans`` (quotation parts, in the order to look) that names
    someone."""
    return _first_in(vocative_mention, text, spans, ents)


def _first_in(find: Callable[[str, int, int, Entities], Optional[tuple[str, int, int, int]]], text: str,
              spans: Iterable[tuple[int, int]], ents: Entities) -> Optional[tuple[str, int, int, int]]:
    """What ``find`` finds in the first of ``spans`` where it finds anything."""
    for s, e in spans:
        found = find(text, s, e, ents)
        if found is not None:
            return found
    return None


def _vocative_mention(text: str, start: int, end: int, ents: Entities) -> Optional[tuple[str, int, int, int]]:
    found = _vocative_anywhere(text, start, end, ents)
    if found is not None and _in_nested_quotation(text, start, found[2]):
        return None  # "Say, 'What do you want, Master Reed?'": words to be said, not said to anyone
    return found


# a quotation inside a quotation: its opening mark (before a letter, not inside a word) and closing mark
_NESTED_OPEN = regex.compile(r"(?<![\p{L}\p{N}])['‘\"“](?=\p{L})")
_NESTED_CLOSE = regex.compile(r"(?<=[\p{L}\p{P}])['’\"”](?![\p{L}])")


# a question for a name, then nothing but the marks between the two lines ("… who sat opposite us?” / “")
_ASKED_A_NAME = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:name|who|whom)(?![\p{L}\p{M}]))[^.!?“”\"]{0,100}+\?"
                              r"[\"”’']?+\s*+[\"“‘']?+$")
_STOP_ONLY = regex.compile(r"\.\s*+")  # what is left of a line that is a name alone: “Amory.”
_PREPOSITION_OPEN = regex.compile(r"(?:In|At|On|Of|Into|Through|Under|After|Before|Since|Until|Like|Near|Across|About"
                                  r"|Against|Among|Behind|Beyond|Inside|Outside|Over|Upon|Toward|Towards)\s")


_CONTRACTED_OPEN = regex.compile(r"(\p{L}++)['’](?:s|re|ve|ll|d|m)[ \t\n]")  # "Where's Cohn", "You're Americans"


def _in_nested_quotation(text: str, start: int, pos: int) -> bool:
    """Whether ``pos`` stands inside a quotation nested in the one that opens at ``start``."""
    last = None
    for m in _NESTED_OPEN.finditer(text, start, pos):
        last = m.end()
    return last is not None and _NESTED_CLOSE.search(text, last, pos) is None


def _vocative_anywhere(text: str, start: int, end: int, ents: Entities) -> Optional[tuple[str, int, int, int]]:
    found = _vocative_first(text, start, end, ents)
    if found is None:
        # a word exclaimed first: "What! Jekyll!", "Hallo! Watson, is that you?"
        x = _EXCLAIMED_FIRST.match(text, start, end)
        if x is not None:
            found = _vocative_first(text, x.end(), end, ents)
    return found if found is not None else _vocative_inside(text, start, end, ents)


def _vocative_first(text: str, start: int, end: int, ents: Entities) -> Optional[tuple[str, int, int, int]]:
    """The name the quotation text[start:end] opens with (after "Oh,", "My dear"), where it calls someone."""
    pat = ents.pat
    m = _VOCATIVE_HEAD.match(text, start, end)
    pos = m.end() if m else start
    n = pat.name_re.match(text, pos, end) if text[pos:pos + 1].isupper() else None  # (a name opens with a capital)
    if n is not None and n.group().startswith(("To ", "For ", "From ", "With ", "By ")):
        return None  # "To James Mortimer, M.R.C.S., from his friends": a dedication, not speech to anyone
    if n is not None and n.group().startswith(("Poor ", "Lucky ", "A ", "An ", "A\n", "An\n")):
        n = None  # "Poor Miss Taylor!": pity for someone absent, not a call to them ("A Colonial," he cried: a
        # kind of person, echoed)
    if n is not None and any(" ".join(n.group().lower().split()[:k]) in pat.lex.exclamations for k in (2, 3)) \
            or n is not None and n.group().lower() in pat.lex.exclamations \
            or n is not None and text.startswith("!", n.end()) and n.group().lower() + "!" in pat.lex.exclamations:
        n = None  # "Merry Christmas! What right have you to be merry?", "Oh, Lord!": an exclamation, not a name
    if n is not None and _PREPOSITION_OPEN.match(n.group()):
        n = None  # "In England, for example?": a place, not a call to anyone
    if n is not None and (c := _CONTRACTED_OPEN.match(n.group())) is not None \
            and c.group(1).lower() in pat.lex.non_names:
        n = None  # “Where's Cohn?”: a question about someone, no call ("Where's", "What's", "That's")
    if n is not None and " " in n.group():
        words, title = ents.split(n.group())
        if not title and len(words) >= 2 and words[0] not in pat.lex.male_names \
                and words[0] not in pat.lex.female_names and ents.lower_lead(text, n.start(), words[0]):
            n = None  # "“By marrying Sibyl Vane.” / “Marrying Sibyl Vane!”": words echoed, with a capital, no call
    if n is not None and _introduced_as(text, n.end(), end, pat.lex):
        n = None  # "Mr. Lockwood, your new tenant, sir.": the speaker's own name (_self_named)
    said_before = text.find(n.group(), max(0, start - 300), start) \
        if n is not None and " " in n.group() and text.startswith("!", n.end()) else -1
    if n is not None and said_before >= 0 and ents.in_quotation(said_before, said_before + len(n.group())):
        # "“She very often reads Sir Charles Grandison herself.” / “Sir Charles Grandison! that is an amazing
        # horrid book”": a name of several words the line before said, exclaimed again, calls no one
        n = None
    if n is not None:
        a = _A_PERSON_AFTER.match(text, n.end(), end)
        if a is not None and _person_noun(a.group(1), pat.lex):
            n = None  # "Kitty, a fair but frozen maid, / Kindled a flame …": a riddle's subject, described, no call
    if n is not None and (text[n.end():n.end() + 1] in (",", "!", "?")
                          or _STOP_ONLY.fullmatch(text, n.end(), end) is not None  # (a name alone: “Amory.”)
                          and n.group().split(None, 1)[0].lower() not in pat.lex.non_names
                          and not _ASKED_A_NAME.search(text, max(0, start - 160), start)):
        # (but a name alone after a question for one is the answer: “Do you know the name of an old man who sat
        # opposite us?” / “Emerson.”)
        words, title = ents.split(n.group())
        if len(words) == 1 and not title and ents.narrative and words[0] not in pat.lex.titles \
                and ents.lower_lead(text, n.start(), words[0]) and not ents.named_alone(words[0]):
            # “Good, that will be fine.”: a word the story writes in lower case, a name only in a longer one
            # ("Good Wine 30 Centimes A Liter" on a sign), calls no one; a name may follow it (“Right, Percy!”)
            nxt = _COMMA_NEXT.match(text, n.end(), end)
            return _vocative_first(text, nxt.end(), end, ents) if nxt is not None else None
        if ents.person_name(words, title) and not (ents.narrative and ents.place_like(words, title)):
            # (“Baskerville Hall,” written at a manuscript's head calls no one; nor does “Bath, compared with
            # London, has little variety” in a story that goes in and out of Bath)
            return (*ents.entity(n.group(), n.start()), n.start(), n.end())
        role = _role_called(words, n.start(), ents)
        if role is not None:
            return (*role, n.start(), n.end())
    return None


_COMMA_NEXT = regex.compile(r",[ \t\n]++(?=\p{Lu})")


def _role_called(words: tuple[str, ...], at: int, ents: Entities) -> Optional[tuple[str, int]]:
    """A title alone that calls the one person a story gives it ("Admiral," to Admiral Croft; "Doctor," to Dr.
    Livesey: Entities.role_titled), as (name, entity); else None."""
    if len(words) != 1 or not ents.narrative or words[0] not in ents.pat.lex.role_titles:
        return None
    return ents.role_titled(words[0], at)


def _vocative_inside(text: str, start: int, end: int, ents: Entities) -> Optional[tuple[str, int, int, int]]:
    """A name that calls someone further in the quotation text[start:end]: "my dear Watson", ", Lizzy?"."""
    pat = ents.pat
    # anywhere: "my dear Watson" (the pattern's words must be there first)
    find = text.find
    d = pat.vocative_dear.search(text, start, end) if find("dear", start, end) >= 0 or find(
        "good", start, end) >= 0 or find("poor", start, end) >= 0 else None
    if d is not None and text[d.end():d.end() + 1] in ".!;" and "poor" in text[d.start():d.start(1)].lower():
        d = None  # "My poor Emily! She was so self-sacrificing": pity for someone absent, not a call to them
    if d is not None:
        words, title = ents.split(d.group(1))
        if words and words[0] not in pat.lex.nominals:
            return (*ents.entity(d.group(1), d.start(1)), d.start(1), d.end(1))
    # at the end (", Lizzy?" / ", Mr. Bennet.") or inside between commas ("I think, Watson, that …"): a
    # capital there is a name even where the narration never uses it; a place, or one name of a list
    # ("Paris, Rome, and"), is no addressee
    lex = pat.lex
    base = max(start, end - 60)
    tail = text[base:end]
    t = pat.vocative_tail.search(tail) if "," in tail else None  # (each of these patterns opens with a comma)
    if t is not None and not _in_apposition(text, start, base + t.start(), lex):
        words, title = ents.split(t.group(1))
        if _addressable(words, lex) and _HYPHEN_LOWER.search(t.group(1)) is None \
                and not _emphasis(t.group(1), words, title, ents):
            return (*ents.entity(t.group(1), base + t.start(1)), base + t.start(1), base + t.end(1))
        role = _role_called(words, base + t.start(1), ents)
        if role is not None:
            return (*role, base + t.start(1), base + t.end(1))
    for v in pat.vocative_mid.finditer(text, start, end) if _COMMA_CAP.search(text, start, end) else ():
        words, title = ents.split(v.group(1))
        if _addressable(words, lex) and _HYPHEN_LOWER.search(v.group(1)) is None \
                and not _emphasis(v.group(1), words, title, ents) \
                and not text.startswith((", and", ", or"), v.end()) \
                and not _in_apposition(text, start, v.start(), lex):
            return (*ents.entity(v.group(1), v.start(1)), v.start(1), v.end(1))
        role = _role_called(words, v.start(1), ents)
        if role is not None and not _in_apposition(text, start, v.start(), lex):
            return (*role, v.start(1), v.end(1))
    for v in pat.vocative_lead.finditer(text, start, end):
        # a name opening a later sentence, before "I" or "you": "… act accordingly. Gregory, I gave you …" (a
        # name the text gives a person: not "Irish, I dare say")
        words, title = ents.split(v.group(1))
        if _addressable(words, lex) and ents.person_name(words, title) and not _emphasis(v.group(1), words, title, ents):
            return (*ents.entity(v.group(1), v.start(1)), v.start(1), v.end(1))
    return None


def _emphasis(name: str, words: tuple[str, ...], title: str, ents: Entities) -> bool:
    """A word in capitals for stress, not a name called ("What, ALREADY," said the Rat): all in capitals
    (a word of two letters or more) and no name the text uses otherwise."""
    return len(name) > 1 and name.isupper() and not ents.person_name(words, title)


# a capitalised word whose parts after a hyphen are in lower case is a word made up, not a name the dialogue
# calls ("Rum-ti-foo, Rackety-tackety-Tompkin!", to a baby); "Jean-Paul", "Mary-Anne" keep their capitals
_HYPHEN_LOWER = regex.compile(r"\p{L}-\p{Ll}")


def self_named(text: str, start: int, end: int, ents: Entities) -> Optional[tuple[str, int, int, int]]:
    """:func:`_self_named`, worked out once per span and document (the turn list, the later look over every
    line and the narrator's naming all ask)."""
    return _by_span(ents.self_named_memo, _self_named, text, start, end, ents)


def _self_named(text: str, start: int, end: int, ents: Entities) -> Optional[tuple[str, int, int, int]]:
    """The name the speaker of the quotation text[start:end] gives themselves, as (name, entity, mention start,
    mention end): ``“I am Mary Lennox,”`` / ``“My name is John Carter; …”``. Not someone else's (*I am Mary's
    cousin*), not a nationality (*I am English*: a lone word must be a given name or part of a full name the
    text uses), and not words quoted inside the quotation (*He said to me, 'I am Smith'*)."""
    pat = ents.pat
    lex = pat.lex
    n = pat.name_re.match(text, start, end) if text[start:start + 1].isupper() else None
    if n is not None and _IS_MY_NAME.match(text, n.end(), end) is not None:
        words, title = ents.split(n.group())
        if ents.person_name(words, title) and _addressable(words, lex):
            return (*ents.entity(n.group(), n.start()), n.start(), n.end())  # “Gatz is my name.”
    if n is not None and _introduced_as(text, n.end(), end, lex):
        words, title = ents.split(n.group())
        if ents.person_name(words, title):
            # "Mr. Lockwood, your new tenant, sir.": a name and what the speaker is to the one spoken to
            return (*ents.entity(n.group(), n.start()), n.start(), n.end())
    for m in pat.self_intro.finditer(text, start, end):  # (per quotation: cheaper than a scan of all the text)
        at, pos = m.span()
        the = _THE_TITLE.match(text, pos, end)
        if the is not None and the.group(1).lower().rstrip(".") in lex.titles:
            pos = the.start(1)  # "I am the Marchioness Manson": the title and the name, not "the"
        n = pat.name_re.match(text, pos, end)
        if n is None or n.group().endswith(("'s", "’s")):
            continue
        after = text[n.end():end].lstrip(" \t")
        if after and after[0] not in ",.;:!?-—–)" and _OF_PLACE.match(after) is None:
            continue  # "I am Lady Catherine's …", "I am Smith from …": more than a name ("I'm Anne of Green
            # Gables": a name and where she is from)
        words, title = ents.split(n.group())
        if not _addressable(words, lex):
            continue
        naming = _NAMING.search(text, at, pos) is not None  # "my name is", "they call me": a name follows
        if not title and len(words) == 1 and not naming:
            w = words[0]  # ("I am English": after "I am", a lone word must be known as someone's name)
            if not (w in lex.male_names or w in lex.female_names or w in lex.nicknames or ents.in_full_name(w)
                    or ents.titled_word(w) or _OF_ORIGIN.match(text, n.end(), end)):
                continue  # ("I am Griffin, of University College": a name and where one is from)
        if _in_nested_quotation(text, start, at):
            continue
        return (*ents.entity(n.group(), n.start()), n.start(), n.end())
    return None


_NAMING = regex.compile(r"(?i:name|call)")
_IS_MY_NAME = regex.compile(r"[ \t\n]++is[ \t\n]++my[ \t\n]++name(?![\p{L}\p{M}])")
# after a line's opening name: ", your new tenant," / ", your obedient servant." (then a stop or a comma)
_YOUR_ROLE = regex.compile(r",[ \t\n]*+your[ \t\n]++(?:[\p{Ll}\-]++[ \t\n]++){0,2}?(\p{Ll}++)(?=[ \t\n]*+[,.;!])")
# after a name, a description of its bearer between commas: "Kitty, a fair but frozen maid,"
_A_PERSON_AFTER = regex.compile(r",[ \t\n]*+(?:a|an)[ \t\n]++(?:[\p{Ll}\-]++[ \t\n]++){0,4}?(\p{Ll}++)[ \t\n]*+[,.;!?]")


def _introduced_as(text: str, pos: int, end: int, lex: Any) -> bool:
    """Whether the name that opens a line, ending at ``pos``, is followed by what its bearer is to the one
    spoken to, a person noun after "your" and then a stop or a comma: the speaker's own name ("Mr. Lockwood,
    your new tenant, sir."), not a call to someone ("John, your father is here": a verb follows)."""
    m = _YOUR_ROLE.match(text, pos, end)
    if m is None:
        return False
    return _person_noun(m.group(1), lex) or m.group(1) in _KIN
_THE_TITLE = regex.compile(r"the[ \t\n]++(\p{Lu}\p{Ll}++\.?)[ \t\n]++\p{Lu}")
_OF_ORIGIN = regex.compile(r"[ \t]*+,?[ \t\n]*+of[ \t\n]++(?:the[ \t\n]++)?\p{Lu}")
_OF_PLACE = regex.compile(r"of[ \t\n]++\p{Lu}[\p{L}\p{M}'’\-]*+(?:[ \t\n]++\p{Lu}[\p{L}\p{M}'’\-]*+){0,3}+[ \t]*+(?:[,.;:!?\-—–)]|$)")


def first_self_named(text: str, spans: Iterable[tuple[int, int]],
                     ents: Entities) -> Optional[tuple[str, int, int, int]]:
    """:func:`self_named` of the first of ``spans`` (quotation parts) in which the speaker names themselves."""
    return _first_in(self_named, text, spans, ents)


def place_name(words: tuple[str, ...], lex: Any) -> bool:
    """Whether a name's words make it a place or a building: its last word one of ``place_words.txt``
    ("Baker Street"), or, in a name of several words, its first one of ``place_openers.txt`` ("Rue
    Mouffetard", "the Hotel Montana")."""
    return bool(words) and (words[-1] in lex.place_words or len(words) >= 2 and words[0] in lex.place_openers)


# a clause of the narrator's after another's in one sentence: ", and I bought one", "; I"
_I_CLAUSE = regex.compile(r"[,;][ \t\n]++(?:(?:and|but|then|so)[ \t\n]++)?I[ \t\n]++\p{Ll}")


# a sentence of the narrator's doing: "I stood beside him.", "Then I sat down." (not "I think", "I suppose")
_I_DOES = regex.compile(r"(?:(?:And|Then|So|But)[ \t\n]++)?I[ \t\n]++(?!(?:think|thought|suppose|supposed|know|knew|"
                         r"felt|feel|wondered|wonder|believe|believed|had|was|am|could|would|should|might|must|did|do)"
                         r"(?![\p{L}\p{M}]))(?P<verb>\p{Ll}++)[^.!?\n]{0,80}+[.!][ \t]*+\n")
# someone else doing something in the same sentence: ", but Poirot swept on", "and he turned"
_OTHER_SUBJECT = regex.compile(r"\p{Lu}\p{Ll}|(?<![\p{L}\p{M}])(?:he|she|they)(?![\p{L}\p{M}])")


_BROUGHT_ON_REACH = 2000  # how far before "the woman" a "a pretty woman" who comes on may stand


def _addressable(words: tuple[str, ...], lex: Any) -> bool:
    """Words that can name an addressee: not a place, a common noun, or a bare title ("Sir", "Lord")."""
    if not words or place_name(words, lex) or words[0] in lex.nominals or len(words[-1]) < 2:
        return False  # (a lone letter is an initial: "M.R.C.S.")
    return len(words) > 1 or (words[0] not in lex.titles and words[0] not in lex.non_names)
