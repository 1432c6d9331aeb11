"""Every enum value has a label, and the Chinese catalogue translates every one of them."""
from __future__ import annotations

import inspect
from enum import StrEnum

import pytest

from app.domain import enums
from app.domain.enums import BatchStatus, ClaimStatus, OldPartStatus, PaidOrderStatus, PartClass
from app.ui import labels

ALL_ENUMS = [
    obj for _, obj in inspect.getmembers(enums, inspect.isclass) if issubclass(obj, StrEnum) and obj is not StrEnum
]


def test_every_enum_of_the_domain_is_labelled() -> None:
    assert set(labels.labelled_enums()) == set(ALL_ENUMS)


@pytest.mark.parametrize("kind", ALL_ENUMS, ids=lambda kind: kind.__name__)
def test_every_value_has_an_english_label(kind: type[StrEnum], english: None) -> None:
    texts = [labels.label(member) for member in kind]
    assert all(texts)
    assert len(set(texts)) == len(texts)  # two values never look the same in a list


@pytest.mark.parametrize("kind", ALL_ENUMS, ids=lambda kind: kind.__name__)
def test_every_value_is_translated_to_chinese(kind: type[StrEnum], chinese: None) -> None:
    for member in kind:
        text = labels.label(member)
        assert any("\u4e00" <= ch <= "\u9fff" for ch in text), f"{kind.__name__}.{member.name}: {text!r}"


def test_the_vocabulary_of_the_station(chinese: None) -> None:
    assert labels.label(ClaimStatus.DRAFT) == "草稿"
    assert labels.label(ClaimStatus.READY) == "待审批"
    assert labels.label(OldPartStatus.USABLE) == "可利用旧件"
    assert labels.label(OldPartStatus.SCRAP) == "废件"
    assert labels.label(PartClass.WARRANTY) == "三包件"
    assert labels.label(PartClass.WEAR) == "易损件"
    assert labels.label(BatchStatus.SETTLED) == "已核销"


def test_equal_values_of_different_enums_keep_their_own_labels(english: None) -> None:
    # ClaimStatus.DRAFT == PaidOrderStatus.DRAFT as strings; their labels must still come from their own enum
    assert labels.label(ClaimStatus.READY) == "Awaiting approval"
    assert labels.label(PaidOrderStatus.COMPLETED) == "Completed"
    assert labels.choices(BatchStatus) == [
        (BatchStatus.OPEN, "Open"), (BatchStatus.EXPORTED, "Exported"), (BatchStatus.SETTLED, "Settled"),
    ]
