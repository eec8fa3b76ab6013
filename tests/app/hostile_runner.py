"""Run hostile files through the real entry points, one at a time, in a child process watched from outside.

The child (`python -m tests.app.hostile_runner KIND LIBRARY FILE...`) sends each file through `scan_batch`
(storing into a real library, as `cardbook scan --import` does) or `import_contact_files` (as `cardbook
import` does), and prints one JSON line when it starts a file and one when it is done: the lines the user would
be shown, the seconds taken and the file's peak resident memory (VmHWM, reset before each file through
/proc/self/clear_refs, so each file is measured alone). The parent (`run_corpus`) gives each file a time budget:
a file that overruns it is a hang, the child is killed and a fresh one goes on with the next file. Anything
the child writes on stderr (a traceback, a warning) is kept for the test to look at.
"""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
import time
import traceback
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Budget:
    seconds: float
    megabytes: float


# Per file. Images: a reading job must stay within 600 MB (issue 15), and a photo is read in well under the
# time given here even on a busy shared machine; contact files are parsed, not read by OCR.
BUDGETS = {"images": Budget(60.0, 600.0), "contacts": Budget(20.0, 400.0)}


@dataclass(slots=True)
class FileReport:
    name: str
    lines: list[str] = field(default_factory=list)  # what the user is told
    seconds: float = 0.0
    peak_mb: float = 0.0
    crashed: str = ""  # the exception that escaped the entry point, if any
    hung: bool = False
    stderr: str = ""  # whatever the child printed on stderr while on this file's batch

    @property
    def summary(self) -> str:
        if self.hung:
            return "HUNG"
        if self.crashed:
            return f"CRASHED: {self.crashed.splitlines()[-1] if self.crashed else ''}"
        return " | ".join(self.lines)[:160]


def _reset_peak() -> None:
    try:
        with open("/proc/self/clear_refs", "w") as handle:
            handle.write("5")  # resets VmHWM to the current resident size (Linux ≥ 4.0)
    except OSError:
        pass


def _peak_mb() -> float:
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _scan(library: object, path: str) -> list[str]:
    from cardbook.app.scanning import exchange_defaults, scan_batch
    from cardbook.ocr.pipeline import ReadOptions
    from cardbook.storage.library import Library

    assert isinstance(library, Library)
    lines = []
    for outcome in scan_batch([path], ReadOptions(), store=exchange_defaults(None), library=library):
        if outcome.error is not None:
            lines.append(f"error: {outcome.error}")
        elif outcome.skipped is not None:
            lines.append(f"skipped: {outcome.skipped}")
        elif outcome.already is not None:
            lines.append(f"already: {outcome.already}")
        else:
            lines.append(f"stored as #{outcome.contact_id}")
        lines += [f"cut: {cut}" for cut in outcome.cut]
    return lines


def _import(library: object, path: str) -> list[str]:
    from cardbook.app.contact_files import import_contact_files
    from cardbook.storage.library import Library

    assert isinstance(library, Library)
    outcome = import_contact_files(library, [Path(path)], "FR")
    lines = [f"not imported ({p.kind.value}): {p.detail}" for p in outcome.failed]
    lines += [f"{'skipped' if i.skipped else 'warning'}: {i.text}" for i in outcome.issues[:3]]
    lines += [f"notice ({n.kind.value}): {n.detail}" for n in outcome.notices]
    return [*lines, f"imported {outcome.imported}"]


def child(kind: str, library_root: str, paths: list[str]) -> int:
    import warnings

    from cardbook.storage.library import Library

    warnings.simplefilter("error")  # a warning is a failure of the one-line contract, as in the suite
    library = Library.open(Path(library_root))
    run = _scan if kind == "images" else _import
    for path in paths:
        print(json.dumps({"start": path}), flush=True)
        _reset_peak()
        started = time.perf_counter()
        report: dict[str, object] = {"done": path}
        try:
            report["lines"] = run(library, path)
        except BaseException:  # the point: catch whatever the entry point let escape
            report["crashed"] = traceback.format_exc()
        report["seconds"] = time.perf_counter() - started
        report["peak_mb"] = _peak_mb()
        print(json.dumps(report), flush=True)
    return 0


def _pump(stream: object, into: queue.Queue[str | None]) -> None:
    for line in stream:  # type: ignore[attr-defined]
        into.put(line)
    into.put(None)


def run_corpus(kind: str, paths: list[Path], library_root: Path) -> Iterator[FileReport]:
    """Every file's report, in order; a fresh child after a hang."""
    budget = BUDGETS[kind]
    remaining = [str(p) for p in paths]
    env = {**os.environ, "OMP_THREAD_LIMIT": "1", "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    while remaining:
        process = subprocess.Popen(
            [sys.executable, "-m", "tests.app.hostile_runner", kind, str(library_root), *remaining],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        lines: queue.Queue[str | None] = queue.Queue()
        errors: queue.Queue[str | None] = queue.Queue()
        pumps = [
            threading.Thread(target=_pump, args=(process.stdout, lines), daemon=True),
            threading.Thread(target=_pump, args=(process.stderr, errors), daemon=True),
        ]
        for pump in pumps:
            pump.start()
        current: str | None = None
        deadline = time.monotonic() + 120.0  # starting the child: imports, the library
        while remaining:
            try:
                line = lines.get(timeout=max(0.1, deadline - time.monotonic()))
            except queue.Empty:
                line = "timeout"
            if line is None or line == "timeout":
                process.kill()
                _finish(process, pumps)
                name = current or remaining[0]
                report = FileReport(Path(name).name, hung=line == "timeout", stderr=_drain(errors))
                if line is None:
                    report.crashed = f"the child process ended (exit {process.returncode}) on this file"
                remaining.remove(name)
                yield report
                break
            message = json.loads(line)
            if "start" in message:
                current = message["start"]
                deadline = time.monotonic() + budget.seconds
                continue
            remaining.remove(message["done"])
            current = None
            yield FileReport(
                Path(message["done"]).name,
                lines=list(message.get("lines", [])),
                seconds=float(message["seconds"]),
                peak_mb=float(message["peak_mb"]),
                crashed=str(message.get("crashed", "")),
                stderr=_drain(errors),
            )
        else:
            _finish(process, pumps)


def _finish(process: subprocess.Popen[str], pumps: list[threading.Thread]) -> None:
    """Wait for the child and its output, then close its pipes (an open pipe is a ResourceWarning)."""
    process.wait(timeout=60)
    for pump in pumps:
        pump.join(timeout=60)
    for stream in (process.stdout, process.stderr):
        if stream is not None:
            stream.close()


def _drain(errors: queue.Queue[str | None]) -> str:
    out = []
    while True:
        try:
            item = errors.get_nowait()
        except queue.Empty:
            return "".join(out)
        if item is not None:
            out.append(item)


if __name__ == "__main__":
    sys.exit(child(sys.argv[1], sys.argv[2], sys.argv[3:]))
