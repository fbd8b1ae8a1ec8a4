"""The HTTP transport under the anthropic SDK: one total deadline per Claude call.

httpx's timeouts bound each socket operation, not the request: an answer dripping one byte a second never trips
a read timeout of 3 s (it took 87 s). `deadline(seconds)` opens the deadline of one call (`MessagesClient.call`
does it around the SDK call, its retries included), and `DeadlineTransport` gives every socket operation of that
call — connect, TLS handshake, each write, each read, the wait for a pooled connection — only what is left of it.
When the deadline has passed, the next operation raises `DeadlineExceeded`: an anthropic error, which the SDK
passes on as it is instead of retrying (a retry would have no time left). A retryable answer (429, 5xx, ...)
whose wait (its `retry-after`, else the SDK's backoff, at most `SDK_MAX_BACKOFF_SECONDS`) would not end before
the deadline is marked `x-should-retry: false`, so the SDK neither sleeps past the deadline nor starts an attempt
that cannot finish. Without an open deadline the transport behaves like httpx's own.

Why not `httpx2.HTTPTransport`: it cannot take an httpcore network backend, which is where every socket
operation can be clamped. This transport is the same small adapter over an httpcore connection pool with one.
Not covered: name resolution (getaddrinfo is not interruptible) and proxies from the environment (the functions
reach the API directly).
"""

from __future__ import annotations

import email.utils
import socket
import time
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Iterator

import anthropic
import httpcore2
import httpx2

# The SDK's backoff when the answer names no wait: 0.5 s doubling per retry, at most 8 s, less up to 25% jitter
# (anthropic._constants INITIAL_RETRY_DELAY, MAX_RETRY_DELAY). The SDK numbers its attempts in the request
# header x-stainless-retry-count (0 for the first).
SDK_FIRST_BACKOFF_SECONDS = 0.5
SDK_MAX_BACKOFF_SECONDS = 8.0
RETRYABLE_STATUS = frozenset({408, 409, 429})  # and every 5xx: the statuses the SDK retries

_deadline: ContextVar[float | None] = ContextVar("claude_call_deadline", default=None)


class DeadlineExceeded(anthropic.AnthropicError):
    """The call's total deadline passed before its answer was complete. Not retried by the SDK."""

    def __init__(self, seconds: float | None = None):
        super().__init__("no complete answer within the call's deadline")
        self.seconds = seconds


@contextmanager
def deadline(seconds: float | None) -> Iterator[None]:
    """Every socket operation of the SDK calls made inside must end within `seconds` from now (None: no
    deadline). A nested deadline never extends the outer one."""
    if seconds is None:
        yield
        return
    ends = time.monotonic() + seconds
    outer = _deadline.get()
    token = _deadline.set(ends if outer is None else min(ends, outer))
    try:
        yield
    finally:
        _deadline.reset(token)


def remaining() -> float | None:
    """Seconds left of the open deadline (may be negative), or None when there is none."""
    ends = _deadline.get()
    return None if ends is None else ends - time.monotonic()


def _clamped(timeout: float | None) -> float | None:
    """`timeout` shortened to what is left of the deadline; DeadlineExceeded when nothing is left."""
    left = remaining()
    if left is None:
        return timeout
    if left <= 0:
        raise DeadlineExceeded()
    return left if timeout is None else min(timeout, left)


def _expired() -> bool:
    left = remaining()
    return left is not None and left <= 0


class _DeadlineStream(httpcore2.NetworkStream):
    """A connection whose reads and writes end by the deadline."""

    def __init__(self, inner: httpcore2.NetworkStream):
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        try:
            return self._inner.read(max_bytes, _clamped(timeout))
        except httpcore2.TimeoutException:
            if _expired():
                raise DeadlineExceeded() from None
            raise

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        try:
            self._inner.write(buffer, _clamped(timeout))
        except httpcore2.TimeoutException:
            if _expired():
                raise DeadlineExceeded() from None
            raise

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context, server_hostname: str | None = None,
                  timeout: float | None = None) -> httpcore2.NetworkStream:
        return _DeadlineStream(self._inner.start_tls(ssl_context, server_hostname, _clamped(timeout)))

    def get_extra_info(self, info: str):
        return self._inner.get_extra_info(info)


