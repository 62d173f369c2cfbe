"""Who reported speech belongs to, as quoteattr.extract returns it (the pipeline's part, after the rules)."""

from __future__ import annotations

import pytest

import quoteattr


@pytest.mark.parametrize("text, content, verb", [
    ("It seems that the council will vote against the plan next week.",
     "that the council will vote against the plan next week", "seems"),
    ("It was revealed in March that the mayor had used a private account.",
     "that the mayor had used a private account", "revealed"),
    ("It is widely expected that the bank will raise its rates in June.",
     "the bank will raise its rates in June", "expected"),
])
def test_an_expletive_it_is_no_source(text: str, content: str, verb: str) -> None:
    found = [q for q in quoteattr.extract(text) if q.text.endswith(content)]  # ("that" may lead the content)
    assert found, [q.text for q in quoteattr.extract(text)]
    q = found[0]
    assert q.speaker is None
    assert q.verb is not None and q.verb.text == verb and text[q.verb.start:q.verb.end] == verb


def test_a_company_that_says_something_keeps_its_it() -> None:
    text = "Acme Corp. posted a loss. It said that sales would recover by the end of the year."
    q = [q for q in quoteattr.extract(text) if q.kind != "direct"][-1]
    assert q.speaker is not None and q.speaker.text == "It"


def test_a_reported_clause_takes_the_quoted_words_it_runs_into() -> None:
    # the tag after the marks ("He went on") opens a new sentence; the clause reported by "said" holds the
    # quoted words, and its speaker is the one who said it, not the whole sentence taken as mixed
    text = ("In his reply, Oduya said he had been surprised to learn that Pell had “lied about everything.” "
            "He went on to rebut the claims.")
    qs = quoteattr.extract(text)
    assert len(qs) == 1, [(q.text, q.kind) for q in qs]
    q = qs[0]
    assert q.kind == "mixed" and q.text.startswith("he had been surprised") and q.text.endswith("everything.”")
    assert q.speaker is not None and q.speaker.name == "Oduya"
    assert q.verb is not None and q.verb.text == "said"


def test_a_title_in_the_clause_before_a_quotation_is_no_sentence_end() -> None:
    text = "Back in 1999, Mr. Trump praised Mr. Clinton's skills, telling CNBC: “He is a great politician.”"
    q = [q for q in quoteattr.extract(text) if q.kind == "direct"][0]
    assert q.speaker is not None and q.speaker.name == "Mr. Trump" and q.speaker.text == "Mr. Trump"


def test_a_fronted_phrase_before_the_subject_of_a_colon_lead() -> None:
    text = "Lots of talk here.\n\nOn July 6, 2015, Dunmore made the following comment:\n\n“For young people the numbers are grim.”"
    q = [q for q in quoteattr.extract(text) if q.kind == "direct"][0]
    assert q.speaker is not None and q.speaker.name == "Dunmore"


def test_a_sentence_taken_as_mixed_leaves_out_a_fronted_participle_phrase() -> None:
    text = "Walking out of a long meeting with Mr. Hale, the mayor “looked tired,” Mr. Ames said."
    q = quoteattr.extract(text)[0]
    assert q.kind == "mixed" and q.text == "the mayor “looked tired,”"
    assert q.speaker is not None and q.speaker.name == "Mr. Ames"


def test_a_parenthesis_after_the_subject_of_coordinated_verbs() -> None:
    text = ("In a statement released Monday, Rep. Anna Kowalski (D-Ore.) reacted to the ruling, saying: "
            "“This is a dark day for the river.”")
    q = [q for q in quoteattr.extract(text) if q.kind == "direct"][0]
    assert q.speaker is not None and q.speaker.name == "Anna Kowalski"


@pytest.mark.parametrize("text, content, speaker", [
    ("The Ardmore Tenants Union sent out a statement Tuesday saying the rent rise was unlawful.",
     "the rent rise was unlawful", "Ardmore Tenants Union"),
    ("Later, Governor Ella Moss published a letter sharply criticizing the landlords for the rise.",
     "the landlords for the rise", "Ella Moss"),
    ("The Pell Group issued a report last week warning that prices would climb.",
     "that prices would climb", "Pell Group"),
])
def test_a_participle_after_an_issued_object_and_a_time_speaks_for_the_issuer(text: str, content: str,
                                                                              speaker: str) -> None:
    q = [q for q in quoteattr.extract(text) if q.text == content][0]
    assert q.speaker is not None and q.speaker.name == speaker


@pytest.mark.parametrize("text, mention", [
    ("He'll tell them that the bridge will open in May.", "He"),
    ("She’d said that the bridge would open in May.", "She"),
    ("They've argued that the bridge will open too late.", "They"),
    ("O'Malley said that the bridge would open in May.", "O'Malley"),   # a name's apostrophe stays
])
def test_a_pronoun_with_a_contracted_auxiliary_is_the_pronoun(text: str, mention: str) -> None:
    q = [q for q in quoteattr.extract(text) if q.kind != "direct"][0]
    assert q.speaker is not None and q.speaker.text == mention
    assert text[q.speaker.start:q.speaker.end] == mention


