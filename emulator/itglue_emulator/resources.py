"""Per-resource write rules: validations IT Glue documents, files, exports, related items, cascades.

Choices where IT Glue is undocumented:

- PSA-synced records (organizations whose ``psa-integration`` is set and not ``orphaned``;
  organization types/statuses with ``synced: true``; contacts, configuration types/statuses,
  contact types, manufacturers and models carrying the estate's ``synced`` mark, which the
  spec's read schemas have no attribute for) reject a PATCH that changes any attribute other
  than ``alert``/``description``/``quick_notes`` (organizations) with a 422 pointing at the
  first such attribute; re-sending an unchanged value is accepted.
- Only one export may be pending per account: POST /exports answers 422 "Please check if
  there is an existing export!" until it completes.
- A password folder holding folders or passwords cannot be deleted (422), unless its child
  folders are deleted in the same request.
- Deleting a record deletes its attachments, its related items and the related items
  pointing at it, passwords embedded in it, its password versions; a document its sections
  and images; a gallery/step section its images; a configuration its interfaces; an
  organization every record carrying its ``organization-id`` (logs, user metrics and exports
  stay: they are account history).
- Password versions: the estate's passwords start without history. A create, and each PATCH
  that changes a password's value or attributes, records the new state as a version; the
  first change of a password without history first records its prior state. Version ids come
  from one account-wide sequence (like PaperTrail's ``versions`` table), so a version id
  belongs to exactly one password; ``GET /passwords/{id}?version_id=N`` shows that state.
- ``PATCH /users/{id}`` with ``avatar: {content, file_name}`` stores the file and sets
  ``avatar`` to its download URL on the emulator host; ``avatar: null`` clears it to ``""``.
- A section created without ``sort`` (or with ``sort: null``) gets one past the highest sort
  of its document's sections, 1 for the first (the estate numbers its sections from 1), so
  sections keep their creation order; a given ``sort`` is kept, even if another section has it.
- A section's ``rendered-content`` is rendered on every read (``document_content.render_section``)
  and is never what a write sent: a heading is ``<hN>`` (level 1 when unset) around its escaped
  text, a text or step section its ``content`` HTML, and a gallery (and a step holding images)
  adds ``<img src="URL" alt="FILE-NAME">`` per image in id order, ``URL`` being the image's
  ``urls.original``. A section with nothing to show renders as ``""``. The API has no route
  listing images, so this is how a client finds a gallery's images.
"""

from __future__ import annotations

import base64
import binascii
import io
import json
import mimetypes
import re
import time
import zipfile
from dataclasses import dataclass
from typing import Any

from itglue_emulator.document_content import render_document_content
from itglue_emulator.errors import ApiError, forbidden, unprocessable
from itglue_emulator.store import Record, Store
from itglue_emulator.traits import UPLOADS, TraitRules
from itglue_emulator.wire import kebab, pluralize, singularize, timestamp

_VIEWABLE = ("image/", "text/", "application/pdf")

FILE_ATTRIBUTES = frozenset({("users", "avatar")})
"""Read attributes written as a file ``{content, file_name}`` (not coerced to their read type)."""

PASSWORD_VERSIONS = "password-versions"  # noqa: S105 - a table name, not a secret
"""Table of password versions: attributes snapshots with the ``password_id`` they belong to."""

_SYNC_GUARDED = frozenset(
    {
        "organizations",
        "contacts",
        "configuration-statuses",
        "configuration-types",
        "contact-types",
        "manufacturers",
        "models",
        "organization-statuses",
        "organization-types",
    }
)
_SYNC_WRITABLE: dict[str, frozenset[str]] = {"organizations": frozenset({"alert", "description", "quick-notes"})}


@dataclass(frozen=True)
class Required:
    """An attribute a create must carry, and IT Glue's 422 when it does not.

    Attributes:
        attribute: Kebab attribute name.
        title: Error title.
        detail: Error detail, if any.
        pointer: ``source.pointer`` in IT Glue's spelling for that resource.
        references: Wire type the value must be the id of; None for a non-blank string.
    """

    attribute: str
    title: str
    detail: str | None
    pointer: str
    references: str | None = None


def _must_exist(attribute: str, references: str) -> Required:
    # Rails' belongs_to message, pointing at the association (``/data/attributes/configuration-type``).
    association = attribute.removesuffix("-id")
    return Required(attribute, "Unprocessable Entity", "must exist", f"/data/attributes/{association}", references)


