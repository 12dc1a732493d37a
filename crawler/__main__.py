"""`python -m crawler` is the same as the `cctv-audit` console script."""

from crawler.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
