"""Saving workbooks reproducibly: the same content gives the same bytes.

`Workbook.save` stamps the current time into `docProps/core.xml`, and every zip entry carries its
write time, so two saves of one workbook differ. Here the writer is called directly with fixed
document times, and the zip is rewritten with fixed entry times.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.writer.excel import ExcelWriter


def save_reproducibly(workbook: Workbook, path: Path, stamp: dt.datetime) -> None:
    """Save `workbook` to `path` with `stamp` as its creation, modification and zip times."""
    stamp = stamp.replace(tzinfo=None, microsecond=0)
    workbook.properties.created = workbook.properties.modified = stamp
    raw = io.BytesIO()
    ExcelWriter(workbook, zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED)).save()
    fixed = io.BytesIO()
    with zipfile.ZipFile(raw) as source, zipfile.ZipFile(fixed, "w") as target:
        for entry in source.infolist():
            info = zipfile.ZipInfo(entry.filename, date_time=stamp.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0  # otherwise the host's operating system is recorded
            info.external_attr = 0
            target.writestr(info, source.read(entry.filename))
    write_if_changed(path, fixed.getvalue())


def write_if_changed(path: Path, data: bytes) -> None:
    """Write `data` unless the file already holds exactly it: an unchanged file keeps its time
    stamp, so an incremental book build does not treat the pages that link it as changed."""
    if path.is_file() and path.read_bytes() == data:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
