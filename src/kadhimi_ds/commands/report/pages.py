"""The report's pages: one per article (text with every row marked) and an index
(articles, disagreements, timeline, actors). Plain HTML with one inline stylesheet, no
script, nothing fetched: each page opens from the file system."""
from __future__ import annotations

from collections import Counter, defaultdict
from html import escape

from .charts import OKABE_ITO, described, disagreement_chart, timeline
from .spans import Span, render_spans

CSS = """
body { font: 16px/1.55 system-ui, sans-serif; max-width: 62rem; margin: 1.5rem auto; padding: 0 1rem; color: #111; }
.text { white-space: pre-wrap; font-family: Georgia, serif; }
a:focus, mark:focus, span:focus, .claim-mark:focus, .event-mark:focus { outline: 3px solid #000; outline-offset: 2px; }
mark { background: none; color: inherit; }
mark.quote { background: #cfe8f7; }
mark.claim { outline: 2px solid #D55E00; outline-offset: -1px; }
mark.mention { text-decoration: underline dotted #009E73 2px; text-underline-offset: 3px; }
mark.event { border-bottom: 3px double #CC79A7; }
.furniture, .outside { color: #777; background: #eee; }
[title]:is(:hover:not(:has([title]:hover)), :focus)::after { content: attr(title); position: absolute; z-index: 2;
  max-width: 30rem; padding: .3rem .5rem; background: #111; color: #fff; font: 13px/1.4 system-ui, sans-serif;
  white-space: pre-line; border-radius: 3px; }
:target { box-shadow: 0 0 0 3px #E69F00; }
.legend span, .legend mark { margin-right: 1rem; }
.chart .grid { stroke: #ccc; }
.chart text { font: 12px system-ui, sans-serif; fill: #111; }
.chart .label { font-size: 13px; }
.chart .ring { fill: none; stroke: #000; stroke-dasharray: 3 2; }
.badge { font-size: .8em; padding: .1rem .4rem; border: 2px solid #D55E00; border-radius: 3px; }
table { border-collapse: collapse; } td, th { border-top: 1px solid #ddd; padding: .3rem .5rem; vertical-align: top; text-align: left; }
@media print {
  body { max-width: none; font-size: 11pt; }
  mark, .furniture, .outside, .badge { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  [title]::after { display: none; }
  nav { display: none; }
  svg { break-inside: avoid; }
}
"""

LEGEND = ('<p class="legend">Legend: <mark class="quote">quote</mark> <mark class="claim">numeric claim</mark> '
          '<mark class="mention">actor mention</mark> <mark class="event">event mention</mark> '
          '<span class="furniture">page furniture</span>. Hover or focus (Tab) a mark to see its row; '
          'each row id is an anchor (<code>#c-…</code>).</p>')


def page(title: str, body: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{escape(title)}</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><style>{CSS}</style></head>'
            f'<body>\n{body}\n</body></html>\n')


def source_label(source: dict) -> str:
    return f"{source['publisher'] or 'Article'} {source['source_id'][:3]}"


