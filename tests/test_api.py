"""The public entry points: types of input, options, determinism, optional dependencies."""

from __future__ import annotations

import subprocess
import sys

import pytest

import quoteattr
from quoteattr import Extractor


def test_empty_text_gives_no_quotes() -> None:
    assert quoteattr.extract("") == []


def test_bytes_are_refused_with_a_hint_to_decode() -> None:
    with pytest.raises(TypeError, match="decode"):
        quoteattr.extract(b"\xe2\x80\x9cHi\xe2\x80\x9d")


@pytest.mark.parametrize("bad", [None, 42, ["text"], 3.5])
def test_other_types_are_refused_by_name(bad: object) -> None:
    with pytest.raises(TypeError, match=type(bad).__name__):
        quoteattr.extract(bad)


def test_unknown_options_are_refused() -> None:
    with pytest.raises(TypeError):
        quoteattr.extract("x", colour="red")
    with pytest.raises(ValueError, match="kind"):
        Extractor(kinds=("direct", "sarcastic"))
    with pytest.raises(ValueError, match="min_confidence"):
        Extractor(min_confidence=2)
    with pytest.raises(ValueError, match="lexicon"):
        Extractor(language="xx")


def test_kinds_and_min_confidence_filter() -> None:
    text = "“Yes,” said Tom.\n\n“Is anyone there?”\n\nThe room was dark."
    every = Extractor()(text)
    assert {q.kind for q in every} == {"direct"}
    assert Extractor(kinds="indirect")(text) == [q for q in every if q.kind == "indirect"]
    confident = Extractor(min_confidence=0.99)(text)
    assert all(q.confidence >= 0.99 for q in confident)
    assert len(confident) < len(every)


def test_extract_is_deterministic_and_ordered() -> None:
    text = "“A,” said Ann. “B,” said Bo.\n\n“C?”\n\n‘D,’ she said."
    first = quoteattr.extract(text)
    assert first == quoteattr.extract(text)
    assert [q.start for q in first] == sorted(q.start for q in first)


def test_extractor_is_reusable() -> None:
    ex = Extractor()
    assert ex("“One,” said Al.")[0].speaker is not None
    assert ex("“Two,” said Bea.")[0].speaker.name == "Bea"  # type: ignore[union-attr]
    assert "Extractor(" in repr(ex)


def test_import_pulls_no_optional_dependency() -> None:
    code = (
        "import sys, quoteattr; quoteattr.extract('“Hi,” he said.'); "
        "bad = [m for m in ('stanza', 'torch', 'dask', 'tqdm') if m in sys.modules]; "
        "print(','.join(bad)); sys.exit(1 if bad else 0)"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


_LF = ("Mr. Hale rose from his chair.\n\n“The bridge will open in May,” he said, “if the weather\nholds.”\n\n"
       "Anna Cole, the engineer, said that the steel had arrived late.\n")


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_windows_and_old_mac_line_ends_give_the_same_quotes(newline: str) -> None:
    text = _LF.replace("\n", newline)
    got, want = quoteattr.extract(text), quoteattr.extract(_LF)
    assert len(got) == len(want) > 0
    for g, w in zip(got, want):
        assert text[g.start:g.end] == g.text and g.text.replace(newline, "\n") == w.text
        assert (g.speaker.name if g.speaker else None) == (w.speaker.name if w.speaker else None)
        if g.speaker is not None and g.speaker.start is not None:
            assert text[g.speaker.start:g.speaker.end] == g.speaker.text
        if g.verb is not None:
            assert text[g.verb.start:g.verb.end] == g.verb.text
        for mark in (g.open_mark, g.close_mark):
            if mark is not None:
                assert text[mark.start:mark.end] == mark.text


def test_a_long_text_leaves_the_garbage_collector_as_it_found_it() -> None:
    import gc

    from quoteattr.pipeline import collector_paused

    text = "“We will build it,” said Anna Kovacs. The bridge opens in May.\n\n" * 16_000  # over 1M characters
    assert len(text) > 1_000_000
    seen: list[bool] = []
    with collector_paused():
        seen.append(gc.isenabled())
    assert seen == [False] and gc.isenabled()
    quotes = quoteattr.extract(text)
    assert len(quotes) == 16_000 and gc.isenabled()
    gc.disable()
    try:
        quoteattr.extract(text[:2_000_000])
        assert not gc.isenabled()  # a collector the caller stopped stays stopped
    finally:
        gc.enable()
    with pytest.raises(RuntimeError):
        with collector_paused():
            raise RuntimeError("boom")
    assert gc.isenabled()  # started again after an error
