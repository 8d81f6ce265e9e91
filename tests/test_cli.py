"""The `interviewer` command as a user runs it: output formats, exit codes, messages."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from dataclasses import fields

import pytest

from interviewer.cli import build_parser, main
from interviewer.settings import Settings, flag_name

from .conftest import REPO


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_index_json_counts_then_up_to_date_message(capsys, data_env):
    code, out, _ = run(capsys, "index", "--json")
    report = json.loads(out)
    assert code == 0 and report["added"] > 100
    assert {"added", "updated", "removed", "unchanged", "seconds"} <= set(report)
    code, out, _ = run(capsys, "index")
    assert code == 0 and "up to date" in out and "nothing embedded" in out


def test_search_json_builds_a_missing_index_and_answers(capsys, data_env):
    code, out, err = run(capsys, "search", "why do we hold out a test split", "-k", "2", "--json")
    hits = json.loads(out)
    assert code == 0 and "No index yet" in err
    assert len(hits) == 2 and hits[0]["question_id"] == "q08"
    assert set(hits[0]) == {"question_id", "topics", "kind", "text", "score"}


def test_search_text_output_and_topic_filter(capsys, data_env):
    code, out, _ = run(
        capsys, "search", "parallel processing of sequences", "--topic", "transformers"
    )
    first = out.splitlines()[0]  # the guide's q05 or transformers-01, self-attention vs recurrence
    assert code == 0 and first.startswith(("1. [q05 ", "1. [transformers-")), first


@pytest.mark.parametrize("query", ["", "   "])
def test_empty_query_exits_2_with_one_line(capsys, data_env, query):
    code, out, err = run(capsys, "search", query)
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1 and "empty" in err


def test_unknown_topic_lists_the_valid_ones(capsys, data_env):
    code, _, err = run(capsys, "search", "anything", "--topic", "astrology")
    assert code == 2 and "astrology" in err and "transformers" in err and "drift" in err


def test_corrupt_index_names_the_fix_and_rebuild_repairs_it(capsys, data_env):
    run(capsys, "index")
    (data_env / "chroma" / "chroma.sqlite3").write_bytes(b"this is not sqlite" * 300)
    code, _, err = run(capsys, "search", "concept drift")
    assert code == 1 and "interviewer index --rebuild" in err
    code, out, _ = run(capsys, "index", "--rebuild", "--json")
    assert code == 0 and json.loads(out)["added"] > 100
    code, out, _ = run(capsys, "search", "concept drift", "--json")
    assert code == 0 and "drift" in json.loads(out)[0]["topics"]


def test_add_notes_through_the_cli(capsys, data_env, tmp_path):
    note = tmp_path / "notes.txt"
    note.write_text(
        "Federated averaging combines the clients' model updates, weighted by their example counts."
    )
    code, out, _ = run(capsys, "index", "--add", str(note), "--json")
    assert code == 0 and json.loads(out)["added"] > 100
    query = "federated averaging of client updates"
    code, out, _ = run(capsys, "search", query, "-k", "1", "--json")
    assert json.loads(out)[0]["kind"] == "user_note" and json.loads(out)[0]["question_id"] is None
    code, _, err = run(capsys, "index", "--add", str(tmp_path / "nope.md"))
    assert code == 2 and "nope.md" in err


def test_topics_json(capsys, data_env):
    code, out, _ = run(capsys, "topics", "--json")
    rows = {row["topic"]: row for row in json.loads(out)}
    assert code == 0 and len(rows) == 13
    items = {i["id"]: i for i in rows["drift"]["items"]}
    assert {"q10", "q11", "drift-01", "drift-22"} <= set(items) and len(items) >= 22
    levels = [i["difficulty"] for i in rows["drift"]["items"]]
    assert levels == sorted(levels)  # easier first
    assert set(items["q10"]) == {"id", "question", "difficulty", "key_points", "source"}
    assert items["q10"]["key_points"][0] == "q10.k1" and "study guide" in items["q10"]["source"]
    assert "Gama" in items["drift-04"]["source"]  # the others cite their own source


def test_flags_beat_environment_variables(capsys, data_env, tmp_path, monkeypatch):
    monkeypatch.setenv("INTERVIEWER_RETRIEVAL", "nonsense")
    code, _, err = run(capsys, "topics")
    assert code == 2 and "INTERVIEWER_RETRIEVAL" in err
    code, out, _ = run(capsys, "index", "--retrieval", "dense", "--data-dir", str(tmp_path / "x"))
    assert code == 0 and str(tmp_path / "x") in out


def test_console_script_help_lists_commands_and_settings():
    result = subprocess.run(
        [sys.executable, "-m", "interviewer.cli", "search", "--help"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0
    for f in fields(Settings):
        if not f.metadata["secret"]:
            assert flag_name(f.metadata["env"]) in result.stdout


def test_readme_documents_every_setting_and_command():
    readme = (REPO / "README.md").read_text()
    for f in fields(Settings):
        assert f.metadata["env"] in readme, f.metadata["env"]
    subcommands = next(
        a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction)
    )
    for name in subcommands.choices:
        assert f"interviewer {name}" in readme, name
    assert "make run" in readme and "make test" in readme


def test_eval_passes_everything_through_help_included(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["eval", "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert "conversations" in out and "intents" in out and "faithfulness" in out
