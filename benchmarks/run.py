"""`make bench`: seed a separate database, serve it like production, measure with wrk.

The machine is noisy, so every page is measured in rounds interleaved with the baseline
(a constant view through the full middleware stack), and the reported ratio is the median
of the per-round ratios page ÷ baseline, both measured on the same server.

Pages are served by one or more gunicorn servers that differ only in production switches
(SERVERS): "fresh" pages are the public pages asked of a server whose page cache is off,
and each cache is measured with and without it by asking a server where it is switched off.
"""

import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import quote_plus

import psutil

BASE_DIR = Path(__file__).resolve().parents[1]
OUT_DIR = BASE_DIR / "var" / "bench"
LUA_DIR = Path(__file__).resolve().parent / "lua"

SCALES = {
    # seconds per measurement, rounds
    "small": {"duration": 2, "rounds": 1, "warmup": 1},
    "medium": {"duration": 5, "rounds": 3, "warmup": 2},
    "region": {"duration": 6, "rounds": 3, "warmup": 2},
}


# Each server is the production configuration with these switches (environment).
SERVERS = {
    "main": {},
    "fresh": {"PUBLIC_CACHE": "0"},
}

# The regional write rate ×10: the seed's region has a desk write every few seconds.
WRITES_PER_SECOND = 3
# First views after a change, timed one by one after a colleague's note.
FIRST_VIEWS = {"small": 8, "medium": 20, "region": 30}


def _free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def bench_env(scale):
    from django.core.management.utils import get_random_secret_key

    # Production configuration even when a test starts the benchmark: no test settings.
    inherited = {key: value for key, value in os.environ.items() if not key.startswith("PYTEST")}
    return {
        **inherited,
        "DJANGO_SETTINGS_MODULE": "benchmarks.settings",
        "PUBLIC_CACHE": "1",
        "INFOPOINT_DATABASE_NAME": f"infopoint_bench_{scale}",
        "SECRET_KEY": os.environ.get("SECRET_KEY") or _secret_key(get_random_secret_key),
        "DEBUG": "0",
        "HTTPS": "0",
        "REQUIRE_2FA": "0",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "EMAIL_URL": f"file://{OUT_DIR / 'mail'}",
        "AXES_ENABLED": "0",
        # wrk is a local proxy for many visitors (rotate.lua names them in X-Forwarded-For).
        "TRUSTED_PROXIES": "127.0.0.1",
        "PYTHONUNBUFFERED": "1",
    }


def _secret_key(generate):
    """The benchmark's own key, kept under var/bench: the sessions seeded for the logged-in
    pages are signed with it, and `--reuse` measures them again in a later run."""
    path = OUT_DIR / "secret_key"
    if not path.exists():
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        path.write_text(generate())
        path.chmod(0o600)
    return path.read_text().strip()


def manage(env, *args):
    subprocess.run(
        [sys.executable, str(BASE_DIR / "manage.py"), *args], cwd=BASE_DIR, env=env, check=True
    )


def benchmarks_step(env, *args):
    subprocess.run([sys.executable, "-m", "benchmarks", *args], cwd=BASE_DIR, env=env, check=True)


def wait_healthy(url, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 - localhost
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"The benchmark server did not answer at {url}.")


_RUNS = iter(range(1, 1_000_000))


def run_wrk(url, *, duration, headers=(), script=None, threads=2, connections=8):
    # post.lua makes its idempotency keys unique per run with BENCH_RUN.
    os.environ["BENCH_RUN"] = str(next(_RUNS))
    # A slow page (the dashboard) is measured, not failed: wrk's 2 s timeout would count
    # queued requests as errors.
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}s", "--latency"]
    command += ["--timeout", "30s"]
    for header in headers:
        command += ["-H", header]
    command += ["-s", str(script or LUA_DIR / "report.lua"), url]
    result = subprocess.run(command, capture_output=True, text=True, check=True)
    for line in result.stdout.splitlines():
        if line.startswith("JSON "):
            return json.loads(line[5:])
    raise RuntimeError(f"wrk printed no summary:\n{result.stdout}\n{result.stderr}")


