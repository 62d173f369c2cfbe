"""Reported speech by rules (quoteattr.reported): frames, speakers, exclusions, offsets."""

from __future__ import annotations

import json
import pathlib
from typing import Optional

import pytest

import quoteattr
from quoteattr import detect as _detect
from quoteattr.document import Document
from quoteattr.frames import Item, Reported
from quoteattr.pipeline import Extractor, _frame_all
from quoteattr.reported import find_reported, reporting_lexicon

_EX = Extractor()
_PAT = _EX._pat


def _framed(text: str) -> tuple[Document, list[Item]]:
    """The document of ``text`` and its direct-quote candidates, framed: what find_reported is given."""
    doc = _EX.document(text)
    raws = _detect.detect(doc, dialogue_dashes=True)
    items = [Item(r.start, r.end, r.open_mark, r.close_mark, r.group, r.paragraph, r.confidence, r.dash)
             for r in raws]
    return doc, _frame_all(doc, items, _PAT)


def _run(text: str) -> list[Reported]:
    doc, items = _framed(text)
    out = find_reported(doc, items, _PAT)
    for r in out:  # offsets are sacred
        assert 0 <= r.start < r.end <= len(text)
        if r.mention is not None:
            assert text[r.mention.start:r.mention.end] == r.mention.text
        if r.verb is not None:
            assert text[r.verb[0]:r.verb[1]] == r.verb[2]
    return out


def _one(text: str, content: str) -> Reported:
    found = [r for r in _run(text) if text[r.start:r.end] == content]
    assert found, f"{content!r} not among {[text[r.start:r.end] for r in _run(text)]}"
    return found[0]


def test_said_that_clause_with_name_subject() -> None:
    text = "The harbour master said that the ferries would resume on Friday."
    r = _one(text, "that the ferries would resume on Friday")  # the complementizer stays in (PolNeAR)
    assert r.kind == "indirect"
    assert r.mention is not None and r.mention.kind == "nominal" and "master" in r.mention.text
    assert r.verb is not None and r.verb[3] == "say"


def test_pronoun_subject_and_bare_clause() -> None:
    text = "Maria Okafor runs the mill. She insisted the strike had cost nothing."
    r = _one(text, "the strike had cost nothing")
    assert r.mention is not None and r.mention.kind == "pronoun" and r.mention.text == "She"
    assert r.verb is not None and r.verb[3] == "insist"


def test_told_object_and_date_before_that() -> None:
    text = "Governor Ellen Marsh told reporters on Monday that the budget was balanced."
    r = _one(text, "that the budget was balanced")
    assert r.mention is not None and r.mention.kind == "name" and "Marsh" in r.mention.text
    assert r.verb is not None and r.verb[2] == "told"


def test_adverbial_gap_before_that() -> None:
    text = "The harbour master said on Monday that the ferries would resume on Friday."
    r = _one(text, "that the ferries would resume on Friday")
    assert r.verb is not None and r.verb[2] == "said"
    assert [text[x.start:x.end] for x in _run(text)] == ["that the ferries would resume on Friday"]


def test_asked_whether_clause() -> None:
    text = "The moderator asked whether the council would reopen the library."
    r = _one(text, "whether the council would reopen the library")
    assert r.mention is not None and "moderator" in r.mention.text
    assert r.verb is not None and r.verb[3] == "ask"


def test_participle_takes_the_sentence_subject() -> None:
    text = "On Tuesday, Ines Varga went further, endorsing three candidates for the school board."
    r = _one(text, "three candidates for the school board")
    assert r.mention is not None and r.mention.text == "Ines Varga"
    assert r.verb is not None and r.verb[2] == "endorsing"


def test_coordinated_verb_takes_the_sentence_subject() -> None:
    text = "The chief paused and declared that the inquiry was over."
    r = _one(text, "that the inquiry was over")
    assert r.mention is not None and "chief" in r.mention.text


def test_no_sentence_subject_no_participle_quote() -> None:
    # the participle's subject is unclear (no subject at the sentence start): nothing is reported
    assert _run("Quickly and quietly, without anyone noticing, endorsing the plan.") == []


def test_appositive_subject() -> None:
    text = "Tom Reyes, the county treasurer, said the fund had lost a third of its value."
    r = _one(text, "the fund had lost a third of its value")
    assert r.mention is not None and r.mention.text == "Tom Reyes"


def test_sentence_final_tag_without_quote_marks() -> None:
    text = "The bridge will stay closed until the spring, a city spokesman said."
    r = _one(text, "The bridge will stay closed until the spring")
    assert r.mention is not None and r.mention.kind == "nominal" and "spokesman" in r.mention.text
    assert r.verb is not None and r.verb[3] == "say"


def test_according_to_before_and_after() -> None:
    text = ("According to the transit authority, ridership fell by half. "
            "Fares will rise next year, according to Dana Whitfield.")
    a = _one(text, "ridership fell by half")
    assert a.verb is not None and a.verb[3] == "according to"
    assert a.mention is not None and a.mention.text == "the transit authority"
    b = _one(text, "Fares will rise next year")
    assert b.mention is not None and b.mention.text == "Dana Whitfield"


def test_to_infinitive_frame() -> None:
    text = "The new mayor vowed to rebuild the market within a year."
    r = _one(text, "to rebuild the market within a year")
    assert r.verb is not None and r.verb[3] == "vow"


def test_participle_shares_the_subject_and_cuts_the_first_clause() -> None:
    text = "Ravi Patel announced his plan to run for the senate, vowing to fight for rural clinics."
    first = _one(text, "his plan to run for the senate")
    second = _one(text, "to fight for rural clinics")
    assert first.mention is not None and second.mention is not None
    assert second.mention.text == first.mention.text == "Ravi Patel"


def test_negated_speech_is_left_out() -> None:
    assert _run("The agency did not say that the plant was safe.") == []
    assert _run("The minister has never claimed the data were complete.") == []
    # a refusal to speak reports nothing: "declined to comment" has no content
    assert _run("The company declined to comment on the lawsuit.") == []


def test_speech_noun_object_is_left_out() -> None:
    assert _run("The crowd applauded the remarks.") == []


def test_quoted_fragment_makes_it_mixed() -> None:
    text = "Senator Alma Ruiz said the proposal was “dead on arrival” in the House."
    r = _one(text, "the proposal was “dead on arrival” in the House")
    assert r.kind == "mixed"


def test_direct_quote_is_not_reported_again() -> None:
    text = "The coach said: “We played well and we will win the next one.”"
    q0 = text.index("“")
    for r in _run(text):
        assert r.end <= q0 or r.start >= text.index("”") + 1


def test_reported_clause_stops_before_a_direct_quote() -> None:
    text = "He said the talks had failed. “Nobody listened to us,” he added."
    r = _one(text, "the talks had failed")
    assert r.mention is not None and r.mention.text == "He"
    q0 = text.index("“")
    assert all(x.end <= q0 for x in _run(text) if x.start < q0)


def test_modal_is_not_reported_speech() -> None:
    assert _run("Voters must decide that the levy is fair.") == []


def test_empty_and_no_verbs() -> None:
    assert _run("") == []
    assert _run("The river rose overnight and the roads closed.") == []


def test_lexicon_is_data() -> None:
    lex = reporting_lexicon("en")
    assert "say" in lex.frames and "a" in lex.frames["say"] and "c" in lex.frames["say"]
    assert lex.form_lemma["said"] == "say"
    assert "decline" not in lex.frames and "refuse" not in lex.frames


_DEV = pathlib.Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear.dev.jsonl"


@pytest.mark.skipif(not _DEV.exists(), reason="PolNeAR dev data (../shared/data) is not available here")
def test_polnear_dev_sample_offsets_and_overlap() -> None:
    """On real news: offsets hold and no reported span overlaps a direct quotation."""
    with _DEV.open(encoding="utf-8") as fh:
        docs = [json.loads(line) for _, line in zip(range(8), fh)]
    n = 0
    for d in docs:
        text = d["text"]
        doc = _EX.document(text)
        raws = _detect.detect(doc, dialogue_dashes=True)
        items = [Item(r.start, r.end, r.open_mark, r.close_mark, r.group, r.paragraph, r.confidence, r.dash)
                 for r in raws]
        items = _frame_all(doc, items, _PAT)
        direct = [(it.start, it.end) for it in items if not it.fragment]
        for r in find_reported(doc, items, _PAT):
            n += 1
            assert r.kind in ("indirect", "mixed")
            assert not any(s < r.end and r.start < e for s, e in direct)
    assert n > 20


@pytest.mark.parametrize("text, speaker, content", [
    ("Senator Ada Brill on Tuesday said that the bridge would close in May.", "Ada Brill",
     "that the bridge would close in May"),
    ("Mayor Tomas Vell last week also said the budget was balanced.", "Tomas Vell", "the budget was balanced"),
    ("Kasimir Lund (who has led the union since 2009) said the strike would go on.", "Kasimir Lund",
     "the strike would go on"),
])
def test_subject_before_a_time_phrase_or_parenthesis(text: str, speaker: str, content: str) -> None:
    r = _one(text, content)
    assert r.mention is not None and speaker in r.mention.text


@pytest.mark.parametrize("text, content", [
    ("The minister said the port would reopen soon, though the harbour was still closed.",
     "the port would reopen soon"),
    ("Ines Varro said the plan had support in the council, which meets again on Friday.",
     "the plan had support in the council"),
])
def test_content_stops_at_the_writers_own_clause(text: str, content: str) -> None:
    _one(text, content)


@pytest.mark.parametrize("text, speaker, content", [
    ("Vance: The port will not reopen this year.\n\nThe minister spoke in Oslo.", "Vance",
     "The port will not reopen this year"),
    ("HARLOW: Well, I think the council has to listen to the farmers first.\n\nREED: Thank you.", "HARLOW",
     "Well, I think the council has to listen to the farmers first"),
    # an interview published in markdown, its labels in bold
    ("**HARLOW:** Well, I think the council has to listen to the farmers first.\n\n**REED:** Thank you.", "HARLOW",
     "Well, I think the council has to listen to the farmers first"),
    ("**Harlow**: The port will not reopen this year.\n\nThe minister spoke in Oslo.", "Harlow",
     "The port will not reopen this year"),
])
def test_a_name_and_a_colon_lead_a_paragraph(text: str, speaker: str, content: str) -> None:
    r = _one(text, content)
    assert r.mention is not None and r.mention.text == speaker


def test_participle_after_an_inverted_tag_with_an_appositive_is_the_tags_speaker() -> None:
    # never the subject inside the quotation that opens the sentence ("We")
    text = ('"We regret this decision," said Anna Berg, a spokeswoman for Nordic Steel, adding that talks with the '
            'unions would begin on Monday.')
    r = _one(text, "that talks with the unions would begin on Monday")
    assert r.mention is not None and r.mention.text == "Anna Berg"


