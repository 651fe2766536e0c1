"""Every sample payload of the reference parses, through the SDK's record reader where it is a record, and writes
back the same wire keys."""

from __future__ import annotations

import copy
import logging
from collections import Counter
from datetime import datetime
from typing import Any

import pytest

from itglue_api.models import (
    Contact,
    ErrorDocument,
    FlexibleAsset,
    FlexibleAssetField,
    GatewayError,
    ListLinks,
    ListMeta,
    OrganizationBulkDeleteRequest,
    Password,
    User,
)
from itglue_api.types import Unset
from itglue_sdk.resources.records import RecordReader
from tests.contract import samples


def _same_wire(written: Any, original: Any, path: str = "$") -> None:
    """Assert two JSON values are equal, timestamps compared as instants (`.000Z` vs `+00:00` is one instant)."""
    if isinstance(original, dict):
        assert isinstance(written, dict), path
        assert set(written) == set(original), f"{path}: keys {sorted(written)} != {sorted(original)}"
        for key, value in original.items():
            _same_wire(written[key], value, f"{path}.{key}")
    elif isinstance(original, list):
        assert isinstance(written, list), path
        assert len(written) == len(original), path
        for index, (left, right) in enumerate(zip(written, original, strict=True)):
            _same_wire(left, right, f"{path}[{index}]")
    elif isinstance(original, str) and original.endswith("Z") and "T" in original:
        assert datetime.fromisoformat(written) == datetime.fromisoformat(original), path
    else:
        assert written == original, f"{path}: {written!r} != {original!r}"
        assert type(written) is type(original), f"{path}: {type(written)} != {type(original)}"


# The reference's record samples are trimmed quotes (§10 says so): the attributes they leave out go through the
# SDK's tolerant path, which fills them with None and counts each one. The trimmed sets are listed here, so a spec
# change that makes a quoted attribute unknown, or a new required attribute, shows up as a difference.
TRIMMED: dict[str, set[str]] = {
    "users": {
        "current_sign_in_at",
        "current_sign_in_ip",
        "invitation_accepted_at",
        "invitation_sent_at",
        "last_sign_in_at",
        "last_sign_in_ip",
    },
    "contacts": {"created_at", "location_name", "my_glue", "resource_url", "restricted", "updated_at"},
    "passwords": {
        "autofill_selectors",
        "cached_resource_name",
        "cached_resource_type_name",
        "created_at",
        "notes",
        "parent_url",
        "password_updated_at",
        "personal",
        "resource_id",
        "resource_type",
        "resource_url",
        "updated_at",
        "updated_by",
        "updated_by_type",
        "url",
    },
    "flexible_assets": {"created_at", "my_glue", "organization_name", "resource_url", "restricted", "updated_at"},
    "flexible_asset_fields": {"created_at", "updated_at"},
}

RECORDS = [
    pytest.param(User, samples.USERS_LIST["data"][0], id="user"),
    pytest.param(Contact, samples.CONTACT_SINGLE["data"], id="contact"),
    pytest.param(Password, samples.PASSWORD_SHOW["data"], id="password-with-value"),
    pytest.param(FlexibleAsset, samples.FLEXIBLE_ASSET, id="flexible-asset-tag-trait"),
    pytest.param(FlexibleAssetField, samples.FLEXIBLE_ASSET_FIELD, id="flexible-asset-field"),
]

ROUND_TRIPS = [
    pytest.param(ListLinks, samples.USER_METRICS_LINKS, id="list-links"),
    pytest.param(OrganizationBulkDeleteRequest, samples.ORGANIZATIONS_BULK_DELETE, id="bulk-delete-request"),
    pytest.param(ErrorDocument, samples.ERROR_PASSWORD_WITHOUT_ORGANIZATION, id="error-422-organization"),
    pytest.param(ErrorDocument, samples.ERROR_CONFIGURATION_WITHOUT_TYPE, id="error-422-configuration-type"),
    pytest.param(ErrorDocument, samples.ERROR_UNAUTHORIZED, id="error-401"),
    pytest.param(ErrorDocument, samples.ERROR_FLEXIBLE_ASSETS_WITHOUT_TYPE, id="error-422-flexible-assets"),
    pytest.param(GatewayError, samples.GATEWAY_FORBIDDEN, id="gateway-403"),
]


def _read(model: Any, payload: dict[str, Any]) -> tuple[Any, Counter[str]]:
    missing: Counter[str] = Counter()
    record = RecordReader(lambda name: missing.update([name])).read(model, payload)
    return record, missing


@pytest.mark.parametrize(("model", "payload"), RECORDS)
def test_record_sample_parses_and_only_the_trimmed_attributes_are_filled(model: Any, payload: dict[str, Any]) -> None:
    record, missing = _read(model, payload)
    kind = payload["type"].replace("-", "_")
    assert missing == Counter(f"{kind}.{name}" for name in TRIMMED[kind])
    for name in TRIMMED[kind]:
        assert getattr(record.attributes, name) is None, name
    written = record.to_dict()
    original_attributes = payload["attributes"]
    _same_wire(
        {**written, "attributes": {key: written["attributes"][key] for key in original_attributes}},
        payload,
    )
    filled = set(written["attributes"]) - set(original_attributes)
    assert {key.replace("-", "_") for key in filled} == TRIMMED[kind]


