"""The exported page in a real headless browser (Debian's chromium, driven by Playwright),
with the network blocked: colours true to the legend at every size, search, focus,
the side panel, the tables, empty results and hostile text."""
from __future__ import annotations

import os
import shutil

import pytest

from conftest import EXAMPLES, ROOT, SEEDS
from kg.exports.html import NODE_STYLE, write_html
from kg.extract.pages import find_pages
from kg.extract.records import Article, Triple, entity
from kg.graph.build import build_graph, relationship_type
from kg.graph.ingest import graph_from_pages
from kg.graph.model import label_of

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]
OUTPUT = ROOT / "test-output"


@pytest.fixture(scope="module")
def browser():
    if not os.path.exists(CHROMIUM):
        message = "Debian's chromium is not installed (apt-get install chromium)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def examples_graph():
    graph, _ = graph_from_pages(find_pages([EXAMPLES]))
    assert graph.number_of_nodes() >= 1000
    return graph


@pytest.fixture(scope="module")
def pages(tmp_path_factory, examples_graph):
    """Pages of the sample graph, written once per (view, max_nodes)."""
    folder = tmp_path_factory.mktemp("pages")
    written = {}

    def page(view, max_nodes=None):
        if (view, max_nodes) not in written:
            path = folder / f"{view}-{max_nodes}.html"
            written[view, max_nodes] = (path, write_html(examples_graph, path, view=view, max_nodes=max_nodes))
        return written[view, max_nodes]
    return page


class Visit:
    """A page opened with every request but the page itself blocked and recorded."""

    def __init__(self, browser, path):
        self.url = path.resolve().as_uri()
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.requests, self.errors, self.dialogs = [], [], []
        self.page.route("**/*", self._route)
        self.page.on("console", lambda message: message.type == "error" and self.errors.append(message.text))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("dialog", lambda dialog: (self.dialogs.append(dialog.message), dialog.dismiss()))
        self.page.goto(self.url)
        self.page.wait_for_function("window.kgReady === true")

    def _route(self, route):
        if route.request.url == self.url:
            route.continue_()
        else:
            self.requests.append(route.request.url)
            route.abort()

    def shown(self):
        """The drawn nodes, each with the colour and shape vis-network drew it in."""
        return self.page.evaluate("""() => kgShown.nodes.getIds().map(id => {
            const drawn = kgNetwork.body.nodes[id];
            return {id: id, group: drawn.options.group, colour: drawn.options.color.background,
                    shape: drawn.options.shape}; })""")

    def legend(self):
        return self.page.evaluate("""() => Object.fromEntries([...document.querySelectorAll('#legend .key')]
            .map(key => [key.dataset.label, key.dataset.colour]))""")

    def search(self, text):
        """Type as an IME does: composition events around the text, then input."""
        box = self.page.locator("#search")
        box.fill("")
        box.dispatch_event("compositionstart")
        box.evaluate("(element, text) => { element.value = text; }", text)
        box.dispatch_event("input")
        box.dispatch_event("compositionend")
        self.page.wait_for_function("text => window.kgSearched === text", arg=text)

    def clean(self):
        assert self.requests == [], self.requests
        assert self.errors == [], self.errors
        assert self.dialogs == [], self.dialogs

    def close(self):
        self.page.close()


def check_colours(visit):
    legend = visit.legend()
    shown = visit.shown()
    assert shown
    for node in shown:
        label = label_of(node["id"])
        assert node["group"] == label
        assert node["colour"] == legend[label] == NODE_STYLE[label][0], node
        assert node["shape"] == NODE_STYLE[label][1], node
    return shown


