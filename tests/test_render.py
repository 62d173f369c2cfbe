"""quoteattr.render.render_html: a standalone, escaped HTML view whose highlights sit where the offsets say.

The markup is checked twice: with the stdlib HTML parser (always), and in a real
headless browser (Debian's chromium driven by selenium through the system
chromedriver), which also takes a screenshot. The browser tests skip, saying
why, where chromium, chromedriver or selenium is missing.
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import tempfile
from html.parser import HTMLParser
from typing import Any, Optional

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import quoteattr
from quoteattr.render import render_html
from quoteattr.types import Quote, Span, Speaker, Verb

# original fixture text (not from any corpus)
STORY = (
    "Ada Marsh, the harbour master, met the press at dawn. “The channel is closed,” she said. "
    "“It stays closed until the wreck is lifted.”\n\n"
    "Her deputy, Olu Bakare, was blunter. He said: “Nobody sails tonight.”\n\n"
    "“We will lose a week,” Bakare added.\n\n"
    "The owners had done “far too little,” he complained.\n\n"
    "“Who pays for that?” asked a fisherman.\n\n"
    "A sign on the gate read <b>CLOSED</b> & \"keep out\"."
)


# --------------------------------------------------------------------------- a tiny DOM


class _Node:
    def __init__(self, tag: str, attrs: dict[str, Optional[str]], parent: Optional[_Node]) -> None:
        self.tag = tag
        self.attrs = attrs
        self.parent = parent
        self.children: list[Any] = []  # _Node or str

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def walk(self) -> Any:
        yield self
        for c in self.children:
            if isinstance(c, _Node):
                yield from c.walk()


_VOID = {"meta", "br", "link", "img", "input", "hr"}


class _Tree(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("#root", {}, None)
        self.cur = self.root

    def handle_starttag(self, tag: str, attrs: list[tuple[str, Optional[str]]]) -> None:
        node = _Node(tag, dict(attrs), self.cur)
        self.cur.children.append(node)
        if tag not in _VOID:
            self.cur = node

    def handle_endtag(self, tag: str) -> None:
        assert self.cur.tag == tag, f"</{tag}> closes <{self.cur.tag}>: markup is not well nested"
        assert self.cur.parent is not None
        self.cur = self.cur.parent

    def handle_data(self, data: str) -> None:
        self.cur.children.append(data)


def parse(page: str) -> _Node:
    t = _Tree()
    t.feed(page)
    t.close()
    assert t.cur is t.root, "unclosed elements"
    return t.root


def doc_node(root: _Node) -> _Node:
    found = [n for n in root.walk() if n.attrs.get("id") == "doc"]
    assert len(found) == 1
    return found[0]


def highlights(root: _Node) -> list[_Node]:
    return [n for n in doc_node(root).walk() if "data-start" in n.attrs]


def check_offsets(page: str, text: str) -> _Node:
    """The document's text is the input, and every highlight holds exactly text[start:end]."""
    root = parse(page)
    doc = doc_node(root)
    # python's parser normalises nothing, but the page writes CR as &#13;; it decodes back to "\r"
    assert doc.text() == text
    for n in highlights(root):
        s, e = int(n.attrs["data-start"]), int(n.attrs["data-end"])
        assert 0 <= s < e <= len(text)
        assert n.text() == text[s:e], (n.attrs, n.text(), text[s:e])
    return root


# --------------------------------------------------------------------------- parser-level tests


