"""`make cluster-check`: the cluster profile proven on one machine, and its benchmark.

Starts PostgreSQL (Dagster instance and DuckLake catalog) and Redis (Celery broker) on loopback
inside a network namespace it creates (`park-srv`), with the Dagster code server, webserver and
daemon, and Celery worker A beside them; worker B runs in a second namespace (`park-wrk`) and
reaches PostgreSQL and Redis only over a veth pair between the two (a private /30, no address
outside the two namespaces). Generated pages go through the pipeline as BATCHES batch runs
queued at once (one partition each, running concurrently) and one aggregates run, in three rounds
on a fresh warehouse each: worker A alone, both workers, and both with worker B killed (SIGKILL)
in the middle of a step. Each round's published warehouse is compared table by table with the
embedded profile's build of the same pages. Prints one JSON line last, with the CPU each text
wave's workers, the rest of the cluster and other jobs on the machine used (the machine may be
shared: the wall-clock ratio alone cannot say why); exit 0 only when every round is equal.
Stops every server it started, and removes the namespaces, on any exit.
"""
from __future__ import annotations

import ctypes
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import partial
from importlib import resources
from pathlib import Path
from typing import Iterator

import typer

from park_pipeline.bench.corpus import load_templates, write_pages
from park_pipeline.config import project_root
from park_pipeline.storage import published, queries
from park_pipeline.storage.schema import NOT_IN_WAREHOUSE, TABLES

SERVER_NS, WORKER_NS = "park-srv", "park-wrk"
SERVER_IP, WORKER_IP = "10.19.19.1", "10.19.19.2"  # the /30 on the veth pair, nowhere else
# Below Linux's ephemeral range (32768-60999): a port in it can be taken as the source port of any
# outgoing connection between two checks, and a server then fails to bind ("address already in use").
PG_PORT, REDIS_PORT, CODE_PORT, WEB_PORT = 25432, 26379, 24266, 23070
# Columns that say when or in which batch a row was written, not what it holds.
RUN_SPECIFIC = {"documents": {"batch_id", "ingested_at"}, "quarantine": {"batch_id", "detected_at"}}
ROUND_TIMEOUT_S = 1500
# A worker is one process on one core, as Celery deployments size them: no process pool for the
# text work, and Polars, DuckDB (PARK_WORKERS threads) and BLAS keep to one thread. Scale by workers.
ONE_CORE = {"PARK_WORKERS": "1", "POLARS_MAX_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1",
            "OPENBLAS_NUM_THREADS": "1"}
BIN = Path(sys.executable).parent


def main(
    pages: int = typer.Option(2000, help="How many pages to generate."),
    batches: int = typer.Option(4, help="Batches per round (one run each, run concurrently)."),
    workdir: Path = typer.Option(None, help="Where to put servers' data and warehouses (default: a temp dir)."),
) -> None:
    root = (workdir or Path(tempfile.mkdtemp(prefix="park-cluster-"))).resolve()
    root.mkdir(parents=True, exist_ok=True)
    root.chmod(0o755)  # PostgreSQL runs as the postgres user, in a folder below this one
    result = {"workers": [], "batches": batches, "pages": pages, "equal": False, "kill_recovered": False}
    try:
        result |= _check(root, pages, batches, result["workers"])
    except (Exception, SystemExit) as error:  # servers are stopped by now; the JSON line says why
        result["error"] = str(error) or type(error).__name__
    print(json.dumps(result, ensure_ascii=False), flush=True)
    raise SystemExit(0 if result["equal"] and result["kill_recovered"] else 1)


