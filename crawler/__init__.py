"""cctv-audit: audits local authority websites for Objective 5 of the National Surveillance
Camera Strategy. This package is the application: settings, pipelines, storage, register,
scheduler and the command line."""

__version__ = "0.1.0"
