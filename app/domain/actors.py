"""Who is doing something: every service that changes data is told, for the audit trail and roles."""
from __future__ import annotations

from dataclasses import dataclass

from app.domain.enums import Role
from app.domain.errors import WarrantyDeskError


class PermissionDenied(WarrantyDeskError):
    pass


@dataclass(frozen=True)
class Actor:
    user_id: int | None
    login: str
    name: str
    role: Role

    @property
    def is_manager(self) -> bool:
        return self.role in (Role.MANAGER, Role.ADMIN)

    def require_manager(self, what: str) -> None:
        """Roles are enforced here, in the service layer, not only by hiding buttons."""
        if not self.is_manager:
            raise PermissionDenied(f"{what} needs the service manager role; {self.name} is a clerk")


SYSTEM = Actor(user_id=None, login="system", name="WarrantyDesk", role=Role.ADMIN)
