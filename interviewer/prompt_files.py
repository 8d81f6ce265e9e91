"""Every prompt and the interviewer's own wording, loaded by name from the packaged prompts/.

No prompt text is buried in code. One placeholder syntax serves all of them: ``$name`` (or
``${name}`` before a letter), as in ``string.Template``; a value left unfilled is an error, not a
blank in front of a candidate.
"""

from __future__ import annotations

from functools import cache
from string import Template
from typing import Any

import yaml

from interviewer.settings import bundled_path

WORDING_FILE = "turns"


class PromptError(KeyError):
    """No prompt file of that name, or a placeholder left unfilled."""


@cache
def load_prompt(name: str) -> str:
    path = bundled_path("prompts") / f"{name}.md"
    if not path.is_file():
        raise PromptError(f"no prompt named {name!r} (looked for {path})")
    return path.read_text(encoding="utf-8").strip()


@cache
def load_prompt_data(name: str) -> Any:
    """prompts/<name>.yaml: wording or examples that are data rather than one text."""
    path = bundled_path("prompts") / f"{name}.yaml"
    if not path.is_file():
        raise PromptError(f"no prompt data named {name!r} (looked for {path})")
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def load_wording() -> dict[str, Any]:
    """The interviewer's deterministic turns (prompts/turns.yaml), as nested templates."""
    return load_prompt_data(WORDING_FILE)


def fill(template: str, values: dict[str, object], source: str) -> str:
    """The template with its placeholders filled; ``source`` names the template in an error."""
    try:
        return Template(template).substitute(values)
    except KeyError as error:
        raise PromptError(f"prompt {source!r} needs a value for {error}") from None


def render_prompt(name: str, **values: object) -> str:
    return fill(load_prompt(name), values, name)
