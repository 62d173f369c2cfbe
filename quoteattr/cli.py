"""The ``quoteattr`` command line: ``python -m quoteattr [FILE ...]``, ``python -m quoteattr download`` and
``python -m quoteattr cache``.

Run ``python -m quoteattr --help`` for the options and exit codes.
"""

from __future__ import annotations

import argparse
import collections
import fnmatch
import glob
import gzip
import json
import os
import shutil
import sys
import textwrap
from collections.abc import Iterable, Iterator, Sequence
from importlib import resources
from typing import IO, Any, Optional, cast

import attrs

from quoteattr.types import KINDS, Quote

EXIT_OK = 0
EXIT_FAILED = 1  # some inputs could not be read or processed (the others were)
EXIT_USAGE = 2  # bad command line (argparse's own code)
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141

_EPILOG = """\
inputs:
  FILE may be a text file, a JSONL file (.jsonl/.ndjson, one document per line,
  see --id-field/--text-field), a gzip-compressed one of either (.gz), a
  directory (with -r), a quoted glob pattern ('news/**/*.txt'), or - for stdin.
  With no FILE, quoteattr runs on a built-in sample article. To read a file
  named 'download' or 'cache', write ./download or ./cache.

  Offsets count code points of the decoded text, newlines untranslated: they
  index open(FILE, encoding='utf-8', newline='').read().

output:
  table (default): a readable table per document, long quotes shortened with …
  json: one JSON array of document records; jsonl: one record per line;
  html: the document with its quotes highlighted (one input only).
  A record is {"id", "source", "quotes": [...], "error": null | "message"}.

exit codes:
  0    every input was processed
  1    some inputs failed (missing, a directory without -r, binary, undecodable,
       empty stdin, bad JSONL line); the others were processed and written
  2    usage error (bad option or option value)
  130  interrupted (Ctrl-C)
  141  the output pipe was closed (e.g. | head)

examples:
  python -m quoteattr                          # the built-in sample
  python -m quoteattr article.txt --format json
  cat article.txt | python -m quoteattr -
  python -m quoteattr -r archive/ --include '*.txt' --format jsonl -o out.jsonl --processes 2
  python -m quoteattr pages.jsonl.gz --text-field body -o out.jsonl --resume
  python -m quoteattr download --dir ~/stanza_resources
  python -m quoteattr cache --clear            # the compiled-pattern cache
"""


class _Usage(Exception):
    """A usage error found after parsing (exit code 2)."""


@attrs.frozen(slots=True)
class _Doc:
    id: Any
    source: str
    text: Optional[str] = None
    error: Optional[str] = None


@attrs.frozen(slots=True)
class _Record:
    id: Any
    source: str
    quotes: Optional[tuple[Quote, ...]]
    error: Optional[str]
    text: Optional[str] = None  # kept for --format html only

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source,
            "quotes": [q.to_dict() for q in self.quotes] if self.quotes is not None else None,
            "error": self.error,
        }


# --- argument parsing ----------------------------------------------------------------------------------


def _kinds(value: str) -> tuple[str, ...]:
    kinds = tuple(k.strip() for k in value.split(",") if k.strip())
    bad = [k for k in kinds if k not in KINDS]
    if bad or not kinds:
        raise argparse.ArgumentTypeError(
            f"invalid kind(s) {', '.join(bad) or repr(value)}; choose from {', '.join(KINDS)} (comma-separated)")
    return kinds


def _confidence(value: str) -> float:
    try:
        x = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not 0.0 <= x <= 1.0:
        raise argparse.ArgumentTypeError(f"must lie in [0, 1], got {value}")
    return x


