"""Storage: SQLAlchemy models, the database handle with its migrations, and snapshot bodies."""

from crawler.storage.db import Database, default_db_url, open_database

__all__ = ["Database", "default_db_url", "open_database"]
