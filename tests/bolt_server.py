"""A real Bolt server for the tests: ArcadeDB (PyPI ``arcadedb-embedded``), which speaks
Bolt and Cypher as a Neo4j 5 server does. It runs as a plain Java process from the
wheel's bundled runtime, on free loopback ports, with a fresh data folder."""
from __future__ import annotations

import importlib.util
import os
import socket
import subprocess
import tempfile
import time
from pathlib import Path

READY_TIMEOUT = 60.0


def find_arcadedb_package() -> Path | None:
    """The installed ``arcadedb_embedded`` package folder (found without importing it)."""
    spec = importlib.util.find_spec("arcadedb_embedded")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(list(spec.submodule_search_locations)[0])


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class BoltServer:
    """Start, stop and restart an ArcadeDB server with its Bolt plugin."""

    def __init__(self, folder: str | os.PathLike | None = None, password: str = "kg-test-password",
                 databases: tuple[str, ...] = ("kg",), memory: str = "512m"):
        self.package = find_arcadedb_package()
        if self.package is None:
            raise RuntimeError("arcadedb-embedded is not installed: pip install arcadedb-embedded==26.10.2.post1")
        self.folder = Path(folder or tempfile.mkdtemp(prefix="arcadedb-"))
        self.password = password
        self.user = "root"
        self.databases = databases
        self.database = databases[0]
        self.bolt_port, self.http_port = free_port(), free_port()
        self.memory = memory
        self.process: subprocess.Popen | None = None

    @property
    def uri(self) -> str:
        return f"bolt://127.0.0.1:{self.bolt_port}"

    @property
    def log(self) -> Path:
        return self.folder / "server.log"

    def command(self) -> list[str]:
        defaults = ";".join(f"{name}[{self.user}]" for name in self.databases)
        return [
            str(self.package / "jre" / "bin" / "java"), f"-Xmx{self.memory}",
            "-cp", str(self.package / "jars" / "*"),
            f"-Darcadedb.server.rootPath={self.folder}",
            f"-Darcadedb.server.databaseDirectory={self.folder / 'databases'}",
            f"-Darcadedb.server.rootPassword={self.password}",
            "-Darcadedb.server.mode=development",
            "-Darcadedb.server.httpIncomingHost=127.0.0.1",
            f"-Darcadedb.server.httpIncomingPort={self.http_port}",
            "-Darcadedb.server.plugins=Bolt:com.arcadedb.bolt.BoltProtocolPlugin",
            "-Darcadedb.bolt.host=127.0.0.1", f"-Darcadedb.bolt.port={self.bolt_port}",
            f"-Darcadedb.server.defaultDatabases={defaults}",
            "com.arcadedb.server.ArcadeDBServer",
        ]

    def start(self) -> "BoltServer":
        self.folder.mkdir(parents=True, exist_ok=True)
        log = self.log.open("ab")
        self.process = subprocess.Popen(self.command(), stdout=log, stderr=subprocess.STDOUT,
                                        stdin=subprocess.DEVNULL, cwd=self.folder)
        log.close()
        self._wait_ready()
        return self

    def _wait_ready(self) -> None:
        from neo4j import GraphDatabase

        deadline = time.monotonic() + READY_TIMEOUT
        error: Exception | None = None
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                break
            try:
                with GraphDatabase.driver(self.uri, auth=(self.user, self.password)) as driver:
                    driver.verify_connectivity()
                    driver.execute_query("RETURN 1", database_=self.database)
                return
            except Exception as caught:  # not ready yet
                error = caught
                time.sleep(0.3)
        tail = self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""
        self.stop()
        raise RuntimeError(f"ArcadeDB did not become ready on {self.uri}: {error}\n{tail}")

    def stop(self) -> None:
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    def kill(self) -> None:
        """Stop the server at once, as a crash would."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        self.process = None

    def __enter__(self) -> "BoltServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
