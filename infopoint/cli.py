"""The `infopoint` command: `infopoint run` serves the demo portal, other subcommands wrap
management commands that need the embedded database held for their whole run."""

import argparse
import fcntl
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = BASE_DIR / "var"


class AlreadyRunning(SystemExit):
    pass


def _hold_run_lock():
    """One `infopoint run` per checkout: a second one would share the database."""
    VAR_DIR.mkdir(exist_ok=True)
    lock_file = open(VAR_DIR / "run.lock", "a+")  # noqa: SIM115 - held for the process life
    try:
        fcntl.flock(lock_file, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        lock_file.seek(0)
        owner = lock_file.read().strip() or "?"
        raise AlreadyRunning(
            f"Infopoint is already running from this folder (process {owner}), using its "
            f"database in {VAR_DIR / 'pgdata'}. Stop it with Ctrl-C in its terminal first."
        ) from None
    lock_file.seek(0)
    lock_file.truncate()
    lock_file.write(str(os.getpid()))
    lock_file.flush()
    return lock_file


def _check_port(host, port):
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError:
            raise SystemExit(
                f"Port {port} on {host} is already in use (another Infopoint or another "
                f"program). Stop it, or choose another port: make run PORT={port + 1}"
            ) from None


def _wait_healthy(url, process, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        try:
            with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 - our own localhost URL
                if response.status == 200:
                    return True
        except OSError:
            time.sleep(0.3)
    return False


def _stop(processes):
    for process in processes:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
    deadline = time.monotonic() + 15
    for process in processes:
        remaining = max(0.1, deadline - time.monotonic())
        try:
            process.wait(remaining)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def run(args):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "infopoint.settings")
    os.environ.setdefault("INFOPOINT_DEMO", "1")
    lock = _hold_run_lock()
    _check_port(args.host, args.port)

    started = time.monotonic()
    import django
    from django.core.management import call_command
    from django.db import connections

    print("Starting the database and preparing the portal…", flush=True)
    django.setup()  # with DATABASE_URL unset this starts or joins the embedded server
    call_command("migrate", interactive=False, verbosity=0)
    call_command("createcachetable", verbosity=0)
    call_command("collectstatic_if_changed", verbosity=0)
    call_command("load_demo", verbosity=1)
    connections.close_all()

    # Children run in their own sessions, so Ctrl-C reaches only this supervisor, which
    # stops them in order: web first, then the worker, then the database.
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}

    def start_worker():
        return subprocess.Popen(
            [sys.executable, str(BASE_DIR / "manage.py"), "db_worker", "--interval", "1"],
            cwd=BASE_DIR,
            env=env,
            start_new_session=True,
        )

    def start_web():
        return subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "infopoint.wsgi",
                "--bind",
                f"{args.host}:{args.port}",
                "--workers",
                str(args.workers),
                "--graceful-timeout",
                "10",
                "--log-level",
                "warning",
            ],
            cwd=BASE_DIR,
            env=env,
            start_new_session=True,
        )

    children = [Child("web server", start_web), Child("task worker", start_worker)]

    def shutdown(signum, frame):
        print("\nStopping Infopoint…", flush=True)
        _stop([child.process for child in children])
        lock.close()
        sys.exit(0)

    signal.signal(signal.SIGINT, shutdown)
    signal.signal(signal.SIGTERM, shutdown)

    url = f"http://{args.host}:{args.port}"
    if not _wait_healthy(f"{url}/healthz", children[0].process):
        _stop([child.process for child in children])
        raise SystemExit("The web server did not start; see the messages above.")

    from infopoint.demo import demo_logins

    print(
        f"\nInfopoint is ready at {url}/ (English: {url}/en/) after "
        f"{time.monotonic() - started:.1f} s."
    )
    print(f"Back-office: {url}/admin/")
    print("Demo logins:")
    for username, password, role in demo_logins():
        print(f"  {username:<8} {password}   {role}")
    print("Press Ctrl-C to stop.", flush=True)

    supervise(children)
    raise SystemExit(1)


# A child that stops is started again, as systemd's Restart=always does in production, but
# not endlessly: one that keeps failing has a real problem, which the person must see.
RESTARTS = 5
RESTART_WINDOW = 300  # seconds
RESTART_PAUSE = 1.0


class Child:
    """A process `infopoint run` keeps running, with the times it was started again."""

    def __init__(self, name, start):
        self.name = name
        self.start = start
        self.process = start()
        self.restarts = []


def supervise(children, *, restarts=RESTARTS, window=RESTART_WINDOW, pause=RESTART_PAUSE):
    """Start each child again when it stops, at most `restarts` times in `window` seconds;
    past that, stop them all and return."""
    while True:
        for child in children:
            code = child.process.poll()
            if code is None:
                continue
            now = time.monotonic()
            child.restarts = [at for at in child.restarts if now - at < window]
            if len(child.restarts) >= restarts:
                print(
                    f"The {child.name} stopped (exit code {code}) for the {restarts + 1}th "
                    f"time in {window // 60} minutes; stopping Infopoint. See the messages "
                    "above for the cause.",
                    flush=True,
                )
                _stop([each.process for each in children])
                return
            child.restarts.append(now)
            print(
                f"The {child.name} stopped (exit code {code}); starting it again "
                f"(restart {len(child.restarts)} of at most {restarts} in "
                f"{window // 60} minutes).",
                flush=True,
            )
            time.sleep(pause)
            child.process = child.start()
        time.sleep(pause)


def manage(args):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "infopoint.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["infopoint", *args.rest])


def main(argv=None):
    parser = argparse.ArgumentParser(prog="infopoint", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    run_parser = sub.add_parser("run", help="serve the demo portal with gunicorn")
    run_parser.add_argument("--host", default="127.0.0.1")
    run_parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", 8000)))
    run_parser.add_argument(
        "--workers", type=int, default=int(os.environ.get("WEB_CONCURRENCY", 2))
    )
    run_parser.set_defaults(func=run)
    manage_parser = sub.add_parser("manage", help="run a manage.py command")
    manage_parser.add_argument("rest", nargs=argparse.REMAINDER)
    manage_parser.set_defaults(func=manage)
    args = parser.parse_args(argv)
    args.func(args)


if __name__ == "__main__":
    main()
