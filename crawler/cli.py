"""The `cctv-audit` command line: builds the parser from crawler/commands and runs the command.

Every error the user can fix is a UserError, printed as one line on stderr with a non-zero
exit; a traceback is shown only with CCTV_AUDIT_DEBUG=1.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from crawler import __version__
from crawler.commands import COMMANDS, load
from crawler.errors import UserError

EXIT_USER_ERROR = 2
EXIT_INTERNAL = 70


def build_parser() -> argparse.ArgumentParser:
    """The parser of every command in crawler.commands.COMMANDS, each adding its own options."""
    parser = argparse.ArgumentParser(
        prog="cctv-audit",
        description="Audit local authority websites for the National Surveillance Camera Strategy, Objective 5.",
    )
    parser.add_argument("--version", action="version", version=f"cctv-audit {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for name in COMMANDS:
        module = load(name)
        p = sub.add_parser(name, help=module.HELP)
        if hasattr(module, "run"):
            p.set_defaults(handler=module.run)
        module.add_arguments(p)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.handler(args) or 0)
    except UserError as exc:
        from analysis.sanitize import display  # messages can quote a hostile server's words

        print(f"cctv-audit: error: {display(exc)}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("cctv-audit: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # last line of defence: one line for the user, traceback on demand
        if os.environ.get("CCTV_AUDIT_DEBUG"):
            raise
        from analysis.sanitize import display

        print(
            f"cctv-audit: internal error: {type(exc).__name__}: {display(exc, 500)} (set CCTV_AUDIT_DEBUG=1 for details)",
            file=sys.stderr,
        )
        return EXIT_INTERNAL


if __name__ == "__main__":
    raise SystemExit(main())
