"""Per-resource write rules: validations IT Glue documents, files, exports, related items."""

from __future__ import annotations

import base64
import binascii
import io
import json
import mimetypes
import re
import time
import zipfile
from typing import Any

from itglue_emulator.errors import ApiError, unprocessable
from itglue_emulator.store import Record, Store
from itglue_emulator.wire import kebab, pluralize, timestamp

_VIEWABLE = ("image/", "text/", "application/pdf")


class ResourceRules:
    """Resource-specific behaviour layered on the generic JSON:API engine."""

    def __init__(self, store: Store, export_delay: float = 1.0) -> None:
        """Create the rules.

        Args:
            store: The record store.
            export_delay: Seconds an export stays pending before it completes.
        """
        self._store = store
        self.export_delay = export_delay

    def validate_create(self, resource: str, attrs: dict[str, Any]) -> None:
        """Reject creates IT Glue rejects, with its bodies.

        Args:
            resource: Wire type.
            attrs: Normalised (kebab) attributes, parent id already applied.

        Raises:
            ApiError: 422 with IT Glue's body.
        """
        org_id = attrs.get("organization-id")
        org_ok = isinstance(org_id, int) and self._store.get("organizations", org_id) is not None
        if resource == "passwords" and not org_ok:
            raise unprocessable("Valid organization_id is required", pointer="data/attributes/organization_id")
        if resource == "configurations":
            type_id = attrs.get("configuration-type-id")
            if not (isinstance(type_id, int) and self._store.get("configuration-types", type_id)):
                raise ApiError(422, "Unprocessable Entity", "must exist", "/data/attributes/configuration-type")
        if resource == "flexible-assets":
            type_id = attrs.get("flexible-asset-type-id")
            if not (isinstance(type_id, int) and self._store.get("flexible-asset-types", type_id)):
                raise ApiError(422, "Unprocessable Entity", "must exist", "/data/attributes/flexible-asset-type")
        if org_id is not None and not org_ok and resource != "organizations":
            raise ApiError(422, "Unprocessable Entity", "must exist", "/data/attributes/organization")
        if resource == "related-items":
            self._check_related_item(attrs)

    def build_create(self, resource: str, attrs: dict[str, Any], parent: dict[str, Any] | None) -> dict[str, Any]:
        """Fill computed attributes and return extra record keys (``content``, ``parent``).

        Args:
            resource: Wire type.
            attrs: Normalised attributes; updated in place.
            parent: ``{"type", "id"}`` of the owner for parent-linked types.

        Returns:
            Extra top-level record keys.

        Raises:
            ApiError: 422 for an undecodable file or a missing image target.
        """
        extra: dict[str, Any] = {}
        if parent is not None:
            extra["parent"] = parent
            attrs.setdefault("resource-id", parent["id"])
            attrs.setdefault("resource-type", _class_name(parent["type"]))
        if resource == "attachments":
            content, file_name = _decode_file(attrs.pop("attachment", None), "attachment")
            extra["content"] = content
            attrs.update(_file_attributes(file_name, content, prefix="attachment-"))
            attrs.setdefault("name", file_name)
        elif resource == "document-images":
            content, file_name = _decode_file(attrs.pop("image", None), "image")
            extra["content"] = content
            extra["parent"] = self._image_target(attrs.pop("target", None))
            attrs.update(_file_attributes(file_name, content, prefix=""))
            attrs["target-type"], attrs["target-id"] = extra["parent"]["type"], extra["parent"]["id"]
        elif resource == "exports":
            attrs["export-status"] = "pending"
            attrs["download-url"] = None
            extra["ready_at"] = time.monotonic() + self.export_delay
        elif resource == "flexible-assets":
            attrs["name"] = _title_from_traits(attrs.get("traits"))
        elif resource == "flexible-asset-fields" and attrs.get("name") and not attrs.get("name-key"):
            attrs["name-key"] = re.sub(r"[^a-z0-9]+", "-", str(attrs["name"]).lower()).strip("-")
        elif resource == "related-items":
            destination = self._destination(attrs)
            attrs["destination-name"] = destination["attributes"].get("name") if destination else None
        return extra

    def updatable(self, resource: str, attrs: dict[str, Any]) -> dict[str, Any]:
        """Keep only what a PATCH of this type may change.

        Args:
            resource: Wire type.
            attrs: Normalised attributes from the body.

        Returns:
            The attributes to merge.
        """
        if resource == "attachments":
            return {k: v for k, v in attrs.items() if k == "name"}
        if resource == "related-items":
            return {k: v for k, v in attrs.items() if k == "notes"}
        if resource == "document-sections":
            return {k: v for k, v in attrs.items() if k not in ("resource-type", "rendered-content")}
        if resource == "flexible-assets" and "traits" in attrs:
            # Traits are replaced wholesale: the merge of the top-level attribute does that.
            return {**attrs, "name": _title_from_traits(attrs["traits"])}
        return attrs

    def before_read(self, resource: str, record: Record) -> None:
        """Advance time-driven state (exports complete after ``export_delay``).

        Args:
            resource: Wire type.
            record: Stored record; updated in place.
        """
        ready_at = record.get("ready_at")
        if resource == "exports" and ready_at is not None and time.monotonic() >= ready_at:
            del record["ready_at"]
            record["content"] = self._export_archive(record)
            record["attributes"]["export-status"] = "completed"
            record["attributes"]["updated-at"] = timestamp()

    def _export_archive(self, record: Record) -> bytes:
        org_id = record["attributes"].get("organization-id")
        summary = {
            "organization-id": org_id,
            "counts": {
                resource: sum(
                    1
                    for r in self._store.records(resource)
                    if org_id is None or r["attributes"].get("organization-id") == org_id
                )
                for resource in ("configurations", "contacts", "locations", "passwords", "flexible-assets")
            },
        }
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("export.json", json.dumps(summary))
        return buffer.getvalue()

    def _image_target(self, target: Any) -> dict[str, Any]:
        if not isinstance(target, dict):
            raise unprocessable("Unprocessable Entity", "target is required", "/data/attributes/target")
        kind = str(target.get("type", "")).lower()
        resource = {"gallery": "document-sections", "document": "documents"}.get(kind)
        target_id = _as_int(target.get("id"))
        if resource is None or target_id is None or self._store.get(resource, target_id) is None:
            raise unprocessable("Unprocessable Entity", "target must exist", "/data/attributes/target")
        return {"type": resource, "id": target_id}

    def _destination(self, attrs: dict[str, Any]) -> Record | None:
        destination_type = str(attrs.get("destination-type") or "")
        resource = pluralize(kebab(destination_type.strip().lower().replace(" ", "-")))
        destination_id = _as_int(attrs.get("destination-id"))
        return self._store.get(resource, destination_id) if destination_id is not None else None

    def _check_related_item(self, attrs: dict[str, Any]) -> None:
        if not attrs.get("destination-type") or _as_int(attrs.get("destination-id")) is None:
            raise unprocessable(
                "Unprocessable Entity",
                "destination_type and destination_id are required",
                "/data/attributes/destination-id",
            )
        attrs["destination-id"] = _as_int(attrs["destination-id"])

    def check_duplicate(self, resource: str, attrs: dict[str, Any], parent: dict[str, Any] | None) -> None:
        """Reject a related item that already links the same source and destination.

        Args:
            resource: Wire type.
            attrs: Normalised attributes.
            parent: Owner of the new record.

        Raises:
            ApiError: 422 for a duplicate.
        """
        if resource != "related-items":
            return
        for other in self._store.records(resource):
            other_attrs = other["attributes"]
            if (
                other.get("parent") == parent
                and other_attrs.get("destination-id") == attrs.get("destination-id")
                and str(other_attrs.get("destination-type")).lower() == str(attrs.get("destination-type")).lower()
            ):
                raise unprocessable(
                    "Unprocessable Entity", "Destination has already been taken", "/data/attributes/destination-id"
                )


