"""Regular expressions built from a :class:`~quoteattr.lexicon.Lexicon`, once per language; each is
compiled when first used.

Every pattern here is applied to short windows (a clause beside a quote mark)
and uses possessive or bounded quantifiers, so none can backtrack without bound.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from typing import Any, Generic, Optional, TypeVar, overload

import regex

from quoteattr.lexicon import Lexicon, load
from quoteattr.regexcache import compile_cached

_P = TypeVar("_P")


def trie_alternation(words: list[str]) -> str:
    """An alternation of ``words`` as a character trie: the regex engine then branches on one character
    at a time instead of trying every word at every position (ten times faster on a large lexicon).
    A space in a word matches any run of white space."""
    return _emit(_trie(words), _regex_piece)


def _trie(words: Iterable[str]) -> dict:  # type: ignore[type-arg]
    """The words as a character trie; "" marks where a word ends."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for w in set(words):
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return trie


def _regex_piece(ch: str) -> str:
    return r"\s+" if ch == " " else regex.escape(ch)


def _loose_piece(ch: str) -> str:
    return r"\s+" if ch == " " else re.escape(ch) if ch.isascii() else "[^\\x00-\\x7f]"


def _emit(node: dict, piece: Callable[[str], str]) -> str:  # type: ignore[type-arg]
    """The pattern of a trie, each character written by ``piece``."""
    alts = []
    for ch in sorted(k for k in node if k):
        alts.append(piece(ch) + _emit(node[ch], piece))
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return "(?:" + body + ")?" if "" in node else body


class _Compiled(Generic[_P]):
    """A pattern of :class:`Patterns`, compiled when first used: most documents need only some of them, and
    compiling them all takes seconds (hence also the on-disk cache, :func:`compile_cached`). (A non-data
    descriptor: the compiled pattern is then stored on the instance, where plain attribute lookup finds it
    from then on.)"""

    def __init__(self, stdlib: bool = False) -> None:
        self.stdlib = stdlib
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, obj: None, objtype: Optional[type] = None) -> _Compiled[_P]: ...

    @overload
    def __get__(self, obj: Patterns, objtype: Optional[type] = None) -> _P: ...

    def __get__(self, obj: Optional[Patterns], objtype: Optional[type] = None) -> Any:
        if obj is None:
            return self
        source = obj.sources[self.name]
        compiled = None if source is None else re.compile(source) if self.stdlib else compile_cached(source)
        obj.__dict__[self.name] = compiled
        return compiled