def test_story_page_is_complete_and_offsets_hold() -> None:
    quotes = quoteattr.extract(STORY)
    assert quotes, "the fixture has clear quotations"
    page = render_html(STORY, quotes, title="Harbour")
    assert page.startswith("<!DOCTYPE html>")
    assert page.rstrip().endswith("</html>")
    root = check_offsets(page, STORY)
    by_start = {(int(n.attrs["data-start"]), int(n.attrs["data-end"])): n for n in highlights(root)}
    for q in quotes:
        node = by_start[(q.start, q.end)]
        assert "q" in (node.attrs["class"] or "").split()
        assert node.attrs["data-kind"] == q.kind
        assert int(node.attrs["data-quote-id"]) == q.quote_id
        assert q.kind in (node.attrs["title"] or "")
        if q.speaker is not None:
            assert q.speaker.name in (node.attrs["title"] or "")
            if q.speaker.start is not None:
                spk = by_start[(q.speaker.start, q.speaker.end)]
                assert "spk" in (spk.attrs["class"] or "").split()
        if q.verb is not None:
            verb = by_start[(q.verb.start, q.verb.end)]
            assert "verb" in (verb.attrs["class"] or "").split()
            assert verb.attrs["data-lemma"] == q.verb.lemma
        for m in (q.open_mark, q.close_mark):
            if m is not None:
                assert "qm" in (by_start[(m.start, m.end)].attrs["class"] or "").split()


def test_standalone_no_external_assets_no_script() -> None:
    page = render_html(STORY, quoteattr.extract(STORY))
    low = page.lower()
    for bad in ("<script", "<link", "<img", "<iframe", "src=", "href=", "url(", "@import", "http://", "https://"):
        assert bad not in low, bad


def test_everything_is_escaped() -> None:
    text = "Then: “<script>alert(1)</script> & <img src=x onerror=alert(2)>,” said Eve O'Hara."
    quotes = quoteattr.extract(text)
    assert quotes and quotes[0].text.startswith("<script>")
    page = render_html(text, quotes, title='</title><script>alert("t")</script>')
    low = page.lower()
    assert "<script" not in low and "<img" not in low
    assert "&lt;script&gt;" in page
    assert "&lt;/title&gt;" in page
    root = check_offsets(page, text)
    titles = [n for n in root.walk() if n.tag == "title"]
    assert titles[0].text() == '</title><script>alert("t")</script>'
    # attribute values survive quotes and angle brackets intact
    q = next(n for n in highlights(root) if "q" in (n.attrs["class"] or "").split())
    assert q.attrs["data-speaker"] == (quotes[0].speaker.name if quotes[0].speaker else "unattributed")


def _q(text: str, s: int, e: int, *, qid: int = 0, part: int = 0, kind: str = "direct",
       speaker: Optional[Speaker] = None, verb: Optional[Verb] = None, marks: bool = True) -> Quote:
    om = Span(text[s - 1:s], s - 1, s) if marks and s > 0 else None
    cm = Span(text[e:e + 1], e, e + 1) if marks and e < len(text) else None
    return Quote(text=text[s:e], start=s, end=e, kind=kind, speaker=speaker, verb=verb,
                 open_mark=om, close_mark=cm, quote_id=qid, part=part)


def _classes(root: _Node, cls: str) -> list[_Node]:
    return [n for n in highlights(root) if cls in (n.attrs["class"] or "").split()]


def _colour_class(n: _Node) -> str:
    (c,) = [c for c in (n.attrs["class"] or "").split() if re.fullmatch(r"s\d+|u", c)]
    return c


def test_one_colour_per_entity_name_fallback_and_unattributed() -> None:
    text = '"A1," Kim said. "B1," Lee said. "A2," he said. "C," a guard said. "D." "C2," a guard said.'
    kim = Speaker("Kim Ode", 6, 9, "Kim", "name", 0, 0.9)
    lee = Speaker("Lee", 22, 25, "Lee", "name", 1, 0.9)
    he = Speaker("Kim Ode", 38, 40, "he", "pronoun", 0, 0.75)
    guard = Speaker("a guard", 52, 59, "a guard", "nominal", None, 0.7)
    g2 = text.rindex("a guard")
    guard2 = Speaker("a guard", g2, g2 + 7, "a guard", "nominal", None, 0.7)
    spans = [(m.start() + 1, m.end() - 1) for m in re.finditer(r'"[^"]+"', text)]
    assert [text[s:e] for s, e in spans] == ["A1,", "B1,", "A2,", "C,", "D.", "C2,"]
    speakers = [kim, lee, he, guard, None, guard2]
    quotes = [_q(text, s, e, qid=i, speaker=sp) for i, ((s, e), sp) in enumerate(zip(spans, speakers))]
    root = check_offsets(render_html(text, quotes), text)
    qn = {n.text(): _colour_class(n) for n in _classes(root, "q")}
    assert qn["A1,"] == qn["A2,"]  # same entity, name and pronoun mention
    assert qn["C,"] == qn["C2,"]  # no entity: coloured by name
    assert len({qn["A1,"], qn["B1,"], qn["C,"]}) == 3
    assert qn["D."] == "u"
    legend = [n for n in root.walk() if n.tag == "li"]
    assert [n.attrs["data-speaker"] for n in legend] == ["Kim Ode", "Lee", "a guard", "unattributed"]
    assert [_colour_class(n) for n in legend] == [qn["A1,"], qn["B1,"], qn["C,"], "u"]
    assert "(2 quotes)" in legend[0].text() and "(1 quote)" in legend[3].text()
    # every colour class has its own CSS colours
    page = render_html(text, quotes)
    for c in {qn["A1,"], qn["B1,"], qn["C,"]}:
        assert re.search(rf"\.{c} \{{ --bg: #[0-9a-f]{{6}}; --fg: #[0-9a-f]{{6}}; \}}", page)


