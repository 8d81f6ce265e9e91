"""The interviewer's deterministic wording: the turns it says when no model phrases them."""

from __future__ import annotations

from typing import Any

from interviewer.prompt_files import fill, load_wording


def say(path: str, variant: int = 0, **values: object) -> str:
    """The template at a dotted ``path`` (a list picks variant ``variant``), filled in."""
    node: Any = load_wording()
    for part in path.split("."):
        node = node[part]
    if isinstance(node, list):
        node = node[variant % len(node)]
    return fill(str(node), values, path)