def _check(root: Path, pages: int, batches: int, workers: list[str]) -> dict:
    """The local build and the three rounds, compared; every server is stopped when it returns
    or raises."""
    with ExitStack() as stack:
        stack.enter_context(_stop_on_signals())
        stack.enter_context(_namespaces())
        _enter_namespace(SERVER_NS)  # this process and every server it starts live in park-srv
        chunks = _generate(root, pages, batches)
        start = time.perf_counter()
        local = _local_build(root, chunks)
        local_s = time.perf_counter() - start
        cluster = _Cluster(root, stack)
        cluster.start_servers()
        workers.append(cluster.start_worker("worker-a", SERVER_NS, "127.0.0.1").name)
        one = cluster.round(chunks)
        worker_b = cluster.start_worker("worker-b", WORKER_NS, SERVER_IP)
        workers.append(worker_b.name)
        two = cluster.round(chunks)
        killed = cluster.round(chunks, kill=worker_b)
    differences = {name: _differences(local, r.warehouse) for name, r in
                   (("one_worker", one), ("two_workers", two), ("kill", killed))}
    return {
        "equal": not differences["one_worker"] and not differences["two_workers"],
        "kill_recovered": killed.killed_mid_step and not differences["kill"],
        "cluster_s": round(two.seconds, 1), "one_worker_s": round(one.seconds, 1), "local_s": round(local_s, 1),
        # the text work: from the first text step a worker took to the last one done
        "text_steps_s": {"one_worker": round(one.spans["text_batch_job"], 1),
                         "two_workers": round(two.spans["text_batch_job"], 1)},
        "text_work_speedup": round(one.spans["text_batch_job"] / two.spans["text_batch_job"], 2),
        # the text wave: from queuing its runs to their success (run launch included, once per run)
        "text_s": {"one_worker": round(one.waves["text_batch_job"], 1),
                   "two_workers": round(two.waves["text_batch_job"], 1)},
        "text_wave_speedup": round(one.waves["text_batch_job"] / two.waves["text_batch_job"], 2),
        # who had the cores during each text wave: the shared machine's other jobs show up here
        "text_cpu": {"one_worker": one.text_cpu, "two_workers": two.text_cpu},
        "aggregates_s": round(two.waves["aggregates_job"], 1),
        # one worker runs one step at a time: the rest of its round's wall time is the runs' own
        "run_overhead_s": round((one.seconds - one.step_seconds) / (2 * batches + 1), 1),
        "killed_mid_step": killed.killed_mid_step,
        "differences": {name: d for name, d in differences.items() if d},
    }


@dataclass(frozen=True)
class _Round:
    warehouse: Path  # the round's published warehouse, kept
    seconds: float
    waves: dict[str, float]  # job -> wall seconds of its runs, from queuing them to their success
    spans: dict[str, float]  # job -> wall seconds of its steps, from the first taken to the last done
    step_seconds: float  # summed over the steps the workers ran
    killed_mid_step: bool
    text_cpu: dict  # _CpuUse.between over the text wave


@dataclass(frozen=True)
class _CpuUse:
    """CPU seconds used so far by each worker's process tree, by each server's (the code server's
    holds the run processes it launched), by every process this check started, and by the whole
    machine."""
    at: float
    workers: dict[str, float]
    servers: dict[str, float]
    cluster: float
    machine: float

    @classmethod
    def now(cls, workers: list["_Worker"], servers: dict[str, subprocess.Popen]) -> "_CpuUse":
        import psutil

        busy = psutil.cpu_times()
        return cls(time.perf_counter(), {w.name.split("@")[0]: _tree_cpu(w.process.pid) for w in workers},
                   {name: _tree_cpu(process.pid) for name, process in servers.items()},
                   _tree_cpu(os.getpid()), sum(busy) - busy.idle - busy.iowait)

    def between(self, end: "_CpuUse") -> dict:
        """The workers' CPU seconds, and the cores (CPU seconds per wall second) the workers, the
        rest of the cluster (runs, daemon, code server, PostgreSQL, this check) and processes
        this check did not start (other jobs on the machine) used in between."""
        wall = end.at - self.at
        workers = {name: round(end.workers[name] - self.workers.get(name, 0.0), 1) for name in end.workers}
        cluster, machine = end.cluster - self.cluster, end.machine - self.machine
        servers = {name: end.servers[name] - self.servers.get(name, 0.0) for name in end.servers}
        servers["this check"] = cluster - sum(workers.values()) - sum(servers.values())
        return {"workers_cpu_s": workers, "workers_cores": round(sum(workers.values()) / wall, 2),
                "rest_of_cluster_cores": round((cluster - sum(workers.values())) / wall, 2),
                "rest_of_cluster_cpu_s": {name: round(cpu, 1) for name, cpu in servers.items()},
                "other_jobs_cores": round(max(0.0, machine - cluster) / wall, 2)}


