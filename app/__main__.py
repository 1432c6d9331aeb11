"""Entry point: `warrantydesk` and `python -m app`.

With no command the GUI opens; with a command (`demo`, `check`, …) it runs headless.
"""
from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from app import cli

    return cli.main(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