def article_spans(source: dict, rows: dict[str, list[dict]], actors: dict[str, dict], events: dict[str, dict]) -> list[Span]:
    """Every row of one article as a span, whole rows first: outside the body, furniture,
    quotes, claims, then event and actor mentions (cut where they cross those)."""
    def name(actor_id):
        return f"{actors[actor_id]['name']} ({actor_id})" if actor_id else "not named"

    def event(event_id):
        e = events.get(event_id)
        return f"{event_id} ({e['event_type']}: {e['sub_event_type']})" if e else "none"

    spans = [Span(0, source["body_start"], "outside", tip="outside the article body", tag="span"),
             Span(source["body_end"], source["n_chars"], "outside", tip="outside the article body", tag="span")]
    spans += [Span(r["start"], r["end"], "furniture", r["furniture_id"], f"{r['furniture_id']} · page furniture: {r['kind']}",
                   tag="span") for r in rows["furniture"]]
    spans += [Span(r["start"], r["end"], "quote", r["quote_id"],
                   f"{r['quote_id']} · quote\nspeaker: {name(r['speaker_id'])}\n{r['attribution']}, {r['channel']}"
                   f"{', fragment' if r['fragment'] else ''}\nevent: {event(r['event_id'])}") for r in rows["quotes"]]
    spans += [Span(r["start"], r["end"], "claim", r["claim_id"],
                   f"{r['claim_id']} · claim\n{r['quantity']} of {r['population']}: {described(r['qualifier'], r['value'])}"
                   f" ({r['qualifier']})\nclaimed by: {name(r['claimed_by'])}"
                   + (f"\nvia: {name(r['reported_via'])}" if r["reported_via"] else "")
                   + (f"\nsubject: {name(r['subject_id'])}" if r["subject_id"] else "")
                   + f"\nevent: {event(r['event_id'])}") for r in rows["claims"]]
    spans += [Span(r["start"], r["end"], "event", r["mention_id"], f"{r['mention_id']} · event mention\n{event(r['event_id'])}")
              for r in rows["event_mentions"]]
    spans += [Span(r["start"], r["end"], "mention", r["mention_id"], f"{r['mention_id']} · actor mention\n{name(r['actor_id'])}")
              for r in rows["mentions"]]
    return spans


def article_page(source: dict, text: str, rows: dict[str, list[dict]], actors: dict[str, dict],
                 events: dict[str, dict]) -> str:
    meta = " · ".join(escape(str(v)) for v in (source["publisher"] or "publisher unknown",
                                                f"published {source['published']} ({source['published_basis']})",
                                                source["path"]) if v)
    counts = ", ".join(f"{len(rows[t])} {t.replace('_', ' ')}" for t in ("quotes", "claims", "mentions", "event_mentions"))
    body = (f'<nav><a href="index.html">← report index</a></nav>'
            f'<h1 id="{escape(source["source_id"])}">{escape(source["title"] or source["source_id"])}</h1>'
            f'<p>{meta}<br>{escape(source["source_id"])}: {counts}</p>{LEGEND}'
            f'<div class="text">{render_spans(text, article_spans(source, rows, actors, events))}</div>')
    return page(source["title"] or source["source_id"], body)


def summary_section(summary: dict, claims: list[dict], labels: dict[str, str], colours: dict[str, str]) -> str:
    badge = {False: ' <span class="badge">≠ sources disagree</span>', True: " (agree)",
             None: " (no conflict among the numbers; some sources give no number)"}[summary["agree"]]
    subject = f", subject {summary['subject_id']}" if summary["subject_id"] else ""
    return (f'<section id="{escape(summary["summary_id"])}"><h3>{escape(summary["quantity"])} of '
            f'{escape(summary["population"])}{badge}</h3><p>event <a href="#{escape(summary["event_id"])}">'
            f'{escape(summary["event_id"])}</a>{escape(subject)}; {summary["n_claims"]} claims in '
            f'{summary["n_sources"]} articles</p>{disagreement_chart(summary, claims, labels, colours)}</section>')


def actor_row(actor: dict, mentions: list[dict], quotes: list[dict], labels: dict[str, str]) -> str:
    spellings = Counter(m["text"] for m in mentions)
    first: dict[str, dict] = {}
    for m in mentions:
        first.setdefault(m["source_id"], m)
    per_source = Counter(m["source_id"] for m in mentions)
    places = ", ".join(f'<a href="{escape(s)}.html#{escape(first[s]["mention_id"])}">{escape(labels[s])}</a>: {n}'
                       for s, n in sorted(per_source.items()))
    said = "".join(f'<li><a href="{escape(q["source_id"])}.html#{escape(q["quote_id"])}">“{escape(q["text"])}”</a></li>'
                   for q in quotes)
    return (f'<tr id="{escape(actor["actor_id"])}"><td><b>{escape(actor["name"])}</b><br><code>{escape(actor["actor_id"])}'
            f'</code><br>{escape(actor["kind"])}{", " + escape(actor["country"]) if actor["country"] else ""}</td>'
            f'<td>{"<br>".join(f"{escape(t)} ({n})" for t, n in sorted(spellings.items()))}</td>'
            f'<td>{places}</td><td>{f"<ul>{said}</ul>" if said else ""}</td></tr>')


