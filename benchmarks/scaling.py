"""How the cost of ``newsfacts.extract`` grows with hostile input.

For each generator below, extraction runs on an input of size n and on one
of size 10·n; a linear implementation takes about ten times as long on the
second. The ratio is reported with a verdict (``ok`` up to ``--limit``,
default 12×). Timing is the best of ``--repeat`` runs, so a busy machine
inflates both sides alike.

    python benchmarks/scaling.py [--size N] [--limit 12] [--repeat 3] [--only NAME ...]

Exit status 1 when some generator grows faster than the limit. This is a
benchmark run by hand (or in a CI job of its own); tests only check that the
same inputs finish.
"""

from __future__ import annotations

import argparse
import logging
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
try:
    import newsfacts
except ImportError:  # running from a checkout without installing
    sys.path.insert(0, str(ROOT / "src"))
    import newsfacts

SENTENCE = "Năm 2023, Đảng bộ mở 3 lớp trung cấp lý luận chính trị cho 208 học viên, đạt 18,5%. "


def _vietnamese_noise(n: int) -> str:
    rng = random.Random(5)
    words = ["kết nạp", "đảng viên", "đạt", "tăng", "gần", "khoảng", "lớp", "học viên", "xã", "%", ","]
    out, size = [], 0
    while size < n:
        w = rng.choice(words) if rng.random() < 0.7 else str(rng.randint(0, 10 ** rng.randint(1, 9)))
        out.append(w)
        size += len(w) + 1
    return " ".join(out)


GENERATORS: dict[str, Callable[[int], str]] = {
    # size n is roughly the number of characters
    "digits": lambda n: "1" * n,
    "one-dot": lambda n: "1." * (n // 2),
    "percent-comma": lambda n: "%," * (n // 2),
    "digit-comma": lambda n: "1,2" * (n // 3),
    "dotted-thousands": lambda n: "1.000" * (n // 5),
    "range-words": lambda n: "từ 1 đến " * (n // 9),
    "number-words": lambda n: "một " * (n // 4),
    "scale-words": lambda n: "1 nghìn " * (n // 8),
    "qualifier-words": lambda n: "gần " * (n // 4) + "5 đảng viên",
    "long-line": lambda n: (SENTENCE.replace(". ", ", ") * (n // len(SENTENCE) + 1))[:n],
    "parentheses": lambda n: "(" * (n // 2) + "5 đảng viên" + ")" * (n // 2),
    "short-lines": lambda n: "a 1\n" * (n // 4),
    "blank-lines": lambda n: "\n" * n,
    "spaces": lambda n: "1" + " " * n + "%",
    "sentences": lambda n: SENTENCE * (n // len(SENTENCE)),
    "no-space-letters": lambda n: "đảngviên1" * (n // 9),
    "slashes": lambda n: "1/" * (n // 2),
    "hyphens": lambda n: "1-" * (n // 2),
    "upper-codes": lambda n: "1/QĐ-TW" * (n // 7),
    "combining-marks": lambda n: "e\u0301" * (n // 2),
    "invisible": lambda n: "1\u200b" * (n // 2),
    "crlf": lambda n: "5 xã\r\n" * (n // 6),
    "vietnamese-noise": _vietnamese_noise,
    # many facts of one kind in one sentence: per-fact work must not scan the sentence
    "many-targets": lambda n: "phấn đấu đến năm 2030 có 5 xã " * (n // 30),
    "many-quotas": lambda n: "mỗi tháng ít nhất 1 lần " * (n // 24),
    "many-ranges": lambda n: "mỗi thôn có từ 1 đến 2 tổ " * (n // 26),
    "many-classes": lambda n: "lớp A có 1 học viên " * (n // 20),
    "many-shares": lambda n: "5 xã hơn 3% " * (n // 12),
    "many-obligations": lambda n: "1% cán bộ phải được, " * (n // 21),
}


def best_time(text: str, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        newsfacts.extract(text)
        best = min(best, time.perf_counter() - t0)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=20_000, help="small input size (characters)")
    parser.add_argument("--factor", type=int, default=10)
    parser.add_argument("--limit", type=float, default=12.0, help="largest acceptable time ratio")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--only", nargs="*", help="generator names to run")
    args = parser.parse_args(argv)

    logging.disable(logging.WARNING)  # random figures make impossible candidates, logged as dropped
    newsfacts.extract(SENTENCE)  # build the pipeline before timing
    names = args.only or list(GENERATORS)
    bad = []
    print(f"{'generator':<18} {'n':>8} {'t(n) s':>9} {'t(10n) s':>9} {'ratio':>7}  verdict")
    for name in names:
        make = GENERATORS[name]
        small, large = make(args.size), make(args.size * args.factor)
        t_small = max(best_time(small, args.repeat), 1e-4)
        t_large = best_time(large, args.repeat)
        ratio = t_large / t_small
        verdict = "ok" if ratio <= args.limit else "SUPERLINEAR"
        if ratio > args.limit:
            bad.append(name)
        row = f"{name:<18} {len(small):>8} {t_small:>9.4f} {t_large:>9.4f} {ratio:>7.1f}  {verdict}"
        print(row, flush=True)
    if bad:
        print(f"\ngrowing faster than {args.limit:g}x: {', '.join(bad)}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
