"""A bounded closed-loop HTTP/1.1 load generator for 127.0.0.1 (no wrk on the machine).

Client processes (so the client's GIL is not the bottleneck) each hold `connections` keep-alive sockets, one
thread per socket, and send pre-built requests back to back. Each process builds its own requests before the
start signal (a `make_requests(worker_index, count)` function, imported by name, so nothing is timed but the
exchange). A run is bounded twice: by `duration` seconds and by the number of requests built
(`max_requests`); a connection stops at whichever comes first. Only 127.0.0.1 is allowed.

The result counts every response by status and by whether its body holds `accept_marker` (a benchmark that
measures errors is worthless, so the caller checks these), plus each request's latency.
"""

from __future__ import annotations

import importlib
import multiprocessing
import socket
import threading
import time
from dataclasses import dataclass, field

LOOPBACK = "127.0.0.1"


@dataclass
class LoadResult:
    requests: int = 0                      # responses received within the run
    elapsed: float = 0.0                   # seconds from the start signal to the last response
    statuses: dict = field(default_factory=dict)   # status code -> count
    accepted: int = 0                      # responses whose body held the accept marker
    errors: int = 0                        # connection-level failures (reset, timeout, bad response)
    latencies_ms: list = field(default_factory=list)
    exhausted: bool = False                # some connection ran out of pre-built requests before `duration`

    @property
    def rps(self) -> float:
        return self.requests / self.elapsed if self.elapsed > 0 else 0.0

    def merge(self, other: "LoadResult") -> None:
        self.requests += other.requests
        self.accepted += other.accepted
        self.errors += other.errors
        self.latencies_ms.extend(other.latencies_ms)
        self.exhausted = self.exhausted or other.exhausted
        for status, count in other.statuses.items():
            self.statuses[status] = self.statuses.get(status, 0) + count


def build_request(path: str, port: int, body: bytes, content_type: str, extra_headers: dict | None = None) -> bytes:
    """One raw HTTP/1.1 POST with keep-alive."""
    headers = {"Host": f"{LOOPBACK}:{port}", "Content-Type": content_type, "Content-Length": str(len(body)),
               "Connection": "keep-alive", **(extra_headers or {})}
    head = f"POST {path} HTTP/1.1\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n"
    return head.encode("latin-1") + body


class _Connection:
    """A keep-alive socket that sends one request and reads one Content-Length (or chunked) response."""

    def __init__(self, port: int, timeout: float):
        self.port, self.timeout = port, timeout
        self.sock = None
        self.buffer = b""

    def _connect(self):
        self.sock = socket.create_connection((LOOPBACK, self.port), timeout=self.timeout)
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.buffer = b""

    def close(self):
        if self.sock is not None:
            try:
                self.sock.close()
            finally:
                self.sock = None

    def exchange(self, request: bytes) -> tuple[int, bytes]:
        if self.sock is None:
            self._connect()
        self.sock.sendall(request)
        while b"\r\n\r\n" not in self.buffer:
            self._fill()
        head, _, rest = self.buffer.partition(b"\r\n\r\n")
        lines = head.split(b"\r\n")
        status = int(lines[0].split(b" ", 2)[1])
        headers = {}
        for line in lines[1:]:
            name, _, value = line.partition(b":")
            headers[name.strip().lower()] = value.strip()
        if b"content-length" in headers:
            length = int(headers[b"content-length"])
            self.buffer = rest
            while len(self.buffer) < length:
                self._fill()
            body, self.buffer = self.buffer[:length], self.buffer[length:]
        elif headers.get(b"transfer-encoding", b"").lower() == b"chunked":
            self.buffer = rest
            body = self._chunked()
        else:  # read to close
            self.buffer = rest
            try:
                while True:
                    self._fill()
            except ConnectionError:
                pass
            body, self.buffer = self.buffer, b""
            self.close()
        if headers.get(b"connection", b"").lower() == b"close":
            self.close()
        return status, body

    def _chunked(self) -> bytes:
        body = b""
        while True:
            while b"\r\n" not in self.buffer:
                self._fill()
            size_line, _, self.buffer = self.buffer.partition(b"\r\n")
            size = int(size_line.split(b";")[0], 16)
            while len(self.buffer) < size + 2:
                self._fill()
            body += self.buffer[:size]
            self.buffer = self.buffer[size + 2:]
            if size == 0:
                return body

    def _fill(self):
        chunk = self.sock.recv(65536)
        if not chunk:
            raise ConnectionError("server closed the connection")
        self.buffer += chunk


