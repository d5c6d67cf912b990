"""Scoring the extractor against the curated annotations (``kds eval``).

``evaluate(seeds)`` runs :func:`kadhimi_ds.extract.extract` on every seed article (its text,
its ``published`` date from sources.yaml, the actor registry and the event registry) and compares what it proposes
with the curated rows of ``kadhimi_ds.resolve.resolve_annotations`` and the alias mentions of
``kadhimi_ds.mentions``. How items are matched:

- **quote spans**: exact match of ``(source_id, start, end)``. A second, looser figure counts
  a proposed quote as found when it overlaps a curated quote (one-to-one).
- **speaker attribution**: over quotes whose spans match exactly, the proposed speaker must
  equal the curated ``speaker`` (null equals null). ``speaker_explicit`` restricts this to the
  curated quotes whose attribution is ``explicit``; ``speaker`` gives precision/recall/F1 of
  (exact span, speaker) pairs over quotes that have a speaker on either side.
- **claim spans**: exact span match; and overlap, where a proposed claim is paired one-to-one
  with a curated claim whose span it overlaps (curated claim spans include varying amounts of
  the surrounding words, "125 people were injured" against "125 people", so exact spans are
  reported for information only).
- **claim values**: over the overlap pairing, a pair is right when ``value`` and ``quantity``
  agree (``claim_values``) and also the ``qualifier`` (``claim_values_qualifier``). Precision is
  over all proposed claims, recall over all curated claims. The pairing prefers, among
  overlapping candidates, the one with the same value and quantity.
- **claim events**: over the claim pairs right on value and quantity, ``claim_events`` counts those whose
  proposed event equals the curated one; precision is over the pairs with a proposed event, recall over the
  pairs with a curated event.
- **actor mentions**: exact ``(source_id, start, end)`` against every published mention (alias
  mentions plus curated descriptive mentions); ``mention_links`` also needs the same actor id.
  ``mentions_alias`` scores against the alias mentions only (the curated descriptive ones,
  "the premier", "Pro-Iran militias", are partly beyond rules).
- **known actors by name**: ``known_actor_links`` scores (span overlap, actor id) pairs over the
  mentions written as a name in any spelling (every word capitalised, apart from particles such
  as al-, of, the), curated or by alias, against the proposed mentions of the same shape.
- **speaker on attributed quotations**: ``speaker_attributed`` is the speaker accuracy over the
  curated quotes whose attribution is explicit or implicit. ``speaker_check_flags`` scores the drafts'
  "check the speaker" mark (``QuoteProposal.check_speaker``) over the same quotes as a detector of wrong
  speakers: precision is the share of marked drafts whose speaker is wrong, recall the share of wrong
  speakers that are marked.
- **first drafts** (``first_draft=True``, ``kds eval --first-draft``): each article is drafted as if it
  were new, with the registry less the actors that no other article of the set refers to and the
  project's published registry (``seeds/actors.yaml``) lacks: the people and bodies it introduces, which
  a curator registers only after reading it. A proposed new actor
  then counts as the withheld actor one of whose curated mentions it overlaps, when that actor is the
  only one: the curator accepts the proposal and names it, correcting no speaker.
  With ``alone`` (``--first-draft --alone``) every actor an article refers to that ``seeds/actors.yaml`` lacks
  is withheld, also those other articles share: on a large set such as dev, the figure of a truly new article.
- **furniture**: proposed quotes and claims that fall in curated page furniture or outside the
  curated body (the target is zero), whether the proposed body equals the curated one, and
  ``furniture_lines``: the lines of curated furniture inside the body that proposed furniture
  covers (recall), against the proposed furniture lines inside the curated body (precision).

The coverage rule is in :mod:`.coverage`.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Callable, Iterable

from ..extract import Draft, extract
from ..build.mentions import alias_mentions
from ..build.resolve import resolve_annotations
from ..build.seeds import Seeds

Extractor = Callable[..., Draft]
"""Called as ``extractor(text, published, actors, events)``."""


def prf(tp: int, predicted: int, expected: int) -> dict[str, float | int]:
    """Precision, recall and F1 (0 when undefined) with the counts they come from."""
    p = tp / predicted if predicted else 0.0
    r = tp / expected if expected else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
            "tp": tp, "predicted": predicted, "expected": expected}


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """True when the half-open spans ``a`` and ``b`` share a character."""
    return a[0] < b[1] and b[0] < a[1]


def pair_by_overlap(truth: list[dict[str, Any]], pred: list[Any], same: Callable[[dict[str, Any], Any], bool]) -> list[tuple[int, int]]:
    """One-to-one pairs (truth index, prediction index) of overlapping spans; a candidate for which
    ``same`` holds is preferred, then the largest overlap."""
    used: set[int] = set()
    pairs = []
    for ti, t in enumerate(truth):
        best, best_key = None, None
        for pi, p in enumerate(pred):
            if pi in used or not overlaps((t["start"], t["end"]), (p.start, p.end)):
                continue
            key = (same(t, p), min(t["end"], p.end) - max(t["start"], p.start))
            if best_key is None or key > best_key:
                best, best_key = pi, key
        if best is not None:
            used.add(best)
            pairs.append((ti, best))
    return pairs


def _speaker(q: Any) -> str | None:
    return q.speaker or q.new_speaker


def run_extractor(seeds: Seeds, extractor: Extractor = extract,
                  withheld: dict[str, set[str]] | None = None) -> dict[str, Draft]:
    """The extractor's draft for every seed article, given the registry less the actors ``withheld``
    from that article."""
    withheld = withheld or {}
    return {sid: extractor(doc.text, doc.meta.get("published"),
                           [a for a in seeds.actors if a["id"] not in withheld.get(sid, ())], seeds.events)
            for sid, doc in sorted(seeds.documents.items())}


_ACTOR_FIELDS = ("speaker_id", "reported_via", "subject_id", "claimed_by", "actor_id")


def introduced_actors(rows: dict[str, list[dict[str, Any]]], mentions: list[dict[str, Any]],
                      published: Iterable[str] = (), alone: bool = False) -> dict[str, set[str]]:
    """For each article, the actors that no other article refers to (by a mention, or as a quote's
    speaker or relay, a claim's subject, claimant or relay) and the ``published`` registry lacks:
    the ones it introduces; with ``alone``, every actor it refers to that the ``published`` registry lacks."""
    published = frozenset(published)
    sources: dict[str, set[str]] = defaultdict(set)
    for row in [*mentions, *rows["quotes"], *rows["claims"]]:
        for key in _ACTOR_FIELDS:
            if row.get(key):
                sources[row[key]].add(row["source_id"])
    out: dict[str, set[str]] = defaultdict(set)
    for actor, sids in sources.items():
        if actor not in published and (alone or len(sids) == 1):
            for sid in sids:
                out[sid].add(actor)
    return out


def accept_new_actors(draft: Draft, withheld: set[str], mentions: list[dict[str, Any]]) -> Draft:
    """The draft with the quotes of each proposed new actor given to the withheld actor one of whose
    curated ``mentions`` (of this article) a mention of the proposal overlaps, when that actor is the only one."""
    named: dict[str, str] = {}
    for p in draft.new_actors:
        spans = p.mentions or [(p.start, p.end)]
        hits = {m["actor_id"] for m in mentions if m["actor_id"] in withheld
                and any(overlaps(s, (m["start"], m["end"])) for s in spans)}
        if len(hits) == 1:
            named[p.id] = hits.pop()
    if not named:
        return draft
    return replace(draft, quotes=[replace(q, new_speaker=named.get(q.new_speaker, q.new_speaker)) for q in draft.quotes])


def evaluate(seeds: Seeds, extractor: Extractor = extract, drafts: dict[str, Draft] | None = None,
             first_draft: bool = False, published: Iterable[str] = (), alone: bool = False) -> dict[str, Any]:
    """Score the extractor on every seed against the curated rows (see the module docstring); with
    ``first_draft``, each article drafted without the actors it introduces, or with ``alone`` without every
    actor it refers to (:func:`introduced_actors`; the ``published`` registry's actors are never withheld).

    Returns ``{"metrics": {name: {precision, recall, f1, tp, predicted, expected} or
    {accuracy, correct, total}}, "per_source": {source_id: metrics}, "errors": {...}}``;
    ``errors`` lists missed and spurious items so a person can see what went wrong.
    """
    rows = resolve_annotations(seeds)
    truth_mentions = alias_mentions(seeds) + rows["mentions"]
    withheld = introduced_actors(rows, truth_mentions, published, alone) if first_draft else {}
    drafts = drafts or run_extractor(seeds, extractor, withheld)
    if first_draft:
        drafts = {sid: accept_new_actors(d, withheld.get(sid, set()), [m for m in truth_mentions if m["source_id"] == sid])
                  for sid, d in drafts.items()}
    counts: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0, 0]))
    errors: dict[str, list[dict[str, Any]]] = defaultdict(list)

    def add(sid: str, metric: str, tp: int, predicted: int, expected: int) -> None:
        for key in (sid, "*"):
            c = counts[key][metric]
            c[0] += tp
            c[1] += predicted
            c[2] += expected

    for sid, draft in drafts.items():
        doc = seeds.documents[sid]
        by_sid = lambda section: [r for r in rows[section] if r["source_id"] == sid]  # noqa: E731
        _score_quotes(sid, draft, by_sid("quotes"), add, errors)
        _score_claims(sid, draft, by_sid("claims"), add, errors)
        _score_mentions(sid, draft, [m for m in truth_mentions if m["source_id"] == sid], add, errors)
        _score_furniture(sid, draft, doc, add)
        bad = [i for i in [*draft.quotes, *draft.claims] if doc.in_furniture(Span(i.start, i.end))]
        add(sid, "in_furniture", len(bad), len(draft.quotes) + len(draft.claims), 0)
        for i in bad:
            errors["in_furniture"].append({"source_id": sid, "start": i.start, "end": i.end, "text": i.text})
        add(sid, "body_exact", int((draft.body.start, draft.body.end) == (doc.body.start, doc.body.end)), 1, 1)

    def finish(c: dict[str, list[int]]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for metric, (tp, predicted, expected) in sorted(c.items()):
            if metric in ACCURACY_METRICS:
                out[metric] = {"accuracy": round(tp / predicted, 4) if predicted else 0.0, "correct": tp, "total": predicted}
            elif metric == "in_furniture":
                out[metric] = {"count": tp, "proposed": predicted}
            else:
                out[metric] = prf(tp, predicted, expected)
        return out

    return {"metrics": finish(counts["*"]),
            "per_source": {sid: finish(c) for sid, c in sorted(counts.items()) if sid != "*"},
            "errors": dict(errors)}


ACCURACY_METRICS = ("speaker_accuracy", "speaker_explicit", "speaker_attributed", "body_exact")


@dataclass(frozen=True)
class Span:
    """A bare span, for ``Document.in_furniture``."""

    start: int
    end: int


def _score_quotes(sid: str, draft: Draft, truth: list[dict[str, Any]], add, errors) -> None:
    pred = {(q.start, q.end): q for q in draft.quotes}
    true = {(t["start"], t["end"]): t for t in truth}
    exact = set(pred) & set(true)
    add(sid, "quote_spans", len(exact), len(pred), len(true))
    pairs = pair_by_overlap(truth, draft.quotes, lambda t, p: (t["start"], t["end"]) == (p.start, p.end))
    add(sid, "quote_spans_overlap", len(pairs), len(pred), len(true))
    for key in set(true) - set(pred):
        errors["quote_missed"].append({"source_id": sid, "start": key[0], "end": key[1], "text": true[key]["text"]})
    for key in set(pred) - set(true):
        errors["quote_spurious"].append({"source_id": sid, "start": key[0], "end": key[1], "text": pred[key].text})
    correct = explicit_total = explicit_correct = attributed_total = attributed_correct = 0
    flagged = flagged_wrong = wrong_attributed = 0
    for key in exact:
        t, p = true[key], pred[key]
        ok = _speaker(p) == t["speaker_id"]
        correct += ok
        if t["attribution"] == "explicit":
            explicit_total += 1
            explicit_correct += ok
        if t["attribution"] in ("explicit", "implicit"):
            attributed_total += 1
            attributed_correct += ok
            wrong_attributed += not ok
            flagged += p.check_speaker
            flagged_wrong += p.check_speaker and not ok
        if not ok:
            errors["speaker_wrong"].append({"source_id": sid, "start": key[0], "end": key[1], "text": t["text"][:80],
                                            "expected": t["speaker_id"], "attribution": t["attribution"],
                                            "proposed": _speaker(p), "rule": p.rule})
    add(sid, "speaker_accuracy", correct, len(exact), len(exact))
    add(sid, "speaker_explicit", explicit_correct, explicit_total, explicit_total)
    add(sid, "speaker_attributed", attributed_correct, attributed_total, attributed_total)
    add(sid, "speaker_check_flags", flagged_wrong, flagged, wrong_attributed)
    with_pred = {k for k, p in pred.items() if _speaker(p)}
    with_true = {k for k, t in true.items() if t["speaker_id"]}
    tp = sum(1 for k in with_pred & with_true if _speaker(pred[k]) == true[k]["speaker_id"])
    add(sid, "speaker", tp, len(with_pred), len(with_true))


def _score_claims(sid: str, draft: Draft, truth: list[dict[str, Any]], add, errors) -> None:
    pred = draft.claims
    same = lambda t, p: (t["value"], t["quantity"]) == (p.value, p.quantity)  # noqa: E731
    pairs = pair_by_overlap(truth, pred, same)
    exact = {(c.start, c.end) for c in pred} & {(t["start"], t["end"]) for t in truth}
    add(sid, "claim_spans", len(exact), len(pred), len(truth))
    add(sid, "claim_spans_overlap", len(pairs), len(pred), len(truth))
    good = [(ti, pi) for ti, pi in pairs if same(truth[ti], pred[pi])]
    add(sid, "claim_values", len(good), len(pred), len(truth))
    add(sid, "claim_values_qualifier",
        sum(1 for ti, pi in good if truth[ti]["qualifier"] == pred[pi].qualifier), len(pred), len(truth))
    proposed = [(ti, pi) for ti, pi in good if pred[pi].event]
    add(sid, "claim_events", sum(1 for ti, pi in proposed if pred[pi].event == truth[ti]["event_id"]), len(proposed),
        sum(1 for ti, _ in good if truth[ti]["event_id"]))
    for ti, pi in proposed:
        if pred[pi].event != truth[ti]["event_id"]:
            errors["claim_event_wrong"].append({"source_id": sid, "text": truth[ti]["text"], "expected": truth[ti]["event_id"],
                                                "proposed": pred[pi].event})
    paired_t = {ti for ti, _ in pairs}
    paired_p = {pi for _, pi in pairs}
    for ti, t in enumerate(truth):
        if ti not in paired_t:
            errors["claim_missed"].append({"source_id": sid, "text": t["text"], "quantity": t["quantity"], "value": t["value"]})
    for pi, p in enumerate(pred):
        if pi not in paired_p:
            errors["claim_spurious"].append({"source_id": sid, "text": p.text, "quantity": p.quantity, "value": p.value})
    for ti, pi in pairs:
        t, p = truth[ti], pred[pi]
        if not same(t, p) or t["qualifier"] != p.qualifier:
            errors["claim_wrong"].append({"source_id": sid, "text": t["text"], "proposed_text": p.text,
                                          "expected": [t["quantity"], t["value"], t["qualifier"]],
                                          "proposed": [p.quantity, p.value, p.qualifier]})


def _score_mentions(sid: str, draft: Draft, truth: list[dict[str, Any]], add, errors) -> None:
    pred_spans = {(m.start, m.end): m for m in draft.mentions}
    true_spans: dict[tuple[int, int], dict[str, Any]] = {(t["start"], t["end"]): t for t in truth}
    add(sid, "mentions", len(set(pred_spans) & set(true_spans)), len(pred_spans), len(true_spans))
    links_p = {(m.start, m.end, m.actor_id) for m in draft.mentions}
    links_t = {(t["start"], t["end"], t["actor_id"]) for t in truth}
    add(sid, "mention_links", len(links_p & links_t), len(links_p), len(links_t))
    alias_t = {(t["start"], t["end"], t["actor_id"]) for t in truth if t.get("method") == "alias"}
    alias_p = {(m.start, m.end, m.actor_id) for m in draft.mentions if m.method in ("alias", "name", "fuzzy")}
    add(sid, "mentions_alias", len(alias_p & alias_t), len(alias_p), len(alias_t))
    names_t = [(t["start"], t["end"], t["actor_id"]) for t in truth if is_name(t["text"])]
    names_p = [(m.start, m.end, m.actor_id) for m in draft.mentions if is_name(m.text)]
    linked = sum(1 for a, b, aid in names_t if any(x < b and a < y and aid == pid for x, y, pid in names_p))
    wrong = sum(1 for x, y, pid in names_p if not any(x < b and a < y and aid == pid for a, b, aid in names_t))
    add(sid, "known_actor_links", linked, linked + wrong, len(names_t))  # precision: over proposals, unlinked ones wrong
    for a, b, aid in names_t:
        if not any(x < b and a < y and aid == pid for x, y, pid in names_p):
            errors["known_actor_missed"].append({"source_id": sid, "start": a, "end": b, "actor": aid, "text": draft.text[a:b]})
    for x, y, pid in names_p:
        if not any(x < b and a < y and aid == pid for a, b, aid in names_t):
            errors["known_actor_wrong"].append({"source_id": sid, "start": x, "end": y, "actor": pid, "text": draft.text[x:y]})
    for key in set(true_spans) - set(pred_spans):
        t = true_spans[key]
        errors["mention_missed"].append({"source_id": sid, "start": key[0], "end": key[1], "text": t["text"], "actor": t["actor_id"]})
    for key in set(pred_spans) - set(true_spans):
        m = pred_spans[key]
        errors["mention_spurious"].append({"source_id": sid, "start": key[0], "end": key[1], "text": m.text,
                                           "actor": m.actor_id, "method": m.method})
    for key in set(pred_spans) & set(true_spans):
        if pred_spans[key].actor_id != true_spans[key]["actor_id"]:
            errors["mention_wrong_actor"].append({"source_id": sid, "text": pred_spans[key].text,
                                                  "expected": true_spans[key]["actor_id"], "proposed": pred_spans[key].actor_id})


_PARTICLES = frozenset("al el bin ibn abu of the and for de du la le".split())


def is_name(text: str) -> bool:
    """A mention written as a name: every word capitalised apart from particles ("al-", "of the")."""
    words = [w for w in re.split(r"[\s-]+", text) if w]
    if words and words[0] in ("the", "The"):
        words = words[1:]
    return bool(words) and words[0][:1].isupper() and all(w[:1].isupper() or w.lower() in _PARTICLES for w in words)


def _score_furniture(sid: str, draft: Draft, doc, add) -> None:
    """Curated furniture lines inside the body that proposed furniture covers, and the proposed
    furniture lines inside the curated body."""
    lo, hi = doc.body.start, doc.body.end
    curated = [line for f in doc.furniture for line in _lines(draft.text, f.span.start, f.span.end)]
    proposed = [line for f in draft.furniture for line in _lines(draft.text, max(f.start, lo), min(f.end, hi))]
    found = sum(1 for c in curated if any(overlaps(c, p) for p in proposed))
    add(sid, "furniture_lines", found, len(proposed), len(curated))


def _lines(text: str, a: int, b: int) -> list[tuple[int, int]]:
    return [(a + m.start(), a + m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text[a:b])]


def report_text(result: dict[str, Any]) -> str:
    """A readable table of the metrics of :func:`evaluate`."""
    lines = [f"{'metric':28} {'precision':>9} {'recall':>7} {'f1':>7}   counts"]
    for name, m in result["metrics"].items():
        if "f1" in m:
            lines.append(f"{name:28} {m['precision']:9.3f} {m['recall']:7.3f} {m['f1']:7.3f}   "
                         f"tp={m['tp']} proposed={m['predicted']} curated={m['expected']}")
        elif "accuracy" in m:
            lines.append(f"{name:28} {'accuracy':>9} {m['accuracy']:7.3f} {'':7}   {m['correct']}/{m['total']}")
        else:
            lines.append(f"{name:28} {'count':>9} {m['count']:7d} {'':7}   of {m['proposed']} proposed")
    return "\n".join(lines)


EVAL_SETS = (("test", "tests/heldout/test"), ("blind", "tests/heldout/blind"), ("dev", "tests/heldout/dev"), ("seeds", "."))
"""The sets ``kds eval`` scores by default, test first: held-out test, the blind set (never read), dev, the seeds."""


def evaluation_sets(root: Path) -> list[tuple[str, Path]]:
    """(name, seeds folder) of each set of :data:`EVAL_SETS` present under the project ``root``."""
    out = []
    for name, rel in EVAL_SETS:
        folder = root / rel / "seeds"
        if (folder / "sources.yaml").is_file():
            out.append((name, folder))
    return out


def _figure(m: dict[str, Any]) -> str:
    if "f1" in m:
        return f"{m['f1']:.3f} ({m['tp']}/{m['expected']})"
    if "accuracy" in m:
        return f"{m['accuracy']:.3f} ({m['correct']}/{m['total']})"
    return f"{m['count']} of {m['proposed']}"


def report_columns(results: dict[str, dict[str, Any]]) -> str:
    """One row per metric and one column per set: F1 (tp/curated), accuracy (correct/total) or count."""
    names = list(results)
    metrics = sorted({m for r in results.values() for m in r["metrics"]})
    lines = [f"{'metric':28}" + "".join(f"{n:>22}" for n in names)]
    for metric in metrics:
        cells = [_figure(results[n]["metrics"][metric]) if metric in results[n]["metrics"] else "-" for n in names]
        lines.append(f"{metric:28}" + "".join(f"{c:>22}" for c in cells))
    extra = ["quote precision (overlap): " + ", ".join(
        f"{n} {results[n]['metrics']['quote_spans_overlap']['precision']:.3f}" for n in names
        if "quote_spans_overlap" in results[n]["metrics"])]
    return "\n".join(lines + extra)
