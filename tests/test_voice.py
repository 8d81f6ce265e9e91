"""Speech, offline: espeak-ng speaks known answers, Whisper hears them, piper answers back.

Skipped as a whole when the voice extra is not installed (`make test` installs it).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import wave
from pathlib import Path
from types import SimpleNamespace

import pytest

from interviewer.settings import Settings
from interviewer.voice.delivery import Word, analyse, count_fillers
from interviewer.voice.speech import VoiceError, voice_available

pytestmark = pytest.mark.skipif(not voice_available(), reason="the voice extra is not installed")

ESPEAK = shutil.which("espeak-ng")
SPOKEN = {
    "bias": "High bias means underfitting, where the model is too simple and misses the real "
    "patterns. High variance means overfitting, where it fits noise instead of signal.",
    "drift": "Model drift is when a deployed model gets worse over time because the real world "
    "data changes. Concept drift is a change in the relationship between inputs and outputs.",
    "imbalance": "With imbalanced data I would oversample the minority class with SMOTE, or use "
    "class weights in the loss, and judge the model with precision and recall.",
}
KEY_TERMS = {
    "bias": ["bias", "variance", "overfitting", "underfitting"],
    "drift": ["drift", "concept", "inputs", "outputs"],
    "imbalance": ["minority", "class weights", "precision", "recall"],
}


def speak(text: str, path: Path) -> Path:
    if not ESPEAK:
        pytest.fail("espeak-ng is missing: apt-get install espeak-ng (make test does this)")
    subprocess.run([ESPEAK, "-s", "150", "-w", str(path), text], check=True)
    return path


def words_of(text: str) -> list[str]:
    """Lower case, hyphens as spaces, no punctuation: "under-fitting" is "under fitting"."""
    cleaned = "".join(c if c.isalnum() or c == "'" else " " for c in text.lower())
    return cleaned.split()


def word_error_rate(reference: str, hypothesis: str) -> float:
    import jiwer

    ref, hyp = words_of(reference), words_of(hypothesis)
    return jiwer.wer(" ".join(ref), " ".join(hyp))


@pytest.fixture(scope="module")
def transcriber(tmp_path_factory):
    from interviewer.voice.speech import Transcriber

    return Transcriber(Settings(cache_dir=tmp_path_factory.mktemp("cache")))


@pytest.fixture(scope="module")
def speaker():
    from interviewer.voice.speech import Speaker

    return Speaker()


def test_transcription_recovers_known_answers(transcriber, tmp_path):
    """Good enough to grade, on any machine of the class: Whisper's exact words vary with the CPU
    (one machine heard "class weight simple loss"), so one misheard word is allowed per answer."""
    rates = []
    for name, text in SPOKEN.items():
        transcript = transcriber.transcribe(speak(text, tmp_path / f"{name}.wav"))
        rates.append(word_error_rate(text, transcript.text))
        assert rates[-1] <= 0.45, (name, transcript.text)
        heard = " ".join(words_of(transcript.text)).replace("under fitting", "underfitting")
        heard = heard.replace("over fitting", "overfitting")
        missing = [term for term in KEY_TERMS[name] if term not in heard]
        assert len(missing) <= 1, (missing, transcript.text)
    assert sum(rates) / len(rates) <= 0.3, rates


def test_the_question_lets_whisper_hear_its_terms(transcriber, knowledge, tmp_path):
    """Heard cold, this answer's "causal mask" came out as "causal mark" and "softmax" as "soft
    max" (Whisper base int8, espeak-ng at 150 words a minute); given the question, as the web app
    gives it, both are heard as said."""
    answer = (
        "The causal mask stops a position in the decoder from looking ahead at later tokens. You "
        "set the attention scores for future positions to minus infinity before the softmax, so "
        "their weights become zero and the model can only use the past."
    )
    question = knowledge.question("transformers-05").question
    heard = transcriber.transcribe(speak(answer, tmp_path / "mask.wav"), question).text
    assert "causal mask" in heard.lower() and "softmax" in heard.lower(), heard
    assert word_error_rate(answer, heard) <= 0.2, heard


def test_the_question_reaches_whisper_as_its_initial_prompt(tmp_path, monkeypatch):
    """Only when given: without a question Whisper hears the recording cold, as before."""
    import faster_whisper

    from interviewer.voice import speech

    calls: list[dict] = []

    class FakeWhisper:
        def __init__(self, folder, **options):
            pass

        def transcribe(self, audio, **options):
            calls.append(options)
            word = SimpleNamespace(word=" keys", start=0.0, end=0.4)
            heard = SimpleNamespace(words=[word], start=0.0, end=0.4)
            return iter([heard]), SimpleNamespace(duration=1.0)

    monkeypatch.setattr(faster_whisper, "WhisperModel", FakeWhisper)
    monkeypatch.setattr(speech, "whisper_model_dir", lambda cache_dir: tmp_path)
    transcriber = speech.Transcriber(Settings(cache_dir=tmp_path))
    asked = "What are queries, keys and values in a transformer,\n and where do they come from?"
    assert transcriber.transcribe(tmp_path / "a.wav", asked).text == "keys"
    transcriber.transcribe(tmp_path / "a.wav")
    transcriber.transcribe(tmp_path / "a.wav", "  ")
    assert calls[0]["initial_prompt"] == " ".join(asked.split())
    assert all("initial_prompt" not in c and "hotwords" not in c for c in calls[1:])
    assert all(c["language"] == "en" and c["vad_filter"] for c in calls)


def test_a_segment_of_many_words_in_a_moment_is_dropped():
    """Given the question, Whisper once wrote 35 words of it into the last 0.6 s of a recording;
    a short true segment ("Yes.") and a fast but possible one stay."""
    from interviewer.voice.speech import Transcriber

    def segment(words: int, start: float, end: float) -> SimpleNamespace:
        return SimpleNamespace(start=start, end=end, words=[SimpleNamespace(word="w")] * words)

    assert not Transcriber._spoken(segment(35, 16.6, 17.2))
    assert not Transcriber._spoken(segment(17, 9.5, 10.0))
    assert Transcriber._spoken(segment(1, 3.0, 3.0))
    assert Transcriber._spoken(segment(3, 3.0, 3.2))
    assert Transcriber._spoken(segment(40, 0.0, 12.0))
    assert Transcriber._spoken(segment(20, 0.0, 4.0))  # 300 words a minute: fast, but said


def test_broken_and_silent_recordings_get_a_clear_message(transcriber, tmp_path):
    broken = tmp_path / "broken.webm"
    broken.write_bytes(b"\x1a\x45\xdf\xa3 this is not audio" * 200)
    with pytest.raises(VoiceError, match="could not be read"):
        transcriber.transcribe(broken)
    silent = tmp_path / "silent.wav"
    with wave.open(str(silent), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(16000)
        out.writeframes(b"\0" * 16000 * 2 * 3)
    with pytest.raises(VoiceError, match="No speech"):
        transcriber.transcribe(silent)


def test_speech_is_valid_audio_whose_length_fits_the_text(speaker, tmp_path):
    short = speaker.to_wav("Good answer.", tmp_path / "short.wav")
    long = speaker.to_wav(
        "Good answer. Now tell me how you would catch drift before your users do, and what you "
        "would do about it.",
        tmp_path / "long.wav",
    )
    with wave.open(str(tmp_path / "long.wav")) as audio:
        assert audio.getnchannels() == 1 and audio.getframerate() == speaker.sample_rate
        assert audio.getnframes() / audio.getframerate() == pytest.approx(long)
    assert 0.5 < short < 3 and 4 < long < 15 and long > 3 * short


def test_delivery_analytics_on_known_timings():
    text = [
        "so",
        "um",
        "I",
        "think",
        "like,",
        "drift",
        "is",
        "you",
        "know",
        "when",
        "the",
        "model",
        "basically",
        "gets",
        "worse",
    ]
    # Half a second per word, and 2.6 s more of silence after "when".
    words = [
        Word(w, i * 0.5 + (2.6 if i >= 10 else 0), i * 0.5 + 0.4 + (2.6 if i >= 10 else 0))
        for i, w in enumerate(text)
    ]
    delivery = analyse(words, words_min=20, words_max=200, long_pause=2.0)
    assert delivery.words == 15 and delivery.length == "short"
    assert delivery.seconds == pytest.approx(14 * 0.5 + 0.4 + 2.6)
    assert delivery.words_per_minute == pytest.approx(90.0)
    assert delivery.fillers == {"um": 1, "you know": 1, "basically": 1, "like": 1}
    assert delivery.fillers_per_100_words == pytest.approx(26.7)
    assert [(p.after, p.seconds) for p in delivery.long_pauses] == [("when", 2.7)]


def test_like_counts_only_as_a_filler():
    assert count_fillers("Models like transformers use attention.") == {}
    assert count_fillers("It's, like, when the data changes. Like, a lot.") == {"like": 2}


def test_cli_transcribe_and_say(tmp_path):
    audio = speak(SPOKEN["drift"], tmp_path / "drift.wav")
    env_cache = ["--cache-dir", str(tmp_path / "cache")]
    run = subprocess.run(
        [sys.executable, "-m", "interviewer.cli", "transcribe", str(audio), "--json", *env_cache],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout)
    assert "drift" in result["text"].lower() and result["delivery"]["words"] > 20
    out = tmp_path / "turn.wav"
    run = subprocess.run(
        [sys.executable, "-m", "interviewer.cli", "say", "Tell me about drift.", "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0 and out.stat().st_size > 10_000
    missing = subprocess.run(
        [sys.executable, "-m", "interviewer.cli", "transcribe", str(tmp_path / "nope.wav")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert missing.returncode == 2 and "no such audio file" in missing.stderr
