"""Prompts live in files under prompts/, loaded by name; no prompt text is buried in code."""

from __future__ import annotations

from functools import cache
from string import Template

from interviewer.settings import bundled_path


class PromptError(KeyError):
    """No prompt file of that name, or a placeholder left unfilled."""


@cache
def load_prompt(name: str) -> str:
    path = bundled_path("prompts") / f"{name}.md"
    if not path.is_file():
        raise PromptError(f"no prompt named {name!r} (looked for {path})")
    return path.read_text(encoding="utf-8").strip()


def render_prompt(name: str, **values: str) -> str:
    """The prompt with its ``$placeholders`` filled; a missing value is an error, not a blank."""
    try:
        return Template(load_prompt(name)).substitute(values)
    except KeyError as error:
        raise PromptError(f"prompt {name!r} needs a value for {error}") from None
