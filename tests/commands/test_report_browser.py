"""kds report in a real browser: headless Chromium (Debian's /usr/bin/chromium) driven by
Playwright opens the written site from file:// URLs.

Skipped when Chromium or Playwright is missing, except under CI=true, where that fails.
Screenshots go to a temporary directory; KDS_UPDATE_SCREENSHOT=1 also rewrites docs/report.png.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest


CHROMIUM = Path("/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _sync_playwright():
    """Playwright's entry point, or a skip (a failure under CI=true) when the browser is missing."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        sync_playwright = None
    missing = "playwright is not installed" if sync_playwright is None else \
        f"{CHROMIUM} not found (apt-get install -y chromium)" if not CHROMIUM.is_file() else None
    if missing and os.environ.get("CI") == "true":
        pytest.fail(f"CI=true and {missing}")
    if missing:
        pytest.skip(missing)
    return sync_playwright


@pytest.fixture(scope="module")
def browser_context(tmp_path_factory):
    """A Chromium context with a fresh profile directory."""
    with _sync_playwright()() as p:
        context = p.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("profile")), executable_path=str(CHROMIUM), args=FLAGS,
            headless=True, viewport={"width": 1100, "height": 900})
        yield context
        context.close()


@pytest.fixture
def page(browser_context):
    """A page that records console errors, page errors and every request that is not file://."""
    page = browser_context.new_page()
    page.problems = []
    page.on("console", lambda m: m.type == "error" and page.problems.append(f"console: {m.text}"))
    page.on("pageerror", lambda e: page.problems.append(f"page error: {e}"))
    page.on("request", lambda r: r.url.startswith("file://") or page.problems.append(f"request: {r.url}"))
    yield page
    page.close()


def open_page(page, site: Path, name: str):
    """Go to a page of the site by file name, with an optional #fragment."""
    name, _, fragment = name.partition("#")
    page.goto((site / name).as_uri() + (f"#{fragment}" if fragment else ""))
    return page


def test_every_quote_and_claim_is_marked_exactly_over_its_text(page, report_site, shipped_rows):
    for source in shipped_rows["sources"]:
        open_page(page, report_site, f"{source['source_id']}.html")
        marks = page.evaluate("""() => Object.fromEntries([...document.querySelectorAll('mark.quote[id], mark.claim[id]')]
            .map(m => [m.id, [m.textContent, document.querySelectorAll(`[data-row="${m.id}"]`).length]]))""")
        rows = [r for table in ("quotes", "claims") for r in shipped_rows[table] if r["source_id"] == source["source_id"]]
        assert {r.get("quote_id") or r["claim_id"]: [r["text"], 1] for r in rows} == marks
    assert page.problems == []


def test_hovering_a_mark_shows_its_row(page, report_site, shipped_rows):
    """Hover each quote and claim where its own text shows (not inside a nested mark):
    the tip drawn beside it names the row and, for a claim, its value."""
    hovered = 0
    for source in shipped_rows["sources"]:
        open_page(page, report_site, f"{source['source_id']}.html")
        for row in [r for t in ("quotes", "claims") for r in shipped_rows[t] if r["source_id"] == source["source_id"]]:
            row_id = row.get("quote_id") or row["claim_id"]
            mark = page.locator(f"#{row_id}")
            mark.scroll_into_view_if_needed()
            point = mark.evaluate("""m => { const t = [...m.childNodes].find(n => n.nodeType === 3 && n.textContent.trim());
                if (!t) return null; const r = document.createRange(); r.setStart(t, 0); r.setEnd(t, 1);
                const box = r.getClientRects()[0]; return [box.x + box.width / 2, box.y + box.height / 2]; }""")
            if point is None:
                continue
            page.mouse.move(*point)
            tip = mark.evaluate("m => getComputedStyle(m, '::after').content")
            assert row_id in tip and (row.get("value", "") or "") in tip, (row_id, tip)
            hovered += 1
            page.mouse.move(0, 0)
            assert mark.evaluate("m => getComputedStyle(m, '::after').content") == "none"
    assert hovered > 100
    assert page.problems == []


def test_focusing_a_mark_by_keyboard_shows_its_row(page, report_site):
    open_page(page, report_site, "003_58f513141cac499c.html")
    page.keyboard.press("Tab")  # the link back to the index
    page.keyboard.press("Tab")  # the first mark of the text
    focused = page.evaluate("() => [document.activeElement.dataset.row, getComputedStyle(document.activeElement, '::after').content]")
    assert focused[0] and focused[0] in focused[1]


def test_every_row_id_anchor_resolves(page, report_site, shipped_rows):
    keys = {"sources": "source_id", "furniture": "furniture_id", "actors": "actor_id", "mentions": "mention_id",
            "events": "event_id", "event_mentions": "mention_id", "quotes": "quote_id", "claims": "claim_id",
            "claim_summary": "summary_id"}
    wanted: dict[str, list[str]] = {}
    for table, key in keys.items():
        for row in shipped_rows[table]:
            name = f"{row['source_id']}.html" if "start" in row and table not in ("actors", "events") else "index.html"
            wanted.setdefault(name, []).append(row[key])
    for name, ids in sorted(wanted.items()):
        open_page(page, report_site, name)
        missing = page.evaluate("ids => ids.filter(id => !document.getElementById(id))", ids)
        assert missing == [], name
    page.goto((report_site / "000_22b9d8bbb5c7cbf2.html").as_uri() + "#c-dd8d4af0b1eb")
    assert page.evaluate("() => document.querySelector(':target').textContent") == "125 people were injured"
    assert page.problems == []


def test_the_disagreement_chart_has_one_mark_per_source_value_linked_to_its_sentence(page, report_site, shipped_rows):
    open_page(page, report_site, "index.html")
    for summary in shipped_rows["claim_summary"]:
        marks = page.evaluate("""id => [...document.getElementById(id).querySelectorAll('svg a.claim-mark')]
            .map(a => [a.dataset.claim, a.getAttribute('href'), a.querySelector('title').textContent])""", summary["summary_id"])
        assert len(marks) == int(summary["n_claims"])
    page.locator('a.claim-mark[data-claim="c-dd8d4af0b1eb"]').click()
    page.wait_for_url("**/000_22b9d8bbb5c7cbf2.html#c-dd8d4af0b1eb")
    assert page.evaluate("() => document.querySelector(':target').textContent") == "125 people were injured"
    assert page.problems == []


def test_screenshots(page, report_site, tmp_path, project_root):
    """Screenshots of the index and an article; docs/report.png is rewritten on request."""
    open_page(page, report_site, "index.html#disagreements")
    page.screenshot(path=str(tmp_path / "index.png"))
    open_page(page, report_site, "001_263e5c83ecafaaa9.html#c-1e666cec7605")
    page.locator("#c-1e666cec7605").focus()
    page.locator("#c-1e666cec7605").evaluate("m => m.scrollIntoView({block: 'center'})")
    page.screenshot(path=str(tmp_path / "article.png"))
    assert (tmp_path / "index.png").stat().st_size > 10_000 and (tmp_path / "article.png").stat().st_size > 10_000
    if os.environ.get("KDS_UPDATE_SCREENSHOT") == "1":
        shutil.copy(tmp_path / "article.png", project_root / "docs" / "report.png")
    assert page.problems == []
