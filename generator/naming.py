"""The naming layer: every identifier and file name in generated code comes from here.

Rules follow swagger-codegen, which made the official ``cmlapi`` (so real code
keeps working): methods and modules are snake_case of the spec name, classes
are the definition name with its first letter upper-cased, tags become
``<Tag>Api``. On top of that, anything that is not a safe ASCII identifier is
repaired here, deterministically.

Collisions: names that differ in the spec but become the same identifier or
file (definitions ``Object`` and ``Object_``, ``..`` and ``~``; properties
``a-b`` and ``a_b``; operationIds ``ListThings`` and ``list_things``; tags
``my tag`` and ``my_tag``; ``ABTest`` and ``AbTest``, both ``ab_test.py``) are
numbered in spec order with :func:`numbered`: the first keeps its name, the
next is ``Object_2``, then ``Object_3``. A definition named like a class the
package exports (:data:`PACKAGE_RESERVED`) or an API class, and an operation
named like a generated helper method, are numbered too: the package's own
names win. A numbered name is never the output of :func:`class_name` (which
keeps no ``_``), so it cannot collide with a later definition. The callers
(:mod:`generator.build`) apply the rule; no collision is an error.
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
import sys
from typing import Iterable

# Fixed lists rather than the running interpreter's ``keyword`` module: the output must not
# depend on which Python runs the generator (``type`` became a soft keyword in 3.12), and the
# generated code must work on every Python it supports. ``tests/test_naming_keywords.py`` checks
# these cover the running interpreter's lists.
HARD_KEYWORDS = frozenset(
    "False None True and as assert async await break class continue def del elif else except "
    "finally for from global if import in is lambda nonlocal not or pass raise return try while "
    "with yield".split()
)
SOFT_KEYWORDS = frozenset(["_", "case", "match", "type"])
KEYWORDS = HARD_KEYWORDS | SOFT_KEYWORDS

# Names a model's own API uses; a property with one of these names gets a suffix.
MODEL_RESERVED = frozenset(
    {
        "to_dict",
        "to_str",
        "to_wire",
        "from_dict",
        "swagger_types",
        "attribute_map",
        "additional_properties",
        "allowable_values",
        "discriminator",
        "mro",
        # Model.__init__(self, *args, **kwargs): a property called ``self`` would clash
        "self",
    }
)

# Keyword arguments every API method accepts; parameters get a suffix instead.
METHOD_RESERVED = frozenset(
    {
        "self",
        "kwargs",
        "async_req",
        "_request_timeout",
        "_preload_content",
        "_return_http_data_only",
        "_headers",
        "_retries",
    }
)

# Reserved device names on Windows file systems; a module never takes one.
WINDOWS_RESERVED = frozenset(
    ["con", "prn", "aux", "nul"] + [f"com{i}" for i in range(10)] + [f"lpt{i}" for i in range(10)]
)

# Names the generated package itself exports (``cmlapi.ApiClient`` ...): a model
# or API class of the same name would be shadowed, so build.py refuses it.
PACKAGE_RESERVED = frozenset(
    ["ApiClient", "Configuration", "ApiException", "ApiConnectionError", "ApiTimeoutError", "Retries"]
)

# A module (file) name is at most this long; longer ones are cut and get a
# hash of the full name, so they stay distinct and fit every file system.
MAX_MODULE_CHARS = 80

_CAMEL2 = re.compile(r"([a-z\d])([A-Z])")
_NON_WORD = re.compile(r"[^0-9A-Za-z_]")
_UNDERSCORES = re.compile(r"_+")
_ACRONYM = re.compile(r"[A-Z][A-Z][a-z]")  # fixed width: linear on any input


def ascii_word(text: str) -> str:
    """Replace every character that is not ASCII alphanumeric by ``_`` or a ``uXXXX`` token."""
    if text.isascii():
        return _NON_WORD.sub("_", text)
    out = []
    for ch in text:
        if ch.isascii() and (ch.isalnum() or ch == "_"):
            out.append(ch)
        elif ch.isascii():
            out.append("_")
        else:
            out.append(f"_u{ord(ch):04x}_")
    return "".join(out)


def _split_acronyms(text: str) -> str:
    """``re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", text)`` in linear time.

    The regex backtracks quadratically on long runs of capitals (a 100,000
    letter definition name took minutes); this scan gives the same result:
    in every run of two or more ASCII capitals followed by a lower-case
    letter, ``_`` goes before the run's last capital.
    """
    if not _ACRONYM.search(text):  # most names have no such run
        return text
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        if not "A" <= text[i] <= "Z":
            out.append(text[i])
            i += 1
            continue
        j = i
        while j < n and "A" <= text[j] <= "Z":
            j += 1
        run = text[i:j]
        if len(run) >= 2 and j < n and "a" <= text[j] <= "z":
            run = run[:-1] + "_" + run[-1]
        out.append(run)
        i = j
    return "".join(out)


@functools.lru_cache(maxsize=8192)  # the same names recur across models and operations
def snake_case(name: str) -> str:
    """swagger-codegen's underscore(): ``ValidateAPIKey`` -> ``validate_api_key``."""
    text = _split_acronyms(name)
    text = _CAMEL2.sub(r"\1_\2", text)
    text = ascii_word(text.replace("-", "_").replace(".", "_"))
    text = _UNDERSCORES.sub("_", text).lower()
    return text


