"""The exported page in a real headless browser (Debian's chromium, driven by Playwright),
with the network blocked."""
from __future__ import annotations

import os
import shutil

import pytest

from conftest import ROOT, SEEDS
from kg.exports.html import write_html
from kg.extract.pages import find_pages
from kg.extract.records import Article, Triple, entity
from kg.graph.build import build_graph
from kg.graph.ingest import graph_from_pages

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
        self.page.wait_for_function("window.kgNetwork !== undefined")

    def _route(self, route):
        if route.request.url == self.url:
            route.continue_()
        else:
            self.requests.append(route.request.url)
            route.abort()

    def data(self):
        return self.page.evaluate("""() => ({
            nodes: kgNetwork.body.data.nodes.get().map(n => ({id: n.id, label: n.label, title: n.title})),
            edges: kgNetwork.body.data.edges.length})""")


def test_seed_page_draws_offline_with_its_chairs_and_documents(browser):
    graph, _ = graph_from_pages(find_pages([SEEDS]))
    OUTPUT.mkdir(exist_ok=True)
    path = OUTPUT / "seeds.html"
    report = write_html(graph, path)
    visit = Visit(browser, path)
    data = visit.data()
    visit.page.wait_for_timeout(1500)  # let physics settle for the screenshot
    visit.page.screenshot(path=str(OUTPUT / "seeds.png"))
    assert visit.requests == []
    assert visit.errors == []
    assert (len(data["nodes"]), data["edges"]) == (report.nodes, report.edges)
    labels = [node["label"] for node in data["nodes"]]
    assert "周均发" in labels and "习近平谈治国理政第四卷" in labels


def test_page_text_is_shown_as_text_and_runs_nothing(browser, tmp_path):
    hostile = "<img src=x onerror=alert(1)>"
    breaker = "</script><script>alert(2)</script>"
    person = entity("Person", hostile, name=hostile)
    org = entity("Organization", "张掖市政协", name="张掖市政协")
    meeting = entity("Meeting", "m", name=breaker + "会议", date="2022-09-16")
    article = Article(id="x#1", source="x", title="标题")
    graph = build_graph([(article, [
        Triple(person, "CHAIRED", meeting, "x#1", f"“{hostile}”主持 href 会议", "r"),
        Triple(org, "CONVENED", meeting, "x#1", "…", "r")])])
    path = tmp_path / "hostile.html"
    write_html(graph, path, title=f"{hostile}的图")
    visit = Visit(browser, path)
    data = visit.data()
    assert visit.dialogs == [] and visit.errors == [] and visit.requests == []
    assert visit.page.locator("img").count() == 0
    assert hostile in visit.page.locator("h1").inner_text()
    by_id = {node["id"]: node for node in data["nodes"]}
    assert by_id[f"Person:{hostile}"]["label"] == hostile
    assert breaker in by_id["Meeting:m"]["label"]
    # Hover the person: its tooltip shows the name as text; the only elements in it are
    # the line breaks innerText makes.
    point = visit.page.evaluate(f"""() => {{
        const id = {repr(f"Person:{hostile}")};
        return kgNetwork.canvasToDOM(kgNetwork.getPositions([id])[id]); }}""")
    box = visit.page.locator("#network").bounding_box()
    visit.page.mouse.move(box["x"] + point["x"], box["y"] + point["y"])
    tooltip = visit.page.locator("div.vis-tooltip")
    tooltip.wait_for(state="visible", timeout=5000)
    assert hostile in tooltip.inner_text()
    assert tooltip.evaluate("element => [...element.children].every(child => child.tagName === 'BR')")
    assert visit.dialogs == []
