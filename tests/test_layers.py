"""The layers of docs/architecture.md, held by reading every import in the source.

Bottom to top: analysis (pure, with the domain's facts in analysis/domain.py) < reports (pure)
< the crawler's base (errors, register) < storage < engine (the Scrapy machinery) < spiders
< runner (running audits) < commands < the command line. A module may import its own layer and
those below it, never above; imports inside functions count too. The simulated web (fixtures)
is test equipment: it may use the domain and the register, nothing that crawls or stores.

And one home for the domain's facts: no module outside analysis/domain.py spells out the list
of deliverables, the 19 criteria, the four statuses or a schema id.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

from analysis.domain import CHANGES_SCHEMA, CRITERION_KEYS, DELIVERABLE_KEYS, FINDINGS_SCHEMA, STATUSES
from support import ROOT

PACKAGES = ("analysis", "reports", "crawler", "spiders", "fixtures", "benchmarks")

# (module prefix, layer), most specific first.
LAYERS: list[tuple[str, int]] = [
    ("analysis", 0),
    ("reports", 1),
    ("crawler.errors", 2),
    ("crawler.register", 2),
    ("crawler.validate", 2),
    ("crawler.data", 2),
    ("crawler.storage", 3),
    ("crawler.engine", 4),
    ("spiders", 5),
    ("crawler.runner", 6),
    ("crawler.commands", 7),
    ("crawler.web", 7),  # the web application: beside the commands, over the runner
    ("crawler.cli", 8),
    ("crawler.__main__", 8),
    ("crawler", 2),  # the package itself: __version__
    ("fixtures", 2),  # test equipment: the domain and the register only
    ("benchmarks", 9),
]
NAMES = {
    0: "analysis",
    1: "reports",
    2: "crawler base / fixtures",
    3: "storage",
    4: "engine",
    5: "spiders",
    6: "runner",
    7: "commands",
    8: "cli",
    9: "benchmarks",
}


def layer_of(module: str) -> int | None:
    for prefix, layer in LAYERS:
        if module == prefix or module.startswith(prefix + "."):
            return layer
    return None


def sources(root: Path = ROOT) -> Iterator[tuple[str, Path]]:
    for package in PACKAGES:
        for path in sorted((root / package).rglob("*.py")):
            if "migrations" in path.parts:
                continue
            rel = path.relative_to(root).with_suffix("")
            parts = list(rel.parts)
            if parts[-1] == "__init__":
                parts.pop()
            yield ".".join(parts), path


def imports_of(module: str, path: Path) -> Iterator[tuple[int, str]]:
    """(line, imported module) for every import in the file, relative ones resolved."""
    is_package = path.name == "__init__.py"
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".")
                base = base if is_package else base[:-1]
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            yield node.lineno, target
            for alias in node.names:  # `from crawler import x` may name a submodule
                yield node.lineno, f"{target}.{alias.name}"


def edges(root: Path = ROOT) -> list[tuple[str, int, str]]:
    out = []
    for module, path in sources(root):
        for line, target in imports_of(module, path):
            if layer_of(target) is not None:
                out.append((module, line, target))
    return out


def test_the_layer_table_covers_every_module() -> None:
    assert [m for m, _ in sources() if layer_of(m) is None] == []


def upward_imports(root: Path = ROOT) -> list[str]:
    wrong = []
    flagged: set[tuple[str, int]] = set()
    for module, line, target in edges(root):
        src, dst = layer_of(module), layer_of(target)
        assert src is not None and dst is not None
        if (
            target.startswith("crawler.")
            and layer_of(target) == 2
            and target.split(".")[1] not in ("errors", "register", "data")
        ):
            # `from crawler import x` where x is not a submodule (e.g. __version__): the package itself
            continue
        if dst > src and (module, line) not in flagged:
            flagged.add((module, line))
            wrong.append(f"{module}:{line} ({NAMES[src]}) imports {target} ({NAMES[dst]})")
    return wrong


def test_no_import_runs_up_a_layer() -> None:
    assert upward_imports() == []


@pytest.mark.parametrize("pure", ["analysis", "reports"])
def test_analysis_and_reports_import_nothing_of_the_crawler(pure: str) -> None:
    bad = [
        f"{m}:{line} imports {t}"
        for m, line, t in edges()
        if m.split(".")[0] == pure and t.split(".")[0] in ("crawler", "spiders", "fixtures", "scrapy", "sqlalchemy")
    ]
    assert bad == []


def test_no_cycle_between_packages() -> None:
    graph: dict[str, set[str]] = {}
    for module, _, target in edges():
        a, b = _unit(module), _unit(target)
        if a != b:
            graph.setdefault(a, set()).add(b)
    seen: set[str] = set()
    stack: list[str] = []

    def visit(node: str) -> None:
        assert node not in stack, "import cycle: " + " -> ".join(stack[stack.index(node) :] + [node])
        if node in seen:
            return
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            visit(nxt)
        stack.pop()
        seen.add(node)

    for node in sorted(graph):
        visit(node)


def _unit(module: str) -> str:
    """The package a module belongs to, for the cycle check: crawler's subpackages count apart."""
    parts = module.split(".")
    if (
        parts[0] == "crawler"
        and len(parts) > 1
        and parts[1] in ("storage", "engine", "runner", "commands", "web", "cli", "__main__")
    ):
        return "crawler.cli" if parts[1] == "__main__" else ".".join(parts[:2])
    return parts[0]


