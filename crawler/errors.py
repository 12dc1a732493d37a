"""Errors the user caused or can fix. The command line prints them as one line, no traceback."""


class UserError(Exception):
    """A problem with the user's input or environment, reported as a one-line message."""


class RegisterError(UserError):
    """The register CSV is missing or malformed; the message names every bad line."""


class DatabaseError(UserError):
    """The database URL is wrong or the server cannot be reached."""
