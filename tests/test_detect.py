"""The quote-span detector on its own: conventions, recovery, bounds."""

from __future__ import annotations

import pytest

import quoteattr
from quoteattr.detect import detect
from quoteattr.tokenize import analyse, paragraph_spans


def spans(text: str) -> list[str]:
    return [text[q.start:q.end] for q in detect(analyse(text))]


def test_dominant_convention_is_detected() -> None:
    single = "'Go,' said A. 'Now,' said B. 'Why?' asked C. He said \"no\" once."
    assert spans(single)[:3] == ["Go,", "Now,", "Why?"]
    double = "\"Go,\" said A. 'Tis late, and the boys' caps are wet."
    assert spans(double) == ["Go,"]


def test_a_stray_mark_costs_at_most_its_paragraph() -> None:
    text = "He wrote “hello and never closed it.\n\n“Next,” she said.\n\n“Last,” he said."
    found = spans(text)
    assert found[-2:] == ["Next,", "Last,"]


def test_unclosed_paragraph_initial_quote_is_kept_with_low_confidence() -> None:
    text = "“This goes on and on\n\nThe end."
    qs = detect(analyse(text))
    assert [text[q.start:q.end] for q in qs] == ["This goes on and on"]
    assert qs[0].confidence < 0.9


@pytest.mark.parametrize("mark", ['"', "“", "'", "”", "«"])
def test_runs_of_marks_do_not_blow_up(mark: str) -> None:
    text = mark * 5000
    for q in detect(analyse(text)):
        assert 0 <= q.start <= q.end <= len(text)


def test_paragraphs_follow_blank_lines_or_lines() -> None:
    assert paragraph_spans("a\nb\n\nc") == [(0, 3), (5, 6)]
    assert paragraph_spans("a\nb") == [(0, 1), (2, 3)]
    assert paragraph_spans("") == [(0, 0)]


def test_an_editors_note_in_brackets_over_several_paragraphs_is_one() -> None:
    note = "[Illustration:\n\n“He came down to see the place”\n\n[_Copyright 1894 by George Allen._]]"
    text = f"She sat down.\nHe left.\n\n{note}\n\nThey went in.\n\n[A note that never closes.\n\nThe end."
    assert [text[s:e] for s, e in paragraph_spans(text)] == [
        "She sat down.\nHe left.", note, "They went in.", "[A note that never closes.", "The end."]


def test_a_pictures_label_at_the_head_of_a_paragraph_is_a_paragraph_of_its_own() -> None:
    # an illustrated edition's "[Picture: Candle]" before the speech it illustrates: the label is no part of
    # the quotation (nor the sentence a report's clause opens with)
    speech = "“Now you go and get me my hammer, Will,” he\nwould shout; “and you bring me the rule.”"
    text = f"He took off his coat.\n\n[Picture: Candle] {speech}\n\n[Picture: Dog]\n\nHe left."
    assert [text[s:e] for s, e in paragraph_spans(text)] == [
        "He took off his coat.", "[Picture: Candle]", speech, "[Picture: Dog]", "He left."]
    assert [(q.kind, q.text) for q in quoteattr.extract(text)] == [
        ("direct", "Now you go and get me my hammer, Will,"), ("direct", "and you bring me the rule.")]
    # brackets that are no label ("[He] said", "[T]he") leave their paragraph whole
    for line in ("[Trump] is a liar, she said.", "[T]he plan: dead.", "[Note: unclosed and more"):
        assert [line[s:e] for s, e in paragraph_spans(line)] == [line]


def test_long_lines_are_paragraphs_even_where_blank_lines_separate_some() -> None:
    # news that separates paragraphs by a blank line here and by one line break there
    one = "The mayor spoke for an hour about the bridge, the budget and the new school on the hill above the town."
    two = "“We will open it in May,” she said, and the room applauded for a long time before the next question."
    text = f"Headline\n\n{one}\n{two}\n\n{one}"
    assert [text[s:e] for s, e in paragraph_spans(text)] == ["Headline", one, two, one]
    # hard-wrapped lines (under 100 characters) still join into the paragraph they wrap
    wrapped = "The mayor spoke for an hour about the bridge,\nthe budget and the new school.\n\nShe left."
    assert [wrapped[s:e] for s, e in paragraph_spans(wrapped)] == [
        "The mayor spoke for an hour about the bridge,\nthe budget and the new school.", "She left."]


def test_multi_paragraph_parts_share_a_group() -> None:
    text = "“One.\n\n“Two.\n\n“Three.”"
    qs = detect(analyse(text))
    assert [text[q.start:q.end] for q in qs] == ["One.", "Two.", "Three."]
    assert len({q.group for q in qs}) == 1



