"""Flexible asset rules: trait conversion by field kind and the type/field validations IT Glue documents.

Traits are written by field name-key. Tag traits are written as an id or a list of ids
(strings or integers; the read shape is accepted too, its ids are used) and stored in
IT Glue's read shape ``{"type": "<TagType>", "values": [{"id", "name", "resource-url", ...}]}``.
Upload traits are written as ``{"content": <base64>, "file_name": ...}`` (IT Glue does not
document their read shape); the emulator stores the file and answers an attachment-like value
``{"id", "name", "file-name", "content-type", "file-size", "download-url"}``, the download URL
being on the emulator host; sending that value back keeps the file. Other kinds
keep the value sent (Checkbox/Number accept their string spellings). A ``null`` deletes a
trait; a key that is not the name-key of one of the type's fields is a 422, as IT Glue answers.
"""

from __future__ import annotations

import base64
import binascii
import mimetypes
from typing import Any

from itglue_emulator.errors import ApiError, unprocessable
from itglue_emulator.store import Record, Store
from itglue_emulator.wire import WEB_APP_BASE, parse_bool

UPLOADS = "trait-uploads"
"""Table of files written through Upload traits (downloadable under ``/_emulator/files/trait-uploads/<id>``)."""

FLEXIBLE_ASSET_TAG = "FlexibleAssetType: "
"""Prefix of the tag type of fields tagging flexible assets of one type (``FlexibleAssetType: <id>``)."""

# Tag type -> (wire type of the tagged records, extra keys of each read value). The extras follow the
# values IT Glue returns (hostname and IP of configurations, names of contacts, ...).
TAG_TYPES: dict[str, tuple[str, tuple[str, ...]]] = {
    "AccountsUsers": ("users", ()),
    "Checklists": ("checklists", ("organization-name",)),
    "ChecklistTemplates": ("checklist-templates", ()),
    "Configurations": ("configurations", ("hostname", "primary-ip", "configuration-type-name", "organization-name")),
    "Contacts": ("contacts", ("first-name", "last-name", "organization-name")),
    "Documents": ("documents", ("organization-name",)),
    "Domains": ("domains", ("organization-name",)),
    "Locations": ("locations", ("city", "organization-name")),
    "Organizations": ("organizations", ()),
    "Passwords": ("passwords", ("username", "organization-name")),
    "SslCertificates": ("ssl-certificates", ("organization-name",)),
    "Tickets": ("tickets", ("organization-name",)),
}
_TRAITS = "/data/attributes/traits"


