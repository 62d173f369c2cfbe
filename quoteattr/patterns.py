"""Regular expressions built from a :class:`~quoteattr.lexicon.Lexicon`, compiled once per language.

Every pattern here is applied to short windows (a clause beside a quote mark)
and uses possessive or bounded quantifiers, so none can backtrack without bound.
"""

from __future__ import annotations

import functools

import attrs
import regex

from quoteattr.lexicon import Lexicon, load


def trie_alternation(words: list[str]) -> str:
    """An alternation of ``words`` as a character trie: the regex engine then branches on one character
    at a time instead of trying every word at every position (ten times faster on a large lexicon).
    A space in a word matches any run of white space."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for w in set(words):
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _emit(trie)


def _emit(node: dict) -> str:  # type: ignore[type-arg]
    alts = []
    for ch in sorted(k for k in node if k):
        alts.append((r"\s+" if ch == " " else regex.escape(ch)) + _emit(node[ch]))
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return "(?:" + body + ")?" if "" in node else body


@attrs.frozen(slots=True)
class Patterns:
    lex: Lexicon
    verb: str  # a speech-verb form (case-insensitive group)
    name: str  # a proper name with optional titles
    subject: str  # name | pronoun | nominal
    after_tag: regex.Pattern[str]  # at the end of a quote: ', he said' / ', said Mr. Smith'
    after_dash: regex.Pattern[str]  # at the end of a quote: '― Sonya Herridge'
    before_tag: regex.Pattern[str]  # searched in the clause before a quote: 'Smith said:'
    before_coord: regex.Pattern[str]  # 'Smith looked up and said:' (from the sentence start)
    clause_subject: regex.Pattern[str]  # where a clause may open after a comma: ', I laughed and said'
    according: regex.Pattern[str]  # 'according to X,'
    lead: regex.Pattern[str]  # 'Smith: “…”' (a name alone before a colon)
    inline_tag: regex.Pattern[str]  # inside a dash-dialogue line: '! he said sternly.'
    name_re: regex.Pattern[str]  # a name at a given position (titles, particles)
    cap_seq: regex.Pattern[str]  # a fast scan for runs of capitalised words (every candidate name in a text)
    verb_re: regex.Pattern[str]
    person_nominal: regex.Pattern[str]  # 'a small boy', 'the old woman' (heads with a gender)
    appositive_name: regex.Pattern[str]  # ', Dele Okafor,' right after a nominal
    sentence_subject: regex.Pattern[str]  # what opens a sentence: 'He …', 'The surgeon …', 'Stewart Snyder …'
    narration_subject: regex.Pattern[str]  # 'Elizabeth smiled.' / 'She turned.' at a segment start
    vocative_dear: regex.Pattern[str]  # '… my dear Watson, …'
    vocative_tail: regex.Pattern[str]  # '…, Lizzy?' at the end of a quotation
    vocative_mid: regex.Pattern[str]  # 'I think, Watson, that …' / '…, I fancy, Watson.' inside one


_ADV = r"(?:\p{Ll}{2,}ly|then|again|later|also|too|now|once|still|back|quickly|softly|aloud|finally|simply|only|just|further|previously|recently|often|repeatedly)"
_AUX = r"(?:has|had|have|was|is|were|are|would|will|did|does|do|could|might|can|may|should|must|had\s+once)"
_PARTICLE = r"(?:de|da|di|del|della|der|den|van|von|le|la|du|dos|das|bin|al|el|ibn|ben|y|St\.|Mac|Mc)"


@functools.cache
def patterns(language: str = "en") -> Patterns:
    lex = load(language)
    verb = r"(?i:" + trie_alternation(list(lex.verb_lemma)) + r")"
    titles = [t for t in lex.titles]
    title = r"(?:(?i:" + trie_alternation(titles) + r")\.?)"
    capword = r"(?:\p{Lu}(?:\.|[\p{L}\p{M}]*+(?:['’\-]\p{L}[\p{L}\p{M}]*+)*+))"
    # a name: optional titles, then one to five capitalised words (particles allowed inside)
    name = (
        rf"(?:(?:{title}\s+){{0,3}}(?:{capword})(?:\s+(?:{_PARTICLE}\s+|{title}\s+)?{capword}){{0,4}}+)"
    )
    pron = r"(?:[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e|[Yy]ou|[Ii]t|[Ss]omebody|[Ss]omeone|[Ee]veryone|[Ee]verybody|[Nn]obody)"
    nom_heads = trie_alternation(sorted(set(lex.nominals) | set(lex.person_nouns)))
    det = r"(?i:the|a|an|one|another|his|her|its|their|our|my|your|some|several|two|three)"
    nominal = (
        rf"(?:(?:{det}|\p{{Lu}}[\p{{L}}\p{{M}}\-]*+['’]s)\s+(?:[\p{{L}}\p{{N}}’'\-]++\s+){{0,5}}?(?i:{nom_heads}|\d+-year-old|[\p{{L}}\-]+(?:er|or|ist|ian|ent|ant|man|woman)s?)\b"
        # "a spokeswoman for Ellery Sound Lines", "a lawyer for the news outlets"
        rf"(?:\s++(?:for|of|at|from|with)\s++(?:the\s++)?(?:[\p{{L}}\-’']++\s++){{0,3}}?[\p{{L}}\-’']++(?=\s*+[,(]|\s++\p{{Ll}}))?)"
    )
    subject = rf"(?:(?P<pron>{pron})\b|(?P<nom>{nominal})|(?P<name>{name}))"
    subject2 = subject.replace("?P<pron>", "?P<pron2>").replace("?P<nom>", "?P<nom2>").replace("?P<name>", "?P<name2>")
    # "Rep. Gwen Moore (D-Wis.) said", "Maria Lopez, the chief executive, said"
    appos = r"(?:\s*+\([^()\n]{1,40}+\))?(?:\s*+,\s*+(?P<app>[^,.;:!?“”\"\n]{1,80}+),)?"
    # "said 9/11 widow Terry Strada", "said the Rev. Peter Wherry": modifiers before an inverted name
    pre2 = r"(?:(?:the|[\p{N}/\-]++|[\p{Ll}\-]++)\s++){0,3}?"
    # "Clinton campaign spokesman Brian Fallon said", "panel Chairman Rep. Jason Chaffetz said"
    subject_np = subject.replace("(?P<name>", rf"(?P<name>(?:(?:{capword}|[\p{{Ll}}\-]++)\s++){{0,4}}?")
    after_tag = regex.compile(
        rf"[ \t]*+\n?[ \t]*+(?:"
        rf"{subject_np}{appos}\s++(?:{_AUX}\s+)?(?:{_ADV}\s+){{0,2}}(?P<verb>{verb})\b"
        rf"|(?P<verb2>{verb})\s++(?:{_ADV}\s+)?(?:{subject2}|{pre2}(?P<name2>{name}))"
        rf")"
    )
    after_dash = regex.compile(rf"[ \t\u00a0]*+[―—–]\s*+(?P<name>{name})")
    before_tag = regex.compile(
        rf"(?:{subject}{appos}\s++(?:{_AUX}\s+)?(?:{_ADV}\s+){{0,2}}(?P<verb>{verb})\b"
        rf"|(?P<verb2>{verb})\s++{subject2})"
        rf"(?P<rest>[^.!?“”\"\n]{{0,80}}+)\s*+$"
    )
    before_coord = regex.compile(
        rf"\s*+{subject}[^.!?:;“”\"]{{1,100}}?(?:\s(?:and|then|and\s+then)\s++(?:{_ADV}\s+)?|,\s++(?=\p{{L}}+ing\b))(?P<verb>{verb})\b"
        rf"[^.!?“”\"\n]{{0,60}}+\s*+$"
    )
    according = regex.compile(rf"(?i:according\s+to)\s+(?P<name>{name}|{nominal})(?P<rest>[^.!?“”\"\n]{{0,60}}+)$")
    lead = regex.compile(rf"(?:^|(?<=[.!?\n]\s*))(?P<name>{name})\s*:\s*$")
    inline_tag = regex.compile(
        rf"(?<=[,!?.…;:])[ \t]++(?:(?:(?P<pron>(?:he|she|they|I|we|you)\b)|(?P<name>{name}))\s++(?:{_ADV}\s+)?(?P<verb>{verb})\b"
        rf"|(?P<verb>{verb})\s++(?:(?P<pron>(?:he|she|they|I|we|you)\b)|(?P<name>{name})))"
        rf"(?P<rest>[^.!?:;,\n]{{0,60}}+)(?P<end>[.!?:;,]|\n|$)"
    )
    name_re = regex.compile(name)
    word = r"\p{Lu}[\p{L}\p{M}]*+(?:['’\-]\p{L}[\p{L}\p{M}]*+)*+\.?+"
    cap_seq = regex.compile(rf"(?<![\p{{L}}\p{{M}}\p{{N}}])(?:{word})(?:(?:[ \t]*+\n[ \t]*+|[ \t]++)(?:{word})){{0,5}}+")
    verb_re = regex.compile(rf"\b{verb}\b")
    return Patterns(
        lex=lex, verb=verb, name=name, subject=subject, after_tag=after_tag, after_dash=after_dash,
        before_tag=before_tag, before_coord=before_coord,
        clause_subject=regex.compile(r"(?<=,\s)(?=(?:he|she|they|I|we|He|She|They|We|\p{Lu}))"), according=according, lead=lead, inline_tag=inline_tag,
        name_re=name_re, cap_seq=cap_seq, verb_re=verb_re,
        person_nominal=regex.compile(
            r"(?<![\p{L}\p{M}])(?:[Aa]n?|[Tt]he)\s++(?:(?!(?:of|and|or|to|in|on|at|for|with|who|that)\s)[\p{Ll}\-]++\s++){0,2}?(?P<head>"
            + trie_alternation(list(lex.nominal_gender)) + r")(?![\p{L}\p{M}])"
        ),
        appositive_name=regex.compile(r"\s*+,\s*+(?P<name>" + name + r")\s*+,"),
        sentence_subject=regex.compile(
            r"[\s\"“”‘’'—–-]*+(?:(?P<pron>He|She)\b|(?P<nom>[Tt]he\s++(?:[\p{Ll}\-]++\s++){0,2}?(?P<head>"
            + trie_alternation(sorted(set(lex.nominal_gender) | set(lex.person_nouns))) + r"))(?![\p{L}\p{M}])|(?P<name>" + name + r"))"
        ),
        narration_subject=regex.compile(r"\s*+(?:(?P<pron>He|She|he|she)\b|(?P<name>" + name + r"))"),
        vocative_dear=regex.compile(r"\b[Mm]y\s+(?:dear|dearest|good|poor)\s+(" + name + r")(?=[,.!?;])"),
        vocative_tail=regex.compile(r",\s++(?:[Mm]y\s+dear\s+)?(" + name + r")[.!?,]*+$"),
        vocative_mid=regex.compile(r"(?<=[\p{L}\p{M}]),[ \t]*+\n?[ \t]*+(" + name + r")(?=[,.!?;])"),
    )
