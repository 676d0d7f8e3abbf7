"""Speed and memory figures: ``python -m benchmarks --json`` prints one JSON object.

Every ``bench_*.py`` module here defines ``run() -> dict[str, float]``; names must not clash.
"""
