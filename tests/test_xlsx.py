"""Workbooks we write are the same bytes whatever else is installed."""

import subprocess
import sys


def test_openpyxl_writes_with_the_standard_library_even_when_lxml_is_installed():
    # pikepdf brings lxml into the environment; openpyxl would then write other bytes.
    code = "import salto_lib.xlsx, openpyxl.xml as x; print(x.LXML)"
    env_free = {"PATH": "/usr/bin:/bin"}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env_free
    )
    assert out.stdout.strip() == "False"
