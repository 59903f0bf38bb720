"""The corpus runs' worker pool: results in order, bounded read-ahead, and a worker killed
mid-run (SIGKILL, as the out-of-memory killer does) costs only the item that killed it:
the pool starts again and the other items, before and after, come out in order."""

from __future__ import annotations

import os
import signal

import pytest

from massmob_nlp import Document, analyze_corpus, compare_corpus
from massmob_nlp.runs import analyze as analyze_mod
from massmob_nlp.runs import compare as compare_mod
from massmob_nlp.runs import pool

KILL = "KILL-THIS-WORKER"
"""A marker in a test document: the (monkeypatched) work function kills its worker."""

needs_fork = pytest.mark.skipif(pool.START_METHOD != "fork",
                                reason="the patched work function reaches workers by fork")


def _square_or_die(x: int) -> int:
    if x == 3:
        os.kill(os.getpid(), signal.SIGKILL)
    return x * x


def _crashed(x: int, error: BaseException) -> int:
    assert type(error).__name__ == "BrokenProcessPool"
    return -x


def test_results_come_in_order_and_a_killed_worker_costs_one_item():
    out = list(pool.ordered_results(_square_or_die, range(10), n_process=2,
                                    crashed=_crashed))
    assert out == [0, 1, 4, -3, 16, 25, 36, 49, 64, 81]


def test_one_process_runs_here_and_reads_ahead_nothing():
    seen: list[int] = []

    def items():
        for k in range(5):
            seen.append(k)
            yield k

    results = pool.ordered_results(lambda x: x + 1, items(), n_process=1, crashed=_crashed)
    assert next(results) == 1 and seen == [0]


def test_read_ahead_is_bounded():
    read: list[int] = []

    def items():
        for k in range(40):
            read.append(k)
            yield k

    for k, value in enumerate(pool.ordered_results(abs, items(), n_process=2,
                                                   crashed=_crashed, in_flight=3)):
        assert value == k
        assert len(read) - k <= 2 * 3  # items read but not yet given back


# ------------------------------------------------------------------- analyze_corpus

def _analyze_or_die(items, **kw):
    if any(isinstance(i, Document) and KILL in i.text for i in items):
        os.kill(os.getpid(), signal.SIGKILL)
    return _REAL_ANALYZE_BATCH(items, **kw)


_REAL_ANALYZE_BATCH = analyze_mod.analyze_batch


def _docs(n: int, killed: int) -> list[Document]:
    return [Document(f"d{k}", f"The city opened {k + 2} schools. {KILL * (k == killed)}")
            for k in range(n)]


@needs_fork
def test_analyze_corpus_goes_on_after_a_worker_is_killed(monkeypatch):
    monkeypatch.setattr(analyze_mod, "analyze_batch", _analyze_or_die)
    docs = _docs(9, killed=4)
    run = analyze_corpus(docs, n_process=2, batch_size=2, include=("numbers",))
    ids = [d.doc_id for d in docs]
    assert run.documents["doc_id"].tolist() == ids
    status = dict(zip(run.documents["doc_id"], run.documents["status"], strict=True))
    # the batch of d4 (d4, d5) died with its worker; every other document is analyzed
    assert [i for i in ids if status[i] != "ok"] == ["d4", "d5"]
    assert run.errors[["doc_id", "stage", "error_type"]].values.tolist() == [
        ["d4", "worker", "BrokenProcessPool"], ["d5", "worker", "BrokenProcessPool"]]
    assert sorted(set(run.numbers["doc_id"])) == [i for i in ids if i not in ("d4", "d5")]


# ------------------------------------------------------------------- compare_corpus

def _compare_or_die(task):
    if not isinstance(task, compare_mod._Result) and KILL in task.src.text:
        os.kill(os.getpid(), signal.SIGKILL)
    return _REAL_COMPARE_TASK(task)


_REAL_COMPARE_TASK = compare_mod.compare_task


@needs_fork
def test_compare_corpus_goes_on_after_a_worker_is_killed(monkeypatch):
    monkeypatch.setattr(compare_mod, "compare_task", _compare_or_die)
    pairs = [(f"The port handled {k + 2} ships. {KILL * (k == 2)}",
              f"ท่าเรือรองรับเรือ {k + 2} ลำ") for k in range(6)]
    run = compare_corpus(pairs, n_process=2, embeddings=False)
    s = run.summary
    assert s["pair_id"].tolist() == list(range(6))
    assert s["status"].astype(str).tolist() == ["ok", "ok", "failed", "ok", "ok", "ok"]
    assert run.errors[["pair_id", "stage", "error_type"]].values.tolist() == [
        [2, "worker", "BrokenProcessPool"]]
    assert sorted(set(run.numbers["pair_id"])) == [0, 1, 3, 4, 5]


def _first_dies(x: int) -> int:
    if x == 1:
        os.kill(os.getpid(), signal.SIGKILL)
    return x + 10


def test_a_pool_broken_while_items_are_still_read_ahead_costs_one_item():
    # the second item kills its worker at once; the reader is still submitting the next
    # ones (in_flight large), so a submit meets the broken pool: those items are run
    # again alone instead of ending the run
    def slow_items():
        import time
        for k in range(8):
            if k == 2:
                time.sleep(0.5)  # let the worker die before the next submits
            yield k

    out = list(pool.ordered_results(_first_dies, slow_items(), n_process=2,
                                    crashed=_crashed, in_flight=10))
    assert out == [10, -1, 12, 13, 14, 15, 16, 17]
