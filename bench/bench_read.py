"""Benchmark: reading + validating + tallying workbooks (the only cost that grows with the data).

Run: `make bench` (or `.venv/bin/python bench/bench_read.py`). It times the 2024 sample and
synthetic sets of about 8,750, 17,500 and 35,000 measures (17 units), to show growth is linear.
A script, not a timed test: figures depend on the machine. Goal: 35,000 measures in under 10 s.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from openpyxl import Workbook

from salto_lib import paths
from salto_lib.dataset import dataset_tallies, load_dataset
from salto_lib.period import period_for_year

PERIOD = period_for_year(2024)


def write_synthetic(folder: Path, rows_per_unit: int) -> int:
    """17 workbooks of `rows_per_unit` measures each, written in openpyxl's streaming mode."""
    folder.mkdir(parents=True, exist_ok=True)
    headers = [f.label for f in PERIOD.measure_sheet.fields]
    for u, unit in enumerate(PERIOD.units):
        wb = Workbook(write_only=True)
        enhet = wb.create_sheet(PERIOD.unit_sheet.name)
        for row in [
            ("Enhet", unit),
            ("Rapporteringsår", 2024),
            ("Handlingsplan behandlet av", "Styringsgruppen"),
            ("Bydel involvert", "Ja"),
            ("Skole involvert", "Ja"),
            ("Politi involvert", "Ja"),
            ("Om involveringen", "Alle aktørene deltok i arbeidet med planen."),
        ]:
            enhet.append(row)
        tiltak = wb.create_sheet(PERIOD.measure_sheet.name)
        tiltak.append(headers)
        for i in range(rows_per_unit):
            started = (i + u) % 6 != 0
            tiltak.append(
                [
                    PERIOD.areas[i % len(PERIOD.areas)],
                    f"Tiltak nummer {i} for {unit}",
                    PERIOD.started if started else PERIOD.not_started,
                    None if started else PERIOD.reasons[i % len(PERIOD.reasons)],
                    None if started else "Venter på avklaring med samarbeidspartnere.",
                    "Bedre samordning mellom skole, bydel og politi i nærmiljøet.",
                    "Barn og unge får raskere og mer helhetlig hjelp der de er.",
                    "Nei",
                ]
            )
        vurdering = wb.create_sheet(PERIOD.assessment_sheet.name)
        vurdering.append(("Måloppnåelse", "God fremdrift på de fleste tiltakene."))
        wb.save(folder / f"{u:02d}.xlsx")
    return rows_per_unit * len(PERIOD.units)


def time_load(folder: Path) -> tuple[float, int]:
    start = time.perf_counter()
    ds = load_dataset(folder, strict=True)
    tallies = dataset_tallies(ds)
    return time.perf_counter() - start, tallies["total"]


def main() -> int:
    print(f"{'datasett':<28}{'tiltak':>8}{'sekunder':>10}{'µs/tiltak':>11}")
    sample = paths.DATA / "2024"
    if sample.is_dir():
        seconds, n = time_load(sample)
        print(f"{'eksempeldata 2024':<28}{n:>8}{seconds:>10.2f}{seconds / n * 1e6:>11.0f}")
    with tempfile.TemporaryDirectory() as tmp:
        for rows in (515, 1030, 2059):
            folder = Path(tmp) / str(rows) / "2024"
            write_synthetic(folder, rows)
            seconds, n = time_load(folder)
            print(f"{'syntetisk, 17 enheter':<28}{n:>8}{seconds:>10.2f}{seconds / n * 1e6:>11.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
