"""Look at a file before a spreadsheet parser does: what it really is, and whether it is sane.

Districts send whatever their program saved. A legacy `.xls`, an `.ods`, a CSV or a web page
renamed to `.xlsx`, a password-protected or "Strict Open XML" workbook, a truncated download, or a
zip bomb must each be named for what it is, quickly and with bounded memory, before openpyxl
(which would fail with a cryptic message, or inflate the whole file) ever opens it.

>>> identify_bytes(b"\\xd0\\xcf\\x11\\xe0\\xa1\\xb1\\x1a\\xe1" + bytes(8))
'ole2'
>>> identify_bytes(b"Enhet;Rapporteringsaar\\n")
'text'
"""

from __future__ import annotations

import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

# An ordinary unit workbook is well under 5 MB unpacked; these limits are far above any real one
# and far below what would strain memory or time.
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_PART_BYTES = 64 * 1024 * 1024
MAX_TOTAL_BYTES = 256 * 1024 * 1024
MAX_ZIP_ENTRIES = 10_000

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
STRICT_NS = b"http://purl.oclc.org/ooxml/spreadsheetml/main"
SAVE_AS = "Åpne filen i Excel eller LibreOffice og lagre som Excel-arbeidsbok (.xlsx)."


def identify_bytes(head: bytes) -> str:
    """Kind of file from its first bytes: ole2, zip, html, xml, text, empty or binary."""
    if not head:
        return "empty"
    if head.startswith(OLE2):
        return "ole2"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return "zip"
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith((b"<!doctype html", b"<html", b"<table", b"<meta")):
        return "html"
    if start.startswith(b"<?xml"):
        return "xml"
    if b"\x00" in head[:4096]:
        return "binary"
    return "text"


def _ole2_kind(path: Path) -> str:
    """`encrypted` for a password-protected Office file, otherwise `xls` (legacy Excel)."""
    import olefile

    try:
        with olefile.OleFileIO(str(path)) as ole:
            if ole.exists("EncryptionInfo") or ole.exists("EncryptedPackage"):
                return "encrypted"
            if ole.exists("Workbook") or ole.exists("Book"):
                return "xls"
            return "ole2"
    except OSError:
        return "ole2"


def check_container(path: Path) -> str | None:
    """Why `path` cannot be read as an .xlsx workbook (Norwegian, with what to do), or None."""
    size = path.stat().st_size
    if size == 0:
        return "Filen er tom (0 byte). Be enheten sende arbeidsboken på nytt."
    if size > MAX_FILE_BYTES:
        return (
            f"Filen er {size / 1e6:.0f} MB, langt større enn en rapporteringsbok skal være "
            f"(grense {MAX_FILE_BYTES / 1e6:.0f} MB). "
            "Fjern bilder eller andre ark og lagre på nytt."
        )
    with path.open("rb") as f:
        head = f.read(8192)
    kind = identify_bytes(head)
    if kind == "ole2":
        kind = _ole2_kind(path)
        if kind == "encrypted":
            return (
                "Filen er passordbeskyttet (kryptert). Fjern passordet i Excel "
                "(Fil → Info → Beskytt arbeidsbok → Krypter med passord, tøm feltet) og lagre."
            )
        if kind == "xls":
            return f"Filen er en gammel Excel 97–2003-arbeidsbok (.xls), ikke .xlsx. {SAVE_AS}"
        return f"Filen er et eldre Office-dokument, ikke en .xlsx-arbeidsbok. {SAVE_AS}"
    if kind == "html":
        return f"Filen er en nettside (HTML) med .xlsx-navn, ikke en arbeidsbok. {SAVE_AS}"
    if kind == "xml":
        return f"Filen er XML (f.eks. «XML-regneark 2003»), ikke en .xlsx-arbeidsbok. {SAVE_AS}"
    if kind == "text":
        return f"Filen er ren tekst (f.eks. CSV), ikke en Excel-arbeidsbok. {SAVE_AS}"
    if kind == "binary":
        return f"Filen er ikke en Excel-arbeidsbok (ukjent filformat). {SAVE_AS}"
    return _check_zip(path)


_DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)


