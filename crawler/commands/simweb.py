"""`cctv-audit simweb serve|truth|register`: the simulated LA web from the command line."""

from __future__ import annotations

import argparse

from typing import Any

from crawler.register import load_register

HELP = "the simulated LA web used by tests, the demo and benchmarks"


def add_arguments(p: argparse.ArgumentParser) -> None:
    actions = p.add_subparsers(dest="simweb_command", metavar="ACTION")
    actions.required = True
    a = actions.add_parser("serve", help="serve the simulated web as an HTTP proxy on loopback")
    a.add_argument("--port", type=int, default=8899, metavar="N")
    a.add_argument("--seed", type=int, metavar="S")
    a.add_argument("--latency-scale", type=float, default=1.0, metavar="X")
    a.add_argument("--register", metavar="CSV")
    a.add_argument(
        "--fault-rate", type=float, default=1.0, metavar="X", help="scale the share of sites with faults (soak tests)"
    )
    a.set_defaults(handler=serve)
    a = actions.add_parser("truth", help="write the ground truth of the simulated web")
    a.add_argument("--out", required=True, metavar="FILE")
    a.add_argument("--seed", type=int, metavar="S")
    a.add_argument("--register", metavar="CSV")
    a.add_argument(
        "--fault-rate", type=float, default=1.0, metavar="X", help="scale the share of sites with faults (soak tests)"
    )
    a.set_defaults(handler=truth)
    a = actions.add_parser("register", help="write the register as the simulated web serves it (http:// URLs)")
    a.add_argument("--out", required=True, metavar="FILE")
    a.add_argument("--register", metavar="CSV")
    a.set_defaults(handler=register)


def _web(args: argparse.Namespace) -> Any:
    from fixtures.simweb import DEFAULT_SEED
    from fixtures.simweb.model import build_web

    if args.register:
        load_register(args.register)  # the same one-line validation errors as `audit`
    return build_web(
        seed=DEFAULT_SEED if args.seed is None else args.seed, register_path=args.register, fault_rate=args.fault_rate
    )


def serve(args: argparse.Namespace) -> int:
    from fixtures.simweb.server import serve_forever

    serve_forever(_web(args), host="127.0.0.1", port=args.port, latency_scale=args.latency_scale)
    return 0


def truth(args: argparse.Namespace) -> int:
    from fixtures.simweb.truth import write_truth

    write_truth(_web(args), args.out)
    print(f"truth written: {args.out}")
    return 0


def register(args: argparse.Namespace) -> int:
    from fixtures.simweb.register import write_sim_register

    if args.register:
        load_register(args.register)
    write_sim_register(args.out, register_path=args.register)
    print(f"simulation register written: {args.out}")
    return 0