def test_transcript_turns_set_as_one_block_stop_at_the_next_label() -> None:
    # a script or a transcript in a text whose paragraphs are blank-line blocks: each labelled line is a turn
    text = ("The lights come up.\n\nMARGO: You kept the keys all this time,\nand never said a word.\n"
            "DEV: They were never mine to give back.\n\nMARGO: Then whose were they?")
    got = [(text[r.start:r.end], r.mention.text if r.mention else None) for r in _run(text)]
    assert got == [("You kept the keys all this time,\nand never said a word", "MARGO"),
                   ("They were never mine to give back", "DEV"),
                   ("Then whose were they?", "MARGO")]


def test_a_transcript_set_in_quotation_marks_gives_each_turn_to_its_label() -> None:
    # a transcript quoted paragraph by paragraph, each paragraph opened and none closed, one turn running on
    # over two paragraphs; the words start after the label, which is the speaker's mention
    import quoteattr

    text = ('Governor Mike Pence spoke to the host on Sunday. Partial transcript as follows:\n\n'
            '"WALLACE: Will she be there tomorrow night?\n\n'
            '"PENCE: She will not be attending. This is not “Shark Tank.” It is serious business.\n\n'
            '"And that is why we will win.\n\n'
            '"WALLACE: Governor, I want to try to get one more in.\n\n'
            '"NOTE: This transcript has been edited.')
    got = [(q.kind, q.text, q.speaker and q.speaker.name,
            q.speaker and q.speaker.start is not None and text[q.speaker.start:q.speaker.end])
           for q in quoteattr.extract(text)]
    assert got[:4] == [
        ("direct", "Will she be there tomorrow night?", "WALLACE", "WALLACE"),
        ("direct", "She will not be attending. This is not “Shark Tank.” It is serious business.", "Mike Pence",
         "PENCE"),
        ("direct", "And that is why we will win.", "Mike Pence", "PENCE"),
        ("direct", "Governor, I want to try to get one more in.", "WALLACE", "WALLACE"),
    ]
    # a label that names no speaker stays in the words
    assert got[4][1] == "NOTE: This transcript has been edited." and got[4][2] != "NOTE"


@pytest.mark.parametrize("text", [
    "Note: the figures are rounded.\n\nThe minister spoke in Oslo.",
    "Chapter 3: The Harbour\n\nThe minister spoke in Oslo.",
    "Breaking: The harbour bridge has been closed to traffic.\n\nThe minister spoke in Oslo.",
    "Contributing: Dana Whitfield and Ines Varro\n\nThe minister spoke in Oslo.",
    "Revealed: What the port authority knew about the flood\n\nThe minister spoke in Oslo.",
])
def test_labels_that_are_no_speakers(text: str) -> None:
    assert not [r for r in _run(text) if r.start < text.index("\n")]


@pytest.mark.parametrize("text, content, verb", [
    ("Mayor Ines Ortiz said that whatever the council decides, “we will keep the library open.”",
     "that whatever the council decides, “we will keep the library open.”", "said"),
    ("Coach Ben Amari says no matter what the league does, “our team plays on Sunday.”",
     "no matter what the league does, “our team plays on Sunday.”", "says"),
])
def test_a_tag_whose_clause_holds_the_quotation_is_mixed(text: str, content: str, verb: str) -> None:
    """The quotation is a fragment of the reported clause: one mixed quotation from the clause's first word
    to the closing mark, with the tag's speaker and verb; the quoted part is not reported again."""
    import quoteattr

    quotes = quoteattr.extract(text)
    assert [(q.kind, q.text) for q in quotes] == [("mixed", content)]
    q = quotes[0]
    assert q.verb is not None and q.verb.text == verb and q.speaker is not None and q.speaker.start < q.verb.start
    # an adjunct of the tag is no clause: the quotation stays direct
    direct = quoteattr.extract("Mayor Ines Ortiz said in a statement, “We will keep the library open.”")
    assert [(q.kind, q.text) for q in direct] == [("direct", "We will keep the library open.")]
    # and asked for direct quotations only, the quotation is one
    only = quoteattr.extract(text, kinds=("direct",))
    assert [q.kind for q in only] == ["direct"]


@pytest.mark.parametrize("text, content, speaker, verb", [
    # a quotation that opens the paragraph: the tag comes after the clause it opens
    ("The senator spoke for an hour.\n\n“The only way Wall Street will change is jail time” for criminal "
     "conduct, Dana Whitfield said.",
     "“The only way Wall Street will change is jail time” for criminal conduct", "Dana Whitfield", "said"),
    # after a tag and a comma
    ("The lawyers said, “All roads lead to the same conclusion” that the mayor may stand again.",
     "“All roads lead to the same conclusion” that the mayor may stand again", "The lawyers", "said"),
    # a phrase quoted right after the verb: the clause goes on past the closing mark, up to the comma
    ("Mayor Ines Ortiz declared “a total disaster” for the city, and left.",
     "“a total disaster” for the city", "Ines Ortiz", "declared"),
    ("Coach Ben Amari says “whatever the owners decide, it is a two-team race” between the Hawks and the Owls.",
     "“whatever the owners decide, it is a two-team race” between the Hawks and the Owls", "Ben Amari", "says"),
    # and takes in a second quoted phrase before the sentence's end
    ("Coach Ben Amari says “the wind is at our backs” despite the “very bad loss” in Leeds.",
     "“the wind is at our backs” despite the “very bad loss” in Leeds", "Ben Amari", "says"),
])
def test_a_quoted_phrase_whose_clause_goes_on_is_one_mixed_quotation(text: str, content: str, speaker: str,
                                                                       verb: str) -> None:
    """The closing mark of a phrase that ends in no punctuation, then a word that goes on with the clause
    (lexicons/en/continuations.txt): the quoted words are part of a longer clause, one mixed quotation up to
    the next comma or the sentence's end."""
    import quoteattr

    quotes = quoteattr.extract(text)
    assert [(q.kind, q.text) for q in quotes] == [("mixed", content)]
    q = quotes[0]
    assert q.speaker is not None and q.speaker.name == speaker
    assert q.verb is not None and q.verb.text == verb


# a story (judged so: past-tense narration, tags), in which a quoted word is followed by how it was said
_SCHOOL_STORY = (
    "The schoolhouse stood at the end of the lane, and every morning the children walked there together "
    "through the orchard. Anne had never liked the walk in winter, when the snow was deep and the wind came "
    "off the bay, but in May it was the best part of the day. Diana always waited for her at the gate, and "
    "the two girls talked the whole way about the books they had read and the things they would do when "
    "they were grown.\n\n"
    "That morning the teacher was late. The older boys had climbed onto the roof of the woodshed, and the "
    "girls were sitting on the steps with their dinner pails beside them. Gilbert had brought a frog in his "
    "pocket, and he put it on the teacher's desk while nobody was looking. When the teacher came in at last "
    "she did not see it at first. She hung up her coat, she took off her gloves, and she opened the big "
    "register to call the names.\n\n"
    "Then the frog jumped. Everybody said “Oh” in horrified delight. Diana gasped and Ruby hid her face in "
    "her hands. The teacher stood quite still for a moment, and then she looked at the boys on the back "
    "bench, one after another, until Gilbert turned red.\n\n"
    "“Who did this?” she asked.\n\n"
    "Nobody answered. The room was so quiet that they could hear the clock on the wall and the bees in the "
    "lilac outside the window.\n\n"
    "“I did,” said Gilbert at last. “It was only a joke.”\n\n"
    "“Then you will stay after school,” said the teacher, “and you will carry the frog back to the brook "
    "where you found it.”\n\n"
    "Anne thought that was fair, and she said so to Diana on the way home. Diana was not so sure. She had "
    "seen the teacher smile when she turned to the blackboard, and she had decided that grown people were "
    "harder to understand than frogs. They walked slowly, because the evening was warm and the orchard was "
    "in bloom, and they did not reach the gate until the sun had gone down behind the hill.\n"
)


@pytest.mark.parametrize("text, kind, content", [
    # the sentence goes on with a verb of its own after "and": the quotation ends at its mark
    ("The senator emailed supporters, saying “The struggle continues” and vowing to compete.",
     "direct", "The struggle continues"),
    # punctuation inside the marks ends the quotation
    ("“We will keep the library open,” in the words of Mayor Ines Ortiz.", "direct",
     "We will keep the library open,"),
    # in a story, what follows tells how it was said
    (_SCHOOL_STORY, "direct", "Oh"),
])
def test_a_quoted_phrase_stays_as_it_is(text: str, kind: str, content: str) -> None:
    import quoteattr

    found = [(q.kind, q.text) for q in quoteattr.extract(text)]
    assert (kind, content) in found
    assert not any(k == "mixed" and content in t and t != content for k, t in found)


def test_a_quotation_in_a_clause_that_is_not_taken_in_is_kept() -> None:
    """'“Stop it” because Tom said …': the clause after the quoted phrase holds the phrase's own tag, so the
    phrase is not stretched over it; the quotation that opens in that clause stays a quotation of its own
    (it was lost: the clause marked it as taken in before the tag check refused to stretch)."""
    import quoteattr

    text = "“Stop it” because Tom said “now” said Mary."
    found = [(q.kind, q.text, q.speaker.name if q.speaker else None) for q in quoteattr.extract(text)]
    assert ("direct", "now", "Mary") in found
    assert all(k == "direct" for k, _, _ in found)


@pytest.mark.parametrize("text, content", [
    ("Spokeswoman Jessica Ditto said she expects the campaign “to continue calling out examples of bias and we "
     "will defend ourselves as we deem necessary.”",
     "she expects the campaign “to continue calling out examples of bias and we will defend ourselves as we deem "
     "necessary.”"),
    ("Senator Bernie Sanders said the party must stop “blaming Mexicans for our problems, and I think that will "
     "bring a lot of those people around.”",
     "the party must stop “blaming Mexicans for our problems, and I think that will bring a lot of those people "
     "around.”"),
])
def test_a_verb_inside_quoted_words_reports_nothing_of_its_own(text: str, content: str) -> None:
    """The quoted words' own verbs ("as we deem necessary", "I think that …") are the speaker's words, quoted:
    no clause of theirs is reported (it ran on over the closing mark), and the clause that holds the quoted
    words takes them whole, one mixed quotation."""
    import quoteattr

    assert [(q.kind, q.text) for q in quoteattr.extract(text)] == [("mixed", content)]


def test_belief_is_reported_but_a_thought_in_narration_is_not() -> None:
    """PolNeAR-style news attributes beliefs ('Officials believe …'); fiction's narration of thoughts is
    no quotation ('She thought she had lost it'), unless an explicit 'that' makes it a report."""
    r = _one("Energy officials believe the plant will reopen in May.", "the plant will reopen in May")
    assert r.mention is not None and r.mention.text == "Energy officials" and r.verb is not None
    assert r.verb[3] == "believe"
    assert _run("She thought she had lost it somewhere on the road.") == []
    r = _one("The senator thinks that the bill will pass.", "that the bill will pass")
    assert r.verb is not None and r.verb[3] == "think"