@pytest.mark.parametrize("view", ["chairs", "documents", "all"])
def test_colours_are_the_legend_at_every_size(browser, pages, view):
    for max_nodes in (150, 300, 1000):
        path, report = pages(view, max_nodes)
        visit = Visit(browser, path)
        opening = check_colours(visit)  # the overview
        assert len(opening) <= 80, "the page opens on a readable overview, not a wall"
        assert "not drawn" in visit.page.locator("#status").inner_text() or len(opening) == report.nodes
        visit.page.click("#draw-all")  # every node, in the computed columns
        assert len(check_colours(visit)) == report.nodes
        visit.page.evaluate("id => kgFocus([id])", opening[0]["id"])  # a focus, laid out in rings
        check_colours(visit)
        visit.clean()
        visit.close()


def test_max_nodes_keeps_what_the_view_is_about(pages):
    _, report = pages("chairs", 140)
    assert report.nodes == 140 and report.dropped > 0
    path, _ = pages("chairs", 140)
    text = path.read_text(encoding="utf-8")
    import json
    import re
    nodes = json.loads(re.search(r"new vis\.DataSet\((.*)\);", text).group(1))
    assert sum(node["group"] == "Person" for node in nodes) >= 20


def busiest_chair(graph):
    chaired = {}
    for start, end, edge in graph.edges(data=True):
        if relationship_type(edge) == "CHAIRED":
            chaired.setdefault(start, []).append(end)
    person = max(sorted(chaired), key=lambda p: len(chaired[p]))
    return person, chaired[person]


def test_search_focuses_on_a_person_and_lists_their_meetings(browser, pages, examples_graph):
    OUTPUT.mkdir(exist_ok=True)
    path, report = pages("all", 1000)
    visit = Visit(browser, path)
    visit.page.screenshot(path=str(OUTPUT / "opening-view.png"))
    person, meetings = busiest_chair(examples_graph)
    name = examples_graph.nodes[person]["name"]
    visit.search(name)
    shown = {node["id"] for node in visit.shown()}
    assert person in shown and set(meetings) <= shown
    assert visit.page.evaluate("kgSelected") == person
    panel = visit.page.locator("#panel")
    assert panel.locator("h2").inner_text() == name
    text = panel.inner_text()
    assert "meetings chaired" in text
    for meeting in meetings:
        assert examples_graph.nodes[meeting]["name"] in text
    sentences = [line for line in panel.locator("ol.evidence q").all_inner_texts()]
    assert sentences and len(sentences) == len(set(sentences))  # each sentence once
    assert "Focus" in visit.page.locator("#status").inner_text()
    visit.page.screenshot(path=str(OUTPUT / "focused-person.png"))
    # expand adds a step; back returns to the focus, then to the overview
    before = len(shown)
    visit.page.click("#expand")
    assert len(visit.shown()) >= before
    visit.page.click("#back")
    assert {node["id"] for node in visit.shown()} == shown
    # part of a name finds it too
    visit.search(name[1:])
    assert person in {node["id"] for node in visit.shown()}
    visit.search("没有这个名字")
    assert "没有找到" in visit.page.locator("#status").inner_text()
    visit.clean()
    visit.close()


def test_clicking_a_chairs_row_focuses_on_its_meeting(browser, pages, examples_graph):
    path, _ = pages("chairs", 1000)
    visit = Visit(browser, path)
    rows = visit.page.locator("#table tbody tr")
    assert rows.count() > 10
    row = rows.nth(3)
    meeting_name = row.locator("td").nth(2).inner_text()
    row.click()
    selected = visit.page.evaluate("kgSelected")
    assert label_of(selected) == "Meeting" and examples_graph.nodes[selected]["name"] == meeting_name
    shown = {node["id"] for node in visit.shown()}
    assert selected in shown
    chairs = {s for s, _, e in examples_graph.in_edges(selected, data=True) if relationship_type(e) == "CHAIRED"}
    assert chairs <= shown
    # sorting by person, and the search box filters the table
    visit.page.locator("#table thead th").first.click()
    names = visit.page.locator("#table tbody tr td:first-child").all_inner_texts()
    assert names == sorted(names)
    visit.page.screenshot(path=str(OUTPUT / "chairs-table.png"))
    visit.page.click("#tab-documents")
    assert visit.page.locator("#table tbody tr").count() > 10
    visit.clean()
    visit.close()


