"""At most one audit per database at a time, with a lock a crashed process cannot keep.

SQLite: an flock on a file beside the database, released by the kernel when the holder dies
(kill -9 included). PostgreSQL: a session-level advisory lock, released when the holder's
connection drops. Either way there is no stale lock to clean up by hand.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path
from typing import Any

from sqlalchemy import text

from crawler.errors import UserError
from crawler.storage.db import Database

ADVISORY_KEY = 0x0CC7A0D17  # "cctv audit"


class AuditLock:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._fh: Any = None
        self._conn: Any = None

    def _lock_path(self) -> Path:
        database = self.db.url.database or ""
        if not database or database == ":memory:":
            return Path(os.environ.get("TMPDIR", "/tmp")) / f"cctv-audit-{os.getuid()}.lock"
        return Path(database).expanduser().resolve().with_name(Path(database).name + ".lock")

    def acquire(self) -> None:
        """Take the lock or raise a one-line UserError naming who holds it."""
        if self.db.is_sqlite:
            path = self._lock_path()
            fh = open(path, "a+")
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                fh.seek(0)
                holder = fh.read().strip() or "another process"
                fh.close()
                raise UserError(f"another audit is running on this database ({holder}); try again when it has finished") from None
            fh.seek(0)
            fh.truncate()
            fh.write(f"pid {os.getpid()}")
            fh.flush()
            self._fh = fh
            return
        conn = self.db.engine.connect()
        got = conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": ADVISORY_KEY}).scalar()
        conn.commit()
        if not got:
            conn.close()
            raise UserError("another audit is running on this database; try again when it has finished")
        self._conn = conn

    def release(self) -> None:
        if self._fh is not None:
            fcntl.flock(self._fh, fcntl.LOCK_UN)
            self._fh.close()
            self._fh = None
        if self._conn is not None:
            self._conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": ADVISORY_KEY})
            self._conn.commit()
            self._conn.close()
            self._conn = None

    def __enter__(self) -> AuditLock:
        self.acquire()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.release()
