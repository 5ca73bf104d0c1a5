"""The import contract and where SQL lives, checked over the package's source (ast, no import).

Layers, top to bottom: a module may import its own layer's siblings only where the table says
so, and any lower layer, never a higher one. Imports inside functions count: they hid two
circles once. Every SQL statement lives under storage/ (docstrings aside).
"""
import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "park_pipeline"
# top to bottom; the stages of one row are independent of each other
LAYERS = [
    {"cli", "bench", "app"},
    {"orchestration", "evaluation", "saved_forms"},
    {"aggregate"},
    {"ingest"},
    {"clean", "extract"},
    {"storage"},
    {"language"},
    {"config", "errors", "parallel"},
]
SQL = re.compile(r"^\s*(?:--[^\n]*\n\s*)*(?:SELECT|INSERT|UPDATE|DELETE|CREATE|WITH|COPY|ALTER|DROP|ATTACH|PRAGMA)\s"
                 r"[\s\S]*\b(?:FROM|INTO|SET|TABLE|AS|VIEW|INDEX|journal_mode|busy_timeout)\b", re.I)


def _modules() -> dict[str, Path]:
    return {".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts).removesuffix(".__init__"): path
            for path in PACKAGE.rglob("*.py")}


def _imports(module: str, path: Path, known: set[str]) -> set[str]:
    """Every park_pipeline module `module` imports, at any depth of its code."""
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names if alias.name in known}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{parent}.{base}" if base else parent
            for alias in node.names:
                target = f"{base}.{alias.name}"
                found.add(target if target in known else base)
    return {m for m in found if m in known and m != module}


def _layer(module: str) -> int:
    top = module.split(".")[1] if "." in module else ""
    return next(i for i, layer in enumerate(LAYERS) if top in layer)


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    return {m: _imports(m, p, set(modules)) for m, p in modules.items() if m != "park_pipeline"}


def test_no_import_goes_up_a_layer_or_across_stages():
    wrong = []
    for module, imported in _graph().items():
        for target in imported:
            if target == "park_pipeline":
                continue
            stage, other = module.split(".")[1], target.split(".")[1]
            if _layer(target) < _layer(module) or (_layer(target) == _layer(module) and stage != other
                                                   and _layer(module) > 0):
                wrong.append(f"{module} -> {target}")
    assert not wrong, "imports against the layers:\n" + "\n".join(sorted(wrong))


def test_no_import_circles():
    graph = _graph()
    index, low, stack, on_stack, circles = {}, {}, [], set(), []

    def visit(node: str) -> None:  # Tarjan's strongly connected components
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in graph.get(node, ()):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                circles.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    assert not circles, f"import circles: {circles}"


def test_every_sql_statement_lives_in_storage():
    outside = []
    for module, path in _modules().items():
        if module.startswith("park_pipeline.storage"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                      if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef)) and node.body
                      and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
        for node in ast.walk(tree):
            text = node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None
            if isinstance(node, ast.JoinedStr):
                text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
            if text and id(node) not in docstrings and SQL.match(text):
                outside.append(f"{module}:{node.lineno}: {text.strip()[:60]}")
    assert not outside, "SQL outside storage/:\n" + "\n".join(outside)


def test_the_checks_see_what_they_guard():
    """The contract is only as good as its parser: a known upward import and SQL string are caught."""
    assert "park_pipeline.language.vocabulary" in _graph()["park_pipeline.extract.parks"]
    assert SQL.match("-- top parks\nSELECT name FROM park.parks") and not SQL.match("update")
