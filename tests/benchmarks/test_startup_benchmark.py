"""Start-up and memory of the real app on the big demo dealer, each beside an empty PySide6 window.

Start-up: from spawning `python -m app --db URL` (through startup_child, which only watches for the main
window) to the event loop turning with the main window shown and its first page loaded; the floor is a
child that imports PySide6 and shows an empty QMainWindow the same way. Memory: the app's resident set
(VmRSS) with the claims list of the 200,000 claims open, beside the empty window's. Each child gets
throwaway settings, logs and data folders (so the workstation's own are untouched and no automatic
backup of the big file is due) and runs offscreen, with its compiled bytecode kept in a scratch folder as
an installed program has it. Medians of several children, taken turn about. The CPU time of the child is
printed beside the wall-clock time: on a busy shared machine it is the steadier of the two.
"""
from __future__ import annotations

import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from app import paths
from tests.benchmarks.conftest import report

pytestmark = pytest.mark.benchmark

RUNS = 3
START_TARGET_MS = 1500
MEMORY_TARGET_MB = 400
ROOT = Path(__file__).resolve().parents[2]


def _environment(home: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"),
               XDG_STATE_HOME=str(home / "state"), PYTHONPATH=str(ROOT),
               PYTHONPYCACHEPREFIX=str(Path(tempfile.gettempdir()) / "warrantydesk-bench-pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("WARRANTYDESK_QUIT_AFTER_MS", None)
    env.pop("WARRANTYDESK_DB", None)
    with monkeypatch.context() as m:  # where the child will look for its automatic backups
        m.setenv("XDG_DATA_HOME", env["XDG_DATA_HOME"])
        backups = paths.backup_dir()
    backups.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
    (backups / f"warrantydesk-{stamp}.sqlite3").touch()  # a fresh one: the 300 MB file is not copied at start
    return env


def _child(args: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """(ms from spawn to READY, CPU ms until READY, RSS in MB) of one child."""
    started = time.time()
    done = subprocess.run([sys.executable, "-m", "tests.benchmarks.startup_child", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=600)
    lines = dict(line.split(" ", 1) for line in done.stdout.splitlines() if line.startswith(("READY", "RSS")))
    assert done.returncode == 0 and "READY" in lines and "RSS" in lines, done.stdout + done.stderr
    ready, cpu, visible = lines["READY"].split()
    assert visible == "1", "the window was not shown"
    return (float(ready) - started) * 1000, float(cpu) * 1000, int(lines["RSS"]) / 1024


def test_start_and_memory(big_db, tmp_path, monkeypatch):
    env = _environment(tmp_path, monkeypatch)
    app_args, floor_args = ["app", f"sqlite:///{big_db.location}"], ["floor"]
    _child(app_args, env), _child(floor_args, env)  # warm the file cache, as a second start would find it
    app_runs, floor_runs = [], []
    for _ in range(RUNS):
        app_runs.append(_child(app_args, env))
        floor_runs.append(_child(floor_args, env))
    app, floor = (tuple(statistics.median(run[n] for run in runs) for n in range(3))
                  for runs in (app_runs, floor_runs))
    report("app start to usable main window", app[0], floor[0], START_TARGET_MS)
    report("app start to usable main window, CPU", app[1], floor[1], START_TARGET_MS)
    report("memory, claims list open (RSS)", app[2], floor[2], MEMORY_TARGET_MB, unit="MB")
    print(f"  start runs (ms): app {sorted(round(run[0]) for run in app_runs)}, "
          f"floor {sorted(round(run[0]) for run in floor_runs)}")