ERROR_SHAPES: dict[tuple[str, str], Required] = {
    # Observed: POST /passwords without an organization (issue I1 of the reference).
    ("passwords", "organization-id"): Required(
        "organization-id", "Valid organization_id is required", None, "data/attributes/organization_id", "organizations"
    ),
}
"""IT Glue's observed 422 for a missing create attribute where it differs from Rails' defaults (``required_rule``)."""

_SECTION_TYPE_MISSING = "param is missing or the value is empty: resource_type"
_POLYMORPHIC_IDS = frozenset({"destination-id"})
"""``-id`` attributes whose type is given beside them (no one table to check them against)."""


def required_rule(resource: str, attribute: str) -> Required:
    """IT Glue's 422 for a create lacking ``attribute``: an observed shape, else Rails' defaults.

    A ``<x>-id`` attribute is a ``belongs_to``: "must exist" pointing at the association, checked against
    the ``<x>`` table; any other attribute is a presence validation, "can't be blank".

    Args:
        resource: Wire type created.
        attribute: Kebab attribute the spec lists in ``x-itglue-required-on-create``.

    Returns:
        The rule.
    """
    observed = ERROR_SHAPES.get((resource, attribute))
    if observed is not None:
        return observed
    if attribute.endswith("-id") and attribute not in _POLYMORPHIC_IDS:
        return _must_exist(attribute, pluralize(attribute.removesuffix("-id")))
    return Required(attribute, "Unprocessable Entity", "can't be blank", f"/data/attributes/{attribute}")


_PARENT_LINKED = ("attachments", "related-items", "document-images")
_OWNED_BY: dict[str, tuple[tuple[str, str], ...]] = {
    "configurations": (("configuration-interfaces", "configuration-id"),),
    "documents": (("document-sections", "document-id"),),
    "flexible-asset-types": (("flexible-asset-fields", "flexible-asset-type-id"),),
}
_ORGANIZATION_HISTORY = frozenset({"organizations", "logs", "user-metrics", "exports", PASSWORD_VERSIONS, UPLOADS})
_UNVERSIONED = frozenset({"updated-at", "password-updated-at"})