def settle(base):
    """Wait until the requests a finished wrk run left queued in the server are answered:
    gunicorn's sync workers take them in order, so the next answer comes after them."""
    for _attempt in range(2):
        with urllib.request.urlopen(f"{base}/bench/baseline", timeout=120) as response:  # noqa: S310
            response.read()


def page_headers(page):
    """The page's extra headers, and its cookies (sessions, CSRF) as one Cookie header."""
    headers = list(page.get("headers", []))
    if page.get("cookies"):
        headers.append(
            "Cookie: " + "; ".join(f"{name}={value}" for name, value in page["cookies"].items())
        )
    return headers


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def probe(url, page=None):
    """One request as the load generator sends it: (status, Location, X-Queries)."""
    page = page or {}
    data = None
    if page.get("method", "GET") == "POST":
        data = page["body"].replace("{n}", os.urandom(6).hex()).encode()
    request = urllib.request.Request(url, data=data, method=page.get("method", "GET"))  # noqa: S310
    for header in page_headers(page):
        name, value = header.split(": ", 1)
        request.add_header(name, value)
    if data is not None:
        request.add_header("Content-Type", "application/x-www-form-urlencoded")
    opener = urllib.request.build_opener(_NoRedirects)
    try:
        with opener.open(request, timeout=60) as response:
            headers, status = response.headers, response.status
    except urllib.error.HTTPError as error:
        headers, status = error.headers, error.code
    return status, headers.get("Location", ""), int(headers.get("X-Queries", "-1"))


def check_pages(base, pages):
    """Every page answers as expected before anything is measured: a login that expired
    or a form that no longer validates would otherwise be measured as a fast redirect."""
    for page in pages:
        status, location, _queries = probe(base + page["path"], page)
        expected = page.get("expect", 200)
        if status != expected or (expected == 302 and "login" in location):
            raise SystemExit(
                f"The benchmark page {page['name']} ({page['path']}) answered {status} "
                f"{location} instead of {expected}."
            )


def queries_per_request(url, page=None):
    """Queries of one request; of GETs the least of three, so a cached page is counted on
    a hit and not on the generation check it makes once a second."""
    if (page or {}).get("method", "GET") != "GET":
        return probe(url, page)[2]
    return min(probe(url, page)[2] for _attempt in range(3))


def worker_rss_mb(master_pid):
    try:
        master = psutil.Process(master_pid)
        return max((child.memory_info().rss for child in master.children()), default=0) / (
            1024 * 1024
        )
    except psutil.Error:
        return 0.0


def _cpu_model():
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return ""