def test_a_negated_imperative_has_no_speaker() -> None:
    for q in quoteattr.extract("Don't say that the bridge will open in May."):
        assert q.speaker is None or q.speaker.text != "Don't"


def test_a_question_put_to_someone_is_no_report_of_its_subject() -> None:
    # (a briefing summary in the past tense, which reads as a story: there "admitted" was a verb of speech)
    text = ("Asked if the Foreign Secretary had admitted to failures during Cabinet and whether the Education "
            "Secretary had criticised the Foreign Office for its response, the Prime Minister's spokesman told "
            "the press that he would not be going into detail about Cabinet discussions.")
    summary = (" The meeting had been long, and there had been a number of updates. The weather was poor, the "
               "ministers were tired, and the room was crowded with officials who had come from Whitehall.") * 12
    qs = [q for q in quoteattr.extract(text + summary) if q.kind != "direct"]
    assert all(q.verb is None or q.verb.text != "admitted" for q in qs)  # (the question itself may be reported)
    told = [q for q in qs if q.verb is not None and q.verb.text == "told"]
    assert [q.text for q in told] == ["that he would not be going into detail about Cabinet discussions"]
    assert told[0].speaker is not None and told[0].speaker.text.endswith("spokesman")


@pytest.mark.parametrize("text, content, speaker", [
    ("Labour's deputy leader, Angela Royle, said the government was committed to the plan.",
     "the government was committed to the plan", "Angela Royle"),
    ("Facebook built the tool to help in times of crisis, a spokeswoman, Anna Whitfield, said on Saturday.",
     "Facebook built the tool to help in times of crisis", "Anna Whitfield"),
    # (a description whose commas set off more than a name keeps the description)
    ("The minister, a friend of John Hale, said the talks had failed.", "the talks had failed", "The minister"),
])
def test_a_name_set_off_after_a_description_is_the_source(text: str, content: str, speaker: str) -> None:
    found = [q for q in quoteattr.extract(text) if q.kind == "indirect"]
    assert [q.text for q in found] == [content]
    assert found[0].speaker is not None and found[0].speaker.name == speaker
    assert text[found[0].speaker.start:found[0].speaker.end] == found[0].speaker.text


@pytest.mark.parametrize("text, speaker", [
    ("The company defended the plan on Monday. In a statement, it said the pipeline met every federal standard.",
     "The company"),
    ("The state election board met on Friday. It said the count would be finished by Sunday.",
     "The state election board"),
    # (an "it" with no organisation's noun as a subject before it stays the pronoun: a plan, a video, a city)
    ("The city sent a letter to the campaign on Thursday. It says the campaign broke the law.", "It"),
])
def test_a_news_it_is_the_organisation_the_sentences_before_describe(text: str, speaker: str) -> None:
    [q] = [q for q in quoteattr.extract(text) if q.kind == "indirect" and q.verb is not None
           and q.verb.lemma == "say"]
    assert q.speaker is not None and q.speaker.name == speaker
    assert q.speaker.text.lower() == "it"


@pytest.mark.parametrize("text, mention, name", [
    # a noun of people before a preposition heads the subject, not the place or the body after it
    ("A spokesman for the company said the plant would close in May.",
     "A spokesman for the company", "A spokesman for the company"),
    ("Officials in Washington said the talks would resume next week.",
     "Officials in Washington", "Officials in Washington"),
    ("Residents across the county say the water is unsafe to drink.",
     "Residents across the county", "Residents across the county"),
    ("Political observers in Richmond and around the state say Okafor deserves the seat.",
     "Political observers in Richmond and around the state", "Political observers in Richmond and around the state"),
    ("The former secretary of state has long maintained that she did nothing wrong.",
     "The former secretary of state", "The former secretary of state"),
    ("A professor at Halvorsen College said the study was flawed.",
     "A professor at Halvorsen College", "A professor at Halvorsen College"),
    # a person's name before the place they come from is the speaker
    ("Marta Quist of Ohio said the bill would fail in the Senate.", "Marta Quist", "Marta Quist"),
    ("Jane Doe from Dayton said the bill would fail in the Senate.", "Jane Doe", "Jane Doe"),
])
def test_a_subject_with_a_phrase_after_its_head(text: str, mention: str, name: str) -> None:
    q = quoteattr.extract(text)[0]
    assert q.kind == "indirect"
    assert q.speaker is not None and q.speaker.text == mention and q.speaker.name == name
    assert text[q.speaker.start:q.speaker.end] == mention


def test_a_description_with_a_place_meets_its_head_not_the_place() -> None:
    # "the company" later is the company, not the spokesman for it
    text = ("Norvik Foods announced a recall on Monday. A spokesman for the company said the plant would close. "
            "The company said it regretted the error.")
    qs = [q for q in quoteattr.extract(text) if q.kind == "indirect"]
    spk = {q.text: q.speaker.name for q in qs if q.speaker is not None}
    assert spk["the plant would close"] == "A spokesman for the company"
    assert spk["it regretted the error"] != "A spokesman for the company"


