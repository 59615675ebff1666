import sys
from pathlib import Path

# tests/ holds helper modules (workbooks.py) that the test files import.
sys.path.insert(0, str(Path(__file__).parent))
