"""Small PDFs with a text layer, written with pikepdf, for tests that read PDF text."""

from __future__ import annotations

import pikepdf


def pdf_with_text(path, *pages):
    """A PDF whose pages show the given lines of text (Helvetica, one line each)."""
    pdf = pikepdf.new()
    font = pdf.make_indirect(
        pikepdf.Dictionary(
            Type=pikepdf.Name.Font,
            Subtype=pikepdf.Name.Type1,
            BaseFont=pikepdf.Name.Helvetica,
            Encoding=pikepdf.Name.WinAnsiEncoding,
        )
    )
    for lines in pages:
        ops = "".join(
            f"BT /F1 12 Tf 72 {700 - 20 * i} Td ({line}) Tj ET\n" for i, line in enumerate(lines)
        )
        page = pikepdf.Page(
            pikepdf.Dictionary(
                Type=pikepdf.Name.Page,
                MediaBox=[0, 0, 595, 842],
                Resources=pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=font)),
                Contents=pdf.make_stream(ops.encode("cp1252")),
            )
        )
        pdf.pages.append(page)
    pdf.save(path)
