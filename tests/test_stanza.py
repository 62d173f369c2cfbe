"""The stanza backend: CoNLL-U fixtures (real stanza Documents), the quote processor, the live mini pipeline."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

stanza = pytest.importorskip("stanza", reason="the stanza extra is not installed (pip install 'quoteattr[stanza]')")

import quoteattr  # noqa: E402
from quoteattr import stanza as qs  # noqa: E402
from quoteattr.frames import Item, Reported  # noqa: E402
from quoteattr.patterns import patterns  # noqa: E402
from quoteattr.types import Quote  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures"
MODELS = Path(__file__).resolve().parents[1].parent / "shared" / "models" / "stanza-en-mini"
needs_models = pytest.mark.skipif(
    not (MODELS / "tokenize.pt").is_file(),
    reason=f"the test-grade stanza models are not at {MODELS} (../shared/models/stanza-en-mini)",
)
PAT = patterns("en")


def load(name: str):
    """A stanza Document from a fixture: sentences joined by one space make doc.text."""
    from stanza.utils.conll import CoNLL

    raw = (FIXTURES / f"stanza_{name}.conllu").read_text(encoding="utf-8")
    text = " ".join(line[len("# text = "):] for line in raw.splitlines() if line.startswith("# text = "))
    sdoc = CoNLL.conll2doc(input_str=raw)
    sdoc.text = text
    sdoc.build_ents()
    return sdoc


def items_of(doc):
    """The direct-quote items after the rules' framing (which marks fragments), as the pipeline makes them."""
    from quoteattr import detect
    from quoteattr.pipeline import _frame_all

    items = [Item(r.start, r.end, r.open_mark, r.close_mark, r.group, r.paragraph, r.confidence, r.dash)
             for r in detect.detect(doc)]
    return _frame_all(doc, items, PAT)


def reported(name: str):
    doc = qs.to_document(load(name))
    return doc, qs.dependency_reported(doc, items_of(doc), PAT)


# --------------------------------------------------------------------------- to_document


@pytest.mark.parametrize("name", ["ccomp", "parataxis", "xcomp", "mixed"])
def test_to_document_offsets_and_heads(name):
    sdoc = load(name)
    doc = qs.to_document(sdoc)
    assert doc.text == sdoc.text
    assert len(doc.tokens) == sum(len(s.words) for s in sdoc.sentences)
    for t in doc.tokens:
        assert doc.text[t.start:t.end] == t.text
        assert t.head == -1 or 0 <= t.head < len(doc.tokens)
        if t.head >= 0:
            assert doc.tokens[t.head].sentence == t.sentence
    assert [doc.tokens[i].sentence for i in range(len(doc.tokens))] == sorted(t.sentence for t in doc.tokens)
    starts = [s.tokens[0].start_char for s in sdoc.sentences]
    assert set(starts) <= set(doc.sentence_starts)
    for e in doc.entities:
        assert doc.text[e.start:e.end] == e.text


def test_entities_come_from_ner():
    doc = qs.to_document(load("ccomp"))
    assert [(e.text, e.type) for e in doc.entities] == [("Senator Ana Ortiz", "PERSON")]


def test_document_without_text_or_offsets_is_rejected():
    sdoc = load("ccomp")
    sdoc.text = None
    with pytest.raises(ValueError, match="doc.text"):
        qs.to_document(sdoc)
    sdoc = load("ccomp")
    sdoc.text = sdoc.text[:10]
    with pytest.raises(ValueError, match="outside doc.text"):
        qs.to_document(sdoc)
    with pytest.raises(TypeError):
        qs.to_document("not a stanza document")


# --------------------------------------------------------------------------- dependency patterns


def test_ccomp_reported_clause_with_whole_name():
    doc, rep = reported("ccomp")
    assert len(rep) == 1
    r = rep[0]
    assert doc.text[r.start:r.end] == "that the plan would fail"
    assert r.kind == "indirect"
    assert r.verb is not None and r.verb[2:] == ("said", "say")
    assert r.mention is not None and r.mention.text == "Senator Ana Ortiz" and r.mention.kind == "name"


