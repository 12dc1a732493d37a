"""`cctv-audit users add NAME --role reviewer|admin`: accounts for the web application."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from crawler.commands.options import add_db

HELP = "accounts of the web application"


def add_arguments(p: argparse.ArgumentParser) -> None:
    actions = p.add_subparsers(dest="users_command", metavar="ACTION")
    actions.required = True
    a = actions.add_parser(
        "add", help="add a reviewer or administrator (password from CCTV_AUDIT_PASSWORD, stdin or a prompt)"
    )
    a.add_argument("name", metavar="NAME")
    a.add_argument("--role", required=True, choices=["reviewer", "admin"])
    a.add_argument(
        "--password-stdin", action="store_true", help="read the password from the first line of standard input"
    )
    add_db(a)
    a.set_defaults(handler=add)


def _password(args: argparse.Namespace) -> str:
    from crawler.errors import UserError

    if os.environ.get("CCTV_AUDIT_PASSWORD"):
        return os.environ["CCTV_AUDIT_PASSWORD"]
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if not sys.stdin.isatty():
        raise UserError("no password: set CCTV_AUDIT_PASSWORD, use --password-stdin, or run in a terminal")
    first = getpass.getpass("Password (12 characters or more): ")
    if getpass.getpass("Same password again: ") != first:
        raise UserError("the two passwords differ")
    return first


def add(args: argparse.Namespace) -> int:
    from crawler.errors import UserError
    from crawler.storage import open_database
    from crawler.web.security import add_user

    password = _password(args)
    db = open_database(args.db)
    try:
        with db.session() as s:
            user = add_user(s, args.name, args.role, password)
            print(f"user {user.name} added with role {user.role}")
    except ValueError as exc:
        raise UserError(str(exc)) from None
    return 0
