"""Download the live API v2 spec from a CML workspace and save it safely.

Contract of :func:`fetch`:

* One ``GET <host>/api/v2/swagger.json`` with ``authorization: Bearer <key>``.
  TLS is verified (system CAs or ``ca_bundle``) unless ``insecure``.
* Connection failures, 429 and 5xx are retried (:data:`MAX_RETRIES` times,
  exponential backoff with jitter, ``Retry-After`` honoured up to
  :data:`MAX_RETRY_AFTER`). Everything on the network, retries and waits
  included, ends within ``timeout`` seconds: each socket operation gets the
  time left, the body is read in chunks against the deadline, and a watchdog
  gives up on the worker thread (e.g. stuck in a DNS lookup) at the deadline.
* Redirects are followed by hand, at most :data:`MAX_REDIRECTS`, and only to
  the same host and port, never from https to http, so the key is only ever
  sent to the host the user named.
* The body is checked (size, HTML, JSON, a Swagger 2.0 spec that the
  generator accepts) before anything is written; it is saved byte for byte,
  atomically, and an existing file is never overwritten.
* Every failure is a :class:`FetchError` with a one-line message that never
  contains the key (callers still pass output through :func:`generator.errors.redact`).
"""

from __future__ import annotations

import codecs
import email.utils
import hashlib
import json
import os
import random
import re
import socket
import ssl
import tempfile
import threading
import time
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, List, Mapping, Optional, Tuple, Union
from urllib.parse import quote, urljoin, urlsplit

import urllib3
from urllib3.exceptions import (
    ConnectTimeoutError,
    DecodeError,
    HTTPError,
    InsecureRequestWarning,
    NameResolutionError,
    NewConnectionError,
    ProtocolError,
    ReadTimeoutError,
    SSLError,
)

from . import __version__
from .errors import SpecError, one_line
from .limits import MAX_BYTES
from .load import check_shape
from .sniff import html_page, truncated

SPEC_PATH = "/api/v2/swagger.json"
MAX_REDIRECTS = 5
MAX_RETRIES = 3
RETRY_DELAY = 0.5
MAX_RETRY_AFTER = 60.0
DEFAULT_TIMEOUT = 30.0
CHUNK = 64 * 1024
WATCHDOG_GRACE = 0.5
REDIRECTS = frozenset({301, 302, 303, 307, 308})
_SAFE_VERSION = re.compile(r"[0-9A-Za-z._-]{1,128}")
_HEADER_SAFE = re.compile(r"[\x21-\x7e]+")


class FetchError(Exception):
    """The fetch failed; the message is one line for the user (exit status 1)."""


class OptionError(ValueError):
    """The options or environment are unusable (exit status 2)."""


class _Transient(Exception):
    """A failure worth another try: connection trouble, 429 or 5xx."""

    def __init__(self, message: str, retry_after: Optional[float] = None) -> None:
        super().__init__(message)
        self.message = message
        self.retry_after = retry_after


@dataclass(frozen=True)
class Target:
    """Where the spec lives; ``host`` is lower-case, ``port`` explicit."""

    scheme: str
    host: str
    port: int
    path: str

    @property
    def netloc(self) -> str:
        name = f"[{self.host}]" if ":" in self.host else self.host
        return name if self.port == _default_port(self.scheme) else f"{name}:{self.port}"

    @property
    def url(self) -> str:
        return f"{self.scheme}://{self.netloc}{self.path}"


@dataclass(frozen=True)
class Options:
    target: Target
    token: str
    out: Path
    ca_bundle: Optional[str] = None
    insecure: bool = False
    timeout: float = DEFAULT_TIMEOUT
    max_bytes: int = MAX_BYTES
    retry_delay: float = RETRY_DELAY


@dataclass(frozen=True)
class Saved:
    """Outcome of :func:`save`: ``state`` is ``saved`` or ``unchanged``."""

    path: Path
    state: str
    clash: Optional[Path] = None


def _default_port(scheme: str) -> int:
    return 443 if scheme == "https" else 80


# ---------------------------------------------------------------- options


