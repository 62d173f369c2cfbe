"""Whom a quotation speaks to, where it names them: ``Quote.addressee``."""

from __future__ import annotations

import pickle

import pytest

import quoteattr
from quoteattr import Addressee, Quote

STORY = (
    "Mary Hale and George Dunn sat by the fire while the rain came down.\n\n"
    "“George, come here,” said Mary.\n\n"
    "“Why?” he asked.\n\n"
    "“Because the kettle is boiling, my dear George, and I cannot lift it.”\n\n"
    "“You could ask Tom,” said George.\n\n"
    "“Is it so very heavy, Mary?” asked Tom, coming in.\n\n"
    "“Poor Tom! He would have lifted it.”\n\n"
    "“My poor Tom! He was so kind.”\n\n"
    "“Come in, my poor George, you are wet through.”\n\n"
    "“This is my friend, Dr. Webb.”\n\n"
    "“Say, 'What do you want, Master Reed?'”\n\n"
    "“By many, by others you know well, Mrs. Jennings, Mrs. Palmer, and the Middletons.”\n\n"
    "“I think, Mary, that he heard.”\n\n"
    "“Kitty, a fair but frozen maid, kindled a flame I yet deplore.”\n"
)


def _by_text(quotes: list[Quote]) -> dict[str, Quote]:
    return {q.text: q for q in quotes}


@pytest.mark.parametrize("quote, expected", [
    ("George, come here,", "George"),                                     # at the start
    ("Because the kettle is boiling, my dear George, and I cannot lift it.", "George"),  # after "my dear"
    ("Is it so very heavy, Mary?", "Mary"),                               # at the end
    ("Why?", None),                                                       # names no one
    ("Kitty, a fair but frozen maid, kindled a flame I yet deplore.", None),  # a verse's subject, described
    ("You could ask Tom,", None),                                         # a name that is not addressed
    ("Poor Tom! He would have lifted it.", None),                         # pity for someone absent
    ("My poor Tom! He was so kind.", None),                               # … after "my"
    ("Come in, my poor George, you are wet through.", "George"),          # a call, after "my poor"
    ("This is my friend, Dr. Webb.", None),                               # a name in apposition
    ("Say, 'What do you want, Master Reed?'", None),                      # words to be said, nested
    ("By many, by others you know well, Mrs. Jennings, Mrs. Palmer, and the Middletons.", None),  # a list
    ("I think, Mary, that he heard.", "Mary"),                            # set off by commas inside
])
def test_the_name_a_quotation_addresses(quote: str, expected: str | None) -> None:
    q = _by_text(quoteattr.extract(STORY))[quote]
    if expected is None:
        assert q.addressee is None
    else:
        assert q.addressee is not None and q.addressee.text == expected
        assert STORY[q.addressee.start:q.addressee.end] == expected


@pytest.mark.parametrize("text, line, after, speaker", [
    # “By marrying Sibyl Vane.” / “Marrying Sibyl Vane!”: the text writes "marrying" in lower case, so the
    # capital is the sentence's; the echo calls no "Marrying Sibyl Vane", who would then answer it
    ("Dorian Gray and Lord Henry sat in the library.\n\n“How are you going to begin?” asked Lord Henry.\n\n"
     "“By marrying Sibyl Vane,” said Dorian.\n\n“Marrying Sibyl Vane!” cried Lord Henry.\n\n"
     "“Yes, Harry, I know what you are going to say.”\n",
     "Marrying Sibyl Vane!", "Yes, Harry, I know what you are going to say.", "Dorian Gray"),
    # “Oh, Lord! I don’t know.” calls no lord (exclamations.txt), so the line after it is not said by one
    ("Mrs. Bennet and Lydia stood in the hall.\n\n“Oh, my dear Lydia,” she cried, “when shall we meet "
     "again?”\n\n“Oh, Lord! I don’t know. Not these two or three years, perhaps.”\n\n"
     "“Write to me very often, my dear.”\n",
     "Oh, Lord! I don’t know. Not these two or three years, perhaps.", "Write to me very often, my dear.",
     "Mrs. Bennet"),
], ids=["words-echoed-with-a-capital", "a-title-exclaimed-alone"])
def test_a_line_that_calls_no_one_leaves_turn_taking_alone(text: str, line: str, after: str, speaker: str) -> None:
    q = _by_text(quoteattr.extract(text))
    assert q[line].addressee is None
    answer = q[after].speaker
    assert answer is not None and answer.name == speaker


def test_the_addressee_has_the_canonical_name_and_entity_of_the_speakers() -> None:
    q = _by_text(quoteattr.extract(STORY))
    come, why = q["George, come here,"], q["Why?"]
    assert come.addressee is not None and come.addressee.name == "George Dunn"
    assert why.speaker is not None and come.addressee.entity == why.speaker.entity  # the one addressed answers
    heavy = q["Is it so very heavy, Mary?"]
    assert heavy.addressee is not None and come.speaker is not None
    assert heavy.addressee.entity == come.speaker.entity


