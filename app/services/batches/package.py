"""Building an export package out of sight and showing it under its real name only when complete.

A package is built under a hidden temporary name in the folder it goes to (same file system, so the
final rename is atomic): a folder `.<name>.<random>.part/`, or a zip `.<name>.<random>.part` with a
scratch folder beside it for the files made on the way. Every file is flushed to disk before the
rename. Any failure removes all of it; nothing is ever left under the package's own name half written.
"""
from __future__ import annotations

import hashlib
import json
import os
import secrets
import shutil
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from types import TracebackType
from typing import Any
from zipfile import ZIP_DEFLATED, ZIP_STORED

from app.reports.batch.stable_zip import StableZipFile

# Already compressed: storing them again deflated costs time and saves nothing.
_STORED = {".xlsx", ".pdf", ".jpg", ".jpeg", ".png", ".gif", ".webp", ".heic", ".zip"}
_BLOCK = 1024 * 1024


@dataclass(frozen=True)
class PackedFile:
    path: str  # inside the package, with forward slashes
    size: int
    sha256: str


class PackageWriter:
    def __init__(self, final: Path, *, as_zip: bool) -> None:
        self.final = final
        self.as_zip = as_zip
        token = secrets.token_hex(4)
        self._staged = final.parent / f".{final.name}.{token}.part"
        self._scratch = final.parent / f".{final.name}.{token}.scratch" if as_zip else self._staged
        self._aside = final.parent / f".{final.name}.{token}.old"
        self._zip: StableZipFile | None = None
        self.files: list[PackedFile] = []
        self.manifest_sha256 = ""

    def __enter__(self) -> PackageWriter:
        self.final.parent.mkdir(parents=True, exist_ok=True)
        self._scratch.mkdir()
        if self.as_zip:
            self._zip = StableZipFile(self._staged, "w", ZIP_DEFLATED, allowZip64=True)
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self._discard()

    def target(self, name: str) -> Path:
        """Where to write the file `name` (e.g. "pdf/SB2026-000123.pdf") before calling added(name)."""
        path = self._scratch.joinpath(*PurePosixPath(name).parts)
        path.parent.mkdir(parents=True, exist_ok=True)
        return path

    def added(self, name: str) -> PackedFile:
        """The file written at target(name) is complete: record it (and, for a zip, move it in)."""
        path = self.target(name)
        digest = hashlib.sha256()
        size = 0
        with open(path, "rb+") as handle:
            while block := handle.read(_BLOCK):
                digest.update(block)
                size += len(block)
            if not self.as_zip:
                os.fsync(handle.fileno())
        if self._zip is not None:
            self._zip.add_file(path, name, _compression(name))
            path.unlink()
        return self._record(name, size, digest.hexdigest())

    def add_bytes(self, name: str, content: bytes) -> PackedFile:
        if self._zip is not None:
            self._zip.writestr(name, content, _compression(name))
        else:
            with open(self.target(name), "wb") as handle:
                handle.write(content)
                handle.flush()
                os.fsync(handle.fileno())
        return self._record(name, len(content), hashlib.sha256(content).hexdigest())

    def finish(self, header: dict[str, Any]) -> str:
        """Write manifest.json (the header, then every file with its size and SHA-256) and close the package.
        Returns the manifest's SHA-256, which identifies the package."""
        files = sorted(self.files, key=lambda f: f.path)
        manifest = {**header, "files": [{"path": f.path, "size": f.size, "sha256": f.sha256} for f in files]}
        content = (json.dumps(manifest, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
        self.add_bytes("manifest.json", content)
        self.files.pop()  # the manifest does not list itself
        self.manifest_sha256 = hashlib.sha256(content).hexdigest()
        if self._zip is not None:
            self._zip.close()
            self._zip = None
            _fsync_file(self._staged)
            shutil.rmtree(self._scratch, ignore_errors=True)
        else:
            for folder in sorted({p.parent for p in self._staged.rglob("*")} | {self._staged}, reverse=True):
                _fsync_dir(folder)
        return self.manifest_sha256

    def publish(self) -> None:
        """Show the finished package under its real name (an older package of the same name is set aside,
        so withdraw() can put it back; settle() removes it)."""
        if self.final.exists():
            _set_aside(self.final, self._aside)
        try:
            os.replace(self._staged, self.final)
        except BaseException:
            if self._aside.exists():
                if self.final.exists():  # a zip that kept its name throughout: only the extra name goes
                    _remove(self._aside)
                else:
                    os.replace(self._aside, self.final)
            raise
        _fsync_dir(self.final.parent)

    def withdraw(self) -> None:
        """Undo publish(): the database did not record the export, so the package must not stay."""
        if self._aside.is_file():
            os.replace(self._aside, self.final)  # the older zip back in one step
            return
        _remove(self.final)
        if self._aside.exists():
            os.replace(self._aside, self.final)

    def settle(self) -> None:
        _remove(self._aside)

    @property
    def total_bytes(self) -> int:
        return sum(f.size for f in self.files)

    def _record(self, name: str, size: int, sha256: str) -> PackedFile:
        packed = PackedFile(name, size, sha256)
        self.files.append(packed)
        return packed

    def _discard(self) -> None:
        if self._zip is not None:
            self._zip.close()
            self._zip = None
        for path in (self._staged, self._scratch):
            _remove(path)


def _set_aside(final: Path, aside: Path) -> None:
    """Keep the older package under `aside`. A zip gets a second name (a hard link) and keeps its own until
    the new one replaces it in one step, so a crash in between never leaves an exported batch without its
    package; a folder (or a file system without hard links) has to move aside first."""
    if final.is_file():
        try:
            os.link(final, aside)
            return
        except OSError:
            pass
    os.replace(final, aside)


def _compression(name: str) -> int:
    return ZIP_STORED if PurePosixPath(name).suffix.lower() in _STORED else ZIP_DEFLATED


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_dir(path: Path) -> None:
    """A rename or a new file is durable once its folder is flushed (POSIX; Windows has no such call)."""
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
