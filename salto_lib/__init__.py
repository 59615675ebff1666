"""SaLTo årsrapport: from the units' yearly workbooks to the published annual report."""

import os

# openpyxl serialises XML with lxml when lxml happens to be installed (pikepdf brings it) and
# with the standard library otherwise; the two differ byte for byte ("/>" vs " />"). Workbooks,
# templates and downloads must not depend on what else is installed, so the standard library
# writer is chosen before openpyxl is first imported (every salto_lib module imports this one
# first). An analyst may still override it by setting the variable.
os.environ.setdefault("OPENPYXL_LXML", "False")

__version__ = "0.1.0"