def parse_host(value: str, origin: str) -> Target:
    """Turn ``--host`` / ``CDSW_DOMAIN`` into a :class:`Target`.

    A bare domain means https. Plain http is accepted only when ``origin`` is
    ``--host`` (an explicit choice), never from the environment.
    """
    text = value.strip()
    if not text:
        raise OptionError(f"{origin} is empty")
    if "://" not in text:
        text = "https://" + text
    parts = urlsplit(text)
    scheme = parts.scheme.lower()
    if scheme not in ("https", "http"):
        raise OptionError(f"{origin}: scheme must be https (got {one_line(parts.scheme, 20)!r})")
    if scheme == "http" and origin != "--host":
        raise OptionError(f"{origin}: plain http is accepted only when given explicitly with --host http://...")
    if "@" in parts.netloc:
        raise OptionError(f"{origin}: must not contain a user name or password; pass the API key with --token")
    if parts.query or parts.fragment or "?" in text or "#" in text:
        raise OptionError(f"{origin}: must not contain a query or fragment")
    host = (parts.hostname or "").lower()
    if not host or any(ch.isspace() for ch in host):
        raise OptionError(f"{origin}: no host name in {one_line(value, 100)!r}")
    try:
        port = parts.port or _default_port(scheme)
    except ValueError:
        raise OptionError(f"{origin}: bad port in {one_line(value, 100)!r}") from None
    base = parts.path.rstrip("/")
    path = base if base.endswith(SPEC_PATH) else base + SPEC_PATH
    return Target(scheme, host, port, quote(path, safe="/%:@!$&'()*+,;=-._~"))


def choose_token(token: Optional[str], env: Mapping[str, str]) -> str:
    """The API key: ``--token``, else ``CDSW_APIV2_KEY``, else ``API_KEY``."""
    sources = (("--token", token), ("CDSW_APIV2_KEY", env.get("CDSW_APIV2_KEY")), ("API_KEY", env.get("API_KEY")))
    for origin, raw in sources:
        if raw is None:
            continue
        value = raw.strip()
        if not value:
            if origin == "--token":
                raise OptionError("--token is empty")
            continue  # an empty variable counts as unset
        if not _HEADER_SAFE.fullmatch(value):
            # Never echo the value: it is a secret.
            raise OptionError(f"{origin}: the API key has spaces or characters not allowed in an HTTP header")
        return value
    raise OptionError("no API key: pass --token or set CDSW_APIV2_KEY (or API_KEY)")


def check_ca_bundle(path: str) -> str:
    """Refuse a CA bundle that is missing or holds no usable certificate."""
    try:
        ssl.create_default_context(cafile=path)
    except FileNotFoundError:
        raise OptionError(f"--ca-bundle {path}: no such file") from None
    except (ssl.SSLError, OSError, ValueError) as exc:
        raise OptionError(f"--ca-bundle {path}: not a readable PEM certificate bundle ({_reason(exc)})") from None
    return path


def make_options(
    *,
    host: Optional[str],
    token: Optional[str],
    out: str,
    ca_bundle: Optional[str],
    insecure: bool,
    timeout: float,
    max_bytes: Optional[int],
    retry_delay: float,
    env: Mapping[str, str],
) -> Options:
    """Check every option before any network traffic; raise :class:`OptionError`."""
    if host is not None:
        target = parse_host(host, "--host")
    elif env.get("CDSW_DOMAIN", "").strip():
        target = parse_host(env["CDSW_DOMAIN"], "CDSW_DOMAIN")
    else:
        raise OptionError("no workspace: pass --host URL or set CDSW_DOMAIN")
    key = choose_token(token, env)
    if insecure and ca_bundle is not None:
        raise OptionError("--insecure and --ca-bundle contradict each other; choose one")
    if target.scheme == "http" and (insecure or ca_bundle is not None):
        raise OptionError("--insecure and --ca-bundle apply to https only")
    bundle = check_ca_bundle(ca_bundle) if ca_bundle is not None else None
    if not (0 < timeout <= 3600):
        raise OptionError("--timeout must be more than 0 and at most 3600 seconds")
    limit = MAX_BYTES if max_bytes is None else max_bytes
    if limit < 1:
        raise OptionError("--max-bytes must be positive")
    if not (0 <= retry_delay <= 60):
        raise OptionError("--retry-delay must be between 0 and 60 seconds")
    out_dir = Path(out)
    if out_dir.exists() and not out_dir.is_dir():
        raise OptionError(f"--out {out}: exists and is not a directory")
    return Options(target, key, out_dir, bundle, insecure, float(timeout), limit, float(retry_delay))


