"""kds report without a browser: the span renderer on generated spans, and the written site
parsed with the standard library's HTML parser (ids, marks, chart marks, determinism)."""
from __future__ import annotations

from collections import defaultdict
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from kadhimi_ds.cli import cli
from kadhimi_ds.commands.report import write_report
from kadhimi_ds.commands.report.spans import Span, render_spans

VOID = {"br", "meta", "link", "img", "hr", "input"}


class Elements(HTMLParser):
    """Every element as (tag, attrs, text content) in document order, and the text content of the whole input."""

    def __init__(self, markup: str):
        super().__init__(convert_charrefs=True)
        self.stack: list[list] = []
        self.elements: list[list] = []
        self.top: list[str] = []
        self.feed(markup)
        self.close()
        assert not self.stack, f"unclosed elements: {[e[0][0] for e in self.stack]}"

    @property
    def text(self) -> str:
        return "".join(self.top)

    def handle_starttag(self, tag, attrs):
        self.elements.append([tag, dict(attrs), ""])
        if tag not in VOID:
            self.stack.append((self.elements[-1], []))

    def handle_startendtag(self, tag, attrs):
        self.elements.append([tag, dict(attrs), ""])

    def handle_endtag(self, tag):
        element, parts = self.stack.pop()
        assert element[0] == tag, f"</{tag}> closes <{element[0]}>"
        element[2] = "".join(parts)
        (self.stack[-1][1] if self.stack else self.top).append(element[2])

    def handle_data(self, data):
        (self.stack[-1][1] if self.stack else self.top).append(data)

    def pieces(self) -> dict[str, list[str]]:
        """data-row to the text of each element carrying it, in document order."""
        out = defaultdict(list)
        for _, attrs, text in self.elements:
            if "data-row" in attrs:
                out[attrs["data-row"]].append(text)
        return out

    def ids(self) -> list[str]:
        return [attrs["id"] for _, attrs, _ in self.elements if "id" in attrs]


TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("<>&\"'\n\t\r"), max_size=40)


@st.composite
def text_and_spans(draw, laminar: bool):
    """A text and spans over it; ``laminar``: every two spans are nested, adjacent or apart."""
    text = draw(TEXT)
    spans: list[Span] = []
    for i in range(draw(st.integers(0, 12))):
        a, b = sorted(draw(st.tuples(st.integers(0, len(text)), st.integers(0, len(text)))))
        crosses = any(s.start < a < s.end < b or a < s.start < b < s.end for s in spans)
        if a < b and not (laminar and crosses):
            spans.append(Span(a, b, draw(st.sampled_from(["quote", "claim", "mention"])), f"r{i}", f"row r{i} \"<&>\""))
    return text, spans


@given(text_and_spans(laminar=True))
def test_nested_and_adjacent_spans_each_become_one_mark_over_exactly_their_text(case):
    text, spans = case
    parsed = Elements(render_spans(text, spans))
    assert parsed.text == text
    pieces = parsed.pieces()
    assert set(pieces) == {s.row_id for s in spans}
    for s in spans:
        assert pieces[s.row_id] == [text[s.start:s.end]]
    assert sorted(parsed.ids()) == sorted(s.row_id for s in spans)
    assert all(attrs["title"] == f'row {attrs["data-row"]} "<&>"' for _, attrs, _ in parsed.elements)


@given(text_and_spans(laminar=False))
def test_crossing_spans_are_cut_into_pieces_and_the_first_listed_stays_whole(case):
    text, spans = case
    parsed = Elements(render_spans(text, spans))
    assert parsed.text == text
    pieces = parsed.pieces()
    whole = {s.row_id for i, s in enumerate(spans)
             if not any(o.start < s.start < o.end < s.end or s.start < o.start < s.end < o.end for o in spans[:i])}
    for s in spans:
        assert "".join(pieces[s.row_id]) == text[s.start:s.end]
        if s.row_id in whole:
            assert pieces[s.row_id] == [text[s.start:s.end]]
    assert sorted(parsed.ids()) == sorted(s.row_id for s in spans)


def test_a_crossing_pair_splits_the_later_span_only():
    text = "abcdefgh"
    parsed = Elements(render_spans(text, [Span(3, 8, "claim", "c"), Span(0, 5, "event", "e")]))
    assert parsed.pieces() == {"c": ["defgh"], "e": ["abc", "de"]}
    assert render_spans(text, [Span(3, 8, "claim", "c"), Span(0, 5, "event", "e")]).startswith(
        '<mark class="event" id="e" tabindex="0" data-row="e">abc</mark>')