def _non_negative_int(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an integer: {value!r}") from None
    if n < 0:
        raise argparse.ArgumentTypeError(f"must be >= 0, got {n}")
    return n


def _positive_int(value: str) -> int:
    n = _non_negative_int(value)
    if n == 0:
        raise argparse.ArgumentTypeError("must be >= 1")
    return n


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="quoteattr",
        description="Find quotations in text and say who said them. "
                    "Subcommands: 'quoteattr download [--dir DIR]' fetches the optional stanza models; "
                    "'quoteattr cache [--clear]' shows or empties the compiled-pattern cache.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("inputs", nargs="*", metavar="FILE",
                   help="text or JSONL files, directories (with -r), globs, or - for stdin "
                        "(default: the built-in sample article)")
    p.add_argument("-f", "--format", choices=("table", "json", "jsonl", "html"), default="table",
                   help="output format (default: table)")
    p.add_argument("-o", "--output", metavar="PATH", help="write to PATH instead of stdout")
    g = p.add_argument_group("extraction")
    g.add_argument("--kinds", type=_kinds, default=KINDS, metavar="LIST",
                   help="comma-separated kinds to report: direct,indirect,mixed (default: all)")
    g.add_argument("--min-confidence", type=_confidence, default=0.0, metavar="X",
                   help="drop quotes with confidence below X, 0..1 (default: 0)")
    g.add_argument("--language", default="en", help="lexicon language (default: en)")
    g = p.add_argument_group("inputs")
    g.add_argument("-r", "--recursive", action="store_true", help="read the files in directories, recursively")
    g.add_argument("--include", action="append", metavar="GLOB",
                   help="with -r, only files whose name matches GLOB (repeatable), e.g. '*.txt'")
    g.add_argument("--input-format", choices=("auto", "text", "jsonl"), default="auto",
                   help="auto: JSONL for .jsonl/.ndjson[.gz] names, text otherwise (stdin: text)")
    g.add_argument("--id-field", default="id", metavar="NAME", help="JSONL field holding the id (default: id)")
    g.add_argument("--text-field", default="text", metavar="NAME",
                   help="JSONL field holding the text (default: text)")
    g.add_argument("--encoding", default="utf-8", help="input encoding (default: utf-8)")
    g.add_argument("--encoding-errors", choices=("strict", "replace", "ignore"), default="strict",
                   help="undecodable bytes: strict fails the input naming the byte offset; replace "
                        "substitutes U+FFFD; ignore drops them (default: strict)")
    g = p.add_argument_group("corpora")
    g.add_argument("-j", "--processes", type=_non_negative_int, default=1, metavar="N",
                   help="worker processes (default: 1; 0: one per CPU)")
    g.add_argument("--chunksize", type=_positive_int, default=16, metavar="N",
                   help="documents sent to a worker at a time (default: 16)")
    g.add_argument("--resume", action="store_true",
                   help="with -o PATH and jsonl: skip ids PATH already holds without error, append the rest")
    g.add_argument("--progress", dest="progress", action="store_true", default=None,
                   help="show a progress bar on stderr (default: when stderr is a terminal; needs tqdm)")
    g.add_argument("--no-progress", dest="progress", action="store_false", help="never show a progress bar")
    g.add_argument("--width", type=_positive_int, metavar="COLS",
                   help="table width (default: the terminal's, or 100)")
    return p


def _download_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="quoteattr download",
        description="Download the stanza models quoteattr's optional stanza pipeline uses (needs network "
                    "and the stanza extra: pip install 'quoteattr[stanza]').",
        epilog="exit codes: 0 downloaded, 1 the download failed, 2 usage error",
    )
    p.add_argument("--dir", metavar="DIR", default=None, help="model directory (default: stanza's own)")
    return p


def _cache_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="quoteattr cache",
        description="Show where quoteattr keeps its compiled patterns (QUOTEATTR_CACHE_DIR, else "
                    "XDG_CACHE_HOME/quoteattr, else ~/.cache/quoteattr), how many files and bytes; or empty it.",
        epilog="exit codes: 0 done, 1 the cache could not be emptied, 2 usage error",
    )
    p.add_argument("--clear", action="store_true", help="delete the compiled patterns (they are made again "
                                                        "when next needed)")
    return p


# --- inputs --------------------------------------------------------------------------------------------

_GLOB_CHARS = frozenset("*?[")


def _is_jsonl(name: str, args: argparse.Namespace) -> bool:
    if args.input_format != "auto":
        return bool(args.input_format == "jsonl")
    base = name[:-3] if name.endswith(".gz") else name
    return base.endswith((".jsonl", ".ndjson"))


def _decode_error(err: UnicodeDecodeError, encoding: str, offset: int = 0) -> str:
    bad = err.object[err.start:err.end]
    name = "UTF-8" if encoding.lower().replace("_", "-") in ("utf-8", "utf8") else encoding
    return (f"invalid {name} at byte offset {offset + err.start} (byte {bad[:4].hex(' ')}); "
            f"use --encoding-errors replace to substitute U+FFFD, or --encoding to name the right encoding")