def test_every_part_of_an_interrupted_quotation_carries_its_addressee() -> None:
    text = "Ann Webb and Paul Kerr walked on.\n\n“It is late,” said Ann, “and we are far from home, Paul.”\n"
    a, b = quoteattr.extract(text)
    assert a.quote_id == b.quote_id
    assert a.addressee == b.addressee and a.addressee is not None and a.addressee.name == "Paul Kerr"


def test_no_addressee_in_a_text_that_reads_as_news() -> None:
    # a news quotation's commas set off appositives ("My adviser, Dan Moss, …"), not listeners
    filler = ("The council met on Tuesday, 4 March 2025, to review the 2026 budget of 12.5 million, "
              "and members said the figures for 2024 showed a 3.2 percent rise in costs. ") * 12
    text = filler + "\n\n“My budget adviser, Dan Moss, will publish the figures on Friday,” the mayor said.\n"
    quotes = [q for q in quoteattr.extract(text) if q.kind == "direct"]
    assert quotes and all(q.addressee is None for q in quotes)


def test_the_addressee_keeps_its_offsets_through_windows_line_ends() -> None:
    text = STORY.replace("\n", "\r\n")
    for q in quoteattr.extract(text):
        if q.addressee is not None:
            assert text[q.addressee.start:q.addressee.end] == q.addressee.text


def test_the_addressee_survives_dicts_and_pickles() -> None:
    quotes = quoteattr.extract(STORY)
    assert any(q.addressee is not None for q in quotes)
    assert [Quote.from_dict(q.to_dict()) for q in quotes] == quotes
    assert pickle.loads(pickle.dumps(quotes)) == quotes


def test_an_addressee_validates_its_span() -> None:
    with pytest.raises(ValueError, match="characters"):
        Addressee("Mary Hale", 0, 3, "Mary")
    with pytest.raises(TypeError):
        Quote(text="x", start=0, end=1, addressee="Mary")  # type: ignore[arg-type]


def test_a_line_that_calls_the_only_recent_speaker_by_name_is_not_theirs() -> None:
    """"Welcome, Sir Henry!" from the door, where Sir Henry was the last to speak and no one else spoke lately:
    not Sir Henry's line (no one calls themselves by name), though who says it is not known."""
    filler = ("The carriage rolled on between the dark trees, and the wind came down cold from the moor, so "
              "that we drew our coats about us and said little for a long time.\n\n") * 6
    text = (filler + "“It is a fine old place,” said Sir Henry.\n\n"
            "The door opened, and the light of the hall fell upon the steps and the gravel.\n\n"
            "“Welcome, Sir Henry! Welcome to the Hall!”\n")
    quotes = {q.text: q.speaker for q in quoteattr.extract(text)}
    assert quotes["It is a fine old place,"] is not None
    got = quotes["Welcome, Sir Henry! Welcome to the Hall!"]
    assert got is None or got.name != "Sir Henry"


def test_a_call_in_another_speakers_line_of_the_same_paragraph_does_not_unseat_the_first() -> None:
    """'“…,” she said. “…” “…,” said Marilla. “What would you do, Rachel?”' in one paragraph: Marilla calls
    Rachel, which says nothing against Rachel's saying the first lines (no one calls themselves by name, but
    this is not her call)."""
    text = ("Marilla Cuthbert found Rachel Lynde knitting quilts by the window.\n\n"
            "“I suppose you know what I've come about,” Marilla said.\n\n"
            "Rachel nodded.\n\n"
            "“About Anne's fuss in school, I reckon,” she said. “Tillie told me.” “I don't know what to do "
            "with her,” said Marilla. “What would you do, Rachel?”\n")
    quotes = {q.text: q.speaker.name if q.speaker else None for q in quoteattr.extract(text)}
    assert quotes["About Anne's fuss in school, I reckon,"] == "Rachel Lynde"
    assert quotes["What would you do, Rachel?"] == "Marilla Cuthbert"


@pytest.mark.parametrize("line, own", [
    ("Mr. Lockwood, your new tenant, sir. I do myself the honour of calling.", True),
    ("Mr. Lockwood, your father is waiting for you at the gate.", False),
])
def test_a_name_then_your_role_is_the_speaker_introducing_themselves(line: str, own: bool) -> None:
    """"Mr. Lockwood, your new tenant, sir.": the speaker's own name and what they are to the one spoken to,
    not a call to Mr. Lockwood; "Mr. Lockwood, your father is waiting" (a verb after the noun) is a call."""
    text = "I rode up to the gate of the farm, and the master of the house came out to meet me.\n\n“" + line + "”\n"
    [q] = [q for q in quoteattr.extract(text) if q.kind == "direct"]
    if own:
        assert q.speaker is not None and q.speaker.name == "Mr. Lockwood"
        assert q.addressee is None or q.addressee.name != "Mr. Lockwood"
    else:
        assert q.addressee is not None and q.addressee.name == "Mr. Lockwood"
        assert q.speaker is None or q.speaker.name != "Mr. Lockwood"
