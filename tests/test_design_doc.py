"""docs/DESIGN.md names only modules and tables that exist.

- every dotted name starting with a package of the tree (``matcher.x``, ``indexer.userdata.x``,
  ``web.x``, ...) is a module or package, optionally followed by attributes defined in it
  (``matcher.api.Savoir``, ``matcher.cli.SavoirGroup``, ``web.guard.CSP``);
- every table of the "Tables" section exists in a fresh Store, and every table of a fresh
  Store is listed there.

Read with ``ast``, never imported: the check is cheap and loads no model.
"""
from __future__ import annotations

import ast
import re
from pathlib import Path


ROOT = Path(__file__).resolve().parents[1]
DESIGN = ROOT / "docs" / "DESIGN.md"
PACKAGES = ("matcher", "indexer", "web", "eval", "bench")

# a dotted name: a package, then one or more identifiers joined by dots (``indexer.`` ending a
# sentence does not match: an identifier must follow the dot directly)
DOTTED = re.compile(r"(?<![\w./-])(?:%s)(?:\.[A-Za-z_]\w*)+" % "|".join(PACKAGES))


def _module_file(parts: list[str]) -> Path | None:
    base = ROOT.joinpath(*parts)
    if (base / "__init__.py").is_file():
        return base / "__init__.py"
    if base.with_suffix(".py").is_file():
        return base.with_suffix(".py")
    return None


def _defined(body: list[ast.stmt]) -> set[str]:
    names: set[str] = set()
    for node in body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names.update((a.asname or a.name).split(".")[0] for a in node.names)
        elif isinstance(node, (ast.If, ast.Try)):
            names |= _defined(node.body)
    return names


def resolves(name: str) -> bool:
    """True when ``name`` is a module (or package) of the tree followed by attributes defined in it."""
    parts = name.split(".")
    for cut in range(len(parts), 0, -1):        # the longest prefix that is a module
        path = _module_file(parts[:cut])
        if path is None:
            continue
        rest = parts[cut:]
        if not rest:
            return True
        body = ast.parse(path.read_text(encoding="utf-8")).body
        if rest[0] not in _defined(body):
            return False
        if len(rest) > 1:                       # Class.method: look inside the class
            cls = next((n for n in body if isinstance(n, ast.ClassDef) and n.name == rest[0]), None)
            return cls is not None and rest[1] in _defined(cls.body)
        return True
    return False


def named_modules(text: str) -> set[str]:
    return {m.group(0) for m in DOTTED.finditer(text)}


def tables_section(text: str) -> set[str]:
    m = re.search(r"^## Tables\n(.*?)(?=^## |\Z)", text, re.S | re.M)
    assert m, "docs/DESIGN.md has no '## Tables' section"
    return set(re.findall(r"^\|\s*`(\w+)`\s*\|", m.group(1), re.M))


def test_resolver():
    assert resolves("matcher.api") and resolves("matcher.api.Savoir") and resolves("indexer.userdata.profile")
    assert resolves("indexer.store.Store.transaction") and resolves("web") and resolves("web.guard.CSP")
    assert not resolves("matcher.threads") and not resolves("matcher.settings")
    assert not resolves("matcher.api.NoSuchThing") and not resolves("web.chat_url")
    assert named_modules("see `matcher.api.Savoir`, indexer.store and indexer. Then web/api.py") == {
        "matcher.api.Savoir", "indexer.store"}


def test_design_names_only_existing_modules():
    missing = sorted(n for n in named_modules(DESIGN.read_text(encoding="utf-8")) if not resolves(n))
    assert not missing, f"docs/DESIGN.md names modules or attributes that do not exist: {missing}"


def test_design_tables_are_the_store_tables(tmp_path):
    from indexer.store import Store

    documented = tables_section(DESIGN.read_text(encoding="utf-8"))
    store = Store(tmp_path / "savoir.db")
    try:
        actual = {r[0] for r in store.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")}
    finally:
        store.close()
    assert not documented - actual, f"docs/DESIGN.md lists tables a Store does not have: {sorted(documented - actual)}"
    assert not actual - documented, f"tables missing from docs/DESIGN.md's Tables section: {sorted(actual - documented)}"