def test_a_pronoun_with_a_clause_after_a_full_stop_quotation_starts_a_new_sentence() -> None:
    """'… “has kept its word.” She warns that …': "She warns" is the next sentence's frame, not a tag of
    the quotation before it, which stays Ortiz's."""
    import quoteattr

    text = "Mayor Ines Ortiz says the council “has kept its word.” She warns that the state budget would " \
           "“hollow out the city.”"
    quotes = quoteattr.extract(text)
    last = quotes[-1]
    assert (last.kind, last.text) == ("mixed", "that the state budget would “hollow out the city.”")
    assert last.speaker is not None and last.speaker.text == "She" and last.speaker.name == "Ines Ortiz"
    assert last.verb is not None and last.verb.text == "warns"
    first = quotes[0]
    assert first.verb is not None and first.verb.text == "says" and first.start < text.index("“")


def test_sentence_final_tag_with_a_time_or_place() -> None:
    text = "The talks with the union have failed again, Ana Ruiz said Monday in a statement."
    r = _one(text, "The talks with the union have failed again")
    assert r.mention is not None and r.mention.text == "Ana Ruiz"
    assert r.verb is not None and r.verb[2] == "said"


def test_a_participle_with_a_bare_clause_after_a_comma() -> None:
    """'…, saying Ortiz would …' is the sentence subject's report, not an inverted tag '…, said Ortiz.'"""
    text = "Governor Lena Park spoke at a rally in Dayton, saying Mayor Ortiz would close the plant next year."
    r = _one(text, "Mayor Ortiz would close the plant next year")
    assert r.mention is not None and r.mention.text == "Governor Lena Park"
    assert r.verb is not None and r.verb[2] == "saying"


def test_a_second_report_after_and_ends_the_first() -> None:
    text = ("Mayor Ortiz said that the repairs were not finished, and union leaders warned that the bridge "
            "would stay closed until May.")
    first = _one(text, "that the repairs were not finished")
    second = _one(text, "that the bridge would stay closed until May")
    assert first.mention is not None and first.mention.text == "Mayor Ortiz"
    assert second.mention is not None and second.mention.text == "union leaders"


def test_content_that_ends_inside_a_quoted_fragment_keeps_it_whole() -> None:
    text = "Senator Alma Ruiz says the mayor “has a record of keeping her word.” The vote is on Friday."
    r = _one(text, "the mayor “has a record of keeping her word.”")
    assert r.kind == "mixed"


def test_a_participle_after_a_quotations_tag_takes_its_speaker() -> None:
    text = "“We are spending money fast,” the committee member said, adding that small donors may not like it."
    r = _one(text, "that small donors may not like it")
    assert r.mention is not None and r.mention.text == "the committee member"
    assert r.verb is not None and r.verb[2] == "adding"


def test_a_participle_after_before_or_while() -> None:
    text = "Governor Lena Park backed the plan on Monday, before insisting she had the votes in the senate."
    r = _one(text, "she had the votes in the senate")
    assert r.mention is not None and r.mention.text == "Governor Lena Park"


def test_a_relative_clause_reports_for_its_antecedent() -> None:
    """'business leaders who say …': the mention is the relative pronoun (as PolNeAR marks it), the
    speaker's name its antecedent."""
    import quoteattr

    text = "The state faced a backlash from farm groups and business leaders who say the law hurts small towns."
    r = _one(text, "the law hurts small towns")
    assert r.mention is not None and r.mention.text == "who" and r.mention.refers is not None
    assert r.mention.refers.text == "business leaders"
    [q] = quoteattr.extract(text)
    assert q.speaker is not None and q.speaker.name == "business leaders" and q.speaker.text == "who"
    assert text[q.speaker.start:q.speaker.end] == "who"


def test_which_reports_for_an_organisation() -> None:
    text = "The mayor praised the teachers union, which said the cuts would close four schools."
    r = _one(text, "the cuts would close four schools")
    assert r.mention is not None and r.mention.text == "which"
    assert r.mention.refers is not None and r.mention.refers.text == "the teachers union"


def test_a_sentence_that_opens_with_a_quotation_is_not_narration_to_walk_past() -> None:
    """'She said …' after '“…,” said Councillor Ruth Abernathy.' is Ruth Abernathy, not the dateline's
    capitalised place name two sentences back."""
    import quoteattr

    text = ("PORT ELLERY — The last ferry will keep sailing after the council voted on Tuesday.\n\n"
            "“It is the only way home for the night workers,” said Councillor Ruth Abernathy.\n\n"
            "She said the council had underestimated how many workers depend on the crossing.")
    reported = [q for q in quoteattr.extract(text) if q.kind == "indirect"]
    assert [q.speaker.name if q.speaker else None for q in reported] == ["Ruth Abernathy"]


_WRAPPED = ("The trial opened on a grey morning.\n\n"
            "Mr. Hale, the prosecutor, told the jury that the\n"
            "defendant had planned the theft for weeks and had\n"
            "hidden the money in his brother's barn.\n\n"
            "The defence said nothing.\n")


def test_hard_wrapped_clause_runs_on_across_lines() -> None:
    r = _one(_WRAPPED, "that the\ndefendant had planned the theft for weeks and had\n"
                       "hidden the money in his brother's barn")
    assert r.mention is not None and r.verb is not None and r.verb[2] == "told"


def test_hard_wrapped_mention_keeps_its_line_break() -> None:
    text = ("It was late.\n\nAt the meeting the Chief\nConstable said the roads would stay closed until Monday "
            "because of the floods.\n")
    r = _one(text, "the roads would stay closed until Monday because of the floods")
    assert r.mention is not None and "\n" in r.mention.text  # the caller's text, not the unwrapped one


def test_lines_without_blank_lines_stay_paragraphs() -> None:
    # no blank line anywhere: every line is a paragraph, and a clause ends with its line
    text = "The mayor said the bridge\nwould open in May.\n"
    assert [text[r.start:r.end] for r in _run(text)] == ["the bridge"]
    # the same lines with a blank line after them: a hard-wrapped paragraph
    text += "\nOK."
    assert [text[r.start:r.end] for r in _run(text)] == ["the bridge\nwould open in May"]


@pytest.mark.parametrize("text", [
    "a\n\nb\nc",
    "x said that\n\n\ny",
    "He said that it\r\nwas over.\r\n\r\nShe agreed.",
    "\n\n  \n said that \n it was \n\n",
])
def test_unwrapped_keeps_every_offset(text: str) -> None:
    from quoteattr.reported import _unwrapped
    from quoteattr.tokenize import paragraph_spans
    flat = _unwrapped(text, paragraph_spans(text))
    assert len(flat) == len(text)
    assert all(a == b or (a in "\r\n \t" and b == " ") for a, b in zip(text, flat))
    # blank lines (paragraph breaks) survive: every line break that has only blanks up to the next one stays
    for i, ch in enumerate(text):
        if ch == "\n" and text[i + 1:].lstrip(" \t\r").startswith("\n"):
            assert flat[i] == "\n"
    for r in _run(text):
        assert 0 <= r.start < r.end <= len(text)


@pytest.mark.parametrize("text, before, after, speaker", [
    ("Overall, she said, the harbour had never been busier.", "Overall", "the harbour had never been busier",
     "she"),
    ("The mayor, officials said, has grown wary of the plan.", "The mayor", "has grown wary of the plan",
     "officials"),
    ("In particular, Ruth Vance wrote, the ferry fares would have to rise.", "In particular",
     "the ferry fares would have to rise", "Ruth Vance"),
    ("His leverage, they believe, is not going anywhere before the vote.", "His leverage",
     "is not going anywhere before the vote", "they"),
])
def test_a_parenthetical_tag_after_a_short_opening_reports_both_parts(text: str, before: str, after: str,
                                                                      speaker: str) -> None:
    """'A, X said, B.': each part around the tag is content (PolNeAR marks both), however short the first."""
    for content in (before, after):
        r = _one(text, content)
        assert r.mention is not None and r.mention.text == speaker


@pytest.mark.parametrize("text, subject, content", [
    ("The closures appear to have brought some calm to the harbour.", "The closures",
     "to have brought some calm to the harbour"),
    ("Senator Ada Brill seemed ready to give up the fight.", "Senator Ada Brill", "ready to give up the fight"),
    ("A decision is expected in May on the port dispute.", "A decision", "in May on the port dispute"),
    ("The vote is widely expected to pass by a large margin.", "The vote", "to pass by a large margin"),
])
def test_a_hedge_reports_subject_and_predicate_without_a_speaker(text: str, subject: str, content: str) -> None:
    """'X seems …', 'X is expected …': nobody speaks; subject and predicate are two parts of the content."""
    for part in (subject, content):
        r = _one(text, part)
        assert r.mention is None and r.verb is not None


@pytest.mark.parametrize("text, speaker", [
    ("Analysts expect the vote to pass by a large margin.", "Analysts"),
])
def test_an_active_expect_keeps_its_subject_as_speaker(text: str, speaker: str) -> None:
    found = [r for r in _run(text) if r.mention is not None]
    assert found and found[0].mention is not None and found[0].mention.text == speaker
    assert not [r for r in _run(text) if text[r.start:r.end] == speaker]


@pytest.mark.parametrize("text", [
    "On Sunday the governor appeared at a rally in the port town.",
    "Later the minister appeared on television with the mayor.",
])
def test_appearing_somewhere_is_no_hedge(text: str) -> None:
    assert _run(text) == []


@pytest.mark.parametrize("text, content, source", [
    ("The ferry is cleared to sail again, according to the F.A.A.\n\nThe port opened.",
     "The ferry is cleared to sail again", "the F.A.A."),
    ("Two bridges were closed, according to U.S. Census data. The port opened.", "Two bridges were closed",
     "U.S. Census data"),
    ("The mill lost money, according to Millnews.com. The port opened.", "The mill lost money", "Millnews.com"),
    ("According to Mr. Okafor, the ferry will run all winter.", "the ferry will run all winter", "Mr. Okafor"),
    ("The ferry will run all winter, according to the AP. The port opened.", "The ferry will run all winter",
     "the AP"),
    ("According to early results of the survey conducted by the harbour board for the city council and the "
     "regional press, most residents want the ferry.", "most residents want the ferry",
     "early results of the survey conducted by the harbour board for the city council and the regional press"),
])
def test_according_to_a_source_with_dots_or_a_long_name(text: str, content: str, source: str) -> None:
    r = _one(text, content)
    assert r.mention is not None and r.mention.text == source


@pytest.mark.parametrize("text, before, after", [
    ("Ticket sales, according to the harbour board, have doubled since May.", "Ticket sales",
     "have doubled since May"),
    ("Now, according to two people close to the mayor, the council plans a new ferry.", "Now",
     "the council plans a new ferry"),
])
def test_according_to_between_two_parts(text: str, before: str, after: str) -> None:
    for part in (before, after):
        r = _one(text, part)
        assert r.verb is not None and r.verb[3] == "according to"