def test_a_singular_noun_alone_before_a_preposition_is_no_subject() -> None:
    # ("…, host of his own podcast and Twitter junkie, Axelrod …": the name set off after it speaks)
    text = ("As a senior correspondent, host of his own podcast and radio junkie, Daley has become the mayor's "
            "backseat driver, quick to point out flaws and offer unsolicited advice.")
    for q in quoteattr.extract(text):
        assert q.speaker is None or q.speaker.name == "Daley", (q.text, q.speaker)


@pytest.mark.parametrize("text, name", [
    # a title with "of" and the words of its office before the name: the person, not the title
    ("Secretary of State Laila Brandt said the talks would resume. Brandt added that she was hopeful.",
     "Laila Brandt"),
    ("“We are hopeful,” Secretary of State Laila Brandt said. “The talks resume Monday.”", "Laila Brandt"),
    ("RNC Chief of Staff Katie Orwell explained that the spending was by design.", "Katie Orwell"),
    ("CBC Chairman Tom Rudd of North Carolina said he was outraged to hear of it.", "Tom Rudd"),
    ("Rep. Peter T. Vance of New York said the bill would pass.", "Peter T. Vance"),
    # (the inverted tag too: the name pattern takes the title's office words)
    ("“We are hopeful,” said Secretary of Homeland Security Ida Marsh.", "Ida Marsh"),
    ("“We are hopeful,” said Secretary of State Marsh.", "Marsh"),
])
def test_a_title_of_an_office_before_a_name(text: str, name: str) -> None:
    qs = quoteattr.extract(text)
    assert qs
    for q in qs:
        assert q.speaker is not None and q.speaker.name == name, (q.text, q.speaker)
    # ("the Duke of Wellington" keeps its "of": no name follows the office)
    q = quoteattr.extract("“The battle is won,” said the Duke of Wellington.")[0]
    assert q.speaker is not None and q.speaker.text in ("the Duke", "the Duke of Wellington")


def test_a_party_set_off_after_a_name_and_a_preposition_are_no_speakers() -> None:
    text = ("Senator Alma Ruiz, R-Fla., despite admitting that she had concerns about the cost, said the victims "
            "deserve their day in court.")
    qs = quoteattr.extract(text)
    said = [q for q in qs if q.verb is not None and q.verb.text == "said"]
    assert said and said[0].speaker is not None and said[0].speaker.name == "Alma Ruiz"
    for q in qs:
        assert q.speaker is None or q.speaker.name == "Alma Ruiz", (q.text, q.speaker)
    text = "(Having said that, there are some economists who argue that corporate taxes should be very low.)"
    for q in quoteattr.extract(text):
        assert q.speaker is None or q.speaker.text != "Having", (q.text, q.speaker)


@pytest.mark.parametrize("text, name, mention", [
    # a capitalised modifier (a party, a place) and a post before a name: the name speaks
    ("Democratic presidential candidate Bernie Sanders refused to accept claims that his backers were rude.",
     "Bernie Sanders", "Bernie Sanders"),
    ("Former presidential candidate Mitt Romney, who backed the plan, has argued that the party must change.",
     "Mitt Romney", "Mitt Romney"),
    # with no name after it, the post itself heads the subject
    ("The GOP front-runner said that the deal was a disaster.", "The GOP front-runner", "The GOP front-runner"),
    ("Democratic voters are more likely to say that the economy is improving.", "Democratic voters",
     "Democratic voters"),
])
def test_a_capitalised_modifier_before_a_post_is_no_name(text: str, name: str, mention: str) -> None:
    qs = [q for q in quoteattr.extract(text) if q.kind != "direct"]
    assert len(qs) == 1, [(q.text, q.kind) for q in qs]
    s = qs[0].speaker
    assert s is not None and s.name == name and s.text == mention and text[s.start:s.end] == mention


@pytest.mark.parametrize("text, name", [
    ("“The delegate math is daunting,” said Democratic strategist Simon Rosenberg.", "Simon Rosenberg"),
    ("“I don't know where he stands,” said undecided Republican voter Stephanie Hooton of Derry.",
     "Stephanie Hooton"),
    ("“We will win,” Republican pollster Frank Luntz said.", "Frank Luntz"),
    # the subject of the sentence that introduces the quotation with a colon
    ("Republican presidential nominee Donald Trump issued the following statement:\n\n“We will win.”",
     "Donald Trump"),
    # a phrase after the name is no post: "in" opens it
    ("“It is right,” said Clinton in Ohio.", "Clinton"),
])
def test_a_tag_names_the_one_after_a_post(text: str, name: str) -> None:
    qs = quoteattr.extract(text)
    assert len(qs) == 1 and qs[0].kind == "direct"
    s = qs[0].speaker
    assert s is not None and s.name == name and text[s.start:s.end].endswith(name)
