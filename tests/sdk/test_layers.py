"""The overlay's folders are its architecture: no import cycles, and every import points down the stack.

Every import counts, including those inside functions and under ``TYPE_CHECKING``: a cycle that only a type checker
or a late call walks is still a cycle a reader has to untangle.
"""

from __future__ import annotations

import ast
from pathlib import Path

import itglue_sdk

PACKAGE = Path(itglue_sdk.__file__).parent

# Lowest first. A module may import modules of its own layer or of the layers below it, never above.
LAYERS: list[set[str]] = [
    {"_exceptions", "secret", "unset"},
    {"_spec"},
    {"observability"},
    {"_http"},
    {"config"},
    {"events"},
    {"_password_record", "types"},
    {"resources"},
    {"_client"},
    {"cli"},
    {"__init__"},
]
RANK = {part: rank for rank, parts in enumerate(LAYERS) for part in parts}


def _modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE).with_suffix("")
        parts = relative.parts[:-1] if relative.name == "__init__" else relative.parts
        found[".".join(("itglue_sdk", *parts))] = path
    return found


def _imports(path: Path, modules: dict[str, Path]) -> set[str]:
    """The overlay modules one module imports (submodules named in ``from x import y`` included)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names if alias.name in modules}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module in modules:
                found.add(node.module)
            found |= {f"{node.module}.{a.name}" for a in node.names if f"{node.module}.{a.name}" in modules}
    return found


def _layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    # A submodule reaching the package itself (`itglue_sdk/__init__.py`) is Python running a package's __init__
    # before its submodules, not an import of ours.
    return {
        name: {target for target in _imports(path, modules) if target != "itglue_sdk"} for name, path in modules.items()
    }


def test_every_module_has_a_layer() -> None:
    unplaced = sorted({_layer(module) for module in _modules()} - set(RANK))
    assert unplaced == []


def test_no_import_points_up_the_stack() -> None:
    upward = [
        f"{source} -> {target}"
        for source, targets in _graph().items()
        for target in targets
        if RANK[_layer(target)] > RANK[_layer(source)]
    ]
    assert upward == []


def test_no_import_cycles() -> None:
    graph = _graph()
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def visit(node: str) -> None:  # Tarjan's strongly connected components
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1 or node in graph[node]:
                cycles.append(sorted(component))

    for node in graph:
        if node not in index:
            visit(node)
    assert cycles == []


def test_the_checks_see_real_edges() -> None:
    graph = _graph()
    assert "itglue_sdk._http.transport" in graph["itglue_sdk._client"]
    assert "itglue_sdk._exceptions" in graph["itglue_sdk._http.status"]
    assert "itglue_sdk.resources.entries" in graph["itglue_sdk.resources._groups"]