@pytest.mark.parametrize("text, parts", [
    # a verse line quoted inside the speech, and no mark to open the paragraphs after it (Austen, Carroll)
    ("“It ought to flow.\n\n      The course of true love never did run smooth--\n\nA note on that passage.”",
     ["It ought to flow.", "The course of true love never did run smooth--", "A note on that passage."]),
    ("“When he came to the line,\n\n   ‘There’s Another, not a sister,’\n\nhe looked right at you.”",
     ["When he came to the line,", "‘There’s Another, not a sister,’", "he looked right at you."]),
    ("“The motor-car went Poop-poop-poop,\n    As it raced along the road.\n\nO, how clever I am!”",
     ["The motor-car went Poop-poop-poop,\n    As it raced along the road.", "O, how clever I am!"]),
])
def test_a_quotation_runs_on_to_its_closer_over_unmarked_verse(text: str, parts: list[str]) -> None:
    qs = detect(analyse(text))
    assert [text[q.start:q.end] for q in qs] == parts
    assert len({q.group for q in qs}) == 1
    assert qs[0].open_mark is not None and qs[-1].close_mark is not None
    assert all(q.open_mark is None for q in qs[1:])


@pytest.mark.parametrize("text, parts", [
    # not where the paragraph between is prose of some length, nor where the next mark opens a quotation
    ("“It ought to flow.\n\n" + "The lamps were lit and the room was warm and quiet. " * 5 + "\n\nA note.”",
     ["It ought to flow."]),
    ("He said “it ought to flow.\n\nThe end.\n\n“Next,” she said.", ["Next,"]),
])
def test_no_run_on_past_prose_or_to_an_opener(text: str, parts: list[str]) -> None:
    assert spans(text) == parts

def _story(open_: str, close: str, n: int) -> str:
    lines = []
    for i in range(n):
        lines.append(f"{open_}We walked for {i} miles,{close} said Ann. {open_}It was a long road.{close}\n\n")
        lines.append("The hills were grey and the wind came down from them all that afternoon and evening.\n\n")
    return "".join(lines)


def test_a_stretch_with_a_convention_of_its_own_keeps_it() -> None:
    """A file holding a long story in double marks and then a long one in single marks: each stretch
    with a clear convention of its own is paired in it (where the two meet, the stretch of text that
    holds both may lose some quotations of the one it has fewer of)."""
    first = _story("“", "”", 150)
    second = _story("‘", "’", 300)
    text = first + second
    assert len(first) > 20000 and len(second) > 40000
    got = {q.start for q in detect(analyse(text))}
    want = [i + 1 for i in range(len(text)) if text.startswith("‘It was a long road.’", i) and i >= 2 * 20000]
    assert len(want) > 150 and all(i in got for i in want)
    before = [i + 1 for i in range(20000) if text.startswith("“It was a long road.”", i)]
    assert len(before) > 100 and all(i in got for i in before)
    # a short aside in single marks inside a double-mark document stays inside its quotation
    aside = "“He wrote ‘Never again’ on the wall,” said Ann.\n\n"
    found = [t[q.start:q.end] for t in [first + aside] for q in detect(analyse(t))]
    assert "He wrote ‘Never again’ on the wall," in found


@pytest.mark.parametrize("text, words", [
    ("Here was a type of the travelling canvasser, a class which at that time was first being dubbed by the\n"
     "“drummers.” He was of the order of men who wore good clothes.\n\nShe looked at him.\n", "drummers."),
    ("At the rear of the house, upstairs, was a bleak little chamber, called\n“the girl's room,” and in it "
     "lived a servant.\n\nThe house was large.\n", "the girl's room,"),
])
def test_a_phrase_quoted_after_a_hard_wrapped_line_break_is_inside_its_sentence(text: str, words: str) -> None:
    # a line break inside a paragraph is a hard wrap: the quotation opens mid-sentence, a phrase named
    assert all(q.text != words or q.kind != "direct" for q in quoteattr.extract(text))


@pytest.mark.parametrize("text, expected", [
    # a closing straight mark set after a space, before the dash of an interruption
    ('"I know all his faults. I\'d even say "--she looked at the lagoons--"that he is not honest."',
     ["I know all his faults. I'd even say", "that he is not honest."]),
    # a quotation that opens with a dash still opens
    ('He paused. "--and then the rain came," she said.', ["--and then the rain came,"]),
])
def test_a_straight_mark_between_a_space_and_a_dash_opens_or_closes(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a paragraph opened with straight marks holds a pair of curly ones, and runs on to its end
    ('Partial transcript:\n\n"PENCE: Well, she thinks this is an episode of “Shark Tank.” But it is serious.\n\n'
     '"WALLACE: Do you see those two as equal?',
     ["PENCE: Well, she thinks this is an episode of “Shark Tank.” But it is serious.",
      "WALLACE: Do you see those two as equal?"]),
    # and the other way round: curly marks around straight ones
    ('“He called it a "hoax" and left it there,” Mary said.', ['He called it a "hoax" and left it there,']),
    # a doubled opening mark nests nothing: the second mark opens the quotation
    ('"“If I was a donor, I’d want answers,” a prominent donor said.', ["If I was a donor, I’d want answers,"]),
    # an opener in the middle of a paragraph that never closes is still a stray
    ('He wrote "hello and then “Go home,” she said.', ["Go home,"]),
])
def test_a_quotation_in_the_other_glyphs_of_its_family_is_nested(text: str, expected: list[str]) -> None:
    assert spans(text) == expected