def _tree_cpu(pid: int) -> float:
    """User and system CPU seconds of a process and its descendants, the exited ones included
    (a process's reaped children count in its children_* times)."""
    import psutil

    total = 0.0
    try:
        root = psutil.Process(pid)
        tree = (root, *root.children(recursive=True))
    except psutil.NoSuchProcess:  # a worker killed on purpose
        return total
    for process in tree:
        try:
            times = process.cpu_times()
        except psutil.NoSuchProcess:
            continue
        total += times.user + times.system + times.children_user + times.children_system
    return total


@dataclass
class _Worker:
    name: str
    process: subprocess.Popen
    log: Path


class _Cluster:
    """The servers of the cluster profile, and rounds of the pipeline on them."""

    def __init__(self, root: Path, stack: ExitStack):
        self.root, self.stack = root, stack
        self.home, self.warehouse_dir, self.seeds = root / "dagster_home", root / "cluster" / "wh", root / "cluster" / "seeds"
        self.logs = root / "logs"
        self.logs.mkdir(parents=True, exist_ok=True)
        self.workers: list[_Worker] = []
        self.servers: dict[str, subprocess.Popen] = {}  # by name, workers aside

    def env(self, host: str) -> dict:
        """The cluster profile's settings for a process that reaches the servers at `host`."""
        return {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}", "PARK_PROFILE": "cluster", "DAGSTER_HOME": str(self.home),
                "PARK_SEEDS_DIR": str(self.seeds), "PARK_WAREHOUSE": str(self.warehouse_dir / "parks.duckdb"),
                "PARK_PG_HOST": host, "PARK_PG_PORT": str(PG_PORT), "PARK_PG_USER": "park",
                "PARK_PG_PASSWORD": "park", "PARK_PG_DB": "dagster",
                "PARK_LAKE_CATALOG": f"host={host} port={PG_PORT} dbname=park_lake user=park password=park",
                "PARK_CELERY_BROKER": f"redis://{host}:{REDIS_PORT}/0",
                "PARK_CELERY_BACKEND": f"redis://{host}:{REDIS_PORT}/1",
                "PARK_CODE_SERVER_HOST": "127.0.0.1", "PARK_CODE_SERVER_PORT": str(CODE_PORT),
                **ONE_CORE}

    def spawn(self, name: str, command: list[str], env: dict | None = None, namespace: str | None = None,
              user: str | None = None) -> subprocess.Popen:
        """A server process, logged to logs/NAME.log and stopped (its whole group) on exit."""
        if namespace and namespace != SERVER_NS:
            command = ["ip", "netns", "exec", namespace, *command]
        with (self.logs / f"{name}.log").open("ab") as log:
            process = subprocess.Popen(command, env=env or self.env("127.0.0.1"), stdout=log, stderr=subprocess.STDOUT,
                                       start_new_session=True, user=user, cwd=self.root)
        self.stack.callback(_stop, process)
        return process

    def start_servers(self) -> None:
        self._start_postgres()
        self.servers["redis"] = self.spawn("redis", ["redis-server", "--bind", f"127.0.0.1 {SERVER_IP}", "--port", str(REDIS_PORT),
                             "--save", "", "--appendonly", "no", "--protected-mode", "no"])
        _wait_for(lambda: _port_open("127.0.0.1", REDIS_PORT), 30, "redis")
        self.home.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(project_root() / "deploy" / "dagster.yaml", self.home / "dagster.yaml")
        workspace = project_root() / "deploy" / "workspace.yaml"
        self.servers["code-server"] = self.spawn("code-server", [str(BIN / "dagster"), "code-server", "start", "-h", "127.0.0.1",
                                   "-p", str(CODE_PORT), "-m", "park_pipeline.orchestration.definitions"])
        _wait_for(lambda: _port_open("127.0.0.1", CODE_PORT), 120, "code server")
        # The check drives its rounds itself: the sensors and the schedule stay off.
        for kind, name in (("sensor", "seeds_sensor"), ("sensor", "aggregates_automation"),
                           ("schedule", "daily_reconcile")):
            subprocess.run([str(BIN / "dagster"), kind, "stop", name, "-w", str(workspace)], env=self.env("127.0.0.1"),
                           check=True, stdout=subprocess.DEVNULL, cwd=self.root, timeout=120)
        self.servers["webserver"] = self.spawn("webserver", [str(BIN / "dagster-webserver"), "-h", "127.0.0.1", "-p", str(WEB_PORT),
                                 "-w", str(workspace)])
        self.servers["daemon"] = self.spawn("daemon", [str(BIN / "dagster-daemon"), "run", "-w", str(workspace)])
        _wait_for(lambda: _port_open("127.0.0.1", WEB_PORT), 120, "webserver")

    def _start_postgres(self) -> None:
        """PostgreSQL as the postgres user (initdb refuses root), socket in a folder of its own."""
        data, sockets = self.root / "pg" / "data", self.root / "pg" / "sockets"
        sockets.mkdir(parents=True, exist_ok=True)
        shutil.chown(self.root / "pg", "postgres")
        shutil.chown(sockets, "postgres")
        password = self.root / "pg" / "password"
        password.write_text("park\n")
        shutil.chown(password, "postgres")
        bindir = _postgres_bindir()
        subprocess.run([str(bindir / "initdb"), "-D", str(data), "-U", "park", "--auth=scram-sha-256",
                        f"--pwfile={password}"], user="postgres", check=True, stdout=subprocess.DEVNULL, timeout=120)
        with (data / "pg_hba.conf").open("a") as hba:
            hba.write(f"host all all {SERVER_IP}/30 scram-sha-256\n")
        self.servers["postgres"] = self.spawn("postgres", [str(bindir / "postgres"), "-D", str(data), "-k", str(sockets), "-p", str(PG_PORT),
                                "-c", f"listen_addresses=127.0.0.1,{SERVER_IP}", "-c", "max_connections=200",
                                "-c", "fsync=off"], user="postgres")
        _wait_for(lambda: _port_open("127.0.0.1", PG_PORT), 60, "postgres")
        for statement in queries.CHECK_DATABASES:
            self.psql(statement)

    def psql(self, statement: str) -> None:
        _wait_for(lambda: subprocess.run(
            ["psql", "-h", "127.0.0.1", "-p", str(PG_PORT), "-U", "park", "-d", "postgres", "-qc", statement],
            env={**os.environ, "PGPASSWORD": "park"}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        ).returncode == 0, 30, statement)

    def start_worker(self, name: str, namespace: str, host: str) -> _Worker:
        config = resources.files("park_pipeline.orchestration") / "celery.yaml"
        process = self.spawn(name, [str(BIN / "dagster-celery"), "worker", "start", "-A", "dagster_celery.app",
                                    "-y", str(config), "-n", name, "--", "--pool=solo"],
                             env=self.env(host), namespace=namespace)
        log = self.logs / f"{name}.log"

        def ready() -> bool:
            if process.poll() is not None:
                raise SystemExit(f"celery {name} exited with {process.returncode}: see {log}")
            return "ready." in log.read_text(errors="replace")

        _wait_for(ready, 120, f"celery {name}")
        self.workers = [w for w in self.workers if w.name != f"{name}@{namespace}"]
        self.workers.append(_Worker(f"{name}@{namespace}", process, log))
        return self.workers[-1]

    def round(self, chunks: list[list[Path]], kill: _Worker | None = None) -> _Round:
        """The pages as len(chunks) batches: a run per batch reads it (all at once), then a run
        per batch cleans and extracts it (all at once), then one run refreshes the aggregates."""
        from park_pipeline.orchestration.batching import record_seed_changes
        from park_pipeline.orchestration.resources import ParkStorage

        self._fresh_warehouse()
        os.environ.update(self.env("127.0.0.1"))
        storage = ParkStorage()
        instance = _instance()
        batch_ids = []
        for chunk in chunks:
            _link(chunk, self.seeds)
            batch_ids.append(record_seed_changes(storage))
        instance.add_dynamic_partitions("ingest_batches", batch_ids)
        start, since = time.perf_counter(), datetime.now(timezone.utc)
        logs = {path: path.stat().st_size for path in self.logs.glob("worker-*.log")}
        killed, waves, spans, cpu = False, {}, {}, {}
        for job in ("read_batch_job", "text_batch_job", "aggregates_job"):
            wave_start, cpu[job] = time.perf_counter(), _CpuUse.now(self.workers, self.servers)
            wave_logs = {path: path.stat().st_size for path in self.logs.glob("worker-*.log")}
            partitions = [None] if job == "aggregates_job" else batch_ids
            # all at once, as a sensor's tick queues them: the daemon then launches them together
            # instead of the first alone and the rest after its launch (seconds) has finished
            with ThreadPoolExecutor(len(partitions)) as pool:
                list(pool.map(partial(_submit, job), partitions))
            if kill and job == "text_batch_job":
                killed = self._kill_mid_step(kill)
            _wait_for_runs(instance, job, partitions, since)
            waves[job], spans[job] = time.perf_counter() - wave_start, _steps_span(wave_logs)
            cpu[job] = cpu[job].between(_CpuUse.now(self.workers, self.servers))
        seconds = time.perf_counter() - start
        if kill:
            self.restart(kill)
        kept = self.root / f"round-{len(list(self.root.glob('round-*.duckdb'))) + 1}.duckdb"
        shutil.copyfile(storage.warehouse().public_path, kept)
        return _Round(kept, seconds, waves, spans, _step_seconds(logs), killed, cpu["text_batch_job"])

    def _fresh_warehouse(self) -> None:
        shutil.rmtree(self.warehouse_dir.parent, ignore_errors=True)
        self.seeds.mkdir(parents=True)
        for statement in queries.FRESH_LAKE_CATALOG:
            self.psql(statement)

    def _kill_mid_step(self, worker: _Worker) -> bool:
        """SIGKILL the worker's Celery process half a second into a step it received and has not
        finished; True when the log, final once the process is dead, shows the step unfinished."""
        offset = worker.log.stat().st_size
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            log = worker.log.read_bytes()
            received = re.findall(rb"execute_plan\[([^]]+)\] received", log[offset:])
            if received:
                finished = b"execute_plan[" + received[0] + b"] succeeded"
                time.sleep(0.5)
                if finished in worker.log.read_bytes():
                    offset = len(log)  # too short a step: wait for the next one
                    continue
                os.kill(_celery_process(worker.process.pid), signal.SIGKILL)
                worker.process.wait(timeout=30)
                return finished not in worker.log.read_bytes()
            time.sleep(0.1)
        return False

    def restart(self, worker: _Worker) -> None:
        """A killed worker comes back (as a supervisor or `restart: always` would bring it)."""
        _stop(worker.process)
        name, namespace = worker.name.split("@")
        host = "127.0.0.1" if namespace == SERVER_NS else SERVER_IP
        worker.process = self.start_worker(name, namespace, host).process


