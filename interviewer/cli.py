"""The ``interviewer`` command line.

Exit codes: 0 success, 1 the index or the knowledge base cannot be used, 2 bad input.
"""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from collections.abc import Sequence
from pathlib import Path

from interviewer import settings as settings_module
from interviewer.doctor import diagnose
from interviewer.embeddings import EmbeddingModelMissing, make_embeddings
from interviewer.indexing import IndexReport, NoteError, build_index, open_ready_store
from interviewer.knowledge import KnowledgeError, load_knowledge
from interviewer.llm import choose_backend
from interviewer.retrieval import Retriever
from interviewer.settings import SettingError, Settings
from interviewer.store import StoreError


class UsageError(Exception):
    """Bad input from the user: exit code 2 and a one-line message."""


def _print_json(value: object) -> None:
    print(json.dumps(value, indent=2, ensure_ascii=False))


def _describe_report(report: IndexReport) -> str:
    if report.embedded == 0 and report.removed == 0:
        summary = f"Index is up to date: {report.unchanged} chunks unchanged, nothing embedded."
    else:
        summary = (
            f"Indexed: {report.added} added, {report.updated} updated, {report.removed} removed, "
            f"{report.unchanged} unchanged ({report.embedded} embedded) in {report.seconds:.1f} s."
        )
    lines = [summary, f"Index: {report.location} (collection {report.collection})"]
    lines += [f"Note no longer found, dropped from the index: {p}" for p in report.missing_notes]
    return "\n".join(lines)


def cmd_index(args: argparse.Namespace, settings: Settings) -> int:
    try:
        report = build_index(
            settings,
            make_embeddings(settings),
            load_knowledge(settings.knowledge_dir),
            add=[Path(p) for p in args.add],
            rebuild=args.rebuild,
            progress=not args.json and sys.stderr.isatty(),
        )
    except NoteError as error:
        raise UsageError(str(error)) from error
    if args.json:
        _print_json(report.as_dict())
    else:
        print(_describe_report(report))
    return 0


def cmd_search(args: argparse.Namespace, settings: Settings) -> int:
    if not args.query.strip():
        raise UsageError('the query is empty; try: interviewer search "what is concept drift"')
    if args.k < 1:
        raise UsageError("-k must be at least 1")
    knowledge = load_knowledge(settings.knowledge_dir)
    if args.topic and args.topic not in knowledge.topic_ids:
        raise UsageError(
            f"unknown topic {args.topic!r}; valid topics: {', '.join(knowledge.topic_ids)}"
        )
    embeddings = make_embeddings(settings)
    store, built = open_ready_store(settings, embeddings, knowledge, progress=sys.stderr.isatty())
    if built:
        print(
            f"No index yet at {store.location}; built it ({built.added} chunks).", file=sys.stderr
        )
    hits = Retriever(store, embeddings, settings.retrieval).search(args.query, args.k, args.topic)
    if args.json:
        _print_json([hit.as_dict() for hit in hits])
        return 0
    for rank, hit in enumerate(hits, start=1):
        label = hit.question_id or "your notes"
        print(f"{rank}. [{label} · {hit.kind} · {', '.join(hit.topics)}] score {hit.score:.3f}")
        print(textwrap.indent(textwrap.fill(hit.text, 96), "   "))
    return 0


def cmd_topics(args: argparse.Namespace, settings: Settings) -> int:
    knowledge = load_knowledge(settings.knowledge_dir)
    rows = [
        {"topic": topic.id, "question_ids": knowledge.question_ids_for(topic.id)}
        for topic in knowledge.topics
    ]
    if args.json:
        _print_json(rows)
    else:
        for topic, row in zip(knowledge.topics, rows, strict=True):
            print(f"{topic.id:<26} {topic.title} ({', '.join(row['question_ids'])})")
    return 0


def cmd_doctor(args: argparse.Namespace, settings: Settings) -> int:
    def echo(piece: str) -> None:
        print(piece, end="", flush=True)

    if not args.json:
        choice = choose_backend(settings)
        print(f"Backend:  {choice.name} ({choice.reason})")
        print(f"Model:    {choice.model} ({'offline' if choice.offline else 'needs the network'})")
        print(
            f"Context:  {settings.llm_context} tokens; replies capped at {settings.llm_max_tokens}"
        )
        if choice.name != "none":
            print("Probe:    ", end="", flush=True)
    report = diagnose(settings, on_token=None if args.json else echo, progress=sys.stderr.isatty())
    if args.json:
        _print_json(report)
    elif report["backend"] != "none":
        print()
        if report["model_file"]:
            print(f"File:     {report['model_file']}")
        if report["answers"]:
            load = f"loaded in {report['load_seconds']} s, " if report["load_seconds"] else ""
            speed = (
                f", {report['tokens_per_second']} tokens/s" if report["tokens_per_second"] else ""
            )
            print(f"Answers:  yes; {load}first token {report['first_token_seconds']} s{speed}")
        else:
            print(f"Answers:  no; {report['error']}")
    return 0 if report["answers"] is not False else 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="interviewer",
        description="An offline mock interviewer for AI/ML job interviews.",
        epilog="Every setting flag is also an environment variable; see the README's table.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    index = commands.add_parser(
        "index",
        help="build or update the search index of the study guide",
        description="Embed the study guide (and your notes) into Chroma. Only changed chunks "
        "are embedded again.",
    )
    index.add_argument("--rebuild", action="store_true", help="drop the index and start over")
    index.add_argument(
        "--add",
        nargs="+",
        default=[],
        metavar="PATH",
        help="add your own .md/.txt notes (files or folders); they stay registered",
    )
    index.add_argument("--json", action="store_true", help="print the counts as JSON")
    index.set_defaults(run=cmd_index)

    search = commands.add_parser(
        "search", help="search the study guide", description="Search the guide, best hits first."
    )
    search.add_argument("query", help="what to look for, in your own words")
    search.add_argument("-k", type=int, default=3, help="how many hits (default: 3)")
    search.add_argument("--topic", help="only hits of this topic (see `interviewer topics`)")
    search.add_argument("--json", action="store_true", help="print the hits as a JSON array")
    search.set_defaults(run=cmd_search)

    topics = commands.add_parser("topics", help="list the topics and their guide questions")
    topics.add_argument("--json", action="store_true", help="print the topics as JSON")
    topics.set_defaults(run=cmd_topics)

    doctor = commands.add_parser(
        "doctor",
        help="show which language model backend is active, why, and how fast it answers",
        description="Which backend the settings choose and why; then a short probe that "
        "measures time to first token and tokens per second.",
    )
    doctor.add_argument("--json", action="store_true", help="print the report as JSON")
    doctor.set_defaults(run=cmd_doctor)

    for command in (index, search, topics, doctor):
        settings_module.add_arguments(command)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = settings_module.load(args)
        return args.run(args, settings)
    except (UsageError, SettingError) as error:
        print(f"interviewer: {error}", file=sys.stderr)
        return 2
    except (KnowledgeError, StoreError, EmbeddingModelMissing) as error:
        print(f"interviewer: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