def _class_name(resource: str) -> str:
    """``flexible-assets`` -> ``FlexibleAsset`` (IT Glue's polymorphic type names)."""
    singular = resource[:-3] + "y" if resource.endswith("ies") else resource.rstrip("s")
    return "".join(part.title() for part in singular.split("-"))


def _decode_file(value: Any, name: str) -> tuple[bytes, str]:
    if not isinstance(value, dict):
        raise unprocessable("Unprocessable Entity", f"{name} is required", f"/data/attributes/{name}")
    file_name = value.get("file_name") or value.get("file-name")
    try:
        content = base64.b64decode(str(value.get("content", "")), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise unprocessable(
            "Unprocessable Entity", f"{name} content is not strict base64", f"/data/attributes/{name}/content"
        ) from exc
    if not file_name:
        raise unprocessable("Unprocessable Entity", "file_name is required", f"/data/attributes/{name}/file_name")
    return content, str(file_name)


def _file_attributes(file_name: str, content: bytes, prefix: str) -> dict[str, Any]:
    content_type = mimetypes.guess_type(file_name)[0] or "application/octet-stream"
    return {
        f"{prefix}file-name": file_name,
        f"{prefix}content-type": content_type,
        f"{prefix}file-size": len(content),
        "ext": file_name.rsplit(".", 1)[-1].lower() if "." in file_name else "",
        "viewable": content_type.startswith(_VIEWABLE),
    }


def _title_from_traits(traits: Any) -> str | None:
    if not isinstance(traits, dict):
        return None
    for value in traits.values():
        if isinstance(value, str | int | float) and not isinstance(value, bool) and str(value):
            return str(value)
    return None


def _as_int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
