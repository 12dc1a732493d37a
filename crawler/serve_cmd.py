"""`cctv-audit serve`: the web application on waitress (the WSGI server Flask's docs list first
that needs no C compiler and runs anywhere Python does)."""

from __future__ import annotations

import argparse
import ipaddress
import os
import sys

from crawler.errors import UserError


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def command(args: argparse.Namespace) -> int:
    from waitress import serve

    from crawler.storage.db import default_db_url
    from crawler.web.app import WebConfig, create_app

    if not 0 <= args.port <= 65535:
        raise UserError(f"--port must be 0 to 65535, got {args.port}")
    secure = args.secure_cookies if args.secure_cookies is not None else not _is_loopback(args.host)
    proxy, register = args.proxy, args.register
    simweb = None
    if args.simweb:
        import tempfile
        from pathlib import Path

        from crawler.demo import start_simweb
        from fixtures.simweb.register import write_sim_register

        if register is None:
            register = str(Path(tempfile.mkdtemp(prefix="cctv-audit-serve-")) / "register-sim.csv")
            write_sim_register(register)
        simweb, proxy = start_simweb(args.latency_scale)
        print(f"simulated LA web for self-checks at {proxy}")
    config = WebConfig(db_url=args.db or default_db_url(), register=register, proxy=proxy, secure_cookies=secure,
                       rate_limit_storage=args.rate_limit_storage, behind_proxy=args.behind_proxy)
    if not os.environ.get("CCTV_AUDIT_SECRET_KEY"):
        print("cctv-audit: note: CCTV_AUDIT_SECRET_KEY is not set, so sign-ins end when the server stops",
              file=sys.stderr)
    app = create_app(config)
    print(f"serving on http://{args.host}:{args.port}/ (database {app.extensions['cctv_db'].display_url})", flush=True)
    try:
        serve(app, host=args.host, port=args.port, threads=args.threads, ident="cctv-audit",
              max_request_body_size=1024 * 1024)
    finally:
        app.extensions["cctv_jobs"].shutdown()
        if simweb is not None:
            simweb.terminate()
    return 0
