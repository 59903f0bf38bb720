"""The worker pool of the corpus runs (:func:`~massmob_nlp.analyze_corpus` batches,
:func:`~massmob_nlp.compare_corpus` pairs): results in input order, a bounded number of
items in flight, and a worker that dies does not stop the run.

A worker killed by the system (out of memory, ``kill -9``) breaks a
:class:`~concurrent.futures.ProcessPoolExecutor`: every item in flight then fails with
:class:`~concurrent.futures.process.BrokenProcessPool`, whichever one killed it. The pool
is started again and those items are run once more, one at a time, so that only an item
that kills a worker on its own becomes a failure (``crashed(item, error)``: the caller's
``errors`` row, stage ``worker``); the others, and all later items, come out as usual.
"""

from __future__ import annotations

import multiprocessing
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Generic, TypeVar

__all__ = ["IN_FLIGHT", "START_METHOD", "ordered_results"]

START_METHOD = "fork" if sys.platform.startswith("linux") else "spawn"
"""How worker processes start, for both corpus runs. On Linux, ``fork``: workers inherit
the models the calling process loaded in a warm-up before the pool starts (their pages
shared, copy-on-write), and a pool started again after a crash loads nothing. Measured
with 2 workers: ``analyze_corpus`` of 6 small documents 1.6 s with ``fork``, 33 s with
``forkserver`` (which loads the models again in each worker); ``compare_corpus`` of 6
pairs of the tests' short articles 16.7-17.1 s and 677-679 MB summed PSS with ``fork``,
33.3-34.5 s and 1309-1326 MB with ``forkserver`` (two runs each, load ~5;
``benchmarks/corpus_scale.py --start-method`` compares them at scale). Elsewhere
``spawn`` (Python's default on macOS and Windows): each worker loads the models once,
and a script must guard its entry point with ``if __name__ == "__main__":``."""
IN_FLIGHT = 2
"""Default items submitted per worker process and not yet collected: enough to keep the
workers busy, few enough to bound the memory of pending work."""

T = TypeVar("T")
R = TypeVar("R")


def ordered_results(work: Callable[[T], R], items: Iterable[T], *, n_process: int,
                    crashed: Callable[[T, BaseException], R],
                    warm_up: Callable[[], object] | None = None,
                    in_flight: int = IN_FLIGHT) -> Iterator[R]:
    """``work(item)`` for each of ``items``, in order. With ``n_process > 1`` in worker
    processes (at most ``in_flight * n_process`` items read ahead and pending); an item
    whose worker died or whose result could not come back gives ``crashed(item, error)``.
    ``warm_up`` runs here once before the workers fork (loading the models they
    inherit); with ``n_process == 1`` everything runs in this process."""
    if n_process == 1:
        yield from map(work, items)
        return
    if START_METHOD == "fork" and warm_up is not None:
        warm_up()
    pool: _Pool[T, R] = _Pool(work, n_process)
    pending: deque[tuple[T, Future[R]]] = deque()
    try:
        for item in items:
            pending.append((item, pool.submit(item)))
            if len(pending) >= in_flight * n_process:
                yield from _collect(pending, pool, crashed)
        while pending:
            yield from _collect(pending, pool, crashed)
    finally:  # Ctrl-C or the caller stopped early: drop the queued items
        pool.close()


class _Pool(Generic[T, R]):
    """A ProcessPoolExecutor that can be started again after a worker died."""

    def __init__(self, work: Callable[[T], R], n_process: int) -> None:
        self.work = work
        self.n_process = n_process
        self.context = multiprocessing.get_context(START_METHOD)
        self.executor = self._start()
        self.restarts = 0

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.n_process, mp_context=self.context)

    def submit(self, item: T) -> Future[R]:
        """``work(item)`` in a worker. If a worker already died (the pool broke while
        items were still being read ahead), a future holding the
        :class:`~concurrent.futures.process.BrokenProcessPool`: the item is then a
        suspect like those in flight and is run again alone."""
        try:
            return self.executor.submit(self.work, item)
        except BrokenProcessPool as e:
            failed: Future[R] = Future()
            failed.set_exception(e)
            return failed

    def restart(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)
        self.executor = self._start()
        self.restarts += 1

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


def _collect(pending: deque[tuple[T, Future[R]]], pool: _Pool[T, R],
             crashed: Callable[[T, BaseException], R]) -> Iterator[R]:
    """The oldest pending result; after a crash, every pending one (run again alone)."""
    item, future = pending.popleft()
    try:
        yield future.result()
        return
    except BrokenProcessPool:  # which item killed the worker is not known yet
        pass
    except Exception as e:  # the result could not come back (e.g. not picklable)
        yield crashed(item, e)
        return
    suspects = [(item, future), *pending]
    pending.clear()
    pool.restart()  # the broken pool's futures are all settled once it is shut down
    for suspect, done in suspects:
        if done.done() and not done.cancelled() and done.exception() is None:
            yield done.result()  # finished before the crash
        else:
            yield _alone(suspect, pool, crashed)


def _alone(item: T, pool: _Pool[T, R], crashed: Callable[[T, BaseException], R]) -> R:
    """``item`` run with nothing else in flight: a crash now is its own."""
    try:
        return pool.submit(item).result()
    except BrokenProcessPool as e:
        pool.restart()
        return crashed(item, e)
    except Exception as e:  # the result could not come back
        return crashed(item, e)
