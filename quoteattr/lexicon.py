"""Language resources as data: speech verbs, titles, pronouns, quote marks, nominals.

Each language is a folder ``lexicons/<lang>/`` of small text files; this module
reads them once per language and keeps them in a frozen :class:`Lexicon`.
Adding a verb is adding a line; adding a language is adding a folder.
"""

from __future__ import annotations

import functools
from importlib import resources
from typing import Optional

import attrs


@attrs.frozen(slots=True)
class Lexicon:
    language: str
    verb_lemma: dict[str, str]  # every inflected form (lower case) -> lemma
    verb_uses: dict[str, str]  # lemma -> use letters (d, i, t, n)
    titles: frozenset[str]  # lower case, no trailing dot
    pronouns: dict[str, tuple[str, str, str]]  # pronoun -> (gender, number, person)
    quote_pairs: tuple[tuple[str, str, str], ...]  # (open, close, style)
    dialogue_dashes: tuple[str, ...]
    nominals: frozenset[str]  # singular and plural head nouns
    non_names: frozenset[str]
    male_names: frozenset[str]
    female_names: frozenset[str]
    nominal_gender: dict[str, str]  # head noun -> m | f
    role_nouns: frozenset[str]  # "the parson", "the nurse": one character throughout, kept as written
    non_speaker_labels: frozenset[str]  # "Note:", "Update:": a paragraph's label that names no speaker
    clause_openers: tuple[str, ...]  # "that", "no matter": a reported clause between a tag and its quotation
    thought_verbs: frozenset[str]  # "wonder", "suppose": in narrative, they report no one's words
    name_suffixes: tuple[tuple[str, str], ...]  # ("ine", "f"): a given name's gender from its ending
    place_words: frozenset[str]  # "Street", "Hall": a name with one of these is no person
    person_nouns: frozenset[str]  # "surgeon", "stranger": people, of a gender the word does not tell
    nicknames: dict[str, tuple[str, ...]] = attrs.field(factory=dict)  # "lizzy" -> ("elizabeth",)
    time_words: frozenset[str] = frozenset()  # "Wednesday", "today": a time after a name is no part of it
    rank_titles: frozenset[str] = frozenset()  # "sir", "lord": a story's canonical full name keeps them
    place_openers: frozenset[str] = frozenset()  # "Rue", "Hotel": a name of several words they open is no person
    ambiguous_names: frozenset[str] = frozenset()  # "may", "march": non-names that also name people
    abbreviations: frozenset[str] = frozenset()  # "mr", "gen": a title whose dot ends no sentence
    self_introductions: tuple[str, ...] = ()  # "I am", "my name is": what goes before a speaker's own name
    address_gestures: tuple[str, ...] = ()  # "turning to", "raising his eyes to": after a tag, before its hearer
    title_forms: dict[str, str] = attrs.field(factory=dict)  # "dr" -> "doctor": a title's short form
    speech_nouns: frozenset[str] = frozenset()  # "observation", "reply": “…,” was Mr. Woodhouse's observation
    role_titles: dict[str, tuple[str, ...]] = attrs.field(factory=dict)  # "clergyman" -> ("parson", "reverend", …)
    child_nouns: dict[str, frozenset[str]] = attrs.field(factory=dict)  # "child" -> {"boy", "girl", …}
    subordinators: frozenset[str] = frozenset()  # "when", "while": open a clause, before its subject
    silent_answers: tuple[str, ...] = ()  # "No answer", "A nod was the answer": a paragraph's wordless answer
    fronted_times: frozenset[str] = frozenset()  # "morning", "monday": end a time phrase before a subject
    continuations: frozenset[str] = frozenset()  # "to", "because": go on with a clause after a quoted phrase
    heading_labels: frozenset[str] = frozenset()  # "chapter", "book": before a number, open a heading line
    generation_suffixes: frozenset[str] = frozenset()  # "jr", "iii": after a full name, another person's
    organisation_nouns: frozenset[str] = frozenset()  # "company", "agency": what a news "it said" means
    exclamations: frozenset[str] = frozenset()  # "merry christmas", "good heavens": capitals that call no one
    news_words: tuple[str, ...] = ()  # "percent", "Sen.": a news report's words (genre.judge)
    tag_modifiers: frozenset[str] = frozenset()  # "first", "old": between "the" and a tag's unlisted noun
    place_names: frozenset[str] = frozenset()  # "london", "new york": in a story, no person (given names left out)
    peoples: frozenset[str] = frozenset()  # "american", "catholic": in a story, a name of these alone is no person
    holidays: frozenset[str] = frozenset()  # "christmas", "easter": open a day's or a season's name, no person's
    military_titles: frozenset[str] = frozenset()  # "captain", "colonel": in a story, a man's title
    surname_titles: frozenset[str] = frozenset()  # "mr", "dr": before a surname, never a lone given name

    def lemma(self, form: str) -> Optional[str]:
        return self.verb_lemma.get(form.lower())


