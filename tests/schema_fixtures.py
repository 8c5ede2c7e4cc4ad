"""Deterministic, schema-shaped JSON values built from a Swagger 2.0 spec, for tests.

:class:`SchemaFixtures` turns a schema (or a definition name) into the JSON
value a CML server could send: every property is filled, nested ``$ref``
objects are expanded to a bounded depth (deeper ones become ``{}``), int64
and uint64 strings are decimal text beyond 2**53 (so a client that turns
them into floats is caught), date-times are RFC 3339 text, arrays hold 1-2
items, maps 2 entries, and enums take their first value. The same label
always gives the same value, so tests can rebuild an expected value at will.

The module also holds the small wire helpers both drop-in test files need:
the Python names a swagger-codegen client uses (computed here independently
of the generator), RFC 3339 parsing, and a multipart/form-data parser.
"""

from __future__ import annotations

import base64
import datetime as dt
import email.parser
import email.policy
import re
import zlib
from dataclasses import dataclass
from typing import Any, Dict, List, Mapping, Optional, Tuple

REF_PREFIX = "#/definitions/"

# a date-time whose offset is not UTC is used for every third date-time field,
# so both "Z" and "+hh:mm" are exercised
_OFFSETS = ("Z", "+05:30", "Z")


def _number(label: str) -> int:
    """A stable non-negative number for ``label`` (crc32: unlike hash(), not salted per process)."""
    return zlib.crc32(label.encode("utf-8"))


def ref_name(ref: str) -> str:
    """``#/definitions/Project`` -> ``Project`` (RFC 6901 escapes undone)."""
    if not ref.startswith(REF_PREFIX):
        raise ValueError(f"only local definition refs are supported: {ref!r}")
    return ref[len(REF_PREFIX):].replace("~1", "/").replace("~0", "~")


class SchemaFixtures:
    """Builds JSON values shaped like the schemas of one spec.

    ``max_depth`` bounds how many ``$ref`` objects are nested inside one
    another; a reference below that depth becomes an empty object ``{}``.
    """

    def __init__(self, spec: Mapping[str, Any], max_depth: int = 3) -> None:
        self.spec = spec
        self.definitions: Mapping[str, Any] = spec.get("definitions") or {}
        self.max_depth = max_depth

    def definition(self, name: str) -> Dict[str, Any]:
        """The definition ``name``; KeyError when the spec has none."""
        found = self.definitions[name]
        assert isinstance(found, dict), name
        return found

    def is_enum(self, name: str) -> bool:
        return "enum" in self.definition(name)

    def for_definition(self, name: str, label: Optional[str] = None) -> Any:
        """The value of definition ``name`` at the top level (depth 0)."""
        return self.value({"$ref": REF_PREFIX + name}, label or name, -1)

    def value(self, schema: Mapping[str, Any], label: str, depth: int = 0) -> Any:
        """The JSON value for ``schema``; ``label`` seeds it, ``depth`` counts enclosing refs."""
        if "$ref" in schema:
            name = ref_name(str(schema["$ref"]))
            target = self.definition(name)
            if "enum" in target:
                return target["enum"][0]
            if depth + 1 > self.max_depth:
                return {}
            return self.value(target, label, depth + 1)
        if "enum" in schema:
            return schema["enum"][0]
        kind = schema.get("type")
        fmt = schema.get("format")
        if kind == "string":
            return self._string(fmt, label)
        if kind == "integer":
            return (2**40 + _number(label)) if fmt == "int64" else _number(label) % 1000 + 1
        if kind == "number":
            return _number(label) % 1000 + 0.5
        if kind == "boolean":
            return _number(label) % 2 == 0
        if kind == "array":
            items = schema.get("items") or {}
            count = 1 if "$ref" in items or items.get("type") == "object" else 2
            return [self.value(items, f"{label}[{i}]", depth) for i in range(count)]
        if kind == "file":
            return f"{label}-file-content"
        properties = schema.get("properties")
        if isinstance(properties, dict):
            return {
                wire: self.value(prop, f"{label}.{wire}", depth) for wire, prop in properties.items()
            }
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict):
            return {f"{label}-k{i}": self.value(extra, f"{label}{{{i}}}", depth) for i in (1, 2)}
        return {}

    @staticmethod
    def _string(fmt: Any, label: str) -> str:
        n = _number(label)
        if fmt == "date-time":
            offset = _OFFSETS[n % len(_OFFSETS)]
            return f"20{10 + n % 20:02d}-{1 + n % 12:02d}-{1 + n % 28:02d}T{n % 24:02d}:{n % 60:02d}:{(n // 7) % 60:02d}.{n % 1000000:06d}{offset}"
        if fmt == "date":
            return f"20{10 + n % 20:02d}-{1 + n % 12:02d}-{1 + n % 28:02d}"
        if fmt in ("int64", "uint64"):
            # beyond 2**53: only exact as text, so a float conversion shows
            return str(2**60 + n)
        if fmt == "byte":
            return base64.b64encode(label.encode("utf-8")).decode("ascii")
        # quotes, a backslash and a non-ASCII letter exercise JSON escaping
        return f'{label} "q" \\ \u00e9'


# ---- names a swagger-codegen client uses ---------------------------------

_CAMEL1 = re.compile(r"([A-Z]+)([A-Z][a-z])")
_CAMEL2 = re.compile(r"([a-z\d])([A-Z])")


def snake(name: str) -> str:
    """swagger-codegen's underscore(): ``ListV2Keys`` -> ``list_v2_keys``."""
    text = _CAMEL2.sub(r"\1_\2", _CAMEL1.sub(r"\1_\2", name))
    return re.sub(r"[^0-9A-Za-z]+", "_", text).strip("_").lower()


def py_name(wire: str) -> str:
    """Argument or attribute name for a wire name: ``project.id`` -> ``project_id``."""
    return re.sub(r"[^0-9A-Za-z_]", "_", wire)


def model_class_name(definition: str) -> str:
    """Class of a definition: first letter upper-cased (``runtimeError`` -> ``RuntimeError``)."""
    return definition[0].upper() + definition[1:]


# ---- values on the wire ----------------------------------------------------


def parse_rfc3339(text: str) -> dt.datetime:
    """An aware datetime for RFC 3339 text with 6 fraction digits (``Z`` or ``+hh:mm``)."""
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


@dataclass
class Part:
    name: str
    filename: Optional[str]
    data: bytes


def parse_multipart(content_type: str, body: bytes) -> List[Part]:
    """The parts of a multipart/form-data body, by the email package's MIME parser."""
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode("ascii")
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
    assert message.is_multipart(), content_type
    parts = []
    for part in message.iter_parts():
        disposition = part.get("Content-Disposition", "")
        assert disposition.startswith("form-data"), disposition
        payload = part.get_payload(decode=True)
        parts.append(Part(str(part.get_param("name", header="content-disposition")),
                          part.get_filename(), payload if isinstance(payload, bytes) else b""))
    return parts


def operations(spec: Mapping[str, Any]) -> List[Tuple[str, str, Dict[str, Any]]]:
    """Every ``(path, HTTP method, operation)`` of the spec, in spec order."""
    out = []
    for path, item in (spec.get("paths") or {}).items():
        for method in ("get", "put", "post", "delete", "options", "head", "patch"):
            if isinstance(item.get(method), dict):
                out.append((path, method.upper(), item[method]))
    return out