class Patterns:
    """The patterns of one language (see :func:`patterns`); each is compiled when first used."""

    lex: Lexicon
    verb: str  # a speech-verb form (case-insensitive group)
    name: str  # a proper name with optional titles
    subject: str  # name | pronoun | nominal
    title_words: frozenset[str]  # the first words of the titles (lower case)
    particles: frozenset[str]  # the particles of a name ("van", "de")
    sources: dict[str, Optional[str]]  # the compiled patterns' sources, by attribute name

    def __init__(self, lex: Lexicon, verb: str, name: str, subject: str, title_words: frozenset[str],
                 particles: frozenset[str], sources: dict[str, Optional[str]]) -> None:
        self.lex = lex
        self.verb = verb
        self.name = name
        self.subject = subject
        self.title_words = title_words
        self.particles = particles
        self.sources = sources

    def compile_all(self) -> Patterns:
        """Compile every pattern now (where a first call must not wait for it)."""
        for attr in self.sources:
            getattr(self, attr)
        return self

    after_tag = _Compiled[regex.Pattern[str]]()  # at the end of a quote: ', he said' / ', said Mr. Smith'
    after_dash = _Compiled[regex.Pattern[str]]()  # at the end of a quote: '― Sonya Herridge'
    dash_line = _Compiled[regex.Pattern[str]]()  # the line after a quote's paragraph: '- Hillary Clinton.'
    before_tag = _Compiled[regex.Pattern[str]]()  # searched in the clause before a quote: 'Smith said:'
    before_coord = _Compiled[regex.Pattern[str]]()  # 'Smith looked up and said:' (from the sentence start)
    # the same two where the window holds no dot: the title-dot and initial branches can match nothing there,
    # and a class per character is several times faster than an alternation per character
    before_tag_nodot = _Compiled[regex.Pattern[str]]()
    before_coord_nodot = _Compiled[regex.Pattern[str]]()
    clause_subject = _Compiled[regex.Pattern[str]]()  # where a clause may open after a comma: ', I laughed and said'
    according = _Compiled[regex.Pattern[str]]()  # 'according to X,'
    lead = _Compiled[regex.Pattern[str]]()  # 'Smith: “…”' (a name alone before a colon)
    inline_tag = _Compiled[regex.Pattern[str]]()  # inside a dash-dialogue line: '! he said sternly.'
    name_re = _Compiled[regex.Pattern[str]]()  # a name at a given position (titles, particles)
    cap_seq = _Compiled[regex.Pattern[str]]()  # a fast scan for runs of capitalised words (every candidate name)
    verb_re = _Compiled[regex.Pattern[str]]()
    person_nominal = _Compiled[regex.Pattern[str]]()  # 'a small boy', 'the old woman' (heads with a gender)
    appositive_name = _Compiled[regex.Pattern[str]]()  # ', Dele Okafor,' right after a nominal
    relative_ante = _Compiled[regex.Pattern[str]]()  # 'a farmer' / 'Dele Okafor' right before 'who said'
    sentence_subject = _Compiled[regex.Pattern[str]]()  # what opens a sentence: 'He …', 'The surgeon …', 'Stewart Snyder …'
    narration_subject = _Compiled[regex.Pattern[str]]()  # 'Elizabeth smiled.' / 'She turned.' at a segment start
    vocative_dear = _Compiled[regex.Pattern[str]]()  # '… my dear Watson, …'
    vocative_tail = _Compiled[regex.Pattern[str]]()  # '…, Lizzy?' at the end of a quotation
    vocative_mid = _Compiled[regex.Pattern[str]]()  # 'I think, Watson, that …' / '…, I fancy, Watson.' inside one
    vocative_lead = _Compiled[regex.Pattern[str]]()  # '… accordingly. Gregory, I gave you …': opening a later sentence
    self_intro = _Compiled[regex.Pattern[str]]()  # 'I am ' / 'My name is ' before a capital (a speaker's own name)
    # right after a tag's verb or speaker: ' to Lucy', ', turning to Porfiry' (its hearer follows)
    said_to = _Compiled[regex.Pattern[str]]()
    subordinate = _Compiled[regex.Pattern[str]]()  # searched up to a name: 'when ' (it opens the name's clause)
    # searched up to a pronoun: 'when at last Kitty did, ' (a clause that a subordinator and a name open)
    fronted_name = _Compiled[regex.Pattern[str]]()
    silent_answer = _Compiled[regex.Pattern[str]]()  # at a paragraph's start: 'No answer.', 'A nod was the answer.'
    # searched up to a head noun: 'Barrymore the ', 'Barrymore, Sir Charles's ' (a name, then the noun's apposition)
    apposed_before = _Compiled[regex.Pattern[str]]()
    fronted_time = _Compiled[regex.Pattern[str]]()  # at a sentence's start: 'The following Monday ' (then its subject)
    organisation = _Compiled[regex.Pattern[str]]()  # 'The company', 'the state's election board' (organisation_nouns.txt)
    role_intro = _Compiled[regex.Pattern[str]]()  # 'an elderly parson', 'a clergyman, stout …' (role_titles.tsv)
    # a stdlib-re scan (zero width) of every place where ``subject`` can begin, and more (frames._tag_at_verb)
    subject_start = _Compiled[re.Pattern[str]](stdlib=True)
    # a stdlib-re scan that finds every match of ``person_nominal`` (and more), or None (tokenize.confirmed)
    person_scan = _Compiled[Optional[re.Pattern[str]]](stdlib=True)


# words with a person-noun ending that are no person ("for", "after", "whether", "however")
_NOT_HEAD = (r"(?!(?i:for|nor|after|under|ever|never|whatever|however|whenever|wherever|rather|either|neither"
             r"|whether|other|another|together|her|per|upon|than|further|sooner|later|longer|moment"
             r"|present|meant|want|went|sent|spent|lent|bent|rent|event|content|current|recent|instant)s?\b)")
_CLAUSE_WORDS = (r"(?:in|which|that|who|whom|whose|to|for|was|is|were|are|but|with|by|on|at|as|from|than|when|where|"
                 r"while|he|she|they|it|we|you|i|has|have|had|not|be|been)")
