"""The paged model over a fake service: only what is shown is fetched; sorting asks the service."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt

from app.domain.errors import DatabaseUnreachable
from app.services.paging import Page, PageRequest
from app.ui.models.paged import Column, PagedTableModel


@dataclass(frozen=True)
class Row:
    n: int


class Service:
    def __init__(self, total: int) -> None:
        self.total = total
        self.requests: list[PageRequest] = []

    def fetch(self, request: PageRequest) -> Page[Row]:
        self.requests.append(request)
        numbers = [n for n in range(self.total) if request.text in str(n)]
        numbers.sort(reverse=request.descending)
        return Page([Row(n) for n in numbers[request.offset:request.offset + request.limit]], len(numbers))


def _model(service: Service) -> PagedTableModel:
    columns = [Column("Number", lambda r: str(r.n), sort_key="n"), Column("Square", lambda r: str(r.n * r.n))]
    model = PagedTableModel(service.fetch, columns, context="Test", page_size=100)
    model.reload()
    return model


def test_model_passes_the_qt_model_tester(qtmodeltester):
    qtmodeltester.check(_model(Service(1000)))


def test_pages_are_fetched_only_when_needed():
    service = Service(200_000)
    model = _model(service)
    assert model.rowCount() == 200_000
    assert len(service.requests) == 1
    assert model.index(150_050, 0).data() == "150050"
    assert [r.offset for r in service.requests] == [0, 150_000]
    assert model.index(150_099, 1).data() == str(150_099 ** 2)
    assert len(service.requests) == 2


def test_sort_and_filter_go_to_the_service():
    service = Service(1000)
    model = _model(service)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert service.requests[-1].sort == "n" and service.requests[-1].descending
    assert model.index(0, 0).data() == "999"
    model.sort(1, Qt.SortOrder.AscendingOrder)  # not sortable: nothing asked
    assert service.requests[-1].sort == "n"
    model.set_query(text="99")
    assert model.rowCount() == 19  # 99, 199, …, 990-999
    assert service.requests[-1].text == "99" and service.requests[-1].offset == 0


def test_a_failing_service_leaves_an_empty_list_and_an_error():
    def broken(_request: PageRequest) -> Page[Row]:
        raise DatabaseUnreachable("server unreachable")

    model = PagedTableModel(broken, [Column("N", str)], context="Test")
    model.reload()
    assert model.rowCount() == 0
    assert model.error == "server unreachable"
