"""Voice benchmark: transcription real-time factor and time to the first audio of a turn.

espeak-ng speaks about ten seconds of a candidate's answer; Whisper base (int8, CPU) transcribes
it three times (the first run also loads the model, reported apart). The piper voice then reads a
two-sentence interviewer turn; the time to its first audio is when the first sentence's samples
are ready, which is when playback could start.

Usage: python bench/voice.py [--out FILE]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import tempfile
import time
import wave
from pathlib import Path

from interviewer.settings import Settings
from interviewer.voice.speech import Speaker, Transcriber

ANSWER = (
    "Model drift is when a deployed model gets worse over time because the real world data "
    "changes. Data drift is a shift in the input distribution, and concept drift is a change in "
    "the relationship between inputs and outputs, so you monitor it and retrain."
)
TURN = "Good, you covered both kinds of drift. How would you catch it before your users do?"
RUNS = 3


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="also write the table to this Markdown file")
    args = parser.parse_args()
    settings = Settings()
    with tempfile.TemporaryDirectory() as folder:
        audio = Path(folder) / "answer.wav"
        subprocess.run(["espeak-ng", "-s", "150", "-w", str(audio), ANSWER], check=True)
        with wave.open(str(audio)) as w:
            seconds = w.getnframes() / w.getframerate()
        started = time.perf_counter()
        transcriber = Transcriber(settings)
        load = time.perf_counter() - started
        times = [transcriber.transcribe(audio).seconds for _ in range(RUNS)]
    speaker = Speaker()
    speaker.to_array("Warm up.")
    firsts, totals = [], []
    for _ in range(RUNS):
        started = time.perf_counter()
        first = None
        for _chunk in speaker.chunks(TURN):
            first = first or time.perf_counter() - started
        firsts.append(first or 0.0)
        totals.append(time.perf_counter() - started)
    transcribe = statistics.median(times)
    rows = [
        ("speech transcribed (s of audio)", f"{seconds:.1f}"),
        ("Whisper base load (s)", f"{load:.2f}"),
        ("transcription, median of 3 (s)", f"{transcribe:.2f}"),
        ("real-time factor (lower is faster)", f"{transcribe / seconds:.2f}"),
        ("10 s of speech would take (s)", f"{10 * transcribe / seconds:.2f}"),
        ("2-sentence turn: first audio (s)", f"{statistics.median(firsts):.2f}"),
        ("2-sentence turn: all audio (s)", f"{statistics.median(totals):.2f}"),
    ]
    table = "| measure | value |\n|---|---|\n" + "\n".join(f"| {a} | {b} |" for a, b in rows)
    text = (
        f"# Voice benchmark\n\nWhisper base int8 on {settings.llm_threads} threads; piper "
        f"en_US-joe-medium. Targets: 10 s of speech in at most 5 s.\n\n{table}\n"
    )
    print(text)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