def markdown_table(report):
    lines = [
        "| page | role | req/s | ratio | p50 ms | p95 ms | p99 ms | errors | queries |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for page in report["pages"]:
        lines.append(
            f"| {page['name']} | {page['role']} | {page['rps']:.0f} | {page['ratio']:.3f} | "
            f"{page['p50_ms']:.1f} | {page['p95_ms']:.1f} | {page['p99_ms']:.1f} | "
            f"{page['errors']} | {page['queries']} |"
        )
    under_writes = [page for page in report["pages"] if "writes_per_second" in page]
    if under_writes:
        lines += [
            "",
            "| page | writes/s | write errors | first view p50 ms | its queries | "
            "baseline p50 ms | first view ratio |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
        ]
        for page in under_writes:
            first = page.get("first_view") or {}
            lines.append(
                f"| {page['name']} | {page['writes_per_second']:.1f} | {page['write_errors']} | "
                f"{first.get('p50_ms', 0):.1f} | {first.get('queries', '')} | "
                f"{first.get('baseline_p50_ms', 0):.1f} | {first.get('ratio', 0):.3f} |"
            )
    return "\n".join(lines)


def main(scale="small", *, reuse=False, only=None):
    if not shutil.which("wrk"):
        raise SystemExit("The benchmark drives load with wrk: install it with `apt install wrk`.")
    settings = SCALES[scale]
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    env = bench_env(scale)

    # Hold the embedded server for the whole run (unless DATABASE_URL names a server).
    if not os.environ.get("DATABASE_URL"):
        os.environ["INFOPOINT_DATABASE_NAME"] = env["INFOPOINT_DATABASE_NAME"]
        from infopoint import embedded_db

        embedded_db.server()

    started = time.monotonic()
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "createcachetable")
    manage(env, "collectstatic_if_changed")
    # The seeded database is kept per scale: `--reuse` measures it again without reseeding.
    targets_file = OUT_DIR / f"targets-{scale}.json"
    if not (reuse and targets_file.exists()):
        benchmarks_step(env, "seed", "--scale", scale, "--targets", str(targets_file))
    else:
        print(f"Reusing the {scale} database seeded for {targets_file.name}.")
    benchmarks_step(env, "prepare")
    seed_seconds = time.monotonic() - started
    targets = json.loads(targets_file.read_text())
    if only:
        unknown = set(only) - {page["name"] for page in targets["pages"]}
        if unknown:
            raise SystemExit(f"No such page: {', '.join(sorted(unknown))}.")
        targets["pages"] = [page for page in targets["pages"] if page["name"] in only]

    wanted = {page.get("server", "main") for page in targets["pages"] if page.get("path")}
    servers = {}
    load_before = os.getloadavg()
    try:
        for name in [name for name in SERVERS if name in wanted | {"main"}]:
            servers[name] = start_server({**env, **SERVERS[name]})
        for base, _process in servers.values():
            wait_healthy(f"{base}/healthz")
        report = measure(servers, targets, settings, scale)
    finally:
        for _base, process in servers.values():
            process.send_signal(signal.SIGTERM)
        for _base, process in servers.values():
            process.wait(20)

    report.update(
        scale=scale,
        seed_seconds=targets.get("seed_seconds", round(seed_seconds, 1)),
        prepare_seconds=round(seed_seconds, 1),
        seed_timings=targets.get("timings", {}),
        machine={
            "cpus": os.cpu_count(),
            "cpu": _cpu_model(),
            "memory_gb": round(psutil.virtual_memory().total / 2**30),
            # Above the core count, other processes shared the machine with the run.
            "load_average_before": round(load_before[0], 1),
            "load_average_after": round(os.getloadavg()[0], 1),
        },
        database_size_mb=targets.get("database_size_mb"),
        counts=targets.get("counts", {}),
    )
    (OUT_DIR / "report.json").write_text(json.dumps(report, indent=2, ensure_ascii=False))
    table = markdown_table(report)
    (OUT_DIR / "report.md").write_text(table + "\n")
    print(table)
    print(
        f"\nWorker peak RSS {report['worker_peak_rss_mb']:.0f} MB; "
        f"database {report['database_size_mb']} MB; seeded in {report['seed_seconds']:.0f} s "
        f"({seed_seconds:.0f} s with migrations); load average "
        f"{report['machine']['load_average_before']} → {report['machine']['load_average_after']}"
        f" on {report['machine']['cpus']} cores."
    )
    if report["left_out"]:
        print(f"Left out (no such page yet): {', '.join(report['left_out'])}.")
    print(f"Report: {OUT_DIR / 'report.json'}")


def start_server(env):
    port = _free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "infopoint.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "2",
            "--log-level",
            "warning",
        ],
        cwd=BASE_DIR,
        env={**env, "INFOPOINT_REQUEST_LOG": "0"},
        start_new_session=True,
    )
    return f"http://127.0.0.1:{port}", process


