"""An MCP server for this package: each CML operation as a tool for AI agents.

``python -m <package>.mcp [options]`` serves over stdio (the default) or streamable HTTP.
It needs the MCP Python SDK, the package's ``mcp`` extra (``pip install '<dist>[mcp]'``);
``import <package>`` never imports this module. The tools come from the spec the package
was made from (:mod:`._mcp_tools`): read-only by default, ``--allow-write`` for changes,
``--allow-admin`` (or an exact name in ``--include``) for destructive and administrative
ones. One client serves the server's lifetime; CML errors become tool errors
(``isError: true``) carrying the status, the server's message and the operation, never the key.

Connection: ``--host``/``--token``, else ``CDSW_DOMAIN`` and ``CDSW_APIV2_KEY`` (or ``API_KEY``),
else ``CDSW_API_URL`` inside a CML session; ``--ca-bundle`` for a private CA.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import sys
from typing import Any, Dict, List, Optional, Sequence

from . import _mcp_tools as tools

HTTP_TOKEN_ENV = "CMLAPI_MCP_TOKEN"


class UsageError(Exception):
    """Wrong options or a missing connection setting (exit status 2)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(message)


def build_parser(prog: str) -> argparse.ArgumentParser:
    parser = _Parser(prog=prog, description="Serve this CML client's operations as MCP tools.")
    parser.add_argument(
        "--host", help="workspace URL or domain (default: $CDSW_DOMAIN, or $CDSW_API_URL)"
    )
    parser.add_argument(
        "--token", help="API v2 key (default: $CDSW_APIV2_KEY or $API_KEY; visible in ps)"
    )
    parser.add_argument(
        "--ca-bundle", help="PEM file of the CA that signed the workspace's certificate"
    )
    parser.add_argument(
        "--allow-write", action="store_true", help="also offer operations that change things"
    )
    parser.add_argument(
        "--allow-admin", action="store_true", help="also offer deletes and administration"
    )
    parser.add_argument(
        "--include",
        action="append",
        default=[],
        metavar="PATTERN",
        help="only tools whose name, tag or API class matches (glob; repeatable); an exact "
        "name is offered whatever its access",
    )
    parser.add_argument(
        "--exclude", action="append", default=[], metavar="PATTERN", help="leave these out"
    )
    parser.add_argument(
        "--max-tools", type=int, default=None, help="fail if more tools than this are chosen"
    )
    parser.add_argument(
        "--max-items",
        type=int,
        default=tools.DEFAULT_MAX_ITEMS,
        help=f"list tools page up to this many items (default {tools.DEFAULT_MAX_ITEMS})",
    )
    parser.add_argument("--list-tools", action="store_true", help="print the chosen tools and exit")
    parser.add_argument("--transport", choices=("stdio", "http"), default="stdio")
    parser.add_argument(
        "--port", type=int, default=8765, help="HTTP port on 127.0.0.1 (default 8765)"
    )
    parser.add_argument("--bind", default="127.0.0.1", help="HTTP address (default 127.0.0.1)")
    parser.add_argument(
        "--http-token",
        help=f"bearer token HTTP clients must send (default ${HTTP_TOKEN_ENV}, "
        "else a random one printed on stderr)",
    )
    return parser


def _package() -> Any:
    import importlib

    # __package__, not __name__: run as ``python -m <package>.mcp`` this module is ``__main__``
    return importlib.import_module(__package__ or __name__.rsplit(".", 1)[0])


def connect(args: argparse.Namespace, environ: Dict[str, str]) -> Any:
    """The one API object of this server, from the options and the environment."""
    package = _package()
    token = args.token or environ.get("CDSW_APIV2_KEY") or environ.get("API_KEY")
    host = args.host or environ.get("CDSW_DOMAIN")
    if host:
        url = host if "://" in host else f"https://{host}"
    elif environ.get("CDSW_API_URL"):
        url = environ["CDSW_API_URL"]
    else:
        raise UsageError(
            "no workspace: give --host, or set CDSW_DOMAIN (or CDSW_API_URL inside a session)"
        )
    if not token:
        raise UsageError("no API key: give --token, or set CDSW_APIV2_KEY (or API_KEY)")
    api = package.default_client(url, token)
    if args.ca_bundle:
        if not os.path.isfile(args.ca_bundle):
            raise UsageError(f"--ca-bundle {args.ca_bundle}: no such file")
        # the connection pool is made on the first request, so it picks the CA up
        api.api_client.configuration.ssl_ca_cert = args.ca_bundle
    return api


def chosen_tools(args: argparse.Namespace) -> List[tools.Tool]:
    everything, tags = tools.all_tools()
    how = tools.Selection(
        args.allow_write, args.allow_admin, args.include, args.exclude, args.max_tools
    )
    try:
        return tools.select(everything, how, tags)
    except tools.ToolError as exc:
        raise UsageError(str(exc)) from None