def _decode(data: bytes, args: argparse.Namespace) -> tuple[Optional[str], Optional[str]]:
    enc = args.encoding
    if enc.lower().replace("_", "-") in ("utf-8", "utf8"):
        if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
            return None, "looks like UTF-16 text (it starts with a UTF-16 byte-order mark); use --encoding utf-16"
        if b"\x00" in data[:8192]:
            return None, "binary file (it contains NUL bytes), not text"
    try:
        return data.decode(enc, args.encoding_errors), None
    except UnicodeDecodeError as err:
        return None, _decode_error(err, enc)
    except LookupError:
        raise _Usage(f"unknown encoding {enc!r}") from None


def _open(path: str) -> IO[bytes]:
    if path.endswith(".gz"):
        return cast("IO[bytes]", gzip.open(path, "rb"))
    return open(path, "rb")


def _os_error(err: OSError) -> str:
    return err.strerror or str(err)


def _text_doc(path: str, args: argparse.Namespace) -> _Doc:
    try:
        with _open(path) as fh:
            data = fh.read()
    except IsADirectoryError:
        return _Doc(path, path, error="is a directory (use -r to read the files in it)")
    except OSError as err:  # includes gzip.BadGzipFile
        return _Doc(path, path, error=_os_error(err) if not isinstance(err, gzip.BadGzipFile) else f"not gzip data: {err}")
    except EOFError:
        return _Doc(path, path, error="truncated gzip file")
    text, error = _decode(data, args)
    return _Doc(path, path, text=text, error=error)


def _jsonl_docs(fh: IO[bytes], source: str, args: argparse.Namespace) -> Iterator[_Doc]:
    offset = 0
    lineno = 0
    try:
        for raw in fh:
            lineno += 1
            where = f"{source}:{lineno}"
            line_offset = offset
            offset += len(raw)
            if not raw.strip():
                continue
            try:
                line = raw.decode(args.encoding, args.encoding_errors)
            except UnicodeDecodeError as err:
                yield _Doc(where, where, error=_decode_error(err, args.encoding, line_offset))
                continue
            try:
                rec = json.loads(line)
            except ValueError as err:
                yield _Doc(where, where, error=f"invalid JSON: {err}")
                continue
            if not isinstance(rec, dict):
                yield _Doc(where, where, error=f"expected a JSON object, got {type(rec).__name__}")
                continue
            id_ = rec.get(args.id_field, where)
            if isinstance(id_, (dict, list)):
                yield _Doc(where, where, error=f"field {args.id_field!r} must be a string or number")
                continue
            text = rec.get(args.text_field)
            if not isinstance(text, str):
                what = "is missing" if args.text_field not in rec else f"is {type(text).__name__}, not a string"
                yield _Doc(id_, where, error=f"field {args.text_field!r} {what} "
                                             f"(choose the field with --text-field)")
                continue
            yield _Doc(id_, where, text=text)
    except (OSError, EOFError) as err:
        msg = _os_error(err) if isinstance(err, OSError) else "truncated gzip file"
        yield _Doc(source, source, error=f"read failed after line {lineno}: {msg}")


def _file_docs(path: str, args: argparse.Namespace, done: set[str]) -> Iterator[_Doc]:
    if _is_jsonl(path, args):
        try:
            fh = _open(path)
        except OSError as err:
            yield _Doc(path, path, error=_os_error(err))
            return
        with fh:
            for doc in _jsonl_docs(fh, path, args):
                if doc.error is not None or _key(doc.id) not in done:
                    yield doc
    elif _key(path) not in done:
        yield _text_doc(path, args)


def _walk(root: str, args: argparse.Namespace) -> Iterator[str]:
    for dirpath, dirnames, filenames in os.walk(root, onerror=None):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            if args.include and not any(fnmatch.fnmatch(name, pat) for pat in args.include):
                continue
            yield os.path.join(dirpath, name)


def _stdin_docs(args: argparse.Namespace) -> Iterator[_Doc]:
    src = "<stdin>"
    stream = sys.stdin.buffer if sys.stdin is not None else None
    if stream is None:
        yield _Doc(src, src, error="no stdin to read")
        return
    if args.input_format == "jsonl":
        docs = _jsonl_docs(stream, src, args)
        first = next(docs, None)
        if first is None:
            yield _Doc(src, src, error="stdin is empty (pipe a document in, or give a FILE)")
            return
        yield first
        yield from docs
        return
    data = stream.read()
    if not data.strip():
        yield _Doc(src, src, error="stdin is empty (pipe a document in, or give a FILE)")
        return
    text, error = _decode(data, args)
    yield _Doc(src, src, text=text, error=error)


