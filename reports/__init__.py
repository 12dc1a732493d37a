"""Gap reports over findings documents (docs/contract.md): HTML site, CSV/JSON exports, trends,
recommendations and the one-LA scorecard. Pure functions of the documents: no database, no
crawler. Modules: model (vocabulary), figures, trend, export, recommend, verdicts, charts,
hexmap, render, build (write_report), scorecard.
"""
