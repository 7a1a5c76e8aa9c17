"""Checks on the source itself that the linters do not make."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "policygraph"


@pytest.mark.parametrize("module", sorted(SRC.rglob("*.py")), ids=lambda p: p.name)
def test_no_module_level_name_is_bound_twice(module: Path) -> None:
    # a second "_WORDS = {...}" far down a long module silently replaces the first for
    # every function that reads it, including those written for the first
    seen: dict[str, int] = {}
    twice: list[str] = []
    for node in ast.parse(module.read_text(encoding="utf-8")).body:
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets = [node.target]
        elif isinstance(node, ast.FunctionDef | ast.ClassDef):
            targets = [ast.Name(id=node.name)]
        for target in targets:
            if isinstance(target, ast.Name):
                if target.id in seen and target.id not in {"__all__"}:
                    twice.append(f"{target.id} (lines {seen[target.id]} and {node.lineno})")
                seen.setdefault(target.id, node.lineno)
    assert not twice, f"{module.name}: {', '.join(twice)}"
