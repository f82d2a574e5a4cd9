"""Run extraction off the event loop, with a bounded number of threads and a time limit.

Extraction is CPU-bound Python; running it in the event loop would stall every
other request, including ``/health``. Each job takes one of ``threads`` slots.
A request that waits for a slot past its time limit gets :class:`Busy` (503);
one whose extraction runs past it gets :class:`TimedOut` (504). A thread
cannot be killed, so a timed-out job keeps its slot until it ends; a batch
checks a cancel flag between articles so that it ends early. The slot count
thus bounds the CPU a burst of slow requests can take, and the server keeps
answering the others.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

from newsfacts.records import Article

Extract = Callable[[str, str | None], Article]
T = TypeVar("T")


class Busy(Exception):
    """No extraction slot became free within the time limit."""


class TimedOut(Exception):
    """Extraction ran past the time limit."""


class Cancelled(Exception):
    """A batch stopped between articles because its request had already timed out."""


class ExtractionRunner:
    """A fixed pool of extraction threads shared by every request of one server process."""

    def __init__(self, extract: Extract, threads: int, time_limit: float | None):
        self.extract = extract
        self.time_limit = time_limit
        self._pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="newsfacts-extract")
        self._slots = asyncio.Semaphore(threads)

    async def one(self, text: str, source: str | None) -> Article:
        return await self._run(lambda _cancel: self.extract(text, source))

    async def many(self, items: Sequence[tuple[str, str | None]]) -> list[Article]:
        def job(cancel: threading.Event) -> list[Article]:
            out = []
            for text, source in items:
                if cancel.is_set():
                    raise Cancelled
                out.append(self.extract(text, source))
            return out

        return await self._run(job)

    async def _run(self, job: Callable[[threading.Event], T]) -> T:
        start = time.monotonic()
        try:
            await asyncio.wait_for(self._slots.acquire(), self.time_limit)
        except TimeoutError:
            raise Busy from None
        loop = asyncio.get_running_loop()
        cancel = threading.Event()
        try:
            future: Future[T] = self._pool.submit(job, cancel)
        except BaseException:
            self._slots.release()
            raise
        # The slot is freed when the thread ends, not when the request gives up on it.
        future.add_done_callback(lambda _f: _call_in_loop(loop, self._slots.release))
        remaining = (
            None if self.time_limit is None else max(0.0, self.time_limit - (time.monotonic() - start))
        )
        try:
            return await asyncio.wait_for(asyncio.shield(asyncio.wrap_future(future)), remaining)
        except TimeoutError:
            cancel.set()
            raise TimedOut from None

    def close(self) -> None:
        """Stop taking jobs; threads still running finish in the background."""
        self._pool.shutdown(wait=False, cancel_futures=True)


def _call_in_loop(loop: asyncio.AbstractEventLoop, callback: Callable[[], object]) -> None:
    # The loop may have closed while the job ran (server shutting down).
    with contextlib.suppress(RuntimeError):
        loop.call_soon_threadsafe(callback)
