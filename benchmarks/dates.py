"""Publication-date benchmark (not a test): every scraper date string of the development set, read back.

Run from the project root::

    .venv/bin/python -m benchmarks.dates

It reads ``../shared/bulk/indonews-dev.jsonl`` (or ``$KIT_SHARED/bulk/indonews-dev.jsonl``) when it
is there: each record keeps the string its scraper stored (``date_raw``) beside a normalised
``date`` ("2025-06-10 10:39", with WITA/WIT written where the outlet used them). Each ``date_raw`` is
read by :func:`helpers.dates.parse_date` as an export's date column would be, and compared with the
instant of ``date`` (WIB where no zone is written). It prints how many strings carried each form
(digits as 9, weekday and month names as <Wd> and <Mon>), how many give the same instant, how many
differ, and which were reported as holding no date. Nothing is written.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

import pandas as pd

from helpers.dates import parse_date

_OFFSETS = {"WIB": 7, "WITA": 8, "WIT": 9}
_REF = re.compile(r"(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d)(?: (WIB|WITA|WIT))?")
_WD = re.compile(r"(Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu)")
_MON = re.compile(r"(Jan|Feb|Mar|Apr|Mei|Jun|Jul|Agu|Sep|Okt|Nov|Des)[a-z]*")


def _form(raw: str) -> str:
    return _MON.sub("<Mon>", _WD.sub("<Wd>", re.sub(r"\d", "9", raw)))


def main() -> int:
    shared = Path(os.environ.get("KIT_SHARED", Path(__file__).resolve().parents[2] / "shared"))
    path = shared / "bulk" / "indonews-dev.jsonl"
    if not path.is_file():
        print(f"not found: {path} (set KIT_SHARED)")
        return 1
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    forms, unread, differ = Counter(), Counter(), []
    same = 0
    for r in rows:
        forms[_form(r["date_raw"])] += 1
        p = parse_date(r["date_raw"])
        if p.timestamp is None:
            unread[(r["date_raw"], p.problem)] += 1
            continue
        m = _REF.fullmatch(r["date"])
        if not m:
            differ.append((r["date_raw"], r["date"], "reference not readable"))
            continue
        y, mo, d, hh, mm, zone = m.groups()
        want = pd.Timestamp(int(y), int(mo), int(d), int(hh), int(mm), tz="UTC") - pd.Timedelta(
            hours=_OFFSETS[zone or "WIB"])
        if p.timestamp == want:
            same += 1
        else:
            differ.append((r["date_raw"], r["date"], str(p.timestamp)))
    print(f"{len(rows)} date strings: {same} give the same instant as 'date', {len(differ)} differ, "
          f"{sum(unread.values())} reported as unreadable")
    for (raw, why), n in unread.most_common():
        print(f"  unreadable x{n}: {raw!r} ({why})")
    for row in differ[:20]:
        print("  differs:", row)
    print("forms:")
    for f, n in forms.most_common():
        print(f"  {n:5d}  {f!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
