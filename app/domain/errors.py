"""Typed errors raised by lower layers. The UI turns them into dialogs, the CLI into one line."""
from __future__ import annotations


class WarrantyDeskError(Exception):
    """Base of every error a user may see; its message is already fit for a person to read."""


class DatabaseError(WarrantyDeskError):
    """The database cannot be used as it is."""


class DatabaseUnreachable(DatabaseError):
    pass


class DatabaseCorrupt(DatabaseError):
    pass


class DatabaseTooNew(DatabaseError):
    """Written by a newer WarrantyDesk: refused and left untouched."""


class NotAWarrantyDeskDatabase(DatabaseError):
    pass


class DatabaseReadOnly(DatabaseError):
    pass


class DatabaseFull(DatabaseError):
    """The disk (or the file's size limit) is full: the unit of work was rolled back, nothing was saved."""


class ValidationError(WarrantyDeskError):
    pass


class ConcurrentEdit(WarrantyDeskError):
    """Somebody else saved the record since it was loaded: this save is refused, theirs is kept."""


class TransitionRefused(WarrantyDeskError):
    """A record cannot move to that state (wrong state, missing role, blocking checks)."""
