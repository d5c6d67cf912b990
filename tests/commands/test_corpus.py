"""Batch extraction: JSON Lines in and out, parallel jobs, the per-article function."""
import json

from click.testing import CliRunner

from kadhimi_ds.cli import cli
from kadhimi_ds.commands.corpus import extract_many, extract_record

ARTICLE = ("Officials say three drones were launched at the compound on Friday.\n\n"
           "\"We shot down two of them,\" police spokesman Amir Haddad said.\n")


def test_extract_record_is_plain_data_in_and_out():
    result = extract_record({"id": "x", "text": ARTICLE, "published": "2024-03-02"}, actors=[])
    assert result["id"] == "x" and "error" not in result
    json.dumps(result)  # JSON-ready
    assert any(c["value"] == 3 and c["quantity"] == "drones_launched" for c in result["draft"]["claims"])
    assert [q["text"] for q in result["draft"]["quotes"]] == ["We shot down two of them,"]


def test_bad_records_become_errors_not_exceptions():
    assert "error" in extract_record({"id": 1}, actors=[])
    assert "error" in extract_record({"id": 2, "text": ""}, actors=[])
    assert "error" in extract_record({"id": 3, "text": ARTICLE, "published": "yesterday"}, actors=[])


def test_the_event_registry_is_optional_and_reaches_the_workers():
    record = {"id": "y", "text": "In 2019, 12 drones struck the refinery, officials said.", "published": "2024-03-02"}
    values = lambda result: [c["value"] for c in result["draft"]["claims"]]  # noqa: E731
    assert values(extract_record(record, actors=[])) == [12]  # without a registry: a claim flagged for the coder
    assert values(extract_record(record, actors=[], events=[])) == []  # no registered event in 2019 (C14, I7)
    assert [values(r) for r in extract_many([record, record], [], jobs=2, events=[])] == [[], []]


def test_given_registries_never_mix_with_a_worker_s_left_over_ones():
    """A run on one process sets that process's registries; a later call that gives its own actors
    (the Dask and Spark recipes) must not pick up the events left by it."""
    record = {"id": "z", "text": "In 2019, 12 drones struck the refinery, officials said.", "published": "2024-03-02"}
    assert [r["draft"]["claims"] for r in extract_many([record], [], jobs=1, events=[])] == [[]]
    assert [c["value"] for c in extract_record(record, actors=[])["draft"]["claims"]] == [12]


def test_jobs_give_the_same_results_in_order():
    records = [{"id": i, "text": ARTICLE.replace("three", word)} for i, word in enumerate(["two", "four", "nine", "three"])]
    one = list(extract_many(records, [], jobs=1))
    two = list(extract_many(records, [], jobs=2))
    assert one == two and [r["id"] for r in two] == [0, 1, 2, 3]


def test_cli_jsonl_round_trip(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("\n".join(json.dumps({"id": f"a{i}", "text": ARTICLE}) for i in range(3)) + "\nnot json\n")
    result = CliRunner().invoke(cli, ["extract", "--jsonl", str(corpus), "--jobs", "2"])
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["id"] for line in lines][:3] == ["a0", "a1", "a2"]
    assert "error" in lines[3] and "line 4" in lines[3]["error"]
    assert result.exit_code == 1 and "Traceback" not in result.output


def test_cli_single_article_yaml_draft(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE)
    result = CliRunner().invoke(cli, ["extract", str(article), "--published", "2024-03-02"])
    assert result.exit_code == 0
    assert "status: draft" in result.stdout and "We shot down two of them," in result.stdout


def test_cli_refuses_what_is_not_english_news(tmp_path):
    for name, content in [("page.html", b"<!DOCTYPE html><html><body><p>x</p></body></html>"),
                          ("blob.bin", bytes(range(256)) * 4), ("empty.txt", b""),
                          ("ar.txt", "الحكومة العراقية تدين الهجوم على منزل رئيس الوزراء في بغداد".encode())]:
        path = tmp_path / name
        path.write_bytes(content)
        result = CliRunner().invoke(cli, ["extract", str(path)])
        assert result.exit_code == 2, name
        assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.output


def test_cli_extract_reads_the_event_registry_given(tmp_path):
    article, events = tmp_path / "a.txt", tmp_path / "events.yaml"
    article.write_text("In 2019, 12 drones struck the refinery, officials said on Friday.\n", encoding="utf-8")
    events.write_text("- id: refinery-strike\n  date: 2019-09-14\n  date_precision: day\n"
                      "  event_type: Explosions/Remote violence\n  sub_event_type: Air/drone strike\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(article), "--published", "2024-03-08", "--events", str(events)])
    assert result.exit_code == 0 and "event: refinery-strike" in result.stdout
    missing = CliRunner().invoke(cli, ["extract", str(article), "--events", str(tmp_path / "none.yaml")])
    assert missing.exit_code != 0 and "--events" in missing.output
