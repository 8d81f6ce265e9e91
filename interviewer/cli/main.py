"""The ``interviewer`` command line.

Exit codes: 0 success, 1 the index or the knowledge base cannot be used (or a question pack is
not valid), 2 bad input.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
import textwrap
import time
from collections.abc import Sequence
from pathlib import Path

from interviewer import settings as settings_module
from interviewer.cli.packs import check_pack
from interviewer.core.engine import Phase
from interviewer.core.plan import practice_plan
from interviewer.interview.sanitize import clean_message
from interviewer.interview.session import InterviewSession, Services, Turn
from interviewer.interview.sessions_db import SessionNotFound, SessionStore
from interviewer.judging.grader import Grader
from interviewer.judging.matching import Matcher
from interviewer.knowledge.embeddings import (
    EmbeddingModelMissing,
    GuideEmbeddings,
    make_embeddings,
)
from interviewer.knowledge.indexing import IndexReport, NoteError, build_index, open_ready_store
from interviewer.knowledge.packs import Pack, install, installed, load_with_packs, uninstall
from interviewer.knowledge.retrieval import Retriever
from interviewer.knowledge.schema import KnowledgeError, Problem
from interviewer.knowledge.vector_store import StoreError
from interviewer.llm.backends import LLMError, choose_backend
from interviewer.llm.doctor import diagnose
from interviewer.llm.model_files import ModelFileError
from interviewer.settings import SettingError, Settings
from interviewer.types import Mode, Summary, TurnKind
from interviewer.voice.speech import VoiceError
from interviewer.web.accounts import AccountsError, hash_password


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
            load_with_packs(settings),
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
    knowledge = load_with_packs(settings)
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
    knowledge = load_with_packs(settings)
    rows = [
        {
            "topic": topic.id,
            "title": topic.title,
            "items": [
                {
                    "id": q.id,
                    "question": q.question,
                    "difficulty": q.difficulty,
                    "key_points": [k.id for k in q.key_points],
                    "source": q.cited_source,
                }
                for q in knowledge.questions_on(topic.id)
            ],
        }
        for topic in knowledge.topics
    ]
    if args.json:
        _print_json(rows)
    else:
        for row in rows:
            levels = [str(sum(i["difficulty"] == d for i in row["items"])) for d in (1, 2, 3)]
            print(
                f"{row['topic']:<26} {row['title']}: {len(row['items'])} questions "
                f"(easy/mid/senior {'/'.join(levels)})"
            )
    return 0


def _checked_pack(
    args: argparse.Namespace, settings: Settings, embeddings: GuideEmbeddings
) -> tuple[Pack, list[Problem]]:
    if not args.path.exists():
        raise UsageError(f"no such file or folder: {args.path}")
    if args.title and args.into:
        raise UsageError("--title names a topic of the pack's own; --into files it under another")
    overrides = {k: v for k in ("topic", "title", "into") if (v := getattr(args, k))}
    return check_pack(args.path, settings, embeddings, overrides)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _pack_verdict(pack: Pack, problems: list[Problem]) -> str:
    if problems:
        files = _count(len({p.file for p in problems}), "file")
        return f"{pack.name}: {_count(len(problems), 'problem')} in {files}"
    where = f"drilled under topic {pack.topic}" if pack.topic else "filed under their own topics"
    return f"{pack.name}: {_count(len(pack.questions), 'question')}, valid; {where}"


def cmd_knowledge_validate(args: argparse.Namespace, settings: Settings) -> int:
    pack, problems = _checked_pack(args, settings, make_embeddings(settings))
    if args.json:
        _print_json(
            {
                "pack": pack.name,
                "valid": not problems,
                "topic": pack.topic,
                "questions": [q.id for q in pack.questions],
                "problems": [p.as_dict() for p in problems],
            }
        )
    else:
        for problem in problems:
            print(problem)
        print(_pack_verdict(pack, problems))
    return 1 if problems else 0


def _reindex(settings: Settings, embeddings: GuideEmbeddings) -> None:
    knowledge = load_with_packs(settings)
    report = build_index(settings, embeddings, knowledge, progress=sys.stderr.isatty())
    print(_describe_report(report))


def cmd_knowledge_add(args: argparse.Namespace, settings: Settings) -> int:
    embeddings = make_embeddings(settings)
    pack, problems = _checked_pack(args, settings, embeddings)
    if problems:
        for problem in problems:
            print(problem, file=sys.stderr)
        print(f"interviewer: not added; {_pack_verdict(pack, problems)}", file=sys.stderr)
        return 1
    target = install(pack, settings.packs_dir)
    print(f"Added {_pack_verdict(pack, problems)}; installed in {target}")
    _reindex(settings, embeddings)
    if pack.topic:
        print(f"Drill it: interviewer chat --drill {pack.topic}")
    return 0


def cmd_knowledge_list(args: argparse.Namespace, settings: Settings) -> int:
    knowledge = load_with_packs(settings)
    rows = []
    for folder in installed(settings.packs_dir):
        questions = [q for q in knowledge.questions if knowledge.pack_of.get(q.id) == folder.name]
        rows.append(
            {
                "name": folder.name,
                "topics": sorted({q.topics[0] for q in questions}),
                "questions": [q.id for q in questions],
                "folder": str(folder),
            }
        )
    if args.json:
        _print_json(rows)
        return 0
    if not rows:
        print("No packs installed; add one with: interviewer knowledge add PATH")
    for row in rows:
        print(
            f"{row['name']:<26} {_count(len(row['questions']), 'question')}, "
            f"topic {', '.join(row['topics'])}  ({row['folder']})"
        )
    return 0


def cmd_knowledge_remove(args: argparse.Namespace, settings: Settings) -> int:
    try:
        uninstall(settings.packs_dir, args.name)
    except KeyError:
        names = ", ".join(f.name for f in installed(settings.packs_dir)) or "none"
        raise UsageError(f"no pack {args.name!r} is installed; installed: {names}") from None
    print(f"Removed {args.name}.")
    _reindex(settings, make_embeddings(settings))
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


def _print_turn(turn: Turn, as_json: bool, streamed: str = "") -> None:
    if as_json:
        print(json.dumps(turn.public(), ensure_ascii=False), flush=True)
        return
    if streamed and streamed.strip() == turn.text.strip():
        print()
    else:
        if streamed:
            print()
        label = "Interviewer" if turn.kind != TurnKind.NOTICE else "Note"
        print(f"{label}: {turn.text}")
    for citation in turn.citations:
        print(f"    [{citation.key_point_id}] {citation.text}")
    if turn.kind == TurnKind.FEEDBACK and turn.grade:
        print(f"    score {turn.grade.score:.2f}")
    if turn.summary and turn.summary.rows:
        _print_scorecard(turn.summary)


def _print_scorecard(summary: Summary) -> None:
    """The scorecard the closing line points to, as the browser shows it beside the chat: a
    score per question, and the command for the drill it suggests (the session has ended, so
    "drill me on X" can no longer be said to it)."""
    average = "-" if summary.average is None else round(summary.average * 100)
    print(f"Scorecard: {average}/100")
    for row in summary.rows:
        skipped = " (skipped)" if row.skipped else ""
        print(f"  {round(row.score * 100):>3}  {row.title or row.item_id}{skipped}")
    if summary.drill_next:
        print(f"Drill next: interviewer chat --drill {summary.drill_next}")


def cmd_chat(args: argparse.Namespace, settings: Settings) -> int:
    interactive = sys.stdin.isatty() and not args.json
    services = Services.build(settings, progress=sys.stderr.isatty())
    try:
        if args.resume:
            session, turns = InterviewSession.resume(services, args.resume)
        elif args.drill:
            topic = services.recognizer.topic(args.drill)
            if topic is None:
                topics = ", ".join(services.knowledge.topic_ids)
                raise UsageError(f"unknown topic {args.drill!r}; valid topics: {topics}")
            session, turns = InterviewSession.new(
                services, Mode.DRILL, topic, args.questions, seed=args.seed
            )
        elif args.practice:
            session, turns = InterviewSession.new(
                services, Mode.PRACTICE, item=args.practice, seed=args.seed
            )
        else:
            session, turns = InterviewSession.new(
                services, Mode.INTERVIEW, questions=args.questions, seed=args.seed
            )
    except SessionNotFound:
        raise UsageError(f"no session {args.resume!r}; see `interviewer sessions`") from None
    except KeyError:
        raise UsageError(f"no question {args.practice!r}; guide questions are q01..q11") from None
    hello = (
        f"Session {session.id} ({services.backend.name} backend). "
        f"Resume: interviewer chat --resume {session.id}"
    )
    _print_turn(Turn(kind="notice", text=hello), args.json)
    for turn in turns:
        _print_turn(turn, args.json)
    streamed: list[str] = []

    def show(piece: str) -> None:
        if not streamed and not args.json:
            print("Interviewer: ", end="")
        streamed.append(piece)
        if not args.json:
            print(piece, end="", flush=True)

    def said(turn: Turn) -> None:  # each turn as soon as it is said, in the engine's order
        _print_turn(turn, args.json, "".join(streamed) if turn.kind == TurnKind.FEEDBACK else "")
        if turn.kind == TurnKind.FEEDBACK:
            streamed.clear()

    while session.state.phase is not Phase.FINISHED:
        if interactive:
            try:
                message = input("You: ")
            except EOFError:
                break
        else:
            line = sys.stdin.readline()
            if not line:
                break
            message = line.rstrip("\n")
        session.send(message, on_text=show, on_turn=said)
    if session.state.phase is not Phase.FINISHED and not args.json:
        print(f"Session saved. Resume with: interviewer chat --resume {session.id}")
    return 0


def cmd_grade(args: argparse.Namespace, settings: Settings) -> int:
    answer = sys.stdin.read() if args.answer == "-" else args.answer
    knowledge = load_with_packs(settings)
    try:
        (item,) = practice_plan(knowledge, args.question, seed=0)
    except KeyError:
        raise UsageError(f"no question {args.question!r}; guide questions are q01..q11") from None
    cleaned = clean_message(answer, settings.max_answer_chars)
    grade = Grader(Matcher(knowledge, make_embeddings(settings))).grade(
        cleaned.text, item.key_points, item.question_id
    )
    if args.json:
        _print_json(grade.as_dict())
        return 0
    print(f"{item.id}: {item.text}\nScore: {grade.score:.2f}")
    for point in grade.covered:
        print(f"  covered  [{point.id}] {point.text}\n           from: {point.span!r}")
    for point in grade.missed:
        print(f"  missed   [{point.id}] {point.text}")
    for wrong in grade.misconceptions:
        print(f"  wrong    [{wrong.id}] {wrong.span!r}; the guide says [{wrong.corrects}]")
    for caution in grade.cautions:
        print(f"  caution  {caution.span!r}: the guide gives no rule that {caution.claim}")
    return 0


def cmd_sessions(args: argparse.Namespace, settings: Settings) -> int:
    rows = SessionStore(settings.sessions_database).sessions()
    if args.json:
        _print_json(rows)
        return 0
    for row in rows:
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(row["updated"]))
        print(f"{row['id']}  {when}  {row['mode']:<9} {row['topic'] or '':<16} {row['status']}")
    return 0


def cmd_transcribe(args: argparse.Namespace, settings: Settings) -> int:
    from interviewer.voice.delivery import analyse, describe
    from interviewer.voice.speech import shared_transcriber

    if not args.file.is_file():
        raise UsageError(f"no such audio file: {args.file}")
    transcript = shared_transcriber(settings).transcribe(args.file, args.question)
    delivery = analyse(
        transcript.words, settings.answer_words_min, settings.answer_words_max, settings.long_pause
    )
    if args.json:
        _print_json(
            {
                "text": transcript.text,
                "audio_seconds": transcript.audio_seconds,
                "seconds": round(transcript.seconds, 2),
                "delivery": delivery.model_dump(),
                "words": [w.__dict__ for w in transcript.words],
            }
        )
        return 0
    print(transcript.text)
    print(f"\n{describe(delivery)}", file=sys.stderr)
    return 0


def cmd_say(args: argparse.Namespace, settings: Settings) -> int:
    from interviewer.voice.speech import shared_speaker

    text = sys.stdin.read() if args.text == "-" else args.text
    if not text.strip():
        raise UsageError("nothing to say: give some text (or - to read standard input)")
    seconds = shared_speaker().to_wav(text, args.output)
    print(f"wrote {args.output} ({seconds:.1f} s of audio)", file=sys.stderr)
    return 0


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    from interviewer.web.app import launch

    launch(settings)
    return 0


def cmd_hash_password(args: argparse.Namespace, settings: Settings) -> int:
    """A line for INTERVIEWER_AUTH_FILE; the password is read, never taken as an argument."""
    if sys.stdin.isatty():
        password = getpass.getpass(f"Password for {args.user}: ")
        if getpass.getpass("Again: ") != password:
            raise UsageError("the two passwords differ")
    else:
        password = sys.stdin.readline().rstrip("\n")
    if not password:
        raise UsageError("an empty password")
    if ":" in args.user or "," in args.user:
        raise UsageError("a user name cannot hold ':' or ','")
    print(f"{args.user}:{hash_password(password)}")
    return 0


def cmd_eval(args: argparse.Namespace, settings: Settings) -> int:
    from evals.__main__ import main as evals_main  # shipped in the wheel beside this package

    forwarded = args.eval_args[1:] if args.eval_args[:1] == ["--"] else args.eval_args
    return evals_main(forwarded)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="interviewer",
        description="An offline mock interviewer for AI/ML job interviews.",
        epilog="Every setting flag is also an environment variable; docs/configuration.md "
        "lists them all.",
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

    topics = commands.add_parser("topics", help="list the topics and their questions, easier first")
    topics.add_argument("--json", action="store_true", help="print the topics as JSON")
    topics.set_defaults(run=cmd_topics)

    knowledge = commands.add_parser(
        "knowledge",
        help="question packs of your own: validate, add, list, remove",
        description="A pack is a folder of question YAML files in the schema of the project's "
        "knowledge/questions/ (each with a source), with an optional pack.yaml naming its "
        "topic. Added packs live in the data folder and are drilled like any topic.",
    )
    actions = knowledge.add_subparsers(dest="action", required=True, metavar="ACTION")
    validate = actions.add_parser(
        "validate",
        help="report every problem of a pack, with file, entry and field",
        description="Check a pack as the project's questions are checked: the schema, ids and "
        "topics against the knowledge base, and the grader (each reference answer must earn "
        "its own key points and no misconception). Exit code 0 when valid, 1 when not.",
    )
    add = actions.add_parser(
        "add",
        help="validate a pack, install it in the data folder and index it",
        description="Validate the pack (refusing it with the report if it is not valid), copy "
        "it to DATA_DIR/packs/NAME (replacing an earlier copy) and update the search index.",
    )
    for command in (validate, add):
        command.add_argument(
            "path", type=Path, help="a folder of question YAML files (and pack.yaml), or one file"
        )
        where = command.add_mutually_exclusive_group()
        where.add_argument(
            "--topic",
            metavar="ID",
            help="the pack's own topic (default: pack.yaml's topic, else the folder's name)",
        )
        where.add_argument(
            "--into", metavar="TOPIC", help="drill the questions under this existing topic"
        )
        command.add_argument("--title", help="the title of the pack's own topic")
    validate.add_argument("--json", action="store_true", help="print the report as JSON")
    validate.set_defaults(run=cmd_knowledge_validate)
    add.set_defaults(run=cmd_knowledge_add)
    listing = actions.add_parser("list", help="list the installed packs")
    listing.add_argument("--json", action="store_true", help="print the packs as JSON")
    listing.set_defaults(run=cmd_knowledge_list)
    remove = actions.add_parser("remove", help="remove an installed pack and update the index")
    remove.add_argument("name", help="the pack's name (see `interviewer knowledge list`)")
    remove.set_defaults(run=cmd_knowledge_remove)

    doctor = commands.add_parser(
        "doctor",
        help="show which language model backend is active, why, and how fast it answers",
        description="Which backend the settings choose and why; then a short probe that "
        "measures time to first token and tokens per second.",
    )
    doctor.add_argument("--json", action="store_true", help="print the report as JSON")
    doctor.set_defaults(run=cmd_doctor)

    chat = commands.add_parser(
        "chat",
        help="a mock interview in the terminal",
        description="Interview, drill or practise in the terminal. Type answers; say hint, "
        "repeat, skip, 'I don't know', 'drill me on TOPIC' or 'end' at any time. When standard "
        "input is not a terminal, each line is one message.",
    )
    what = chat.add_mutually_exclusive_group()
    what.add_argument("--drill", metavar="TOPIC", help="drill one topic (see `interviewer topics`)")
    what.add_argument("--practice", metavar="ID", help="practise one question: q03, drift.p2, ...")
    what.add_argument("--resume", metavar="ID", help="resume a stored session")
    chat.add_argument("--questions", type=int, help="how many questions (default 5; drills 3-10)")
    chat.add_argument(
        "--seed", type=int, help="pick the questions with this seed (default: at random), to replay"
    )
    chat.add_argument("--json", action="store_true", help="one JSON line per interviewer turn")
    chat.set_defaults(run=cmd_chat)

    grade = commands.add_parser(
        "grade",
        help="grade one answer against the guide, without a model",
        description="Which key points an answer covers or misses, and which misconceptions it "
        "states. Scores come from code, never from a model.",
    )
    grade.add_argument("--question", required=True, help="q01..q11, or a practice id (drift.p2)")
    grade.add_argument("--answer", required=True, help="the answer; - reads standard input")
    grade.add_argument("--json", action="store_true", help="print the grade as JSON")
    grade.set_defaults(run=cmd_grade)

    sessions = commands.add_parser("sessions", help="list stored sessions (for chat --resume)")
    sessions.add_argument("--json", action="store_true", help="print the sessions as JSON")
    sessions.set_defaults(run=cmd_sessions)

    serve = commands.add_parser(
        "serve",
        help="start the mock interview in the browser (same as python app.py)",
        description="Serve the web app on INTERVIEWER_HOST:INTERVIEWER_PORT (127.0.0.1:7860). "
        "Set INTERVIEWER_AUTH=USER:PASSWORD[,USER:PASSWORD...] or INTERVIEWER_AUTH_FILE to ask "
        "for a sign-in; each person then sees only their own sessions (without sign-in, each "
        "browser sees only its own).",
    )
    serve.set_defaults(run=cmd_serve)

    hash_command = commands.add_parser(
        "hash-password",
        help="print a USER:HASH line for INTERVIEWER_AUTH_FILE",
        description="Asks for the password (or reads one line of standard input) and prints "
        "USER:scrypt$... for the accounts file, so no password is stored in clear.",
    )
    hash_command.add_argument("user", help="the user name to sign in with")
    hash_command.set_defaults(run=cmd_hash_password)

    evaluate = commands.add_parser(
        "eval",
        help="run the offline evals (python -m evals): grading, faithfulness, intents, "
        "conversations",
        description="The same as `python -m evals ARGS`; try `interviewer eval --help`.",
        add_help=False,
    )
    evaluate.add_argument("eval_args", nargs=argparse.REMAINDER, help="arguments for the evals")
    evaluate.set_defaults(run=cmd_eval)

    transcribe = commands.add_parser(
        "transcribe",
        help="transcribe a spoken answer offline and show how it was delivered (voice extra)",
        description="Whisper base, offline, on any audio file ffmpeg reads; then words per "
        "minute, filler words, length and long pauses.",
    )
    transcribe.add_argument("file", type=Path, help="the recording (WAV, MP3, OGG, WebM, ...)")
    transcribe.add_argument("--json", action="store_true", help="print text, words and delivery")
    transcribe.add_argument(
        "--question",
        default="",
        help="the question being answered: Whisper then hears its technical words as such",
    )
    transcribe.set_defaults(run=cmd_transcribe)

    say_command = commands.add_parser(
        "say",
        help="read text aloud into a WAV file with the offline voice (voice extra)",
        description="Synthesise TEXT with the packaged piper voice.",
    )
    say_command.add_argument("text", help="what to say; - reads standard input")
    say_command.add_argument(
        "-o", "--output", type=Path, required=True, help="the WAV file to write"
    )
    say_command.set_defaults(run=cmd_say)

    for command in (
        index,
        search,
        topics,
        validate,
        add,
        listing,
        remove,
        doctor,
        chat,
        grade,
        sessions,
        serve,
        transcribe,
        say_command,
    ):
        settings_module.add_arguments(command)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["eval"]:  # everything after it is the evals' own, --help included
        argv = ["eval", "--", *argv[1:]]
    args = build_parser().parse_args(argv)
    try:
        settings = settings_module.load(args)
        return args.run(args, settings)
    except (UsageError, SettingError) as error:
        print(f"interviewer: {error}", file=sys.stderr)
        return 2
    except (
        KnowledgeError,
        StoreError,
        EmbeddingModelMissing,
        ModelFileError,
        LLMError,
        VoiceError,
        AccountsError,
    ) as error:
        print(f"interviewer: {error}", file=sys.stderr)
        return 1