def test_many_speakers_get_distinct_colours() -> None:
    words = [f"W{i}" for i in range(30)]
    text = " ".join(f'"{w}" N{i} said.' for i, w in enumerate(words))
    quotes = []
    for i, m in enumerate(re.finditer(r'"(W\d+)" (N\d+)', text)):
        sp = Speaker(f"N{i}", m.start(2), m.end(2), m.group(2), "name", i, 0.9)
        quotes.append(_q(text, m.start(1), m.end(1), qid=i, speaker=sp))
    page = render_html(text, quotes)
    check_offsets(page, text)
    colours = re.findall(r"\.s\d+ \{ --bg: (#[0-9a-f]{6});", page)
    assert len(colours) == 30 and len(set(colours)) == 30


def test_shared_speaker_and_verb_are_marked_once() -> None:
    text = '"One," she said. "Two."'
    sp = Speaker("Ann", 7, 10, "she", "pronoun", 0, 0.75)
    vb = Verb("said", "say", 11, 15)
    quotes = [_q(text, 1, 5, qid=0, part=0, speaker=sp, verb=vb), _q(text, 18, 22, qid=0, part=1, speaker=sp, verb=vb)]
    root = check_offsets(render_html(text, quotes), text)
    assert [n.text() for n in _classes(root, "spk")] == ["she"]
    assert [n.text() for n in _classes(root, "verb")] == ["said"]
    assert [n.attrs["data-part"] for n in _classes(root, "q")] == ["0", "1"]
    legend = [n for n in root.walk() if n.tag == "li"]
    assert [n.text() for n in legend] == ["Ann (1 quote)"]  # two parts, one quotation


def test_crossing_spans_are_cut_not_misnested() -> None:
    # not something extract() returns, but render_html must stay well formed for any valid spans
    text = "abc said xyz"
    sp = Speaker("Abc", 0, 8, "abc said", "name", 0, 0.9)  # crosses the quote [4, 12)
    q = Quote(text=text[4:12], start=4, end=12, speaker=sp)
    root = check_offsets(render_html(text, [q]), text)
    pieces = sorted((int(n.attrs["data-start"]), int(n.attrs["data-end"])) for n in highlights(root))
    # the quote is cut where the speaker element ends and continued after it
    assert pieces == [(0, 8), (4, 8), (8, 12)]
    assert [n.text() for n in _classes(root, "q")] == ["said", " xyz"]


def test_crlf_nul_and_astral_text_keep_offsets() -> None:
    text = "Intro 🙂.\r\n\r\n“Line one,\r\nline two,” Bo said.\x00 End"
    quotes = quoteattr.extract(text)
    assert quotes
    page = render_html(text, quotes)
    assert "\r" not in page  # written as &#13; so that browsers do not fold CRLF into LF
    assert "\x00" not in page
    root = parse(page)
    assert doc_node(root).text() == text.replace("\x00", "\ufffd")
    for n in highlights(root):
        s, e = int(n.attrs["data-start"]), int(n.attrs["data-end"])
        assert n.text() == text[s:e]