def test_parataxis_frames_a_direct_quote_and_a_parenthetical_tag():
    doc, rep = reported("parataxis")
    items = items_of(doc)
    assert [doc.text[it.start:it.end] for it in items] == ["We will win,"]
    frame = qs.dependency_frame(doc, items[0], PAT)
    assert frame is not None and frame.where == "dep"
    assert frame.verb is not None and frame.verb[2] == "said"
    assert frame.mention is not None and frame.mention.text == "Mayor Li Wei"
    # the direct quotation is not reported speech too; the parenthetical "she insisted" is
    assert all(not (r.start < items[0].end and items[0].start < r.end) for r in rep)
    [r] = rep
    content = doc.text[r.start:r.end]
    assert content.startswith("The count") and content.endswith("was rigged")
    assert r.mention is not None and r.mention.text == "she" and r.mention.kind == "pronoun"
    assert r.verb is not None and r.verb[3] == "insist"


def test_xcomp_and_according_to():
    doc, rep = reported("xcomp")
    got = {doc.text[r.start:r.end]: r for r in rep}
    assert set(got) == {"to veto the tax bill", "prices of grain and fuel rose sharply in the spring"}
    vow = got["to veto the tax bill"]
    assert vow.mention is not None and vow.mention.text == "The governor" and vow.mention.kind == "nominal"
    acc = got["prices of grain and fuel rose sharply in the spring"]
    assert acc.verb is not None and acc.verb[2] == "According to" and acc.verb[3] == "according to"
    assert acc.mention is not None and acc.mention.text == "Reuters"


def test_reported_clause_holding_a_quoted_fragment_is_mixed():
    doc, rep = reported("mixed")
    [r] = rep
    assert r.kind == "mixed"
    assert doc.text[r.start:r.end].startswith("the merger was “reckless")
    assert r.mention is not None and r.mention.text == "Critics"


def candidates(name: str):
    doc = qs.to_document(load(name))
    p = qs._parse(doc)
    assert p is not None
    return doc, p, {(c.lemma, c.rel): c for c in qs._candidates(p, PAT)}


def test_words_quoted_inside_a_clause_stay_part_of_it_with_a_parse():
    # the parse frames '"the question is the timing."' under "said", but a quotation opening in lower case
    # inside a sentence is a quoted fragment of the reported clause, as without the parse
    quotes = quoteattr.extract(load("fragment"))
    assert [(q.kind, q.text) for q in quotes] == [("mixed", '"the question is the timing."')]
    assert quotes[0].speaker is not None and quotes[0].speaker.name == "The mayor"


def test_content_takes_the_cues_later_obliques_and_drops_a_preposition():
    doc, _p, cands = candidates("spans")
    # "noted [a rally] [on Saturday] [in Sioux City]": the obliques the parse hung on the cue are content
    assert doc.text[cands["note", "obj"].start:cands["note", "obj"].end] == "a rally on Saturday in Sioux City"
    # "complained about [the new tax]": the preposition is the cue's, not the content's
    about = cands["complain", "obl/about"]
    assert doc.text[about.start:about.end] == "the new tax"


def test_content_leaves_out_the_cues_time_and_comma_tails():
    doc, _p, cands = candidates("cuetail")
    # "praised [the new library] [on Monday]": a time oblique of the cue is not content
    praise = cands["praise", "obj"]
    assert doc.text[praise.start:praise.end] == "the new library"
    # "backed [the plan], hoping for votes": a participle after a comma is the cue's own
    back = cands["back", "obj"]
    assert doc.text[back.start:back.end] == "the plan"
    # the participle is a candidate of its own, with its own content
    assert doc.text[cands["hope", "obl/for"].start:cands["hope", "obl/for"].end] == "votes"


