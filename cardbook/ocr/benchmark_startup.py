"""``python -m cardbook.ocr.benchmark_startup``: the fixed cost of a ``cardbook scan`` — what every command pays
before its first card, whatever the number of cards or of reading threads (issue 10: with ``--jobs 2`` that
part is not shared, so it caps the speed-up).

Each step a scan takes before it reads (the command line's modules, the reader's and the batch's, the tables
every card's parsing asks, RapidOCR's import and models) is run in order, one thread, in a fresh process
(``--repeats`` of them), and timed: wall and this thread's CPU, whose median is printed per step. In the
command the loads run on the warm-up thread while the main thread imports, so the sum is the CPU both
threads spend, holding the GIL but for the models' native loading. ``--against TREE``: another version's
source tree (``git archive main | tar -x -C TREE``) measured in the same run, its processes alternated with
this tree's. docs/measuring/speed-and-memory.md.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

# (name, Python statement) in the order a scan runs them; each timed on its own.
STEPS: tuple[tuple[str, str], ...] = (
    ("command line", "import cardbook.cli.main"),
    ("warm-up's tables' modules", "import cardbook.ocr.warm_up"),
    ("the batch's modules", "import cardbook.app.scanning, cardbook.ocr.jsonout"),
    ("language identifier", "from cardbook.ocr import region; region._language_identifier()"),
    ("first names", "from cardbook.ocr import names_data; names_data.first_names()"),
    ("country names", "from cardbook.ocr import region_evidence; region_evidence._country_pattern()"),
    ("domains, line classifier", "from cardbook.ocr import web_suffixes, line_classifier; "
     "web_suffixes.top_level_domains(); line_classifier.load_model()"),
    ("RapidOCR: import, configuration, models", "from cardbook.ocr import rapid_engine; rapid_engine._engine()"),
)  # fmt: skip

# Run in the fresh process: every step timed, the figures printed as one JSON line.
_CHILD = """
import json, time
steps = json.loads({steps!r})
out = []
for name, statement in steps:
    wall, cpu = time.perf_counter(), time.thread_time()
    exec(statement, {{}})
    out.append((name, time.perf_counter() - wall, time.thread_time() - cpu))
print(json.dumps(out))
"""


def run_once(tree: Path | None) -> list[tuple[str, float, float]]:
    """One fresh process running every step: (name, wall s, CPU s) per step."""
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    if tree is not None:
        env["PYTHONPATH"] = str(tree.resolve())
    code = _CHILD.format(steps=json.dumps(STEPS))
    done = subprocess.run([sys.executable, "-c", code], env=env, cwd=tree, capture_output=True, text=True, check=True)
    return [(str(name), float(wall), float(cpu)) for name, wall, cpu in json.loads(done.stdout.splitlines()[-1])]


def report(runs: list[list[tuple[str, float, float]]], label: str) -> None:
    print(f"{label}: median of {len(runs)} fresh processes, ms (wall / CPU of this thread)")
    for index, (name, _statement) in enumerate(STEPS):
        wall = statistics.median(run[index][1] for run in runs) * 1000
        cpu = statistics.median(run[index][2] for run in runs) * 1000
        print(f"  {name:42} {wall:7.0f} / {cpu:7.0f}")
    wall = statistics.median(sum(step[1] for step in run) for run in runs) * 1000
    cpu = statistics.median(sum(step[2] for step in run) for run in runs) * 1000
    print(f"  {'all steps':42} {wall:7.0f} / {cpu:7.0f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m cardbook.ocr.benchmark_startup", description=__doc__)
    parser.add_argument("--repeats", type=int, default=5, help="fresh processes per tree (default 5)")
    parser.add_argument("--against", type=Path, default=None, metavar="TREE", help="another version's source tree")
    args = parser.parse_args(argv)
    print("load " + " ".join(f"{x:.1f}" for x in os.getloadavg()))
    this: list[list[tuple[str, float, float]]] = []
    other: list[list[tuple[str, float, float]]] = []
    for _ in range(max(1, args.repeats)):
        this.append(run_once(None))
        if args.against is not None:
            other.append(run_once(args.against))
    report(this, "this tree")
    if args.against is not None:
        report(other, str(args.against))
    return 0


if __name__ == "__main__":
    sys.exit(main())
