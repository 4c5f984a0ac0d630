"""Reference pages for the benchmark, mounted only by the benchmark settings (benchmarks.settings).

`baseline` is Django's own limit on this machine: a constant through the full middleware
stack. `fortunes` is the TechEmpower Fortunes workload (read 12 rows, add one in memory,
sort, render escaped), an in-run stand-in for other frameworks' published results.
"""

from django.db import connection
from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET


@require_GET
def baseline(request):
    return HttpResponse(b"Hello, World!", content_type="text/plain")


@require_GET
def fortunes(request):
    with connection.cursor() as cursor:
        cursor.execute("SELECT id, message FROM bench_fortune")
        rows = cursor.fetchall()
    rows.append((0, "Additional fortune added at request time."))
    rows.sort(key=lambda row: row[1])
    return render(request, "benchmarks/fortunes.html", {"fortunes": rows})
