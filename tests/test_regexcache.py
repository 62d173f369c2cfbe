"""The on-disk cache of compiled patterns (quoteattr.regexcache): the same patterns, read back in a later
process, and never a failure or a foreign object because of what lies in the folder."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest
import regex

import quoteattr
from quoteattr import regexcache
from quoteattr.regexcache import cache_dir, cache_files, clear_cache, compile_cached

SOURCE = r"(?P<who>\p{Lu}\p{Ll}++)\s++(?i:said|asked)\b"
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(regexcache.ENV, str(tmp_path / "cache"))
    found = cache_dir()
    assert found is not None and found.parent == tmp_path / "cache"
    return found


def _files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.pickle")) if folder.exists() else []


def test_first_compile_writes_the_pattern_and_a_later_one_reads_it(folder: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    first = compile_cached(SOURCE)
    assert first.match("Ann said").group("who") == "Ann"  # type: ignore[union-attr]
    [path] = _files(folder)
    assert regex.__version__ in folder.name  # (a folder per regex version: compiled code is the version's own)

    def no_compiling(*args: object, **kwargs: object) -> None:
        raise AssertionError("compiled again")

    monkeypatch.setattr(regexcache.regex, "compile", no_compiling)
    second = compile_cached(SOURCE)
    assert second.pattern == SOURCE and second.groupindex == first.groupindex
    assert second.match("Bob ASKED").group("who") == "Bob"  # type: ignore[union-attr]
    assert second.match("bob said") is None
    assert _files(folder) == [path]


@pytest.mark.parametrize("content", [
    b"",  # an empty file (a write cut short)
    b"\x80\x05garbage",  # not a pickle
    pickle.dumps(regex.compile(r"other")),  # another pattern under this name
    pickle.dumps({"not": "a pattern"}),
    pickle.dumps(os.getcwd),  # a pickle that names another function: never called, never even looked up
], ids=["empty", "garbage", "other-pattern", "dict", "foreign-global"])
def test_a_file_that_is_not_this_pattern_is_compiled_again_and_replaced(folder: Path, content: bytes) -> None:
    compile_cached(SOURCE)
    [path] = _files(folder)
    path.write_bytes(content)
    again = compile_cached(SOURCE)
    assert again.pattern == SOURCE and again.match("Cy said") is not None
    assert pickle.loads(path.read_bytes()).pattern == SOURCE  # rewritten whole


def test_the_unpickler_refuses_any_global_but_the_pattern_constructor(folder: Path, tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    evil = pickle.dumps(_Evil(str(marker)))
    compile_cached(SOURCE)
    [path] = _files(folder)
    path.write_bytes(evil)
    assert compile_cached(SOURCE).pattern == SOURCE
    assert not marker.exists()


class _Evil:
    def __init__(self, path: str) -> None:
        self.path = path

    def __reduce__(self) -> tuple[object, tuple[str, ...]]:
        return (Path.touch, (Path(self.path),))  # type: ignore[return-value]


def test_a_folder_that_cannot_be_written_only_means_compiling(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder would be")
    monkeypatch.setenv(regexcache.ENV, str(blocker))
    assert compile_cached(SOURCE).match("Di said") is not None
    assert blocker.read_text() == "a file where the folder would be"


def test_an_empty_setting_turns_the_cache_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(regexcache.ENV, "")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_dir() is None
    assert compile_cached(SOURCE).match("Ed said") is not None
    assert list(tmp_path.iterdir()) == []


def test_the_folder_follows_xdg_cache_home_then_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(regexcache.ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir() is not None and cache_dir().parent == tmp_path / "xdg" / "quoteattr"  # type: ignore[union-attr]
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache_dir() is not None and cache_dir().parent == tmp_path / "home" / ".cache" / "quoteattr"  # type: ignore[union-attr]


def test_a_second_process_reads_the_patterns_and_finds_the_same_quotes(tmp_path: Path) -> None:
    text = ("“I will not,” said Margaret Hale, the rector’s daughter. She said that it was late.\n\n"
            "“Then go,” he answered.")
    script = ("import json, sys, quoteattr\n"
              "print(json.dumps([q.to_dict() for q in quoteattr.extract(sys.stdin.read())]))\n")
    env = {**os.environ, regexcache.ENV: str(tmp_path / "cache"),
           "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    runs = [subprocess.run([sys.executable, "-c", script], input=text, capture_output=True, text=True,
                           env=env, check=True, timeout=300) for _ in range(2)]
    written = sorted(p.name for p in (tmp_path / "cache").rglob("*.pickle"))
    assert len(written) >= 10  # the lexicon's patterns, each in a file of its own
    assert runs[0].stdout == runs[1].stdout
    assert runs[0].stdout.strip() == __import__("json").dumps(
        [q.to_dict() for q in quoteattr.extract(text)])
    assert sorted(p.name for p in (tmp_path / "cache").rglob("*.pickle")) == written  # nothing new the 2nd time


def test_clearing_deletes_the_patterns_of_every_version_and_nothing_else(folder: Path) -> None:
    compile_cached(SOURCE)
    other_version = folder.parent / "regex-0.0-py3.0"
    other_version.mkdir(parents=True)
    (other_version / "old.pickle").write_bytes(b"old")
    keep = folder.parent / "notes.txt"
    keep.write_text("mine")
    assert len(cache_files()) == 2
    assert clear_cache() == 2
    assert cache_files() == [] and not other_version.exists() and keep.read_text() == "mine"
    assert compile_cached(SOURCE).match("Fay said") is not None  # (made again when next needed)
