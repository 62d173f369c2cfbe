"""Narrative or not (quoteattr.genre), and what it changes: reported speech in a novel's narration."""

from __future__ import annotations

import pytest

import quoteattr
from quoteattr import genre

_NOVEL = (
    "The house was quiet when Edith came down. The fire had gone out and the windows were grey with rain. "
    "She had slept badly, and the letter was still in her pocket where she had put it the night before. "
    "Her brother was at the table already, and he had not touched his breakfast. "
) * 12
_NEWS = (
    "The city council voted 7-2 on Tuesday to raise the transit budget by 4.5 percent, to $310 million. "
    "The measure takes effect on July 1, 2025, and covers 14 bus routes and 3 ferry lines. "
    "Council members said the vote followed a review of 2023 ridership figures. "
) * 12


def test_a_novel_reads_as_narrative_and_a_report_does_not() -> None:
    assert genre.narrative(_NOVEL)
    assert not genre.narrative(_NEWS)
    assert not genre.narrative("She was tired. He had gone.")  # too short to judge
    assert not genre.narrative("")


def test_a_first_person_story_reads_as_narrative_with_fewer_past_forms() -> None:
    """A first-person narrator tells a story with "I" and "my" rather than was/were/had; with the figures
    of a report it stays a report."""
    memoir = ("I rode home through the long shadows of the wood, and my horse knew the way. A hunter rose from "
              "behind a fallen tree and asked me for powder. I gave him what I had in my pouch, for the road grew dark, and "
              "my servant waited at the gate with a lantern. We came in late, and I sat by the fire with my "
              "dog until the candles burned low and the house fell quiet around me. ") * 10
    assert genre.narrative(memoir)
    column = memoir + "The council spent $4.5 million in 2023 on 14 routes, up 12 percent from 2022. " * 12
    assert not genre.narrative(column)


def test_dialogue_is_left_out_of_the_tense_count() -> None:
    """Only the narration's tense counts: past-tense talk inside the quotation marks of a present-tense
    report does not make it a novel."""
    talk = "Ms Lund says: “We were there, and the water had risen, and the roads were closed.” " * 60
    text = "The river board meets on the bank this week and reviews its plans for the spring. " * 25 + talk
    spans = [(q.open_mark.start, q.close_mark.end) for q in quoteattr.extract(text)
             if q.open_mark is not None and q.close_mark is not None]
    assert len(spans) == 60
    assert genre.narrative(text) and not genre.narrative(text, spans)


def test_narration_reports_only_what_speech_verbs_report() -> None:
    story = _NOVEL + "Edith found him extremely agreeable that morning. His friends said that he was at Geneva.\n"
    kinds = [(q.kind, q.verb.lemma if q.verb else None) for q in quoteattr.extract(story)]
    assert ("indirect", "say") in kinds
    assert all(lemma != "find" for _, lemma in kinds)
    report = _NEWS + "The auditors found that the agency had overspent by $2 million in 2023.\n"
    assert any(q.verb is not None and q.verb.lemma == "find" for q in quoteattr.extract(report))


def _kinds_after(sentence: str) -> list[tuple[str, str | None]]:
    """(kind, verb lemma) of each quotation in the novel's opening, ``sentence`` and one report of speech."""
    story = _NOVEL + sentence + " His friends said that he was at Geneva.\n"
    return [(q.kind, q.verb.lemma if q.verb else None) for q in quoteattr.extract(story)]


@pytest.mark.parametrize("sentence, lemma", [
    ("She read a letter from her sister before she went down to dinner.", "read"),
    ("Some of the boys called him a coward behind his back for a week.", "call"),
])
def test_narration_that_names_or_reads_is_no_quotation(sentence: str, lemma: str) -> None:
    kinds = _kinds_after(sentence)
    assert ("indirect", "say") in kinds
    assert all(v != lemma for _, v in kinds)


@pytest.mark.parametrize("sentence, lemma", [
    ("The earliest traditions told that the stone had come from a temple in the east.", "tell"),
    ("It was said that the house had stood empty for twenty years.", "say"),
])
def test_narration_reports_only_what_someone_says(sentence: str, lemma: str) -> None:
    kinds = _kinds_after(sentence)
    assert kinds.count(("indirect", "say")) == 1  # his friends' report, and no other
    assert all(v != lemma for _, v in kinds) or lemma == "say"