def _lines(language: str, name: str) -> list[str]:
    try:
        raw = resources.files("quoteattr").joinpath("lexicons").joinpath(language).joinpath(name).read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    out = []
    for line in raw.splitlines():
        line = line.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        out.append(line)
    return out


_VOWELS = set("aeiou")


def _inflect(word: str) -> tuple[str, str, str]:
    """Regular English -s, -ed, -ing forms of one verb."""
    if word.endswith("e") and not word.endswith(("ee", "ye", "oe")):
        return word + "s", word + "d", word[:-1] + "ing"
    if word.endswith("ee"):
        return word + "s", word + "d", word + "ing"
    if word.endswith("y") and len(word) > 1 and word[-2] not in _VOWELS:
        return word[:-1] + "ies", word[:-1] + "ied", word + "ing"
    if word.endswith(("s", "sh", "ch", "x", "z")):
        return word + "es", word + "ed", word + "ing"
    # consonant-vowel-consonant one-syllable verbs double their last letter (the u of "qu" is no vowel)
    core = word.replace("qu", "qw")
    if (
        len(word) >= 3
        and word[-1] not in _VOWELS | {"w", "x", "y"}
        and core[-2] in _VOWELS
        and core[-3] not in _VOWELS
        and sum(c in _VOWELS for c in core) == 1
    ):
        return word + "s", word + word[-1] + "ed", word + word[-1] + "ing"
    return word + "s", word + "ed", word + "ing"


def _doubled(word: str) -> tuple[str, ...]:
    """The doubled -ed and -ing forms of a longer verb ending in a vowel and a consonant, whose last syllable
    may carry the stress ("admitted", "regretted", "referred"); where it does not ("offered", "murmured") the
    doubled forms are no words, and never match."""
    core = word.replace("qu", "qw")
    if (
        len(word) >= 4
        and word[-1] in "bdglmnprt"
        and core[-2] in _VOWELS
        and core[-3] not in _VOWELS
        and sum(c in _VOWELS for c in core) >= 2
    ):
        return word + word[-1] + "ed", word + word[-1] + "ing"
    return ()


def _verb_forms(lemma: str, irregular: str) -> list[str]:
    if irregular.strip():
        forms = [f.strip() for f in irregular.split(",") if f.strip()]
        return [lemma, *forms]
    head, _, rest = lemma.partition(" ")
    tail = " " + rest if rest else ""
    return [lemma, *(f + tail for f in (*_inflect(head), *_doubled(head)))]


