"""A zip file whose entries all carry one fixed date, so the same content always gives the same bytes.

Python's ZipFile stamps each entry with the clock (writestr) or the file's mtime (write); openpyxl
uses both. A re-exported batch must be byte-identical, so neither may leak into the archive.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any
from zipfile import ZipFile, ZipInfo

FIXED_DATE = (1980, 1, 1, 0, 0, 0)  # the earliest date a zip entry can hold


class StableZipFile(ZipFile):
    def _info(self, name: str, compress_type: int | None) -> ZipInfo:
        info = ZipInfo(filename=name, date_time=FIXED_DATE)
        info.compress_type = self.compression if compress_type is None else compress_type
        info._compresslevel = self.compresslevel  # type: ignore[attr-defined]  # as ZipFile.writestr does
        info.external_attr = 0o644 << 16  # a plain readable file for every unzip tool
        return info

    def writestr(self, zinfo_or_arcname: str | ZipInfo, data: Any, compress_type: int | None = None,
                 compresslevel: int | None = None) -> None:
        if not isinstance(zinfo_or_arcname, ZipInfo):
            zinfo_or_arcname = self._info(zinfo_or_arcname, compress_type)
        super().writestr(zinfo_or_arcname, data, compress_type, compresslevel)

    def write(self, filename: Any, arcname: Any = None, compress_type: int | None = None,
              compresslevel: int | None = None) -> None:
        with open(filename, "rb") as handle:
            self.writestr(str(arcname or os.path.basename(filename)), handle.read(), compress_type, compresslevel)

    def add_file(self, path: Path, name: str, compress_type: int | None = None) -> None:
        """Copy a file in without holding it in memory (photos of several MB, thousands of PDFs)."""
        info = self._info(name, compress_type)
        size = path.stat().st_size
        info.file_size = size
        with open(path, "rb") as source, self.open(info, "w", force_zip64=size > 0x7FFFFFFF) as target:
            shutil.copyfileobj(source, target, 1024 * 1024)
