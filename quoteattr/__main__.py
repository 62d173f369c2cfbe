"""``python -m quoteattr``: see :mod:`quoteattr.cli`."""

from __future__ import annotations

import sys

from quoteattr.cli import main

if __name__ == "__main__":
    sys.exit(main())