def _sample_doc() -> _Doc:
    text = resources.files("quoteattr").joinpath("sample.txt").read_text(encoding="utf-8")
    return _Doc("sample", "sample article (built in)", text=text)


def _documents(args: argparse.Namespace, done: set[str]) -> Iterator[_Doc]:
    if not args.inputs:
        doc = _sample_doc()
        if _key(doc.id) not in done:
            yield doc
        return
    for arg in args.inputs:
        if arg == "-":
            for doc in _stdin_docs(args):
                if doc.error is not None or _key(doc.id) not in done:
                    yield doc
            continue
        if os.path.isdir(arg):
            if not args.recursive:
                yield _Doc(arg, arg, error="is a directory (use -r to read the files in it)")
                continue
            found = False
            for path in _walk(arg, args):
                found = True
                yield from _file_docs(path, args, done)
            if not found:
                yield _Doc(arg, arg, error="directory holds no files" + (
                    f" matching {', '.join(args.include)}" if args.include else ""))
            continue
        if os.path.lexists(arg) or not (_GLOB_CHARS & set(arg)):
            if not os.path.lexists(arg):
                yield _Doc(arg, arg, error="no such file")
                continue
            yield from _file_docs(arg, args, done)
            continue
        matches = sorted(glob.glob(arg, recursive=True))
        if not matches:
            yield _Doc(arg, arg, error="no files match this pattern")
            continue
        for path in matches:
            if os.path.isdir(path):
                if args.recursive:
                    for sub in _walk(path, args):
                        yield from _file_docs(sub, args, done)
                continue  # a glob matching directories: skip them quietly unless -r
            yield from _file_docs(path, args, done)


# --- resume --------------------------------------------------------------------------------------------


def _key(id_: Any) -> str:
    return json.dumps(id_, sort_keys=True, ensure_ascii=False)


def _done_ids(path: str) -> set[str]:
    """Ids PATH already holds without error; a partly written last line is cut off."""
    done: set[str] = set()
    if not os.path.exists(path):
        return done
    with open(path, "rb+") as fh:
        data = fh.read()
        if data and not data.endswith(b"\n"):
            cut = data.rfind(b"\n") + 1
            fh.truncate(cut)
            data = data[:cut]
    for line in data.splitlines():
        try:
            rec = json.loads(line)
        except ValueError:
            continue
        if isinstance(rec, dict) and "id" in rec and rec.get("error") is None:
            done.add(_key(rec["id"]))
    return done


# --- processing ----------------------------------------------------------------------------------------


def _records(docs: Iterable[_Doc], args: argparse.Namespace, keep_text: bool) -> Iterator[_Record]:
    """Records in input order: extraction for readable documents, error records for the others."""
    from quoteattr.corpus import extract_many

    meta: collections.deque[_Doc] = collections.deque()

    def feed() -> Iterator[tuple[Any, str]]:
        for doc in docs:
            if doc.text is None:
                meta.append(doc)
            else:
                meta.append(attrs.evolve(doc, text=doc.text if keep_text else None))
                yield doc.id, doc.text

    def flush_errors() -> Iterator[_Record]:
        while meta and meta[0].text is None and meta[0].error is not None:
            d = meta.popleft()
            yield _Record(d.id, d.source, None, d.error)

    results = extract_many(feed(), processes=args.processes, chunksize=args.chunksize,
                           kinds=args.kinds, min_confidence=args.min_confidence, language=args.language)
    for res in results:
        yield from flush_errors()
        d = meta.popleft()
        yield _Record(d.id, d.source, res.quotes, res.error, d.text if keep_text else None)
    yield from flush_errors()


# --- output --------------------------------------------------------------------------------------------


def _clip(s: str, n: int) -> str:
    return s if len(s) <= n else s[: max(n - 1, 0)].rstrip() + "…"


def _one_line(s: str) -> str:
    paras = [" ".join(p.split()) for p in s.replace("\r\n", "\n").split("\n\n")]
    return " ¶ ".join(p for p in paras if p)


def _clip_name(s: str, n: int) -> str:
    """Shorten a name from the left, whole words first: the surname is the telling part."""
    words = s.split()
    while len(s) > n and len(words) > 1:
        words = words[1:]
        s = "…" + " ".join(words)
    return _clip(s, n)


