"""Seeding the benchmark database: fast (COPY and batched inserts), never the demo one."""

import html

from django.db import connection

FORTUNES = [
    "fortune: No such file or directory",
    "A computer scientist is someone who fixes things that aren't broken.",
    "After enough decimal places, nobody gives a damn.",
    "A bad random number generator: 1, 1, 1, 1, 1, 4.33e+67, 1, 1, 1",
    "A computer program does what you tell it to do, not what you want it to do.",
    "Emacs is a nice operating system, but I prefer UNIX. — Tom Christaensen",
    "Any program that runs right is obsolete.",
    "A list is only as strong as its weakest link. — Donald Knuth",
    "Feature: A bug with seniority.",
    "Computers make very fast, very accurate mistakes.",
    '<script>alert("This should not be displayed in a browser alert box.");</script>',
    "フレームワークのベンチマーク",
]


def seed_fortunes():
    with connection.cursor() as cursor:
        cursor.execute(
            "CREATE TABLE IF NOT EXISTS bench_fortune (id integer PRIMARY KEY, message text)"
        )
        cursor.execute("TRUNCATE bench_fortune")
        with cursor.copy("COPY bench_fortune (id, message) FROM STDIN") as copy:
            for number, message in enumerate(FORTUNES, start=1):
                copy.write_row((number, message))
    return len(FORTUNES)


def escaped(text):
    return html.escape(text)


def static_path():
    from django.contrib.staticfiles.storage import staticfiles_storage

    return staticfiles_storage.url("bootstrap/css/bootstrap.min.css")


def seed(*, scale):
    counts = {"fortunes": seed_fortunes()}
    pages = [
        {"name": "static", "role": "static", "path": static_path()},
        {"name": "fortunes", "role": "fortunes", "path": "/bench/fortunes"},
        {"name": "home", "role": "home", "path": "/"},
    ]
    return {"counts": counts, "pages": pages, "session": None}