def index_page(tables: dict[str, list[dict]], summary_claims: dict[str, list[dict]], package_name: str) -> str:
    sources = tables["sources"]
    labels = {s["source_id"]: source_label(s) for s in sources}
    colours = {s["source_id"]: OKABE_ITO[i % len(OKABE_ITO)] for i, s in enumerate(sources)}
    by_table = {t: Counter(r["source_id"] for r in tables[t]) for t in ("quotes", "claims")}
    articles = "".join(
        f'<li id="{escape(s["source_id"])}"><a href="{escape(s["source_id"])}.html">{escape(labels[s["source_id"]])}: '
        f'{escape(s["title"] or s["source_id"])}</a> ({s["published"]}; {by_table["quotes"][s["source_id"]]} quotes, '
        f'{by_table["claims"][s["source_id"]]} claims)</li>' for s in sources)
    order = {False: 0, None: 1, True: 2}  # disagreements first, then rows with unspecified counts
    summaries = sorted(tables["claim_summary"], key=lambda r: (order[r["agree"]], r["summary_id"]))
    charts = "".join(summary_section(s, summary_claims[s["summary_id"]], labels, colours) for s in summaries)
    reporting = defaultdict(set)
    for m in tables["event_mentions"]:
        reporting[m["event_id"]].add(m["source_id"])
    first_mention = {}
    for m in sorted(tables["event_mentions"], key=lambda m: (m["source_id"], m["start"], m["mention_id"])):
        first_mention.setdefault(m["event_id"], f'{m["source_id"]}.html#{m["mention_id"]}')
    events = sorted(tables["events"], key=lambda e: (e["date"], e["event_id"]))
    chart = timeline(events, {k: len(v) for k, v in reporting.items()}, len(sources), first_mention)
    mentions, quotes = defaultdict(list), defaultdict(list)
    for m in tables["mentions"]:
        mentions[m["actor_id"]].append(m)
    for q in tables["quotes"]:
        if q["speaker_id"]:
            quotes[q["speaker_id"]].append(q)
    actors = "".join(actor_row(a, mentions[a["actor_id"]], quotes[a["actor_id"]], labels) for a in tables["actors"])
    shapes = ("Marks: ● exact, ▶ at least / more than (the line runs on to the arrow), ◆ about / nearly "
              "(the line spans the range it allows), □ unspecified number (dashed); a dashed ring and ≠ mark a "
              "value whose range misses another source's. Colour and the label name the article. "
              "Each mark links to its sentence.")
    body = (f'<h1>{escape(package_name)}: the evidence</h1>'
            f'<nav><a href="#articles">Articles</a> · <a href="#disagreements">Disagreements</a> · '
            f'<a href="#timeline">Timeline</a> · <a href="#actors">Actors</a></nav>'
            f'<h2 id="articles">Articles</h2><ul>{articles}</ul>'
            f'<h2 id="disagreements">Disagreements</h2><p>{shapes}</p>{charts}'
            f'<h2 id="timeline">Timeline</h2><p>Shape and colour give the ACLED event type; the boxes, the '
            f'articles that mention the event.</p>{chart}'
            f'<h2 id="actors">Actors</h2><table><thead><tr><th>actor</th><th>spellings (mentions)</th>'
            f'<th>mentions per article</th><th>quotes it speaks</th></tr></thead><tbody>{actors}</tbody></table>')
    return page(f"{package_name}: the evidence", body)
