"""Exporting a batch again replaces its .zip with no moment in which the zip is missing: a crash at any
point leaves the batch, already locked, with a whole package under its name."""
from __future__ import annotations

import os
import zipfile

import pytest

from app.services.batches import package as package_module
from app.services.batches.package import PackageWriter


def _package(final, text: str) -> PackageWriter:  # type: ignore[no-untyped-def]
    writer = PackageWriter(final, as_zip=True).__enter__()
    writer.add_bytes("a.txt", text.encode())
    writer.finish({"batchNumber": "D3701-2026-001"})
    return writer


def _text(final) -> str:  # type: ignore[no-untyped-def]
    with zipfile.ZipFile(final) as archive:
        return archive.read("a.txt").decode()


@pytest.mark.parametrize("keep", [True, False])
def test_a_zip_exported_again_keeps_its_name_at_every_step(tmp_path, monkeypatch, keep):
    final = tmp_path / "D3701-2026-001.zip"
    first = _package(final, "first")
    first.publish()
    first.settle()
    real_replace = os.replace
    seen: list[bool] = []

    def replace(source, target):  # type: ignore[no-untyped-def]
        seen.append(final.is_file())  # what a crash at this moment would leave
        real_replace(source, target)
        seen.append(final.is_file())

    monkeypatch.setattr(package_module.os, "replace", replace)
    second = _package(final, "second")
    second.publish()
    if keep:
        second.settle()
    else:  # the database refused the export: the first package comes back
        second.withdraw()
    second.__exit__(None, None, None)
    assert seen and all(seen)
    assert _text(final) == ("second" if keep else "first")
    assert [p.name for p in tmp_path.iterdir()] == [final.name]  # nothing set aside is left behind
