"""Tests of the emulator's deterministic estate generator."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from itglue_emulator.estate import (
    ATTACHMENT_PARENTS,
    FIELD_KINDS,
    REFERENCE_TIME,
    RESOURCE_TYPES,
    build_estate,
    name_key,
    timestamp,
)

Estate = dict[str, list[dict[str, Any]]]

SPEC_PATH = Path(__file__).resolve().parents[2] / "spec" / "itglue.openapi.yaml"
TS_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.000Z$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
TIMESTAMP_KEYS = {
    "created-at",
    "updated-at",
    "password-updated-at",
    "invitation-sent-at",
    "invitation-accepted-at",
    "current-sign-in-at",
    "last-sign-in-at",
    "due-at",
}
DATE_KEYS = {"warranty-expires-at", "installed-at", "purchased-at", "expires-on", "expiration-date", "date"}

# foreign-key attribute -> (target wire type, denormalised name attribute or None)
FOREIGN_KEYS = {
    "organization-id": ("organizations", "organization-name"),
    "organization-type-id": ("organization-types", "organization-type-name"),
    "organization-status-id": ("organization-statuses", "organization-status-name"),
    "configuration-type-id": ("configuration-types", "configuration-type-name"),
    "configuration-status-id": ("configuration-statuses", "configuration-status-name"),
    "configuration-id": ("configurations", None),
    "manufacturer-id": ("manufacturers", "manufacturer-name"),
    "model-id": ("models", "model-name"),
    "operating-system-id": ("operating-systems", "operating-system-name"),
    "platform-id": ("platforms", None),
    "location-id": ("locations", "location-name"),
    "contact-id": ("contacts", "contact-name"),
    "contact-type-id": ("contact-types", "contact-type-name"),
    "password-category-id": ("password-categories", "password-category-name"),
    "password-folder-id": ("password-folders", None),
    "flexible-asset-type-id": ("flexible-asset-types", "flexible-asset-type-name"),
    "document-id": ("documents", None),
    "country-id": ("countries", "country-name"),
    "region-id": ("regions", "region-name"),
    "user-id": ("users", None),
}
# Polymorphic type names used by related items, attachments, logs and expirations.
TITLE_TO_TYPE = {
    "Configuration": "configurations",
    "Contact": "contacts",
    "Document": "documents",
    "Domain": "domains",
    "Flexible Asset": "flexible-assets",
    "Location": "locations",
    "Password": "passwords",
}
CLASS_NAMES = {
    "checklist-templates": "ChecklistTemplate",
    "checklists": "Checklist",
    "domains": "Domain",
    "configurations": "Configuration",
    "contacts": "Contact",
    "documents": "Document",
    "flexible-assets": "FlexibleAsset",
    "locations": "Location",
    "passwords": "Password",
}
TAG_TYPE_TO_TYPE = {
    "Configurations": "configurations",
    "Contacts": "contacts",
    "Passwords": "passwords",
    "Locations": "locations",
    "Domains": "domains",
    "Organizations": "organizations",
    "FlexibleAssetTypes": "flexible-assets",
}


@pytest.fixture(scope="module")
def estate() -> Estate:
    return build_estate()


@pytest.fixture(scope="module")
def index(estate: Estate) -> dict[str, dict[int, dict[str, Any]]]:
    return {rtype: {record["id"]: record for record in records} for rtype, records in estate.items()}


def total(estate: Estate) -> int:
    return sum(len(records) for records in estate.values())


def test_same_inputs_give_identical_output_and_seeds_differ() -> None:
    first, second = build_estate(12, seed=7), build_estate(12, seed=7)
    assert first == second
    other = build_estate(12, seed=8)
    assert other != first
    assert [o["attributes"]["name"] for o in other["organizations"]] != [
        o["attributes"]["name"] for o in first["organizations"]
    ]


PSA_MARKED_LOOKUPS = ("configuration-types", "configuration-statuses", "contact-types", "manufacturers", "models")


def test_a_few_records_are_psa_synced(estate: Estate) -> None:
    organizations = estate["organizations"]
    synced = [o["id"] for o in organizations if o["attributes"]["psa-integration"] == "manage"]
    assert synced == [o["id"] for i, o in enumerate(organizations) if i % 10 == 7]
    assert organizations[0]["id"] not in synced
    assert {o["attributes"]["psa-integration"] for o in organizations} == {None, "manage"}
    for config in estate["configurations"]:
        value = config["attributes"]["psa-integration"]
        if config["attributes"]["organization-id"] in synced:
            assert value in ("manage", "orphaned")
        else:
            assert value in (None, "orphaned")
    marked = {c["id"] for c in estate["contacts"] if c.get("synced")}
    assert marked == {c["id"] for c in estate["contacts"] if c["attributes"]["organization-id"] in synced}
    for rtype in ("organization-types", "organization-statuses"):
        assert [r["attributes"]["synced"] for r in estate[rtype]].count(True) == 1
    for rtype in PSA_MARKED_LOOKUPS:
        assert [r.get("synced", False) for r in estate[rtype]] == [False] * (len(estate[rtype]) - 1) + [True]


@pytest.mark.parametrize("orgs", [1, 2])
def test_small_estates_still_attach_files_to_every_attachable_type(orgs: int) -> None:
    small = build_estate(orgs, seed=1)
    assert {a["parent"]["type"] for a in small["attachments"]} == set(ATTACHMENT_PARENTS)
    assert small["checklist-templates"]


def test_orgs_must_be_positive() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        build_estate(0)


def test_default_estate_shape_and_counts(estate: Estate) -> None:
    assert list(estate) == list(RESOURCE_TYPES)
    assert all(estate[rtype] for rtype in RESOURCE_TYPES), [t for t in RESOURCE_TYPES if not estate[t]]
    assert {a["parent"]["type"] for a in estate["attachments"]} == set(ATTACHMENT_PARENTS)
    assert len(estate["organizations"]) == 50
    assert 5_000 <= total(estate) <= 12_000
    organizations = estate["organizations"]
    assert [o["attributes"]["primary"] for o in organizations].count(True) == 1
    assert organizations[0]["attributes"]["organization-type-name"] == "Internal"
    assert len({o["attributes"]["name"] for o in organizations}) == 50
    # Every organization has at least a site, people, devices, secrets and documentation.
    for rtype in ("locations", "contacts", "configurations", "passwords", "flexible-assets", "documents"):
        owners = {r["attributes"]["organization-id"] for r in estate[rtype]}
        assert owners == {o["id"] for o in organizations}, rtype


def test_records_are_well_formed(estate: Estate) -> None:
    for rtype, records in estate.items():
        ids = [r["id"] for r in records]
        assert all(type(i) is int for i in ids), rtype
        assert len(set(ids)) == len(ids), rtype
        for record in records:
            extra = set(record) - {"id", "attributes"}
            if rtype == "attachments":
                assert extra == {"parent", "content"}
            elif rtype == "related-items":
                assert extra == {"parent"}
            elif rtype in ("contacts", *PSA_MARKED_LOOKUPS):
                # PSA-synced records of types whose read schema has no attribute for it.
                assert extra <= {"synced"}, rtype
                assert record.get("synced", True) is True
            else:
                assert not extra, rtype
            assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", key) for key in record["attributes"]), rtype


def test_thousand_orgs_is_a_benchmark_scale_estate() -> None:
    # Build time is measured by scripts/bench, not asserted here.
    big = build_estate(1000)
    assert total(big) >= 100_000
    assert len(big["organizations"]) == 1000
    assert len({o["attributes"]["name"] for o in big["organizations"]}) == 1000


def test_foreign_keys_point_at_records_of_the_right_type(
    estate: Estate, index: dict[str, dict[int, dict[str, Any]]]
) -> None:
    checked = 0
    for rtype, records in estate.items():
        for record in records:
            attrs = record["attributes"]
            for key, (target_type, name_attr) in FOREIGN_KEYS.items():
                if attrs.get(key) is None:
                    continue
                target = index[target_type].get(attrs[key])
                assert target is not None, (rtype, record["id"], key)
                checked += 1
                if name_attr is not None and name_attr in attrs:
                    assert attrs[name_attr] == target["attributes"]["name"], (rtype, record["id"], name_attr)
    assert checked > 10_000


def test_records_of_one_organization_stay_in_it(estate: Estate, index: dict[str, dict[int, dict[str, Any]]]) -> None:
    for config in estate["configurations"]:
        attrs = config["attributes"]
        org = attrs["organization-id"]
        assert index["locations"][attrs["location-id"]]["attributes"]["organization-id"] == org
        if attrs["contact-id"] is not None:
            assert index["contacts"][attrs["contact-id"]]["attributes"]["organization-id"] == org
        model = index["models"][attrs["model-id"]]["attributes"]
        assert model["manufacturer-id"] == attrs["manufacturer-id"]
        assert attrs["resource-url"] == f"https://emulator.itglue.local/{org}/configurations/{config['id']}"
    for interface in estate["configuration-interfaces"]:
        config = index["configurations"][interface["attributes"]["configuration-id"]]["attributes"]
        if interface["attributes"]["primary"]:
            assert interface["attributes"]["ip-address"] == config["primary-ip"]
            assert interface["attributes"]["mac-address"] == config["mac-address"]
    for password in estate["passwords"]:
        folder_id = password["attributes"]["password-folder-id"]
        if folder_id is not None:
            folder = index["password-folders"][folder_id]["attributes"]
            assert folder["organization-id"] == password["attributes"]["organization-id"]
    for folder in estate["password-folders"]:
        attrs = folder["attributes"]
        if attrs["parent-id"] is not None:
            assert attrs["ancestor-ids"] == [attrs["parent-id"]]
            assert (
                index["password-folders"][attrs["parent-id"]]["attributes"]["organization-id"]
                == (attrs["organization-id"])
            )
    for region in estate["regions"]:
        assert region["attributes"]["country-id"] in index["countries"]


def test_polymorphic_references_resolve(estate: Estate, index: dict[str, dict[int, dict[str, Any]]]) -> None:
    for item in estate["related-items"]:
        attrs, parent = item["attributes"], item["parent"]
        assert parent["id"] in index[parent["type"]]
        assert attrs["resource-id"] == parent["id"]
        destination = index[TITLE_TO_TYPE[attrs["destination-type"]]][attrs["destination-id"]]
        assert attrs["destination-name"] == destination["attributes"]["name"]
        assert attrs["resource-type"] == CLASS_NAMES[parent["type"]]
    for attachment in estate["attachments"]:
        attrs, parent = attachment["attributes"], attachment["parent"]
        assert parent["id"] in index[parent["type"]]
        assert attrs["resource-type"] == CLASS_NAMES[parent["type"]]
        content = attachment["content"]
        assert isinstance(content, bytes)
        assert 0 < len(content) < 1_000
        assert attrs["attachment-file-size"] == len(content)
        assert attrs["attachment-file-name"].endswith("." + attrs["ext"])
        if attrs["attachment-content-type"] == "image/png":
            assert content.startswith(b"\x89PNG\r\n\x1a\n")
    for log in estate["logs"]:
        attrs = log["attributes"]
        target = index[TITLE_TO_TYPE[attrs["resource-type"]]][attrs["resource-id"]]["attributes"]
        assert attrs["resource-name"] == target["name"]
        assert attrs["organization-id"] == target["organization-id"]
    for expiration in estate["expirations"]:
        attrs = expiration["attributes"]
        rtype = {"Configuration": "configurations", "Domain": "domains"}.get(
            attrs["resource-type-name"], "flexible-assets"
        )
        target = index[rtype][attrs["resource-id"]]["attributes"]
        assert target["organization-id"] == attrs["organization-id"]
        assert attrs["resource-url"] == target["resource-url"]
    for section in estate["document-sections"]:
        attrs = section["attributes"]
        assert attrs["resource-type"] in {"Document::Text", "Document::Heading", "Document::Step"}
        if attrs["resource-type"] == "Document::Heading":
            assert 1 <= attrs["level"] <= 6
        else:
            assert "level" not in attrs


def test_passwords_carry_values_and_embedded_ones_point_at_configurations(
    estate: Estate, index: dict[str, dict[int, dict[str, Any]]]
) -> None:
    embedded = 0
    for password in estate["passwords"]:
        attrs = password["attributes"]
        assert isinstance(attrs["password"], str)
        assert len(attrs["password"]) >= 8
        assert attrs["updated-by-type"] == "User"
        assert attrs["updated-by"] in index["users"]
        if attrs["resource-id"] is not None:
            embedded += 1
            assert attrs["resource-type"] == "Configuration"
            config = index["configurations"][attrs["resource-id"]]["attributes"]
            assert config["organization-id"] == attrs["organization-id"]
            assert attrs["cached-resource-name"] == config["name"]
            assert attrs["parent-url"] == config["resource-url"]
        else:
            assert attrs["resource-type"] is None
    assert 0 < embedded < len(estate["passwords"])
    values = [p["attributes"]["password"] for p in estate["passwords"]]
    assert len(set(values)) > 0.95 * len(values)


def test_every_field_kind_and_tag_type_is_present(estate: Estate, index: dict[str, dict[int, Any]]) -> None:
    fields = [f["attributes"] for f in estate["flexible-asset-fields"]]
    assert {f["kind"] for f in fields} == set(FIELD_KINDS)
    tag_types = {f["tag-type"] for f in fields if f["kind"] == "Tag"}
    assert {"Configurations", "Contacts", "Passwords", "Locations", "Domains", "Organizations"} <= tag_types
    fat_tags = [t for t in tag_types if t.startswith("FlexibleAssetType: ")]
    assert fat_tags
    for tag in fat_tags:
        assert int(tag.split(": ")[1]) in index["flexible-asset-types"]
    assert all(f["tag-type"] is None for f in fields if f["kind"] != "Tag")
    names = {t["attributes"]["name"] for t in estate["flexible-asset-types"]}
    assert {"Active Directory", "Email", "LAN", "Wireless", "Application", "Backup", "Licensing"} <= names
    for fields_of_type in _fields_by_type(estate).values():
        assert sum(f["use-for-title"] for f in fields_of_type) == 1
        assert any(f["show-in-list"] for f in fields_of_type)
        assert len({f["name-key"] for f in fields_of_type}) == len(fields_of_type)
        assert [f["order"] for f in fields_of_type] == list(range(1, len(fields_of_type) + 1))
    for f in fields:
        assert f["name-key"] == name_key(f["name"])
        if f["kind"] == "Select":
            assert "\n" in f["default-value"]


def test_name_key_slugs() -> None:
    assert name_key("Name 1") == "name-1"
    assert name_key("Retention (days)") == "retention-days"
    assert name_key("Pre-Shared Key") == "pre-shared-key"


def _fields_by_type(estate: Estate) -> dict[int, list[dict[str, Any]]]:
    by_type: dict[int, list[dict[str, Any]]] = {}
    for field in estate["flexible-asset-fields"]:
        by_type.setdefault(field["attributes"]["flexible-asset-type-id"], []).append(field["attributes"])
    return by_type


def test_traits_follow_their_type_and_read_shapes(estate: Estate, index: dict[str, dict[int, dict[str, Any]]]) -> None:
    fields_by_type = _fields_by_type(estate)
    seen_kinds: Counter[str] = Counter()
    for asset in estate["flexible-assets"]:
        attrs = asset["attributes"]
        fields = {f["name-key"]: f for f in fields_by_type[attrs["flexible-asset-type-id"]]}
        traits = attrs["traits"]
        assert set(traits) <= set(fields)
        assert {key for key, f in fields.items() if f["required"]} <= set(traits)
        title = next(key for key, f in fields.items() if f["use-for-title"])
        assert attrs["name"] == traits[title]
        for key, value in traits.items():
            field = fields[key]
            kind = field["kind"]
            seen_kinds[kind] += 1
            assert kind not in {"Header", "Upload"}
            if kind == "Checkbox":
                assert isinstance(value, bool)
            elif kind == "Date":
                assert DATE_RE.match(value)
            elif kind in {"Number", "Percent"}:
                assert isinstance(value, int | float)
                assert not isinstance(value, bool)
            elif kind == "Select":
                assert value in field["default-value"].split("\n")
            elif kind in {"Text", "Textbox", "Password"}:
                assert isinstance(value, str)
                assert value
            elif kind == "Tag":
                assert set(value) == {"type", "values"}
                assert value["values"]
                tag_type = field["tag-type"]
                expected = "FlexibleAssetTypes" if tag_type.startswith("FlexibleAssetType: ") else tag_type
                assert value["type"] == expected
                target_type = TAG_TYPE_TO_TYPE[value["type"]]
                for tagged in value["values"]:
                    assert {"id", "name", "resource-url"} <= set(tagged)
                    target = index[target_type][tagged["id"]]
                    assert tagged["name"] == target["attributes"]["name"]
                    if target_type == "flexible-assets":
                        assert tag_type == f"FlexibleAssetType: {target['attributes']['flexible-asset-type-id']}"
                    if target_type != "organizations":
                        assert target["attributes"]["organization-id"] == attrs["organization-id"]
    assert set(seen_kinds) == set(FIELD_KINDS) - {"Header", "Upload"}


def test_contact_emails_and_phones_have_the_read_shape(estate: Estate) -> None:
    for contact in estate["contacts"]:
        attrs = contact["attributes"]
        assert attrs["name"] == f"{attrs['first-name']} {attrs['last-name']}"
        emails, phones = attrs["contact-emails"], attrs["contact-phones"]
        assert [e["primary"] for e in emails].count(True) == 1
        assert [p["primary"] for p in phones].count(True) == 1
        for email in emails:
            assert set(email) == {"value", "primary", "label-name"}
            assert re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z.]+", email["value"])
        for phone in phones:
            assert set(phone) == {"value", "extension", "primary", "label-name", "label-type", "formatted-value"}
            assert phone["value"].lstrip("+").isdigit()


@pytest.mark.parametrize(("orgs", "seed"), [(50, 1), (1, 1), (5, 2), (7, 3), (3, 99)])
def test_timestamps_and_dates_are_wire_formatted_and_ordered(orgs: int, seed: int) -> None:
    estate = build_estate(orgs, seed)
    earliest = timestamp(REFERENCE_TIME - 4 * 365 * 86_400)
    latest = timestamp(REFERENCE_TIME)
    checked = 0
    for rtype, records in estate.items():
        for record in records:
            attrs = record["attributes"]
            for key, value in attrs.items():
                if value is None:
                    continue
                if key in TIMESTAMP_KEYS:
                    assert TS_RE.match(value), (rtype, key, value)
                    checked += 1
                elif key in DATE_KEYS:
                    assert DATE_RE.match(value), (rtype, key, value)
            if "created-at" in attrs:
                # The format sorts lexically, so string comparison orders the instants.
                assert earliest <= attrs["created-at"] <= attrs["updated-at"] <= latest, (rtype, record["id"])
    assert checked > 50 * orgs
    assert timestamp(0) == "1970-01-01T00:00:00.000Z"


def _spec_schemas() -> dict[str, Any]:
    if not SPEC_PATH.exists():
        pytest.skip("spec/itglue.openapi.yaml not present")
    with SPEC_PATH.open(encoding="utf-8") as handle:
        document: dict[str, Any] = yaml.safe_load(handle)
    return document


def _attribute_schema_names(document: dict[str, Any]) -> dict[str, str]:
    """Map wire type -> name of its read attributes schema, found via each resource's ``type`` enum."""
    schemas = document["components"]["schemas"]
    result: dict[str, str] = {}
    for schema in schemas.values():
        properties = schema.get("properties", {})
        if not {"type", "id", "attributes"} <= set(properties):
            continue
        type_schema = properties["type"]
        if "$ref" in type_schema:
            type_schema = schemas[type_schema["$ref"].rsplit("/", 1)[1]]
        attributes_ref = properties["attributes"].get("$ref", "")
        name = attributes_ref.rsplit("/", 1)[-1]
        # The read schema is the one whose attributes are <Resource>Attributes (not the write variants).
        if name.endswith("Attributes") and "Write" not in name:
            for wire_type in type_schema.get("enum", []):
                result.setdefault(wire_type, name)
    return result


def test_attribute_keys_are_those_of_the_spec_read_schemas(estate: Estate) -> None:
    document = _spec_schemas()
    schemas = document["components"]["schemas"]
    names = _attribute_schema_names(document)
    for rtype, records in estate.items():
        assert rtype in names, f"spec has no read schema for {rtype}"
        allowed = set(schemas[names[rtype]]["properties"])
        used = set().union(*(set(r["attributes"]) for r in records))
        assert used <= allowed, (rtype, sorted(used - allowed))


def test_attribute_values_validate_against_the_spec(estate: Estate) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    document = _spec_schemas()
    names = _attribute_schema_names(document)
    for rtype, records in estate.items():
        # A $ref beside the whole document lets the validator resolve the spec's internal references.
        validator = jsonschema.Draft202012Validator({**document, "$ref": f"#/components/schemas/{names[rtype]}"})
        for record in records[:300]:
            errors = [e.message for e in validator.iter_errors(record["attributes"])]
            assert not errors, (rtype, record["id"], errors[:3])
