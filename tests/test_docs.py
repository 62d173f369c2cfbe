"""The documentation runs: every ```python block in docs/*.md and README.md is executed.

Blocks of one page run in order in one namespace (a later block may use what an
earlier one defined), in a temporary working directory. A block made of ``>>>``
prompts is checked with doctest instead (its printed output must match). A
block whose first line is ``# docs: skip <reason>`` is not run (for examples
that need what a test machine cannot have, e.g. downloaded stanza models); the
reason is reported as a skip.
"""

from __future__ import annotations

import doctest
import os
import re
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
PAGES = sorted(DOCS.glob("*.md")) + ([ROOT / "README.md"] if (ROOT / "README.md").exists() else [])

_FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})[ \t]*(?P<info>[^\n`]*)$")
_SKIP = re.compile(r"#\s*docs:\s*skip\b\s*(?P<why>.*)")


def blocks(path: Path) -> list[tuple[int, str, str]]:
    """(first line number, info string, code) of each fenced block of ``path``."""
    out = []
    lines = path.read_text(encoding="utf-8").splitlines()
    i = 0
    while i < len(lines):
        m = _FENCE.match(lines[i])
        if m is None:
            i += 1
            continue
        fence, info, indent = m.group("fence"), m.group("info").strip(), len(m.group("indent"))
        body = []
        j = i + 1
        while j < len(lines) and not (lines[j].strip().startswith(fence) and lines[j].strip().strip(fence[0]) == ""):
            body.append(lines[j][indent:] if lines[j][:indent].strip() == "" else lines[j])
            j += 1
        assert j < len(lines), f"{path.name}:{i + 1}: unclosed code fence"
        out.append((i + 2, info.split()[0].lower() if info else "", "\n".join(body) + "\n"))
        i = j + 1
    return out


def _python_blocks(path: Path) -> list[tuple[int, str]]:
    return [(line, code) for line, lang, code in blocks(path) if lang in ("python", "py", "pycon")]


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_examples_run(page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code_blocks = _python_blocks(page)
    if not code_blocks:
        pytest.skip(f"{page.name} has no python examples")
    monkeypatch.chdir(tmp_path)
    ns: dict[str, Any] = {"__name__": f"docs_{page.stem.replace('-', '_')}"}
    skipped = []
    ran = 0
    for line, code in code_blocks:
        where = f"{page.relative_to(ROOT)}:{line}"
        first = code.lstrip().splitlines()[0] if code.strip() else ""
        m = _SKIP.match(first)
        if m:
            assert m.group("why").strip(), f"{where}: '# docs: skip' needs a reason"
            skipped.append(f"{where}: {m.group('why').strip()}")
            continue
        if code.lstrip().startswith(">>>"):
            test = doctest.DocTestParser().get_doctest(code, ns, where, str(page), line - 1)
            runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
            out: list[str] = []
            runner.run(test, out=out.append, clear_globs=False)
            assert runner.failures == 0, f"{where}: doctest failed\n" + "".join(out)
        else:
            try:
                exec(compile(code, where, "exec"), ns)
            except Exception as err:
                raise AssertionError(f"the example at {where} fails: {type(err).__name__}: {err}") from err
        ran += 1
    if skipped and not ran:
        pytest.skip("; ".join(skipped))


def test_fence_parser_finds_blocks(tmp_path: Path) -> None:
    md = tmp_path / "x.md"
    md.write_text("text\n\n```python\nx = 1\n```\n\n~~~sh\nls\n~~~\n\n- item\n\n  ```py\n  y = 2\n  ```\n", encoding="utf-8")
    assert blocks(md) == [(4, "python", "x = 1\n"), (8, "sh", "ls\n"), (14, "py", "y = 2\n")]


def test_docs_pages_exist_and_examples_are_there() -> None:
    names = {p.name for p in DOCS.glob("*.md")}
    for need in ("index.md", "getting-started.md", "data-model.md", "how-it-works.md", "configuration.md",
                 "limitations.md"):
        assert need in names, f"docs/{need} is missing"
    for need in ("getting-started.md", "data-model.md", "configuration.md"):
        assert _python_blocks(DOCS / need), f"docs/{need} should show runnable examples"


_LINK = re.compile(r"\]\((?P<target>[^)#\s]+)(?:#[^)]*)?\)")


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_relative_links_resolve(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    # links inside code blocks are code, not links
    text = re.sub(r"^```.*?^```", "", text, flags=re.S | re.M)
    broken = []
    for m in _LINK.finditer(text):
        target = m.group("target")
        if re.match(r"[a-z]+:", target):
            continue  # http:, https:, mailto:
        if not (page.parent / target).exists():
            broken.append(target)
    assert not broken, f"{page.name} links to missing files: {broken}"


def test_every_lexicon_file_is_documented() -> None:
    import quoteattr

    lexdir = Path(quoteattr.__file__).parent / "lexicons" / "en"
    doc = (DOCS / "configuration.md").read_text(encoding="utf-8")
    missing = [p.name for p in sorted(lexdir.iterdir()) if p.is_file() and p.name not in doc]
    assert not missing, f"docs/configuration.md does not describe lexicon files {missing}"


def test_docs_do_not_need_the_network_or_models() -> None:
    # an example that downloads (stanza.download, urllib, pip) cannot run in CI; it must be marked skip
    for page in PAGES:
        for line, code in _python_blocks(page):
            if _SKIP.match(code.lstrip().splitlines()[0] if code.strip() else ""):
                continue
            for bad in ("stanza.download(", "urlopen(", "requests.get(", "pip install"):
                assert bad not in code, f"{page.name}:{line} runs {bad!r}; mark the block '# docs: skip <reason>'"
    assert os.path.isdir(DOCS)
