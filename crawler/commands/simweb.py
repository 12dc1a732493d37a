"""`cctv-audit simweb serve|truth|register`: the simulated LA web from the command line."""

from __future__ import annotations

import argparse

from crawler.register import load_register


def _web(args: argparse.Namespace):  # noqa: ANN202 - fixtures type
    from fixtures.simweb import DEFAULT_SEED
    from fixtures.simweb.model import build_web

    if args.register:
        load_register(args.register)  # the same one-line validation errors as `audit`
    return build_web(seed=DEFAULT_SEED if args.seed is None else args.seed, register_path=args.register, fault_rate=args.fault_rate)


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
