"""python -m benchmarks: run the benchmark, or one of its steps on a benchmark database."""

import argparse
import json
import os

SCALES = ["small", "medium", "region"]


def _django():
    """seed and prepare run inside Django, on the benchmark database only."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "benchmarks.settings")
    import django

    django.setup()
    from django.db import connection

    if not connection.settings_dict["NAME"].startswith("infopoint_bench"):
        raise SystemExit("This step runs only on a benchmark database (python -m benchmarks).")
    return connection


def run(args):
    from benchmarks import run as bench_run

    bench_run.main(scale=args.scale, reuse=args.reuse, only=args.only)


def seed(args):
    connection = _django()
    from benchmarks import seed as seeder

    result = seeder.seed(scale=args.scale)
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_database_size(current_database())")
        result["database_size_mb"] = round(cursor.fetchone()[0] / 2**20)
    with open(args.targets, "w", encoding="utf-8") as target_file:
        json.dump(result, target_file, ensure_ascii=False, indent=2)
    counts = ", ".join(f"{name} {count}" for name, count in result["counts"].items())
    print(f"Seeded the {args.scale} benchmark database: {counts}.")


def prepare(args):
    _django()
    from benchmarks import seed as seeder

    for name, seconds in seeder.prepare().items():
        print(f"{name}: {seconds} s")


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    run_parser = sub.add_parser("run", help="seed, serve and measure (docs/performance.md)")
    run_parser.add_argument("--scale", choices=SCALES, default="small")
    run_parser.add_argument(
        "--reuse",
        action="store_true",
        help="keep the database seeded by the last run at this scale (migrations still run)",
    )
    run_parser.add_argument(
        "--only", nargs="+", metavar="PAGE", help="measure only these pages (and the baseline)"
    )
    run_parser.set_defaults(func=run)
    seed_parser = sub.add_parser("seed", help="seed the benchmark database")
    seed_parser.add_argument("--scale", choices=SCALES, default="small")
    seed_parser.add_argument("--targets", required=True)
    seed_parser.set_defaults(func=seed)
    prepare_parser = sub.add_parser("prepare", help="refresh derived tables after migrate")
    prepare_parser.set_defaults(func=prepare)
    args = parser.parse_args(argv)
    args.func(args)


if __name__ == "__main__":
    main()