class ResourceRules:
    """Resource-specific behaviour layered on the generic JSON:API engine."""

    def __init__(
        self, store: Store, export_delay: float = 1.0, required_on_create: dict[str, tuple[str, ...]] | None = None
    ) -> None:
        """Create the rules.

        Args:
            store: The record store.
            export_delay: Seconds an export stays pending before it completes.
            required_on_create: Kebab attributes each wire type's create must carry (the spec's
                ``x-itglue-required-on-create``); none are checked when omitted.
        """
        self._store = store
        self._required = {
            resource: tuple(required_rule(resource, attribute) for attribute in attributes)
            for resource, attributes in (required_on_create or {}).items()
        }
        self.export_delay = export_delay
        self.traits = TraitRules(store)

    def validate_create(
        self,
        resource: str,
        attrs: dict[str, Any],
        raw: dict[str, Any] | None = None,
        children: dict[str, list[dict[str, Any]]] | None = None,
    ) -> None:
        """Reject creates IT Glue rejects, with its bodies.

        Args:
            resource: Wire type.
            attrs: Normalised (kebab) attributes, parent id already applied.
            raw: ``attributes`` as sent.
            children: Normalised attributes of records given inline in ``relationships``, by wire type.

        Raises:
            ApiError: 422 with IT Glue's body (500 for flexible asset type fields sent inline).
        """
        if resource == "document-sections" and _blank(attrs.get("resource-type")):
            # Rails' params.require fails before any validation runs: one 400, not a list of 422s.
            raise ApiError(400, _SECTION_TYPE_MISSING, None, False)
        self._check_required(resource, attrs)
        if resource == "flexible-asset-types":
            self.traits.check_new_type(raw or {}, (children or {}).get("flexible-asset-fields", []))
        if resource == "flexible-asset-fields":
            self.traits.check_field(attrs, None)
        if resource == "exports" and self._export_pending():
            raise unprocessable(
                "Please check if there is an existing export!",
                "Another export of this account is still pending",
                None,
            )
        org_id = attrs.get("organization-id")
        org_ok = isinstance(org_id, int) and self._store.get("organizations", org_id) is not None
        if org_id is not None and not org_ok and resource != "organizations":
            raise ApiError(422, "Unprocessable Entity", "must exist", "/data/attributes/organization")
        if resource == "related-items":
            self._check_related_item(attrs)

    def _check_required(self, resource: str, attrs: dict[str, Any]) -> None:
        """Answer one 422 listing every required attribute a create lacks (the spec's list, ``required_rule``)."""
        failures = [
            rule for rule in self._required.get(resource, ()) if not self._satisfied(rule, attrs.get(rule.attribute))
        ]
        if not failures:
            return
        error = ApiError(422, failures[0].title, failures[0].detail, failures[0].pointer)
        for rule in failures[1:]:
            error.body["errors"].append(ApiError(422, rule.title, rule.detail, rule.pointer).body["errors"][0])
        raise error

    def _satisfied(self, rule: Required, value: Any) -> bool:
        if rule.references is not None:
            return isinstance(value, int) and self._store.get(rule.references, value) is not None
        return not _blank(value)

    def build_create(
        self, resource: str, attrs: dict[str, Any], parent: dict[str, Any] | None, base_url: str = ""
    ) -> dict[str, Any]:
        """Fill computed attributes and return extra record keys (``content``, ``parent``).

        Args:
            resource: Wire type.
            attrs: Normalised attributes; updated in place.
            parent: ``{"type", "id"}`` of the owner for parent-linked types.
            base_url: Scheme and host the client used (download URLs of uploaded traits).

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
            attrs["traits"], attrs["name"] = self.traits.write(
                int(attrs["flexible-asset-type-id"]), attrs.get("traits"), base_url
            )
        elif resource == "flexible-asset-fields" and attrs.get("name") and not attrs.get("name-key"):
            attrs["name-key"] = re.sub(r"[^a-z0-9]+", "-", str(attrs["name"]).lower()).strip("-")
        elif resource == "contacts":
            attrs["name"] = contact_name(attrs)
            normalise_contact_items(attrs)
        elif resource == "related-items":
            destination = self._destination(attrs)
            attrs["destination-name"] = destination["attributes"].get("name") if destination else None
        elif resource == "document-sections" and attrs.get("sort") is None:
            attrs["sort"] = self._next_sort(attrs.get("document-id"))
        return extra

    def _next_sort(self, document_id: Any) -> int:
        """One past the highest ``sort`` of the document's sections; 1 for its first (as the estate numbers them)."""
        sorts = [
            section["attributes"]["sort"]
            for section in self._store.records("document-sections")
            if section["attributes"].get("document-id") == document_id
            and isinstance(section["attributes"].get("sort"), int)
        ]
        return max(sorts, default=0) + 1

    def check_relationships_update(self, resource: str, relationships: Any) -> None:
        """Reject relationships IT Glue refuses on PATCH.

        Args:
            resource: Wire type.
            relationships: ``relationships`` of the PATCH body.

        Raises:
            ApiError: 403 for a flexible asset type PATCH carrying relationships (fields change
                through their own routes).
        """
        if resource == "flexible-asset-types" and relationships:
            raise forbidden()

    def updatable(self, resource: str, record: Record, attrs: dict[str, Any], base_url: str = "") -> dict[str, Any]:
        """Check a PATCH and return what it may change.

        Args:
            resource: Wire type.
            record: The stored record (already journaled; file content may be set on it).
            attrs: Normalised attributes from the body.
            base_url: Scheme and host the client used (file URLs).

        Returns:
            The attributes to merge.

        Raises:
            ApiError: 422 for a PSA-synced record, a bad trait or field change, a bad avatar.
        """
        self._check_synced(resource, record, attrs)
        if resource == "attachments":
            return {k: v for k, v in attrs.items() if k == "name"}
        if resource == "related-items":
            return {k: v for k, v in attrs.items() if k == "notes"}
        if resource == "document-sections":
            return {k: v for k, v in attrs.items() if k not in ("resource-type", "rendered-content")}
        if resource == "flexible-asset-fields":
            self.traits.check_field(attrs, record)
        if resource == "flexible-assets" and "traits" in attrs:
            # Traits are replaced wholesale: the merge of the top-level attribute does that.
            type_id = int(record["attributes"].get("flexible-asset-type-id") or 0)
            traits, name = self.traits.write(type_id, attrs["traits"], base_url)
            return {**attrs, "traits": traits, "name": name}
        if resource == "contacts":
            normalise_contact_items(attrs)
            if "first-name" in attrs or "last-name" in attrs:
                return {**attrs, "name": contact_name({**record["attributes"], **attrs})}
        if resource == "users" and "avatar" in attrs:
            return {**attrs, "avatar": self._avatar(record, attrs["avatar"], base_url)}
        changes_secret = "password" in attrs and attrs["password"] != record["attributes"].get("password")
        if resource == "passwords" and changes_secret:
            return {**attrs, "password-updated-at": timestamp()}
        return attrs

    def after_write(self, resource: str, record: Record, before: dict[str, Any] | None) -> None:
        """Record what a create or PATCH changed (password versions).

        Args:
            resource: Wire type.
            record: The stored record after the write.
            before: Its attributes before a PATCH; None for a create.
        """
        if resource != "passwords":
            return
        after = record["attributes"]
        if before is not None:
            if all(before.get(k) == v for k, v in after.items() if k not in _UNVERSIONED):
                return
            if not any(v["password_id"] == record["id"] for v in self._store.records(PASSWORD_VERSIONS)):
                self._store.insert(PASSWORD_VERSIONS, dict(before), password_id=record["id"])
        self._store.insert(PASSWORD_VERSIONS, dict(after), password_id=record["id"])

    def version(self, record: Record, version_id: int) -> Record | None:
        """Return a password as it was at a version.

        Args:
            record: The stored password.
            version_id: Version id from ``version_id``.

        Returns:
            A record with the version's attributes, or None when the password has no such version.
        """
        version = self._store.get(PASSWORD_VERSIONS, version_id)
        if version is None or version["password_id"] != record["id"]:
            return None
        return {"id": record["id"], "attributes": dict(version["attributes"])}

    def _check_synced(self, resource: str, record: Record, attrs: dict[str, Any]) -> None:
        if resource not in _SYNC_GUARDED:
            return
        current = record["attributes"]
        if resource == "organizations":
            synced = current.get("psa-integration") not in (None, "", "orphaned")
        else:
            synced = bool(current.get("synced")) or bool(record.get("synced"))
        if not synced:
            return
        writable = _SYNC_WRITABLE.get(resource, frozenset())
        for name, value in attrs.items():
            if name not in writable and current.get(name) != value:
                raise unprocessable(
                    "Cannot update an externally synced record",
                    f"{name} is managed by the PSA integration",
                    f"/data/attributes/{name}",
                )

    def _avatar(self, record: Record, value: Any, base_url: str) -> str:
        if value is None:
            record.pop("content", None)
            record.pop("media_type", None)
            return ""
        content, file_name = _decode_file(value, "avatar")
        record["content"] = content
        record["media_type"] = mimetypes.guess_type(file_name)[0] or "application/octet-stream"
        return f"{base_url}/_emulator/files/users/{record['id']}"

    # -- deletes ---------------------------------------------------------------------------------------

    def check_delete(self, resource: str, record: Record, batch: set[int]) -> None:
        """Reject deletes IT Glue refuses.

        Args:
            resource: Wire type.
            record: The record to delete.
            batch: Ids of the same type deleted by the same request.

        Raises:
            ApiError: 422 for a password folder that still holds folders or passwords.
        """
        if resource != "password-folders":
            return
        folder_id = record["id"]
        has_folders = any(
            r["attributes"].get("parent-id") == folder_id and r["id"] not in batch
            for r in self._store.records("password-folders")
        )
        if has_folders or any(
            r["attributes"].get("password-folder-id") == folder_id for r in self._store.records("passwords")
        ):
            raise unprocessable(
                "Unprocessable Entity",
                "Cannot delete a password folder that contains folders or passwords",
                "/data/attributes/id",
            )

    def delete(self, resource: str, ids: set[int]) -> None:
        """Delete records and, transitively, what depends on them.

        Args:
            resource: Wire type.
            ids: Ids to delete (missing ones are skipped).
        """
        pending: dict[str, set[int]] = {resource: set(ids)}
        while pending:
            current, wanted = pending.popitem()
            removed = {i for i in wanted if self._store.delete(current, i) is not None}
            if removed:
                for dependant, dependant_ids in self._dependants(current, removed).items():
                    pending.setdefault(dependant, set()).update(dependant_ids)

    def _dependants(self, resource: str, ids: set[int]) -> dict[str, set[int]]:
        found: dict[str, set[int]] = {}

        def add(table: str, predicate: Any) -> None:
            hits = {r["id"] for r in self._store.records(table) if predicate(r)}
            if hits:
                found.setdefault(table, set()).update(hits)

        class_name = _class_name(resource)
        compact = singularize(resource).replace("-", "")
        for table in _PARENT_LINKED:
            add(table, lambda r: (r.get("parent") or {}).get("type") == resource and r["parent"].get("id") in ids)
        add(
            "related-items",
            lambda r: (
                r["attributes"].get("destination-id") in ids
                and str(r["attributes"].get("destination-type") or "").lower().replace(" ", "").replace("_", "")
                == compact
            ),
        )
        add(
            "passwords",
            lambda r: r["attributes"].get("resource-id") in ids and r["attributes"].get("resource-type") == class_name,
        )
        add(PASSWORD_VERSIONS, lambda r: resource == "passwords" and r["password_id"] in ids)
        for table, key in _OWNED_BY.get(resource, ()):
            add(table, lambda r, key=key: r["attributes"].get(key) in ids)
        if resource == "organizations":
            for table in self._store.resources():
                if table not in _ORGANIZATION_HISTORY:
                    add(table, lambda r: r["attributes"].get("organization-id") in ids)
        return found

    def before_read(self, resource: str, record: Record) -> None:
        """Advance time-driven state (exports complete after ``export_delay``) and derived attributes.

        A document's ``content`` is its sections rendered as HTML, so it follows every section write.

        Args:
            resource: Wire type.
            record: Stored record; updated in place.
        """
        if resource == "documents":
            record["attributes"]["content"] = render_document_content(
                section["attributes"]
                for section in self._store.records("document-sections")
                if section["attributes"].get("document-id") == record["id"]
            )
            return
        ready_at = record.get("ready_at")
        if resource == "exports" and ready_at is not None and time.monotonic() >= ready_at:
            self._store.version += 1
            del record["ready_at"]
            record["content"] = self._export_archive(record)
            record["attributes"]["export-status"] = "completed"
            record["attributes"]["updated-at"] = timestamp()

    def _export_pending(self) -> bool:
        for export in self._store.records("exports"):
            self.before_read("exports", export)
            if export["attributes"].get("export-status") == "pending":
                return True
        return False

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
        if _as_int(attrs.get("destination-id")) is None:
            raise unprocessable("Unprocessable Entity", "is not a number", "/data/attributes/destination-id")
        attrs["destination-id"] = _as_int(attrs["destination-id"])
        if self._destination(attrs) is None:
            # The polymorphic belongs_to: a destination type or id naming no record is Rails' "must exist".
            raise unprocessable("Unprocessable Entity", "must exist", "/data/attributes/destination")

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