def test_dialogue_with_the_tags_of_fiction_reads_as_narrative() -> None:
    """A story told mostly in dialogue has little narration to count the past tense in; "she cried",
    "murmured Lord Henry" (speech_verbs.tsv use "l") say what it is, where there are few figures."""
    talk = ("“You are too charming to go in for philanthropy,” murmured Lord Henry, dipping his brush. "
            "“I can sympathise with everything except suffering,” cried Dorian, looking at the garden. "
            "The light moves across the lawn and the bees drone in the long grass by the wall, and Dorian "
            "seems to think that the garden is lovely. ") * 15
    quotes = [q for q in quoteattr.extract(talk) if q.open_mark is not None and q.close_mark is not None]
    spans = [(q.open_mark.start, q.close_mark.end) for q in quotes]
    assert genre.judge(talk, spans) is not True            # the tense alone does not tell
    assert genre.judge(talk, spans, literary=3) is True     # three such tags do
    figures = talk + "The fund grew 4.5 percent to $310 million in 2023, up from 2022. " * 12
    assert genre.judge(figures, spans, literary=3) is not True
    # the pipeline counts the tags itself: a story's narration reports with verbs of speech only
    assert not [q for q in quoteattr.extract(talk) if q.kind != "direct"]


@pytest.mark.parametrize("sentence", [
    "They said nothing, but her brother slowly filled his pipe and lit it.",   # an answer, then a clause
    "When she had said goodbye she had put up her veil to kiss him.",          # a greeting
    "He explained his process of deduction with great patience.",              # a noun phrase, no clause
    "I announced my name to the servant at the door.",
    "Riding was an indulgence which she allowed herself in spite of scruples.",  # a relative pronoun alone
])
def test_what_narration_reports_has_the_shape_of_a_clause(sentence: str) -> None:
    kinds = _kinds_after(sentence)
    assert kinds.count(("indirect", "say")) == 1 and len(kinds) == 1, kinds  # his friends' report only


@pytest.mark.parametrize("sentence", [
    "She said it was a mean practice and she wouldn't have it.",      # a bare clause
    "Her father replied that he had not.",
    "She told her brother his private meeting with the bishop was no secret.",  # a finite verb later on
])
def test_narration_reports_a_clause(sentence: str) -> None:
    kinds = _kinds_after(sentence)
    assert len(kinds) == 2, kinds


def test_a_narrative_with_the_figures_of_news_keeps_what_its_verbs_report() -> None:
    """The clause shape is asked of fiction only: a past-tense news story (dates and figures in it) that
    reads as narrative keeps a report of a noun phrase, as news annotation counts it."""
    story = (_NOVEL + "It was the spring of 1846, and of 1847. He explained his process of deduction with great "
             "patience. His friends said that he was at Geneva.\n")
    assert genre.narrative(story) and genre.digit_rate(story) >= 1.0
    assert [v for _, v in [(q.kind, q.verb.lemma if q.verb else None) for q in quoteattr.extract(story)]] \
        == ["explain", "say"]


# a political report in the past tense, few figures: by its tense alone it reads as a story
_PAST_REPORT = (
    "The senator had spent the summer on the campaign trail, and the speech on Friday was his first since "
    "the convention. His spokesman said the statement had been planned for weeks. Republican officials were "
    "quiet, and the administration had no comment. The president was in Ohio, where reporters had asked him "
    "about the election. "
) * 8


def test_news_in_the_past_tense_with_the_words_of_news_is_no_story() -> None:
    from quoteattr.lexicon import load

    words = load("en").news_words
    assert "percent" in words and "spokesman" in words  # (data: lexicons/en/news_words.txt)
    assert genre.judge(_PAST_REPORT) is True  # the tense alone says story
    assert genre.judge(_PAST_REPORT, news_words=words) is False
    assert genre.news_rate(_PAST_REPORT, words) >= genre.MIN_NEWS
    assert genre.judge(_NOVEL, news_words=words) is True  # a novel's narration holds none
    # and so the pipeline reads its reported speech as news does: a belief is reported too
    text = _PAST_REPORT + "Party officials believed that the senator would win the primary.\n"
    assert any(q.verb is not None and q.verb.lemma == "believe" for q in quoteattr.extract(text))
