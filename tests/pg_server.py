"""A throwaway PostgreSQL cluster for the test run: initdb in a temporary folder, a free local port."""
from __future__ import annotations

import glob
import itertools
import os
import queue
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from pathlib import Path


def _find_binary(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)
    return candidates[0] if candidates else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class PostgresServer:
    def __init__(self) -> None:
        self.initdb = _find_binary("initdb")
        self.pg_ctl = _find_binary("pg_ctl")
        if not self.initdb or not self.pg_ctl:
            raise RuntimeError(
                "PostgreSQL server binaries not found; install them with: sudo apt-get install -y postgresql"
            )
        self.root = Path(tempfile.mkdtemp(prefix="wd-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self.user = "warrantydesk"
        # initdb refuses to run as root: run the server as the postgres system user then.
        self.run_as = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        if self.run_as:
            shutil.chown(self.root, user="postgres")
            os.chmod(self.root, 0o700)

    def _run(self, *args: str) -> None:
        result = subprocess.run([*self.run_as, *args], capture_output=True, text=True)
        if result.returncode != 0:
            raise RuntimeError(f"{args[0]} failed: {result.stderr.strip() or result.stdout.strip()}")

    def start(self) -> PostgresServer:
        assert self.initdb and self.pg_ctl
        self._run(self.initdb, "-D", str(self.data), "-U", self.user, "--auth=trust", "-E", "UTF8",
                  "--locale=C", "--no-sync")
        options = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off " \
                  "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        self._run(self.pg_ctl, "-D", str(self.data), "-o", options, "-l", str(self.root / "server.log"),
                  "-w", "-t", "30", "start")
        return self

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{self.user}@127.0.0.1:{self.port}/{database}"

    def admin_url(self) -> str:
        """The maintenance database, for psycopg itself (no SQLAlchemy driver name)."""
        return self.url().replace("+psycopg", "")

    def create_database(self, name: str, *, template: str | None = None) -> str:
        """An empty database, or a copy of `template` (which nobody may be connected to)."""
        import psycopg

        with psycopg.connect(self.admin_url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        return self.url(name)

    def make_template(self, name: str) -> None:
        """Freeze a database as a template: copies only, no more connections that could change it."""
        import psycopg

        with psycopg.connect(self.admin_url(), autocommit=True) as conn:
            conn.execute(f'ALTER DATABASE "{name}" WITH IS_TEMPLATE true ALLOW_CONNECTIONS false')

    def drop_database(self, name: str) -> None:
        """Drop a database even if a test left connections open (they are ended)."""
        import psycopg

        with psycopg.connect(self.admin_url(), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        if self.pg_ctl and (self.data / "postmaster.pid").exists():
            subprocess.run([*self.run_as, self.pg_ctl, "-D", str(self.data), "-m", "immediate", "stop"],
                           capture_output=True)
        shutil.rmtree(self.root, ignore_errors=True)

    def pause(self) -> None:
        """Stop the server as an administrator would, keeping its data folder (resume() starts it again)."""
        assert self.pg_ctl
        self._run(self.pg_ctl, "-D", str(self.data), "-m", "fast", "-w", "stop")

    def resume(self) -> PostgresServer:
        """Start a paused server again: same data, same port (pg_ctl restart reuses postmaster.opts)."""
        assert self.pg_ctl
        self._run(self.pg_ctl, "-D", str(self.data), "-l", str(self.root / "server.log"), "-w", "-t", "30",
                  "restart")
        return self

    def __enter__(self) -> PostgresServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


class TemplateCopies:
    """Copies of an already-migrated template database, made ahead on a background thread.

    Copying a template is much cheaper than running every migration, and while a test runs the server
    already copies the next one. A database given back is dropped only after `keep` more were given back,
    so that nothing left of the test that used it (a window it forgot, a timer) meets a missing database.
    """

    def __init__(self, server: PostgresServer, template: str, prefix: str, ahead: int = 2, keep: int = 10) -> None:
        self.server = server
        self.template = template
        self.prefix = prefix
        self._ready: queue.Queue[str] = queue.Queue(maxsize=ahead)
        self._given_back: list[str] = []
        self._keep = keep
        self._to_drop: queue.SimpleQueue[str] = queue.SimpleQueue()
        self._stop = threading.Event()
        self._error: BaseException | None = None
        self._count = itertools.count(1)
        self._thread = threading.Thread(target=self._work, name="pg-template-copies", daemon=True)
        self._thread.start()

    def take(self) -> str:
        """The URL of a fresh copy."""
        while True:
            if self._error is not None:
                raise RuntimeError(f"copying the template database failed: {self._error}") from self._error
            try:
                return self.server.url(self._ready.get(timeout=0.5))
            except queue.Empty:
                if not self._thread.is_alive():
                    raise RuntimeError("the thread copying template databases has stopped") from None

    def give_back(self, url: str) -> None:
        """A database (a copy or any other) no longer needed: dropped in the background, `keep` later."""
        self._given_back.append(url.rsplit("/", 1)[1])
        while len(self._given_back) > self._keep:
            self._to_drop.put(self._given_back.pop(0))

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=30)

    def _work(self) -> None:
        import psycopg

        try:
            with psycopg.connect(self.server.admin_url(), autocommit=True) as conn:
                while not self._stop.is_set():
                    name = f"{self.prefix}_{next(self._count)}"
                    conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{self.template}"')
                    while not self._stop.is_set():
                        self._drop_given_back(conn)
                        try:
                            self._ready.put(name, timeout=0.1)
                            break
                        except queue.Full:
                            continue
        except BaseException as exc:  # noqa: BLE001 - reported to the test that waits for a copy
            self._error = exc

    def _drop_given_back(self, conn) -> None:  # type: ignore[no-untyped-def]
        while True:
            try:
                name = self._to_drop.get_nowait()
            except queue.Empty:
                return
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def wait_for(predicate, timeout: float = 10.0) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return False