def _speaker_cell(q: Quote) -> str:
    sp = q.speaker
    if sp is None:
        return "—"
    if sp.text and sp.text != sp.name and sp.kind == "pronoun":
        return f"{sp.name} ({sp.text})"
    return sp.name


def format_table(source: str, quotes: Sequence[Quote], width: int = 100, lines: int = 2) -> str:
    """A plain-text table of ``quotes``: number, offsets, speaker, verb, quote (wrapped, shortened with …)."""
    n = len(quotes)
    head = f"{source}: {n} quote{'s' if n != 1 else ''}" if n else f"{source}: no quotes"
    if not quotes:
        return head + "\n"
    parts = collections.Counter(q.quote_id for q in quotes)
    nums = [f"{q.quote_id + 1}{chr(ord('a') + q.part) if parts[q.quote_id] > 1 and q.part < 26 else ''}"
            for q in quotes]
    offs = [f"{q.start}-{q.end}" for q in quotes]
    w_num = max(1, *map(len, nums))
    w_off = max(len("offsets"), *map(len, offs))
    w_spk, w_verb = (22, 8) if width >= 90 else (16, 7)
    w_quote = max(20, width - (w_num + w_off + w_spk + w_verb + 8))
    indent = " " * (w_num + w_off + w_spk + w_verb + 8)
    out = [head, f"{'#':<{w_num}}  {'offsets':<{w_off}}  {'speaker':<{w_spk}}  {'verb':<{w_verb}}  quote",
           "-" * min(width, w_num + w_off + w_spk + w_verb + 8 + w_quote)]
    for q, num, off in zip(quotes, nums, offs):
        shown = _one_line((q.open_mark.text if q.open_mark else "") + q.text + (q.close_mark.text if q.close_mark else ""))
        wrapped = textwrap.wrap(shown, w_quote) or [""]
        if len(wrapped) > lines:
            wrapped = wrapped[:lines]
            last = wrapped[-1]
            if len(last) > w_quote - 2:
                last = last[: w_quote - 2]
                cut = last.rfind(" ")
                last = last[:cut] if cut > w_quote // 2 else last
            wrapped[-1] = last.rstrip() + " …"
        spk = _clip_name(_speaker_cell(q), w_spk)
        verb = _clip(q.verb.text if q.verb else "—", w_verb)
        out.append(f"{num:<{w_num}}  {off:<{w_off}}  {spk:<{w_spk}}  {verb:<{w_verb}}  {wrapped[0]}")
        out.extend(indent + more for more in wrapped[1:])
    return "\n".join(out) + "\n"


def _table_width(args: argparse.Namespace) -> int:
    if args.width:
        return int(args.width)
    cols = shutil.get_terminal_size((100, 24)).columns
    return max(60, min(cols, 160))


