"""The first-run wizard and how the app starts with it (app.bootstrap.run_gui)."""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from app.services.database import Database
from app.services.setup import is_first_run
from app.settings import Settings

if TYPE_CHECKING:
    from app.ui.first_run.wizard import FirstRunWizard

__all__ = ["start"]


def start(database: Database, settings: Settings, show_main: Callable[[], object], *,
          on_cancel: Callable[[], object] | None = None) -> FirstRunWizard | None:
    """On a new database (no dealer profile, no users) show the wizard, then `show_main`; otherwise call
    `show_main` at once. `on_cancel` runs when the clerk cancels the wizard (the app quits)."""
    if not is_first_run(database):
        show_main()
        return None
    # Only a new database needs the wizard (and the demo and batch-template code behind it): imported here,
    # so an everyday start does not pay for it.
    from app.ui.first_run.wizard import FirstRunWizard

    wizard = FirstRunWizard(database, settings)
    wizard.completed.connect(show_main)
    if on_cancel is not None:
        wizard.rejected.connect(on_cancel)
    wizard.show()
    return wizard