def test_empty_inputs() -> None:
    page = render_html("", [])
    root = check_offsets(page, "")
    assert highlights(root) == []
    assert "0 quote parts" in page
    text = "No quotations here."
    root = check_offsets(render_html(text, []), text)
    assert not [n for n in root.walk() if n.tag == "li"]


def test_bad_input_is_refused_clearly() -> None:
    quotes = quoteattr.extract(STORY)
    with pytest.raises(TypeError, match="str"):
        render_html(STORY.encode(), quotes)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="sequence of Quote"):
        render_html(STORY, None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="from_dict"):
        render_html(STORY, [q.to_dict() for q in quotes])  # type: ignore[list-item]
    with pytest.raises(TypeError, match="title"):
        render_html(STORY, quotes, title=3)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="not in this text"):
        render_html(STORY.upper(), quotes)
    with pytest.raises(ValueError, match="not in this text"):
        render_html(STORY[:20], quotes)
    # dicts read back with Quote.from_dict work
    page = render_html(STORY, [Quote.from_dict(q.to_dict()) for q in quotes])
    check_offsets(page, STORY)


_alphabet = st.sampled_from(list("ab <>&\"'\r\n\t“”é🙂"))


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_any_valid_spans_render_well_formed(data: st.DataObject) -> None:
    text = data.draw(st.text(alphabet=_alphabet, min_size=0, max_size=60))
    n = len(text)
    quotes = []
    for k in range(data.draw(st.integers(0, 4))):
        if n < 1:
            break
        s = data.draw(st.integers(0, n - 1))
        e = data.draw(st.integers(s + 1, n))
        sp = None
        if data.draw(st.booleans()):
            ms = data.draw(st.integers(0, n - 1))
            me = data.draw(st.integers(ms + 1, n))
            ent = data.draw(st.one_of(st.none(), st.integers(0, 3)))
            sp = Speaker(data.draw(st.sampled_from(["Al", "<Bo>", "C&D"])), ms, me, text[ms:me], "name", ent, 0.5)
        vb = None
        if data.draw(st.booleans()):
            vs = data.draw(st.integers(0, n - 1))
            ve = data.draw(st.integers(vs + 1, n))
            vb = Verb(text[vs:ve], "say", vs, ve)
        quotes.append(Quote(text=text[s:e], start=s, end=e, speaker=sp, verb=vb, quote_id=k,
                            kind=data.draw(st.sampled_from(["direct", "indirect", "mixed"]))))
    check_offsets(render_html(text, quotes, title=text[:10]), text)


# --------------------------------------------------------------------------- in a real browser

CHROMIUM = next((p for p in ("/usr/bin/chromium", "/usr/bin/chromium-browser") if os.path.exists(p)), None)
CHROMEDRIVER = shutil.which("chromedriver") or (
    "/usr/bin/chromedriver" if os.path.exists("/usr/bin/chromedriver") else None)
try:
    import selenium  # noqa: F401

    HAVE_SELENIUM = True
except ImportError:
    HAVE_SELENIUM = False

_why = (
    "selenium is not installed (pip install selenium)" if not HAVE_SELENIUM
    else "Debian's chromium is not installed (apt-get install chromium)" if CHROMIUM is None
    else "chromedriver is not installed (apt-get install chromium-driver)" if CHROMEDRIVER is None
    else ""
)
browser = pytest.mark.skipif(bool(_why), reason=f"browser test needs a headless chromium: {_why}")


@pytest.fixture(scope="module")
def driver() -> Any:
    old_offline = os.environ.get("SE_OFFLINE")
    os.environ["SE_OFFLINE"] = "true"  # never let selenium-manager look for (or download) a driver
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="quoteattr-chromium-")
    opts = webdriver.ChromeOptions()
    opts.binary_location = str(CHROMIUM)
    for arg in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", f"--user-data-dir={profile}", "--window-size=1000,1000"):
        opts.add_argument(arg)
    drv = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=opts)
    drv.set_page_load_timeout(30)
    try:
        yield drv
    finally:
        drv.quit()
        shutil.rmtree(profile, ignore_errors=True)
        if old_offline is None:
            os.environ.pop("SE_OFFLINE", None)
        else:
            os.environ["SE_OFFLINE"] = old_offline


