"""Language-model benchmark: load time, time to first token, generation speed and peak memory.

Three paths on the same packaged GGUF and the same prompts, each measured in its own process so
that peak memory belongs to one path: bare llama-cpp-python (the reference), the embedded backend
(EmbeddedChatModel through LangChain), and the server backend (ChatOpenAI against
`python -m llama_cpp.server` on loopback; the server's own peak memory is reported).

For each of three guide questions a first turn sends a fresh prompt (interviewer system prompt
with the question's guide context, then a candidate answer); a later turn of the same question
sends that prefix again with the exchange so far and a new answer, which is where llama.cpp's
prompt cache pays off.

Usage: python bench/llm.py [--out FILE] [--threads N]
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from contextlib import ExitStack
from pathlib import Path

from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage

from interviewer.knowledge.schema import load_knowledge
from interviewer.llm.local_server import llama_server
from interviewer.llm.model_files import embedded_model_path
from interviewer.prompt_files import render_prompt
from interviewer.settings import Settings, bundled_path

QUESTIONS = ("q03", "q07", "q10")
ANSWERS = (
    "I think it is mostly about how complex the model is compared to the data.",
    "I would also look at what happens on data the model has never seen before.",
)
MAX_TOKENS = 64
PATHS = ("bare", "embedded", "server")


def turns(question_id: str) -> tuple[list[BaseMessage], list[BaseMessage]]:
    knowledge = load_knowledge(bundled_path("knowledge"))
    q = knowledge.question(question_id)
    context = "\n".join([q.reference_answer, *(f"- {kp.text}" for kp in q.key_points)])
    system = SystemMessage(
        render_prompt("interviewer_system", question_id=q.id, question=q.question, context=context)
    )
    first = [system, HumanMessage(ANSWERS[0])]
    later = [*first, AIMessage("Good start. Can you say more?"), HumanMessage(ANSWERS[1])]
    return first, later


def _timed_stream(chunks) -> tuple[float, int, float]:
    """(seconds to first token, tokens, total seconds) of a stream of text pieces."""
    started = time.perf_counter()
    first, count = None, 0
    for piece in chunks:
        if piece:
            first = first if first is not None else time.perf_counter() - started
            count += 1
    return first or 0.0, count, time.perf_counter() - started


def run_path(path: str, threads: int) -> dict[str, object]:
    """Measure one path in this process."""
    with ExitStack() as cleanup:
        return _measure(path, threads, cleanup)


def _measure(path: str, threads: int, cleanup: ExitStack) -> dict[str, object]:
    settings = Settings(llm_threads=threads, llm_max_tokens=MAX_TOKENS, llm_temperature=0.0)
    model_file = embedded_model_path(settings.cache_dir)
    started = time.perf_counter()
    server = None
    if path == "bare":
        from llama_cpp import Llama

        llama = Llama(
            model_path=str(model_file), n_ctx=settings.llm_context, n_threads=threads, verbose=False
        )
        roles = {"system": "system", "human": "user", "ai": "assistant"}

        def stream(messages: list[BaseMessage]):
            for part in llama.create_chat_completion(
                messages=[{"role": roles[m.type], "content": m.content} for m in messages],
                stream=True,
                max_tokens=MAX_TOKENS,
                temperature=0.0,
            ):
                yield part["choices"][0]["delta"].get("content")
    else:
        from interviewer.llm.backends import make_chat_model, shared_llama

        if path == "server":
            server, base_url = cleanup.enter_context(
                llama_server(model_file, settings.llm_context, threads)
            )
            settings = Settings(
                llm_base_url=base_url, llm_max_tokens=MAX_TOKENS, llm_temperature=0.0
            )
        model = make_chat_model(settings)
        if path == "embedded":
            shared_llama(str(model_file), settings.llm_context, threads)

        def stream(messages: list[BaseMessage]):
            for chunk in model.stream(messages):
                yield chunk.content

    load_seconds = time.perf_counter() - started
    firsts, laters, speeds = [], [], []
    for question_id in QUESTIONS:
        first_turn, later_turn = turns(question_id)
        for messages, bucket in ((first_turn, firsts), (later_turn, laters)):
            ttft, tokens, total = _timed_stream(stream(messages))
            bucket.append(ttft)
            if tokens > 1:
                speeds.append((tokens - 1) / (total - ttft))
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    if server is not None:
        status = Path(f"/proc/{server.pid}/status").read_text()
        high_water = next(line for line in status.splitlines() if line.startswith("VmHWM"))
        rss_mb = int(high_water.split()[1]) / 1024
    return {
        "path": path,
        "load_s": load_seconds,
        "first_turn_ttft_s": statistics.median(firsts),
        "later_turn_ttft_s": statistics.median(laters),
        "tokens_per_s": statistics.median(speeds),
        "peak_rss_mb": rss_mb,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, help="also write the table (Markdown) here")
    parser.add_argument("--threads", type=int, default=2, help="CPU threads (default: 2)")
    parser.add_argument("--path", choices=PATHS, help=argparse.SUPPRESS)  # one child's work
    args = parser.parse_args()
    if args.path:
        print(json.dumps(run_path(args.path, args.threads)))
        return 0

    embedded_model_path(Settings().cache_dir, progress=True)  # assemble once, outside the timings
    rows = []
    for path in PATHS:
        child = subprocess.run(
            [sys.executable, __file__, "--path", path, "--threads", str(args.threads)],
            capture_output=True,
            text=True,
            check=True,
        )
        rows.append(json.loads(child.stdout.strip().splitlines()[-1]))
    bare_speed = rows[0]["tokens_per_s"]
    lines = [
        "| path | load s | first token, first turn s | first token, later turn s | tokens/s "
        "| vs bare | peak RSS MB |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(
            f"| {r['path']} | {r['load_s']:.2f} | {r['first_turn_ttft_s']:.2f} "
            f"| {r['later_turn_ttft_s']:.2f} | {r['tokens_per_s']:.1f} "
            f"| {r['tokens_per_s'] / bare_speed:.0%} | {r['peak_rss_mb']:.0f} |"
        )
    table = "\n".join(lines)
    note = (
        f"Medians over {len(QUESTIONS)} questions; {MAX_TOKENS} reply tokens at temperature 0; "
        f"{args.threads} threads. Server path: load is the server's start-up, peak RSS is the "
        "server's. Targets: first token <= 1.0 s on later turns and <= 3 s on a first turn; "
        "speed within 10% of bare; peak RSS <= 2.5 GB."
    )
    print(table)
    print(note)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(
            "# Language-model benchmark\n\n"
            f"Measured by `make bench` on {time.strftime('%Y-%m-%d')}.\n\n{table}\n\n{note}\n"
        )
        print(f"written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
