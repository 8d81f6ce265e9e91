"""`python -m evals`: offline evaluations with the project's own datasets."""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
import tempfile
import time
from pathlib import Path

from evals import conversations, review, wordings
from evals import feedback as feedback_sets
from evals import intents as intent_sets
from evals import report as reports
from evals.faithfulness import CALIBRATION, load_cases, spread
from evals.grading import SETS as GRADING_SETS
from evals.grading import load_answers, ordering_accuracy
from evals.intents import TimedConsult, evaluate, load_intent_cases, model_alone, touch
from evals.intents import markdown as intent_markdown
from evals.runner import JUDGES, JudgeUnavailable, calibration_report, end_to_end_report, make_judge
from interviewer import settings as settings_module
from interviewer.interview.intents import IntentRecognizer, ModelReading
from interviewer.interview.session import REQUESTS_FILE, Services
from interviewer.judging.claim_checker import ClaimChecker
from interviewer.judging.grader import Grader
from interviewer.judging.matching import Matcher
from interviewer.knowledge.embeddings import make_embeddings
from interviewer.knowledge.schema import load_knowledge
from interviewer.llm.backends import LLMError, choose_backend, make_chat_model
from interviewer.types import Backend


def cmd_grading(args: argparse.Namespace) -> int:
    settings = settings_module.load(args)
    knowledge = load_knowledge(settings.knowledge_dir)
    grader = Grader(Matcher(knowledge, make_embeddings(settings)))
    report = ordering_accuracy(grader, knowledge, load_answers(GRADING_SETS[args.set]))
    if args.json:
        print(json.dumps(report.public(), indent=2))
        return 0
    print("| question | strong | partial | wrong |\n|---|---|---|---|")
    for question in knowledge.questions:
        cells = []
        for label in ("strong", "partial", "wrong"):
            scores = [
                r.score
                for r in report.scores
                if r.case.question_id == question.id and r.case.label == label
            ]
            cells.append(" ".join(f"{s:.2f}" for s in scores))
        print(f"| {question.id} | " + " | ".join(cells) + " |")
    print(
        f"\nSet {args.set}. Pairwise order accuracy: {report.accuracy:.3f} over {report.pairs} "
        "pairs (ties count as errors)."
    )
    for name, found in (
        ("Key points", report.key_points),
        ("Misconceptions", report.misconceptions),
    ):
        if found:
            print(
                f"{name} found, against a person's labels: precision {found.precision:.3f}, "
                f"recall {found.recall:.3f}."
            )
    if report.stated_wrong:
        wrong = report.stated_wrong
        print(
            f"Key points stated wrong, against a person's labels: precision {wrong.precision:.3f}, "
            f"recall {wrong.recall:.3f} ({wrong.both} of {wrong.labelled} corrected); "
            f"credited as right: {report.credited_wrong} of {wrong.labelled}."
        )
    if report.terse_ratio is not None:
        print(
            f"Terse correct answers score {report.terse_ratio:.2f} of the strong answers' mean "
            "(target >= 0.5)."
        )
    for better, worse in report.misordered:
        print(
            f"  misordered {better.case.question_id}: {better.case.label} {better.score} "
            f"<= {worse.case.label} {worse.score}"
        )
    return 0


def cmd_wordings(args: argparse.Namespace) -> int:
    settings = settings_module.load(args)
    knowledge = load_knowledge(settings.knowledge_dir)
    report = wordings.run(Matcher(knowledge, make_embeddings(settings)), knowledge)
    print(report.model_dump_json(indent=2) if args.json else wordings.markdown(report))
    return 0