# ---------------------------------------------------------------- messages


def display_url(url: str) -> str:
    """``url`` without user info, query or fragment: safe to print."""
    parts = urlsplit(url)
    netloc = parts.netloc.rpartition("@")[2]
    return f"{parts.scheme}://{netloc}{parts.path}"


def _reason(exc: BaseException) -> str:
    """The most specific human message in an exception chain."""
    seen: List[BaseException] = []
    current: Optional[BaseException] = exc
    while current is not None and current not in seen:
        seen.append(current)
        if isinstance(current, ssl.SSLCertVerificationError) and current.verify_message:
            return str(current.verify_message)
        current = current.__cause__ or current.__context__
    for item in reversed(seen):
        if isinstance(item, OSError) and item.strerror:
            return str(item.strerror)
    deepest = seen[-1]
    return one_line(str(deepest) or type(deepest).__name__, 200)


def _status_message(status: int, reason: str, url: str) -> str:
    where = f"HTTP {status}{' ' + reason if reason else ''} from {display_url(url)}"
    if status == 401:
        return f"{where}: the API key was rejected (check --token / CDSW_APIV2_KEY)"
    if status == 403:
        return f"{where}: the API key lacks permission to read the API spec"
    if status == 404:
        return f"{where}: no API v2 spec there; is --host the URL of a CML workspace?"
    if status == 429 or 500 <= status <= 599:
        return f"{where}: the server is busy or failing"
    return f"{where}: unexpected answer"


# ---------------------------------------------------------------- retry timing