def test_features_name_the_speakers_kind_and_entity_type():
    _doc, p, cands = candidates("cuetail")
    feats = qs._features(p, cands["back", "obj"], PAT)
    assert "sk=name|PERSON|obj" in feats and "lsk=back|name|PERSON" in feats
    assert "lch=back|plan" in feats and "fw=the|obj" in feats
    feats = qs._features(p, cands["praise", "obj"], PAT)
    assert "sk=nominal||obj" in feats and "sl=mayor" in feats
    assert p.ent(7) == "DATE" and p.ent(2) == ""  # "Monday"; "praised"


def test_features_name_the_other_candidates_of_the_same_cue():
    _doc, p, cands = candidates("cuetail")
    # "backed [the plan], [hoping for votes]": each of the cue's two contents knows of the other
    obj = qs._features(p, cands["back", "obj"], PAT)
    assert "sib=obj|xcomp" in obj and "nsib=1|obj" in obj and "lenrank=min|obj" in obj
    xcomp = qs._features(p, cands["back", "xcomp"], PAT)
    assert "sib=xcomp|obj" in xcomp and "lenrank=max|xcomp" in xcomp
    # a cue with a single content has no peers
    alone = qs._features(p, cands["praise", "obj"], PAT)
    assert not any(f.startswith("sib=") for f in alone) and "nsib=0|obj" in alone


def test_pair_weights_separate_speech_from_other_relations():
    doc, p, cands = candidates("ccomp")
    said = qs._prob(p, cands["say", "ccomp"], PAT)
    mild = qs._prob(p, cands["be", "xcomp"], PAT)
    assert said is not None and mild is not None
    assert said > qs.THRESHOLD > mild
    assert "lr=say|ccomp" in qs._features(p, cands["say", "ccomp"], PAT)


def test_reported_contents_never_overlap():
    for name in ("ccomp", "parataxis", "xcomp", "mixed", "spans", "cuetail"):
        _doc, rep = reported(name)
        spans = sorted((r.start, r.end) for r in rep)
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:])), name


def test_quote_closing_a_clause_that_starts_outside_the_marks_is_mixed():
    sdoc = load("spans")
    doc = qs.to_document(sdoc)
    [item] = items_of(doc)
    assert doc.text[item.start:item.end].startswith("would be a disaster")
    assert qs.dependency_frame(doc, item, PAT) is None  # "says fraud “…”": not a quotation of its own
    quotes = quoteattr.extract(sdoc)
    assert not [q for q in quotes if q.kind == "direct"]
    [mixed] = [q for q in quotes if q.kind == "mixed"]
    assert mixed.text == "fraud “would be a disaster for the whole country.”"
    assert mixed.speaker is not None and mixed.speaker.name == "Marek Nowak"
    assert mixed.verb is not None and mixed.verb.text == "says"


def test_document_without_parse_falls_back_to_rules():
    sdoc = load("parataxis")
    for sent in sdoc.sentences:
        for w in sent.words:
            w.head = None
            w.deprel = None
    doc = qs.to_document(sdoc)
    assert all(t.deprel == "" for t in doc.tokens)
    assert qs.dependency_reported(doc, items_of(doc), PAT) == []
    assert qs.dependency_frame(doc, items_of(doc)[0], PAT) is None
    quotes = quoteattr.extract(sdoc)
    assert [q.text for q in quotes if q.kind == "direct"] == ["We will win,"]
    assert quotes[0].speaker is not None and "Wei" in quotes[0].speaker.name


def test_extract_accepts_a_stanza_document():
    sdoc = load("parataxis")
    quotes = quoteattr.extract(sdoc)
    direct = [q for q in quotes if q.kind == "direct"]
    assert [q.text for q in direct] == ["We will win,"]
    assert direct[0].speaker is not None and direct[0].speaker.name == "Li Wei" or "Wei" in direct[0].speaker.name
    for q in quotes:
        assert sdoc.text[q.start:q.end] == q.text


