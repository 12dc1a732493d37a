"""`cctv-audit check URL`: one council checks its own site now, with the same spider and analysis."""

from __future__ import annotations

import argparse
import hashlib
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

from crawler.commands.options import add_db, positive_int
from crawler.register import Authority, check_website, load_register

HELP = "audit one site now and print its scorecard"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("url", metavar="URL")
    add_db(p)
    p.add_argument("--html", metavar="FILE", help="also write the scorecard as an HTML page")
    p.add_argument("--max-pages-per-site", type=positive_int, metavar="N")
    p.add_argument("--proxy", metavar="URL", help="send every request through this HTTP proxy")
    p.add_argument("--police-force", metavar="NAME", help="the police force area, to recognise the LA's agreement")
    p.add_argument("--name", metavar="TEXT", help="the authority's name (default: from the register, else the host)")


def authority_for(url: str, name: str | None, police_force: str | None) -> Authority:
    """The register's entry for this site's host if there is one, else an ad-hoc authority."""
    host = (urlsplit(url).hostname or "").lower()
    for a in load_register():
        if (urlsplit(a.website).hostname or "").lower() == host:
            return Authority(
                a.gss_code, name or a.name, url, a.nation, a.type, a.region, police_force or a.police_force
            )
    code = "CHK" + hashlib.sha1(host.encode()).hexdigest()[:8].upper()
    return Authority(code, name or host, url, None, None, None, police_force)


def run(args: argparse.Namespace) -> int:
    from rich.console import Console

    from crawler.errors import UserError
    from crawler.runner.audit import AuditOptions, run_audit
    from crawler.runner.export import build_document
    from crawler.storage import open_database
    from crawler.storage.runs import get_run
    from reports.scorecard import print_scorecard, write_scorecard_html

    from crawler import validate

    why = check_website(args.url) or validate.field_problem("website", args.url)
    for column, value in (("name", args.name), ("police_force", args.police_force)):
        why = why or (validate.field_problem(column, value) if value else None)
    if why:
        raise UserError(why)
    html_path = validate.output_file(args.html, "--html")  # before the crawl, not after it
    authority = authority_for(args.url, args.name, args.police_force)
    with tempfile.TemporaryDirectory(prefix="cctv-audit-check-") as tmp:
        db = open_database(args.db or f"sqlite:///{Path(tmp) / 'check.sqlite'}")
        options = AuditOptions(
            max_pages=args.max_pages_per_site,
            label=f"check {args.url}"[:200],
            proxy=args.proxy,
            quiet=True,
            log_dir=Path(tmp),
        )
        run_id = run_audit(db, [authority], options)
        with db.session() as s:
            doc = build_document(s, get_run(s, run_id, finished_only=False))
        db.dispose()
    entry = doc["authorities"][0]
    print_scorecard(entry, Console())
    if args.html:
        path = write_scorecard_html(entry, str(html_path))
        print(f"scorecard written: {Path(path).resolve()}")
    return 0
