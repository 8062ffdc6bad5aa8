#!/usr/bin/env python3
"""Writes the hand-made crash reproducers of Tests/Fixtures/fuzz-regressions/.

Crashes found by libFuzzer are committed there as the raw (minimised) bytes it wrote; the
ones below were found by reading the code for unbounded arithmetic, and are generated so
that they stay readable. Each must be refused or converted, never crash:
scripts/fuzz/replay.sh replays the folder. Uses the helpers of Tests/Fixtures/make_fixtures.py.
"""
import os
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "Tests", "Fixtures"))
from make_fixtures import abstract_num, lvl, num, numbering_xml, p, r, tbl, tc, tr, word_docx  # noqa: E402

OUT = os.path.join(ROOT, "Tests", "Fixtures", "fuzz-regressions")


def numbered(fmt: str, start: int, items: int) -> bytes:
    numbering = numbering_xml([abstract_num(0, [lvl(0, fmt, "%1.", start=start)])], [num(1, 0)])
    body = "".join(p(r(f"Punt {k}"), num=1, ilvl=0) for k in range(items))
    return word_docx(body, numbering=numbering)


CASES = {
    # w:start = Int.max: the second item's counter overflows (Swift traps, SIGILL).
    "numbering-start-int-max.docx": numbered("decimal", 9_223_372_036_854_775_807, 2),
    # lowerLetter at a start near Int.max: the marker would be 3.5e17 letters
    # (String(repeating:count:) aborts: "failed to allocate").
    "numbering-letters-huge-start.docx": numbered("lowerLetter", 9_223_372_036_854_775_000, 1),
    # A typed-bullet item and a first table column that are just "The": the recommendation
    # opener built the range 2...1 for the words after the actor (Swift traps, SIGILL).
    "opener-lone-the.docx": word_docx(p(r("\u2022 The")) + tbl(tr(tc(p(r("The"))), tc(p(r("x")))), cols=2)),
}

if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for name, data in CASES.items():
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(data)
        print(f"{name}: {len(data):,} bytes")