_HAD_THIS = r"(?:(?:had|has|have)\s++(?:this|these\s++words|the\s++following)\s++to\s++)?"  # "had this to say:"
_ADV = r"(?:\p{Ll}{2,}ly|then|again|later|also|too|now|once|still|back|quickly|softly|aloud|finally|simply|only|just|further|previously|recently|often|repeatedly|thus|very|most|rather|quite)"
_AUX = r"(?:has|had|have|was|is|were|are|would|will|did|does|do|could|might|can|may|should|must|had\s+once)"
# a verb that takes the verb of speech after it ("she could not help crying out,--", "he hastened to reply",
# "she did not scruple to call out", "he was heard to say"): the tag's subject says the words all the same
_CATENATIVE = (r"(?:(?:(?:could|would|did|can)(?:\s++not|n['’]t)\s++)?(?:help|forbear|scruple\s++to|refrain\s++from)\s++(?:but\s++)?"
               r"|(?:was|were)\s++(?:obliged|forced|compelled|heard|moved|tempted|constrained)\s++to\s++"
               r"|(?:proceeded|hastened|ventured|condescended|deigned|presumed|contrived|made\s++haste|went\s++on|began|started)\s++to\s++)?")
# a dot inside a sentence, before a capital: of an initial ("George W. Bush"), which the tokenizer's
# sentences hold (tokenize.sentence_starts), as they hold a title's (see patterns())
_INITIAL_DOT = r"(?<=(?<![\p{L}\p{M}.])\p{Lu})\.(?=[ \t\u00a0]++\p{Lu})"
_PARTICLE = r"(?:de|da|di|del|della|der|den|van|von|le|la|du|dos|das|bin|al|el|ibn|ben|y|St\.|Mac|Mc)"


def loose_alternation(words: list[str]) -> str:
    """A stdlib-re pattern (a character trie) that matches wherever ``(?i:trie_alternation(words))`` does in
    `regex`, and possibly elsewhere, for scans whose every hit the `regex` pattern then checks: it is
    case-insensitive too (the stdlib engine also folds 'K' KELVIN SIGN, 'ſ' and 'İ' to ASCII letters, as
    tests/test_fast_scans.py checks), a non-ASCII character of a word stands for any non-ASCII character,
    and a space for a run of white space (the stdlib engine's white space holds regex's)."""
    return "(?i:" + _emit(_trie(w.lower() for w in words), _loose_piece) + ")"