@pytest.mark.parametrize("text, content", [
    ("The mayor said the old harbour bridge (closed since May) would open in June.",
     "the old harbour bridge (closed since May) would open in June"),
    ("The mayor said the night ferry -- the town's only link to the coast -- would run all winter.",
     "the night ferry -- the town's only link to the coast -- would run all winter"),
    ("The mayor said the night ferry — if the weather holds — will sail on Friday.",
     "the night ferry — if the weather holds — will sail on Friday"),
    # one dash, or a pair that the writer's participle clause follows: the content ends at the first
    ("The mayor said the ferry would run all winter — a promise she made last year too.",
     "the ferry would run all winter"),
    ("The mayor vowed to keep the ferry in service – a plan the council backs – thereby ending the dispute.",
     "to keep the ferry in service"),
])
def test_content_runs_over_asides_in_brackets_or_dash_pairs(text: str, content: str) -> None:
    _one(text, content)


@pytest.mark.parametrize("text, content, speaker", [
    ("A calmer mayor may not be a bad thing, say some councillors, who want the ferry kept.",
     "A calmer mayor may not be a bad thing", "councillors"),
    ("The fund is ten million dollars short, said former harbour master Ed Rendell.",
     "The fund is ten million dollars short", "Ed Rendell"),
    ("The ferry will run all winter, said several observers.", "The ferry will run all winter", "several observers"),
    ("The ferry will run all winter, said Ed Lane on Monday.", "The ferry will run all winter", "Ed Lane"),
    ("The ferry will run all winter, said the board's director, Ana Ruiz, on Monday.",
     "The ferry will run all winter", "the board's director"),
])
def test_an_inverted_tag_names_its_speaker(text: str, content: str, speaker: str) -> None:
    r = _one(text, content)
    assert r.mention is not None and r.mention.text.endswith(speaker)


@pytest.mark.parametrize("text", [
    "The council met on Monday, said the family deserved better.",
    "The ferry lost money last year, saying the fares were too low.",
])
def test_no_inverted_tag_without_a_noun_phrase_after_the_verb(text: str) -> None:
    assert not [r for r in _run(text) if r.frame == "tag"]


@pytest.mark.parametrize("text, content, speaker", [
    ("Six in 10 say the mayor is at least somewhat decisive.", "the mayor is at least somewhat decisive",
     "Six in 10"),
    ("Nearly nine out of 10 said they would vote again.", "they would vote again", "nine out of 10"),
])
def test_a_share_of_those_polled_is_a_subject(text: str, content: str, speaker: str) -> None:
    r = _one(text, content)
    assert r.mention is not None and r.mention.text == speaker


@pytest.mark.parametrize("text, content, speaker", [
    ("The ferry will run all winter, he told reporters.", "The ferry will run all winter", "he"),
    ("The ferry will run all winter, the mayor told The Harbour News on Sunday.",
     "The ferry will run all winter", "the mayor"),
    ("The ferry will run all winter, Ed Lane told the newspaper.", "The ferry will run all winter", "Ed Lane"),
])
def test_a_tag_with_a_verb_of_telling_and_its_hearer(text: str, content: str, speaker: str) -> None:
    r = _one(text, content)
    assert r.mention is not None and r.mention.text == speaker


def test_a_tag_with_its_hearer_and_a_date_reports_no_date() -> None:
    assert [r for r in _run("Ed Lane told the Harbour News on Sunday.") if r.frame != "tag"] == []


@pytest.mark.parametrize("text, content", [
    ("The mayor urged the Harbour Board to keep the ferry running.", "the Harbour Board to keep the ferry running"),
    ("The mayor asked them to keep the ferry running.", "them to keep the ferry running"),
    ("Ed Lane asked Ana Ruiz to stay on.", "Ana Ruiz to stay on"),
    ("The mayor told Ana Ruiz that the ferry would run.", "that the ferry would run"),
])
def test_the_hearer_of_an_appeal_is_part_of_its_content(text: str, content: str) -> None:
    _one(text, content)


@pytest.mark.parametrize("text, content", [
    ("The mayor told Ana Ruiz not to close the pier.", "Ana Ruiz not to close the pier"),
    ("The mayor urged the board not to close the pier.", "the board not to close the pier"),
])
def test_a_negated_infinitive_after_the_hearer_is_content(text: str, content: str) -> None:
    _one(text, content)


def test_a_noun_that_is_a_verb_form_too_reports_nothing() -> None:
    """"She had a sweet voice that everyone loved": *voice* here is a noun (reporting_verbs.tsv reads only
    "voiced" and "voicing"); "The senators voiced concern that …" still reports."""
    assert [q.text for q in quoteattr.extract("She had a sweet voice that everyone loved.")] == []
    text = "The senators voiced concern that the bill is too weak."
    assert [(q.text, q.verb.text if q.verb else None) for q in quoteattr.extract(text)] == [
        ("concern that the bill is too weak", "voiced")]


@pytest.mark.parametrize("text", [
    "She pressed the daisy to her lips.",
    "He was invited to Kellynch Hall.",
    "We asked him to his face.",
    "She told the whole story to Matthew.",
])
def test_a_verb_of_telling_with_to_and_no_infinitive_reports_nothing(text: str) -> None:
    """"pressed the daisy to her lips": "to" opens a place or a receiver, not an appeal's infinitive."""
    assert [text[q.start:q.end] for q in _run(text)] == []


@pytest.mark.parametrize("text, subject, agent", [
    ("The harbour report was released on Tuesday.", "The harbour report", None),
    ("The ferry decision was criticized by Mayor Ines Ortiz at the meeting.", "The ferry decision",
     "Mayor Ines Ortiz"),
    ("Donations were reported in broad ranges.", "Donations", None),
])
def test_a_passive_reports_its_subject(text: str, subject: str, agent: Optional[str]) -> None:
    """'X was released / criticized by Y': what was said is the subject; its speaker is the agent, or no one."""
    r = _one(text, subject)
    assert r.frame == "subj" and r.verb is not None
    assert (r.mention.text if r.mention is not None else None) == agent
    # no content after the verb ("on Tuesday", "by Mayor Ines Ortiz …")
    assert [text[q.start:q.end] for q in _run(text)] == [subject]


def test_a_passive_with_a_complement_of_its_own_reports_both() -> None:
    text = "The ferry captain was accused of ignoring the storm warnings."
    _one(text, "The ferry captain")
    r = _one(text, "of ignoring the storm warnings")
    assert r.mention is None


def test_an_impersonal_passive_keeps_its_clause() -> None:
    text = "It was reported that the ferry would stop running in May."
    assert [text[r.start:r.end] for r in _run(text)] == ["that the ferry would stop running in May"]


@pytest.mark.parametrize("text, content", [
    ("The mayor called for a new ferry to the islands.", "a new ferry to the islands"),
    ("The mayor called on the council to keep the ferry.", "the council to keep the ferry"),
])
def test_a_verbs_particle_stays_out_of_its_content(text: str, content: str) -> None:
    _one(text, content)


@pytest.mark.parametrize("text, content, speaker", [
    ("Some 56 percent of residents polled said they would ride the ferry.", "they would ride the ferry",
     "56 percent of residents polled"),
    ("By big margins, those surveyed say the ferry should run.", "the ferry should run", "those surveyed"),
    ("One in three said the council does not care.", "the council does not care", "One in three"),
    ("42% say they are liberal.", "they are liberal", "42%"),
    ("And Sen. Ada Brill (D-Maine), another incumbent, said she had not decided.", "she had not decided",
     "Sen. Ada Brill"),
])
def test_subjects_of_polls_and_a_name_before_a_bracket(text: str, content: str, speaker: str) -> None:
    r = _one(text, content)
    assert r.mention is not None and r.mention.text == speaker


def test_a_long_relative_clause_between_subject_and_verb() -> None:
    text = ("Ines Varro, who has visited several harbour towns this spring to rally the ferry crews behind the "
            "plan, said the crews were ready to strike.")
    r = _one(text, "the crews were ready to strike")
    assert r.mention is not None and r.mention.text == "Ines Varro"


def test_appearing_by_video_is_no_hedge() -> None:
    assert _run("The governor appeared by video but not in person.") == []


@pytest.mark.parametrize("head", ["network", "board", "lawsuit", "memo"])
def test_a_source_that_is_no_person_heads_a_subject(head: str) -> None:
    text = f"The {head} said the ferry would run all winter."
    r = _one(text, "the ferry would run all winter")
    assert r.mention is not None and r.mention.text == f"The {head}"
    assert head in reporting_lexicon("en").source_nouns and head + "s" in reporting_lexicon("en").source_nouns


@pytest.mark.parametrize("text, content, speaker", [
    ("Many say the ferry will run all winter.", "the ferry will run all winter", "Many"),
    ("Some argue that the ferry will run all winter.", "that the ferry will run all winter", "Some"),
    ("The tycoon said the ferry would run all winter.", "the ferry would run all winter", "The tycoon"),
])
def test_a_quantifier_or_a_listed_source_noun_is_a_subject(text: str, content: str, speaker: str) -> None:
    r = _one(text, content)
    assert r.mention is not None and r.mention.text == speaker


def test_a_quantifier_inside_a_subject_is_no_subject_of_its_own() -> None:
    text = "The mayor and some say the ferry will run."
    assert not [r for r in _run(text) if r.mention is not None and r.mention.text == "some"]


@pytest.mark.parametrize("text, content", [
    ("The ferry, which the mayor said was a disgrace, will run again.", "was a disgrace"),
    ("It is what he calls a disaster for the port.", "a disaster for the port"),
])
def test_a_relative_pronoun_before_the_subject_is_a_part(text: str, content: str) -> None:
    """'which he said was …': the relative pronoun stands for what was said (PolNeAR marks it as a part)."""
    rel = [r for r in _run(text) if r.frame == "rel"]
    assert len(rel) == 1 and text[rel[0].start:rel[0].end] in ("which", "what")
    _one(text, content)


@pytest.mark.parametrize("text", [
    "There is a series in which the candidate discusses fun topics.",
    "The mayor, who said the ferry would run, left early.",
])
def test_no_relative_part_after_a_preposition_or_for_a_relative_subject(text: str) -> None:
    assert not [r for r in _run(text) if r.frame == "rel"]


@pytest.mark.parametrize("text, content, speaker", [
    ("Dockers — and some skippers — say the ferry will run all winter.", "the ferry will run all winter", "Dockers"),
    ("Mary Hale -- a former pilot -- said the ferry would run all winter.", "the ferry would run all winter",
     "Mary Hale"),
    ("Mary Hale—praised by the harbour board as its best pilot—told the crew that the ferry would run.",
     "that the ferry would run", "Mary Hale"),
    ("Mary Hale, 61, a former pilot, said the ferry would run all winter.", "the ferry would run all winter",
     "Mary Hale"),
    ("Later, Mary Hale, 61, a pilot, said the ferry would run all winter.", "the ferry would run all winter",
     "Mary Hale"),
])
def test_a_subject_before_an_aside_in_dashes_or_an_age_and_an_appositive(text: str, content: str,
                                                                         speaker: str) -> None:
    r = _one(text, content)
    assert r.mention is not None and r.mention.text == speaker


def test_no_subject_across_a_dash_pair_with_a_sentence_stop_inside() -> None:
    text = "The ferry - it ran. Late - said the port would close."
    assert not [r for r in _run(text) if r.mention is not None and r.mention.text == "The ferry"]


