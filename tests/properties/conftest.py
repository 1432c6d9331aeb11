"""Property tests of every importer: random and damaged files end in a clean refusal or a correct import.

Hypothesis keeps no example database in the checkout (database=None) and has no deadline (an import
waits on a database). The number of examples is fixed per profile; on a failure Hypothesis prints the
seed and the falsifying file's recipe. `HYPOTHESIS_PROFILE=ci` draws the same examples every run,
`thorough` many more, `explore` many without shrinking (to hunt for new bugs).
"""
from __future__ import annotations

import os

from hypothesis import HealthCheck, Phase, settings

from tests.services.claims.conftest import dealer  # noqa: F401 - a small dealer built by hand, as a fixture

# A function-scoped database serves every example of one test: each example checks the state it
# leaves itself (snapshot before, compare after), so sharing the database is safe.
_COMMON = {
    "deadline": None,
    "database": None,
    "print_blob": True,
    "suppress_health_check": [HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                              HealthCheck.data_too_large],
}
settings.register_profile("warrantydesk", max_examples=25, **_COMMON)
settings.register_profile("ci", max_examples=25, derandomize=True, **_COMMON)
settings.register_profile("thorough", max_examples=400, **_COMMON)
# Hunting for new bugs: many examples, each failure reported as found rather than shrunk (shrinking an
# import that touches a database can take minutes).
settings.register_profile("explore", max_examples=300, phases=[Phase.explicit, Phase.generate], **_COMMON)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "warrantydesk"))
