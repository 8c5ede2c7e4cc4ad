"""``ApiClient``: builds requests from operation descriptions and decodes responses.

The generated API classes call :meth:`ApiClient._call` with an :class:`Op`
and the argument values; :meth:`call_api` keeps the official client's
low-level entry point (used by real code for file uploads) on the same path.
"""

from __future__ import annotations

import json
from urllib.parse import urlsplit

from ._codec import decoder, to_wire
from ._op import Op, encode_path, path_value, query_pairs, split_args
from ._spec import BASE_PATH, PACKAGE_VERSION
from .configuration import Configuration

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Dict, List, Optional, Sequence, Tuple

_MODELS = __name__.rpartition(".")[0] + ".models"
_OPTIONS = frozenset(
    [
        "async_req",
        "_request_timeout",
        "_preload_content",
        "_return_http_data_only",
        "_headers",
        "_retries",
    ]
)


class _Headers(dict):  # type: ignore[type-arg]
    """Default headers; ``repr`` hides credential values."""

    def __repr__(self) -> str:
        from .rest import redact

        return repr(redact(self))


def join_url(host: str, path: str, base_path: str = BASE_PATH) -> str:
    """``host`` followed by ``path``, which starts with the spec's ``basePath``. A host that
    ends with ``basePath`` already (swagger-codegen's default host does, and so does a host
    copied from official-client code) does not get it twice."""
    origin = host.rstrip("/")
    if base_path and (path == base_path or path.startswith(base_path + "/")):
        if urlsplit(origin).path.endswith(base_path):
            return origin + path[len(base_path) :]
    return origin + path


