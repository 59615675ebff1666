import sys

from salto_lib.cli import main

sys.exit(main())