@functools.cache
def load(language: str = "en") -> Lexicon:
    """The lexicon of ``language`` (an ISO code with a folder under ``lexicons/``)."""
    if not isinstance(language, str):
        raise TypeError(f"language must be a str, not {type(language).__name__}")
    base = resources.files("quoteattr").joinpath("lexicons").joinpath(language)
    if not base.is_dir():
        have = sorted(p.name for p in resources.files("quoteattr").joinpath("lexicons").iterdir() if p.is_dir())
        raise ValueError(f"no lexicon for language {language!r}; available: {', '.join(have)}")
    verb_lemma: dict[str, str] = {}
    verb_uses: dict[str, str] = {}
    for line in _lines(language, "speech_verbs.tsv"):
        cols = line.split("\t")
        lemma = cols[0].strip().lower()
        uses = cols[1].strip() if len(cols) > 1 else "d"
        irregular = cols[2] if len(cols) > 2 else ""
        verb_uses[lemma] = "".join(sorted(set(verb_uses.get(lemma, "")) | set(uses)))
        for form in _verb_forms(lemma, irregular):
            verb_lemma.setdefault(form.lower(), lemma)
    pronouns: dict[str, tuple[str, str, str]] = {}
    for line in _lines(language, "pronouns.tsv"):
        p, g, n, pers = (c.strip() for c in line.split("\t"))
        pronouns[p] = (g, n, pers)
    pairs = []
    for line in _lines(language, "quote_marks.tsv"):
        o, c, style = line.split("\t")
        pairs.append((o, c, style.strip()))
    nominals = set()
    for line in _lines(language, "nominals.txt"):
        w = line.strip().lower()
        nominals.add(w)
        nominals.add(w[:-1] + "ies" if w.endswith("y") and w[-2:-1] not in _VOWELS else w + ("es" if w.endswith(("s", "sh", "ch")) else "s"))
        if w.endswith("man"):
            nominals.add(w[:-3] + "men")  # "one of the gentlemen", "the firemen"
    nominals.update({"men", "women", "children", "people", "police", "spokesmen", "spokeswomen", "chairmen"})
    male_names = frozenset(w.strip().lower() for w in _lines(language, "male_names.txt"))
    female_names = frozenset(w.strip().lower() for w in _lines(language, "female_names.txt"))
    # (a place's name that is also a given name is no sure place: "Florence", "Georgia")
    place_names = frozenset(p for p in (" ".join(w.lower().split()) for w in _lines(language, "place_names.txt"))
                            if p and p not in male_names and p not in female_names)
    peoples = frozenset(w for w in (ln.strip().lower() for ln in _lines(language, "peoples.txt"))
                        if w and w not in male_names and w not in female_names)
    return Lexicon(
        language=language,
        verb_lemma=verb_lemma,
        verb_uses=verb_uses,
        titles=frozenset(t.strip().lower() for t in _lines(language, "titles.txt")),
        pronouns=pronouns,
        quote_pairs=tuple(pairs),
        dialogue_dashes=tuple(d.strip() for d in _lines(language, "dialogue_dashes.txt")),
        nominals=frozenset(nominals),
        non_names=frozenset(w.strip().lower() for w in _lines(language, "non_names.txt")),
        male_names=male_names,
        female_names=female_names,
        nominal_gender={a.strip(): b.strip() for a, b in (ln.split("\t") for ln in _lines(language, "nominal_gender.tsv"))},
        role_nouns=frozenset(w.strip().lower() for w in _lines(language, "role_nouns.txt")),
        non_speaker_labels=frozenset(w.strip().lower() for w in _lines(language, "non_speaker_labels.txt")),
        clause_openers=tuple(" ".join(w.lower().split()) for w in _lines(language, "clause_openers.txt")),
        thought_verbs=frozenset(w.strip().lower() for w in _lines(language, "thought_verbs.txt")),
        name_suffixes=tuple(sorted(((a.strip().lower(), b.strip()) for a, b in
                                    (ln.split("\t") for ln in _lines(language, "given_name_suffixes.tsv"))),
                                   key=lambda x: -len(x[0]))),
        place_words=frozenset(w.strip().lower() for w in _lines(language, "place_words.txt")),
        place_openers=frozenset(w.strip().lower() for w in _lines(language, "place_openers.txt")),
        person_nouns=frozenset(w.strip().lower() for w in _lines(language, "person_nouns.txt")),
        nicknames={a.strip().lower(): tuple(b.lower().split()) for a, b in
                   (ln.split("\t") for ln in _lines(language, "nicknames.tsv"))},
        time_words=frozenset(w.strip().lower() for w in _lines(language, "time_words.txt")),
        abbreviations=frozenset(w.strip().lower() for w in _lines(language, "abbreviations.txt")),
        rank_titles=frozenset(w.strip().lower() for w in _lines(language, "rank_titles.txt")),
        ambiguous_names=frozenset(w.strip().lower() for w in _lines(language, "ambiguous_names.txt")),
        self_introductions=tuple(" ".join(w.split()) for w in _lines(language, "self_introductions.txt")),
        address_gestures=tuple(" ".join(w.split()) for w in _lines(language, "address_gestures.txt")),
        title_forms={a.strip().lower(): b.strip().lower() for a, b in
                     (ln.split("\t") for ln in _lines(language, "title_forms.tsv"))},
        speech_nouns=frozenset(w.strip().lower() for w in _lines(language, "speech_nouns.txt")),
        role_titles={a.strip().lower(): tuple(b.lower().split()) for a, b in
                     (ln.split("\t") for ln in _lines(language, "role_titles.tsv"))},
        child_nouns={a.strip().lower(): frozenset(b.lower().split()) for a, b in
                     (ln.split("\t") for ln in _lines(language, "child_nouns.tsv"))},
        subordinators=frozenset(w.strip().lower() for w in _lines(language, "subordinators.txt")),
        silent_answers=tuple(" ".join(w.split()) for w in _lines(language, "silent_answers.txt")),
        fronted_times=frozenset(w.strip().lower() for w in _lines(language, "fronted_times.txt")),
        continuations=frozenset(w.strip().lower() for w in _lines(language, "continuations.txt")),
        heading_labels=frozenset(w.strip().lower() for w in _lines(language, "heading_labels.txt")),
        generation_suffixes=frozenset(w.strip().lower() for w in _lines(language, "generation_suffixes.txt")),
        organisation_nouns=frozenset(w.strip().lower() for w in _lines(language, "organisation_nouns.txt")),
        exclamations=frozenset(" ".join(w.lower().split()) for w in _lines(language, "exclamations.txt")),
        news_words=tuple(w.strip() for w in _lines(language, "news_words.txt") if w.strip()),
        tag_modifiers=frozenset(w.strip().lower() for w in _lines(language, "tag_modifiers.txt") if w.strip()),
        place_names=place_names,
        peoples=peoples,
        holidays=frozenset(w.strip().lower() for w in _lines(language, "holidays.txt") if w.strip()),
        military_titles=frozenset(w.strip().lower() for w in _lines(language, "military_titles.txt") if w.strip()),
        surname_titles=frozenset(w.strip().lower() for w in _lines(language, "surname_titles.txt") if w.strip()),
    )