class Writer(threading.Thread):
    """A second client that writes at WRITES_PER_SECOND while a staff screen is measured:
    in turn across offices, an intake, a note on an open case, a status change (in
    progress → waiting for the entrepreneur → in progress)."""

    def __init__(self, base, writers, csrf, rate=WRITES_PER_SECOND):
        super().__init__(daemon=True)
        self.base, self.writers, self.csrf, self.rate = base, writers, csrf, rate
        self.stopping = threading.Event()
        self.done = self.errors = 0
        self.waiting = set()  # status cases now waiting for the entrepreneur
        self.lock = threading.Lock()

    def post(self, office, path, body):
        page = {
            "method": "POST",
            "body": body,
            "cookies": {"sessionid": office["session"], "csrftoken": self.csrf},
            "headers": [f"X-CSRFToken: {self.csrf}"],
        }
        status, location, _queries = probe(self.base + path, page)
        return status == 302 and "login" not in location

    def write(self, number):
        offices, paths = self.writers["offices"], self.writers["paths"]
        office = offices[number % len(offices)]
        kind = (number // len(offices)) % 3
        if kind == 1 and office["note_cases"]:
            pk = office["note_cases"][number % len(office["note_cases"])]
            return self.post(office, paths["note"].format(pk=pk), "text=Bench+note+{n}")
        if kind == 2 and office["status_cases"]:
            pk = office["status_cases"][number % len(office["status_cases"])]
            for _attempt in range(2):  # a case a reused database left waiting flips back
                with self.lock:
                    to = "in_progress" if pk in self.waiting else "waiting_entrepreneur"
                    self.waiting ^= {pk}
                if self.post(office, paths["status"].format(pk=pk), f"to_status={to}&note="):
                    return True
            return False
        body = (
            f"question={quote_plus(self.writers['question'])}&channel=walk_in"
            f"&office={office['office']}&idempotency_key=00000000-0000-4000-8000-{{n}}"
        )
        return self.post(office, paths["intake"], body)

    def note(self, pk):
        """A colleague's note on case pk: the change whose first view is timed."""
        office = self.writers["offices"][0]
        return self.post(office, self.writers["paths"]["note"].format(pk=pk), "text=Changed+{n}")

    def _write(self, number):
        ok = self.write(number)
        with self.lock:
            if ok:
                self.done += 1
            else:
                self.errors += 1

    def run(self):
        """Writes start on the clock, each on its own thread, so a slow answer under load
        does not lower the rate."""
        number, started = 0, time.monotonic()
        with ThreadPoolExecutor(max_workers=16) as pool:
            while not self.stopping.is_set():
                pool.submit(self._write, number)
                number += 1
                self.stopping.wait(max(0.0, started + number / self.rate - time.monotonic()))

    def stop(self):
        self.stopping.set()
        self.join(120)


def first_views(base, page, writer, count):
    """The page asked once right after each of `count` changes it shows, one at a time,
    and the baseline asked the same way: (p50 ms, queries, p50 ms of the baseline)."""
    url = base + page["path"]
    page_times, baseline_times, queries = [], [], []
    for _attempt in range(count):
        writer.note(page["changed_case"])
        started = time.perf_counter()
        queries.append(probe(url, page)[2])
        page_times.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        probe(f"{base}/bench/baseline")
        baseline_times.append((time.perf_counter() - started) * 1000)
    return statistics.median(page_times), max(queries), statistics.median(baseline_times)


def measure(servers, targets, settings, scale):
    duration = settings["duration"]
    pages = [page for page in targets["pages"] if page.get("path")]
    for page in pages:
        check_pages(servers[page.get("server", "main")][0], [page])
    results = {page["name"]: [] for page in pages}
    baseline_runs = {name: [] for name in servers}
    first = {}
    peak_rss = 0.0

    for base, _process in servers.values():
        run_wrk(f"{base}/bench/baseline", duration=settings["warmup"])
    for page in pages:  # warm every page (template caches, connections, the page cache)
        base = servers[page.get("server", "main")][0]
        run_wrk(
            base + page["path"],
            duration=settings["warmup"],
            headers=page_headers(page),
            script=_script(page),
        )
        settle(base)

    for _round in range(settings["rounds"]):
        for page in pages:
            server = page.get("server", "main")
            base, process = servers[server]
            baseline = run_wrk(f"{base}/bench/baseline", duration=duration)
            baseline_runs[server].append(baseline)
            settle(base)
            writer = None
            if page.get("writes"):
                writer = Writer(base, targets["writers"], targets["csrf"])
                writer.start()
            try:
                measured = run_wrk(
                    base + page["path"],
                    duration=duration,
                    headers=page_headers(page),
                    script=_script(page),
                )
                if writer:
                    measured["writes"] = writer.done / duration
                    measured["write_errors"] = writer.errors
                if writer and page.get("changed_case") and page["name"] not in first:
                    first[page["name"]] = first_views(base, page, writer, FIRST_VIEWS[scale])
            finally:
                if writer:
                    writer.stop()
            settle(base)
            measured["ratio"] = measured["rps"] / baseline["rps"] if baseline["rps"] else 0
            results[page["name"]].append(measured)
            peak_rss = max(peak_rss, worker_rss_mb(process.pid))

    main_base = servers["main"][0]
    main_runs = baseline_runs["main"] or [r for runs in baseline_runs.values() for r in runs]
    report_pages = [
        {
            "name": "baseline",
            "role": "baseline",
            "rps": statistics.median(r["rps"] for r in main_runs),
            "ratio": 1.0,
            **_latency(main_runs),
            "errors": sum(r["errors"] for r in main_runs),
            "queries": queries_per_request(f"{main_base}/bench/baseline"),
        }
    ]
    for page in pages:
        runs = results[page["name"]]
        base = servers[page.get("server", "main")][0]
        entry = {
            "name": page["name"],
            "role": page["role"],
            "path": page["path"],
            "server": page.get("server", "main"),
            "rps": statistics.median(r["rps"] for r in runs),
            "ratio": statistics.median(r["ratio"] for r in runs),
            **_latency(runs),
            "errors": sum(r["errors"] for r in runs),
            "queries": queries_per_request(base + _sample_path(page), page),
        }
        if page.get("writes"):
            entry["writes_per_second"] = round(statistics.median(r["writes"] for r in runs), 2)
            entry["write_errors"] = sum(r["write_errors"] for r in runs)
        if page["name"] in first:
            page_ms, queries, baseline_ms = first[page["name"]]
            entry["first_view"] = {
                "p50_ms": round(page_ms, 1),
                "queries": queries,
                "baseline_p50_ms": round(baseline_ms, 1),
                # One request at a time: the ratio of the two service times.
                "ratio": round(baseline_ms / page_ms, 3) if page_ms else 0,
            }
        report_pages.append(entry)
    # Pages whose view does not exist (yet) are named, not silently dropped.
    left_out = [page["name"] for page in targets["pages"] if not page.get("path")]
    return {"pages": report_pages, "worker_peak_rss_mb": peak_rss, "left_out": left_out}


def _sample_path(page):
    """A rotating page's queries are counted on a query from the middle of its list."""
    paths = page.get("paths")
    if not paths or page.get("script") == "officers.lua":  # the measured officer's own
        return page["path"]
    return paths[len(paths) // 2]


def _latency(runs):
    return {key: statistics.median(r[key] for r in runs) for key in ("p50_ms", "p95_ms", "p99_ms")}


def _script(page):
    """The page's Lua script (rotate, post or none) with the reporter appended."""
    body = (LUA_DIR / page["script"]).read_text() if page.get("script") else ""
    path = OUT_DIR / f"{page['name']}.lua"
    path.write_text(body + "\n" + (LUA_DIR / "report.lua").read_text())
    for key in ("paths", "body"):
        if page.get(key):
            data = OUT_DIR / f"{page['name']}.{key}"
            data.write_text("\n".join(page[key]) if key == "paths" else page[key])
            os.environ[f"BENCH_{key.upper()}"] = str(data)
    return path