# --------------------------------------------------------------------------- models, pipelines, the processor


def test_import_quoteattr_does_not_import_stanza():
    code = "import sys, quoteattr; quoteattr.extract('“Hi,” she said.'); " \
           "print([m for m in ('stanza', 'torch') if m in sys.modules])"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_build_pipeline_without_models_says_how_to_get_them(tmp_path):
    with pytest.raises(FileNotFoundError, match="python -m quoteattr download"):
        qs.build_pipeline(tmp_path / "nowhere")
    (tmp_path / "tokenize.pt").write_bytes(b"")
    with pytest.raises(FileNotFoundError, match="mwt.pt"):
        qs.build_pipeline(tmp_path)
    with pytest.raises(TypeError):
        qs.build_pipeline(42)  # type: ignore[arg-type]


def test_download_failure_is_a_clear_runtime_error(monkeypatch, tmp_path):
    def offline(*_a, **_k):
        raise ConnectionError("Failed to establish a new connection")

    monkeypatch.setattr(stanza, "download", offline)
    with pytest.raises(RuntimeError, match="could not download stanza's English models"):
        qs.download_models(tmp_path)


def test_quote_processor_is_registered():
    from stanza.pipeline.processor import NAME_TO_PROCESSOR_CLASS

    assert NAME_TO_PROCESSOR_CLASS["quote"] is qs.QuoteProcessor
    assert qs.QuoteProcessor.REQUIRES_DEFAULT == {"tokenize"}


@pytest.fixture(scope="module")
def mini():
    if not (MODELS / "tokenize.pt").is_file():
        pytest.skip(f"the test-grade stanza models are not at {MODELS}")
    d = str(MODELS)
    return stanza.Pipeline(
        lang="en", dir=d, download_method=None, allow_unknown_language=True, logging_level="WARN",
        processors="tokenize,mwt,pos,lemma,depparse,ner,quote",
        **{f"{p}_model_path": f"{d}/{p}.pt" for p in qs.MODEL_FILES},
    )


TEXT = (
    "The city council met on Tuesday.\n\n"
    "“We will finish the bridge by May,” said Maria Gomez, the chief engineer.\n\n"
    "Gomez said that the budget had doubled since March.\n\n"
    "“Nobody told us,” the mayor replied."
)


@needs_models
def test_processor_in_a_live_pipeline(mini):
    doc = mini(TEXT)
    quotes = doc.quotes
    assert isinstance(quotes, list) and all(isinstance(q, Quote) for q in quotes)
    for q in quotes:
        assert doc.text[q.start:q.end] == q.text
    direct = [q for q in quotes if q.kind == "direct"]
    assert [q.text for q in direct] == ["We will finish the bridge by May,", "Nobody told us,"]
    assert direct[0].speaker is not None and direct[0].speaker.name == "Maria Gomez"
    assert direct[1].speaker is not None and "mayor" in direct[1].speaker.name


@needs_models
def test_live_document_through_extract(mini):
    doc = mini(TEXT)
    got = quoteattr.extract(doc)
    assert [q.to_dict() for q in got] == [q.to_dict() for q in doc.quotes]
    d = qs.to_document(doc)
    assert d.tokens and any(t.deprel == "ccomp" or t.deprel == "parataxis" for t in d.tokens)
    assert any(e.type.startswith("PER") for e in d.entities)


@needs_models
def test_build_pipeline_from_the_mini_models():
    nlp = qs.build_pipeline(MODELS, processors="tokenize,mwt,pos", quote=True)
    doc = nlp("“Fine,” he said.")
    assert [q.text for q in doc.quotes] == ["Fine,"]
    assert doc.quotes[0].speaker is not None


def test_quote_processor_requires_tokenize(tmp_path):
    from stanza.pipeline.core import PipelineRequirementsException

    (tmp_path / "resources.json").write_text("{}")
    with pytest.raises(PipelineRequirementsException):
        stanza.Pipeline(lang="en", dir=str(tmp_path), processors="quote", download_method=None,
                        allow_unknown_language=True, logging_level="WARN")


