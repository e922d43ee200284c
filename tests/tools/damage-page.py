#!/usr/bin/env python3
"""Damages one page of an ehtrack database the way a bad disk sector would.

    damage-page.py DB TABLE

Finds the middle leaf page of TABLE's b-tree and points its first cell past
the end of the page, so reading that page is reading garbage. Prints the
page number. For the failure tests (tests/cases/db-failures.t) only.
"""
import sqlite3
import sys

path, table = sys.argv[1], sys.argv[2]
con = sqlite3.connect(path)
root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
size = con.execute("PRAGMA page_size").fetchone()[0]
con.close()
with open(path, "r+b") as f:
    def read_page(n):
        f.seek((n - 1) * size)
        return bytearray(f.read(size))

    n = root
    while True:
        page = read_page(n)
        header = 100 if n == 1 else 0
        if page[header] != 0x05:  # not an interior table page: a leaf
            break
        cells = int.from_bytes(page[header + 3:header + 5], "big")
        at = header + 12 + 2 * (cells // 2)
        cell = int.from_bytes(page[at:at + 2], "big")
        n = int.from_bytes(page[cell:cell + 4], "big")
    page[8:10] = (size - 3).to_bytes(2, "big")
    f.seek((n - 1) * size)
    f.write(page)
print(f"page {n} of {table} damaged")
