"""The dealer profile: printed on every form and prefix of batch numbers.

The logo is kept in the database (dealer_profile.logo_png), not as a path: every workstation sharing
the database prints the same logo, and a backup or archive carries it along. The picture the clerk
picks is checked and brought to a PNG no larger than a form header needs.
"""
from __future__ import annotations

import io
from dataclasses import dataclass, fields
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.models import DealerProfile, User
from app.domain.actors import Actor
from app.domain.errors import ValidationError
from app.domain.normalize import clean_code, clean_text
from app.services.audit_trail import write_audit
from app.services.database import Database

MAX_LOGO_FILE_BYTES = 5 * 1024 * 1024
MAX_LOGO_PIXELS = 600  # the longer side; a form header prints it about 30 mm wide
_LIMITS = {"dealer_code": 40, "name": 200, "address": 300, "phone": 40, "hotline": 40, "manufacturer": 200}


@dataclass(frozen=True)
class DealerProfileData:
    dealer_code: str
    name: str
    address: str = ""
    phone: str = ""
    hotline: str = ""  # the service hotline printed for customers
    manufacturer: str = ""
    logo_png: bytes | None = None


def is_first_run(db: Database) -> bool:
    """A new database: no dealer profile and no users yet (the first-run wizard is shown)."""
    with db.translated_errors(), db.sessions() as s:
        return s.get(DealerProfile, 1) is None and not s.scalar(select(func.count()).select_from(User))


def dealer_profile(db: Database) -> DealerProfileData | None:
    with db.translated_errors(), db.sessions() as s:
        row = s.get(DealerProfile, 1)
        return None if row is None else _data(row)


def check_dealer_profile(profile: DealerProfileData) -> DealerProfileData:
    """The profile as it will be saved (trimmed, the code upper case and half-width), or ValidationError
    naming what is wrong. The wizard calls it before leaving its page."""
    cleaned = DealerProfileData(
        dealer_code=clean_code(profile.dealer_code), name=clean_text(profile.name),
        address=clean_text(profile.address), phone=clean_text(profile.phone), hotline=clean_text(profile.hotline),
        manufacturer=clean_text(profile.manufacturer), logo_png=profile.logo_png)
    if not cleaned.dealer_code:
        raise ValidationError("the dealer code is required (the code head office gave the dealer, e.g. D3701)")
    if not cleaned.name:
        raise ValidationError("the dealer's name is required")
    titles = {"dealer_code": "dealer code", "name": "name", "address": "address", "phone": "phone number",
              "hotline": "service hotline", "manufacturer": "manufacturer"}
    for name, limit in _LIMITS.items():
        if len(getattr(cleaned, name)) > limit:
            raise ValidationError(f"the {titles[name]} is too long (at most {limit} characters)")
    if cleaned.logo_png is not None and not cleaned.logo_png.startswith(b"\x89PNG"):
        raise ValidationError("the logo must be a PNG picture (read_logo converts one)")
    return cleaned


def save_dealer_profile(db: Database, actor: Actor, profile: DealerProfileData) -> DealerProfileData:
    """Create or change the dealer profile (one transaction, one audit row per changed field).

    Changing it needs the service manager role once it exists; the first profile may be entered by anyone
    setting up a new database.
    """
    cleaned = check_dealer_profile(profile)
    with db.translated_errors(), db.sessions.begin() as s:
        row = s.get(DealerProfile, 1)
        if row is not None or s.scalar(select(func.count()).select_from(User)):
            actor.require_manager("Changing the dealer profile")
        write_profile(s, actor, cleaned)
    return cleaned


def write_profile(s: Session, actor: Actor, profile: DealerProfileData) -> None:
    """Inside the caller's transaction: the checked profile into its single row, with audit rows."""
    row = s.get(DealerProfile, 1)
    if row is None:
        row = DealerProfile(id=1, dealer_code=profile.dealer_code, name=profile.name)
        s.add(row)
        s.flush()
        write_audit(s, actor, "dealer_profile", 1, "create", "", None, f"{profile.dealer_code} {profile.name}")
    old = _data(row)
    for field in fields(DealerProfileData):
        before, after = getattr(old, field.name), getattr(profile, field.name)
        if before == after:
            continue
        setattr(row, _COLUMNS.get(field.name, field.name), after)
        if field.name == "logo_png":  # the picture itself does not belong in the audit trail
            before = None if before is None else f"{len(before):,} bytes"
            after = None if after is None else f"{len(after):,} bytes"
        write_audit(s, actor, "dealer_profile", 1, "update", field.name, before, after)


_COLUMNS = {"hotline": "service_hotline"}


def _data(row: DealerProfile) -> DealerProfileData:
    return DealerProfileData(dealer_code=row.dealer_code, name=row.name, address=row.address or "",
                             phone=row.phone or "", hotline=row.service_hotline or "",
                             manufacturer=row.manufacturer or "", logo_png=row.logo_png)


def read_logo(path: Path | str) -> bytes:
    """The picture at `path` as PNG bytes for the profile, scaled down to at most MAX_LOGO_PIXELS."""
    from PIL import Image, UnidentifiedImageError  # Pillow comes with reportlab, which prints the forms

    file = Path(path)
    try:
        if file.stat().st_size > MAX_LOGO_FILE_BYTES:
            raise ValidationError(f"{file.name} is too big for a logo (at most 5 MB)")
        raw = file.read_bytes()
    except OSError as exc:
        raise ValidationError(f"cannot read the logo {file}: {exc.strerror or exc}") from exc
    try:
        with Image.open(io.BytesIO(raw)) as image:
            image.load()
            picture = image.convert("RGBA") if image.mode not in ("RGB", "RGBA", "L", "LA") else image.copy()
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as exc:
        raise ValidationError(f"{file.name} is not a picture WarrantyDesk can read (use PNG or JPEG)") from exc
    picture.thumbnail((MAX_LOGO_PIXELS, MAX_LOGO_PIXELS))
    out = io.BytesIO()
    picture.save(out, format="PNG", optimize=True)
    return out.getvalue()