def contact_name(attrs: dict[str, Any]) -> str:
    """Return a contact's ``name`` the way IT Glue derives it: ``"first last"``, trimmed.

    Args:
        attrs: Kebab attributes holding ``first-name``/``last-name`` (either may be missing or null).

    Returns:
        The full name.
    """
    return " ".join(str(attrs.get(part) or "").strip() for part in ("first-name", "last-name")).strip()


_CONTACT_ITEM_KEYS: dict[str, tuple[str, ...]] = {
    "contact-emails": ("value", "primary", "label-name"),
    "contact-phones": ("value", "extension", "primary", "label-name", "label-type", "formatted-value"),
}


def normalise_contact_items(attrs: dict[str, Any]) -> None:
    """Give written contact e-mails and phones the read shape, in place.

    IT Glue answers every key of each item: the ones a write left out are null, ``primary`` false, and a
    phone's ``formatted-value`` is derived from its value.

    Args:
        attrs: Normalised contact attributes (``contact-emails``/``contact-phones`` may be absent).

    Raises:
        ApiError: 422 for an item that is not an object or lacks a string ``value``.
    """
    for name, keys in _CONTACT_ITEM_KEYS.items():
        items = attrs.get(name)
        if items is None:
            continue
        normalised = []
        for index, item in enumerate(items if isinstance(items, list) else [items]):
            pointer = f"/data/attributes/{name}/{index}"
            if not isinstance(item, dict):
                raise unprocessable("Unprocessable Entity", f"{name} items must be objects", pointer)
            given = {kebab(str(key)): value for key, value in item.items()}
            if not isinstance(given.get("value"), str) or not given["value"].strip():
                raise unprocessable("Unprocessable Entity", "value can't be blank", f"{pointer}/value")
            shaped = {key: given.get(key) for key in keys}
            shaped["primary"] = bool(given.get("primary", False))
            if name == "contact-phones" and shaped["formatted-value"] is None:
                shaped["formatted-value"] = _format_phone(given["value"])
            normalised.append(shaped)
        attrs[name] = normalised


def _format_phone(value: str) -> str:
    """IT Glue's display form: ``(206) 555-0100`` for ten North American digits, the value as sent otherwise."""
    stripped = value.strip()
    digits = re.sub(r"\D", "", stripped)
    north_american = not stripped.startswith("+") or stripped.startswith("+1")
    if north_american and len(digits) == 11 and digits.startswith("1"):
        digits = digits[1:]
    if north_american and len(digits) == 10:
        return f"({digits[:3]}) {digits[3:6]}-{digits[6:]}"
    return stripped


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


def _blank(value: Any) -> bool:
    """Rails' ``blank?``: None, a whitespace-only string, an empty list or object."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    return isinstance(value, list | dict) and not value


def _as_int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