class ApiClient:
    """Sends the calls of every API class built on it, through one connection pool.

    ``header_name``/``header_value`` add a default header, as in the official
    client; so does :meth:`set_default_header`, which is how CML keys are sent:
    ``set_default_header("authorization", "Bearer " + key)``.
    """

    def __init__(
        self,
        configuration: Optional[Configuration] = None,
        header_name: Optional[str] = None,
        header_value: Optional[str] = None,
        cookie: Optional[str] = None,
        pool_threads: int = 1,
    ) -> None:
        self.configuration = configuration if configuration is not None else Configuration()
        self.default_headers: Dict[str, str] = _Headers()
        if header_name is not None and header_value is not None:
            self.default_headers[header_name] = header_value
        self.cookie = cookie
        self.user_agent = f"cmlapi-gen/{PACKAGE_VERSION}/python"
        self._rest: Any = None

    @property
    def rest_client(self) -> Any:
        """The REST layer (created on first use, so importing and constructing stay cheap)."""
        rest = self._rest
        if rest is None:
            from .rest import RESTClientObject

            rest = self._rest = RESTClientObject(self.configuration)
        return rest

    @rest_client.setter
    def rest_client(self, value: Any) -> None:
        self._rest = value

    @property
    def user_agent(self) -> str:
        return self.default_headers["User-Agent"]

    @user_agent.setter
    def user_agent(self, value: str) -> None:
        self.default_headers["User-Agent"] = value

    def set_default_header(self, header_name: str, header_value: str) -> None:
        self.default_headers[header_name] = header_value

    def close(self) -> None:
        if self._rest is not None:
            self._rest.close()

    def __enter__(self) -> ApiClient:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<ApiClient host={self.configuration.host!r}>"

    # ---- the path every generated method takes ----------------------------
    def _call(self, op: Op, values: Sequence[Any], options: Dict[str, Any]) -> Any:
        if not options:
            return self._send(op, values, None, True, None, None)[0]
        unknown = set(options) - _OPTIONS
        if unknown:
            raise TypeError(
                f"Got an unexpected keyword argument {sorted(unknown)[0]!r} to method {op.name}"
            )
        info = not options.get("_return_http_data_only", True)
        args = (
            op,
            values,
            options.get("_request_timeout"),
            options.get("_preload_content", True),
            options.get("_headers"),
            options.get("_retries"),
        )
        if options.get("async_req"):
            from ._async import AsyncResult

            return AsyncResult(self._finish, args, info)
        return self._finish(args, info)

    def _finish(self, args: Tuple[Any, ...], info: bool) -> Any:
        result = self._send(*args)
        return result if info else result[0]

    def _send(
        self,
        op: Op,
        values: Sequence[Any],
        timeout: Any,
        preload: bool,
        extra_headers: Optional[Dict[str, str]],
        retries: Any,
    ) -> Tuple[Any, int, Any]:
        config = self.configuration
        query, headers, body, form, files = split_args(op, values)
        url = join_url(config.host, encode_path(op, values, config.safe_chars_for_path_param))
        if extra_headers:
            headers.update(extra_headers)
        return self._request(
            op.method,
            url,
            query,
            headers,
            body,
            form,
            files,
            op.response,
            op.content_type,
            timeout,
            preload,
            retries,
        )

    def _auth(self) -> Dict[str, Dict[str, Any]]:
        config = self.configuration
        if not config.api_key and config.username is None and config.password is None:
            return {}  # the common case: the key is a default header (set_default_header)
        return config.auth_settings()

    def _headers(
        self, headers: Dict[str, str], content_type: Optional[str], auth: Dict[str, Dict[str, Any]]
    ) -> Dict[str, str]:
        out = dict(self.default_headers)
        if auth:
            lower = {k.lower() for k in out}
            for setting in auth.values():
                if setting["in"] == "header" and setting["key"].lower() not in lower:
                    out[setting["key"]] = setting["value"]
        if self.cookie:
            out["Cookie"] = self.cookie
        out.setdefault("Accept", "application/json")
        if content_type:
            out["Content-Type"] = content_type
        out.update(headers)
        return out

    def _request(
        self,
        method: str,
        url: str,
        query: List[Tuple[str, str]],
        headers: Dict[str, str],
        body: Any,
        form: List[Tuple[str, Any]],
        files: Dict[str, Any],
        response_type: Optional[str],
        content_type: Optional[str],
        timeout: Any,
        preload: bool,
        retries: Any,
    ) -> Tuple[Any, int, Any]:
        auth = self._auth()
        for setting in auth.values():
            if setting["in"] == "query":
                query = list(query) + [(setting["key"], setting["value"])]
        if query:
            from urllib.parse import urlencode

            url = f"{url}?{urlencode(query)}"
        all_headers = self._headers(headers, content_type, auth)
        payload: Any = None
        kind = all_headers.get("Content-Type", "")
        if files or kind.startswith("multipart/"):
            from ._files import multipart

            payload, all_headers["Content-Type"] = multipart(form, files)
        elif form:
            from urllib.parse import urlencode

            payload = urlencode(form)
            all_headers["Content-Type"] = "application/x-www-form-urlencoded"
        elif body is not None:
            payload = body if isinstance(body, (bytes, str)) else json.dumps(to_wire(body))
            if isinstance(payload, str):
                payload = payload.encode("utf-8")
            all_headers.setdefault("Content-Type", "application/json")
        elif method in ("POST", "PUT", "PATCH") and "Content-Type" not in all_headers:
            all_headers["Content-Type"] = "application/json"
        resp = self.rest_client.request(
            method,
            url,
            headers=all_headers,
            body=payload,
            _preload_content=preload,
            _request_timeout=timeout,
            _retries=retries,
        )
        if not preload:
            return resp, resp.status, resp.headers
        return self.deserialize(resp, response_type), resp.status, resp.getheaders()

    # ---- decoding ----------------------------------------------------------
    def deserialize(self, response: Any, response_type: Optional[str]) -> Any:
        """Decode a response body into ``response_type`` (a swagger type string)."""
        if response_type is None:
            return None
        data = response.data
        if response_type == "file":
            from ._files import save_download

            return save_download(response, self.configuration.temp_folder_path)
        if not data:
            return None
        try:
            value = json.loads(data)
        except ValueError:
            return data.decode("utf-8", "replace") if isinstance(data, bytes) else data
        return decoder(response_type, _MODELS)(value)

    def sanitize_for_serialization(self, obj: Any) -> Any:
        """The JSON-ready form of ``obj`` (models by wire names, None fields left out)."""
        return to_wire(obj)

    # ---- the official low-level entry point --------------------------------
    def call_api(
        self,
        resource_path: str,
        method: str,
        path_params: Optional[Dict[str, Any]] = None,
        query_params: Any = None,
        header_params: Optional[Dict[str, str]] = None,
        body: Any = None,
        post_params: Any = None,
        files: Optional[Dict[str, Any]] = None,
        response_type: Optional[str] = None,
        auth_settings: Any = None,
        async_req: Optional[bool] = None,
        _return_http_data_only: Optional[bool] = None,
        collection_formats: Optional[Dict[str, str]] = None,
        _preload_content: bool = True,
        _request_timeout: Any = None,
    ) -> Any:
        """Call any endpoint: ``resource_path`` with ``{name}`` slots filled from
        ``path_params`` (URL-encoded), ``files`` as ``{field: path or bytes}``.
        Returns ``(data, status, headers)``, or data with ``_return_http_data_only``."""
        args = (
            resource_path,
            method,
            path_params,
            query_params,
            header_params,
            body,
            post_params,
            files,
            response_type,
            collection_formats,
            _preload_content,
            _request_timeout,
            _return_http_data_only,
        )
        if async_req:
            from ._async import AsyncResult

            return AsyncResult(self._call_api, *args)
        return self._call_api(*args)

    def _call_api(
        self,
        resource_path: str,
        method: str,
        path_params: Optional[Dict[str, Any]],
        query_params: Any,
        header_params: Optional[Dict[str, str]],
        body: Any,
        post_params: Any,
        files: Optional[Dict[str, Any]],
        response_type: Optional[str],
        collection_formats: Optional[Dict[str, str]],
        preload: bool,
        timeout: Any,
        data_only: Optional[bool],
    ) -> Any:
        config = self.configuration
        path = resource_path
        for name, value in (path_params or {}).items():
            path = path.replace("{%s}" % name, path_value(value, config.safe_chars_for_path_param))
        query: List[Tuple[str, str]] = []
        items = query_params.items() if isinstance(query_params, dict) else (query_params or [])
        for name, value in items:
            if value is not None:
                query.extend(query_pairs(name, value, (collection_formats or {}).get(name)))
        headers = {k: str(v) for k, v in (header_params or {}).items()}
        content_type = None
        for key in list(headers):
            if key.lower() == "content-type":
                content_type = headers.pop(key)
        form = list(post_params.items() if isinstance(post_params, dict) else (post_params or []))
        result = self._request(
            method.upper(),
            join_url(config.host, path),
            query,
            headers,
            body,
            form,
            dict(files or {}),
            response_type,
            content_type,
            timeout,
            preload,
            None,
        )
        return result[0] if data_only else result

    # ---- helpers the official client exposes -------------------------------
    def select_header_accept(self, accepts: Optional[List[str]]) -> Optional[str]:
        if not accepts:
            return None
        return "application/json" if "application/json" in accepts else ", ".join(accepts)

    def select_header_content_type(self, content_types: Optional[List[str]]) -> str:
        if not content_types or "application/json" in content_types or "*/*" in content_types:
            return "application/json"
        return content_types[0]

    def parameters_to_tuples(
        self, params: Any, collection_formats: Optional[Dict[str, str]]
    ) -> List[Tuple[str, str]]:
        out: List[Tuple[str, str]] = []
        items = params.items() if isinstance(params, dict) else params
        for name, value in items:
            out.extend(query_pairs(name, value, (collection_formats or {}).get(name)))
        return out
