"""The command line's commands: one module per `cctv-audit` command, each a thin layer that
parses what the user typed and hands it to the running of audits, storage or the reports."""
