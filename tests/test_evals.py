"""The faithfulness evals: the metric, the LLM judge's reply handling, and the gates of `make test`.

The gates run the rules judge on the calibration and held-out sets and the end-to-end run with
--llm none, and fail below the thresholds committed in evals/thresholds.yaml.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from langchain_core.language_models import FakeListChatModel
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.outputs import ChatGenerationChunk
from pydantic import Field

from evals.faithfulness import (
    CALIBRATION,
    DATASETS,
    PASSAGES_PER_CLAIM,
    VERDICTS,
    BothJudge,
    Case,
    LLMJudge,
    RulesJudge,
    calibration,
    claim_prompt_prefix,
    load_cases,
    run_cases,
)
from evals.report import calibration_markdown
from evals.runner import calibration_report, end_to_end_report
from interviewer.interview.session import Services
from interviewer.judging.claim_checker import ClaimChecker
from interviewer.judging.matching import Matcher
from interviewer.settings import Settings
from interviewer.types import Backend

THRESHOLDS = yaml.safe_load(
    (Path(__file__).parent.parent / "evals" / "thresholds.yaml").read_text()
)
HELDOUT = DATASETS / "faithfulness_heldout.jsonl"


@pytest.fixture(scope="module")
def rules(knowledge, embeddings):
    return RulesJudge(ClaimChecker(Matcher(knowledge, embeddings)))


def test_calibration_set_is_what_the_issue_asks_for():
    cases = load_cases(CALIBRATION)
    assert len(cases) >= 60
    assert sum(c.label == "unfaithful" for c in cases) >= len(cases) / 2
    assert {c.id[:3] for c in cases} == {f"q{n:02d}" for n in range(1, 12)}
    kinds = {c.kind for c in cases}
    assert {"swapped_concept", "invented_number", "wrong_report", "conversational"} <= kinds


@pytest.mark.parametrize(
    ("path", "gate"),
    [(CALIBRATION, "calibration_rules_f1"), (HELDOUT, "heldout_rules_f1")],
)
def test_rules_judge_flags_unfaithful_feedback(rules, path, gate):
    result = calibration(run_cases(rules, load_cases(path), progress=False))
    assert result.f1 >= THRESHOLDS[gate]["threshold"], result


def test_end_to_end_templated_feedback_is_supported(tmp_path, rules):
    services = Services.build(Settings(data_dir=tmp_path, llm="none"))
    report = end_to_end_report(services, rules, progress=False)
    summary = report["summary"]
    assert summary["feedback turns"] == 33 and summary["phrased by the model"] == 0
    gate = THRESHOLDS["end_to_end_none_supported_share"]["threshold"]
    assert summary["share of shown claims supported"] >= gate, report["worst"]


def test_feedback_calls_nothing_wrong_or_missing_right(tmp_path):
    """Wrong and partial answers written by another hand: the verdict praises only what the
    answer says in full, so a point made in part, or contradicted, is not called right."""
    from evals import feedback

    services = Services.build(Settings(data_dir=tmp_path, llm="none"))
    report = feedback.run(services, "heldout", progress=False)
    assert len(report.cases) >= 60
    gate = THRESHOLDS["feedback_heldout_wrong_turns"]["threshold"]
    assert len(report.wrong_turns) <= gate, feedback.markdown(report)


def test_feedback_rarely_calls_a_point_said_with_one_thing_wrong_right(tmp_path):
    """Blind answers that say a key point in its own words with one thing changed (sides
    swapped, a direction reversed, a negation): testers were told "Good:" for them."""
    from evals import feedback

    services = Services.build(Settings(data_dir=tmp_path, llm="none"))
    report = feedback.run(services, "dev-subtle", progress=False)
    gate = THRESHOLDS["feedback_dev_subtle_wrong_turns"]["threshold"]
    assert len(report.wrong_turns) <= gate, feedback.markdown(report)


class _Recording(FakeListChatModel):
    """Scripted replies, and every request's messages kept for the test to read."""

    shown: list[list[BaseMessage]] = Field(default_factory=list)

    def _stream(
        self, messages: list[BaseMessage], *args: Any, **kwargs: Any
    ) -> Iterator[ChatGenerationChunk]:
        self.shown.append(messages)
        yield from super()._stream(messages, *args, **kwargs)


def case(response: str, case_id: str = "c1") -> Case:
    return Case(
        id=case_id,
        question="What is concept drift?",
        answer="Drift is when the model gets worse over time.",
        contexts=["Concept drift is a change in the relationship between inputs and outputs."],
        response=response,
        label="unfaithful",
    )


def test_score_counts_claims_and_ignores_conversation(rules):
    (result,) = run_cases(
        rules,
        [case("Thanks. Concept drift is a change in the relationship between inputs and outputs.")],
        progress=False,
    )
    assert result.score == 1.0 and not result.flagged
    (result,) = run_cases(
        rules, [case("Concept drift is a shift in the input distribution.")], progress=False
    )
    assert result.score == 0.0 and result.flagged
    assert result.claims[0].verdict == "contradicted"


def _llm(replies: list[str], embeddings, attempts: int = 1) -> LLMJudge:
    """FakeListChatModel stands in for the model only to script its replies."""
    model = FakeListChatModel(responses=replies)
    return LLMJudge(model, Backend.EMBEDDED, embeddings, attempts=attempts, seconds=30)