class _Progress:
    def __init__(self, enabled: Optional[bool]) -> None:
        self.bar: Any = None
        if enabled is None:
            enabled = bool(sys.stderr is not None and sys.stderr.isatty())
        if enabled:
            try:
                from tqdm import tqdm
            except ImportError:
                return
            self.bar = tqdm(unit="doc", file=sys.stderr, dynamic_ncols=True)

    def update(self) -> None:
        if self.bar is not None:
            self.bar.update(1)

    def message(self, msg: str) -> None:
        if self.bar is not None:
            self.bar.write(msg, file=sys.stderr)
        else:
            print(msg, file=sys.stderr, flush=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _run(args: argparse.Namespace) -> int:
    from quoteattr.pipeline import Extractor

    try:
        Extractor(language=args.language, kinds=args.kinds, min_confidence=args.min_confidence)
    except (ValueError, TypeError) as err:
        raise _Usage(str(err)) from None
    if args.resume and (not args.output or args.format != "jsonl"):
        raise _Usage("--resume needs --output PATH and --format jsonl")
    if args.format == "html":
        several = len(args.inputs) > 1 or any(
            a != "-" and (os.path.isdir(a) or _is_jsonl(a, args) or (not os.path.lexists(a) and _GLOB_CHARS & set(a)))
            for a in args.inputs)
        if several or (args.inputs == ["-"] and args.input_format == "jsonl"):
            raise _Usage("--format html renders one text document; give one FILE (or -)")
    if args.include and not args.recursive:
        raise _Usage("--include filters the files of directories: use it with -r")

    done = _done_ids(args.output) if args.resume else set()
    out: IO[str]
    if args.output:
        try:
            out = open(args.output, "a" if args.resume else "w", encoding="utf-8", newline="\n")
        except OSError as err:
            raise _Usage(f"cannot write {args.output}: {_os_error(err)}") from None
    else:
        out = sys.stdout
        if hasattr(out, "reconfigure") and args.format == "table":
            out.reconfigure(errors="replace")
    ascii_only = not (getattr(out, "encoding", None) or "utf-8").lower().replace("_", "-").startswith("utf")
    progress = _Progress(args.progress)
    failed = 0
    first = True
    width = _table_width(args)
    try:
        if args.format == "json":
            out.write("[")
        for rec in _records(_documents(args, done), args, keep_text=args.format == "html"):
            progress.update()
            if rec.error is not None:
                failed += 1
                progress.message(f"quoteattr: error: {rec.source}: {rec.error}")
            if args.format == "jsonl":
                out.write(json.dumps(rec.to_dict(), ensure_ascii=ascii_only) + "\n")
                out.flush()
            elif args.format == "json":
                body = json.dumps(rec.to_dict(), ensure_ascii=ascii_only, indent=2)
                out.write(("\n" if first else ",\n") + textwrap.indent(body, "  "))
            elif rec.quotes is not None:
                if args.format == "table":
                    out.write(("" if first else "\n") + format_table(rec.source, rec.quotes, width))
                else:
                    from quoteattr.render import render_html

                    out.write(render_html(rec.text or "", rec.quotes, title=rec.source))
            first = False
        if args.format == "json":
            out.write("\n]\n" if not first else "]\n")
        out.flush()
    finally:
        progress.close()
        if out is not sys.stdout:
            out.close()
    return EXIT_FAILED if failed else EXIT_OK


def _download(argv: list[str]) -> int:
    args = _download_parser().parse_args(argv)
    try:
        from quoteattr.stanza import download_models

        where = download_models(args.dir)
    except KeyboardInterrupt:
        raise
    except ImportError as err:
        _error(f"cannot load the model downloader ({err}); it needs the stanza extra: "
               "pip install 'quoteattr[stanza]'")
        return EXIT_FAILED
    except Exception as err:
        msg = " ".join(str(err).split()) or type(err).__name__
        _error(f"model download failed: {_clip(msg, 400)} (is the network reachable?)")
        return EXIT_FAILED
    print(f"quoteattr: stanza models ready in {where or args.dir or 'stanza’s default directory'}")
    return EXIT_OK


def _cache(argv: list[str]) -> int:
    args = _cache_parser().parse_args(argv)
    from quoteattr.regexcache import ENV, cache_dir, cache_files, clear_cache

    folder = cache_dir()
    if folder is None:
        print(f"quoteattr: the compiled-pattern cache is off ({ENV} is set empty)")
        return EXIT_OK
    if args.clear:
        gone = clear_cache()
        left = cache_files()
        if left:
            _error(f"could not delete {len(left)} file(s) in {folder.parent}")
            return EXIT_FAILED
        print(f"quoteattr: deleted {gone} compiled pattern(s) from {folder.parent}")
        return EXIT_OK
    files = cache_files()
    size = 0
    for f in files:
        try:
            size += f.stat().st_size
        except OSError:
            pass
    print(f"quoteattr: compiled-pattern cache {folder.parent}\n"
          f"  this regex and Python: {folder.name}\n"
          f"  {len(files)} file(s), {size / 2**20:.1f} MiB")
    return EXIT_OK


def _error(msg: str) -> None:
    print(f"quoteattr: error: {msg}", file=sys.stderr, flush=True)


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Run the command line; returns the exit code (see ``--help``)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv[:1] == ["download"]:
            return _download(argv[1:])
        if argv[:1] == ["cache"]:
            return _cache(argv[1:])
        parser = build_parser()
        args = parser.parse_args(argv)
        try:
            return _run(args)
        except _Usage as err:
            parser.print_usage(sys.stderr)
            _error(str(err))
            return EXIT_USAGE
    except KeyboardInterrupt:
        _error("interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # the reader went away (| head): leave quietly, and keep Python from complaining at exit
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError, AttributeError):
            pass
        return EXIT_BROKEN_PIPE
