"""Run every benchmark module and print the figures (``--json`` for one JSON object)."""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import sys
import time

import benchmarks


def discover(only: list[str]) -> list[str]:
    names = sorted(info.name for info in pkgutil.iter_modules(benchmarks.__path__)
                   if info.name.startswith("bench_"))
    return [n for n in names if not only or any(o in n for o in only)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("only", nargs="*", help="run only modules whose name contains this")
    args = parser.parse_args(argv)
    figures: dict[str, float] = {}
    for name in discover(args.only):
        started = time.perf_counter()
        module = importlib.import_module(f"benchmarks.{name}")
        results = module.run()
        clash = set(results) & set(figures)
        if clash:
            raise SystemExit(f"{name}: figure names already used: {sorted(clash)}")
        figures.update(results)
        print(f"{name}: {time.perf_counter() - started:.1f} s", file=sys.stderr)
    if args.json:
        print(json.dumps(figures, indent=2, sort_keys=True))
    else:
        for key, value in sorted(figures.items()):
            print(f"{key:32} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