@pytest.mark.parametrize(("model", "payload"), RECORDS)
def test_record_sample_with_every_attribute_parses_strictly(model: Any, payload: dict[str, Any]) -> None:
    complete, _ = _read(model, payload)
    full = complete.to_dict()  # the sample with its trimmed attributes as null: what a full answer carries
    for key, value in full["attributes"].items():
        if value is None and key in {"created-at", "updated-at"}:
            full["attributes"][key] = "2024-05-01T10:00:00.000Z"
    record, missing = _read(model, full)
    assert missing == Counter()
    assert model.from_dict(full).to_dict() == record.to_dict()


def test_a_record_lacking_a_documented_attribute_is_counted_in_the_clients_metrics(
    caplog: pytest.LogCaptureFixture,
) -> None:
    payload = copy.deepcopy(samples.CONTACT_SINGLE["data"])
    del payload["attributes"]["name"]
    del payload["attributes"]["contact-emails"][0]["primary"]
    missing: Counter[str] = Counter()
    reader = RecordReader(lambda name: missing.update([name]))
    with caplog.at_level(logging.WARNING, logger="itglue_sdk.resources.records"):
        first = reader.read(Contact, payload)
        reader.read(Contact, payload)
    assert first.attributes.name is None
    assert first.attributes.contact_emails[0].primary is None
    assert first.attributes.contact_emails[0].value == "robert@happyfrog.com"
    assert missing["contacts.name"] == 2
    assert missing["contacts.contact_emails.primary"] == 2
    warned = [record.getMessage() for record in caplog.records]
    assert sum("'name'" in message for message in warned) == 1  # once per attribute and resource type


def test_a_record_without_an_id_cannot_be_read() -> None:
    payload = copy.deepcopy(samples.FLEXIBLE_ASSET_FIELD)
    del payload["id"]
    with pytest.raises(KeyError):
        RecordReader().read(FlexibleAssetField, payload)


@pytest.mark.parametrize(("model", "payload"), ROUND_TRIPS)
def test_sample_round_trips_through_generated_model(model: Any, payload: dict[str, Any]) -> None:
    parsed = model.from_dict(payload)
    _same_wire(parsed.to_dict(), payload)


def test_users_list_values_are_typed() -> None:
    user, _ = _read(User, samples.USERS_LIST["data"][0])
    assert user.id == "1"
    assert user.type_ == "users"
    assert user.attributes.role_name == "Lite"
    assert user.attributes.my_glue_account_id is None
    assert user.attributes.created_at == datetime.fromisoformat("2019-05-21T03:18:36+00:00")
    meta = ListMeta.from_dict(samples.USERS_LIST["meta"])
    assert meta.total_count == 2
    assert meta.next_page is None


def test_contact_nested_arrays_and_relationships_are_models() -> None:
    contact, _ = _read(Contact, samples.CONTACT_SINGLE["data"])
    emails = contact.attributes.contact_emails
    phones = contact.attributes.contact_phones
    assert emails[0].value == "robert@happyfrog.com"
    assert emails[0].label_name == "Work"
    assert phones[0].formatted_value == "(415) 555-2156"
    assert phones[0].extension is None
    assert not isinstance(contact.relationships, Unset)
    linkage = contact.relationships.additional_properties["attachments"].data
    assert isinstance(linkage, list)
    assert [(item.type_, item.id) for item in linkage] == [("attachments", "1")]


def test_password_value_is_read_when_revealed() -> None:
    password, _ = _read(Password, samples.PASSWORD_SHOW["data"])
    assert password.attributes.password == "EXAMPLE_PASSWORD"
    assert password.attributes.password_folder_id is None


def test_flexible_asset_tag_trait_keeps_read_shape() -> None:
    asset, _ = _read(FlexibleAsset, samples.FLEXIBLE_ASSET)
    traits = asset.attributes.traits
    assert traits.additional_properties["trait-4"] == 1
    tag = traits.additional_properties["trait-5"]
    assert tag["type"] == "FlexibleAssetTypes"
    assert tag["values"][0]["id"] == 1


def test_error_documents_keep_numeric_status_and_pointers() -> None:
    errors = ErrorDocument.from_dict(samples.ERROR_CONFIGURATION_WITHOUT_TYPE).errors
    assert errors[0].status == 422
    assert not isinstance(errors[0].source, Unset)
    assert errors[0].source.pointer == "/data/attributes/configuration-type"
    flexible = ErrorDocument.from_dict(samples.ERROR_FLEXIBLE_ASSETS_WITHOUT_TYPE).errors[0]
    assert not isinstance(flexible.source, Unset)
    assert flexible.source.pointer is None


def test_included_records_parse_to_their_own_model() -> None:
    from itglue_api.models import Attachment, GenericResource
    from itglue_sdk.resources.included import parse_included

    included = [
        {"id": "9", "type": "attachments", "attributes": {"name": "photo.png", "attachment-file-size": 10}},
        {"id": "3", "type": "adapters-resources", "attributes": {"x": 1}},
    ]
    attachment, unknown = parse_included(included)
    assert isinstance(attachment, Attachment)
    assert attachment.attributes.attachment_file_size == 10
    assert attachment.attributes.download_url is None  # trimmed here, filled by the tolerant reader
    assert isinstance(unknown, GenericResource)
    assert unknown.type_ == "adapters-resources"
