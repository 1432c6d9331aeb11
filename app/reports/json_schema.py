"""A small JSON Schema (draft 2020-12) checker for the schemas WarrantyDesk publishes.

It knows the keywords those schemas use and refuses any other, so a schema can never be silently
half-checked: $ref (within the document), type, properties, required, additionalProperties, items,
enum, const, pattern, minLength, maxLength, minimum, maximum, minItems and format "date". It returns
every problem with the path where it is ("claims/3/repairDate: …"), never stopping at the first.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Any

_ANNOTATIONS = {"$schema", "$id", "$defs", "$comment", "title", "description", "examples", "default"}
_CHECKED = {"$ref", "type", "properties", "required", "additionalProperties", "items", "enum", "const", "pattern",
            "minLength", "maxLength", "minimum", "maximum", "minItems", "format"}
_TYPES = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
}


class SchemaError(ValueError):
    """The schema itself uses something this checker does not know."""


def validate(instance: Any, schema: dict[str, Any]) -> list[str]:
    """Every way `instance` breaks `schema`, as 'path: problem' lines; empty when it conforms."""
    problems: list[str] = []
    _check(instance, schema, schema, "", problems)
    return problems


def _check(value: Any, schema: dict[str, Any], root: dict[str, Any], path: str, problems: list[str]) -> None:
    unknown = set(schema) - _CHECKED - _ANNOTATIONS
    if unknown:
        raise SchemaError(f"unsupported schema keywords at {path or '/'}: {', '.join(sorted(unknown))}")
    where = path or "/"
    if "$ref" in schema:
        _check(value, _resolve(root, schema["$ref"]), root, path, problems)
    if "type" in schema:
        names = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        if not any(_TYPES[name](value) for name in names):
            problems.append(f"{where}: expected {' or '.join(names)}, found {_kind(value)}")
            return  # the other keywords would only repeat the same mistake
    if "const" in schema and value != schema["const"]:
        problems.append(f"{where}: must be {schema['const']!r}")
    if "enum" in schema and value not in schema["enum"]:
        problems.append(f"{where}: {value!r} is not one of {', '.join(map(repr, schema['enum']))}")
    if isinstance(value, str):
        _check_string(value, schema, where, problems)
    if isinstance(value, int | float) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            problems.append(f"{where}: {value} is less than {schema['minimum']}")
        if "maximum" in schema and value > schema["maximum"]:
            problems.append(f"{where}: {value} is more than {schema['maximum']}")
    if isinstance(value, dict):
        _check_object(value, schema, root, path, problems)
    if isinstance(value, list):
        if "minItems" in schema and len(value) < schema["minItems"]:
            problems.append(f"{where}: needs at least {schema['minItems']} item(s)")
        if "items" in schema:
            for index, item in enumerate(value):
                _check(item, schema["items"], root, f"{path}/{index}", problems)


def _check_string(value: str, schema: dict[str, Any], where: str, problems: list[str]) -> None:
    if "minLength" in schema and len(value) < schema["minLength"]:
        problems.append(f"{where}: shorter than {schema['minLength']} character(s)")
    if "maxLength" in schema and len(value) > schema["maxLength"]:
        problems.append(f"{where}: longer than {schema['maxLength']} characters")
    if "pattern" in schema and re.search(schema["pattern"], value) is None:
        problems.append(f"{where}: {value!r} does not match {schema['pattern']}")
    if schema.get("format") == "date":
        try:
            dt.date.fromisoformat(value)
            ok = len(value) == 10
        except ValueError:
            ok = False
        if not ok:
            problems.append(f"{where}: {value!r} is not a date (YYYY-MM-DD)")
    elif "format" in schema:
        raise SchemaError(f"unsupported format {schema['format']!r} at {where}")


def _check_object(value: dict[str, Any], schema: dict[str, Any], root: dict[str, Any], path: str,
                  problems: list[str]) -> None:
    properties: dict[str, Any] = schema.get("properties", {})
    for name in schema.get("required", []):
        if name not in value:
            problems.append(f"{path or '/'}: {name} is missing")
    for name, item in value.items():
        if name in properties:
            _check(item, properties[name], root, f"{path}/{name}", problems)
            continue
        extra = schema.get("additionalProperties", True)
        if extra is False:
            problems.append(f"{path or '/'}: {name} is not allowed")
        elif isinstance(extra, dict):
            _check(item, extra, root, f"{path}/{name}", problems)


def _resolve(root: dict[str, Any], ref: str) -> dict[str, Any]:
    if not ref.startswith("#/"):
        raise SchemaError(f"only references within the schema are supported, not {ref}")
    node: Any = root
    for part in ref[2:].split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node  # type: ignore[no-any-return]


def _kind(value: Any) -> str:
    for name, test in _TYPES.items():
        if name != "number" and test(value):
            return name
    return "number" if _TYPES["number"](value) else type(value).__name__
