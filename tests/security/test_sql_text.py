"""No SQL is built by string formatting: every statement handed to the driver is a literal or a SQLAlchemy
construct with bound parameters. A dynamic identifier (a table name in a bulk insert or a backup check) is
quoted by the dialect and listed below with the reason."""
from __future__ import annotations

import ast
from pathlib import Path

APP = Path(__file__).resolve().parents[2] / "app"
# Calls that hand their first argument to the database as SQL text.
SQL_CALLS = {"text", "execute", "exec_driver_sql", "executescript", "executemany", "copy"}
# (module, function) → why a formatted statement there is safe. Keep this list short and reviewed.
REVIEWED: dict[tuple[str, str], str] = {
    ("app/db/bulk.py", "bulk_insert"): "table and column names come from the mapped Table, quoted by the dialect's "
                                       "identifier preparer; values go through COPY or bound parameters",
    ("app/services/archive.py", "_copy_rows"): "names from the mapped Table, quoted by the dialect; the ids are "
                                               "integers read from the database and passed through int()",
    ("app/services/archive.py", "_in"): "ids passed through int(): thousands of bound parameters per statement "
                                        "would cost more than the query (see its docstring)",
    ("app/services/archive.py", "_finish"): "counts the archive's tables by name; the names are the mapped tables' "
                                            "own (Base.metadata), never user text",
}


def _constant(node: ast.expr, constants: frozenset[str]) -> bool:
    """A string literal, a module constant holding one, or literals joined: text fixed in the source."""
    if isinstance(node, ast.Constant):
        return True
    if isinstance(node, ast.Name):
        return node.id in constants
    if isinstance(node, ast.FormattedValue):
        return _constant(node.value, constants)
    if isinstance(node, ast.JoinedStr):
        return all(_constant(v, constants) for v in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _constant(node.left, constants) and _constant(node.right, constants)
    return False


def _formatted(node: ast.expr, constants: frozenset[str] = frozenset()) -> bool:
    """An f-string with placeholders, % or + on strings, or a str.format() call — unless all it puts together
    is fixed in the source (a module constant such as a CHECK condition in a migration)."""
    if isinstance(node, ast.JoinedStr):
        return any(isinstance(v, ast.FormattedValue) for v in node.values) and not _constant(node, constants)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod | ast.Add):
        return not _constant(node, constants)
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format"
            and isinstance(node.func.value, ast.Constant | ast.JoinedStr | ast.Name | ast.BinOp))


def _module_constants(tree: ast.Module) -> frozenset[str]:
    """Module-level names assigned a string literal once (NAME = "…")."""
    return frozenset(t.id for n in tree.body if isinstance(n, ast.Assign) and isinstance(n.value, ast.Constant)
                     and isinstance(n.value.value, str) for t in n.targets if isinstance(t, ast.Name))


def _call_name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def formatted_sql_calls() -> list[tuple[str, str, int, str]]:
    """(module, enclosing function, line, call) for every SQL call whose statement is built by formatting."""
    found = []
    for path in sorted(APP.rglob("*.py")):
        module = path.relative_to(APP.parent).as_posix()
        if module.startswith("app/ui/"):
            continue  # the ui never talks SQL (tests/test_layers.py); its .format() calls are messages
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        constants = _module_constants(tree)
        for function in [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)]:
            # A statement formatted into a variable first, then executed, counts as well.
            built = {t.id for n in ast.walk(function) if isinstance(n, ast.Assign) and _formatted(n.value, constants)
                     for t in n.targets if isinstance(t, ast.Name)}
            for call in [n for n in ast.walk(function) if isinstance(n, ast.Call)]:
                name = _call_name(call)
                argument = call.args[0] if call.args else None
                if name in SQL_CALLS and argument is not None and (
                        _formatted(argument, constants) or isinstance(argument, ast.Name) and argument.id in built):
                    found.append((module, function.name, call.lineno, name))
    return found


def test_no_sql_is_built_by_string_formatting() -> None:
    unreviewed = [hit for hit in formatted_sql_calls() if (hit[0], hit[1]) not in REVIEWED]
    assert unreviewed == [], "SQL built by formatting (use bound parameters / quoted identifiers):\n" + "\n".join(
        f"{module}:{line} in {function}(): {call}(...)" for module, function, line, call in unreviewed)


def test_the_reviewed_list_is_still_needed() -> None:
    used = {(module, function) for module, function, _line, _call in formatted_sql_calls()}
    assert set(REVIEWED) <= used, f"no longer formatted, drop from REVIEWED: {set(REVIEWED) - used}"


def test_the_scanner_sees_formatting() -> None:
    calls = [ast.parse(src, mode="eval").body for src in (
        'text(f"SELECT {x}")', 'conn.execute("SELECT %s" % x)', 'conn.execute("SELECT " + x)',
        'conn.exec_driver_sql("SELECT {}".format(x))')]
    assert all(isinstance(c, ast.Call) and _formatted(c.args[0]) for c in calls)
    assert not _formatted(ast.parse('"SELECT 1"', mode="eval").body)
    assert not _formatted(ast.parse('f"SELECT 1"', mode="eval").body)
    fixed = frozenset({"CHECK"})
    assert not _formatted(ast.parse('"ALTER … " f"CHECK ({CHECK})"', mode="eval").body, fixed)
    assert _formatted(ast.parse('f"CHECK ({CHECK}) {name}"', mode="eval").body, fixed)
