"""Benchmarks of cctv-audit against the simulated LA web (`make bench`)."""
