"""SVG charts drawn by hand: the disagreement chart of one claim_summary row and the
event timeline. Colours are the Okabe-Ito palette; every colour is paired with a shape or
a text label, so nothing is told by colour alone. Each mark is a link with a ``<title>``."""
from __future__ import annotations

import math
import textwrap
from html import escape

OKABE_ITO = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"]

QUALIFIER_WORDS = {"exact": "", "at_least": "at least", "more_than": "more than", "at_most": "at most",
                   "less_than": "less than", "about": "about", "nearly": "nearly", "unspecified": "unspecified"}

EVENT_SHAPES = {"Battles": "square", "Protests": "triangle-up", "Riots": "triangle-down",
                "Explosions/Remote violence": "star", "Violence against civilians": "cross",
                "Strategic developments": "diamond", "Political process": "circle"}

QUALIFIER_SHAPES = {"exact": "circle", "at_least": "triangle-right", "more_than": "triangle-right",
                    "at_most": "triangle-left", "less_than": "triangle-left", "about": "diamond",
                    "nearly": "diamond", "unspecified": "square"}


def described(qualifier: str, value: int | None) -> str:
    """How a claim reads: "at least 6", "125", "unspecified"."""
    if value is None:
        return "unspecified number"
    words = QUALIFIER_WORDS.get(qualifier, qualifier)
    return f"{words} {value}".strip()


def shape(kind: str, x: float, y: float, r: float, colour: str, hollow: bool = False) -> str:
    """One marker centred on (x, y)."""
    fill = "#fff" if hollow else colour
    style = f'fill="{fill}" stroke="{colour}" stroke-width="2"'
    if kind == "circle":
        return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r}" {style}/>'
    if kind == "square":
        return f'<rect x="{x - r:.1f}" y="{y - r:.1f}" width="{2 * r}" height="{2 * r}" {style}/>'
    points = {"diamond": [(0, -1.3), (1.3, 0), (0, 1.3), (-1.3, 0)],
              "triangle-right": [(-1, -1.2), (1.3, 0), (-1, 1.2)],
              "triangle-left": [(1, -1.2), (-1.3, 0), (1, 1.2)],
              "triangle-up": [(0, -1.3), (1.2, 1), (-1.2, 1)],
              "triangle-down": [(0, 1.3), (1.2, -1), (-1.2, -1)],
              "cross": [(-.4, -1.2), (.4, -1.2), (.4, -.4), (1.2, -.4), (1.2, .4), (.4, .4), (.4, 1.2),
                        (-.4, 1.2), (-.4, .4), (-1.2, .4), (-1.2, -.4), (-.4, -.4)],
              "star": [(math.cos(math.pi * (k / 5 - .5)) * (1.4 if k % 2 == 0 else .6),
                        math.sin(math.pi * (k / 5 - .5)) * (1.4 if k % 2 == 0 else .6)) for k in range(10)]}[kind]
    coords = " ".join(f"{x + dx * r:.1f},{y + dy * r:.1f}" for dx, dy in points)
    return f'<polygon points="{coords}" {style}/>'


def nice_step(top: float) -> int:
    """A round tick step giving about five ticks up to ``top``."""
    raw = max(top / 5, 1)
    power = 10 ** math.floor(math.log10(raw))
    return int(next(m * power for m in (1, 2, 5, 10) if m * power >= raw))