@pytest.mark.parametrize("text, content, asker", [
    ("Asked whether the ferry would run, the mayor shrugged.", "whether the ferry would run", None),
    ("When asked by a reporter if the ferry would run, the mayor shrugged.", "if the ferry would run",
     "a reporter"),
    ("Asked by Jane Hale on Monday why the ferry stopped, the mayor shrugged.", "why the ferry stopped",
     "Jane Hale"),
    ("And when asked who they trusted, the voters named the mayor.", "who they trusted", None),
    ("The mayor shrugged when asked whether the ferry would run.", "whether the ferry would run", None),
    ("Asked if the ferry is “too slow,” most riders agreed.", "if the ferry is “too slow,”", None),
])
def test_a_question_put_to_the_subject_is_reported(text: str, content: str, asker: Optional[str]) -> None:
    r = _one(text, content)
    assert r.verb is not None and r.verb[3] == "ask"
    assert (r.mention.text if r.mention is not None else None) == asker


def test_a_bare_asked_with_a_subject_is_no_question_without_an_asker() -> None:
    text = "The mayor said she asked whether the ferry would run."
    assert not [r for r in _run(text) if r.frame == "c" and r.mention is None]


@pytest.mark.parametrize("text, content", [
    ("Most riders say the ferry is too slow, compared with 20 percent who say it is too fast.",
     "the ferry is too slow"),
    ("Half said the ferry was late, compared to a third last year.", "the ferry was late"),
])
def test_a_comparison_after_a_poll_answer_is_the_writers(text: str, content: str) -> None:
    _one(text, content)


@pytest.mark.parametrize("text, content, source", [
    ("The race tightened. In a Harbour Times poll released Monday, most riders backed the mayor.",
     "most riders backed the mayor", "a Harbour Times poll released Monday"),
    ("In the mayor's view, the ferry is too slow.", "the ferry is too slow", "the mayor's view"),
])
def test_a_sentence_opening_with_a_poll_reports_its_clause(text: str, content: str, source: str) -> None:
    r = _one(text, content)
    assert r.mention is not None and r.mention.text == source
    assert not [x for x in _run(text) if x.verb is not None and x.verb[2] == "released"]


@pytest.mark.parametrize("text", [
    "In the morning, the ferry left the harbour.",
    "In other words, the ferry is too slow.",
    "Riders said so. Later in a poll, the ferry was too slow.",
])
def test_no_poll_source_without_a_poll_at_the_sentence_start(text: str) -> None:
    assert not [r for r in _run(text) if r.verb is not None and r.verb[3] == "in"]


@pytest.mark.parametrize("text, content, speaker", [
    ("Mayor Hale to Dock Workers: The ferry will run all winter.\n\nThe ferry ran.", "The ferry will run all winter",
     "Mayor Hale"),
    ("Former Pilot Hale at the Harbour Board: Ferry plan is doomed.\n\nIt was.", "Ferry plan is doomed",
     "Former Pilot Hale"),
])
def test_a_headline_label_names_its_source_before_to_or_at(text: str, content: str, speaker: str) -> None:
    r = _one(text, content)
    assert r.mention is not None and r.mention.text == speaker


@pytest.mark.parametrize("text, subject, content", [
    ("The sale is expected to widen the harbour's reach.", "The sale", "to widen the harbour's reach"),
    ("The filings due Sunday night are expected to show a deficit.", "The filings due Sunday night",
     "to show a deficit"),
    ("The change does not seem to help the port.", "The change", "to help the port"),
    ("The new ferry is not expected to run before May.", "The new ferry", "to run before May"),
])
def test_a_hedge_reports_any_subject_and_a_negated_hedge_too(text: str, subject: str, content: str) -> None:
    for part in (subject, content):
        r = _one(text, part)
        assert r.mention is None and r.verb is not None


@pytest.mark.parametrize("text", [
    "When the ferry is expected to arrive, the crowd gathers.",
    "Things that are expected to happen are less surprising.",
    "She described the riders as seeming almost shocked.",
])
def test_no_hedge_subject_after_a_subordinator_or_ending_in_a_relative(text: str) -> None:
    assert not [r for r in _run(text) if r.frame == "subj"]



@pytest.mark.parametrize("text", [
    "A plan unveiled Friday by the harbour board drew crowds.",
    "The letters endorsed on Monday were hard to read.",
    "The mayor praised in May what she called a fine plan.",
])
def test_a_verb_whose_content_is_an_object_has_none_before_a_preposition_or_a_day(text: str) -> None:
    assert not [r for r in _run(text) if r.frame == "n"]


def test_a_verb_with_an_object_still_reports_it() -> None:
    r = _one("The board unveiled a plan to rebuild the pier.", "a plan to rebuild the pier")
    assert r.frame == "n"


@pytest.mark.parametrize("text, content, speaker", [
    ("During Tuesday's debate, Mary Hale made a call for an end to ferry fees, calling them a tax on the poor.",
     "them a tax on the poor", "Mary Hale"),
    ("On Monday, the mayor made a plea for lower fees, calling them a tax on the poor.",
     "them a tax on the poor", "the mayor"),
])
def test_a_participle_after_a_comma_shares_its_clauses_subject(text: str, content: str, speaker: str) -> None:
    r = _one(text, content)
    assert r.mention is not None and r.mention.text == speaker


def test_who_was_asked_is_no_speaker() -> None:
    r = _one("Mary Hale was asked whether the ferry would run.", "whether the ferry would run")
    assert r.mention is None and r.verb is not None and r.verb[3] == "ask"
    r = _one("Mary Hale asked whether the ferry would run.", "whether the ferry would run")
    assert r.mention is not None and r.mention.text == "Mary Hale"


@pytest.mark.parametrize("text, content", [
    ("And while he said he would rebuild the pier, he clarified that it would cost more.",
     "he would rebuild the pier"),
    ("The plan needs votes, and while she said she would back it, it may still fail.", "she would back it"),
])
def test_a_report_inside_a_concessive_clause_ends_at_its_comma(text: str, content: str) -> None:
    _one(text, content)


def test_a_report_after_a_relative_when_runs_on() -> None:
    text = "It came in May, when he said the pier, long closed, would open."
    _one(text, "the pier, long closed, would open")


@pytest.mark.parametrize("text, subject, content", [
    ("The harbour team appeared paralyzed.", "The harbour team", "paralyzed"),
    ("Mary Hale seemed tired.", "Mary Hale", "tired"),
])
def test_a_hedge_with_a_one_word_predicate(text: str, subject: str, content: str) -> None:
    for part in (subject, content):
        r = _one(text, part)
        assert r.mention is None


def test_a_name_with_a_bracket_and_a_stray_comma_before_the_verb() -> None:
    r = _one("Sen. Mary Hale (D-Maine), said after a lunch that the ferry would run.", "that the ferry would run")
    assert r.mention is not None and r.mention.text == "Sen. Mary Hale"


@pytest.mark.parametrize("text, content", [
    ("The mayor said the ferry would run all winter, a swipe at the harbour board.", "the ferry would run all winter"),
    ("She said the pier was unsafe, an apparent reference to the storm.", "the pier was unsafe"),
])
def test_a_comment_on_the_report_after_a_comma_is_the_writers(text: str, content: str) -> None:
    _one(text, content)


def test_a_report_in_a_relative_clause_set_off_by_commas_ends_at_its_comma() -> None:
    text = "Mary Hale, who said the pier was safe, told the board that the ferry would run."
    r = _one(text, "the pier was safe")
    assert r.mention is not None and r.mention.refers is not None
    _one(text, "that the ferry would run")


def test_a_report_in_a_which_clause_set_off_by_commas_ends_at_its_comma() -> None:
    text = "The harbour board, which said the pier was safe, voted to close it on Monday."
    _one(text, "the pier was safe")


@pytest.mark.parametrize("text, content, source", [
    ("The race is close. Hale had 38 percent support in a Harbour Times poll released Sunday. She smiled.",
     "Hale had 38 percent support", "a Harbour Times poll released Sunday"),
    ("Hale leads Moss by 9 points, 42-33, in the Harbour average of recent polls.",
     "Hale leads Moss by 9 points, 42-33", "the Harbour average of recent polls"),
])
def test_a_sentence_ending_in_a_named_poll_reports_what_comes_before(text: str, content: str, source: str) -> None:
    r = _one(text, content)
    assert r.mention is not None and r.mention.text == source


def test_no_poll_source_for_the_polls_in_general() -> None:
    assert not [r for r in _run("The mayor rose quickly in the polls after the storm.") if r.frame == "acc"]


def test_only_the_lemmas_asked_for_are_looked_at() -> None:
    text = "The board found that the plan was sound. Its chairman said that the vote would be held in May."
    doc, items = _framed(text)
    every = {r.verb[3] for r in find_reported(doc, items, _PAT) if r.verb is not None}
    assert {"find", "say"} <= every
    only = {r.verb[3] for r in find_reported(doc, items, _PAT, frozenset({"say"})) if r.verb is not None}
    assert only == {"say"}


def test_a_verb_of_speech_in_the_infinitive_reports_its_clause() -> None:
    text = "The mayor is trying to convince the council that the bridge can wait another year."
    r = _one(text, "that the bridge can wait another year")
    assert r.mention is not None and "mayor" in r.mention.text
    assert r.verb is not None and r.verb[3] == "convince"


@pytest.mark.parametrize("text", [
    "The mayor declined to say whether the bridge can wait another year.",
    "The mayor did not want to argue that the bridge can wait another year.",
])
def test_an_infinitive_of_speech_that_did_not_happen_reports_nothing(text: str) -> None:
    assert [text[r.start:r.end] for r in _run(text)] == []


def test_a_noun_of_people_before_of_heads_the_subject() -> None:
    text = "Critics of the toll plan said it would empty the harbour district."
    r = _one(text, "it would empty the harbour district")
    assert r.mention is not None and r.mention.text == "Critics of the toll plan"


def test_a_part_of_the_day_after_a_weekday_stands_between_subject_and_verb() -> None:
    text = "Harbour master Ines Lamb on Tuesday evening said the ferries would resume."
    r = _one(text, "the ferries would resume")
    assert r.mention is not None and "Lamb" in r.mention.text


def test_an_adjunct_after_the_verb_is_no_reported_clause() -> None:
    text = "The councillor spoke again on Friday. She said in Leeds after the vote was counted."
    assert [text[r.start:r.end] for r in _run(text)] == []


@pytest.mark.parametrize("text, who", [
    ("Rep. Jane Roe, R-Pa., said the toll would stay.", "Jane Roe"),
    ("Tom Ash, a senior aide to Mr. Lamb, said the toll would stay.", "Tom Ash"),
])
def test_an_appositive_with_an_abbreviation_between_subject_and_verb(text: str, who: str) -> None:
    r = _one(text, "the toll would stay")
    assert r.mention is not None and who in r.mention.text