def test_llm_judge_asks_one_claim_at_a_time_after_the_cases_passages(embeddings):
    """Each claim is its own request after the same prefix and the same passages, the closest to
    any claim of the case (llama.cpp reuses its cache up to the claim); the answer comes only
    with a claim about the candidate, and each claim's evidence is its own closest passage."""
    model = _Recording(responses=['"supported"', '"unsupported"'])
    judge = LLMJudge(model, Backend.EMBEDDED, embeddings, attempts=1, seconds=30)
    contexts = [
        "Concept drift is a change in the relationship between inputs and outputs. "
        "Data drift is a change in the input distribution.",
        "Retraining on recent data is the usual remedy.",
    ]
    verdicts = judge.judge(
        Case(
            id="c1",
            question="What is concept drift?",
            answer="Drift is when the model gets worse over time.",
            contexts=contexts,
            response="Concept drift changes how inputs map to outputs. You said it retrains.",
        )
    )
    assert [v.verdict for v in verdicts] == ["supported", "unsupported"]
    first, second = model.shown
    assert first[:-1] == second[:-1] == judge.prefix
    assert "Candidate's answer" not in first[-1].content
    assert "Candidate's answer: Drift is when" in second[-1].content
    passages = str(first[-1].content).split("\n\n")[0]
    assert str(second[-1].content).startswith(passages)
    listed = passages.splitlines()[1:]
    assert len(listed) == len(set(listed)) <= 2 * PASSAGES_PER_CLAIM
    assert "- Concept drift is a change in the relationship" in listed[0]
    assert verdicts[0].evidence.startswith("Concept drift is a change")


def test_claim_prompt_examples_use_every_verdict():
    verdicts = {m.content for m in claim_prompt_prefix() if isinstance(m, AIMessage)}
    assert verdicts == {f'"{v}"' for v in VERDICTS}


def test_llm_judge_asks_again_after_an_invalid_reply(embeddings):
    judge = _llm(["I think it is fine.", '"unsupported"'], embeddings, attempts=2)
    (verdict,) = judge.judge(case("Concept drift affects 40% of models."))
    assert verdict.verdict == "unsupported" and judge.failures == 0
    judge = _llm(["nope"], embeddings, attempts=2)
    (verdict,) = judge.judge(case("Concept drift affects 40% of models."))
    assert "llm judge failed" in verdict.reason and judge.failures == 1


def test_both_judge_lets_the_model_add_a_contradiction_but_not_clear_a_flag(rules, embeddings):
    both = BothJudge(rules, _llm(['"supported"', '"contradicted"'], embeddings))
    cases = [
        case("Concept drift is a shift in the input distribution.", "c1"),
        case("Concept drift is a change in the relationship between inputs and outputs.", "c2"),
    ]
    report = calibration_report(both, cases, "inline", progress=False)
    flagged = {
        name: [r["flagged"] for r in judge["results"]] for name, judge in report["judges"].items()
    }
    assert flagged == {"both": [True, True], "rules": [True, False], "llm": [False, True]}
    assert report["agreement"]["agreement"] == 0.0
    assert [(d["id"], d["rules_flagged"]) for d in report["disagreements"]] == [
        ("c1", True),
        ("c2", False),
    ]
    markdown = calibration_markdown(report)
    assert "disagree (2 cases)" in markdown
    assert "≠ rules contradicted, llm supported: Concept drift is a shift" in markdown


def faithfulness_cli(tmp_path, lines: list[str], *options: str) -> dict:
    """``python -m evals faithfulness --json`` on these cases, as a user runs it."""
    cases = tmp_path / "cases.jsonl"
    cases.write_text("".join(line + "\n" for line in lines))
    run = subprocess.run(
        [
            *(sys.executable, "-m", "evals", "faithfulness", "--cases", str(cases), "--json"),
            *("--data-dir", str(tmp_path / "data"), *options),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout)


def test_cli_writes_markdown_and_json_reports(tmp_path):
    line = case("Concept drift is a shift in the input distribution.").model_dump_json()
    report = faithfulness_cli(tmp_path, [line], "--out", str(tmp_path / "out"))
    assert report["judges"]["rules"]["calibration"]["confusion"]["tp"] == 1
    written = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert written == ["faithfulness-calibration-rules.json", "faithfulness-calibration-rules.md"]
    assert "score distribution" in (tmp_path / "out" / written[1]).read_text()


def test_limit_judges_cases_spread_over_the_whole_file(tmp_path):
    """A short run of a set written question by question still covers all its questions."""
    lines = [
        case("Concept drift is a change in the input.", f"q{n:02d}").model_dump_json()
        for n in range(1, 10)
    ]
    report = faithfulness_cli(tmp_path, lines, "--limit", "3")
    assert [r["id"] for r in report["judges"]["rules"]["results"]] == ["q01", "q04", "q07"]
    assert report["cases_file"].endswith("(3 of 9 cases, spread evenly)")


def test_llm_judge_without_a_model_is_a_clear_error(tmp_path):
    run = subprocess.run(
        [
            *(sys.executable, "-m", "evals", "faithfulness", "--judge", "llm", "--llm", "none"),
            *("--data-dir", str(tmp_path)),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 2 and "needs a language model" in run.stderr
