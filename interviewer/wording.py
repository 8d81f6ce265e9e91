"""The interviewer's deterministic wording, loaded from prompts/turns.yaml."""

from __future__ import annotations

from functools import cache
from typing import Any

import yaml

from interviewer.settings import bundled_path


@cache
def _templates() -> dict[str, Any]:
    return yaml.safe_load((bundled_path("prompts") / "turns.yaml").read_text(encoding="utf-8"))


def say(path: str, variant: int = 0, **values: object) -> str:
    """The template at a dotted ``path`` (a list picks variant ``variant``), filled in."""
    node: Any = _templates()
    for part in path.split("."):
        node = node[part]
    if isinstance(node, list):
        node = node[variant % len(node)]
    return str(node).format(**values)