# the code-point offset of each highlight, measured by the browser from the start of the document
_MEASURE = """
const doc = document.getElementById('doc');
const out = [];
for (const el of doc.querySelectorAll('[data-start]')) {
  const r = document.createRange();
  r.setStart(doc, 0);
  r.setEndBefore(el);
  const box = el.getBoundingClientRect();
  out.push({start: +el.dataset.start, end: +el.dataset.end, cls: el.className,
            before: Array.from(r.toString()).length, text: el.textContent,
            w: box.width, h: box.height,
            bg: getComputedStyle(el).backgroundColor, border: getComputedStyle(el).borderBottomColor});
}
return {doc: doc.textContent, items: out,
        legend: Array.from(document.querySelectorAll('.legend li')).map(li => li.dataset.speaker),
        resources: performance.getEntriesByType('resource').length, title: document.title};
"""


def _png_size(path: str) -> tuple[int, int]:
    with open(path, "rb") as f:
        head = f.read(24)
    assert head[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    w, h = struct.unpack(">II", head[16:24])
    return w, h


@browser
def test_browser_renders_highlights_where_offsets_say(driver: Any, tmp_path: Any) -> None:
    text = STORY + "\r\n\r\n“Cheers 🙂,” said Ada Marsh.\r\n"
    quotes = quoteattr.extract(text)
    assert len(quotes) >= 3
    page = tmp_path / "view.html"
    page.write_text(render_html(text, quotes, title="Harbour <news>"), encoding="utf-8")
    driver.get(page.as_uri())
    got = driver.execute_script(_MEASURE)
    assert got["title"] == "Harbour <news>"
    assert got["doc"] == text  # CRLF kept, nothing added or lost
    assert got["resources"] == 0  # nothing fetched: the page is standalone
    items = got["items"]
    assert items
    for it in items:
        assert it["text"] == text[it["start"]:it["end"]]
        assert it["before"] == it["start"], it  # the element sits at its offset in the rendered text
        assert it["w"] > 0 and it["h"] > 0  # laid out, visible
    spans = {(it["start"], it["end"]): it for it in items}
    for q in quotes:
        it = spans[(q.start, q.end)]
        assert it["cls"].split()[0] == "q"
        if q.kind == "direct":
            assert it["bg"] not in ("rgba(0, 0, 0, 0)", "transparent"), "a direct quote has a background"
    # same speaker entity -> same colour in the browser; different entities -> different colours
    colour: dict[int, set[str]] = {}
    for q in quotes:
        if q.speaker is not None and q.speaker.entity is not None:
            colour.setdefault(q.speaker.entity, set()).add(spans[(q.start, q.end)]["border"])
    assert all(len(c) == 1 for c in colour.values())
    firsts = [next(iter(c)) for c in colour.values()]
    assert len(set(firsts)) == len(firsts)
    names = {q.speaker.name for q in quotes if q.speaker is not None}
    assert set(got["legend"]) - {"unattributed"} == names
    shot = tmp_path / "view.png"
    assert driver.save_screenshot(str(shot))
    assert shot.stat().st_size > 1000
    w, h = _png_size(str(shot))
    assert w > 0 and h > 0
    if os.environ.get("QUOTEATTR_KEEP_SCREENSHOT"):
        shutil.copy(shot, os.environ["QUOTEATTR_KEEP_SCREENSHOT"])


@browser
def test_browser_does_not_run_input_as_markup(driver: Any, tmp_path: Any) -> None:
    text = ('“<img src=x onerror="document.title=\'pwned\'"><script>document.title=\'pwned\'</script>,” '
            "said Ned Ives.")
    quotes = quoteattr.extract(text)
    page = tmp_path / "evil.html"
    page.write_text(render_html(text, quotes, title="safe"), encoding="utf-8")
    driver.get(page.as_uri())
    assert driver.title == "safe"
    assert driver.execute_script("return document.querySelectorAll('#doc img, #doc script').length") == 0
    assert driver.execute_script("return document.getElementById('doc').textContent") == text