def test_a_participle_after_a_long_fronted_phrase_belongs_to_the_subject_after_it() -> None:
    text = ("At a town hall in Dover, Delaware, on Sunday, Mrs. Lamb tried to expand on her earlier remarks, "
            "saying that the port should stay open.")
    r = _one(text, "that the port should stay open")
    assert r.mention is not None and r.mention.text == "Mrs. Lamb"


def test_a_coordinated_verb_after_an_opening_conjunction_shares_the_subject() -> None:
    text = "Rain fell all week. But on Tuesday, she stood with the dock workers and urged the board to reopen the pier."
    r = _one(text, "the board to reopen the pier")
    assert r.mention is not None and r.mention.text == "she"


def test_a_one_word_hearer_with_a_determiner_before_a_to_infinitive() -> None:
    text = "The harbour master urged the board to reopen the pier."
    r = _one(text, "the board to reopen the pier")  # the hearer is part of the content (PolNeAR)
    assert r.mention is not None and "master" in r.mention.text


def test_a_gerund_of_speech_after_by_reports_its_clause() -> None:
    text = "Ines Lamb calmed the crowd by saying the ferries would resume on Friday."
    r = _one(text, "the ferries would resume on Friday")
    assert r.mention is not None and r.mention.text == "Ines Lamb"


@pytest.mark.parametrize("text, subject", [
    ("Among the voters, then, the special bond between Leeds and York appears to be alive and well.",
     "the special bond between Leeds and York"),
    ("More than 1,200 letters from the Harbour Board have now been deemed secret.",
     "More than 1,200 letters from the Harbour Board"),
])
def test_the_subject_of_a_hedge_or_passive_is_its_whole_noun_phrase(text: str, subject: str) -> None:
    r = _one(text, subject)
    assert r.frame == "subj"


@pytest.mark.parametrize("text, content, speaker", [
    ("Ines Lamb spent the night at the quay urging the board to reopen the pier.",
     "the board to reopen the pier", "Ines Lamb"),
    ("Ines Lamb spent an hour at the quay before urging the board to reopen the pier.",
     "the board to reopen the pier", "Ines Lamb"),
])
def test_a_verb_far_from_its_subject_reports_for_the_sentence_subject(text: str, content: str, speaker: str) -> None:
    r = _one(text, content)
    assert r.mention is not None and speaker in r.mention.text


def test_a_first_person_sentence_subject_speaks_for_no_later_verb() -> None:
    text = "It will, perhaps, seem to you as dark as the fog over the river."
    assert _run(text) == []


@pytest.mark.parametrize("text, content, speaker", [
    ("Ms. Lamb's harsh criticism of the levy, aired on Monday, won applause.", "the levy", "Lamb"),
    ("Ines Lamb spoke about the flooding on the coast road, which closed the ferry.",
     "the flooding on the coast road", "Ines Lamb"),
    ("The dock workers are highly critical of the new shift rota.", "the new shift rota", "workers"),
])
def test_a_word_of_speech_or_attitude_reports_the_object_of_its_preposition(text: str, content: str,
                                                                             speaker: str) -> None:
    r = _one(text, content)
    assert r.mention is not None and speaker in r.mention.text
    assert r.verb is not None and text[r.verb[0]:r.verb[1]] in ("criticism", "spoke", "critical")


@pytest.mark.parametrize("text, content, speaker, cue", [
    ("The harbour master pushed back on the new berthing fees at the meeting.",
     "the new berthing fees at the meeting", "harbour master", "pushed"),
    ("Ines Lamb weighed in on the dredging dispute, which has split the town.", "the dredging dispute", "Ines Lamb",
     "weighed"),
    ("The old skipper lashed out at the ferry board for the late sailings.",
     "the ferry board for the late sailings", "skipper", "lashed"),
])
def test_a_phrasal_verb_of_speech_reports_the_object_of_its_preposition(text: str, content: str, speaker: str,
                                                                        cue: str) -> None:
    r = _one(text, content)
    assert r.mention is not None and speaker in r.mention.text
    assert r.verb is not None and text[r.verb[0]:r.verb[1]] == cue


@pytest.mark.parametrize("text, content, speaker", [
    ("The harbour master posited that the dredging would never pay for itself.",
     "that the dredging would never pay for itself", "harbour master"),
    ("Ines Lamb recognised that the levy had hurt the smaller boats.", "that the levy had hurt the smaller boats",
     "Ines Lamb"),
    ("The ferry will run late again on Friday, the skipper quipped.", "The ferry will run late again on Friday",
     "skipper"),
    ("The skipper grumbled that the ferry would run late again.", "that the ferry would run late again", "skipper"),
])
def test_a_less_common_verb_of_speech_reports_its_clause(text: str, content: str, speaker: str) -> None:
    r = _one(text, content)
    assert r.mention is not None and speaker in r.mention.text


def test_a_verb_whose_noun_forms_are_left_out_reports_only_as_a_verb() -> None:
    text = "Ines Lamb challenged the harbour levy in her speech."
    r = _one(text, "the harbour levy")
    assert r.mention is not None and r.mention.text == "Ines Lamb"
    assert r.verb is not None and r.verb[2] == "challenged"
    assert reporting_lexicon("en").form_lemma.get("challenged") == "challenge"
    # ("challenges", "thanks": forms written "-challenges", "-thanks" in the lexicon, mostly nouns)
    for form in ("challenge", "challenges", "thank", "thanks"):
        assert form not in reporting_lexicon("en").form_lemma
    assert [x for x in _run("The challenges left the harbour levy in doubt.") if x.verb] == []


@pytest.mark.parametrize("text, content, cue", [
    ("Ines Lamb criticised the ferry timetable.", "the ferry timetable", "criticised"),
    ("Ines Lamb thanked the dockers for their patience.", "the dockers for their patience", "thanked"),
    ("Ines Lamb congratulated the rowing club on its win.", "the rowing club on its win", "congratulated"),
    ("Ines Lamb has long favoured a toll on the harbour bridge.", "a toll on the harbour bridge", "favoured"),
])
def test_a_verb_of_speech_with_a_noun_phrase_content(text: str, content: str, cue: str) -> None:
    r = _one(text, content)
    assert r.mention is not None and r.mention.text == "Ines Lamb"
    assert r.verb is not None and r.verb[2] == cue


@pytest.mark.parametrize("text, content, cue", [
    ("Ines Lamb made it clear that the levy would stay.", "that the levy would stay", "made it clear"),
    ("Ines Lamb has made  clear that the levy would stay.", "that the levy would stay", "made  clear"),
    ("Ines Lamb laid out a plan for the inner harbour.", "a plan for the inner harbour", "laid out"),
])
def test_a_verb_of_several_words_reports_its_content(text: str, content: str, cue: str) -> None:
    r = _one(text, content)
    assert r.mention is not None and r.mention.text == "Ines Lamb"
    assert r.verb is not None and r.verb[2] == cue


def test_a_verb_of_several_words_needs_all_its_words() -> None:
    assert _run("Ines Lamb laid off forty dockers at the inner harbour.") == []
    assert _run("Ines Lamb made a clear case for the inner harbour.") == []


def test_a_verb_of_knowing_reports_only_a_clause_after_that() -> None:
    r = _one("Ines Lamb realised that the ferry had run late all winter.", "that the ferry had run late all winter")
    assert r.mention is not None and r.mention.text == "Ines Lamb"
    assert _run("Ines Lamb realised the ferry had run late all winter.") == []
    r = _one("Ines Lamb made no secret of her dislike for the levy.", "her dislike for the levy")
    assert r.mention is not None and r.mention.text == "Ines Lamb"


@pytest.mark.parametrize("text", [
    "The ferry captain did not comment on the harbour levy.",  # a negation: nothing said
    "He talks about so many things at once.",  # a vague object reports nothing
])
def test_a_word_of_speech_without_a_report(text: str) -> None:
    assert [r for r in _run(text) if r.frame == "n"] == []


def test_a_coordinated_verb_after_a_name_and_its_appositive_shares_the_name() -> None:
    text = "Ines Lamb, who chairs the harbour board, arrived late and acknowledged that the levy had failed."
    r = _one(text, "that the levy had failed")
    assert r.mention is not None and r.mention.text == "Ines Lamb"


def test_a_tag_followed_by_an_adjunct_still_reports_the_clause_before_it() -> None:
    text = "Outright victory is vital for the ferry, she said after meeting the board on Thursday."
    r = _one(text, "Outright victory is vital for the ferry")
    assert r.frame == "tag" and r.mention is not None and r.mention.text == "she"
    assert not [x for x in _run(text) if text[x.start:x.end].startswith("after")]


def test_a_topic_frame_reads_past_an_abbreviation_and_skips_a_bare_common_noun() -> None:
    text = "Ms. Lamb voted for Mr. Ruddle in the first round."
    r = _one(text, "Mr. Ruddle in the first round")
    assert r.mention is not None and r.mention.text == "Ms. Lamb"
    assert [x for x in _run("Ines Lamb turned down requests for comment.") if x.frame == "n"] == []


@pytest.mark.parametrize("text, content", [
    ("Ines Lamb went to the quay on Sunday to discuss the dredging plan.", "the dredging plan"),
    ("Ines Lamb met the dockers at the quay to explain the new shift rota.", "the new shift rota"),
])
def test_an_infinitive_of_speech_reads_a_noun_phrase_object(text: str, content: str) -> None:
    r = _one(text, content)
    assert r.mention is not None and r.mention.text == "Ines Lamb"


def test_a_verb_near_the_sentence_subject_reads_a_noun_phrase_object() -> None:
    text = "Ines Lamb staged a sit-in demanding the reopening of the pier."
    r = _one(text, "the reopening of the pier")
    assert r.mention is not None and r.mention.text == "Ines Lamb"


def test_a_noun_phrase_opening_the_sentence_is_the_subject_of_a_clause_frame() -> None:
    text = "Footage from the harbour camera shows that the ferry left late."
    r = _one(text, "that the ferry left late")
    assert r.mention is not None and r.mention.text == "Footage from the harbour camera"


@pytest.mark.parametrize("text", [
    "Ines Lamb on Thursday stepped up her attacks on the board, saying the levy was unfair.",
    "Ines Lamb quietly left the meeting, saying the levy was unfair.",
])
def test_a_day_or_an_adverb_after_the_sentence_subject_ends_it(text: str) -> None:
    r = _one(text, "the levy was unfair")
    assert r.mention is not None and r.mention.text == "Ines Lamb"


@pytest.mark.parametrize("text, content, speaker", [
    ("The council is using the storm to renew its calls for a new sea wall.", "a new sea wall", "its"),
    ("In other words, the dockers have put their faith in the harbour board.", "the harbour board", "their"),
])
def test_a_possessive_pronoun_right_before_a_word_of_speech_is_its_possessor(text: str, content: str,
                                                                            speaker: str) -> None:
    r = _one(text, content)
    assert r.mention is not None and r.mention.text == speaker and r.mention.kind == "pronoun"


def test_a_noun_phrase_after_a_preposition_is_no_subject() -> None:
    text = ("Ines Lamb spoke on Monday. As news of the count came in on Tuesday, she gave a defiant speech in "
            "East Kent, predicting she would win the county.")
    r = _one(text, "she would win the county")
    assert r.mention is not None and r.mention.text == "she"


