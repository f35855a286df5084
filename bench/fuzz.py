"""Fuzz `checker claims`: random and mutated inputs must never raise an unhandled exception.

Each input is a text built from random characters, from fragments the rules care about
(numbers, qualifiers, months, dates, front matter), or a seed article mutated by byte
flips, insertions, deletions and splices.  Every input goes through the whole
extraction (sources -> documents -> claims), as a file in a folder, like
`checker claims`.  An input error (bad front matter, binary) is a clean outcome; any
other exception is a failure and is written out for reproduction.

    python bench/fuzz.py --count 10000 [--seed 1]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import traceback
from pathlib import Path

FRAGMENTS = ["about ", "close to ", "more than ", "3,700", "1.5 million", "twenty-nine", "dozens of ",
             " troops", " people were injured", " killed", "May ", "In May, ", "17 August", "2023", "1998-1999",
             "two years ago", "last week", "on Monday", "(", ")", ",", ".", "\n", "\n\n", "---\n", "published: ",
             "2024-02-30", "\u00a0", "–", "“", "”", "$", "%", " and seven partners", " by 1,000", "Related posts\n",
             "Kosovo Force, or KFOR,", " a decade after the ", "0" * 30, "9" * 400, "\ufeff", "\x00"]


def random_input(rng: random.Random, seeds: list[bytes]) -> bytes:
    roll = rng.random()
    if roll < 0.25:
        return bytes(rng.randrange(256) for _ in range(rng.randrange(0, 400)))
    if roll < 0.55:
        return "".join(rng.choice(FRAGMENTS) for _ in range(rng.randrange(1, 60))).encode("utf-8", "replace")
    data = bytearray(rng.choice(seeds))
    for _ in range(rng.randrange(1, 20)):
        action = rng.random()
        position = rng.randrange(len(data) + 1)
        if action < 0.3 and data:
            data[min(position, len(data) - 1)] = rng.randrange(256)
        elif action < 0.6:
            data[position:position] = rng.choice(FRAGMENTS).encode("utf-8")
        elif action < 0.8 and data:
            del data[position:position + rng.randrange(1, 50)]
        else:
            other = rng.choice(seeds)
            start = rng.randrange(len(other))
            data[position:position] = other[start:start + rng.randrange(1, 200)]
    return bytes(data)


def run(count: int, seed: int, seeds_dir: Path, out: Path | None = None) -> list[str]:
    """Fuzz `count` inputs; returns the failures (tracebacks), each also saved under `out`."""
    from checker.errors import InputError
    from checker.pipeline import find_discrepancies, load_corpus

    rng = random.Random(seed)
    seeds = [p.read_bytes() for p in sorted(seeds_dir.glob("*.txt"))]
    failures: list[str] = []
    with tempfile.TemporaryDirectory() as work:
        for index in range(count):
            data = random_input(rng, seeds)
            folder = Path(work) / f"case{index}"
            folder.mkdir()
            suffix = rng.choice([".txt", ".md"])
            (folder / f"input{suffix}").write_bytes(data)
            try:
                corpus = load_corpus([folder], use_cache=False, strict=True)
                if index % 10 == 0:
                    find_discrepancies(corpus)
            except InputError:
                pass
            except Exception:  # noqa: BLE001 - the point is to catch anything unhandled
                failures.append(traceback.format_exc())
                if out:
                    out.mkdir(parents=True, exist_ok=True)
                    (out / f"failure_{index}{suffix}").write_bytes(data)
            finally:
                for file in folder.iterdir():
                    file.unlink()
                folder.rmdir()
    return failures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--seeds-dir", type=Path, default=Path(__file__).resolve().parents[1] / "seeds")
    parser.add_argument("--out", type=Path, default=Path("fuzz-failures"))
    args = parser.parse_args()
    failures = run(args.count, args.seed, args.seeds_dir, args.out)
    print(f"{args.count} inputs, {len(failures)} unhandled exceptions")
    for failure in failures[:5]:
        print(failure, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
