"""Compiled patterns kept on disk, so that a new process does not compile them again.

The `regex` package compiles a pattern in Python, and the patterns built from the
lexicons (every speech verb, title and person noun, in several places each) take
about two seconds to compile: longer than extracting the quotations of a whole
novel. `regex` can pickle a compiled pattern with its compiled code, and loading
that takes milliseconds; so each pattern, once compiled, is written to a cache
folder and read from there by every later process.

- Where: ``$QUOTEATTR_CACHE_DIR`` if set (an empty value turns the cache off),
  else ``$XDG_CACHE_HOME/quoteattr``, else ``~/.cache/quoteattr``; a folder per
  `regex` version and Python version, a file per pattern, named by a hash of its
  source.
- Safe to lose, share and race: a file is written whole and then renamed into
  place; one that cannot be read, or holds anything but a compiled pattern of
  that very source, is compiled again and rewritten; a folder that cannot be
  written to only means compiling in each process, as without a cache.
- Loading runs no code from the file: the unpickler takes `regex`'s own pattern
  constructor and nothing else.
"""

from __future__ import annotations

import hashlib
import io
import os
import pickle
import sys
import threading
from pathlib import Path
from typing import Any, Optional

import regex

__all__ = ["cache_dir", "cache_files", "clear_cache", "compile_cached"]

ENV = "QUOTEATTR_CACHE_DIR"


def _folder(env: Optional[str], xdg: Optional[str]) -> Optional[Path]:
    if env is not None:
        if not env.strip():
            return None  # turned off
        base = Path(env)
    elif xdg:
        base = Path(xdg) / "quoteattr"
    else:
        try:
            base = Path.home() / ".cache" / "quoteattr"
        except RuntimeError:  # (no home folder to be found)
            return None
    return base / f"regex-{regex.__version__}-py{sys.version_info[0]}.{sys.version_info[1]}"


def cache_dir() -> Optional[Path]:
    """The folder the compiled patterns of this `regex` and Python version go to, or None where the cache
    is turned off (``QUOTEATTR_CACHE_DIR=""``). It need not exist yet."""
    return _folder(os.environ.get(ENV), os.environ.get("XDG_CACHE_HOME"))


def cache_files() -> list[Path]:
    """The pattern files in the cache, for every `regex` and Python version (a folder each, beside the one
    :func:`cache_dir` names); none where the cache is off or empty."""
    folder = cache_dir()
    if folder is None or not folder.parent.is_dir():
        return []
    return sorted(f for d in folder.parent.glob("regex-*") if d.is_dir() for f in d.glob("*.pickle"))


def clear_cache() -> int:
    """Delete the cache's pattern files (every version's) and their emptied folders; how many files went.
    Nothing else in the folder is touched. Later processes compile their patterns again, once."""
    gone = 0
    for f in cache_files():
        try:
            f.unlink()
            gone += 1
        except OSError:
            pass
    folder = cache_dir()
    if folder is not None and folder.parent.is_dir():
        for d in folder.parent.glob("regex-*"):
            try:
                d.rmdir()  # (only where empty)
            except OSError:
                pass
    return gone


class _PatternUnpickler(pickle.Unpickler):
    """An unpickler that builds nothing but a compiled `regex` pattern."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) == ("regex._regex", "compile"):
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"not a compiled pattern: {module}.{name}")


def _load(path: Path, source: str) -> Optional[regex.Pattern[str]]:
    try:
        data = path.read_bytes()
    except OSError:
        return None
    try:
        found = _PatternUnpickler(io.BytesIO(data)).load()
    except Exception:  # (a truncated or foreign file, whatever it raises: compile again)
        return None
    return found if isinstance(found, regex.Pattern) and found.pattern == source else None


def _store(path: Path, pattern: regex.Pattern[str]) -> None:
    tmp = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")  # (one writer each)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(pickle.dumps(pattern, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(tmp, path)
    except (OSError, pickle.PicklingError, TypeError):
        try:
            tmp.unlink()
        except OSError:
            pass


def compile_cached(source: str) -> regex.Pattern[str]:
    """``regex.compile(source)``, read from the cache folder where an earlier process put it, and put
    there otherwise."""
    folder = cache_dir()
    if folder is None:
        return regex.compile(source)
    path = folder / (hashlib.sha256(source.encode("utf-8", "surrogatepass")).hexdigest()[:40] + ".pickle")
    found = _load(path, source)
    if found is not None:
        return found
    compiled = regex.compile(source)
    _store(path, compiled)
    return compiled
