"""Content-addressed snapshot bodies: compressed once, shared by every fetch of the same bytes."""

from __future__ import annotations

import hashlib
import zlib

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from crawler.storage.models import SnapshotBody


def body_hash(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def store_body(session: Session, body: bytes) -> SnapshotBody:
    """Return the stored body for these bytes, adding it if no run has stored them before."""
    digest = body_hash(body)
    existing = session.scalar(select(SnapshotBody).where(SnapshotBody.sha256 == digest))
    if existing is not None:
        return existing
    row = SnapshotBody(sha256=digest, size=len(body), compression="zlib", data=zlib.compress(body, 6))
    try:
        with session.begin_nested():
            session.add(row)
            session.flush()
    except IntegrityError:
        # another writer stored the same body between our lookup and insert
        return session.scalars(select(SnapshotBody).where(SnapshotBody.sha256 == digest)).one()
    return row


def load_body(row: SnapshotBody | None) -> bytes:
    """The original bytes of a stored body (empty for a fetch that had none)."""
    if row is None:
        return b""
    if row.compression == "zlib":
        return zlib.decompress(row.data)
    return bytes(row.data)
