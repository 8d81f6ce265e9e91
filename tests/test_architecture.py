"""The folder tree is the architecture: each layer imports only the layers beneath it.

A pure engine that quietly starts importing the vector store, or a view that reaches into the
model backends, is a design change; this test makes it a visible one.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parent.parent / "interviewer"
FOUNDATION = {"settings", "token_count", "prompt_files", "types"}
#: What each layer may import besides itself and the foundation.
ALLOWED = {
    "core": {"knowledge.schema"},
    "knowledge": set(),
    "judging": {"core", "knowledge"},
    "llm": {"core"},
    "voice": {"core", "llm.model_files", "llm.cpu"},
    "interview": {"core", "knowledge", "judging", "llm", "voice"},
    "web": {"core", "knowledge", "judging", "llm", "voice", "interview"},
    "cli": {"core", "knowledge", "judging", "llm", "voice", "interview", "web"},
}


def _imports(path: Path) -> set[str]:
    """The interviewer modules a file imports, without the package prefix."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
        elif isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        else:
            continue
        found |= {n.removeprefix("interviewer.") for n in names if n.startswith("interviewer.")}
    return found


def _within(module: str, parts: set[str]) -> bool:
    return any(module == part or module.startswith(part + ".") for part in parts)


def _allowed(layer: str, module: str) -> bool:
    return _within(module, {layer, *ALLOWED[layer], *FOUNDATION})


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_each_layer_imports_only_what_is_beneath_it(layer):
    wrong = [
        f"{path.relative_to(PACKAGE)} imports interviewer.{module}"
        for path in sorted((PACKAGE / layer).glob("*.py"))
        for module in sorted(_imports(path))
        if not _allowed(layer, module)
    ]
    assert not wrong, wrong


def test_every_layer_says_what_it_may_import():
    for layer in ALLOWED:
        doc = ast.get_docstring(ast.parse((PACKAGE / layer / "__init__.py").read_text()))
        assert doc and "import" in doc, layer


def test_the_foundation_imports_only_the_foundation():
    for name in ("settings", "token_count", "prompt_files"):
        wrong = [m for m in _imports(PACKAGE / f"{name}.py") if not _within(m, FOUNDATION)]
        assert not wrong, (name, wrong)
    assert not _imports(PACKAGE / "types.py")