def _submit(job: str, partition: str | None) -> None:
    """Queue a run of `job` for `partition` (None: unpartitioned) through the webserver, with a
    client of its own (one per thread)."""
    from dagster_graphql import DagsterGraphQLClient

    client = DagsterGraphQLClient("127.0.0.1", port_number=WEB_PORT)
    client.submit_job_execution(job, tags={"dagster/partition": partition} if partition else None)


_CELERY_STAMP = rb"^\[(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}): INFO/MainProcess\] Task execute_plan\[[^]]+\] "


def _steps_span(logs: dict[Path, int]) -> float:
    """Seconds from the first step a worker took to the last step a worker finished, from what
    their logs say past the given offsets (one machine: the workers' clocks agree)."""
    taken, done = [], []
    for path, offset in logs.items():
        with path.open("rb") as log:
            log.seek(offset)
            text = log.read()
        taken += re.findall(_CELERY_STAMP + rb"received", text, re.MULTILINE)
        done += re.findall(_CELERY_STAMP + rb"succeeded", text, re.MULTILINE)
    if not taken or not done:
        return 0.0
    first, last = (datetime.strptime(t.decode(), "%Y-%m-%d %H:%M:%S,%f") for t in (min(taken), max(done)))
    return (last - first).total_seconds()


def _step_seconds(logs: dict[Path, int]) -> float:
    """Seconds the workers spent in steps, from what their logs say past the given offsets."""
    total = 0.0
    for path, offset in logs.items():
        with path.open("rb") as log:
            log.seek(offset)
            total += sum(float(m) for m in re.findall(rb"execute_plan\[[^]]+\] succeeded in ([0-9.]+)s", log.read()))
    return total


