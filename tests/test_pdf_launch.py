"""Which browser prints the PDF: never Playwright's download, a clear Norwegian error when none."""

from __future__ import annotations

import pytest
from playwright.sync_api import sync_playwright

from salto_lib import pdf


def test_a_missing_browser_in_salto_browser_is_named(monkeypatch):
    monkeypatch.setenv("SALTO_BROWSER", "/finnes/ikke/chromium")
    with sync_playwright() as playwright, pytest.raises(pdf.PdfError) as error:
        pdf.launch(playwright)
    assert "SALTO_BROWSER" in str(error.value) and "/finnes/ikke/chromium" in str(error.value)


def test_no_browser_at_all_says_what_to_install(monkeypatch):
    monkeypatch.delenv("SALTO_BROWSER", raising=False)
    monkeypatch.setattr(pdf, "CHROMIUM", ())
    # No Edge or Chrome is installed here either, so every choice fails.
    with sync_playwright() as playwright, pytest.raises(pdf.PdfError) as error:
        pdf.launch(playwright)
    message = str(error.value)
    assert "Fant ingen nettleser" in message and "Microsoft Edge" in message
    assert "--no-pdf" in message
