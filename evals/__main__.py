"""`python -m evals`: offline evaluations with the project's own datasets."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict

from evals.grading import load_answers, ordering_accuracy
from interviewer import settings as settings_module
from interviewer.embeddings import make_embeddings
from interviewer.grading import Grader
from interviewer.knowledge import load_knowledge


def cmd_grading(args: argparse.Namespace) -> int:
    settings = settings_module.load(args)
    knowledge = load_knowledge(settings.knowledge_dir)
    grader = Grader(knowledge, make_embeddings(settings))
    report = ordering_accuracy(grader, knowledge, load_answers())
    if args.json:
        print(json.dumps(asdict(report), indent=2))
        return 0
    print("| question | strong | partial | wrong |\n|---|---|---|---|")
    for question in knowledge.questions:
        cells = []
        for label in ("strong", "partial", "wrong"):
            scores = [
                r["score"]
                for r in report.scores
                if r["question_id"] == question.id and r["label"] == label
            ]
            cells.append(" ".join(f"{s:.2f}" for s in scores))
        print(f"| {question.id} | " + " | ".join(cells) + " |")
    print(
        f"\nPairwise order accuracy: {report.accuracy:.3f} over {report.pairs} pairs "
        "(ties count as errors)."
    )
    for pair in report.misordered:
        better, worse = pair["better"], pair["worse"]
        print(
            f"  misordered {better['question_id']}: {better['label']} {better['score']} "
            f"<= {worse['label']} {worse['score']}"
        )
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m evals", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    grading = commands.add_parser(
        "grading", help="how reliably the grader orders strong, partial and wrong answers"
    )
    grading.add_argument("--json", action="store_true", help="print the report as JSON")
    grading.set_defaults(run=cmd_grading)
    settings_module.add_arguments(grading)
    args = parser.parse_args()
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
