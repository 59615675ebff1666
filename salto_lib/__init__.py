"""SaLTo årsrapport: from the units' yearly workbooks to the published annual report."""

__version__ = "0.1.0"