@pytest.mark.parametrize("text, speaker", [
    ("The harbour union issued a statement saying the strike would go on.", "The harbour union"),
    ("On Monday, the ferry company sent a letter urging the board to drop the levy.", "the ferry company"),
])
def test_a_participle_after_an_issued_object_speaks_for_the_issuer(text: str, speaker: str) -> None:
    r = [x for x in _run(text) if x.verb is not None and x.verb[2].endswith("ing")][0]
    assert r.mention is not None and r.mention.text == speaker


def test_a_plain_verb_form_after_a_and_a_word_is_a_noun() -> None:
    text = "In a brief note to staff, Ines Lamb said the ferry would run again."
    r = _one(text, "the ferry would run again")
    assert r.mention is not None and r.mention.text == "Ines Lamb"
    assert not [x for x in _run(text) if x.verb is not None and x.verb[2] == "note"]


@pytest.mark.parametrize("text, content", [
    ("The board met. A few minutes later, Ines Lamb followed up by lamenting the churn of the ferry rota.",
     "the churn of the ferry rota"),
    ("The board met. In TV interviews and tweets, Ines Lamb has argued that the board rigged the vote.",
     "that the board rigged the vote"),
    ("The board met. Facing mounting criticism from the crew, Ines Lamb met the press on Monday, insisting that "
     "the levy was fair.", "that the levy was fair"),
])
def test_the_sentence_subject_after_a_fronted_time_phrase_participle_or_prepositional_phrase(text: str,
                                                                                            content: str) -> None:
    r = _one(text, content)
    assert r.mention is not None and r.mention.text == "Ines Lamb"
    assert all(x.mention is None or x.mention.text in ("Ines Lamb", "she") for x in _run(text))  # not "TV"


@pytest.mark.parametrize("text", [
    "Ines Lamb, speaking at a rally in Dover, warned that the levy would fail.",
    "Ines Lamb, 58, who lives outside Dover, says that the levy would fail.",
])
def test_a_place_after_a_preposition_in_an_appositive_is_no_subject(text: str) -> None:
    r = _one(text, "that the levy would fail")
    assert r.mention is not None and r.mention.text == "Ines Lamb"


@pytest.mark.parametrize("text, content", [
    ("The board met. She is moving to Dover but is expected to keep her seat on the board.",
     "to keep her seat on the board"),
    ("Ines Lamb is also expected to unveil her plan on Monday.", "to unveil her plan on Monday"),
    ("The board met. He walked out on Monday night and seemed to take hope from the vote.",
     "to take hope from the vote"),
])
def test_a_hedge_sharing_an_earlier_verbs_subject_quotes_nobody(text: str, content: str) -> None:
    r = _one(text, content)
    assert r.mention is None


def test_a_passive_agent_reads_past_an_abbreviated_title() -> None:
    text = "Ines Lamb's position was supported by Sen. Ann Roe of Kent, the ranking member of the panel."
    r = [x for x in _run(text) if x.frame == "subj"][0]
    assert r.mention is not None and r.mention.text == "Sen. Ann Roe of Kent"
@pytest.mark.parametrize("text, content, speaker", [
    ("Harbour Board Says Ferry Will Run Again In May.\n\nThe board met on Monday.", "Ferry Will Run Again In May",
     "Harbour Board"),
    ("Ines Lamb Slams The New Shift Rota\n\nThe dockers walked out.", "The New Shift Rota", "Ines Lamb"),
])
def test_a_headline_in_title_case_has_capitalized_reporting_verbs(text: str, content: str, speaker: str) -> None:
    r = _one(text, content)
    assert r.mention is not None and r.mention.text == speaker


@pytest.mark.parametrize("text", [
    "Support Grows For The Harbour Levy In Kent\n\nThe board met on Monday.",  # a plain form is a noun there
    "Ines Lamb Demanding A Vote On The Levy\n\nThe board met on Monday.",  # a participle in -ing: no verb
    "The Dockers Met The Board. Ines Lamb Says Little.\n\nThe board met again.".lower(),  # no title case
])
def test_no_headline_verb(text: str) -> None:
    assert [r for r in _run(text) if r.start < text.index("\n")] == []


@pytest.mark.parametrize("text, content, speaker", [
    ("The dockers' union makes no mention of the new shift rota.", "the new shift rota", "union"),
    ("It was Ines Lamb who raised specific concerns about the levy.", "the levy", "who"),
])
def test_a_word_of_speech_as_a_verbs_object_takes_the_verbs_subject(text: str, content: str, speaker: str) -> None:
    r = _one(text, content)
    assert r.mention is not None and speaker in r.mention.text


def test_reportedly_reports_its_predicate_with_no_speaker() -> None:
    text = "The harbour board is reportedly building a new pier for ferries, which angered the dockers."
    r = _one(text, "building a new pier for ferries")
    assert r.mention is None and r.verb is not None and r.verb[2] == "reportedly"
    assert [x for x in _run("Ines Lamb said the board is reportedly building a new pier.") if x.verb
            and x.verb[2] == "reportedly"] == []


@pytest.mark.parametrize("text, opening, speaker", [
    ('The pier opened last week.\n\nInstead, Ines Lamb said, "the ferries kept running late all winter."', "Instead",
     "Ines Lamb"),
    ('The pier opened last week. As for the new toll on the bridge, she said, "Nobody has counted the cost yet."',
     "As for the new toll on the bridge", "she"),
])
def test_an_opening_before_a_direct_quotations_tag_is_reported(text: str, opening: str, speaker: str) -> None:
    import quoteattr
    qs = [q for q in quoteattr.extract(text) if q.kind != "direct"]
    assert [q.text for q in qs] == [opening]
    assert qs[0].speaker is not None and qs[0].speaker.name == speaker


def test_a_setting_before_a_direct_quotations_tag_is_no_content() -> None:
    import quoteattr
    text = 'The pier opened last week. In an interview on Tuesday, she said, "Nobody has counted the cost yet."'
    assert [q for q in quoteattr.extract(text) if q.kind != "direct"] == []


@pytest.mark.parametrize("text, content", [
    ("The harbour board has nevertheless argued that the new pier will pay for itself.",
     "that the new pier will pay for itself"),
    ("The dockers' union has twice warned that the night shift is unsafe.", "that the night shift is unsafe"),
])
def test_an_adverb_before_the_verb_is_no_subject(text: str, content: str) -> None:
    r = _one(text, content)
    assert r.mention is not None and r.mention.text in ("The harbour board", "The dockers' union")


def test_subordinate_clause_after_a_lead_ends_at_its_comma() -> None:
    # a fronted subordinate clause after a lead ("Shortly after", "However, while"): the report ends at its comma
    text = "Shortly after the mayor announced that the bridge would close, protesters gathered at the gate."
    assert [text[r.start:r.end] for r in _run(text)] == ["that the bridge would close"]
    text = "However, while the union says its members are ready, the talks have stalled again."
    assert [text[r.start:r.end] for r in _run(text)] == ["its members are ready"]



def test_noun_phrase_object_ends_before_a_dash_a_second_verb_or_a_setting() -> None:
    text = "The mayor endorsed the plan – the council met twice to discuss it."
    assert [text[r.start:r.end] for r in _run(text)] == ["the plan"]
    text = "The mayor praised the new ferry schedule and promised more boats."
    assert "the new ferry schedule" in [text[r.start:r.end] for r in _run(text)]
    text = "The mayor praised the new ferry schedule in a statement on Friday."
    assert [text[r.start:r.end] for r in _run(text)] == ["the new ferry schedule"]


def test_bare_clause_does_not_open_with_an_adjunct() -> None:
    # "on Twitter", "at a forum", "by pointing …" are adjuncts of the verb, no clause; after "on" and a day the
    # clause follows
    for text in ("The senator said at a forum in Dover as the crowd cheered.",
                 "The senator said on Twitter late in the evening.",
                 "The senator said by phone from his office."):
        assert _run(text) == [], text
    text = "The senator said on Wednesday the bridge would stay closed."
    assert [text[r.start:r.end] for r in _run(text)] == ["the bridge would stay closed"]


def test_bare_clause_after_a_subordinate_clause_starts_after_its_comma() -> None:
    text = "The manager said after the final whistle sounded, the team had earned its place."
    assert [text[r.start:r.end] for r in _run(text)] == ["the team had earned its place"]


def test_list_runs_on_after_the_comma_of_a_noun_phrase_object() -> None:
    text = "The union criticized a range of measures, including longer breaks and better pay."
    assert [text[r.start:r.end] for r in _run(text)] == ["a range of measures, including longer breaks and better pay"]
    text = "The union denounced longer breaks, better pay and safer shifts."
    assert [text[r.start:r.end] for r in _run(text)] == ["longer breaks, better pay and safer shifts"]
    text = "The union denounced the new contract, which the board had approved in May."
    assert [text[r.start:r.end] for r in _run(text)] == ["the new contract"]


def test_subordinate_clause_after_a_time_lead_ends_at_its_comma() -> None:
    text = "A few weeks after the mayor announced that the bridge would close, protesters gathered at the gate."
    assert [text[r.start:r.end] for r in _run(text)] == ["that the bridge would close"]


def test_abbreviation_that_ends_a_phrase_ends_the_sentence_before_an_opener() -> None:
    # "the U.S." before "He" ends the sentence; "the U.S. Navy" does not
    text = "The minister said the tariffs would hurt exporters in the U.S. He added that talks would go on."
    found = [text[r.start:r.end] for r in _run(text)]
    assert "the tariffs would hurt exporters in the U.S" in found
    assert "that talks would go on" in found
    text = "The admiral said that ships of the U.S. Navy would stay in the gulf."
    assert [text[r.start:r.end] for r in _run(text)] == ["that ships of the U.S. Navy would stay in the gulf"]


def test_a_decade_ends_the_sentence() -> None:
    text = "The mill prospered in the 1960s. The looms were sold much later, the owner said."
    assert [text[r.start:r.end] for r in _run(text)] == ["The looms were sold much later"]


def _spans(text: str) -> list[tuple[str, Optional[str], Optional[str]]]:
    return [(text[r.start:r.end], r.mention.text if r.mention else None, r.verb[2] if r.verb else None)
            for r in _run(text)]


def test_a_second_report_with_its_own_subject_ends_the_content_before_it() -> None:
    text = "The mayor accused the council of wasting money while the council suggests the mayor is out of touch."
    assert _spans(text) == [("the council of wasting money", "The mayor", "accused"),
                            ("the mayor is out of touch", "the council", "suggests")]
    text = "The mayor said the bridge was safe, a second engineer warned that it could fail within a year."
    found = _spans(text)
    assert ("the bridge was safe", "The mayor", "said") in found
    assert ("that it could fail within a year", "a second engineer", "warned") in found


def test_a_report_in_a_when_clause_ends_the_content_before_it() -> None:
    text = "The mayor offered a slogan from his old campaign when a reporter asked him how he would win the county."
    assert _spans(text) == [("a slogan from his old campaign", "The mayor", "offered"),
                            ("how he would win the county", "a reporter", "asked")]