def _generate(root: Path, pages: int, batches: int) -> list[list[Path]]:
    paths = write_pages(pages, root / "pages", load_templates(project_root() / "seeds"))
    past = time.time() - 60
    for path in paths:
        os.utime(path, (past, past))
    size = -(-pages // batches)
    return [paths[i:i + size] for i in range(0, pages, size)]


def _local_build(root: Path, chunks: list[list[Path]]) -> Path:
    """The same pages built by the embedded profile (`park-pipeline run`, as `make run` does)."""
    local = root / "local"
    for chunk in chunks:
        _link(chunk, local / "seeds")
    env = {key: value for key, value in os.environ.items() if not key.startswith("PARK_")}
    env |= {"PARK_SEEDS_DIR": str(local / "seeds"), "PARK_WAREHOUSE": str(local / "wh" / "parks.duckdb"),
            "DAGSTER_HOME": str(local / "dagster_home")}
    subprocess.run([str(BIN / "park-pipeline"), "run", "--top", "0"], env=env, check=True,
                   stdout=subprocess.DEVNULL, timeout=ROUND_TIMEOUT_S)
    return local / "wh" / "parks.duckdb"


def _link(paths: list[Path], folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for path in paths:
        os.link(path, folder / path.name)


def _differences(expected: Path, actual: Path) -> list[str]:
    """Tables whose row count or content hash differ (run-specific columns aside)."""
    different = []
    for table, columns in TABLES.items():
        if table in NOT_IN_WAREHOUSE:
            continue
        sql = queries.table_fingerprint(table, [c for c in columns if c not in RUN_SPECIFIC.get(table, ())])
        mine, theirs = (published.query(path, sql).rows for path in (expected, actual))
        if mine != theirs:
            different.append(f"{table}: {mine[0]} != {theirs[0]}")
    return different


def _instance():
    """The cluster's Dagster instance holding one PostgreSQL connection, as the webserver's does:
    by default every query opens a new connection (a PostgreSQL process forked, a password
    exchange), and the check polls the runs twice a second."""
    import dagster as dg

    instance = dg.DagsterInstance.get()
    instance.optimize_for_webserver(statement_timeout=0, pool_recycle=3600, max_overflow=0)
    return instance


def _wait_for_runs(instance, job: str, partitions: list[str | None], since: datetime) -> None:
    """Until every partition (None: the unpartitioned job) has a successful run of `job`, its
    retries included; fails when runs failed and none is left to retry them for a minute."""
    import dagster as dg

    busy = [dg.DagsterRunStatus.QUEUED, dg.DagsterRunStatus.NOT_STARTED, dg.DagsterRunStatus.STARTING,
            dg.DagsterRunStatus.STARTED, dg.DagsterRunStatus.CANCELING]
    idle_since = [None]

    def done() -> bool:
        succeeded = {run.tags.get("dagster/partition") for run in instance.get_runs(
            dg.RunsFilter(job_name=job, statuses=[dg.DagsterRunStatus.SUCCESS], created_after=since))}
        if all(p in succeeded for p in partitions):
            return True
        if instance.get_runs_count(dg.RunsFilter(job_name=job, statuses=busy)):
            idle_since[0] = None
        elif idle_since[0] is None:
            idle_since[0] = time.monotonic()
        elif time.monotonic() - idle_since[0] > 60:
            raise SystemExit(f"{job}: runs failed and none was retried (see the Dagster UI or logs/)")
        return False

    _wait_for(done, ROUND_TIMEOUT_S, f"the {job} runs")


def _celery_process(pid: int) -> int:
    """The `celery worker` process `dagster-celery worker start` (pid) runs as its child."""
    import psutil

    children = psutil.Process(pid).children(recursive=True)
    return next(p.pid for p in children if "celery" in " ".join(p.cmdline()) and "worker" in p.cmdline())


def _postgres_bindir() -> Path:
    return max(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: int(p.parent.name))


def _port_open(host: str, port: int) -> bool:
    import socket

    with socket.socket() as sock:
        sock.settimeout(1)
        return sock.connect_ex((host, port)) == 0


def _wait_for(condition, timeout_s: float, what: str) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out after {timeout_s:.0f} s waiting for {what}")
        time.sleep(0.5)


def _stop(process: subprocess.Popen) -> None:
    """SIGTERM the process's group, SIGKILL it after 20 s."""
    if process.poll() is not None:
        return
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=20)
    except ProcessLookupError:
        pass


@contextmanager
def _namespaces() -> Iterator[None]:
    """park-srv and park-wrk joined by a veth pair with the /30's two addresses; removed on exit."""
    def ip(*args: str, check: bool = True) -> None:
        subprocess.run(["ip", *args], check=check, stderr=subprocess.DEVNULL if not check else None, timeout=30)

    for namespace in (SERVER_NS, WORKER_NS):
        ip("netns", "delete", namespace, check=False)  # left by a check that was killed
    try:
        for namespace in (SERVER_NS, WORKER_NS):
            ip("netns", "add", namespace)
            ip("-n", namespace, "link", "set", "lo", "up")
        ip("-n", SERVER_NS, "link", "add", "park-veth0", "type", "veth", "peer", "name", "park-veth1",
           "netns", WORKER_NS)
        ip("-n", SERVER_NS, "addr", "add", f"{SERVER_IP}/30", "dev", "park-veth0")
        ip("-n", WORKER_NS, "addr", "add", f"{WORKER_IP}/30", "dev", "park-veth1")
        ip("-n", SERVER_NS, "link", "set", "park-veth0", "up")
        ip("-n", WORKER_NS, "link", "set", "park-veth1", "up")
        yield
    finally:
        for namespace in (SERVER_NS, WORKER_NS):
            ip("netns", "delete", namespace, check=False)


def _enter_namespace(name: str) -> None:
    """Move this (single-threaded) process into a named network namespace (setns(2))."""
    libc = ctypes.CDLL(None, use_errno=True)
    fd = os.open(f"/var/run/netns/{name}", os.O_RDONLY)
    try:
        if libc.setns(fd, 0x40000000) != 0:  # CLONE_NEWNET
            raise OSError(ctypes.get_errno(), f"setns {name}")
    finally:
        os.close(fd)


@contextmanager
def _stop_on_signals() -> Iterator[None]:
    """SIGTERM and SIGINT unwind the stack, so every server is stopped on the way out."""
    def stop(signum, _frame):
        raise SystemExit(f"stopped by signal {signum}")

    previous = {s: signal.signal(s, stop) for s in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)


if __name__ == "__main__":
    typer.run(main)