def test_a_filter_matching_nothing_says_so(browser, tmp_path, examples_graph):
    path = tmp_path / "empty.html"
    report = write_html(examples_graph.subgraph([]).copy(), path, view="chairs")
    assert report.empty and report.nodes == 0
    visit = Visit(browser, path)
    status = visit.page.locator("#status")
    assert "Nothing to draw" in status.inner_text() and "empty" in status.get_attribute("class")
    visit.clean()
    visit.close()


def test_legend_entries_hide_and_show_a_label(browser, pages):
    path, _ = pages("all", 300)
    visit = Visit(browser, path)
    assert any(label_of(node["id"]) == "Person" for node in visit.shown())
    visit.page.click('#legend .key[data-label="Person"]')
    assert visit.shown() and not any(label_of(node["id"]) == "Person" for node in visit.shown())
    visit.page.click('#legend .key[data-label="Person"]')
    assert any(label_of(node["id"]) == "Person" for node in visit.shown())
    visit.clean()
    visit.close()


def test_seed_page_draws_offline_with_its_chairs_and_documents(browser):
    graph, _ = graph_from_pages(find_pages([SEEDS]))
    OUTPUT.mkdir(exist_ok=True)
    path = OUTPUT / "seeds.html"
    report = write_html(graph, path)
    visit = Visit(browser, path)
    visit.page.screenshot(path=str(OUTPUT / "seeds.png"))
    assert len(check_colours(visit)) == report.overview
    visit.page.click("#draw-all")
    assert len(check_colours(visit)) == report.nodes
    labels = visit.page.evaluate("() => kgShown.nodes.get().map(node => node.label)")
    assert "周均发" in labels and "习近平谈治国理政第四卷" in labels
    visit.clean()
    visit.close()


def test_page_text_is_shown_as_text_and_runs_nothing(browser, tmp_path):
    hostile = '"><img src=x onerror=alert(1)>'
    breaker = "</script><script>alert(2)</script>"
    person = entity("Person", hostile, name=hostile)
    org = entity("Organization", "张掖市政协" + breaker, name="张掖市政协" + breaker)
    meeting = entity("Meeting", "m", name=breaker + "会议", date="2022-09-16")
    document = entity("Document", "d", title=hostile + "文件")
    article = Article(id="x#1", source="x", title=breaker)
    graph = build_graph([(article, [
        Triple(person, "CHAIRED", meeting, "x#1", f"“{hostile}”主持 href 会议", "r"),
        Triple(org, "CONVENED", meeting, "x#1", f"{breaker}召开", "r"),
        Triple(meeting, "STUDIED", document, "x#1", f"学习{hostile}", "r")])])
    path = tmp_path / "hostile.html"
    write_html(graph, path, title=f"{hostile}的图")
    visit = Visit(browser, path)
    assert hostile in visit.page.locator("h1").inner_text()
    visit.search("onerror")
    assert hostile in visit.page.locator("#results").inner_text()
    panel = visit.page.locator("#panel")
    assert panel.locator("h2").inner_text() == hostile
    assert breaker + "会议" in panel.inner_text() and f"“{hostile}”主持 href 会议" in panel.inner_text()
    assert breaker in panel.locator(".article").first.inner_text()
    table = visit.page.locator("#table").inner_text()
    assert hostile in table and breaker in table
    visit.page.click("#tab-documents")
    assert hostile + "文件" in visit.page.locator("#table").inner_text()
    labels = visit.page.evaluate("() => kgShown.nodes.get().map(node => node.label)")
    assert hostile[:24] + "…" in labels  # long captions are cut; the panel has the whole name
    assert visit.page.locator("img").count() == 0
    assert visit.page.evaluate("document.scripts.length") == 3  # vis-network, the explorer, the data
    visit.clean()
    visit.close()