def _connection_loop(port, requests, sends, deadline_holder, accept_marker, timeout, out: LoadResult, lock, start):
    connection = _Connection(port, timeout)
    local = LoadResult()
    start.wait()
    deadline = deadline_holder[0]
    ran_out = True
    for n in range(sends):
        request = requests[n % len(requests)]
        if time.perf_counter() >= deadline:
            ran_out = False
            break
        began = time.perf_counter()
        try:
            status, body = connection.exchange(request)
        except (OSError, ValueError, IndexError):
            local.errors += 1
            connection.close()
            continue
        done = time.perf_counter()
        local.requests += 1
        local.latencies_ms.append((done - began) * 1000)
        local.statuses[status] = local.statuses.get(status, 0) + 1
        if accept_marker is None or accept_marker in body:
            local.accepted += 1
    local.exhausted = ran_out and time.perf_counter() < deadline
    local.elapsed = time.perf_counter()  # the end moment; the process turns it into a duration
    connection.close()
    with lock:
        out.merge(local)
        out.elapsed = max(out.elapsed, local.elapsed)


def _worker(index, port, factory, per_process, distinct, connections, duration, accept_marker, timeout, ready, go,
            results):
    module_name, _, function_name = factory.partition(":")
    make_requests = getattr(importlib.import_module(module_name), function_name)
    built = make_requests(index, min(per_process, distinct))
    shares = [built[i::connections] for i in range(connections)]
    sends = [per_process // connections + (1 if i < per_process % connections else 0) for i in range(connections)]
    del built
    total, lock, start = LoadResult(), threading.Lock(), threading.Event()
    deadline_holder = [0.0]
    threads = [threading.Thread(target=_connection_loop,
                                args=(port, share, count, deadline_holder, accept_marker, timeout, total, lock,
                                      start))
               for share, count in zip(shares, sends)]
    for thread in threads:
        thread.start()
    ready.put(index)
    go.wait()
    began = time.perf_counter()
    deadline_holder[0] = began + duration
    start.set()
    for thread in threads:
        thread.join()
    total.elapsed = max(0.0, total.elapsed - began)
    results.put(total)


def run_load(port: int, factory: str, *, processes: int = 2, connections: int = 2, duration: float = 2.0,
             max_requests: int = 2000, distinct: int | None = None, accept_marker: bytes | None = None,
             timeout: float = 10.0) -> LoadResult:
    """Drive 127.0.0.1:`port` with `processes` × `connections` closed-loop connections.

    `factory` is "module:function"; `function(worker_index, count)` returns that many raw requests (see
    `build_request`) — distinct across workers if the server must see distinct requests. At most
    `max_requests` are sent in all; the run also stops after `duration` seconds. With `distinct`, each process
    builds only that many requests and sends them in turn (for a server that does not care, e.g. hello-world);
    without it every request sent is a distinct one.
    """
    if duration <= 0 or max_requests <= 0:
        raise ValueError("a load run needs a positive duration and request budget")
    per_process = max(connections, max_requests // processes)
    distinct = per_process if distinct is None else max(connections, distinct)
    context = multiprocessing.get_context("fork")
    ready, results, go = context.Queue(), context.Queue(), context.Event()
    workers = [context.Process(target=_worker, daemon=True,
                               args=(i, port, factory, per_process, distinct, connections, duration, accept_marker,
                                     timeout, ready, go, results))
               for i in range(processes)]
    for worker in workers:
        worker.start()
    try:
        for _ in workers:
            ready.get(timeout=120)
        go.set()
        merged = LoadResult()
        for _ in workers:
            part = results.get(timeout=duration + timeout + 60)
            merged.merge(part)
            merged.elapsed = max(merged.elapsed, part.elapsed)
        return merged
    finally:
        for worker in workers:
            worker.join(timeout=10)
            if worker.is_alive():
                worker.terminate()
                worker.join()
