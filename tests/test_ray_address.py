"""``eventscribe code --runner ray --address``: a real process joins a Ray head node that the test starts
with ``ray start --head`` on 127.0.0.1 (every port chosen free at run time), and codes the same records
as the local runner. The head is stopped through the process group it was started in."""

from __future__ import annotations

import importlib.util
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT

pytestmark = [
    pytest.mark.ray,
    pytest.mark.spacy,
    pytest.mark.skipif(importlib.util.find_spec("ray") is None, reason="Ray is not installed"),
]

#: The ports of a head node that would otherwise default to fixed numbers.
PORTS = ("node-manager", "object-manager", "dashboard-agent-listen", "dashboard-agent-grpc",
         "metrics-export", "runtime-env-agent")  # fmt: skip


#: The cluster's token (Ray's token authentication), given to the head and to whoever joins it.
TOKEN = secrets.token_hex(32)


def loopback_env() -> dict[str, str]:
    """Ray's switch for a node on the loopback interface only, and the token; the head and whoever joins
    it both need them."""
    loopback = {"RAY_USAGE_STATS_ENABLED": "0", "RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER": "0"}
    return {**os.environ, **loopback, "RAY_AUTH_MODE": "token", "RAY_AUTH_TOKEN": TOKEN}


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def ray_head(tmp_path):
    """A head node started with ``ray start --head --block`` on 127.0.0.1, stopped by its process group."""
    port = _free_port()
    env = loopback_env()
    temp_dir = Path("/tmp") / f"es-ray-head-{os.getpid()}-{port}"  # short: Ray's socket paths have a limit
    ray_cli = Path(sys.executable).with_name("ray")
    ports = [f"--{name}-port={_free_port()}" for name in PORTS]
    command = [str(ray_cli), "start", "--head", "--block", "--node-ip-address=127.0.0.1", f"--port={port}", *ports,
               "--num-cpus=1", "--include-dashboard=false", "--disable-usage-stats", f"--temp-dir={temp_dir}",
               "--object-store-memory=100000000"]  # fmt: skip
    log = (tmp_path / "head.log").open("w")
    head = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        yield f"127.0.0.1:{port}", head, tmp_path / "head.log"
    finally:
        os.killpg(head.pid, signal.SIGTERM)
        try:
            head.wait(timeout=3)
        except subprocess.TimeoutExpired:
            os.killpg(head.pid, signal.SIGKILL)
            head.wait(timeout=10)
        log.close()
        subprocess.run(["rm", "-rf", str(temp_dir)], check=False)


def test_code_joins_a_running_cluster_with_address(ray_head, tmp_path):
    address, head, log = ray_head
    local_out, ray_out = tmp_path / "local.jsonl", tmp_path / "ray.jsonl"
    code = [sys.executable, "-m", "eventscribe.cli", "code", str(ROOT / "examples"), "--quiet"]
    local = subprocess.run([*code, "--output", str(local_out)], capture_output=True, text=True, timeout=300)
    assert local.returncode == 0, local.stderr
    deadline = time.monotonic() + 60
    while "Ray runtime started" not in log.read_text() and head.poll() is None and time.monotonic() < deadline:
        time.sleep(0.5)
    assert head.poll() is None, log.read_text()
    joined = subprocess.run(
        [*code, "--output", str(ray_out), "--runner", "ray", "--address", address, "--processes", "1"],
        capture_output=True,
        text=True,
        timeout=120,
        env=loopback_env(),
    )
    assert joined.returncode == 0, joined.stderr
    assert joined.stdout == local.stdout
    records = [json.loads(line) for line in ray_out.read_text().splitlines()]
    assert records and records == [json.loads(line) for line in local_out.read_text().splitlines()]
    assert head.poll() is None  # joining and leaving does not stop the cluster