def cmd_faithfulness(args: argparse.Namespace) -> int:
    settings = settings_module.load(args)
    progress = not args.json
    try:
        if args.end_to_end:
            services = Services.build(settings, progress=progress)
            judge = make_judge(
                args.judge, services.checker, services.model, services.embeddings, settings
            )
            report = end_to_end_report(services, judge, progress)
            markdown, name = reports.end_to_end_markdown(report), "faithfulness-end-to-end"
        else:
            every = load_cases(args.cases)
            cases = spread(every, args.limit)
            described = str(args.cases)
            if len(cases) < len(every):
                described += f" ({len(cases)} of {len(every)} cases, spread evenly)"
            knowledge = load_knowledge(settings.knowledge_dir)
            embeddings = make_embeddings(settings)
            checker = ClaimChecker(Matcher(knowledge, embeddings))
            model = None if args.judge == "rules" else make_chat_model(settings, progress)
            judge = make_judge(args.judge, checker, model, embeddings, settings)
            report = calibration_report(judge, cases, described, progress)
            markdown, name = reports.calibration_markdown(report), "faithfulness-calibration"
    except (JudgeUnavailable, LLMError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print(markdown)
    if args.out:
        written = reports.write(report, markdown, args.out, f"{name}-{args.judge}")
        if args.end_to_end:  # the feedback turns as cases, for another judge to score
            cases_file = args.out / "faithfulness-end-to-end-cases.jsonl"
            cases_file.write_text("".join(json.dumps(c) + "\n" for c in report["cases"]))
            written.append(cases_file)
        for path in written:
            print(f"wrote {path}", file=sys.stderr)
    return 0


def cmd_intents(args: argparse.Namespace) -> int:
    settings = settings_module.load(args)
    if "llm" not in vars(args) and not os.environ.get("INTERVIEWER_LLM"):
        settings = dataclasses.replace(settings, llm=Backend.NONE)  # the code alone, unless asked
    knowledge = load_knowledge(settings.knowledge_dir)
    model = make_chat_model(settings, progress=not args.json)
    if model is None and args.model_alone:
        print("error: --model-alone needs a language model: --llm embedded|server", file=sys.stderr)
        return 2
    consult = None
    if model is not None:
        touch(model)
        reading = ModelReading(model, choose_backend(settings).name, settings.intent_timeout)
        consult = TimedConsult(reading)
    recognizer = IntentRecognizer(
        knowledge, make_embeddings(settings), settings.knowledge_dir / REQUESTS_FILE, consult
    )
    cases = load_intent_cases(intent_sets.SETS[args.set])
    recognizer.recognize(cases[0].text)  # loads the embedding model outside the timings
    if args.model_alone:
        assert consult is not None
        report, name = model_alone(consult, cases), f"{args.set}, the model alone"
    else:
        report, name = evaluate(recognizer, cases, consult), f"{args.set}, --llm {settings.llm}"
    print(report.model_dump_json(indent=2) if args.json else intent_markdown(report, name))
    return 0


def _played_settings(args: argparse.Namespace) -> settings_module.Settings:
    """Settings for simulated candidates, who stay out of the user's own history and weakest
    topic: a fresh data folder unless one is given."""
    settings = settings_module.load(args)
    if "data_dir" not in vars(args) and not os.environ.get("INTERVIEWER_DATA_DIR"):
        settings = dataclasses.replace(settings, data_dir=Path(tempfile.mkdtemp()))
    return settings


def _played_services(args: argparse.Namespace) -> Services:
    return Services.build(_played_settings(args), progress=not args.json)


def cmd_feedback(args: argparse.Namespace) -> int:
    services = _played_services(args)
    report = feedback_sets.run(services, args.set, progress=not args.json)
    markdown = feedback_sets.markdown(report)
    print(report.model_dump_json(indent=2) if args.json else markdown)
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        name = f"feedback-{args.set}-{report.backend}.md"
        (args.out / name).write_text(markdown + "\n", encoding="utf-8")
    return 0 if not report.wrong_turns else 1


def cmd_conversations(args: argparse.Namespace) -> int:
    settings = _played_settings(args)
    backend = choose_backend(settings).name
    if args.browser:  # the app runs the model; the harness only reads what it stored
        settings = dataclasses.replace(settings, llm="none")
    progress = not args.json
    services = Services.build(settings, progress=progress)
    plays = [
        play
        for seed in args.seeds
        for play in conversations.scripts(services.knowledge.topic_ids, seed=seed)
    ]
    if args.only:
        plays = [p for p in plays if any(part in p.name for part in args.only)]
    if args.browser:
        from evals.browser_play import app_in_browser, browser_sit

        with app_in_browser(settings.data_dir, backend) as page:
            report = conversations.run(services, plays, progress, browser_sit(page))
        report = report.model_copy(update={"backend": f"{backend}, in the browser"})
    else:
        report = conversations.run(services, plays, progress)
    markdown = conversations.markdown(report)
    print(report.model_dump_json(indent=2) if args.json else markdown)
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        name = f"conversations-{backend}" + ("-browser" if args.browser else "")
        (args.out / f"{name}.md").write_text(markdown + "\n", encoding="utf-8")
        (args.out / f"{name}.json").write_text(report.model_dump_json(indent=2), encoding="utf-8")
        print(f"wrote {args.out / name}.md and .json", file=sys.stderr)
    return 0 if not report.failing else 1


def cmd_review(args: argparse.Namespace) -> int:
    settings = settings_module.load(args)
    model = make_chat_model(settings, progress=not args.json)
    if model is None:
        print("error: the reviewer needs a language model; --llm none gives none", file=sys.stderr)
        return 2
    reviewer = review.LLMReviewer(model)
    sessions = review.load_reviewed()[: args.limit]
    started = time.perf_counter()
    verdicts = [reviewer.review(s.dialogue) for s in sessions]
    seconds = time.perf_counter() - started
    rows = [
        review.agreement([(s.labels[c], v[c]) for s, v in zip(sessions, verdicts, strict=True)], c)
        for c in review.criteria()
    ]
    markdown = review.markdown(rows, seconds, choose_backend(settings).name)
    print(json.dumps([r.model_dump() for r in rows], indent=2) if args.json else markdown)
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / "conversation-review.md").write_text(markdown + "\n", encoding="utf-8")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    grading = commands.add_parser(
        "grading", help="how reliably the grader orders strong, partial and wrong answers"
    )
    grading.add_argument(
        "--set",
        choices=list(GRADING_SETS),
        default="heldout",
        help="labelled answers to grade; held-out sets are only reported, never tuned on "
        "(default: heldout)",
    )
    grading.add_argument("--json", action="store_true", help="print the report as JSON")
    grading.set_defaults(run=cmd_grading)
    settings_module.add_arguments(grading)
    right_wordings = commands.add_parser(
        "wordings",
        help="the knowledge base's right wordings graded as answers: which are corrected, and why",
        description="Each key point's said_as wordings, graded alone as an answer to its "
        "question, should never be corrected; prints how many are, grouped by cause (the "
        "misconception, or the slip rule), and lists them.",
    )
    right_wordings.add_argument("--json", action="store_true", help="print the report as JSON")
    right_wordings.set_defaults(run=cmd_wordings)
    settings_module.add_arguments(right_wordings)
    faithfulness = commands.add_parser(
        "faithfulness",
        help="judge responses claim by claim against the guide; calibration or end to end",
        description="Score responses by the share of their claims the guide supports. On a "
        "labelled calibration set, report how well each judge flags unfaithful responses; with "
        "--end-to-end, judge the real interviewer's feedback on scripted answers.",
    )
    faithfulness.add_argument(
        "--cases",
        type=Path,
        default=CALIBRATION,
        help="JSONL of {id, question, answer, contexts, response[, label]} "
        "(default: the calibration set)",
    )
    faithfulness.add_argument(
        "--judge",
        choices=JUDGES,
        default="rules",
        help="rules (no model), llm (the --llm backend) or both (default: rules)",
    )
    faithfulness.add_argument(
        "--end-to-end",
        action="store_true",
        help="feed strong, partial and wrong answers to the interviewer (the --llm backend) "
        "and judge its feedback turns",
    )
    faithfulness.add_argument(
        "--limit",
        type=int,
        help="judge only this many cases of --cases, spread evenly over the file",
    )
    faithfulness.add_argument("--json", action="store_true", help="print the report as JSON")
    faithfulness.add_argument(
        "--out", type=Path, help="also write the report as Markdown and JSON into this folder"
    )
    faithfulness.set_defaults(run=cmd_faithfulness)
    settings_module.add_arguments(faithfulness)
    intents = commands.add_parser(
        "intents",
        help="how well requests in any words are told from answers, per intent",
        description="The recogniser on labelled phrasings: accuracy per intent, the confusion "
        "matrix, every miss, the answers taken for requests, and the latency per message. No "
        "model unless --llm embedded|server asks for one; then the model labels the messages the "
        "recogniser is unsure of, and its latency is reported apart.",
    )
    intents.add_argument(
        "--set", choices=list(intent_sets.SETS), default="heldout-f", help="default: heldout-f"
    )
    intents.add_argument(
        "--model-alone",
        action="store_true",
        help="ask the --llm model about every message and take its label as it is: what "
        "trusting it would do",
    )
    intents.add_argument("--json", action="store_true", help="print the report as JSON")
    intents.set_defaults(run=cmd_intents)
    settings_module.add_arguments(intents)
    feedback = commands.add_parser(
        "feedback",
        help="is feedback right about the candidate? wrong and partial answers, turn by turn",
        description="Each labelled wrong or partial answer goes through a practice session "
        "(the --llm backend); its feedback must call right nothing the answer does not state, "
        "and correct every misconception it states. Exit code 1 when a turn calls a wrong or "
        "missing point right.",
    )
    feedback.add_argument(
        "--set", choices=list(feedback_sets.SETS), default="heldout", help="default: heldout"
    )
    feedback.add_argument("--json", action="store_true", help="print the report as JSON")
    feedback.add_argument("--out", type=Path, help="also write the report as Markdown here")
    feedback.set_defaults(run=cmd_feedback)
    settings_module.add_arguments(feedback)
    talks = commands.add_parser(
        "conversations",
        help="simulated candidates play whole sessions; every session is checked",
        description="Eleven personas (strong, partial, wrong, terse, rambling, spoken, "
        "command-heavy, topic-switcher, clarifier, silent, hostile) each play an interview and "
        "five drills through the real interviewer (the --llm backend). Exit code 1 when any "
        "session fails a check.",
    )
    talks.add_argument("--only", nargs="*", help="play only sessions whose name contains one")
    talks.add_argument(
        "--browser",
        action="store_true",
        help="play through the browser app (served on loopback, Chromium driven by Playwright) "
        "instead of in this process; pick a few sessions with --only",
    )
    talks.add_argument(
        "--seeds",
        type=int,
        nargs="+",
        default=[0],
        help="one round of 66 sessions per seed, each with other questions and words (default: 0)",
    )
    talks.add_argument("--json", action="store_true", help="print the report as JSON")
    talks.add_argument("--out", type=Path, help="also write the report as Markdown and JSON")
    talks.set_defaults(run=cmd_conversations)
    settings_module.add_arguments(talks)
    reviewing = commands.add_parser(
        "review",
        help="an LLM reviews whole conversations; its agreement with a person's labels",
        description="The --llm backend answers one yes/no question per criterion "
        "(prompts/review_criteria.yaml) about each labelled session of "
        "evals/datasets/reviewed_sessions.jsonl; reports agreement and Cohen's kappa.",
    )
    reviewing.add_argument("--limit", type=int, help="review only the first N sessions")
    reviewing.add_argument("--json", action="store_true", help="print the table as JSON")
    reviewing.add_argument("--out", type=Path, help="also write the table as Markdown here")
    reviewing.set_defaults(run=cmd_review)
    settings_module.add_arguments(reviewing)
    args = parser.parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