class Deadline:
    """Monotonic end time for the whole network part of a fetch."""

    def __init__(self, seconds: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.seconds = seconds
        self._clock = clock
        self.end = clock() + seconds

    def remaining(self) -> float:
        return max(self.end - self._clock(), 0.0)

    def expired(self) -> bool:
        return self.remaining() <= 0.0


def retry_after_seconds(value: Optional[str], now: Optional[float] = None) -> Optional[float]:
    """Parse ``Retry-After`` (delta seconds or HTTP date) into seconds, capped.

    ``None`` when absent or unparseable; a date in the past means 0.
    """
    if value is None:
        return None
    text = value.strip()
    if re.fullmatch(r"[0-9]{1,10}", text):
        return min(float(text), MAX_RETRY_AFTER)
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    delta = when.timestamp() - (time.time() if now is None else now)
    return min(max(delta, 0.0), MAX_RETRY_AFTER)


def backoff(attempt: int, base: float) -> float:
    """Delay before retry ``attempt`` (0-based): exponential, half of it random."""
    full = base * (2.0**attempt)
    return full / 2 + random.uniform(0, full / 2)


# ---------------------------------------------------------------- network


def _pool(opts: Options) -> urllib3.PoolManager:
    if opts.insecure:
        return urllib3.PoolManager(cert_reqs="CERT_NONE", assert_hostname=False)
    if opts.ca_bundle is not None:
        return urllib3.PoolManager(cert_reqs="CERT_REQUIRED", ca_certs=opts.ca_bundle)
    return urllib3.PoolManager(cert_reqs="CERT_REQUIRED")


def _timed_out(opts: Options, url: str) -> FetchError:
    return FetchError(f"timed out after {opts.timeout:g} s fetching {display_url(url)}; allow longer with --timeout")


def _request(pool: urllib3.PoolManager, url: str, opts: Options, deadline: Deadline) -> Any:
    """Send one GET; map transport failures to FetchError or _Transient."""
    if deadline.expired():
        raise _timed_out(opts, url)
    left = max(deadline.remaining(), 0.01)
    headers = {
        "authorization": f"Bearer {opts.token}",
        "accept": "application/json",
        "user-agent": f"cmlapi-gen/{__version__}",
    }
    where = urlsplit(url).netloc.rpartition("@")[2]
    try:
        return pool.urlopen(
            "GET", url, headers=headers, retries=False, redirect=False,
            preload_content=False, timeout=urllib3.Timeout(connect=left, read=left),
        )
    except NameResolutionError:
        raise FetchError(f"cannot resolve host name {urlsplit(url).hostname!r} (DNS lookup failed); check --host") from None
    except NewConnectionError as exc:
        raise _Transient(f"cannot connect to {where}: {_reason(exc)}") from None
    except (ConnectTimeoutError, ReadTimeoutError, socket.timeout):
        raise _timed_out(opts, url) from None
    except SSLError as exc:
        raise FetchError(_tls_message(exc, where, opts)) from None
    except (ProtocolError, ConnectionError) as exc:
        raise _Transient(f"connection to {where} failed before an answer: {_reason(exc)}") from None
    except (HTTPError, OSError) as exc:
        raise FetchError(f"request to {display_url(url)} failed: {_reason(exc)}") from None


def _tls_message(exc: BaseException, where: str, opts: Options) -> str:
    chain: List[BaseException] = []
    current: Optional[BaseException] = exc
    while current is not None and current not in chain:
        chain.append(current)
        current = current.__cause__ or current.__context__
    verify = any(isinstance(e, ssl.SSLCertVerificationError) for e in chain) or "CERTIFICATE_VERIFY_FAILED" in str(exc)
    if verify:
        hint = "check that --ca-bundle holds the CA that signed it" if opts.ca_bundle else "pass the workspace's CA with --ca-bundle PEM"
        return f"TLS certificate verification failed for {where} ({_reason(exc)}); {hint}"
    return f"TLS handshake with {where} failed ({_reason(exc)}); is it an https server?"


def _close(resp: Any) -> None:
    """Drop a response without reading the rest (which might never come)."""
    try:
        resp.close()
        resp.release_conn()
    except Exception:  # closing is best effort; the answer is already decided
        pass


def _content_length(resp: Any, url: str) -> Optional[int]:
    value = resp.headers.get("Content-Length")
    if value is None:
        return None
    text = value.strip()
    if not re.fullmatch(r"[0-9]{1,19}", text):
        raise FetchError(f"the response from {display_url(url)} has a bad Content-Length {one_line(value, 40)!r}")
    return int(text)


def _received(resp: Any) -> int:
    """Body bytes read off the wire, including a partial last chunk."""
    try:
        return int(resp.tell())
    except Exception:  # only used to word a message
        return 0


def _too_big(url: str, limit: int) -> FetchError:
    size = f"{limit // (1024 * 1024)} MiB" if limit >= 1024 * 1024 else f"{limit} bytes"
    return FetchError(f"the response from {display_url(url)} is larger than {size}; refused")


def _read_body(resp: Any, url: str, opts: Options, deadline: Deadline) -> bytes:
    """Read the whole body in chunks, within the deadline and the size limit."""
    declared = _content_length(resp, url)
    if declared is not None and declared > opts.max_bytes:
        raise _too_big(url, opts.max_bytes)
    encoded = resp.headers.get("Content-Encoding", "identity").strip().lower() not in ("", "identity")
    parts: List[bytes] = []
    total = 0
    try:
        # Each read waits at most the time left when the request was sent;
        # the check between chunks and download()'s watchdog bound the rest.
        for chunk in resp.stream(CHUNK):
            total += len(chunk)
            if total > opts.max_bytes:
                raise _too_big(url, opts.max_bytes)
            parts.append(chunk)
            if deadline.expired():
                raise _timed_out(opts, url)
    except (ReadTimeoutError, socket.timeout):
        raise _timed_out(opts, url) from None
    except DecodeError as exc:
        raise FetchError(f"cannot decode the response from {display_url(url)}: {_reason(exc)}") from None
    except (HTTPError, OSError):
        if deadline.expired():
            raise _timed_out(opts, url) from None
        expected = f" of {declared}" if declared is not None else ""
        got = max(total, _received(resp))
        raise FetchError(f"the response from {display_url(url)} was cut off after {got}{expected} bytes (truncated); try again") from None
    finally:
        _close(resp)
    body = b"".join(parts)
    if declared is not None and not encoded and len(body) != declared:
        raise FetchError(f"the response from {display_url(url)} was cut off after {len(body)} of {declared} bytes (truncated); try again")
    return body


def _is_html(content_type: str) -> bool:
    kind = content_type.split(";", 1)[0].strip().lower()
    return kind in ("text/html", "application/xhtml+xml")


def _html_error(url: str) -> FetchError:
    return FetchError(f"got {html_page(' from ' + display_url(url))} check --host and the API key")


def _next_url(current: str, location: Optional[str], status: int, target: Target) -> str:
    """Where a same-host redirect goes; refuse anything that could leak the key."""
    if not location or not location.strip():
        raise FetchError(f"HTTP {status} redirect from {display_url(current)} without a Location header")
    new = urljoin(current, location.strip()).partition("#")[0]
    parts = urlsplit(new)
    scheme = parts.scheme.lower()
    shown = display_url(new)
    if scheme not in ("http", "https"):
        raise FetchError(f"redirect from {display_url(current)} to a non-http URL refused")
    if "@" in parts.netloc:
        raise FetchError(f"redirect to {shown} carries a user name or password; refused")
    try:
        port = parts.port or _default_port(scheme)
    except ValueError:
        raise FetchError(f"redirect to a URL with a bad port refused ({shown})") from None
    host = (parts.hostname or "").lower()
    if host != target.host:
        raise FetchError(
            f"{target.netloc} redirected to another host ({parts.netloc.rpartition('@')[2]}); not following, so the API key "
            f"is not sent there; if that is your workspace, pass --host {scheme}://{parts.netloc.rpartition('@')[2]}"
        )
    if scheme == "http" and target.scheme == "https":
        raise FetchError(f"redirect from https to plain http ({shown}) refused; the API key would travel unencrypted")
    upgrade = target.scheme == "http" and scheme == "https" and target.port == 80 and port == 443
    if port != target.port and not upgrade:
        raise FetchError(f"redirect to another port ({shown}) refused; the API key is only sent to {target.netloc}")
    return new


def _attempt(pool: urllib3.PoolManager, opts: Options, deadline: Deadline) -> Tuple[str, bytes]:
    """One try: request, follow same-host redirects, read the body."""
    url = opts.target.url
    for hop in range(MAX_REDIRECTS + 1):
        resp = _request(pool, url, opts, deadline)
        status = int(resp.status)
        if status in REDIRECTS:
            location = resp.headers.get("Location")
            _close(resp)
            if hop == MAX_REDIRECTS:
                break
            url = _next_url(url, location, status, opts.target)
            continue
        if status == 200:
            if _is_html(resp.headers.get("Content-Type", "")):
                _close(resp)
                raise _html_error(url)
            return url, _read_body(resp, url, opts, deadline)
        reason = one_line(str(resp.reason or ""), 60)
        retry_after = retry_after_seconds(resp.headers.get("Retry-After"))
        _close(resp)
        message = _status_message(status, reason, url)
        if status == 429 or 500 <= status <= 599:
            raise _Transient(message, retry_after)
        raise FetchError(message)
    raise FetchError(f"too many redirects (more than {MAX_REDIRECTS}) starting at {display_url(opts.target.url)}")


def _download(opts: Options, deadline: Deadline, sleep: Callable[[float], None]) -> Tuple[str, bytes]:
    """All tries: transient failures are retried while tries and time last."""
    pool = _pool(opts)
    attempts = 0
    while True:
        attempts += 1
        try:
            return _attempt(pool, opts, deadline)
        except _Transient as failure:
            if attempts > MAX_RETRIES:
                raise FetchError(f"{failure.message}; gave up after {attempts} attempts") from None
            delay = failure.retry_after if failure.retry_after is not None else backoff(attempts - 1, opts.retry_delay)
            if delay >= deadline.remaining():
                raise FetchError(
                    f"{failure.message}; no time left for another try within --timeout {opts.timeout:g} s"
                ) from None
            sleep(delay)


def download(opts: Options, sleep: Callable[[float], None] = time.sleep) -> Tuple[str, bytes]:
    """Return ``(final URL, body bytes)``; raise :class:`FetchError`.

    The network work runs in a daemon thread so that even a call the socket
    timeouts do not cover (a DNS lookup) cannot outlast the deadline.
    """
    deadline = Deadline(opts.timeout)
    outcome: List[Union[Tuple[str, bytes], BaseException]] = []

    def work() -> None:
        try:
            outcome.append(_download(opts, deadline, sleep))
        except BaseException as exc:  # handed to the main thread, re-raised there
            outcome.append(exc)

    with warnings.catch_warnings():
        # --insecure is announced once by the caller; urllib3's per-request warning would repeat it.
        warnings.simplefilter("ignore", InsecureRequestWarning)
        worker = threading.Thread(target=work, name="cmlapi-gen-fetch", daemon=True)
        worker.start()
        worker.join(deadline.remaining() + WATCHDOG_GRACE)
    if not outcome:
        raise _timed_out(opts, opts.target.url)
    result = outcome[0]
    if isinstance(result, BaseException):
        raise result
    return result


# ---------------------------------------------------------------- checking


def parse_spec(body: bytes, url: str) -> Any:
    """Parse the body as a JSON object that claims to be a Swagger/OpenAPI document."""
    text = body[len(codecs.BOM_UTF8):] if body.startswith(codecs.BOM_UTF8) else body
    head = text.lstrip()[:1]
    where = display_url(url)
    if head == b"<":
        raise _html_error(url)
    if not head:
        raise FetchError(f"the response from {where} is empty, not the spec")
    try:
        decoded = text.decode("utf-8")
        doc = json.loads(decoded)
    except UnicodeDecodeError:
        raise FetchError(f"the response from {where} is not UTF-8 text, so not a JSON spec") from None
    except json.JSONDecodeError as exc:
        cut = truncated(decoded, exc)
        if cut:
            raise FetchError(f"the response from {where} {cut}; try again") from None
        raise FetchError(f"the response from {where} is not JSON ({exc.msg} at line {exc.lineno} column {exc.colno})") from None
    except RecursionError:
        raise FetchError(f"the response from {where} is nested too deeply to parse") from None
    if not isinstance(doc, dict) or not ("swagger" in doc or "openapi" in doc):
        kind = "an object without a 'swagger' key" if isinstance(doc, dict) else f"a JSON {type(doc).__name__}"
        raise FetchError(f"the response from {where} is JSON but not a Swagger spec ({kind})")
    return doc


def check_spec(body: bytes, url: str) -> Tuple[str, str]:
    """Validate the body as a spec the generator accepts; return ``(version, sha256)``."""
    from .pipeline import Loaded, model  # heavy imports only once a body is in hand

    doc = parse_spec(body, url)
    sha = hashlib.sha256(body).hexdigest()
    try:
        check_shape(doc)
        model(Loaded(doc, sha), "cmlapi", "0")  # like `validate`: the package version is not our concern
    except SpecError as exc:
        first = exc.problems[0] if exc.problems else None
        more = len(exc.problems) - 1
        detail = f"{first.pointer or '/'}: {first.message}" if first else "invalid"
        extra = f" (and {more} more problem{'s' if more > 1 else ''})" if more > 0 else ""
        raise FetchError(f"the spec from {display_url(url)} is invalid: {one_line(detail, 300)}{extra}") from None
    info = doc.get("info")
    version = info.get("version") if isinstance(info, dict) else None
    if not isinstance(version, str):
        raise FetchError(f"the spec from {display_url(url)} has no string info.version")
    return safe_version(version), sha


def safe_version(version: str) -> str:
    """``version`` if it can be part of a file name as is; FetchError otherwise."""
    if not _SAFE_VERSION.fullmatch(version) or version.startswith("."):
        raise FetchError(
            f"info.version {one_line(repr(version), 80)} cannot be used in a file name "
            "(only letters, digits, '.', '_' and '-', not starting with '.')"
        )
    return version


# ---------------------------------------------------------------- saving


def _same(path: Path, data: bytes) -> Optional[bool]:
    """Whether ``path`` holds exactly ``data``; None when there is no such file."""
    try:
        stat = path.stat()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise FetchError(f"cannot inspect {path}: {exc.strerror or exc}") from None
    if path.is_dir():
        raise FetchError(f"{path} is a directory; not touching it")
    if stat.st_size != len(data):
        return False
    try:
        return path.read_bytes() == data
    except OSError as exc:
        raise FetchError(f"cannot read {path}: {exc.strerror or exc}") from None


def _fsync_dir(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_new(path: Path, data: bytes) -> bool:
    """Create ``path`` holding exactly ``data``, atomically; False if it already exists.

    The bytes go to a temporary file in the same directory, are fsynced and
    then hard-linked into place (which fails rather than overwrite); the
    temporary name is removed whatever happens.
    """
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        try:
            os.link(tmp, path)
        except FileExistsError:
            return False
        except OSError:
            # File systems without hard links: rename, after one more look.
            if path.exists():
                return False
            os.rename(tmp, path)
        _fsync_dir(path.parent)
        return True
    finally:
        try:
            tmp.unlink()
        except FileNotFoundError:
            pass


def _place(path: Path, data: bytes) -> str:
    """``saved``, ``same`` or ``different`` for putting ``data`` at ``path``."""
    same = _same(path, data)
    if same is None:
        try:
            if write_new(path, data):
                return "saved"
        except OSError as exc:
            raise FetchError(f"cannot write {path}: {exc.strerror or exc}") from None
        same = _same(path, data)  # lost a race: compare with the winner
        if same is None:
            raise FetchError(f"cannot write {path}: it keeps appearing and disappearing")
    return "same" if same else "different"


def save(out: Path, version: str, data: bytes, sha: str) -> Saved:
    """Save ``data`` as ``out/cml-<version>.json`` without ever overwriting.

    If that name holds other bytes, the spec goes to
    ``cml-<version>.<sha256[:12]>.json`` and ``clash`` names the first file.
    """
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise FetchError(f"cannot create --out {out}: {exc.strerror or exc}") from None
    primary = out / f"cml-{version}.json"
    state = _place(primary, data)
    if state != "different":
        return Saved(primary, "saved" if state == "saved" else "unchanged")
    aside = out / f"cml-{version}.{sha[:12]}.json"
    state = _place(aside, data)
    if state == "different":
        raise FetchError(f"{primary} and {aside} both exist with other content; not overwriting either")
    return Saved(aside, "saved" if state == "saved" else "unchanged", clash=primary)


# ---------------------------------------------------------------- the command


def fetch(opts: Options, warn: Callable[[str], None]) -> str:
    """Download, check and save the spec; return the one stdout line.

    ``warn`` receives each warning (one line, without the ``warning:`` prefix).
    """
    if opts.insecure:
        warn("--insecure: the server's TLS certificate is not verified; the API key and the spec can be intercepted")
    url, body = download(opts)
    version, sha = check_spec(body, url)
    if len(opts.token) >= 8 and opts.token.encode() in body:
        raise FetchError(f"the spec from {display_url(url)} contains the API key; refusing to save it")
    saved = save(opts.out, version, body, sha)
    if saved.clash is not None:
        verb = "saved it as" if saved.state == "saved" else "it is already saved as"
        warn(f"{saved.clash} exists with different content for version {version}; {verb} {saved.path}")
    verb = "saved" if saved.state == "saved" else "already saved"
    return f"{verb} {saved.path} version {version} sha256 {sha}"
