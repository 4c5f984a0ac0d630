"""How many examples each property-based test draws.

`make test` is the quick run: a few dozen examples per test, so the suite stays within its
time budget. `make fuzz` is the full run (FUZZ=full): 1,000 examples for every input anyone
can send (public forms, search and filter parameters, the parsers and validators behind
them) and 300 for every staff form, which is what the security issue asks of a release.

    @settings(max_examples=examples("public"), deadline=None)
"""

import os

QUICK = {"public": 50, "staff": 40}
FULL = {"public": 1000, "staff": 300}


def examples(kind: str) -> int:
    """`kind` is "public" (anyone can send it) or "staff" (a form behind a login)."""
    counts = FULL if os.environ.get("FUZZ") == "full" else QUICK
    return counts[kind]
