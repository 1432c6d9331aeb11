"""The layers import only downwards (STYLE.md): domain ← db ← services ← ui / cli."""
from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parents[1] / "app"

# layer → prefixes of modules it must never import
FORBIDDEN = {
    "app.domain": ["app.db", "app.services", "app.ui", "app.reports", "app.cli", "app.bootstrap", "PySide6",
                   "sqlalchemy"],
    "app.db": ["app.services", "app.ui", "app.reports", "app.cli", "app.bootstrap", "PySide6"],
    "app.reports": ["app.db", "app.services", "app.ui", "app.cli", "PySide6"],
    "app.services": ["app.ui", "app.cli", "app.bootstrap", "PySide6.QtWidgets", "PySide6.QtGui"],
    "app.ui": ["app.db", "sqlalchemy"],
}


def _module_name(path: Path) -> str:
    parts = path.relative_to(APP.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def _cases() -> list[tuple[str, Path]]:
    return [(layer, path) for layer in FORBIDDEN for path in sorted(APP.rglob("*.py"))
            if _module_name(path).startswith(layer)]


@pytest.mark.parametrize(("layer", "path"), _cases(), ids=lambda v: str(v).split("/app/")[-1])
def test_layer_imports_only_downwards(layer, path):
    bad = sorted(name for name in _imports(path) for prefix in FORBIDDEN[layer]
                 if name == prefix or name.startswith(prefix + "."))
    assert not bad, f"{_module_name(path)} ({layer}) imports {bad}"


def test_domain_is_standard_library_only():
    stdlib = set(sys.stdlib_module_names)
    for path in (APP / "domain").rglob("*.py"):
        for name in _imports(path):
            top = name.split(".")[0]
            assert top in stdlib or name.startswith("app.domain") or top == "__future__", (path.name, name)
