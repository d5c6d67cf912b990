"""Attribution batteries (`kds eval --battery`): their files are checked on reading, each case is scored
alone after the published registry, and the README's battery figures are what the scorer measures."""
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, strategies as st

from kadhimi_ds.build.seeds import read_seeds
from kadhimi_ds.cli import cli
from kadhimi_ds.commands.battery import _occurrences, read_battery, score_battery
from kadhimi_ds.errors import KdsError

ROOT = Path(__file__).resolve().parents[2]
BATTERIES = sorted((ROOT / "tests" / "heldout" / "batteries").glob("*.yaml"))
PUBLISHED = read_seeds(ROOT / "seeds")
IDS = {a["id"] for a in PUBLISHED.actors}

CASES = """\
- id: c1
  text: |
    BAGHDAD — "We will find those who did this," Kadhimi said on Sunday.

    "It shook the whole street," said Ali Hassan, a shopkeeper in Karrada.
  quotes:
    - quote: We will find those who did this
      speaker: mustafa-al-kadhimi
    - quote: It shook the whole street
      speaker_text: Ali Hassan
"""


def _battery(tmp_path, text: str) -> Path:
    path = tmp_path / "b.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_shipped_batteries_read_and_name_registered_speakers():
    assert len(BATTERIES) >= 2
    for path in BATTERIES:
        assert len(read_battery(path, IDS)) >= 90, path


def test_a_right_and_a_wrong_speaker_are_counted(tmp_path):
    cases = read_battery(_battery(tmp_path, CASES), IDS)
    result = score_battery(cases, PUBLISHED.actors, PUBLISHED.events)
    assert (result["speakers_right"], result["quotations"], result["failures"]) == (2, 2, [])
    wrong = read_battery(_battery(tmp_path, CASES.replace("speaker: mustafa-al-kadhimi", "speaker: none")
                                  .replace("speaker_text: Ali Hassan", "speaker_text: Karrada")), IDS)
    result = score_battery(wrong, PUBLISHED.actors, PUBLISHED.events)
    assert result["speakers_right"] == 0
    assert [(f["case"], f["expected"]) for f in result["failures"]] == [("c1", "none"), ("c1", "new: Karrada")]
    assert result["failures"][0]["proposed"] == "mustafa-al-kadhimi"


def test_an_unlisted_quotation_is_spurious_and_a_listed_one_not_proposed_is_missed(tmp_path):
    unlisted = CASES.split("    - quote: It shook")[0]
    result = score_battery(read_battery(_battery(tmp_path, unlisted), IDS), PUBLISHED.actors, PUBLISHED.events)
    assert (result["spurious"], result["missed"]) == (1, 0)
    no_marks = CASES.replace('"It shook the whole street,"', "It shook the whole street,")
    result = score_battery(read_battery(_battery(tmp_path, no_marks), IDS), PUBLISHED.actors, PUBLISHED.events)
    assert (result["spurious"], result["missed"], result["speakers_right"]) == (0, 1, 1)


@pytest.mark.parametrize("change, message", [
    (("quote: We will find", "quote: We shall find"), "case c1: quote 'We shall find"),
    (("speaker: mustafa-al-kadhimi", "speaker: kadhimi"), "case c1: speaker 'kadhimi' is not a registered actor"),
    (("speaker_text: Ali Hassan", "speaker_text: Ali Hasan"), "case c1: speaker_text 'Ali Hasan' is not in its text"),
    (("      speaker: mustafa-al-kadhimi\n", ""), "needs one of speaker and speaker_text"),
    (("- id: c1\n", "- id: c1\n  published: 8 November\n"), "published '8 November' is not a date"),
    (("- id: c1\n", "- name: c1\n"), "case 1: a case needs an id and a text"),
])
def test_a_bad_battery_is_refused_in_one_line_naming_file_and_case(tmp_path, monkeypatch, change, message):
    path = _battery(tmp_path, CASES.replace(*change))
    with pytest.raises(KdsError, match=re.escape(message)):
        read_battery(path, IDS)
    monkeypatch.chdir(ROOT)
    out = CliRunner().invoke(cli, ["eval", "--battery", str(path)])
    assert out.exit_code != 0 and out.output.count("\n") == 1 and str(path) in out.output and message in out.output


def test_battery_figures_as_json_name_each_failure(tmp_path, monkeypatch):
    import json
    monkeypatch.chdir(ROOT)
    path = _battery(tmp_path, CASES.replace("speaker: mustafa-al-kadhimi", "speaker: none"))
    out = CliRunner().invoke(cli, ["eval", "--battery", str(path), "--format", "json"])
    assert out.exit_code == 0, out.output
    result = json.loads(out.output)[str(path)]
    assert (result["speakers_right"], result["quotations"]) == (1, 2)
    assert [(f["case"], f["expected"], f["proposed"]) for f in result["failures"]] == [("c1", "none", "mustafa-al-kadhimi")]


def test_a_battery_id_used_twice_is_refused(tmp_path):
    with pytest.raises(KdsError, match="case c1: the id is used twice"):
        read_battery(_battery(tmp_path, CASES + CASES), IDS)


def test_battery_goes_without_root_and_first_draft(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    out = CliRunner().invoke(cli, ["eval", "--battery", str(_battery(tmp_path, CASES)), "--first-draft"])
    assert out.exit_code == 2 and "--battery goes alone" in out.output


@given(st.text(alphabet="ab ", max_size=30), st.text(alphabet="ab", min_size=1, max_size=3))
def test_occurrences_are_every_place_the_words_stand(text, words):
    found = _occurrences(text, words)
    assert all(text[s:e] == words for s, e in found)
    assert [s for s, _ in found] == [i for i in range(len(text)) if text.startswith(words, i)]


def test_readme_battery_figures_are_what_kds_eval_measures(monkeypatch):
    """The README states each shipped battery's score as `kds eval --battery` prints it."""
    monkeypatch.chdir(ROOT)
    out = CliRunner().invoke(cli, ["eval", *[a for p in BATTERIES for a in ("--battery", str(p.relative_to(ROOT)))]])
    assert out.exit_code == 0, out.output
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for path in BATTERIES:
        line = next(x for x in out.output.splitlines() if x.startswith(str(path.relative_to(ROOT))))
        right = re.search(r"speakers right (\d+/\d+) \(([\d.]+)\)", line)
        documented = next(x for x in readme.splitlines() if f"`{path.name}`" in x and x.startswith("|"))
        assert f"{right[2]} ({right[1]})" in documented, (line, documented)
