#!/usr/bin/env python3
"""Rewrites a canonical log from `ehtrack generate` with the ids of real
systems, in random order, for the import bench (tests/bench/run.sh).

  any_ids.py consults IN OUT [ROWS]  ids like C0000001 (HIS contact numbers)
  any_ids.py calls IN OUT [ROWS]     Asterisk uniqueids: epoch seconds of the
                                     call's start, a dot, a counter

The first ROWS data rows (default all) are kept; the order is shuffled with
a fixed seed, so every run imports the same file."""
import calendar
import random
import sys
import time


def main():
    kind, src, dst = sys.argv[1:4]
    limit = int(sys.argv[4]) if len(sys.argv) > 4 else None
    with open(src, encoding="utf-8") as f:
        header = f.readline()
        rows = []
        for n, line in enumerate(f, 1):
            if limit is not None and n > limit:
                break
            rest = line.split(",", 1)[1]
            if kind == "consults":
                rows.append("C%07d,%s" % (n, rest))
            else:
                start = rest.split(",", 2)[1]
                epoch = calendar.timegm(time.strptime(start, "%Y-%m-%dT%H:%M"))
                rows.append("%d.%d,%s" % (epoch, n, rest))
    random.Random(12).shuffle(rows)
    with open(dst, "w", encoding="utf-8") as f:
        f.write(header)
        f.writelines(rows)


if __name__ == "__main__":
    main()
