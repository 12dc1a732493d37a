"""Accounts, sign-in and the audit log of the web application.

Passwords are hashed with Argon2id (argon2-cffi, the algorithm OWASP recommends first); a
failed sign-in says nothing about which half was wrong, and still spends the hashing time so
that timing does not reveal which names exist.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from functools import wraps
from typing import Any, cast

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from flask import abort, current_app, request
from flask_login import UserMixin, current_user
from sqlalchemy import select
from sqlalchemy.orm import Session

from crawler.storage.models import ROLES, AuditEvent, User

MIN_PASSWORD = 12
MAX_PASSWORD = 256
_HASHER = PasswordHasher()
_DUMMY = _HASHER.hash("not a real password, only spends the time")


class SignedIn(UserMixin):
    """The session's view of a user: id, name and role, nothing secret."""

    def __init__(self, user: User) -> None:
        self.id = str(user.id)
        self.name = user.name
        self.role = user.role


def hash_password(password: str) -> str:
    if not MIN_PASSWORD <= len(password) <= MAX_PASSWORD:
        raise ValueError(f"a password must be {MIN_PASSWORD} to {MAX_PASSWORD} characters long")
    return _HASHER.hash(password)


def add_user(session: Session, name: str, role: str, password: str) -> User:
    """Create an account; the name is unique and the role one of ROLES."""
    name = name.strip()
    if not name or len(name) > 80 or any(not (c.isalnum() or c in "._-@") for c in name):
        raise ValueError("a user name is 1 to 80 letters, digits or . _ - @")
    if role not in ROLES:
        raise ValueError(f"role must be one of {', '.join(ROLES)}")
    if session.scalar(select(User).where(User.name == name)) is not None:
        raise ValueError(f"user {name!r} already exists")
    user = User(name=name, role=role, password_hash=hash_password(password))
    session.add(user)
    session.flush()
    return user


def authenticate(session: Session, name: str, password: str) -> User | None:
    """The active user with this name and password, or None (in about the same time either way)."""
    user = session.scalar(select(User).where(User.name == name[:80]))
    if len(password) > MAX_PASSWORD:
        return None
    try:
        _HASHER.verify(user.password_hash if user and user.active else _DUMMY, password)
    except (VerificationError, InvalidHashError):
        return None
    return user if user and user.active else None


def client_key() -> str:
    """A short hash of the client's address, stored instead of the address itself."""
    addr = request.remote_addr or "unknown"
    salt = current_app.config["SECRET_KEY"]
    return hashlib.sha256(f"{salt}:{addr}".encode()).hexdigest()[:16]


def log_event(session: Session, action: str, actor: str | None = None, **detail: Any) -> None:
    session.add(AuditEvent(action=action, actor=actor, client=client_key(), detail=detail))


def role_required(*roles: str) -> Callable:
    """Refuse anyone not signed in with one of ``roles``: 401 to strangers, 403 to others."""

    def decorate(view: Callable) -> Callable:
        @wraps(view)
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            if not current_user.is_authenticated:
                return cast(Any, current_app).login_manager.unauthorized()
            if current_user.role not in roles:
                abort(403)
            return view(*args, **kwargs)

        return wrapped

    return decorate