# --------------------------------------------------------------------------- rules and parse together


def _rep(s: int, e: int, cue: int = -1) -> Reported:
    """A reported clause [s, e) whose cue word starts at ``cue`` (no cue when negative)."""
    verb = (cue, cue + 4, "said", "say") if cue >= 0 else None
    return Reported(s, e, "indirect", verb, None)


@pytest.mark.parametrize("first, more, kept", [
    ([(10, 20, 5)], [(0, 5, 1), (15, 30, 8), (20, 25, 9), (5, 11, 2)], [(0, 5, 1), (20, 25, 9)]),
    ([], [(3, 4, 1), (1, 2, 0)], [(1, 2, 0), (3, 4, 1)]),
    ([(0, 100, 0), (40, 50, 35)], [(60, 70, 55), (100, 101, 99)], [(100, 101, 99)]),
    # the same cue: the rules' clause stays
    ([(5, 6, 1)], [(2, 50, 1)], []),
])
def test_the_parse_adds_reported_speech_only_where_the_rules_found_none(first, more, kept):
    out = qs.merge_reported([_rep(*x) for x in first], [_rep(*x) for x in more])
    assert [(r.start, r.end) for r in out] == sorted((s, e) for s, e, _ in [*first, *kept])


@pytest.mark.parametrize("first, more, out", [
    # "X said [the firm expects [to grow]]": the rules took the inner verb; the parse's outer clause wins
    ([(30, 40, 22)], [(10, 40, 4)], [(10, 40)]),
    ([(30, 40, -1)], [(10, 40, 4)], [(10, 40)]),
    # the parse's clause would swallow two of the rules' clauses: they stay
    ([(12, 20, 11), (30, 40, 22)], [(10, 40, 4)], [(12, 20), (30, 40)]),
    # the rules' clause reaches past the parse's, or is the same: it stays
    ([(30, 45, 22)], [(10, 40, 4)], [(30, 45)]),
    ([(10, 40, 4)], [(10, 40, 4)], [(10, 40)]),
])
def test_a_rules_clause_inside_another_cues_parsed_content_gives_way(first, more, out):
    got = qs.merge_reported([_rep(*x) for x in first], [_rep(*x) for x in more])
    assert [(r.start, r.end) for r in got] == out


def test_a_parsed_document_gets_the_rules_reported_speech_too():
    """The ccomp fixture's clause is found by the rules as well; the parse's own candidate, overlapping
    it, is not added twice."""
    sdoc = load("ccomp")
    quotes = [q for q in quoteattr.extract(sdoc) if q.kind != "direct"]
    assert [q.text for q in quotes] == ["that the plan would fail"]


def test_a_cue_may_report_two_contents_that_do_not_overlap():
    """'said [the plan would fail], and [that the cost would rise]' (the second clause a conj of the cue):
    both contents are the cue's, each its own reported clause (at a threshold that admits the conj)."""
    doc = qs.to_document(load("twocontents"))
    got = qs.dependency_reported(doc, items_of(doc), PAT, threshold=0.25)
    assert [doc.text[r.start:r.end] for r in got] == ["the plan would fail", "that the cost would rise"]
    assert [r.verb[2] if r.verb else None for r in got] == ["said", "said"]
    assert [r.mention.text if r.mention else None for r in got] == ["Senator Ana Ortiz"] * 2


def test_pair_features_pair_the_cue_with_the_contents_first_word_and_with_its_subject():
    """'said that ...' and 'said the ...' weigh differently, and so do a named and a pronoun subject of the
    same cue: the weights file holds these conjunctions."""
    doc = qs.to_document(load("ccomp"))
    p = qs._parse(doc)
    c = next(c for c in qs._candidates(p, PAT) if c.rel == "ccomp")
    feats = qs._features(p, c, PAT)
    assert "lfw=say|that" in feats
    assert "ls=say|nsubj/PROPN" in feats
    w = qs._weights("en")
    assert "lfw=say|that" in w and "ls=say|nsubj/PROPN" in w