def test_markup_in_the_text_is_escaped_and_empty_or_bad_spans_handled():
    out = render_spans("<script>alert('x') & </script>\r", [Span(0, 8, "quote", "q", 'say "hi" <b>'), Span(2, 2, "claim", "c")])
    assert "<script" not in out and "&lt;script&gt;" in out and "&#13;" in out
    assert 'title="say &quot;hi&quot; &lt;b&gt;"' in out and 'data-row="c"' not in out
    with pytest.raises(ValueError):
        render_spans("abc", [Span(1, 4, "quote", "q")])


# --- the report of the shipped package -------------------------------------------------


@pytest.fixture(scope="module")
def parsed(report_site) -> dict[str, Elements]:
    """Every page of the report, parsed."""
    return {p.name: Elements(p.read_text(encoding="utf-8")) for p in sorted(report_site.glob("*.html"))}


def test_every_row_id_is_an_anchor_on_its_page(parsed, shipped_rows):
    keys = {"sources": "source_id", "furniture": "furniture_id", "actors": "actor_id", "mentions": "mention_id",
            "events": "event_id", "event_mentions": "mention_id", "quotes": "quote_id", "claims": "claim_id",
            "claim_summary": "summary_id"}
    ids = {name: set(p.ids()) for name, p in parsed.items()}
    for name, p in parsed.items():
        assert len(p.ids()) == len(ids[name]), f"{name}: duplicate ids"
    for table, key in keys.items():
        for row in shipped_rows[table]:
            page = f"{row['source_id']}.html" if table in ("furniture", "mentions", "event_mentions", "quotes", "claims") \
                else "index.html"
            assert row[key] in ids[page], f"{table} {row[key]} has no anchor in {page}"


def test_every_span_row_is_marked_over_exactly_its_text(parsed, shipped_rows):
    for table, key in (("quotes", "quote_id"), ("claims", "claim_id"), ("mentions", "mention_id"),
                       ("event_mentions", "mention_id"), ("furniture", "furniture_id")):
        for row in shipped_rows[table]:
            pieces = parsed[f"{row['source_id']}.html"].pieces()[row[key]]
            assert "".join(pieces) == row["text"], (table, row[key])
            if table in ("quotes", "claims"):
                assert pieces == [row["text"]], f"{row[key]} is cut"


def test_article_pages_hold_the_seed_text_unchanged(parsed, shipped_rows, seed_texts):
    for source in shipped_rows["sources"]:
        text_divs = [t for tag, a, t in parsed[f"{source['source_id']}.html"].elements if a.get("class") == "text"]
        assert text_divs == [seed_texts[source["source_id"]]]


def test_the_disagreement_chart_has_one_mark_per_claim(parsed, shipped_rows):
    marks = [a for tag, a, _ in parsed["index.html"].elements if "claim-mark" in a.get("class", "")]
    assert sorted(a["data-claim"] for a in marks) == sorted(c["claim_id"] for c in shipped_rows["claims"])
    by_claim = {c["claim_id"]: c for c in shipped_rows["claims"]}
    assert all(a["href"] == f"{by_claim[a['data-claim']]['source_id']}.html#{a['data-claim']}" for a in marks)
    conflicts = {a["data-claim"] for a in marks if "conflict" in a["class"]}
    disagreeing = [s for s in shipped_rows["claim_summary"] if s["agree"] == "false"]
    assert conflicts and {by_claim[c]["summary_id"] for c in conflicts} == {s["summary_id"] for s in disagreeing}
    badges = [t for _, a, t in parsed["index.html"].elements if a.get("class") == "badge"]
    assert len(badges) == len(disagreeing) > 0


def test_nothing_is_loaded_from_anywhere(parsed):
    for name, page in parsed.items():
        for tag, attrs, _ in page.elements:
            assert tag not in ("script", "link", "img", "iframe"), f"{name}: <{tag}>"
            href = attrs.get("href", "")
            assert "://" not in href and not href.startswith("//"), f"{name}: {href}"


def test_the_report_is_deterministic(report_site, tmp_path, project_root):
    again = write_report(project_root, tmp_path)
    assert [p.name for p in again] == sorted(p.name for p in report_site.glob("*.html"))
    assert all(p.read_bytes() == (report_site / p.name).read_bytes() for p in again)


def test_kds_report_writes_the_site_and_refuses_a_path_without_a_package(tmp_path, project_root):
    result = CliRunner().invoke(cli, ["report", str(project_root), "--out", str(tmp_path / "site")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "site" / "index.html").is_file() and len(list((tmp_path / "site").glob("*.html"))) == 6
    result = CliRunner().invoke(cli, ["report", str(tmp_path), "--out", str(tmp_path / "x")])
    assert result.exit_code == 2 and "datapackage.json" in result.output