def test_an_upward_import_is_found(tmp_path: Path) -> None:
    """The rules are not vacuous: the engine importing the runner, even lazily, is caught."""
    for package in PACKAGES:
        (tmp_path / package).mkdir()
    (tmp_path / "crawler" / "engine").mkdir()
    (tmp_path / "crawler" / "engine" / "site.py").write_text(
        "def f():\n    from crawler.runner.audit import run_audit\n    return run_audit\n"
    )
    assert upward_imports(tmp_path) == ["crawler.engine.site:2 (engine) imports crawler.runner.audit (runner)"]


# ---- one home for the domain's facts ----------------------------------------------------------


def _literal_strings(node: ast.AST) -> list[str]:
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        return [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
    return []


def copies(root: Path = ROOT) -> list[str]:
    found = []
    for _module, path in sources(root):
        if path == root / "analysis" / "domain.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            where = f"{path.relative_to(root)}:{getattr(node, 'lineno', '?')}"
            items = set(_literal_strings(node))
            if items >= set(DELIVERABLE_KEYS):
                found.append(f"{where}: the deliverable keys")
            if items >= set(STATUSES):
                found.append(f"{where}: the four statuses")
            if len(items & set(CRITERION_KEYS)) >= 18:
                found.append(f"{where}: the 5.1 criteria")
            if isinstance(node, ast.Constant) and node.value in (FINDINGS_SCHEMA, CHANGES_SCHEMA):
                found.append(f"{where}: the schema id {node.value}")
    return found


def test_the_domain_facts_have_one_home() -> None:
    assert copies() == []


def test_a_copy_would_be_found(tmp_path: Path) -> None:
    for package in PACKAGES:
        (tmp_path / package).mkdir()
    (tmp_path / "analysis" / "domain.py").write_text('KEYS = ("5.1", "5.2", "5.3", "5.5")\n')
    (tmp_path / "reports" / "copy.py").write_text(
        f'KEYS = ("5.1", "5.2", "5.3", "5.5")\nSCHEMA = "cctv-audit/findings/1"\nCRIT = {list(CRITERION_KEYS)!r}\n'
    )
    found = copies(tmp_path)
    assert [f.split(": ", 1)[1] for f in found] == [
        "the deliverable keys",
        "the schema id cctv-audit/findings/1",
        "the 5.1 criteria",
    ]