class _DeadlineBackend(httpcore2.NetworkBackend):
    """httpcore's synchronous sockets, each connection wrapped in a `_DeadlineStream`."""

    def __init__(self):
        self._inner = httpcore2.SyncBackend()

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                    socket_options=None) -> httpcore2.NetworkStream:
        return _DeadlineStream(self._inner.connect_tcp(host, port, _clamped(timeout), local_address, socket_options))

    def connect_unix_socket(self, path: str, timeout: float | None = None,
                            socket_options=None) -> httpcore2.NetworkStream:
        return _DeadlineStream(self._inner.connect_unix_socket(path, _clamped(timeout), socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


@contextmanager
def _as_httpx_errors() -> Iterator[None]:
    """httpcore's exceptions as the httpx ones of the same name (what the SDK maps to its own errors)."""
    try:
        yield
    except (httpcore2.TimeoutException, httpcore2.NetworkError, httpcore2.ProtocolError, httpcore2.ProxyError,
            httpcore2.UnsupportedProtocol) as exc:
        raise getattr(httpx2, type(exc).__name__, httpx2.TransportError)(str(exc)) from exc


class _Body(httpx2.SyncByteStream):
    def __init__(self, inner):
        self._inner = inner

    def __iter__(self) -> Iterator[bytes]:
        with _as_httpx_errors():
            yield from self._inner

    def close(self) -> None:
        if hasattr(self._inner, "close"):
            self._inner.close()


# TCP keepalive as the SDK's default client sets it: a silently dropped connection is noticed.
_SOCKET_OPTIONS = [(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)] + [
    (socket.IPPROTO_TCP, option, value) for option, value in
    ((getattr(socket, "TCP_KEEPINTVL", None), 60), (getattr(socket, "TCP_KEEPCNT", None), 5),
     (getattr(socket, "TCP_KEEPIDLE", None), 60)) if option is not None]


class DeadlineTransport(httpx2.BaseTransport):
    """An httpx transport whose socket operations end by the open `deadline` (see the module docstring)."""

    def __init__(self, max_connections: int = 10, keepalive_expiry: float = 30.0):
        self._pool = httpcore2.ConnectionPool(
            ssl_context=httpx2.create_ssl_context(), max_connections=max_connections,
            max_keepalive_connections=max_connections, keepalive_expiry=keepalive_expiry,
            socket_options=_SOCKET_OPTIONS, network_backend=_DeadlineBackend())

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        timeouts = {name: _clamped(value) for name, value in request.extensions.get("timeout", {}).items()}
        core = httpcore2.Request(
            method=request.method,
            url=httpcore2.URL(scheme=request.url.raw_scheme, host=request.url.raw_host, port=request.url.port,
                              target=request.url.raw_path),
            headers=request.headers.raw, content=request.stream,
            extensions={**request.extensions, "timeout": timeouts})
        with _as_httpx_errors():
            response = self._pool.handle_request(core)
        headers = list(response.headers)
        if _retry_would_overrun(response.status, httpx2.Headers(headers), request.headers):
            headers.append((b"x-should-retry", b"false"))
        return httpx2.Response(status_code=response.status, headers=headers, stream=_Body(response.stream),
                               extensions=response.extensions)

    def close(self) -> None:
        self._pool.close()


def _retry_would_overrun(status: int, headers: httpx2.Headers, sent: httpx2.Headers) -> bool:
    """Whether the SDK would retry this answer only after a wait that ends at or past the deadline."""
    left = remaining()
    if left is None or "x-should-retry" in headers or not (status in RETRYABLE_STATUS or status >= 500):
        return False
    return _sdk_wait(headers, sent) >= left


def _sdk_wait(headers: httpx2.Headers, sent: httpx2.Headers) -> float:
    """The longest wait the SDK would take before retrying: the answer's retry-after(-ms), else its backoff for
    this attempt (the largest one when the attempt number is unknown)."""
    try:
        attempt = int(sent.get("x-stainless-retry-count", ""))
        backoff = min(SDK_FIRST_BACKOFF_SECONDS * 2.0 ** min(attempt, 10), SDK_MAX_BACKOFF_SECONDS)
    except ValueError:
        backoff = SDK_MAX_BACKOFF_SECONDS
    for name, scale in (("retry-after-ms", 1000.0), ("retry-after", 1.0)):
        value = headers.get(name)
        if value is None:
            continue
        try:
            wait = float(value) / scale
        except ValueError:
            parsed = email.utils.parsedate_tz(value)
            if parsed is None:
                continue
            wait = email.utils.mktime_tz(parsed) - time.time()
        return wait if wait > 0 else backoff
    return backoff
