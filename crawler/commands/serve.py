"""`cctv-audit serve`: the web application on waitress (the pure-Python production WSGI server
that Flask's deployment docs list, so it runs wherever Python does)."""

from __future__ import annotations

import argparse
import ipaddress
import os
import sys

from crawler.commands.options import add_db, positive_int

HELP = "the web application: browse findings, self-checks, reviews"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--host", default="127.0.0.1", metavar="HOST", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, metavar="N", help="port (default 8000)")
    add_db(p)
    p.add_argument(
        "--register", metavar="CSV", help="the register whose sites may be self-checked (default: the shipped one)"
    )
    p.add_argument("--proxy", metavar="URL", help="fetch self-checks and disputed pages through this HTTP proxy")
    p.add_argument("--simweb", action="store_true", help="start the simulated LA web and check sites through it (demo)")
    p.add_argument("--latency-scale", type=float, default=0.1, metavar="X", help="with --simweb: its latency scale")
    p.add_argument("--threads", type=positive_int, default=8, metavar="N", help="worker threads (default 8)")
    p.add_argument(
        "--rate-limit-storage",
        default="memory://",
        metavar="URI",
        help="where rate limits are counted, e.g. redis://127.0.0.1:6379 (default: in memory)",
    )
    p.add_argument(
        "--behind-proxy", action="store_true", help="trust one X-Forwarded-For/-Proto hop (behind a TLS proxy)"
    )
    p.add_argument(
        "--secure-cookies",
        dest="secure_cookies",
        action="store_true",
        default=None,
        help="mark cookies Secure (default: on unless listening on loopback)",
    )
    p.add_argument("--no-secure-cookies", dest="secure_cookies", action="store_false")


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def run(args: argparse.Namespace) -> int:
    from waitress import serve

    from crawler.errors import UserError
    from crawler.storage.db import default_db_url
    from crawler.web.app import WebConfig, create_app

    if not 0 <= args.port <= 65535:
        raise UserError(f"--port must be 0 to 65535, got {args.port}")
    if args.rate_limit_storage.split(":", 1)[0] not in ("memory", "redis", "memcached"):
        raise UserError("--rate-limit-storage must be memory://, redis://HOST:PORT or memcached://HOST:PORT")
    secure = args.secure_cookies if args.secure_cookies is not None else not _is_loopback(args.host)
    proxy, register = args.proxy, args.register
    simweb = None
    if args.simweb:
        import tempfile
        from pathlib import Path

        from crawler.commands.demo import start_simweb
        from fixtures.simweb.register import write_sim_register

        if register is None:
            register = str(Path(tempfile.mkdtemp(prefix="cctv-audit-serve-")) / "register-sim.csv")
            write_sim_register(register)
        simweb, proxy = start_simweb(args.latency_scale)
        print(f"simulated LA web for self-checks at {proxy}")
    config = WebConfig(
        db_url=args.db or default_db_url(),
        register=register,
        proxy=proxy,
        secure_cookies=secure,
        rate_limit_storage=args.rate_limit_storage,
        behind_proxy=args.behind_proxy,
    )
    if not os.environ.get("CCTV_AUDIT_SECRET_KEY"):
        print(
            "cctv-audit: note: CCTV_AUDIT_SECRET_KEY is not set, so sign-ins end when the server stops", file=sys.stderr
        )
    app = create_app(config)
    print(f"serving on http://{args.host}:{args.port}/ (database {app.extensions['cctv_db'].display_url})", flush=True)
    try:
        serve(
            app,
            host=args.host,
            port=args.port,
            threads=args.threads,
            ident="cctv-audit",
            max_request_body_size=1024 * 1024,
        )
    finally:
        app.extensions["cctv_jobs"].shutdown()
        if simweb is not None:
            simweb.terminate()
    return 0
