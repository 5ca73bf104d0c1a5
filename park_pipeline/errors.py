"""Mistakes a user can fix: the CLI prints them as one line and exits non-zero (no traceback),
the sensor shows them as its skip reason. Anything else is a bug and keeps its traceback."""
from __future__ import annotations


class UserError(Exception):
    """An error whose message alone tells the user what to do."""


class SeedsFolderMissing(UserError):
    """The seeds folder does not exist: never read as "every file was deleted"."""


class MassDeletion(UserError):
    """A scan would delete most of the known files: likely a wrong or unmounted folder."""


def failure_reason(stage: str, error: BaseException) -> str:
    """A quarantine reason for an exception while processing one page: `stage: Type: message`."""
    message = " ".join(str(error).split())
    return f"{stage}: {type(error).__name__}: {message}" if message else f"{stage}: {type(error).__name__}"
