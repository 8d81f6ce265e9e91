"""Question packs as a teacher and a candidate meet them: validate, add, drill, list, remove."""

from __future__ import annotations

import contextlib
import io
import json
import shutil
from pathlib import Path

import pytest
import yaml

from interviewer.cli import main
from interviewer.interview.session import InterviewSession, Services
from interviewer.knowledge.chunks import guide_chunks
from interviewer.knowledge.packs import load_with_packs
from interviewer.settings import Settings

from .conftest import REPO

EXAMPLE = REPO / "examples" / "packs" / "recommender-systems"
TOPIC = "recommender-systems"
QUESTIONS = ["recsys-01", "recsys-02", "recsys-03"]


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def added(tmp_path_factory) -> tuple[Path, int, str]:
    """A data folder with the example pack added (and the index built) once for the module."""
    data_dir = tmp_path_factory.mktemp("packs")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(["knowledge", "add", str(EXAMPLE), "--data-dir", str(data_dir)])
    return data_dir, code, out.getvalue()


def test_the_example_pack_validates_clean(capsys, tmp_path):
    code, out, _ = run(capsys, "knowledge", "validate", str(EXAMPLE), "--data-dir", str(tmp_path))
    assert code == 0
    assert out.strip() == f"{TOPIC}: 3 questions, valid; drilled under topic {TOPIC}"


def test_an_added_pack_is_installed_listed_and_shown_with_its_sources(capsys, added):
    data_dir, code, out = added
    assert code == 0 and f"Added {TOPIC}: 3 questions" in out and "Indexed:" in out
    assert f"interviewer chat --drill {TOPIC}" in out
    installed = data_dir / "packs" / TOPIC
    assert sorted(p.name for p in installed.iterdir()) == [
        "pack.yaml",
        *(f"{q}.yaml" for q in QUESTIONS),
    ]

    code, out, _ = run(capsys, "knowledge", "list", "--json", "--data-dir", str(data_dir))
    assert code == 0
    assert json.loads(out) == [
        {"name": TOPIC, "topics": [TOPIC], "questions": QUESTIONS, "folder": str(installed)}
    ]

    code, out, _ = run(capsys, "topics", "--json", "--data-dir", str(data_dir))
    rows = {row["topic"]: row for row in json.loads(out)}
    assert code == 0 and len(rows) == 14 and rows[TOPIC]["title"] == "Recommender systems"
    items = rows[TOPIC]["items"]
    assert [i["id"] for i in items] == QUESTIONS  # easier first
    assert "Koren" in items[1]["source"] and "study guide" not in items[1]["source"]
    drift = {i["id"]: i["source"] for i in rows["drift"]["items"]}
    assert "study guide" in drift["q10"] and "study guide" not in drift["drift-01"]


def test_pack_questions_are_retrievable(capsys, added):
    data_dir = str(added[0])
    code, out, _ = run(
        capsys, "search", "latent factors of users and items", "-k", "1", "--json",
        "--data-dir", data_dir,
    )  # fmt: skip
    assert code == 0 and json.loads(out)[0]["question_id"] == "recsys-02"


def test_a_drill_on_the_pack_asks_its_questions_and_cites_their_sources(added):
    services = Services.build(Settings(data_dir=added[0], llm="none"))
    assert services.recognizer.topic("recommendation systems") == TOPIC
    session, opening = InterviewSession.new(services, "drill", topic=TOPIC)
    turns = list(opening)
    for _ in range(20):
        if session.state.item is None:
            break
        reference = services.knowledge.question(session.state.item.question_id).reference_answer
        turns += session.send(reference)
    asked = [t.question_id for t in turns if t.kind == "question"]
    assert asked == QUESTIONS
    feedback = [t for t in turns if t.kind == "feedback"]
    assert feedback and all(t.grade.score == 1.0 for t in feedback)
    sources = {c.source for t in feedback for c in t.citations}
    assert any("Koren" in s for s in sources) and not any("study guide" in s for s in sources)


def _broken_pack(folder: Path) -> Path:
    """The example pack with one problem of each kind a teacher is likely to make."""
    pack = Path(shutil.copytree(EXAMPLE, folder / "course"))

    def edit(name: str, change) -> None:
        data = yaml.safe_load((pack / name).read_text())
        change(data)
        (pack / name).write_text(yaml.safe_dump(data, sort_keys=False))

    shutil.copy(pack / "recsys-03.yaml", pack / "recsys-04.yaml")  # an id used twice
    edit("recsys-01.yaml", lambda d: d.pop("difficulty"))  # a missing field
    edit("recsys-02.yaml", lambda d: d["key_points"][3].update(id="recsys-01.k4"))  # a bad id
    ndcg = "NDCG rewards relevant items more the higher they are placed in the ranked list. "
    edit(  # a reference answer that no longer says its third key point
        "recsys-03.yaml",
        lambda d: d.update(reference_answer=d["reference_answer"].replace(ndcg, "")),
    )
    return pack