def _fix_identifier(name: str, prefix: str, reserved: Iterable[str] = ()) -> str:
    if not name.strip("_"):
        name = prefix
    if name[0].isdigit():
        name = f"{prefix}_{name}"
    if name.startswith("_"):
        name = prefix + "_" + name.lstrip("_")
    if name in HARD_KEYWORDS or name in reserved:
        name += "_"
    return name


def method_name(operation_id: str) -> str:
    """Method name for an operation id (snake_case, repaired)."""
    return _fix_identifier(snake_case(operation_id).strip("_") or "", "operation", ())


def attr_name(wire: str, reserved: Iterable[str] = ()) -> str:
    """Python name of a property or parameter whose wire name is ``wire``."""
    base = snake_case(wire)
    base = base.strip("_") if base.strip("_") else base
    return _fix_identifier(base, "field", reserved)


def param_name(wire: str) -> str:
    return attr_name(wire, METHOD_RESERVED | {"body"})


@functools.lru_cache(maxsize=8192)
def class_name(name: str) -> str:
    """Model class name: swagger-codegen camelize (first letter of each word upper)."""
    parts = [p for p in re.split(r"[^0-9A-Za-z]+", ascii_word(name).replace("_", " ")) if p]
    text = "".join(p[0].upper() + p[1:] for p in parts)
    if not text:
        text = "Model"
    if text[0].isdigit():
        text = "Model" + text
    if text in ("True", "False", "None"):
        text += "_"
    return text


def model_module(cls: str) -> str:
    """Module (file) name for a model class: lower-case ASCII, never a keyword,
    a Windows device name or longer than :data:`MAX_MODULE_CHARS`."""
    module = snake_case(cls).strip("_") or "model"
    if module[0].isdigit():
        module = "m_" + module
    if len(module) > MAX_MODULE_CHARS:
        digest = hashlib.sha256(cls.encode("utf-8", "surrogatepass")).hexdigest()[:12]
        module = module[: MAX_MODULE_CHARS - 13].rstrip("_") + "_" + digest
    if module in KEYWORDS or module in WINDOWS_RESERVED or module == "init":
        module += "_"
    return module


def api_class_name(tag: str) -> str:
    """``CMLService`` -> ``CMLServiceApi``; ``Api`` -> ``ApiApi``."""
    word = ascii_word(tag)
    parts = [p for p in word.split("_") if p]
    text = "".join(p[0].upper() + p[1:] for p in parts) or "Default"
    if text[0].isdigit():
        text = "Tag" + text
    return text + "Api"


def api_module(cls: str) -> str:
    return model_module(cls)


def numbered(name: str, n: int) -> str:
    """The ``n``-th name made from ``name`` when ``name`` is taken: ``Object_2``."""
    return f"{name}_{n}"


def unique(names: list[str]) -> list[str]:
    """Make names distinct in order: a later duplicate gets ``_2``, ``_3``, ..."""
    seen: set[str] = set()
    out = []
    for name in names:
        candidate, n = name, 2
        while candidate in seen:
            candidate, n = numbered(name, n), n + 1
        seen.add(candidate)
        out.append(candidate)
    return out


_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")


def header_name(declared: str) -> str:
    """The real HTTP header name in a free-text ``name`` such as
    ``authorization (e.g. 'authorization: Bearer APIKEY')`` -> ``authorization``."""
    match = _TOKEN.match(declared.strip())
    return match.group(0) if match else "authorization"


def is_safe_identifier(name: str) -> bool:
    return name.isidentifier() and name.isascii() and name not in HARD_KEYWORDS


def stdlib_modules() -> frozenset[str]:
    """Top-level standard-library module names of this interpreter: ``sys.stdlib_module_names``
    (3.10+); on 3.8/3.9 the built-in modules and what the standard library's own folders hold."""
    names = getattr(sys, "stdlib_module_names", None)
    if names is not None:
        return frozenset(names)
    return _stdlib_from_folders()


@functools.lru_cache(maxsize=1)
def _stdlib_from_folders() -> frozenset[str]:
    import pkgutil
    import sysconfig

    stdlib = sysconfig.get_paths()["stdlib"]
    folders = [stdlib, os.path.join(stdlib, "lib-dynload")]
    found = {info.name for info in pkgutil.iter_modules(folders)}
    return frozenset(found | set(sys.builtin_module_names))


def package_name_problem(value: str) -> str | None:
    """Why ``value`` cannot be the import name of a generated package (``--package-name`` of
    ``generate`` and ``vendor``), or None: a dotted path of ASCII identifiers, no keywords, whose
    first part does not hide a standard-library module from the code that imports it."""
    if not value:
        return "must not be empty; give a dotted path of Python identifiers"
    for part in value.split("."):
        if not part:
            return "has an empty part; give a dotted path of Python identifiers such as acme.cmlapi"
        if not part.isascii():
            odd = "".join(sorted({ch for ch in part if not ch.isascii()}))
            return (
                f"{part!r} is not ASCII ({odd!r}): an import name must be ASCII letters, digits and _ "
                "here, so it works on every file system and packaging tool"
            )
        if part in HARD_KEYWORDS:
            return f"{part!r} is a Python keyword; must be a dotted path of Python identifiers, no keywords"
        if not part.isidentifier():
            return f"{part!r} is not a Python identifier (letters, digits and _, not starting with a digit)"
    top = value.split(".", 1)[0]
    if top in stdlib_modules():
        return f"would shadow the standard-library module {top!r}; choose another name (for example {top}_api)"
    return None
