"""kds add: a new article is registered with a draft that the build refuses until reviewed."""
import hashlib

from click.testing import CliRunner

from conftest import copy_project
from kadhimi_ds.cli import cli
from kadhimi_ds.commands.curate import unique_edge

ARTICLE = ("Guards hurt as drones strike compound\n\n"
           "At least four guards were wounded when two drones struck the compound, a security source said.\n\n"
           "\"This will not stop us,\" the governor said in a statement.\n\nLeave a Reply\n3 + 4 =\n")


def test_unique_edge_finds_a_unique_anchor_on_a_word_edge():
    text = "abc abc abcd end. abc abc"
    first = unique_edge(text, 0, 17, from_end=False, minimum=3)
    assert text.count(first) == 1 and text.startswith(first) and not text[len(first)].isalnum()


def test_add_registers_the_article_and_a_draft_the_build_refuses(tmp_path):
    root = copy_project(tmp_path / "pkg")
    sources_before = (root / "seeds" / "sources.yaml").read_bytes()
    curated = {p: p.read_bytes() for p in (root / "seeds").rglob("*") if p.is_file()}
    article = tmp_path / "new.txt"
    article.write_text(ARTICLE)
    runner = CliRunner()
    result = runner.invoke(cli, ["add", str(article), "--published", "2021-11-09", "--publisher", "Example Wire",
                                 "--root", str(root)])
    assert result.exit_code == 0, result.output
    sha = hashlib.sha256(ARTICLE.encode()).hexdigest()
    sid = f"005_{sha[:16]}"
    assert (root / "seeds" / f"{sid}.txt").read_bytes() == ARTICLE.encode()
    sources = (root / "seeds" / "sources.yaml").read_bytes()
    assert sources.startswith(sources_before) and sha.encode() in sources  # appended, nothing rewritten
    assert all(p.read_bytes() == data for p, data in curated.items() if p.name != "sources.yaml")
    draft = (root / "seeds" / "annotations" / f"{sid}.yaml").read_text()
    assert "status: draft" in draft and "At least four guards" in draft
    build = runner.invoke(cli, ["build", "--root", str(root)])
    assert build.exit_code == 1 and "draft" in build.stderr
    again = runner.invoke(cli, ["add", str(article), "--published", "2021-11-09", "--root", str(root)])
    assert again.exit_code == 2 and "already registered" in again.stderr


def test_a_reviewed_draft_builds(tmp_path):
    root = copy_project(tmp_path / "pkg")
    article = tmp_path / "new.txt"
    article.write_text(ARTICLE)
    runner = CliRunner()
    assert runner.invoke(cli, ["add", str(article), "--published", "2021-11-09", "--root", str(root)]).exit_code == 0
    draft = next((root / "seeds" / "annotations").glob("005_*.yaml"))
    text = draft.read_text().replace("status: draft", "status: reviewed")
    text = text.replace("event: null", "event: 2021-11-07-baghdad-pm-residence-drone-attack")
    draft.write_text(text)
    result = runner.invoke(cli, ["build", "--root", str(root)])
    assert result.exit_code == 0, result.output + result.stderr
    assert runner.invoke(cli, ["validate", str(root)]).exit_code in (0, 1)  # runs to a report, no crash
