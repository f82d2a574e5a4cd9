"""A short load run of ``newsfacts serve`` on loopback: requests per second and latency.

For each ``--workers`` value it starts ``newsfacts serve --workers N`` on
127.0.0.1 at a free port, sends a few warm-up requests, then ``--requests``
single-article ``POST /extract`` requests with ``--concurrency`` in flight,
stopping early at ``--time-cap`` seconds; then it stops the server. The articles
are the ``.txt`` files of ``--source`` (default: the project's ``corpus/``),
sent in turn. Client and server share the machine, so the client's own CPU use
is part of what is measured.

    python benchmarks/service_load.py [--requests 500] [--concurrency 8] [--time-cap 60] [--workers 1 2]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import socket
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
HOST = "127.0.0.1"  # loopback only: the benchmark never talks to another machine
CLI_RUNNER = "import sys; from newsfacts.cli import main; sys.argv[0] = 'newsfacts'; main()"
MAX_REQUESTS = 10_000
MAX_TIME_CAP = 300.0


@dataclass
class Result:
    workers: int
    sent: int
    ok: int
    errors: int
    seconds: float
    client_cpu: float
    latencies: list[float]

    @property
    def rps(self) -> float:
        return self.ok / self.seconds if self.seconds else 0.0

    def percentile(self, q: int) -> float:
        """Latency in milliseconds at percentile ``q`` of the successful requests."""
        if len(self.latencies) < 2:
            return self.latencies[0] * 1000 if self.latencies else float("nan")
        return statistics.quantiles(self.latencies, n=100, method="inclusive")[q - 1] * 1000


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def load_texts(folder: Path) -> list[str]:
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(folder.rglob("*.txt"))]
    if not texts:
        sys.exit(f"{folder}: no .txt articles to send")
    return texts


def start_server(workers: int, port: int) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSFACTS_")}
    command = [sys.executable, "-c", CLI_RUNNER, "serve", "--host", HOST, "--port", str(port)]
    command += ["--workers", str(workers), "--log-level", "warning"]
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            sys.exit(f"server exited with {proc.returncode}:\n{proc.stderr.read() if proc.stderr else ''}")
        try:
            if httpx.get(f"http://{HOST}:{port}/health", timeout=1).status_code == 200:
                return proc
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    proc.kill()
    sys.exit("server did not start within 60 s")


def stop_server(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=5)


async def run_load(
    base: str, texts: list[str], requests: int, concurrency: int, time_cap: float, workers: int
):
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60) as client:
        for i in range(2 * concurrency):  # warm-up, not counted
            await client.post("/extract", json={"text": texts[i % len(texts)]})
        latencies: list[float] = []
        counts = {"sent": 0, "ok": 0, "errors": 0}
        start, cpu = time.perf_counter(), time.process_time()
        stop_at = start + time_cap

        async def worker() -> None:
            while counts["sent"] < requests and time.perf_counter() < stop_at:
                i = counts["sent"]
                counts["sent"] += 1
                t = time.perf_counter()
                try:
                    response = await client.post(
                        "/extract", json={"text": texts[i % len(texts)], "source": str(i)}
                    )
                    good = response.status_code == 200
                except httpx.HTTPError:
                    good = False
                if good:
                    latencies.append(time.perf_counter() - t)
                    counts["ok"] += 1
                else:
                    counts["errors"] += 1

        await asyncio.gather(*(worker() for _ in range(concurrency)))
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    return Result(workers, counts["sent"], counts["ok"], counts["errors"], seconds, cpu, latencies)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=500)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--time-cap", type=float, default=60.0, help="seconds per server configuration")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--source", type=Path, default=ROOT / "corpus")
    args = parser.parse_args()
    requests = max(1, min(args.requests, MAX_REQUESTS))
    time_cap = max(1.0, min(args.time_cap, MAX_TIME_CAP))
    texts = load_texts(args.source)

    print(
        f"# {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}; "
        f"{requests} requests, concurrency {args.concurrency}, cap {time_cap:.0f} s; "
        f"{len(texts)} articles, mean {sum(map(len, texts)) // len(texts)} characters"
    )
    print("| workers | requests | ok | errors | seconds | req/s | p50 ms | p95 ms | p99 ms | client CPU s |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for workers in args.workers:
        port = free_port()
        proc = start_server(workers, port)
        try:
            r = asyncio.run(
                run_load(f"http://{HOST}:{port}", texts, requests, args.concurrency, time_cap, workers)
            )
        finally:
            stop_server(proc)
        print(
            f"| {r.workers} | {r.sent} | {r.ok} | {r.errors} | {r.seconds:.2f} | {r.rps:.1f} | "
            f"{r.percentile(50):.1f} | {r.percentile(95):.1f} | {r.percentile(99):.1f} | "
            f"{r.client_cpu:.2f} |",
            flush=True,
        )


if __name__ == "__main__":
    main()
