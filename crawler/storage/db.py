"""The database handle: URL resolution, connection checks, migrations on first use.

SQLite (a file in the working directory) is the default because an audit should need nothing
started; PostgreSQL is for shared and scaled-out use. Either way the schema is Alembic's.

Migrations touch nothing unless the database is ours or empty: the schema is inspected first
(`schema_state`); another application's database is refused with nothing changed, a schema newer
than this version knows is refused in one line, and only commands that write apply migrations
(read-only ones pass migrate=False and are told to run `cctv-audit db upgrade`).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, event, inspect
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.engine.url import URL
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from crawler.errors import DatabaseError
from crawler.storage.models import Base

DEFAULT_SQLITE_FILE = "cctv-audit.sqlite"
MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def default_db_url() -> str:
    """`CCTV_AUDIT_DB` if set, else a SQLite file in the working directory."""
    return os.environ.get("CCTV_AUDIT_DB") or f"sqlite:///{DEFAULT_SQLITE_FILE}"


def _normalise(url: str) -> URL:
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise DatabaseError(
            f"not a database URL: {url!r} (expected e.g. sqlite:///audit.sqlite or postgresql+psycopg://host/db)"
        ) from None
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # journal_mode=WAL is written into the file's header, so it is set by `upgrade` (on a
    # database that is ours), never on merely opening a file that may be someone else's
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


class Database:
    """An engine plus a session factory for one database URL."""

    def __init__(self, url: str) -> None:
        self.url = _normalise(url)
        self.display_url = self.url.render_as_string(hide_password=True)
        kwargs: dict = {"future": True}
        if self.url.get_backend_name() == "sqlite":
            database = self.url.database or ""
            if database and database != ":memory:":
                parent = Path(database).expanduser().resolve().parent
                if not parent.is_dir():
                    raise DatabaseError(f"cannot open database {self.display_url}: folder {parent} does not exist")
            kwargs["connect_args"] = {"timeout": 30}
        else:
            kwargs["pool_pre_ping"] = True
            kwargs["connect_args"] = {"connect_timeout": 10}
        try:
            self.engine: Engine = create_engine(self.url, **kwargs)
        except (NoSuchModuleError, ModuleNotFoundError, ArgumentError) as exc:
            raise DatabaseError(f"unsupported database URL {self.display_url}: {_first_line(exc)}") from None
        if self.url.get_backend_name() == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    def check(self) -> None:
        """Connect once, turning any driver error into a one-line DatabaseError."""
        try:
            with self.engine.connect():
                pass
        except (OperationalError, SQLAlchemyError, OSError) as exc:
            raise DatabaseError(f"cannot connect to database {self.display_url}: {_first_line(exc)}") from None

    def alembic_config(self):
        from alembic.config import Config

        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
        cfg.set_main_option("sqlalchemy.url", self.url.render_as_string(hide_password=False).replace("%", "%%"))
        return cfg

    def upgrade(self) -> None:
        """Apply every pending migration (idempotent), all or nothing.

        PostgreSQL runs DDL in transactions already. Python's sqlite3 does not: it commits before
        each CREATE, so a migration that failed half-way used to leave half a schema behind. On
        SQLite the driver is told to leave transactions to us and the whole upgrade runs inside
        one BEGIN IMMEDIATE ... COMMIT.
        """
        from alembic import command

        cfg = self.alembic_config()
        try:
            if not self.is_sqlite:
                with self.engine.begin() as connection:
                    cfg.attributes["connection"] = connection
                    command.upgrade(cfg, "head")
                return
            with self.engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA journal_mode=WAL")
                connection.commit()
                raw = connection.connection.driver_connection
                saved = raw.isolation_level
                raw.isolation_level = None
                try:
                    connection.exec_driver_sql("BEGIN IMMEDIATE")
                    try:
                        cfg.attributes["connection"] = connection
                        command.upgrade(cfg, "head")
                    except BaseException:
                        raw.execute("ROLLBACK")
                        raise
                    raw.execute("COMMIT")
                finally:
                    raw.isolation_level = saved
        except OperationalError as exc:
            raise DatabaseError(f"cannot migrate database {self.display_url}: {_first_line(exc)}") from None

    def schema_state(self) -> tuple[str, str | None]:
        """("empty" | "current" | "older" | "newer" | "foreign", the stored revision)."""
        from alembic.script import ScriptDirectory

        try:
            tables = set(inspect(self.engine).get_table_names())
        except (OperationalError, SQLAlchemyError) as exc:
            raise DatabaseError(f"cannot read database {self.display_url}: {_first_line(exc)}") from None
        ours = set(Base.metadata.tables)
        if not tables - {"apscheduler_jobs"}:
            return "empty", None
        revision = self.current_revision() if "alembic_version" in tables else None
        if revision is None or not (tables & ours):
            return "foreign", revision
        script = ScriptDirectory.from_config(self.alembic_config())
        known = {r.revision for r in script.walk_revisions()}
        if revision not in known:
            return "newer", revision
        return ("current" if revision in script.get_heads() else "older"), revision

    def current_revision(self) -> str | None:
        from alembic.runtime.migration import MigrationContext

        with self.engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()

    def has_schema(self) -> bool:
        return inspect(self.engine).has_table("run")

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on any error."""
        with self._sessions() as session:
            with session.begin():
                yield session

    def new_session(self) -> Session:
        return self._sessions()

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(url: str | None = None, migrate: bool = True, must_exist: bool = False) -> Database:
    """Open (and by default migrate) the database at `url` or the default.

    Commands that only read (report, export, runs) pass must_exist, so a mistyped SQLite path is
    an error rather than a new empty database.
    """
    db = Database(url or default_db_url())
    if must_exist and db.is_sqlite:
        database = db.url.database or ""
        if database and database != ":memory:" and not Path(database).expanduser().exists():
            raise DatabaseError(f"no database at {database}: run `cctv-audit audit` first, or give --db")
    db.check()
    state, revision = db.schema_state()
    where = db.display_url
    if state == "foreign":
        raise DatabaseError(
            f"{where} is not a cctv-audit database (it holds other tables); nothing was changed: "
            "give --db an empty or cctv-audit database"
        )
    if state == "newer":
        raise DatabaseError(
            f"{where} has schema revision {revision}, newer than this version of cctv-audit knows; "
            "upgrade cctv-audit to use it (nothing was changed)"
        )
    if state in ("empty", "older"):
        if migrate:
            db.upgrade()
        elif state == "empty":
            raise DatabaseError(
                f"{where} holds no cctv-audit data yet (nothing was changed): run `cctv-audit audit` first"
            )
        else:
            raise DatabaseError(
                f"{where} has an older cctv-audit schema (nothing was changed): run `cctv-audit db upgrade` first"
            )
    return db
