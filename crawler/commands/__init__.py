"""The command line's commands: one module per `cctv-audit` command, registered in COMMANDS.

Each module is a thin layer that parses what the user typed and hands it to the running of
audits, storage or the reports. A command module defines

- ``HELP``: the one line `cctv-audit --help` shows;
- ``add_arguments(parser)``: its options (a command with actions, like `schedule`, adds
  sub-parsers and sets ``handler`` on each);
- ``run(args) -> int``: the exit code.

Command modules import only the standard library at module level and the rest inside ``run``,
so building the parser for `--help` stays instant. A new command is a new module here plus its
name in COMMANDS.
"""

from __future__ import annotations

import importlib
from types import ModuleType

# In the order `cctv-audit --help` lists them.
COMMANDS: tuple[str, ...] = (
    "audit",
    "report",
    "export",
    "check",
    "inspect",
    "reanalyse",
    "runs",
    "schedule",
    "demo",
    "serve",
    "users",
    "db",
    "simweb",
)


def load(name: str) -> ModuleType:
    """The module of one command."""
    return importlib.import_module(f"{__name__}.{name}")
