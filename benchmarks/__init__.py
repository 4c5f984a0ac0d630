"""`make bench`: the benchmark, outside the installed portal (docs/performance.md).

python -m benchmarks run --scale small|medium|region [--reuse] [--only PAGE ...]
python -m benchmarks seed --scale SCALE --targets FILE   (run does this)
python -m benchmarks prepare                              (run does this)
"""
