"""At most one audit per database at a time, with a lock a crashed process cannot keep.

SQLite: an flock on a file beside the database, released by the kernel when the holder dies
(kill -9 included). PostgreSQL: a session-level advisory lock, released when the holder's
connection drops. Either way there is no stale lock to clean up by hand.

A PostgreSQL lock lives only as long as its connection, and that connection can be terminated
under a running audit (an administrator, a server restart, a proxy's idle timeout); a second
audit would then be admitted while the first still writes. So the lock is re-checked on its own
connection every HEARTBEAT_SECONDS by a heartbeat thread; when it is gone, `lost` is set and
`on_lost` is called, and the audit stops safely and marks its run interrupted. Releasing a lock
whose connection is already dead is not an error: the server released it when the connection
dropped.
"""

from __future__ import annotations

import fcntl
import logging
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from crawler.errors import UserError
from crawler.storage.db import Database

ADVISORY_KEY = 0x0CC7A0D17  # "cctv audit"
HEARTBEAT_SECONDS = float(os.environ.get("CCTV_AUDIT_LOCK_HEARTBEAT", "2"))
log = logging.getLogger(__name__)
_HELD = text("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted AND pid = pg_backend_pid()")


class AuditLock:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._fh: Any = None
        self._conn: Any = None
        self.lost = False
        self.on_lost: Callable[[], None] | None = None
        self._stop = threading.Event()
        self._beat: threading.Thread | None = None

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
                raise UserError(
                    f"another audit is running on this database ({holder}); try again when it has finished"
                ) from None
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
        self._stop.clear()
        self._beat = threading.Thread(target=self._heartbeat, name="cctv-audit-lock-heartbeat", daemon=True)
        self._beat.start()

    def still_held(self) -> bool:
        """Ask the server, on the lock's own connection, whether the lock is still ours."""
        try:
            held = self._conn.execute(_HELD).scalar()
            self._conn.commit()
            return bool(held)
        except (SQLAlchemyError, OSError):
            return False

    def _heartbeat(self) -> None:
        while not self._stop.wait(HEARTBEAT_SECONDS):
            if not self.still_held():
                self.lost = True
                log.error("the database audit lock was lost (its connection was closed); stopping the audit")
                if self.on_lost is not None:
                    self.on_lost()
                return

    def release(self) -> None:
        if self._fh is not None:
            fcntl.flock(self._fh, fcntl.LOCK_UN)
            self._fh.close()
            self._fh = None
        if self._conn is not None:
            self._stop.set()
            if self._beat is not None:
                self._beat.join(timeout=HEARTBEAT_SECONDS + 30)
                self._beat = None
            try:
                self._conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": ADVISORY_KEY})
                self._conn.commit()
                self._conn.close()
            except (SQLAlchemyError, OSError):
                # the connection died, and the server released the lock with it
                self._conn.invalidate()
            self._conn = None

    def __enter__(self) -> AuditLock:
        self.acquire()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.release()