def disagreement_chart(summary: dict, claims: list[dict], labels: dict[str, str], colours: dict[str, str]) -> str:
    """One row per claim of ``summary``: its value (dot) and the range its hedge allows
    (line; an arrow where it is open-ended), coloured and labelled by source. Claims whose
    range misses another claim's are ringed. Each mark links to the claim in its article.

    ``claims`` carry ``lo`` and ``hi`` (``hi`` may be infinite), ``labels`` and ``colours``
    map source ids to a name and a colour."""
    finite = [c["hi"] for c in claims if math.isfinite(c["hi"])] + [c["lo"] for c in claims]
    step = nice_step(max(finite) * 1.15)
    top = step * math.ceil(max(finite) * 1.15 / step + 1e-9)
    left, width, row = 190, 430, 30
    height = 40 + row * len(claims)

    def x(v: float) -> float:
        return left + width * min(v, top) / top

    disagree = summary["agree"] is False
    title = (f"{summary['quantity']} of {summary['population']}: "
             + "; ".join(f"{labels[c['source_id']]} {described(c['qualifier'], c['value'])}" for c in claims)
             + {False: ". The sources disagree.", True: ". The sources agree.",
                None: ". The numbers do not conflict; some sources give no number."}[summary["agree"]])
    out = [f'<svg class="chart" viewBox="0 0 {left + width + 150} {height}" width="{left + width + 150}" '
           f'height="{height}" role="group" aria-label="{escape(title)}"><title>{escape(title)}</title>']
    for tick in range(0, top + 1, step):
        out.append(f'<line x1="{x(tick):.1f}" x2="{x(tick):.1f}" y1="10" y2="{height - 22}" class="grid"/>'
                   f'<text x="{x(tick):.1f}" y="{height - 6}" text-anchor="middle" class="tick">{tick}</text>')
    for i, c in enumerate(claims):
        y = 24 + i * row
        colour = colours[c["source_id"]]
        conflict = any(o["lo"] > c["hi"] or o["hi"] < c["lo"] for o in claims)
        words = described(c["qualifier"], c["value"])
        tip = f"{labels[c['source_id']]}: {words} ({c['claim_id']}): “{c['text']}”" + (" — conflicts" if conflict else "")
        value = c["value"] if c["value"] is not None else c["lo"]
        out.append(f'<a href="{escape(c["source_id"])}.html#{escape(c["claim_id"])}" class="claim-mark'
                   f'{" conflict" if conflict else ""}" data-claim="{escape(c["claim_id"])}" tabindex="0" '
                   f'aria-label="{escape(tip)}"><title>{escape(tip)}</title>'
                   f'<rect x="0" y="{y - row / 2}" width="{left + width + 150}" height="{row}" fill="transparent"/>')
        out.append(f'<text x="{left - 10}" y="{y + 4}" text-anchor="end" class="label">{escape(labels[c["source_id"]])}</text>')
        dash = ' stroke-dasharray="4 3"' if c["value"] is None else ""
        out.append(f'<line x1="{x(c["lo"]):.1f}" x2="{x(c["hi"]):.1f}" y1="{y}" y2="{y}" stroke="{colour}" '
                   f'stroke-width="3"{dash}/>')
        if not math.isfinite(c["hi"]):
            out.append(shape("triangle-right", left + width + 4, y, 4, colour))
        if conflict:
            out.append(f'<circle cx="{x(value):.1f}" cy="{y}" r="11" class="ring"/>')
        out.append(shape(QUALIFIER_SHAPES.get(c["qualifier"], "circle"), x(value), y, 6, colour,
                         hollow=c["value"] is None))
        out.append(f'<text x="{left + width + 14}" y="{y + 4}" class="value">{escape(words)}'
                   f'{" ≠" if conflict else ""}</text></a>')
    out.append("</svg>")
    return "".join(out)


def date_label(date, precision: str) -> str:
    return {"year": f"{date:%Y}", "month": f"{date:%Y-%m}"}.get(precision, f"{date:%Y-%m-%d}")


def timeline(events: list[dict], n_articles: dict[str, int], n_total: int, links: dict[str, str]) -> str:
    """Events in date order down a line: marker shaped and coloured by ACLED event type,
    date, type and sub-type, summary, and one box per article, filled for those reporting it.
    ``links`` maps an event id to the URL of a mention of it."""
    types = sorted({e["event_type"] for e in events})
    colour = {t: OKABE_ITO[i % len(OKABE_ITO)] for i, t in enumerate(types)}
    rows, y = [], 10
    for e in events:
        lines = textwrap.wrap(e["summary"], 90)
        n = n_articles.get(e["event_id"], 0)
        tip = (f"{date_label(e['date'], e['date_precision'])} {e['event_type']}: {e['sub_event_type']}; "
               f"{e['summary']} Reported by {n} of {n_total} articles.")
        top = y + 14
        parts = [f'<g id="{escape(e["event_id"])}"><a href="{escape(links[e["event_id"]])}" class="event-mark" '
                 f'tabindex="0" aria-label="{escape(tip)}"><title>{escape(tip)}</title>',
                 f'<text x="0" y="{top + 4}" class="label">{date_label(e["date"], e["date_precision"])}</text>',
                 shape(EVENT_SHAPES.get(e["event_type"], "circle"), 110, top, 7, colour[e["event_type"]]),
                 f'<text x="130" y="{top + 4}" class="label"><tspan font-weight="bold">'
                 f'{escape(e["event_type"])}</tspan>: {escape(e["sub_event_type"])} · {escape(e["location"] or "")}</text>']
        for k, line in enumerate(lines):
            parts.append(f'<text x="130" y="{top + 22 + 16 * k}" class="tick">{escape(line)}</text>')
        for k in range(n_total):
            filled = colour[e["event_type"]] if k < n else "#fff"
            parts.append(f'<rect x="{790 + 14 * k}" y="{top - 6}" width="11" height="11" fill="{filled}" stroke="#333"/>')
        parts.append(f'<text x="{796 + 14 * n_total}" y="{top + 4}" class="value">{n} of {n_total}</text></a></g>')
        rows.append("".join(parts))
        y += 30 + 16 * len(lines)
    title = "Timeline of the events, by date, with their ACLED types and the number of articles reporting each"
    return (f'<svg class="chart" viewBox="0 0 900 {y}" width="900" height="{y}" role="group" '
            f'aria-label="{title}"><title>{title}</title><line x1="110" x2="110" y1="0" y2="{y}" class="grid"/>'
            + "".join(rows) + "</svg>")