def error_result(tool: str, exc: BaseException) -> Dict[str, Any]:
    """The structured part of a tool error: what failed and why, never the key."""
    status = getattr(exc, "status", None)
    if status is None:  # our own argument check, or a transport failure
        return {"operation": tool, "error": str(exc)}
    message = getattr(exc, "reason", "") or ""
    body = getattr(exc, "body", None)
    try:
        data = json.loads(body) if body else None
        if isinstance(data, dict) and data.get("message"):
            message = str(data["message"])
    except (TypeError, ValueError):
        pass
    return {"operation": tool, "status": status, "message": message}


def serve(args: argparse.Namespace, api: Any, chosen: List[tools.Tool]) -> None:
    import anyio
    import mcp.types as types
    from mcp.server.lowlevel import Server

    caller = tools.Caller(api, _package(), args.max_items)
    by_name = {t.name: t for t in chosen}
    listed = [
        types.Tool(
            name=t.name,
            description=t.description,
            input_schema=t.input_schema(),
            annotations=types.ToolAnnotations(
                read_only_hint=t.access == tools.READ,
                destructive_hint=t.access == tools.ADMIN,
            ),
        )
        for t in chosen
    ]

    async def list_tools(ctx: Any, params: Any) -> Any:
        return types.ListToolsResult(tools=listed)

    async def call_tool(ctx: Any, params: Any) -> Any:
        tool = by_name.get(params.name)
        if tool is None:
            return _error(
                types, params.name, tools.ToolError(f"no tool {params.name!r} in this server's set")
            )
        arguments = dict(params.arguments or {})
        try:
            result = await anyio.to_thread.run_sync(caller.call, tool, arguments)
        except (
            Exception
        ) as exc:  # ApiException, ToolError, a transport failure: an error the agent can read
            return _error(types, tool.name, exc)
        data = result if isinstance(result, dict) else {"result": result}
        data, note = tools.fit(data)
        text = json.dumps(data, indent=1, sort_keys=True)
        content: List[Any] = [types.TextContent(text=text)]
        if note:
            content.append(types.TextContent(text=note))
        return types.CallToolResult(content=content, structured_content=data)

    package = _package()
    server: Any = Server(
        package.__name__,
        version=getattr(package, "__version__", ""),
        on_list_tools=list_tools,
        on_call_tool=call_tool,
    )
    if args.transport == "stdio":
        from mcp.server.stdio import stdio_server

        async def run_stdio() -> None:
            async with stdio_server() as (read, write):
                await server.run(read, write, server.create_initialization_options())

        anyio.run(run_stdio)
        return
    _serve_http(server, args)


def _error(types: Any, tool: str, exc: BaseException) -> Any:
    data = error_result(tool, exc)
    head = f"{tool} failed"
    if "status" in data:
        head += f": {data['status']} {data['message']}".rstrip()
    else:
        head += f": {data['error']}"
    return types.CallToolResult(
        content=[types.TextContent(text=head)], structured_content=data, is_error=True
    )


def _serve_http(server: Any, args: argparse.Namespace) -> None:
    import uvicorn

    token = args.http_token or os.environ.get(HTTP_TOKEN_ENV)
    if not token:
        token = secrets.token_urlsafe(24)
        print(
            f"HTTP bearer token (send as 'Authorization: Bearer <token>'): {token}", file=sys.stderr
        )
    app = server.streamable_http_app(host=args.bind)
    expected = f"Bearer {token}".encode()

    async def guarded(scope: Dict[str, Any], receive: Any, send: Any) -> None:
        """Refuse every HTTP request that lacks the bearer token this server was started with."""
        if scope["type"] == "http":
            sent = dict(scope.get("headers") or []).get(b"authorization", b"")
            if not secrets.compare_digest(sent, expected):
                await send(
                    {
                        "type": "http.response.start",
                        "status": 401,
                        "headers": [
                            (b"content-type", b"application/json"),
                            (b"www-authenticate", b"Bearer"),
                        ],
                    }
                )
                await send(
                    {
                        "type": "http.response.body",
                        "body": b'{"error": "missing or wrong bearer token"}',
                    }
                )
                return
        await app(scope, receive, send)

    print(f"serving MCP on http://{args.bind}:{args.port}/mcp", file=sys.stderr)
    uvicorn.run(guarded, host=args.bind, port=args.port, log_level="warning", lifespan="on")


def list_text(chosen: Sequence[tools.Tool]) -> str:
    lines = [f"{t.name:<40} {t.access:<5} {t.method} {t.path}" for t in chosen]
    size = tools.tools_list_size(chosen)
    return "\n".join(lines + [f"{len(chosen)} tools, tools/list {size:,} bytes"]) + "\n"


def main(argv: Optional[Sequence[str]] = None, prog: Optional[str] = None) -> int:
    name = prog or f"python -m {__package__}.mcp"
    try:
        args = build_parser(name).parse_args(argv)
        chosen = chosen_tools(args)
        if args.list_tools:
            sys.stdout.write(list_text(chosen))
            return 0
        api = connect(args, dict(os.environ))
        try:
            import mcp  # noqa: F401  (the SDK: an optional extra)
        except ImportError:
            raise UsageError(
                "the MCP server needs the MCP Python SDK: pip install 'mcp>=2' (the package's mcp extra)"
            )
        serve(args, api, chosen)
        return 0
    except UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
