"""How many examples each property-based test draws.

`make test` is the quick run: a few dozen examples per test, so the suite stays within its
time budget. `make fuzz` is the full run (FUZZ=full): 1,000 examples for every input anyone
can send (public forms, search and filter parameters, the parsers and validators behind
them) and 300 for every staff form, which is what the security issue asks of a release.

    @settings(max_examples=examples("public"), deadline=None)
"""

import os

QUICK = {"public": 50, "staff": 40, "endpoint": 3}
FULL = {"public": 1000, "staff": 300, "endpoint": 100}


def examples(kind: str) -> int:
    """`kind` is "public" (anyone can send it), "staff" (a form behind a login) or
    "endpoint" (mixtures per URL of tests/infopoint/test_no_server_errors.py, which also
    sweeps every hostile value over every URL: there are a few hundred URLs)."""
    counts = FULL if os.environ.get("FUZZ") == "full" else QUICK
    return counts[kind]