def active_parts(path: Path) -> list[tuple[str, str]]:
    """(code, message) for what a workbook from Excel should not carry: XML with a DTD or
    entities (`xml_attack`), macros (`macro`), links to other files (`external_link`).

    Only the first bytes of each part are read: a DTD can only stand before the root element.
    """
    found = []
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        for name in names:
            if name.endswith((".xml", ".rels")):
                with z.open(name) as part:
                    if _DTD.search(part.read(2048)):
                        found.append(
                            (
                                "xml_attack",
                                f"Delen {name} i filen har XML-konstruksjoner (DTD/entiteter) "
                                "som en arbeidsbok fra Excel aldri har, og som kan brukes til "
                                "angrep. Den leses ikke. Be enheten lagre arbeidsboken på nytt "
                                "fra Excel",
                            )
                        )
                        return found
    if any(n.lower().endswith("vbaproject.bin") for n in names):
        found.append(
            (
                "macro",
                "Filen har makroer (VBA), som en rapporteringsbok ikke skal ha. Lagre den som "
                "«Excel-arbeidsbok (.xlsx)» (uten makroer) og send den på nytt",
            )
        )
    links = [n for n in names if n.startswith("xl/externalLinks/") and n.endswith(".xml")]
    if links:
        found.append(
            (
                "external_link",
                f"Filen har {len(links)} kobling(er) til andre filer; verdiene fra dem er lest "
                "slik de var lagret. Bryt koblingene i Excel (Data → Rediger koblinger) så "
                "ingenting hentes fra andre filer",
            )
        )
    return found


def _check_zip(path: Path) -> str | None:
    try:
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
            names = {i.filename for i in infos}
            if len(infos) > MAX_ZIP_ENTRIES:
                return f"Filen inneholder {len(infos)} deler; det er ikke en vanlig arbeidsbok."
            if "mimetype" in names:
                mimetype = z.read("mimetype")[:100]
                if b"opendocument.spreadsheet" in mimetype:
                    return (
                        "Filen er et OpenDocument-regneark (.ods) med .xlsx-navn. "
                        "Lagre som Excel 2007-365 (.xlsx) i LibreOffice."
                    )
                return f"Filen er et OpenDocument-dokument, ikke en arbeidsbok. {SAVE_AS}"
            if "xl/workbook.xml" not in names:
                other = "et Word-dokument" if "word/document.xml" in names else "en zip-fil"
                return f"Filen er {other}, ikke en Excel-arbeidsbok. {SAVE_AS}"
            big = max(infos, key=lambda i: i.file_size)
            total = sum(i.file_size for i in infos)
            if big.file_size > MAX_PART_BYTES or total > MAX_TOTAL_BYTES:
                return (
                    f"Filen pakker seg ut til {total / 1e6:.0f} MB ({big.filename}: "
                    f"{big.file_size / 1e6:.0f} MB); grensen er {MAX_TOTAL_BYTES / 1e6:.0f} MB. "
                    "Det er ikke en vanlig rapporteringsbok (mulig «zip-bombe»); den leses ikke."
                )
            with z.open("xl/workbook.xml") as f:
                if STRICT_NS in f.read(4096):
                    return (
                        "Filen er lagret som «Strict Open XML-regneark», som ikke støttes. "
                        "Lagre som vanlig «Excel-arbeidsbok (.xlsx)»."
                    )
            bad = z.testzip()
            if bad is not None:
                return f"Filen er skadet (delen {bad} er ødelagt). Lagre eller send den på nytt."
    except zipfile.BadZipFile:
        return "Filen er skadet eller ufullstendig (ikke en gyldig zip/xlsx). Send den på nytt."
    except zlib.error:
        return "Filen er skadet (innholdet kan ikke pakkes ut). Lagre eller send den på nytt."
    except (zipfile.LargeZipFile, NotImplementedError, EOFError, OSError):
        return "Filen er skadet eller bruker en ukjent komprimering. Lagre den på nytt som .xlsx."
    return None


_MERGE = re.compile(rb'<mergeCell\s+ref="([A-Z]+[0-9]+(?::[A-Z]+[0-9]+)?)"')
_ROW_TAG = re.compile(rb"<row\b[^>]*>")
_ROW_NUM = re.compile(rb'\br="([0-9]+)"')
_HIDDEN = re.compile(rb'\bhidden="(?:1|true)"')
_FORMULA = re.compile(rb"<f[\s>/]")


@dataclass
class SheetFacts:
    """What the sheet's XML says that openpyxl's streaming reader does not tell."""

    merged: list[str] = field(default_factory=list)
    hidden_rows: list[int] = field(default_factory=list)
    has_formulas: bool = False
    last_row: int = 0


def sheet_facts(path: Path, part: str) -> SheetFacts:
    """Merged ranges, hidden rows and whether there are formulas, from the sheet's raw XML.

    The part's size was checked by `check_container`, so reading it whole is bounded.
    """
    with zipfile.ZipFile(path) as z:
        xml = z.read(part.lstrip("/"))
    facts = SheetFacts(has_formulas=bool(_FORMULA.search(xml)))
    facts.merged = [m.decode() for m in _MERGE.findall(xml)]
    for tag in _ROW_TAG.findall(xml):
        if num := _ROW_NUM.search(tag):
            facts.last_row = max(facts.last_row, int(num.group(1)))
            if _HIDDEN.search(tag):
                facts.hidden_rows.append(int(num.group(1)))
    return facts