EXPECTED_PROBLEMS = [
    "course/recsys-01.yaml: entry recsys-01, field difficulty: Field required",
    "course/recsys-02.yaml: entry recsys-01.k4, field key_points[3].id: "
    "recsys-01.k4 must start with recsys-02.",
    "course/recsys-03.yaml: entry recsys-03, field reference_answer: "
    "does not earn key point recsys-03.k3 from the grader (NDCG rewards",
    "course/recsys-04.yaml: entry recsys-03, field id: must match the file name",
    "course/recsys-04.yaml: entry recsys-03, field id: used twice (also in recsys-03.yaml)",
]


def test_an_invalid_pack_lists_every_problem_with_file_entry_and_field(
    capsys, tmp_path, monkeypatch
):
    _broken_pack(tmp_path)
    monkeypatch.chdir(tmp_path)
    data = ["--data-dir", str(tmp_path / "data")]
    code, out, _ = run(capsys, "knowledge", "validate", "course", *data)
    lines = out.splitlines()
    assert code == 1
    assert len(lines) == len(EXPECTED_PROBLEMS) + 1
    for line, expected in zip(lines, EXPECTED_PROBLEMS, strict=False):
        assert line.startswith(expected), (line, expected)
    assert lines[-1] == "course: 5 problems in 4 files"

    code, out, _ = run(capsys, "knowledge", "validate", "course", "--json", *data)
    report = json.loads(out)
    assert code == 1 and report["valid"] is False and len(report["problems"]) == 5
    assert report["problems"][2] | {"message": ""} == {
        "file": "course/recsys-03.yaml",
        "entry": "recsys-03",
        "field": "reference_answer",
        "message": "",
    }

    code, out, err = run(capsys, "knowledge", "add", "course", *data)
    assert code == 1 and out == "" and err.splitlines()[:-1] == lines[:-1]
    assert "not added" in err and not (tmp_path / "data" / "packs" / "course").exists()


def test_ids_of_an_installed_pack_or_of_the_project_are_taken(capsys, tmp_path, added):
    copy = Path(shutil.copytree(EXAMPLE, tmp_path / "other-course"))
    code, out, _ = run(capsys, "knowledge", "validate", str(copy), "--data-dir", str(added[0]))
    assert code == 1 and out.count(f"used twice (also in pack {TOPIC})") == 3

    q03 = copy / "q03.yaml"
    q03.write_text((copy / "recsys-01.yaml").read_text().replace("recsys-01", "q03"))
    code, out, _ = run(
        capsys, "knowledge", "validate", str(q03), "--topic", TOPIC, "--data-dir", str(tmp_path)
    )
    assert code == 1 and out.startswith(
        f"{q03}: entry q03, field id: used twice (also in the project)"
    )


def test_an_unknown_topic_needs_declaring(capsys, tmp_path):
    data = ["--data-dir", str(tmp_path)]
    one_file = str(EXAMPLE / "recsys-02.yaml")
    code, out, _ = run(capsys, "knowledge", "validate", one_file, *data)
    assert code == 1 and "field topics[0]: unknown topic 'recommender-systems'" in out
    code, out, _ = run(capsys, "knowledge", "validate", one_file, "--topic", TOPIC, *data)
    assert code == 0 and "1 question, valid" in out
    code, out, _ = run(capsys, "knowledge", "validate", str(EXAMPLE), "--into", "astrology", *data)
    assert code == 1 and "field into: unknown topic 'astrology'" in out


def test_a_pack_can_be_merged_into_an_existing_topic(capsys, tmp_path):
    data = ["--data-dir", str(tmp_path)]
    code, out, _ = run(capsys, "knowledge", "validate", str(EXAMPLE), "--into", "metrics", *data)
    assert code == 0 and out.strip().endswith("drilled under topic metrics")


def test_a_pack_that_no_longer_fits_names_the_fix(capsys, tmp_path):
    for name in ("a", "b"):
        shutil.copytree(EXAMPLE, tmp_path / "packs" / name)
    code, _, err = run(capsys, "topics", "--data-dir", str(tmp_path))
    assert code == 1 and "used twice (also in pack a)" in err
    assert "interviewer knowledge remove b" in err


def test_remove_drops_the_pack_and_its_chunks(capsys, tmp_path, added):
    data_dir = Path(shutil.copytree(added[0], tmp_path / "data"))
    knowledge = load_with_packs(Settings(data_dir=data_dir))
    pack_chunks = [c for c in guide_chunks(knowledge) if c.question_id in QUESTIONS]
    code, out, _ = run(capsys, "knowledge", "remove", TOPIC, "--data-dir", str(data_dir))
    assert code == 0 and f"Removed {TOPIC}." in out and f"{len(pack_chunks)} removed" in out
    code, out, _ = run(capsys, "knowledge", "list", "--data-dir", str(data_dir))
    assert code == 0 and "No packs installed" in out
    code, out, _ = run(capsys, "topics", "--json", "--data-dir", str(data_dir))
    assert TOPIC not in {row["topic"] for row in json.loads(out)}
    code, _, err = run(capsys, "knowledge", "remove", TOPIC, "--data-dir", str(data_dir))
    assert code == 2 and "no pack" in err
