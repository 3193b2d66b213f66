"""A throw-away PostgreSQL server for tests and benchmarks: ``initdb`` into a temporary folder, listen on
127.0.0.1 only, on a free port chosen at start, removed when stopped.

It needs the server binaries (Debian's ``postgresql`` package: ``make postgres`` installs it). initdb and
postgres refuse to run as root, so as root they run as the ``postgres`` user, in a folder it owns.
"""

from __future__ import annotations

import glob
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from types import TracebackType
from typing import Any

from eventscribe.errors import StoreError

__all__ = ["ScratchPostgres", "find_bin_dir"]


def find_bin_dir() -> Path | None:
    """The newest ``/usr/lib/postgresql/*/bin`` that has initdb and postgres (or $EVENTSCRIBE_PG_BIN)."""
    candidates = [os.environ["EVENTSCRIBE_PG_BIN"]] if os.environ.get("EVENTSCRIBE_PG_BIN") else []
    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name), reverse=True)
    for folder in candidates:
        if (Path(folder) / "initdb").exists() and (Path(folder) / "postgres").exists():
            return Path(folder)
    return None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class ScratchPostgres:
    """``with ScratchPostgres() as server: server.url("dbname")``."""

    def __init__(self, *, user: str = "eventscribe") -> None:
        bin_dir = find_bin_dir()
        if bin_dir is None:
            raise StoreError("no PostgreSQL server binaries in /usr/lib/postgresql/*/bin; run `make postgres`")
        self.bin_dir, self.user = bin_dir, user
        self.port = 0
        self.folder: Path | None = None
        self._process: subprocess.Popen[bytes] | None = None

    def _owner(self) -> dict[str, Any]:
        """Popen arguments that run a command as ``postgres`` when we are root."""
        if os.geteuid() == 0:
            return {"user": "postgres", "group": "postgres", "extra_groups": [], "cwd": str(self.folder)}
        return {}

    def start(self) -> ScratchPostgres:
        self.folder = Path(tempfile.mkdtemp(prefix="eventscribe-pg-"))
        data = self.folder / "data"
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres", "postgres")
        initdb = [str(self.bin_dir / "initdb"), "-D", str(data), "-U", self.user, "-A", "trust", "-E", "UTF8"]
        subprocess.run([*initdb, "--locale=C", "--no-sync"], check=True, capture_output=True, **self._owner())
        self.port = _free_port()
        server = [str(self.bin_dir / "postgres"), "-D", str(data), "-p", str(self.port), "-h", "127.0.0.1",
                  "-k", str(self.folder), "-c", "fsync=off", "-c", "synchronous_commit=off",
                  "-c", "full_page_writes=off"]  # fmt: skip
        log = (self.folder / "server.log").open("wb")
        self._process = subprocess.Popen(server, stdout=log, stderr=subprocess.STDOUT, **self._owner())
        self._wait_ready()
        return self

    def _wait_ready(self, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self._process is not None
            if self._process.poll() is not None:
                raise StoreError(f"PostgreSQL did not start: {self.log()[-2000:]}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    pass
                ready = subprocess.run([str(self.bin_dir / "pg_isready"), "-h", "127.0.0.1", "-p", str(self.port)],
                                       capture_output=True)  # fmt: skip
                if ready.returncode == 0:
                    return
            except OSError:
                pass
            time.sleep(0.1)
        raise StoreError(f"PostgreSQL did not answer on 127.0.0.1:{self.port} within {timeout:.0f} s")

    def log(self) -> str:
        path = self.folder / "server.log" if self.folder else None
        return path.read_text(errors="replace") if path and path.exists() else ""

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{self.user}@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str) -> str:
        """Create database ``name``; returns its URL."""
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as con:
            con.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        if self._process is not None and self._process.poll() is None:
            self._process.send_signal(signal.SIGINT)  # fast shutdown
            try:
                self._process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        self._process = None
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None

    def __enter__(self) -> ScratchPostgres:
        return self.start()

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.stop()