class TraitRules:
    """Flexible asset type, field and trait behaviour over the store."""

    def __init__(self, store: Store) -> None:
        """Bind the rules to the store.

        Args:
            store: The record store.
        """
        self._store = store

    def fields_of(self, type_id: int) -> dict[str, dict[str, Any]]:
        """Return the attributes of a type's fields by name-key, in field order.

        Args:
            type_id: Flexible asset type id.

        Returns:
            ``{name-key: field attributes}``.
        """
        fields = [
            r["attributes"]
            for r in self._store.records("flexible-asset-fields")
            if r["attributes"].get("flexible-asset-type-id") == type_id
        ]
        fields.sort(key=lambda f: (f.get("order") is None, f.get("order") or 0))
        return {str(f.get("name-key")): f for f in fields if f.get("name-key")}

    def write(self, type_id: int, raw: Any, base_url: str, *, check_required: bool = True) -> tuple[Any, str | None]:
        """Convert written traits to their stored (read) shape and derive the asset's name.

        Args:
            type_id: The asset's flexible asset type id.
            raw: ``traits`` as sent.
            base_url: Scheme and host the client used (download URLs of uploads).
            check_required: Reject traits lacking a required field.

        Returns:
            ``(traits, name)``; the name is the use-for-title trait's text.

        Raises:
            ApiError: 422 for malformed traits, keys naming no field, unknown tagged ids, bad uploads or
                missing required fields.
        """
        if raw is None:
            raw = {}
        if not isinstance(raw, dict):
            raise unprocessable("Unprocessable Entity", "traits must be an object", _TRAITS)
        fields = self.fields_of(type_id)
        if not fields:
            # A type without fields (hand-made estates): nothing to convert by.
            return raw, _first_text(raw)
        unknown = [key for key in raw if key not in fields]
        if unknown:
            raise unprocessable(
                "Unprocessable Entity",
                f"{unknown[0]} is not a field of this flexible asset type",
                f"{_TRAITS}/{unknown[0]}",
            )
        traits: dict[str, Any] = {}
        for key, field in fields.items():
            value = raw.get(key)
            if value is None or field.get("kind") == "Header":
                continue
            converted = self._convert(key, field, value, base_url)
            if converted is not None:
                traits[key] = converted
        if check_required:
            for key, field in fields.items():
                if field.get("required") and key not in traits:
                    detail = f"{field.get('name')} can't be blank"
                    raise unprocessable("Unprocessable Entity", detail, f"{_TRAITS}/{key}")
        title_key = next((k for k, f in fields.items() if f.get("use-for-title")), None)
        return traits, _text(traits.get(title_key)) if title_key else _first_text(traits)

    def _convert(self, key: str, field: dict[str, Any], value: Any, base_url: str) -> Any:
        kind = field.get("kind")
        pointer = f"{_TRAITS}/{key}"
        if kind == "Tag":
            return self._tag_value(str(field.get("tag-type") or ""), value, pointer)
        if kind == "Upload":
            return self._upload_value(value, base_url, pointer)
        if kind == "Checkbox" and isinstance(value, str | int) and not isinstance(value, bool):
            parsed = parse_bool(str(value))
            if parsed is None:
                raise unprocessable("Unprocessable Entity", f"{key} must be true or false", pointer)
            return parsed
        if kind in ("Number", "Percent") and isinstance(value, str) and value.strip():
            try:
                number = float(value)
            except ValueError as exc:
                raise unprocessable("Unprocessable Entity", f"{key} must be a number", pointer) from exc
            return int(number) if number.is_integer() else number
        return None if value == "" else value

    def _tag_value(self, tag_type: str, value: Any, pointer: str) -> dict[str, Any] | None:
        ids = _tag_ids(value, pointer)
        if not ids:
            return None
        type_filter: int | None = None
        extras: tuple[str, ...] = ()
        if tag_type.startswith(FLEXIBLE_ASSET_TAG):
            resource, read_type = "flexible-assets", "FlexibleAssetTypes"
            type_filter = int(tag_type[len(FLEXIBLE_ASSET_TAG) :].strip() or 0)
        elif tag_type in TAG_TYPES:
            (resource, extras), read_type = TAG_TYPES[tag_type], tag_type
        else:
            raise unprocessable("Unprocessable Entity", f"tag type {tag_type!r} is not supported", pointer)
        values = []
        for tag_id in ids:
            record = self._store.get(resource, tag_id)
            if record is None or (
                type_filter is not None and record["attributes"].get("flexible-asset-type-id") != type_filter
            ):
                raise unprocessable("Unprocessable Entity", f"Couldn't find {read_type} with 'id'={tag_id}", pointer)
            values.append(_tag_entry(resource, record, extras))
        return {"type": read_type, "values": values}

    def _upload_value(self, value: Any, base_url: str, pointer: str) -> dict[str, Any]:
        if isinstance(value, dict) and "content" not in value and _int(value.get("id")) is not None:
            # The read value sent back unchanged keeps the stored file.
            stored = self._store.get(UPLOADS, _int(value.get("id")) or 0)
            if stored is None:
                detail = f"Couldn't find upload with 'id'={value.get('id')}"
                raise unprocessable("Unprocessable Entity", detail, pointer)
            return dict(stored["attributes"])
        if not isinstance(value, dict):
            raise unprocessable("Unprocessable Entity", "an upload must be {content, file_name}", pointer)
        file_name = value.get("file_name") or value.get("file-name")
        try:
            content = base64.b64decode(str(value.get("content", "")), validate=True)
        except (binascii.Error, ValueError) as exc:
            raise unprocessable("Unprocessable Entity", "upload content is not strict base64", pointer) from exc
        if not file_name:
            raise unprocessable("Unprocessable Entity", "file_name is required", f"{pointer}/file_name")
        attributes: dict[str, Any] = {
            "name": str(file_name),
            "file-name": str(file_name),
            "content-type": mimetypes.guess_type(str(file_name))[0] or "application/octet-stream",
            "file-size": len(content),
        }
        record = self._store.insert(UPLOADS, attributes, content=content)
        attributes["id"] = record["id"]
        attributes["download-url"] = f"{base_url}/_emulator/files/{UPLOADS}/{record['id']}"
        return dict(attributes)

    # -- types and fields ------------------------------------------------------------------------------

    def check_new_type(self, raw_attributes: dict[str, Any], fields: list[dict[str, Any]]) -> None:
        """Validate a flexible asset type create (fields come through ``relationships``).

        Args:
            raw_attributes: ``attributes`` as sent.
            fields: Normalised attributes of the fields given in ``relationships``.

        Raises:
            ApiError: 500 for fields inline in attributes (as IT Glue answers), 422 for a type
                without fields, without a use-for-title or show-in-list field, or with duplicate
                field names or orders.
        """
        if any(str(k).replace("_", "-") in ("fields", "flexible-asset-fields") for k in raw_attributes):
            raise ApiError(
                500,
                "Internal Server Error",
                "The only / proper way to create fields is through the relationships object",
                None,
            )
        pointer = "/data/relationships/flexible-asset-fields"
        if not fields:
            raise unprocessable("Unprocessable Entity", "A flexible asset type needs at least one field", pointer)
        if not any(f.get("use-for-title") for f in fields):
            raise unprocessable("Unprocessable Entity", "One field must be used for the title", pointer)
        if not any(f.get("show-in-list") for f in fields):
            raise unprocessable("Unprocessable Entity", "At least one field must be shown in the list", pointer)
        for index, field in enumerate(fields):
            self._check_unique(field, fields[:index], f"{pointer}/data/{index}/attributes")

    def check_field(self, attrs: dict[str, Any], current: Record | None, pointer: str = "/data/attributes") -> None:
        """Validate a field create or update against the other fields of its type.

        Args:
            attrs: Normalised attributes written (on update, only the changed ones).
            current: The stored field on update, None on create.
            pointer: Pointer of the attributes object in the request.

        Raises:
            ApiError: 422 for a duplicate name or order, or a kind change of a field in use.
        """
        merged = {**(current["attributes"] if current else {}), **attrs}
        type_id = merged.get("flexible-asset-type-id")
        siblings = [
            r["attributes"]
            for r in self._store.records("flexible-asset-fields")
            if r["attributes"].get("flexible-asset-type-id") == type_id and (current is None or r is not current)
        ]
        self._check_unique(merged, siblings, pointer)
        if current is None or "kind" not in attrs or attrs["kind"] == current["attributes"].get("kind"):
            return
        key = current["attributes"].get("name-key")
        if any(
            r["attributes"].get("flexible-asset-type-id") == type_id and key in (r["attributes"].get("traits") or {})
            for r in self._store.records("flexible-assets")
        ):
            raise unprocessable(
                "Unprocessable Entity", "Kind cannot be changed once assets use the field", f"{pointer}/kind"
            )

    @staticmethod
    def _check_unique(field: dict[str, Any], others: list[dict[str, Any]], pointer: str) -> None:
        for name in ("name", "order"):
            value = field.get(name)
            if value is None:
                continue
            wanted = str(value).strip().lower() if name == "name" else value
            if any((str(o.get(name)).strip().lower() if name == "name" else o.get(name)) == wanted for o in others):
                detail = f"{name.title()} has already been taken"
                raise unprocessable("Unprocessable Entity", detail, f"{pointer}/{name}")


