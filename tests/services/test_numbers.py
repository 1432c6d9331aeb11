from __future__ import annotations

from app.services.numbers import next_number


def test_numbers_count_up_per_kind_and_year(database):
    with database.sessions.begin() as s:
        first = [next_number(s, "claim", 2026) for _ in range(3)]
        other_year = next_number(s, "claim", 2027)
        service = next_number(s, "service", 2026)
    assert first == ["SB2026-000001", "SB2026-000002", "SB2026-000003"]
    assert other_year == "SB2027-000001"
    assert service == "FW2026-000001"


def test_a_rolled_back_transaction_gives_its_number_back(database):
    try:
        with database.sessions.begin() as s:
            assert next_number(s, "tag", 2026) == "JJ2026-000001"
            raise RuntimeError("the save failed")
    except RuntimeError:
        pass
    with database.sessions.begin() as s:
        assert next_number(s, "tag", 2026) == "JJ2026-000001"
