"""The `cctv-audit` command line: parses arguments and hands each command to its module.

Every error the user can fix is a UserError, printed as one line on stderr with a non-zero
exit; a traceback is shown only with CCTV_AUDIT_DEBUG=1.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence

from crawler import __version__
from crawler.errors import UserError

EXIT_USER_ERROR = 2
EXIT_NOT_AVAILABLE = 3
EXIT_INTERNAL = 70


class NotAvailableYet(UserError):
    """A CONTRACT command whose capability has not been built yet."""


def _not_yet(what: str) -> Callable[[argparse.Namespace], int]:
    def handler(_args: argparse.Namespace) -> int:
        raise NotAvailableYet(f"{what} is not available yet in this version of cctv-audit")

    return handler


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {value}")
    return value


def _run_id(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"a run id is a number, got {text!r}") from None


def _add_db(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", metavar="URL", help="database URL (default: $CCTV_AUDIT_DB, else sqlite:///cctv-audit.sqlite)")


def _cmd(name: str) -> Callable[[argparse.Namespace], int]:
    """Import a command's module only when it runs, so `--help` stays instant."""

    def handler(args: argparse.Namespace) -> int:
        module_name, func_name = name.split(":")
        module = __import__(module_name, fromlist=[func_name])
        return getattr(module, func_name)(args)

    return handler


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cctv-audit",
        description="Audit local authority websites for the National Surveillance Camera Strategy, Objective 5.",
    )
    parser.add_argument("--version", action="version", version=f"cctv-audit {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    p = sub.add_parser("audit", help="crawl every LA in the register and store one run")
    p.add_argument("--register", metavar="CSV", help="register CSV (default: the shipped register of 339 LAs)")
    _add_db(p)
    p.add_argument("--only", nargs="+", metavar="GSS_CODE", help="audit only these LAs")
    p.add_argument("--max-pages-per-site", type=_positive_int, metavar="N", help="page budget per site (default 60)")
    p.add_argument("--label", metavar="TEXT", help="a label for the run, e.g. '2026 Q4'")
    p.add_argument("--resume", type=_run_id, metavar="RUN", help="finish an interrupted run without re-fetching LAs already done")
    p.add_argument("--proxy", metavar="URL", help="send every request through this HTTP proxy (e.g. the simulated web)")
    p.add_argument("--user-agent-contact", metavar="URL", help="contact URL or address put in the User-Agent")
    p.add_argument("--concurrency", type=_positive_int, metavar="N", help="requests in flight across all sites, halved (default 48)")
    p.add_argument("--download-timeout", type=_positive_int, metavar="SECONDS", help="give up on a response after this long (default 30)")
    p.add_argument("--window", type=_positive_int, metavar="N", help="sites in flight at once (default: from the concurrency, 48)")
    p.add_argument("--quiet", action="store_true", help="no live progress display")
    p.add_argument("--strategy", choices=["focused", "bfs"], default="focused",
                   help="focused (default) or a plain breadth-first crawl, for comparison")
    p.set_defaults(func=_cmd("crawler.audit:command"))

    p = sub.add_parser("report", help="write the HTML report, findings.csv and findings.json for a run")
    _add_db(p)
    p.add_argument("--run", type=_run_id, metavar="ID", help="run id (default: the latest finished run)")
    p.add_argument("--out", required=True, metavar="DIR", help="folder to write the report into")
    p.set_defaults(func=_cmd("crawler.report_cmd:report"))

    p = sub.add_parser("export", help="print findings.json or findings.csv of a run to standard output")
    _add_db(p)
    p.add_argument("--run", type=_run_id, metavar="ID", help="run id (default: the latest finished run)")
    p.add_argument("--format", required=True, choices=["json", "csv"])
    p.set_defaults(func=_cmd("crawler.report_cmd:export"))

    p = sub.add_parser("check", help="audit one site now and print its scorecard")
    p.add_argument("url", metavar="URL")
    _add_db(p)
    p.add_argument("--html", metavar="FILE", help="also write the scorecard as an HTML page")
    p.add_argument("--max-pages-per-site", type=_positive_int, metavar="N")
    p.add_argument("--proxy", metavar="URL", help="send every request through this HTTP proxy")
    p.add_argument("--police-force", metavar="NAME", help="the police force area, to recognise the LA's agreement")
    p.add_argument("--name", metavar="TEXT", help="the authority's name (default: from the register, else the host)")
    p.set_defaults(func=_cmd("crawler.check_cmd:command"))

    p = sub.add_parser("inspect", help="run the analysis on pages or documents (files or URLs)")
    p.add_argument("targets", nargs="+", metavar="PATH_OR_URL")
    p.add_argument("--json", action="store_true", help="one JSON object per line, in the order given")
    p.add_argument("--proxy", metavar="URL", help="fetch URLs through this HTTP proxy")
    p.set_defaults(func=_cmd("crawler.inspect_cmd:command"))

    p = sub.add_parser("reanalyse", help="recompute findings and assessments of a run from its stored snapshots")
    _add_db(p)
    p.add_argument("--run", type=_run_id, metavar="ID", help="run id (default: the latest finished run)")
    p.set_defaults(func=_cmd("crawler.reanalyse:command"))

    p = sub.add_parser("runs", help="list runs with state, counts and durations")
    _add_db(p)
    p.set_defaults(func=_cmd("crawler.runs_cmd:command"))

    p = sub.add_parser("schedule", help="periodic audits: add, list, remove, run")
    ssub = p.add_subparsers(dest="schedule_command", metavar="ACTION")
    ssub.required = True
    sp = ssub.add_parser("add", help="add a periodic audit")
    sp.add_argument("--cron", metavar="EXPR", help='crontab expression in UTC, e.g. "0 2 1 */3 *"')
    sp.add_argument("--interval", type=float, metavar="SECONDS", help="run every N seconds instead of --cron")
    sp.add_argument("--label", metavar="TEXT")
    sp.add_argument("--register", metavar="CSV")
    sp.add_argument("--report-dir", metavar="DIR", help="write each run's report (and changes.json) under DIR/run-ID")
    sp.add_argument("--webhook", metavar="URL", help="POST each run's change summary (JSON) to this URL")
    sp.add_argument("--only", nargs="+", metavar="GSS_CODE")
    sp.add_argument("--proxy", metavar="URL")
    sp.add_argument("--max-pages-per-site", type=_positive_int, metavar="N")
    sp.add_argument("--log-dir", metavar="DIR")
    _add_db(sp)
    sp.set_defaults(func=_cmd("crawler.schedule_cmd:add"))
    sp = ssub.add_parser("list", help="list scheduled audits")
    _add_db(sp)
    sp.set_defaults(func=_cmd("crawler.schedule_cmd:list_"))
    sp = ssub.add_parser("remove", help="remove a scheduled audit")
    sp.add_argument("id", metavar="ID")
    _add_db(sp)
    sp.set_defaults(func=_cmd("crawler.schedule_cmd:remove"))
    sp = ssub.add_parser("run", help="run the scheduler in the foreground")
    _add_db(sp)
    sp.set_defaults(func=_cmd("crawler.schedule_cmd:run"))

    p = sub.add_parser("demo", help="serve the simulated LA web, audit it, write the report")
    p.add_argument("--out", default="demo-out", metavar="DIR", help="folder for the database and report (default demo-out)")
    p.add_argument("--only", nargs="+", metavar="GSS_CODE", help="audit only these LAs")
    p.add_argument("--latency-scale", type=float, default=0.1, metavar="X", help="scale the simulated latency (default 0.1)")
    p.set_defaults(func=_cmd("crawler.demo:command"))

    p = sub.add_parser("db", help="database maintenance")
    dsub = p.add_subparsers(dest="db_command", metavar="ACTION")
    dsub.required = True
    dp = dsub.add_parser("upgrade", help="apply pending schema migrations")
    _add_db(dp)
    dp.set_defaults(func=_cmd("crawler.db_cmd:upgrade"))

    p = sub.add_parser("simweb", help="the simulated LA web used by tests, the demo and benchmarks")
    wsub = p.add_subparsers(dest="simweb_command", metavar="ACTION")
    wsub.required = True
    wp = wsub.add_parser("serve", help="serve the simulated web as an HTTP proxy on loopback")
    wp.add_argument("--port", type=int, default=8899, metavar="N")
    wp.add_argument("--seed", type=int, metavar="S")
    wp.add_argument("--latency-scale", type=float, default=1.0, metavar="X")
    wp.add_argument("--register", metavar="CSV")
    wp.add_argument("--fault-rate", type=float, default=1.0, metavar="X", help="scale the share of sites with faults (soak tests)")
    wp.set_defaults(func=_cmd("crawler.simweb_cmd:serve"))
    wp = wsub.add_parser("truth", help="write the ground truth of the simulated web")
    wp.add_argument("--out", required=True, metavar="FILE")
    wp.add_argument("--seed", type=int, metavar="S")
    wp.add_argument("--register", metavar="CSV")
    wp.add_argument("--fault-rate", type=float, default=1.0, metavar="X", help="scale the share of sites with faults (soak tests)")
    wp.set_defaults(func=_cmd("crawler.simweb_cmd:truth"))
    wp = wsub.add_parser("register", help="write the register as the simulated web serves it (http:// URLs)")
    wp.add_argument("--out", required=True, metavar="FILE")
    wp.add_argument("--register", metavar="CSV")
    wp.set_defaults(func=_cmd("crawler.simweb_cmd:register"))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except NotAvailableYet as exc:
        print(f"cctv-audit: {exc}", file=sys.stderr)
        return EXIT_NOT_AVAILABLE
    except UserError as exc:
        print(f"cctv-audit: error: {exc}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("cctv-audit: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # last line of defence: one line for the user, traceback on demand
        if os.environ.get("CCTV_AUDIT_DEBUG"):
            raise
        print(f"cctv-audit: internal error: {type(exc).__name__}: {exc} (set CCTV_AUDIT_DEBUG=1 for details)", file=sys.stderr)
        return EXIT_INTERNAL


if __name__ == "__main__":
    raise SystemExit(main())
