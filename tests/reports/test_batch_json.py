"""The batch JSON document, its published schema and example, and the schema checker."""
from __future__ import annotations

import copy
import json
from decimal import Decimal

import pytest

from app.paths import resource
from app.reports.batch import SCHEMA_VERSION, batch_document, dumps
from app.reports.json_schema import SchemaError, validate
from tests.reports.batch_example import example_batch


def _schema() -> dict:  # type: ignore[type-arg]
    return json.loads(resource("schemas", "claim-batch.schema.json").read_text(encoding="utf-8"))


def test_the_published_example_is_what_the_exporter_writes_and_it_validates():
    example = resource("schemas", "example-claim-batch.json").read_bytes()
    assert dumps(batch_document(example_batch())) == example
    document = json.loads(example)
    assert validate(document, _schema()) == []
    assert document["schema_version"] == SCHEMA_VERSION == _schema()["properties"]["schema_version"]["const"]
    totals = document["batch"]["totals"]
    for key in totals:  # the example adds up to the fen
        assert sum(Decimal(c["amounts"][key]) for c in document["claims"]) == Decimal(totals[key])


def test_the_readme_documents_every_claim_field():
    readme = resource("schemas", "README.md").read_text(encoding="utf-8")
    claim = _schema()["$defs"]["claim"]["properties"]
    for name in [*claim, *_schema()["$defs"]["claim"]["properties"]["unit"]["properties"]]:
        assert f"`{name}`" in readme, name


def test_the_readme_documents_every_exchange_and_refund_field():
    readme = resource("schemas", "README.md").read_text(encoding="utf-8")
    for name in _schema()["$defs"]["return"]["properties"]:
        assert f"`{name}`" in readme, name


def test_money_is_a_string_with_two_decimals_and_decimals_lose_trailing_zeros():
    document = batch_document(example_batch())
    claim = document["claims"][0]
    assert claim["amounts"]["totalAmount"] == "1921.50" and claim["travel"]["ratePerKm"] == "1.50"
    assert claim["hourMeter"] == "412.5" and claim["parts"][0]["quantity"] == "1"
    assert document["claims"][1]["areaWorked"] == "1260" and document["claims"][1]["travel"]["distanceKm"] is None
    assert "1921.5," not in dumps(document).decode()


@pytest.mark.parametrize(("change", "problem"), [
    (lambda d: d["claims"][0]["amounts"].update(totalAmount=1921.5), "/claims/0/amounts/totalAmount: expected string"),
    (lambda d: d["claims"][0]["amounts"].update(totalAmount="1921.5"), "does not match"),
    (lambda d: d["claims"][0].update(repairDate="2026-02-30"), "/claims/0/repairDate: '2026-02-30' is not a date"),
    (lambda d: d["claims"][1].pop("complaint"), "/claims/1: complaint is missing"),
    (lambda d: d["batch"].update(colour="red"), "/batch: colour is not allowed"),
    (lambda d: d.update(schema_version="2.0"), "/schema_version: must be '1.1'"),
    (lambda d: d["claims"][0]["attachments"][0].update(kind="video"), "'video' is not one of"),
    (lambda d: d["claims"][0].update(revision=0), "/claims/0/revision: 0 is less than 1"),
    (lambda d: d["claims"][0].update(customerSigned="yes"), "expected boolean, found string"),
])
def test_the_checker_finds_what_breaks_the_schema(change, problem):
    document = copy.deepcopy(batch_document(example_batch()))
    change(document)
    problems = validate(document, _schema())
    assert any(problem in p for p in problems), problems


def test_the_checker_refuses_keywords_it_does_not_know():
    with pytest.raises(SchemaError, match="unsupported schema keywords at /: oneOf"):
        validate(1, {"oneOf": [{"type": "integer"}]})
    with pytest.raises(SchemaError, match="unsupported format 'email'"):
        validate("a", {"type": "string", "format": "email"})