@functools.cache
def patterns(language: str = "en") -> Patterns:
    lex = load(language)
    verb = r"(?i:" + trie_alternation(list(lex.verb_lemma)) + r")"
    titles = [t for t in lex.titles]
    title = r"(?:(?i:" + trie_alternation(titles) + r")\.?)"
    capword = r"(?:\p{Lu}(?:\.|[\p{L}\p{M}]*+(?:['’\-]\p{L}[\p{L}\p{M}]*+)*+))"
    # a name: optional titles, then one to five capitalised words (particles allowed inside), its words
    # never apart by a blank line ('… the Diary of Dr. Watson\n\nSo far I have …' names Dr. Watson)
    gap = r"(?=\s)[^\S\n]*+\n?+[^\S\n]*+(?!\s)"
    # ("Secretary of State John Kerry", "Chief of Staff Katie Walsh": a title's "of" and the words of its office
    # before the name; not "the Duke of Wellington", where no name follows)
    # (nor "CEO of Washington Restaurant Association": no organisation after the "of")
    orgs = trie_alternation(sorted(lex.organisation_nouns)) if lex.organisation_nouns else "(?!)"
    office = (rf"(?:of{gap}(?!(?:{capword}{gap}){{0,4}}?(?i:{orgs})(?![\p{{L}}\p{{M}}]))(?:the{gap})?(?:{capword}{gap}){{1,3}}?"
              rf"(?={capword}{gap}{capword}|{capword}(?![ \t\n]*+of\b)))?")
    name = (
        rf"(?:(?:{title}{gap}{office}){{0,3}}(?:{capword})(?:{gap}(?:{_PARTICLE}{gap}|{title}{gap})?{capword}){{0,4}}+)"
    )
    pron = r"(?:[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e|[Yy]ou|[Ii]t|[Ss]omebody|[Ss]omeone|[Ee]veryone|[Ee]verybody)"
    # (and the nouns of a gender or a role: "said the baronet quietly")
    nom_heads = trie_alternation(sorted(set(lex.nominals) | set(lex.person_nouns) | set(lex.role_nouns)
                                        | {w for w in lex.nominal_gender if " " not in w}))
    dets = "the|a|an|one|another|his|her|its|their|our|my|your|some|several|two|three"
    det = rf"(?i:{dets})"
    # ("Ms. Merkel's spokesman": a possessor may have a title)
    # (a head of the lexicon is none where another follows it: "a senior administration official"; a word that
    # only looks like a head by its ending is none where a head of the lexicon follows within three words: "a
    # former official", "a younger man"; nor is either where a capitalised word follows it: "the Water Rat", "the
    # poor Mole", a name)
    no_name_after = r"(?-i:(?![ \t]++\p{Lu}\p{Ll}))"  # (no capitalised word after the head: "the Water Rat")
    # (nor a verb of seeing or hearing, or of letting, before it: "the miscreants heard Peter cry" is Peter's)
    nominal = (
        rf"(?:(?:{det}|(?:{title}\s++)?+\p{{Lu}}[\p{{L}}\p{{M}}\-]*+['’]s)\s+(?:(?:(?!(?i:a|an|before|after|than|that|who|whom|which|was|is|were|are|had|has|have|when|while|where|because|if|unless|until|since|heard|saw|watched|felt|noticed|let|made|bade)\s)(?!to\s(?<=(?<![\p{{L}}\p{{M}}])\p{{Lu}}[\p{{L}}\p{{M}}]*\s+to\s))(?!(?i:the)\s(?<!(?<![\p{{L}}\p{{M}}])(?i:of|in|on|at|for|from|with|into|by|to|over|under|about|behind|near)\s++(?i:the)\s))[\p{{L}}\p{{N}}’'\-]++\s+){{0,5}}?|[\p{{Ll}}\-]++,\s++(?!(?:the|a|an|his|her|its|their|our|my|your|when|who|whom|which|that|as|and|or|but|while|where|if|after|before|with|in|on|at|of|for|to|by|he|she|it|they|we|i|you)\s)(?:[\p{{Ll}}\p{{N}}’'\-]++\s+)??(?=[\p{{Ll}}\p{{N}}]))(?i:{nom_heads}(?!\s++(?:{nom_heads})\b){no_name_after}|\d+-year-old|{_NOT_HEAD}[\p{{L}}\-]+(?:er|or|ist|ian|ent|ant|man|woman)s?\b(?!\s++(?:[\p{{L}}\-]++\s++){{0,2}}(?:{nom_heads})\b){no_name_after})\b(?![\-'’]\p{{L}})"
        # "a spokeswoman for Ellery Sound Lines", "a lawyer for the news outlets" (not "said the Badger at last",
        # "at once": how, not who; not "a timid voice at her side",
        # nor "the baronet with decision": a "with" of manner)
        rf"(?:\s++(?:for|of|at(?!\s++(?:last|length|once|first|least)\b)|from|with(?=\s++(?:the\s|\p{{Lu}})))\s++(?:the\s++)?+(?:(?!{_AUX}\s)[\p{{L}}\-’']++\s++){{0,3}}?(?!(?:the|a|an|of|and|to|her|his|their|its|my|your|our|{_AUX})\s)[\p{{L}}\-’']++(?=\s*+[,(]|\s++\p{{Ll}})"
        # "said the man with the basket." (but "said the man with a smile, …": how, not who)
        rf"|\s++with\s++the\s++[\p{{L}}\-’']++(?=\s*+[.;!?]))?)"
    )
    subject = rf"(?<![\p{{L}}\p{{M}}])(?:(?P<pron>{pron})\b|(?P<nom>{nominal})|(?P<name>{name}))"
    subject2 = subject.replace("?P<pron>", "?P<pron2>").replace("?P<nom>", "?P<nom2>").replace("?P<name>", "?P<name2>")
    # "Rep. Gwen Moore (D-Wis.) said", "Maria Lopez, the chief executive, said"
    # ("Laura Finch, D-Ore., said": an abbreviation's dot may end the appositive)
    # the dot of a title before a name ("telling Mr. Lee"), which ends no sentence (tokenize.sentence_starts)
    title_dot = (r"(?<=(?<![\p{L}\p{M}])(?i:" + trie_alternation(sorted(lex.abbreviations)) + r"))\.(?=[ \t\u00a0]++\p{Lu})"
                 if lex.abbreviations else "(?!)")
    # ("the study's lead author, Dr. Priya Natarajan of Yale, said": a title's dot inside the appositive)
    appos = (r"(?:\s*+\([^()\n]{1,40}+\))?(?:\s*+,\s*+(?P<app>(?!(?:and|but|or|then|while|as)\s)"
             r"(?:[^,.;:!?“”\"\n]|" + title_dot + r"){1,80}+)\.?,)?")
    # after a quotation, where the subject comes first: "“…,” Jones, 54, a retired teacher from Ohio, said" (an
    # age, then a description that opens with an article; before a quotation a second comma phrase is as likely the subject itself: "In a
    # statement, Brian Fallon, a spokesman, said:")
    appos2 = appos[:-2] + r"(?:\s*+(?:a|an|the|his|her|their)\s[^,.;:!?“”\"\n]{1,80}+,)?)?"
    # "said 9/11 widow Terry Strada", "said the Rev. Peter Wherry": modifiers before an inverted name
    pre2 = r"(?:(?:the|[\p{N}/\-]++|[\p{Ll}\-]++)\s++){0,3}?"
    # "Clinton campaign spokesman Brian Fallon said", "panel Chairman Rep. Jason Chaffetz said"
    # (up to six words, none of them one that opens a clause or a phrase of its own: "former State policy planning
    # director Anne-Marie Slaughter wrote", not "citing an instance in which a Marine was found")
    # (nor a word that ends a phrase of time: "At this moment Five, who had been …, called out" is said by Five)
    times = trie_alternation(sorted(lex.fronted_times)) if lex.fronted_times else "(?!)"
    # ("replied the first swallow": tag_modifiers.txt)
    modifiers = trie_alternation(sorted(lex.tag_modifiers)) if lex.tag_modifiers else "(?!)"
    subject_np = subject.replace("(?P<name>", rf"(?P<name>(?:(?:{capword}|(?!(?:{_CLAUSE_WORDS}|{times})\s)[\p{{Ll}}\-]++)\s++){{0,6}}?")
    # "Mr. Morgan of the Sierra Club said": an affiliation after the name
    # (not where a title and a name follow the organisation: "Bank of England Governor Mark Ellis said" is said by
    # Mark Ellis, the organisation and title modifiers before his name)
    org = rf"{capword}\s++of\s++(?:the\s++)?(?:{capword}\s++){{1,3}}?(?={title}\s++{capword})"
    affil = (rf"(?:(?!\s++of\s++(?:the\s++)?(?:{capword}\s++){{1,3}}?{title}\s++{capword})"
             rf"\s++of\s++(?:the\s++)?{capword}(?:\s++(?:of\s++(?:the\s++)?|and\s++|&\s++)?{capword}){{0,4}}+)?+")
    after_tag = (
        # (a comma after the closing mark: British punctuation, "“Come here”, she said.")
        rf",?+[^\S\n]*+\n?[^\S\n]*+(?:"
        # (a lower-case speech verb first, not a participle, is the inverted tag, not a modifier of the subject:
        # "said Anna Berg, a spokeswoman, adding that …" is said, not adding; "returning officer Jan Holt said")
        rf"(?!(?=\p{{Ll}})(?!\p{{L}}++(?<=ing)\b){verb}\b){subject_np}{affil}{appos2}\s++(?:{_AUX}\s+)?(?:{_ADV}\s+){{0,2}}{_CATENATIVE}(?P<verb>{verb})\b"
        # ("said Bank of Japan Governor Ken Abe": an organisation, then a title and the name)
        # ("“She never did so before,” at last said Bessie")
        rf"|(?:(?:at\s++(?:last|length|once)|then|presently)\s++)?"
        rf"(?P<verb2>{verb})\s++(?:{_ADV}\s+)?(?:{org}(?P<name2>{name})|{subject2}|{pre2}(?P<name2>{name})"
        # ("“Good-night, Deb,” said one, a mulatto": one of a crowd, "said another")
        rf"|(?P<pron2>one|another)(?=[ \t]*+[,.;:!?])"
        # ("said the other", "growled the coxswain", "says the baldhead to t'other chap": a description by a
        # noun the lexicon does not list)
        # ("said the young one")
        # ("replied the first swallow": a word of tag_modifiers.txt before it, not before a time's: "said the
        # last morning")
        # ("resumed the other musingly": a manner adverb after it is no head)
        rf"|(?P<nom2>the\s++(?:\p{{Ll}}++\s++(?=one\b)|(?:{modifiers})\s++(?!(?:{times})\b)(?!\p{{Ll}}{{2,}}ly\b))?+\p{{Ll}}[\p{{L}}\-]*+)"
        rf"(?=(?:[ \t]++\p{{Ll}}{{2,}}ly\b)?[ \t]*+[,.;:!?]"
        rf"|[ \t\n]++to[ \t\n]++(?:the[ \t\n]++)?[\p{{L}}']))"
        rf")"
    )
    after_dash = rf"[ \t\u00a0]*+[―—–]\s*+(?P<name>{name})"
    dash_line = rf"[ \t\u00a0]*+\n[ \t\u00a0]*+\n?[ \t\u00a0]*+[-―—–][ \t\u00a0]*+(?P<name>{name})[ \t\u00a0]*+[.,]?[ \t\u00a0]*+(?=\n|$)"
    # "a White House official who spoke anonymously to discuss strategy said Wednesday, “…”"
    relcl = r"(?:\s++who\s++(?:(?!\b(?:he|she|they|when|while|as|after|before)\b)[^,.;:!?“”\"\n]){1,80}?)?"
    plain_sent = r"[^.!?:;“”\"]"  # a sentence's words, up to its end
    plain_rest = r"[^.!?“”\"\n]"  # the words between a tag's verb and the quotation

    def before_tag_with(rest: str) -> str:
        return (
            rf"(?:{subject}{appos}{relcl}\s++(?:{_AUX}\s+)?(?:{_ADV}\s+){{0,2}}{_HAD_THIS}{_CATENATIVE}(?P<verb>{verb})\b"
            # (verb first is the inverted tag, "said the old man", not a participle and its object: "said he,
            # addressing the old man, “…”")
            rf"|(?!\p{{L}}++(?<=ing)\b)(?P<verb2>{verb})\s++{subject2})"
            rf"(?P<rest>{rest}{{0,80}}+)\s*+$"
        )

    def before_coord_with(sent: str) -> str:
        return (
            # ("went on to say" first: "go" is a speech verb of its own, "… but went on to say")
            rf"\s*+{subject}(?:\s*+\([^()\n]{{1,40}}+\))?+(?:{sent}{{0,100}}?\s(?:goes|went|go|going)\s++on\s++to\s++"
            rf"|{sent}{{1,100}}?(?:\s(?:and|but|then|and\s+then)\s++(?:{_ADV}\s+)?|,\s++(?:\p{{Ll}}{{2,}}ly\s++)?(?=\p{{L}}+ing\b)"
            rf"|\s(?:before|after|while|by)\s++(?=\p{{L}}+ing\b)))"
            rf"(?P<verb>{verb})\b"
            rf"[^.!?“”\"\n]{{0,60}}+\s*+$"
        )

    # the sentence's words may hold a title's dot, or an initial's ("Mr. Trump praised Mr. Clinton's skills,
    # telling"); where a window holds no dot at all, the plain classes match the same, faster (frames.before_frame)
    before_tag = before_tag_with(rf"(?:{plain_rest}|{title_dot})")
    before_coord = before_coord_with(rf"(?:{plain_sent}|{title_dot}|{_INITIAL_DOT})")
    according = rf"(?i:according\s+to)\s+(?P<name>{name}|{nominal})(?P<rest>[^.!?“”\"\n]{{0,60}}+)$"
    lead = rf"(?:^|(?<=[.!?\n]\s*))(?P<name>{name})\s*:\s*$"
    inline_tag = (
        rf"(?<=[,!?.…;:])[ \t]++(?:(?:(?P<pron>(?:he|she|they|I|we|you)\b)|(?P<name>{name}))\s++(?:{_ADV}\s+)?(?P<verb>{verb})\b"
        rf"|(?P<verb>{verb})\s++(?:(?P<pron>(?:he|she|they|I|we|you)\b)|(?P<name>{name})))"
        rf"(?P<rest>[^.!?:;,\n]{{0,60}}+)(?P<end>[.!?:;,]|\n|$)"
    )
    name_re = name
    word = r"\p{Lu}[\p{L}\p{M}]*+(?:['’\-]\p{L}[\p{L}\p{M}]*+)*+\.?+"
    cap_seq = rf"(?<![\p{{L}}\p{{M}}\p{{N}}])(?:{word})(?:(?:[ \t]*+\n[ \t]*+|[ \t]++)(?:{word})){{0,5}}+"
    verb_re = rf"\b{verb}\b"
    # where `subject` can begin: a pronoun, a capital (a name, "Smith's"), a determiner or a title before
    # white space; any non-ASCII character too (it may be a capital, or fold to an ASCII letter)
    subject_start = (
        "(?=" + pron + "|[A-Z]|[^\\x00-\\x7f]|(?:" + loose_alternation(dets.split("|")) + "|"
        + loose_alternation(titles) + r")\.?\s)"
    )
    person_heads = trie_alternation(list(lex.nominal_gender))
    person_scan: Optional[str] = None
    if all(h.isascii() and h.replace(" ", "").replace("-", "").isalpha() for h in lex.nominal_gender):
        # person_nominal for the stdlib engine, looser: any word between article and head, ASCII letters
        # around; stdlib white space holds regex's (tests/test_fast_scans.py), and with possessive runs on
        # both sides the words fall the same way wherever person_nominal can match
        # (the article's first letter opens the pattern, which lets the stdlib engine skip ahead)
        person_scan = (r"[AaTt](?<![A-Za-z].)(?:(?<=[Aa])n?|(?<=[Tt])he)\s++(?:\S++\s++){0,2}?(?:"
                       + person_heads + r")(?![A-Za-z])")
    # the nouns of a description that opens a sentence ("The surgeon …", "Our driver …"): any person noun
    subject_heads = trie_alternation(sorted(set(lex.nominal_gender) | set(lex.person_nouns)))
    subordinators = trie_alternation(sorted(lex.subordinators)) if lex.subordinators else None
    sources: dict[str, Optional[str]] = dict(
        after_tag=after_tag, after_dash=after_dash, dash_line=dash_line,
        before_tag=before_tag, before_coord=before_coord,
        before_tag_nodot=before_tag_with(plain_rest), before_coord_nodot=before_coord_with(plain_sent),
        # (", I laughed and said"; "; but Eliza just put her head in at the door, and said")
        clause_subject=r"(?<=,\s|[;:]\s(?:(?:and|but|yet|so|then)\s)?)(?=(?:he|she|they|I|we|He|She|They|We|\p{Lu}))",
        according=according, lead=lead,
        inline_tag=inline_tag,
        name_re=name_re, cap_seq=cap_seq, verb_re=verb_re, subject_start=subject_start,
        person_nominal=(
            r"(?<![\p{L}\p{M}])(?:[Aa]n?|[Tt]he)\s++(?:(?!(?:of|and|or|to|in|on|at|for|with|who|that|his|her|their|its|my|our|your|while|when|as|he|she|they|we|you|the|an?)\s)(?:[\p{Ll}\-]++|(?!(?:" + person_heads
            + r"),)\p{Ll}++(?:-\p{Ll}++)*+,)\s++){0,2}?(?P<head>"
            + person_heads + r")(?![\p{L}\p{M}])"
        ),
        person_scan=person_scan,
        appositive_name=r"\s*+,\s*+(?P<name>" + name + r")\s*+,",
        relative_ante=r"(?<![\p{L}\p{M}])(?:(?P<pron>(?!))|(?P<nom>" + nominal + r")|(?P<name>" + name + r"))\s*+,?\s*+$",
        sentence_subject=(
            r"[\s\"“”‘’'—–-]*+(?:(?P<pron>He|She)\b|(?P<nom>[Tt]he\s++(?:[\p{Ll}\-]++\s++){0,2}?(?P<head>"
            + subject_heads + r"))(?![\p{L}\p{M}])|(?P<name>" + name + r"))"
        ),
        narration_subject=(
            r"\s*+(?:(?P<nom>(?:The|Our|My|His|Her|Their)\s++(?:[\p{Ll}\-]++\s++){0,2}?(?P<head>"
            + subject_heads + r"))(?![\p{L}\p{M}'’])(?![ \t\n]++(?:and|or)\b)|(?P<pron>He|She|he|she|His|Her)\b|(?P<name>" + name
            + r"))"
        ),
        vocative_dear=r"\b[Mm]y\s+(?:dear|dearest|good|poor)\s+(" + name + r")(?=[,.!?;])",
        vocative_tail=r",\s++(?:[Mm]y\s+dear\s+)?(" + name + r")[.!?,]*+$",
        # (not one of a list: "by others with whom you are most intimate, Mrs. Jennings, Mrs. Palmer, and the
        # Middletons")
        vocative_mid=(r"(?<=[\p{L}\p{M}]),[ \t]*+\n?[ \t]*+(" + name + r")(?=[,.!?;])"
                      r"(?!,[ \t\n]*+(?:(?:and|or)[ \t\n]++)?(?:the[ \t\n]++)?" + name
                      + r"[ \t\n]*+(?:[,;]|(?:and|or)\b)|,[ \t\n]*+(?:and|or)[ \t\n]++(?:the[ \t\n]++)?\p{Lu})"),
        # (before "I", "you", "we", "if", "do", "let": "Gregory, I gave you a promise"; not before an aside or a
        # clause of a word or two: "John, I think, was right", "Irish, I dare say.")
        vocative_lead=(r"(?:[.!?;][\"”’']?+[ \t]*+\n?[ \t]*+(?<=\s)|—[ \t]*+)(" + name
                       + r"),[ \t\n]++(?=(?:I|you|we|my|your|if|do|don't|don’t|let)(?![\p{L}\p{M}'’])"
                       r"(?![ \t\n]++\p{Ll}++(?:[ \t\n]++\p{Ll}++)?+[,.;:!?]))"),
        role_intro=(r"(?<![\p{L}\p{M}])[Aa]n?\s++(?:[\p{Ll}\-]++,?\s++){0,2}?(" + trie_alternation(sorted(lex.role_titles))
                    + r")(?![\p{L}\p{M}])" if lex.role_titles else r"(?!)"),
        self_intro=(r"(?<![\p{L}\p{M}'’])(?:" + trie_alternation(
            [v for p in lex.self_introductions for v in {p, p.replace("'", "’")}]) + r")\s++(?=\p{Lu}|the\s++\p{Lu})"
                    if lex.self_introductions else r"(?!)"),
        said_to=(r"(?:[ \t\n]++to|[ \t]*+,[ \t\n]*+" + (trie_alternation(sorted(lex.address_gestures))
                                                        if lex.address_gestures else r"(?!)")
                 + r")[ \t\n]++(?=\p{Lu}|the[ \t\n])"),
        subordinate=(r"(?<![\p{L}\p{M}])(?i:" + subordinators + r")[ \t\n]++$" if subordinators else r"(?!)"),
        fronted_name=(r"(?<![\p{L}\p{M}])(?:" + (subordinators or "(?!)") + r")[ \t\n]++(?:at[ \t\n]++(?:last|length)[ \t\n]++)?"
                      r"(?P<name>" + name + r")(?![\p{L}\p{M}'’])[^,.;:!?“”\"\n(]{0,60}+,[ \t\n]*+$"),
        apposed_before=(r"(?P<name>" + name + r")(?:,[ \t\n]++|[ \t\n]++)(?:the|(?:\p{Lu}[\p{L}.]*+[ \t\n]++){0,3}?"
                        r"\p{Lu}\p{L}*+['’]s)[ \t\n]++(?:[\p{Ll}\-]++[ \t\n]++)?$"),
        fronted_time=(r"[\s\"“”‘’'—–-]*+(?:(?:The|That|This|Next|One|Early|Late|Every|Each|Later|Some|Very"
                      r"|(?:After|In|At|On|For|During|Within|By)(?:\s++(?:a|an|the|that|this|one|some))?)\s++"
                      r"(?:\p{Ll}++\s++){0,2}?)?(?i:" + times
                      + r")(?![\p{L}\p{M}]),?+\s++(?=\p{Lu}|the\s)" if lex.fronted_times else r"(?!)"),
        # (not "the company's spokesman": a possessive describes someone else)
        organisation=(r"(?<![\p{L}\p{M}])(?:[Tt]he|[Ii]ts|[Tt]his|[Tt]hat)[ \t\n]++(?:[\p{L}\p{N}.’'\-]++[ \t\n]++){0,3}?(?:"
                      + trie_alternation(sorted(lex.organisation_nouns)) + r")(?![\p{L}\p{M}'’\-])"
                      if lex.organisation_nouns else r"(?!)"),
        silent_answer=(r"[ \t]*+(?:" + trie_alternation(
            [v for p in lex.silent_answers for v in {p, p.replace("'", "’")}]) + r")(?![\p{L}\p{M}])"
                       if lex.silent_answers else r"(?!)"),
    )
    return Patterns(lex, verb, name, subject, frozenset(t.split()[0] for t in titles if t.split()),
                    frozenset(_PARTICLE[3:-1].replace("\\", "").split("|")), sources)
