"""cctv-audit: audits local authority websites for Objective 5 of the National Surveillance
Camera Strategy. This package is the application, in layers (docs/architecture.md): storage/,
engine/ (the Scrapy machinery), runner/ (running audits), commands/ and the command line, over
the register of LAs."""

__version__ = "0.1.0"