def test_nominal_content_leaves_out_a_comment_after_a_comma():
    """'praised [the new law], which takes effect in May': a relative clause or apposition set off by a
    comma is the writer's comment on the content, not part of it; one without a comma restricts the noun
    and stays ('backed [the plan that the council passed]')."""
    doc, _p, cands = candidates("reltrim")
    praise = cands["praise", "obj"]
    assert doc.text[praise.start:praise.end] == "the new law"
    back = cands["back", "obj"]
    assert doc.text[back.start:back.end] == "the plan that the council passed"


def test_parsed_clauses_carry_the_scores_of_every_content_of_each_cue():
    doc, rep = reported("ccomp")
    cues = rep.cues  # cue start -> [(start, end, score)], every content the parse offers that cue
    said = [t for t in doc.tokens if t.text == "said"][0]
    assert any(doc.text[s:e] == "that the plan would fail" and sc > qs.THRESHOLD for s, e, sc in cues[said.start])


@pytest.mark.parametrize("score, kept", [(0.05, False), (0.5, True)])
def test_a_rules_clause_whose_cue_and_content_the_parse_scores_near_zero_is_dropped(score, kept):
    """The rules read 'X said [...]' where the parse offers the same cue the same content but the pair
    weights give it almost no chance: the rules' clause goes (a plain list of parsed clauses keeps it)."""
    rules = [_rep(10, 30, 4)]
    parsed = qs._Parsed([], {4: [(10, 29, score)]})
    got = qs.merge_reported(rules, parsed)
    assert [(r.start, r.end) for r in got] == ([(10, 30)] if kept else [])
    assert [(r.start, r.end) for r in qs.merge_reported(rules, [])] == [(10, 30)]
    # a score for another cue, or for a content that does not overlap, is no reason to drop it
    assert len(qs.merge_reported(rules, qs._Parsed([], {9: [(10, 29, 0.01)], 4: [(40, 50, 0.01)]}))) == 1


def _conllu(*sentences: str) -> object:
    """A stanza Document from sentences written as 'form/lemma/UPOS/head/deprel' words (a comma or full stop
    joins the word before it), with the character offsets stanza gives."""
    from stanza.utils.conll import CoNLL

    lines, text = [], ""
    for si, sent in enumerate(sentences):
        words = [w.rsplit("/", 4) for w in sent.split()]
        if text:
            text += " "
        first = len(text)
        rows = []
        for i, (form, lemma, upos, head, rel) in enumerate(words, 1):
            if i > 1 and form not in (",", "."):
                text += " "
            s = len(text)
            text += form
            rows.append(f"{i}\t{form}\t{lemma}\t{upos}\t_\t_\t{head}\t{rel}\t_\tstart_char={s}|end_char={len(text)}")
        lines += [f"# sent_id = {si}", f"# text = {text[first:]}", *rows, ""]
    sdoc = CoNLL.conll2doc(input_str="\n".join(lines) + "\n")
    sdoc.text = text
    return sdoc