def _tag_ids(value: Any, pointer: str) -> list[int]:
    if isinstance(value, dict):
        value = [v.get("id") if isinstance(v, dict) else v for v in value.get("values") or []]
    items = value if isinstance(value, list) else [value]
    ids: list[int] = []
    for item in items:
        if item in (None, ""):
            continue
        tag_id = _int(item)
        if tag_id is None or isinstance(item, bool):
            raise unprocessable("Unprocessable Entity", "tag values must be ids", pointer)
        if tag_id not in ids:
            ids.append(tag_id)
    return ids


def _tag_entry(resource: str, record: Record, extras: tuple[str, ...]) -> dict[str, Any]:
    attrs = record["attributes"]
    name = attrs.get("name")
    if name is None and resource == "users":
        name = f"{attrs.get('first-name') or ''} {attrs.get('last-name') or ''}".strip()
    url = attrs.get("resource-url") or (f"{WEB_APP_BASE}/{record['id']}" if resource == "organizations" else None)
    entry: dict[str, Any] = {"id": record["id"], "name": name, "resource-url": url}
    for key in extras:
        entry[key] = attrs.get(key)
    return entry


def _text(value: Any) -> str | None:
    if isinstance(value, dict) and isinstance(value.get("values"), list):
        return ", ".join(str(v.get("name")) for v in value["values"]) or None
    if value is None or isinstance(value, dict | list):
        return None
    return str(value)


def _first_text(traits: dict[str, Any]) -> str | None:
    for value in traits.values():
        if isinstance(value, str | int | float) and not isinstance(value, bool) and str(value):
            return str(value)
    return None


def _int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    return None
