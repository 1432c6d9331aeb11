"""Work in real child processes, killed (SIGKILL) at a chosen moment as a power cut or the task manager
would end the app: no cleanup, no rollback from our side, files and transactions left as they are.

Starting Python and importing the app takes seconds on a busy machine, so one "zygote" process imports
the app once and forks a fresh process for each piece of work: `warrantydesk ARGS…` (app.cli.main, as
`python -m app` runs it) or a script (as `python -c SCRIPT ARGS…`). Each has its own stdout and stderr
files and its own process id to kill; several may run at once.
"""
from __future__ import annotations

import itertools
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 180  # seconds: generous, a loaded machine is slow
KILLED = -signal.SIGKILL

ZYGOTE = r"""
import json, os, resource, select, signal, sys, traceback
import app.cli, app.services.backups, app.services.batches, app.services.claims, app.services.database
import app.services.forms, app.services.settlements, app.services.shipments
import sqlalchemy.orm
sqlalchemy.orm.configure_mappers()  # once here, not in every child

def work(request):
    for fd, name in ((1, request["out"]), (2, request["err"])):
        os.dup2(os.open(name, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644), fd)
    os.dup2(os.open(os.devnull, os.O_RDONLY), 0)
    os.environ.update(request["env"])
    if request.get("file_size") is not None:  # a disk that fills up: writes past the limit fail (EFBIG)
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (request["file_size"], request["file_size"]))
    code = 0
    try:
        if request["script"] is None:
            code = app.cli.main(request["argv"])
        else:
            sys.argv = ["-c", *request["argv"]]
            exec(compile(request["script"], "<child>", "exec"), {"__name__": "__main__"})
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except BaseException:
        traceback.print_exc()
        code = 99
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)

print("ready", flush=True)
running, pending = set(), b""
while True:
    readable, _, _ = select.select([0], [], [], 0.01)
    if readable:
        data = os.read(0, 65536)
        if not data:
            break
        pending += data
        while b"\n" in pending:
            line, pending = pending.split(b"\n", 1)
            request = json.loads(line)
            pid = os.fork()
            if pid == 0:
                work(request)
            running.add(pid)
            print("started", request["id"], pid, flush=True)
    for pid in list(running):
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            running.discard(pid)
            print("exit", pid, os.waitstatus_to_exitcode(status), flush=True)
"""


class Zygote:
    """The app imported once in a process that forks a child for each run."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="wd-faults-"))
        self._proc = subprocess.Popen([sys.executable, "-c", ZYGOTE], cwd=ROOT, stdin=subprocess.PIPE,
                                      stdout=subprocess.PIPE, stderr=(self.folder / "zygote.err").open("w"))
        self._ids = itertools.count(1)
        self._pids: dict[int, int] = {}
        self._codes: dict[int, int] = {}
        self._ready = threading.Event()
        self._changed = threading.Condition()
        threading.Thread(target=self._listen, daemon=True).start()
        assert self._ready.wait(TIMEOUT), (self.folder / "zygote.err").read_text()

    def _listen(self) -> None:
        assert self._proc.stdout is not None
        for raw in self._proc.stdout:
            words = raw.decode().split()
            with self._changed:
                if words == ["ready"]:
                    self._ready.set()
                elif words[0] == "started":
                    self._pids[int(words[1])] = int(words[2])
                elif words[0] == "exit":
                    self._codes[int(words[1])] = int(words[2])
                self._changed.notify_all()

    def cli(self, *argv: str, file_size: int | None = None, env: dict[str, str] | None = None) -> Run:
        """`warrantydesk ARGV…` in a new process; `file_size`: no file may grow past it (a full disk)."""
        return self._start(None, argv, file_size, env or {})

    def script(self, script: str, *argv: str, file_size: int | None = None, env: dict[str, str] | None = None) -> Run:
        """`python -c SCRIPT ARGV…` in a new process."""
        return self._start(script, argv, file_size, env or {})

    def _start(self, script: str | None, argv: Sequence[str], file_size: int | None, env: dict[str, str]) -> Run:
        number = next(self._ids)
        out, err = self.folder / f"{number}.out", self.folder / f"{number}.err"
        request = {"id": number, "script": script, "argv": list(argv), "out": str(out), "err": str(err),
                   "file_size": file_size, "env": env}
        assert self._proc.stdin is not None
        self._proc.stdin.write((json.dumps(request) + "\n").encode())
        self._proc.stdin.flush()
        with self._changed:
            assert self._changed.wait_for(lambda: number in self._pids, TIMEOUT), "the zygote did not fork"
            return Run(self, self._pids[number], out, err)

    def exit_code(self, pid: int) -> int | None:
        with self._changed:
            return self._codes.get(pid)

    def wait_exit(self, pid: int, timeout: float) -> int:
        with self._changed:
            assert self._changed.wait_for(lambda: pid in self._codes, timeout), f"process {pid} did not end"
            return self._codes[pid]

    def close(self) -> None:
        assert self._proc.stdin is not None
        self._proc.stdin.close()
        try:
            self._proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self._proc.kill()


class Run:
    """One forked process: its output so far, its end, and the kill."""

    def __init__(self, zygote: Zygote, pid: int, out: Path, err: Path) -> None:
        self.zygote, self.pid, self._out, self._err = zygote, pid, out, err

    @property
    def lines(self) -> list[str]:
        """Complete lines written to stdout so far (a line cut short by the kill never happened)."""
        text = self._out.read_text(encoding="utf-8", errors="replace") if self._out.exists() else ""
        return text.split("\n")[:-1]

    @property
    def stderr(self) -> str:
        return self._err.read_text(encoding="utf-8", errors="replace") if self._err.exists() else ""

    @property
    def returncode(self) -> int | None:
        return self.zygote.exit_code(self.pid)

    def wait_until(self, ready: Callable[[], bool], what: str, timeout: float = TIMEOUT) -> bool:
        """Wait until `ready()`; False if the process ended first (its work was done before the moment came)."""
        deadline = time.monotonic() + timeout
        while not ready():
            if self.returncode is not None:
                return ready()
            assert time.monotonic() < deadline, f"the process never got to {what}: {self.stderr}"
            time.sleep(0.002)
        return True

    def wait_line(self, text: str) -> bool:
        return self.wait_until(lambda: text in self.lines, f"print {text!r}")

    def kill_after(self, delay: float) -> bool:
        """SIGKILL after `delay` seconds; True if the kill cut the work short, False if it had ended."""
        end = time.monotonic() + delay
        while time.monotonic() < end and self.returncode is None:
            time.sleep(min(0.002, max(0.0, end - time.monotonic())))
        if self.returncode is None:
            try:
                os.kill(self.pid, signal.SIGKILL)
            except ProcessLookupError:  # it ended this instant
                pass
        return self.finish() == KILLED

    def finish(self, timeout: float = TIMEOUT) -> int:
        """Wait for the end; returns the exit code (negative: the signal that ended it)."""
        return self.zygote.wait_exit(self.pid, timeout)
