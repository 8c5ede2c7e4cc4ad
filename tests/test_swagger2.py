"""Swagger 2.0 constructs beyond what CML's spec uses (issue #10, "All of Swagger 2.0" and
"Real grpc-gateway specs"): basePath and host, deep allOf, names colliding after renaming,
versions protoc-gen-openapiv2 writes, defaults and examples that do not match their schema.

Every case is a team-written spec, generated with the real CLI in a subprocess; generated
clients are imported (through ``sys.path``, nothing installed) in a fresh interpreter and
call a real HTTP server on 127.0.0.1.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any, Dict, List, Tuple

from server import LocalServer

REPO = Path(__file__).resolve().parents[1]


def run(*argv: str) -> Tuple[int, str, str]:
    """``python -m generator ARGV`` in a subprocess: (exit status, stdout, stderr)."""
    proc = subprocess.run(
        [sys.executable, "-m", "generator", *argv], cwd=REPO, capture_output=True, text=True, timeout=300
    )
    return proc.returncode, proc.stdout, proc.stderr


def spec(**fields: Any) -> Dict[str, Any]:
    doc: Dict[str, Any] = {"swagger": "2.0", "info": {"title": "pets", "version": "1.0.0"}, "paths": {}}
    doc.update(fields)
    return doc


def write(path: Path, doc: Any) -> Path:
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def generated(tmp_path: Path, doc: Dict[str, Any], name: str = "spec") -> Path:
    out = tmp_path / f"{name}-out"
    code, _, err = run("generate", str(write(tmp_path / f"{name}.json", doc)), "--out", str(out))
    assert code == 0, err
    return out


def call(out: Path, script: str, *args: str) -> Any:
    """Run ``script`` in a fresh interpreter with ``out`` first on sys.path; its stdout as JSON."""
    code = "import json, sys\nsys.path.insert(0, sys.argv[1])\nimport cmlapi\n" + textwrap.dedent(script)
    proc = subprocess.run(
        [sys.executable, "-c", code, str(out), *args], capture_output=True, text=True, timeout=60, cwd=out
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


# ---- basePath, host, schemes --------------------------------------------------------------

PETS_PATHS = {
    "/pets": {
        "get": {
            "operationId": "ListPets",
            "tags": ["Pets"],
            "responses": {"200": {"description": "ok", "schema": {"type": "array", "items": {"type": "string"}}}},
        }
    }
}


def test_base_path_is_sent_and_documented_and_host_is_the_default(
    tmp_path: Path, live_server: LocalServer
) -> None:
    doc = spec(basePath="/v1", host="pets.example.test:8443", schemes=["ws", "https", "http"], paths=PETS_PATHS)
    out = generated(tmp_path, doc)
    for _ in range(4):
        live_server.queue(body=["rex"])
    seen = call(
        out,
        """
        default = cmlapi.Configuration().host
        pets = []
        # the origin, the origin with basePath (as swagger-codegen's default host), and a raw
        # call_api with a swagger-codegen style resource path: /v1/pets, once, every time
        for host in (sys.argv[2], sys.argv[2] + "/v1", sys.argv[2] + "/v1/"):
            pets.append(cmlapi.PetsApi(cmlapi.ApiClient(cmlapi.Configuration(host=host))).list_pets())
        client = cmlapi.ApiClient(cmlapi.Configuration(host=sys.argv[2] + "/v1"))
        client.call_api("/pets", "GET", response_type="list[str]", _return_http_data_only=True)
        print(json.dumps({"default": default, "pets": pets}))
        """,
        live_server.url,
    )
    assert seen == {"default": "https://pets.example.test:8443/v1", "pets": [["rex"]] * 3}
    assert [(r.method, r.path) for r in live_server.requests] == [("GET", "/v1/pets")] * 4
    assert "HTTP: GET /v1/pets" in (out / "cmlapi/api/pets_api.py").read_text()
    assert "/v1/pets" in (out / "README.md").read_text()


def test_no_base_path_or_host_keeps_paths_and_localhost(tmp_path: Path, live_server: LocalServer) -> None:
    out = generated(tmp_path, spec(basePath="/", paths=PETS_PATHS))
    live_server.queue(body=[])
    seen = call(
        out,
        """
        default = cmlapi.Configuration().host
        cmlapi.PetsApi(cmlapi.ApiClient(cmlapi.Configuration(host=sys.argv[2]))).list_pets()
        print(json.dumps(default))
        """,
        live_server.url,
    )
    assert seen == "http://localhost"
    assert [r.path for r in live_server.requests] == ["/pets"]


def test_base_path_change_is_a_breaking_change_of_every_path(tmp_path: Path) -> None:
    old = write(tmp_path / "old.json", spec(basePath="/v1", paths=PETS_PATHS))
    new = write(tmp_path / "new.json", spec(basePath="/v2", paths=PETS_PATHS))
    code, out, err = run("diff", str(old), str(new), "--format", "json", "--fail-on-breaking")
    assert code == 1, err
    changes: List[Dict[str, Any]] = json.loads(out)["changes"]
    assert [(c["id"], c["breaking"]) for c in changes] == [("operation-path-changed", True)]
    assert "/v1/pets -> /v2/pets" in changes[0]["message"]


def test_base_path_with_a_template_is_refused_at_its_pointer(tmp_path: Path) -> None:
    out = tmp_path / "out"
    code, _, err = run("generate", str(write(tmp_path / "s.json", spec(basePath="/v{n}", paths=PETS_PATHS))),
                       "--out", str(out))
    assert code == 1
    assert err.startswith("error: /basePath: basePath must be a path without"), err
    assert not out.exists()


# ---- allOf to any depth -------------------------------------------------------------------


def ref(name: str) -> Dict[str, str]:
    return {"$ref": f"#/definitions/{name}"}


def get(path: str, op_id: str, schema: Dict[str, Any]) -> Dict[str, Any]:
    return {path: {"get": {"operationId": op_id, "responses": {"200": {"description": "ok", "schema": schema}}}}}


DEEP_ALL_OF = {
    "A": {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}},
    "B": {"allOf": [ref("A"), {"type": "object", "required": ["b"], "properties": {"b": {"type": "integer"}}}]},
    # C mixes a $ref part, an inline part with an allOf of its own, and properties of its own
    "C": {
        "allOf": [
            ref("B"),
            {"allOf": [{"properties": {"deep": {"type": "boolean"}}}], "required": ["c"],
             "properties": {"c": {"type": "string"}}},
        ],
        "properties": {"own": {"type": "string"}},
    },
    # a diamond: A reached through B and through A again
    "D": {"allOf": [ref("B"), ref("A")]},
}


def test_deep_all_of_inherits_every_level(tmp_path: Path, live_server: LocalServer) -> None:
    paths = {**get("/c", "GetC", ref("C")), **get("/d", "GetD", ref("D"))}
    out = generated(tmp_path, spec(paths=paths, definitions=DEEP_ALL_OF))
    live_server.queue(body={"id": "i", "b": 2, "deep": True, "c": "x", "own": "o"})
    live_server.queue(body={"id": "j", "b": 3})
    seen = call(
        out,
        """
        api = cmlapi.DefaultApi(cmlapi.ApiClient(cmlapi.Configuration(host=sys.argv[2])))
        c, d = api.get_c(), api.get_d()
        with open(cmlapi.__path__[0] + "/_catalog.json") as f:
            catalog = json.load(f)["models"]
        print(json.dumps({
            "c": [c.id, c.b, c.deep, c.c, c.own], "d": [d.id, d.b], "to_dict": c.to_dict(),
            "fields": {m: [(p["wire"], p["required"]) for p in catalog[m]["properties"]] for m in "CD"},
        }))
        """,
        live_server.url,
    )
    assert seen["c"] == ["i", 2, True, "x", "o"]
    assert seen["d"] == ["j", 3]
    assert seen["to_dict"] == {"id": "i", "b": 2, "deep": True, "c": "x", "own": "o"}
    assert seen["fields"] == {
        "C": [["id", True], ["b", True], ["deep", False], ["c", True], ["own", False]],
        "D": [["id", True], ["b", True]],
    }


def test_all_of_cycle_is_an_error_at_the_part_that_closes_it(tmp_path: Path) -> None:
    defs = {"A": {"allOf": [ref("B")]}, "B": {"allOf": [{"type": "object"}, ref("A")]}}
    out = tmp_path / "out"
    path = write(tmp_path / "s.json", spec(paths=get("/a", "GetA", ref("A")), definitions=defs))
    want = "error: /definitions/B/allOf/1: allOf cycle: /definitions/A -> /definitions/B -> /definitions/A\n"
    assert run("generate", str(path), "--out", str(out)) == (1, "", want)
    assert run("validate", str(path)) == (1, "", want)
    assert not out.exists()


# ---- names colliding after renaming are numbered ------------------------------------------


def obj(**props: str) -> Dict[str, Any]:
    return {"type": "object", "properties": {k: {"type": t} for k, t in props.items()}}


def test_names_colliding_after_renaming_are_numbered_in_spec_order(
    tmp_path: Path, live_server: LocalServer
) -> None:
    defs = {
        "Object": {"type": "object", "properties": {
            "a-b": {"type": "string"}, "a_b": {"type": "integer"}, "next": ref("Object_"),
            "dots": ref(".."), "tilde": ref("~"), "helper": ref("ApiClient"), "api": ref("MyTagApi")}},
        "Object_": obj(n="string"), "..": obj(d="string"), "~": obj(t="string"),
        "ABTest": obj(x="string"), "AbTest": obj(y="string"),  # one module, ab_test.py
        # named like a runtime helper and like the API class of tag "my tag" (and of "my_tag": _2)
        "ApiClient": obj(h="string"), "MyTagApi": obj(m="string"),
    }
    paths = {
        "/o": {"get": {"operationId": "GetObject", "tags": ["my tag"],
                       "responses": {"200": {"description": "ok", "schema": ref("Object")}}}},
        "/p": {"get": {"operationId": "get_object", "tags": ["my tag"], "responses": {"204": {"description": "-"}}}},
        "/q": {"get": {"operationId": "GetObjectWithHttpInfo", "tags": ["my tag"],
                       "responses": {"204": {"description": "-"}}}},
        "/r": {"get": {"operationId": "Close", "tags": ["my_tag"], "responses": {"204": {"description": "-"}}}},
    }
    out = generated(tmp_path, spec(paths=paths, definitions=defs))
    assert sorted(p.name for p in (out / "cmlapi/models").iterdir()) == [
        "__init__.py", "ab_test.py", "ab_test_2.py", "api_client_2.py", "model.py", "model_2.py",
        "my_tag_api_3.py", "object.py", "object_2.py",
    ]
    body = {"a-b": "s", "a_b": 1, "next": {"n": "n"}, "dots": {"d": "d"}, "tilde": {"t": "t"},
            "helper": {"h": "h"}, "api": {"m": "m"}}
    live_server.queue(body=body)
    for _ in range(3):
        live_server.queue(204, b"")
    seen = call(
        out,
        """
        client = cmlapi.ApiClient(cmlapi.Configuration(host=sys.argv[2]))
        api, other = cmlapi.MyTagApi(client), cmlapi.MyTagApi_2(client)
        o = api.get_object()
        api.get_object_2(); api.get_object_with_http_info_2(); other.close_2()
        print(json.dumps({
            "types": [type(v).__name__ for v in (o.next, o.dots, o.tilde, o.helper, o.api)],
            "values": [o.a_b, o.a_b_2, o.next.n, o.dots.d, o.tilde.t, o.helper.h, o.api.m],
            "to_dict": {k: v for k, v in o.to_dict().items() if v is not None},
            "classes": [cmlapi.ABTest.__module__, cmlapi.AbTest_2.__module__, cmlapi.ApiClient.__module__],
        }))
        """,
        live_server.url,
    )
    assert seen["types"] == ["Object_2", "Model", "Model_2", "ApiClient_2", "MyTagApi_3"]
    assert seen["values"] == ["s", 1, "n", "d", "t", "h", "m"]
    by_attr = dict(body)
    by_attr.update({"a_b": by_attr.pop("a-b"), "a_b_2": by_attr.pop("a_b")})
    assert seen["to_dict"] == by_attr  # to_dict() keys are attribute names, as in the official client
    assert seen["classes"] == ["cmlapi.models.ab_test", "cmlapi.models.ab_test_2", "cmlapi.api_client"]
    assert [r.path for r in live_server.requests] == ["/o", "/p", "/q", "/r"]


# ---- info.version that is not PEP 440 --------------------------------------------------------

VERSION_WARNING = (
    "warning: /info/version: 'version not set' is not a PEP 440 version; the package version is 0.0.0 "
    "(pass --package-version to choose one)\n"
)


def versions_of(out: Path) -> Any:
    return call(out, "print(json.dumps([cmlapi.__version__, cmlapi.SPEC_VERSION]))")


def test_version_not_set_generates_with_a_warning_and_a_fallback(tmp_path: Path) -> None:
    doc = spec(paths=PETS_PATHS)
    doc["info"]["version"] = "version not set"  # what protoc-gen-openapiv2 writes
    path = write(tmp_path / "s.json", doc)
    out = tmp_path / "out"
    code, stdout, err = run("generate", str(path), "--out", str(out))
    assert (code, err) == (0, VERSION_WARNING)
    assert stdout.startswith(f"generated {out}: 1 operations")
    assert versions_of(out) == ["0.0.0", "version not set"]
    assert 'version = "0.0.0"' in (out / "pyproject.toml").read_text()
    assert run("validate", str(path)) == (0, "", VERSION_WARNING + f"{path}: valid\n")

    code, _, err = run("generate", str(path), "--out", str(out), "--package-version", "2.1")
    assert (code, err) == (0, "")  # --package-version wins, nothing to warn about
    assert versions_of(out) == ["2.1", "version not set"]

    strict = tmp_path / "strict"
    error = VERSION_WARNING.replace("warning:", "error:")
    assert run("generate", str(path), "--out", str(strict), "--strict") == (1, "", error)
    assert run("validate", str(path), "--strict") == (1, "", error)
    assert not strict.exists()


def test_a_version_pep_440_can_spell_is_normalised_silently(tmp_path: Path) -> None:
    doc = spec(paths=PETS_PATHS)
    doc["info"]["version"] = "v1.4.0-beta.2"
    out = tmp_path / "out"
    assert run("generate", str(write(tmp_path / "s.json", doc)), "--out", str(out))[::2] == (0, "")
    assert versions_of(out) == ["1.4.0b2", "v1.4.0-beta.2"]


# ---- defaults and examples that do not match their schema ---------------------------------

MISMATCHES = spec(
    paths={
        "/pets": {
            "get": {
                "operationId": "ListPets",
                "tags": ["Pets"],
                "parameters": [
                    {"name": "ratio", "in": "query", "type": "number", "default": "0.2718"},  # a string
                    {"name": "kind", "in": "query", "type": "integer", "enum": [1], "default": 0},
                    {"name": "limit", "in": "query", "type": "integer", "default": 10},  # fine
                    {"name": "ids", "in": "query", "type": "array", "items": {"type": "integer", "default": "x1"}},
                ],
                "responses": {"200": {"description": "ok", "schema": ref("Pet")}},
            }
        }
    },
    definitions={
        "Pet": {
            "type": "object",
            "example": {"age": "ancient"},
            "properties": {
                "age": {"type": "integer", "default": "very-old"},
                "name": {"type": "string", "example": 12345},
                "tags": {"type": "array", "items": {"type": "string"}, "default": ["a", 7]},
                "size": {"type": "number", "default": 1.5, "minimum": 0},  # fine
            },
        }
    },
)
MISMATCH_LINES = [
    "/definitions/Pet/example: property 'age': \"ancient\" is not of type 'integer'",
    "/definitions/Pet/properties/age/default: \"very-old\" is not of type 'integer'",
    "/definitions/Pet/properties/name/example: 12345 is not of type 'string'",
    "/definitions/Pet/properties/tags/default: item 1: 7 is not of type 'string'",
    "/paths/~1pets/get/parameters/0/default: \"0.2718\" is not of type 'number'",
    "/paths/~1pets/get/parameters/1/default: 0 is not one of [1]",
    "/paths/~1pets/get/parameters/3/items/default: \"x1\" is not of type 'integer'",
]


def test_mismatched_defaults_and_examples_are_warnings_at_their_pointers(
    tmp_path: Path, live_server: LocalServer
) -> None:
    path = write(tmp_path / "s.json", MISMATCHES)
    out = tmp_path / "out"
    code, _, err = run("generate", str(path), "--out", str(out))
    assert (code, err.splitlines()) == (0, ["warning: " + line for line in MISMATCH_LINES])
    assert run("validate", str(path)) == (0, "", err + f"{path}: valid\n")
    assert run("generate", str(path), "--out", str(out))[::2] == (0, err)  # again, the validation cache warm
    generated_text = "".join(p.read_text() for p in out.rglob("*") if p.is_file())
    for value in ("0.2718", "very-old", "ancient", "12345", "x1"):
        assert value not in generated_text  # the offending values are left out
    live_server.queue(body={"age": 3, "name": "rex"})
    seen = call(
        out,
        """
        api = cmlapi.PetsApi(cmlapi.ApiClient(cmlapi.Configuration(host=sys.argv[2])))
        pet = api.list_pets(ratio=0.5, kind=1)
        print(json.dumps([pet.age, pet.name]))
        """,
        live_server.url,
    )
    assert seen == [3, "rex"]
    assert live_server.requests[0].query == {"ratio": ["0.5"], "kind": ["1"]}


def test_strict_makes_mismatched_defaults_errors_in_validate_and_generate(tmp_path: Path) -> None:
    path = write(tmp_path / "s.json", MISMATCHES)
    out = tmp_path / "out"
    want = "".join(f"error: {line}\n" for line in MISMATCH_LINES)
    assert run("generate", "--strict", str(path), "--out", str(out)) == (1, "", want)
    assert run("validate", "--strict", str(path)) == (1, "", want)
    assert not out.exists()
