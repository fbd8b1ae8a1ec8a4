"""The dependency direction of shared/ is strictly downward: each package imports only itself and the layers
below it (lazy imports inside functions included), nothing below the entry points imports an entry point, and
the runner finds stages through the chain's table, never by module name."""

from __future__ import annotations

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

# Top to bottom. A module may import its own package and any package of a lower layer, nothing above or beside.
LAYERS: list[set[str]] = [
    {"cli"},
    {"evaluation"},
    {"local"},
    {"bootstrap", "deployment"},
    {"runtime"},
    {"chain", "intake", "review"},
    {"stages"},
    {"engine", "adapters", "resilience"},
    {"reports", "observability", "settings"},
    {"mail"},
    {"domain", "pubsub_event", "topics"},
    {"errors", "clock", "ports"},
]
RANK = {package: rank for rank, layer in enumerate(LAYERS) for package in layer}
ENTRY_POINT_MODULES = ("functions", "main")


def _imports(path: Path) -> list[str]:
    names = []
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
            if node.module == "shared":  # `from shared import chain`
                names += [f"shared.{alias.name}" for alias in node.names]
    return names


def _package(module: str) -> str:
    return module.split(".")[1] if module.count(".") else module


def _shared_modules():
    for path in sorted((REPO / "shared").rglob("*.py")):
        parts = path.relative_to(REPO).with_suffix("").parts
        if parts == ("shared", "__init__"):
            continue
        yield ".".join(parts), path


def test_every_shared_package_has_a_layer():
    packages = {_package(module) for module, _ in _shared_modules()}
    assert packages == set(RANK), "add the new package to LAYERS: " + ", ".join(sorted(packages ^ set(RANK)))


def test_imports_go_only_downward():
    upward = []
    for module, path in _shared_modules():
        own = _package(module)
        for name in _imports(path):
            if name.split(".")[0] in ENTRY_POINT_MODULES:
                upward.append(f"{module} imports the entry point {name}")
            elif name.startswith("shared.") and _package(name) != own and RANK[_package(name)] <= RANK[own]:
                upward.append(f"{module} ({own}) imports {name} ({_package(name)})")
    assert upward == []


def test_the_check_sees_an_upward_import(tmp_path):
    """The checker itself: a lazy import inside a function is found."""
    module = tmp_path / "m.py"
    module.write_text("def f():\n    from shared.local.runtime import process_file\n    from shared import chain\n")
    assert _imports(module) == ["shared.local.runtime", "shared", "shared.chain"]


def test_no_dispatch_by_module_name_in_the_runner_or_entry_points():
    for folder in ("shared/runtime", "functions"):
        for path in (REPO / folder).rglob("*.py"):
            text = path.read_text()
            assert "import_module" not in text and "__import__" not in text, path
            assert '== "report"' not in text and "== 'report'" not in text, path