def test_content_leaves_out_a_trailing_aside_at_any_depth():
    """A comma-set-off apposition, relative or adverbial clause that closes the content is the writer's aside,
    wherever in the content it hangs ('said [the tax would rise], hurting ...', 'praised [a plan by Jane Roe],
    a lawyer'); one in the middle of the content stays ('said [the vote, which was close, would stand]')."""
    sdoc = _conllu(
        "He/he/PRON/2/nsubj said/say/VERB/0/root the/the/DET/4/det tax/tax/NOUN/6/nsubj would/will/AUX/6/aux "
        "rise/rise/VERB/2/ccomp ,/,/PUNCT/8/punct hurting/hurt/VERB/6/advcl small/small/ADJ/10/amod "
        "firms/firm/NOUN/8/obj ././PUNCT/2/punct",
        "She/she/PRON/2/nsubj praised/praise/VERB/0/root a/a/DET/4/det plan/plan/NOUN/2/obj by/by/ADP/7/case "
        "Jane/Jane/PROPN/7/compound Roe/Roe/PROPN/4/nmod ,/,/PUNCT/10/punct a/a/DET/10/det "
        "lawyer/lawyer/NOUN/7/appos ././PUNCT/2/punct",
        "They/they/PRON/2/nsubj said/say/VERB/0/root the/the/DET/4/det vote/vote/NOUN/11/nsubj ,/,/PUNCT/7/punct "
        "which/which/PRON/7/nsubj was/be/AUX/4/acl:relcl close/close/ADJ/7/xcomp ,/,/PUNCT/7/punct "
        "would/will/AUX/11/aux stand/stand/VERB/2/ccomp ././PUNCT/2/punct",
    )
    doc = qs.to_document(sdoc)
    p = qs._parse(doc)
    assert p is not None
    got = {(c.lemma, c.rel, doc.text[c.start:c.end]) for c in qs._candidates(p, PAT)}
    assert ("say", "ccomp", "the tax would rise") in got
    assert ("praise", "obj", "a plan by Jane Roe") in got
    assert ("say", "ccomp", "the vote, which was close, would stand") in got


def test_no_content_after_the_tag_of_a_direct_quotation_but_what_the_verb_reports_besides():
    """“…,” said [Jake Sullivan]: the parse hangs the tag's inverted subject, or the one told, on the verb as if
    it were content; after a quotation's tag a name or an article opens none (and "told" reports only what a
    "that" or "how" opens)."""
    sdoc = _conllu(
        "“/“/PUNCT/5/punct Taxes/tax/NOUN/5/nsubj are/be/AUX/5/cop too/too/ADV/5/advmod high/high/ADJ/8/ccomp "
        ",/,/PUNCT/5/punct ”/”/PUNCT/5/punct said/say/VERB/0/root Jake/Jake/PROPN/8/obj "
        "Sullivan/Sullivan/PROPN/9/flat ././PUNCT/8/punct",
        "“/“/PUNCT/4/punct We/we/PRON/4/nsubj will/will/AUX/4/aux win/win/VERB/8/ccomp ,/,/PUNCT/4/punct "
        "”/”/PUNCT/4/punct he/he/PRON/8/nsubj told/tell/VERB/0/root reporters/reporter/NOUN/8/obj "
        "in/in/ADP/12/case the/the/DET/12/det hall/hall/NOUN/9/nmod ././PUNCT/8/punct",
    )
    doc = qs.to_document(sdoc)
    # (at a threshold low enough that these small fixtures' scores would pass: the rule holds at any)
    got = [doc.text[r.start:r.end] for r in qs.dependency_reported(doc, items_of(doc), PAT, threshold=0.05)]
    assert not any("Sullivan" in g or "reporters" in g for g in got), got
    # a "that" clause after the tag's "told" is content
    sdoc = _conllu(
        "“/“/PUNCT/4/punct We/we/PRON/4/nsubj will/will/AUX/4/aux win/win/VERB/8/ccomp ,/,/PUNCT/4/punct "
        "”/”/PUNCT/4/punct he/he/PRON/8/nsubj told/tell/VERB/0/root reporters/reporter/NOUN/8/obj "
        "that/that/SCONJ/13/mark the/the/DET/12/det vote/vote/NOUN/13/nsubj stands/stand/VERB/8/ccomp "
        "././PUNCT/8/punct",
    )
    doc = qs.to_document(sdoc)
    got = [doc.text[r.start:r.end] for r in qs.dependency_reported(doc, items_of(doc), PAT, threshold=0.05)]
    assert "that the vote stands" in got, got