def test_a_report_inside_a_fronted_phrase_does_not_split_the_content() -> None:
    # the split would leave nothing but "that" and a fronted clause: the content stays whole
    text = "The coach said that although the owner has praised the team, the fans wanted a new manager."
    found = _spans(text)
    assert ("that although the owner has praised the team, the fans wanted a new manager", "The coach", "said") in found
    assert all(not (s.startswith("that") and len(s) < 50) for s, _, _ in found)


def test_a_quantified_subject_after_and_opens_a_clause_of_its_own() -> None:
    text = "The voters said they were worried, and more than 4 in 10 said the mayor would be best at handling it."
    found = _spans(text)
    assert ("they were worried", "The voters", "said") in found
    assert ("the mayor would be best at handling it", "4 in 10", "said") in found


def test_a_second_report_after_a_quoted_phrase_and_its_comma_is_its_own() -> None:
    text = "The senator said the bill was “dead on arrival,” adding that the leaders would not bring it to a vote."
    quotes = Extractor().extract(text)
    assert [(q.kind, q.text) for q in quotes] == [
        ("mixed", "the bill was “dead on arrival,”"),
        ("indirect", "that the leaders would not bring it to a vote"),
    ]
    assert all(q.speaker is not None and q.speaker.text == "The senator" for q in quotes)


@pytest.mark.parametrize("text, when", [
    ("The report was first published by the New York Times, which reported late Thursday.", "late Thursday"),
    ("The records will be made public soon, a spokesman announced Monday morning.", "Monday morning"),
    ("Sales fell by a third, the survey found last week.", "last week"),
])
def test_a_time_phrase_after_a_reporting_verb_is_no_content(text: str, when: str) -> None:
    from quoteattr import extract
    assert when not in [q.text for q in extract(text)]


def test_a_name_set_off_by_its_description_before_a_participle_tag_speaks_and_is_no_report() -> None:
    # "Howard Dean, a former party chairman, mocked Trump, saying, “…”": the name is the speaker (not its
    # appositive), and no opening before the tag is reported ("Instead, she said, “…”" has one)
    text = "Howard Dean, a former party chairman, mocked Trump, saying, “Notice Trump sniffing all the time.”"
    quotes = Extractor().extract(text)
    assert [(q.kind, q.text) for q in quotes] == [("direct", "Notice Trump sniffing all the time.")]
    assert quotes[0].speaker is not None and quotes[0].speaker.name == "Howard Dean"
    assert quotes[0].verb is not None and quotes[0].verb.text == "saying"


def test_in_a_story_a_clause_of_its_own_after_the_reported_one_is_the_narrators() -> None:
    # "I said I would, and on Sunday I climbed the hill": what was said ends before the story goes on; a
    # clause with an auxiliary may still be the speaker's ("she was tired, and she would go to bed early")
    story = " ".join(["The house stood at the end of the lane, and the garden behind it ran down to the river.",
                      "In summer the children had played there all day, and in winter the water froze hard.",
                      "Nobody had lived in it for years, and the windows were dark."] * 6)
    text = (f"CHAPTER I\n\n{story}\n\nI said I would, and on Sunday I climbed the hill to his house.\n\n"
            "She said she was tired, and she would go to bed early.")
    reported = {q.text for q in Extractor().extract(text) if q.kind == "indirect"}
    assert "I would" in reported
    assert "she was tired, and she would go to bed early" in reported


def test_at_least_after_the_verb_opens_the_reported_clause() -> None:
    # "said at a news conference" is an adjunct; "said at least 14 people had been killed" is what was said
    text = "The storm hit the coast on Monday. Officials said at least 14 people had been killed."
    reported = [(q.text, q.speaker.name if q.speaker else None) for q in Extractor().extract(text)]
    assert reported == [("at least 14 people had been killed", "Officials")]


def test_a_bare_day_after_the_verb_is_the_verbs() -> None:
    # "said Tuesday it would veto the bill": the day is when it was said, not what
    for text in ("The White House said Tuesday it would veto the bill.",
                 "The White House said on Tuesday it would veto the bill."):
        assert [q.text for q in Extractor().extract(text)] == ["it would veto the bill"], text


@pytest.mark.parametrize("text, content", [
    # what it was said in is the verb's (speech_settings.txt); the clause with no "that" follows
    ("The European Commission, which drafted the proposal, said in a statement it regretted the outcome.",
     "it regretted the outcome"),
    ("The commission said in an interview with CNN on Monday the plan would fail.", "the plan would fail"),
    ("The minister said in a written statement on Tuesday the talks had collapsed.", "the talks had collapsed"),
    # an adjunct after the day is no clause either
    ("Trump said Sunday in Ohio as the crowd cheered.", None),
    ("The commission said in a statement.", None),
])
def test_what_a_statement_was_made_in_is_the_verbs(text: str, content: Optional[str]) -> None:
    got = [q.text for q in Extractor().extract(text)]
    assert got == ([content] if content else []), text


def test_a_pronoun_that_tags_a_quotation_and_a_participle_is_one_person_for_both() -> None:
    # '“…,” she said, accusing the government of …': the participle's subject is the tag's "she", whom the
    # quotation's attribution found (Kemi Badenoch, whose given name tells no gender), not the nearest woman
    text = ("Chancellor Rachel Reeves defended the budget on Monday.\n\n"
            "Opposition leader Kemi Badenoch was scathing. “The chancellor has talked the economy down,” she said, "
            "accusing the government of “reckless” tax rises.")
    quotes = Extractor().extract(text)
    accusing = [q for q in quotes if q.verb is not None and q.verb.text == "accusing"]
    assert len(accusing) == 1 and accusing[0].speaker is not None
    assert accusing[0].speaker.name == "Kemi Badenoch" and accusing[0].speaker.text == "she"


def _reported_in_a_story(sentence: str) -> list[str]:
    """The reported speech found in ``sentence`` after a chapter's opening of plain narration, long enough for
    the text to be judged a story."""
    story = " ".join(["The house stood at the end of the lane, and the garden behind it ran down to the river.",
                      "In summer the children had played there all day, and in winter the water froze hard.",
                      "Nobody had lived in it for years, and the windows were dark."] * 8)
    return [q.text for q in Extractor().extract(f"CHAPTER I\n\n{story}\n\n{sentence}") if q.kind == "indirect"]


@pytest.mark.parametrize("sentence, said", [
    ("I wrote that down and looked at her for a long moment.", None),
    ("He said that over and over, and the children laughed.", None),
    ("She said that to me, and went out.", None),
    ("He said that down the road there was an inn.", "that down the road there was an inn"),  # a clause
])
def test_in_a_story_that_as_the_thing_said_is_no_clause(sentence: str, said: str | None) -> None:
    # "that" before a particle, an adverb of repetition or a hearer, and then the sentence's end, is the thing
    # said or written ("wrote that down"); news annotation counts it as what was said ("ruled that out"), a
    # story does not
    assert _reported_in_a_story(sentence) == ([said] if said else [])


def test_in_news_that_as_the_thing_said_is_what_was_said() -> None:
    reported = [q.text for q in Extractor().extract("Administration officials have effectively ruled that out.")]
    assert reported == ["that out"]


@pytest.mark.parametrize("sentence, said", [
    # a thing told, and a clause of the narrator's after it
    ("But I will tell you all and you shall judge for yourself.", None),
    ("I tell you the direction of my suspicions, however much the result may have shown them wrong.", None),
    # a clause, with a comma right after its conjunction
    ("She told him that, as to dancing, he was perfectly indifferent to it.",
     "that, as to dancing, he was perfectly indifferent to it"),
    # a clause with no conjunction, its verb before any comma
    ("He told her his private meeting with the Pope was not a secret.",
     "his private meeting with the Pope was not a secret"),
])
def test_in_a_story_a_thing_told_is_no_clause(sentence: str, said: str | None) -> None:
    # in a story, what a verb of speech reports has the shape of a clause: a finite verb before any comma or
    # conjunction, where no conjunction opens it
    assert _reported_in_a_story(sentence) == ([said] if said else [])


@pytest.mark.parametrize("sentence, content, speaker", [
    # who was told or asked is the subject; who told or asked them, the agent after "by", or no one
    ("The senator was told that the bill would fail.", "that the bill would fail", None),
    ("I was told that the executive team did not want the deal.", "that the executive team did not want the deal",
     None),
    ("The senator was warned by the Russian government that he was a threat.", "that he was a threat",
     "the Russian government"),
    ("Sanders was asked whether he would run.", "whether he would run", None),
    # a belief of the subject's own
    ("Mr. Ackman is convinced that Valeant will be a comeback story.", "that Valeant will be a comeback story",
     "Mr. Ackman"),
    # the active voice
    ("She told reporters that the plant would close.", "that the plant would close", "She"),
])
def test_the_subject_of_a_passive_tell_is_the_hearer(sentence: str, content: str, speaker: str | None) -> None:
    quotes = Extractor().extract(sentence)
    assert [q.text for q in quotes] == [content]
    assert (quotes[0].speaker.text if quotes[0].speaker else None) == speaker


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_a_tag_between_two_quoted_parts_frames_no_clause_before_the_first(newline: str) -> None:
    # 'when he "said his English," was, Bobbie felt, "just too sweet"': the group's tag comes after its first
    # part, so that part is no phrase quoted inside a clause the tag opens (it had become a "mixed" quotation
    # running backwards, from after "felt" to the first closing mark; with "\r\n", a ValueError)
    text = newline.join([
        "He liked the children, and he smiled whenever they came to see him in",
        "the afternoon.",
        "",
        "The way he smiled when he \"said his English,\" was, Bobbie felt, \"just",
        "too sweet for anything.\" She used to think of his face.",
        ""])
    quotes = quoteattr.extract(text)
    for q in quotes:
        assert q.start <= q.end and text[q.start:q.end] == q.text
    assert [q.kind for q in quotes] == ["direct", "direct"]


def test_a_name_before_a_dash_written_double_is_the_subject_not_the_word_after_it() -> None:
    # "Ruth--she was the parlour-maid and had red hair--came in and said that …": Ruth says it; "Ruth--she"
    # is no name
    story = ("The children sat by the fire after supper, and Mother sewed by the lamp while the rain beat on the "
             "windows of the old house.\n\n\"It is a wild night,\" said Bobbie softly.\n\n\"I like it,\" cried "
             "Phyllis, and she laughed.\n\n") * 3
    text = (story + "\"Who on earth!\" said Father. \"An Englishman's house is his castle, of course.\"\n\n"
            "Ruth--she was the parlour-maid and had red hair--came in and said that two gentlemen wanted to see "
            "the master.\n")
    reports = [q for q in quoteattr.extract(text) if q.kind == "indirect"]
    assert [q.text for q in reports] == ["that two gentlemen wanted to see the master"]
    spk = reports[0].speaker
    assert spk is not None and spk.name == "Ruth" and text[spk.start:spk.end] == "Ruth"
