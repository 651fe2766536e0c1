"""Every sample payload of the reference parses through the generated models and writes back the same wire keys."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from itglue_api.models import (
    ContactDocument,
    ErrorDocument,
    FlexibleAsset,
    FlexibleAssetField,
    GatewayError,
    ListLinks,
    OrganizationBulkDeleteRequest,
    PasswordDocument,
    UserList,
)
from itglue_api.types import Unset
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


ROUND_TRIPS = [
    pytest.param(UserList, samples.USERS_LIST, id="users-list"),
    pytest.param(ContactDocument, samples.CONTACT_SINGLE, id="contact"),
    pytest.param(PasswordDocument, samples.PASSWORD_SHOW, id="password-with-value"),
    pytest.param(FlexibleAsset, samples.FLEXIBLE_ASSET, id="flexible-asset-tag-trait"),
    pytest.param(FlexibleAssetField, samples.FLEXIBLE_ASSET_FIELD, id="flexible-asset-field"),
    pytest.param(ListLinks, samples.USER_METRICS_LINKS, id="list-links"),
    pytest.param(OrganizationBulkDeleteRequest, samples.ORGANIZATIONS_BULK_DELETE, id="bulk-delete-request"),
    pytest.param(ErrorDocument, samples.ERROR_PASSWORD_WITHOUT_ORGANIZATION, id="error-422-organization"),
    pytest.param(ErrorDocument, samples.ERROR_CONFIGURATION_WITHOUT_TYPE, id="error-422-configuration-type"),
    pytest.param(ErrorDocument, samples.ERROR_UNAUTHORIZED, id="error-401"),
    pytest.param(ErrorDocument, samples.ERROR_FLEXIBLE_ASSETS_WITHOUT_TYPE, id="error-422-flexible-assets"),
    pytest.param(GatewayError, samples.GATEWAY_FORBIDDEN, id="gateway-403"),
]


@pytest.mark.parametrize(("model", "payload"), ROUND_TRIPS)
def test_sample_round_trips_through_generated_model(model: Any, payload: dict[str, Any]) -> None:
    parsed = model.from_dict(payload)
    _same_wire(parsed.to_dict(), payload)


def test_users_list_values_are_typed() -> None:
    users = UserList.from_dict(samples.USERS_LIST)
    user = users.data[0]
    assert user.id == "1"
    assert user.type_ == "users"
    assert user.attributes.role_name == "Lite"
    assert user.attributes.my_glue_account_id is None
    assert user.attributes.created_at == datetime.fromisoformat("2019-05-21T03:18:36+00:00")
    assert not isinstance(users.meta, Unset)
    assert users.meta.total_count == 2
    assert users.meta.next_page is None


def test_contact_nested_arrays_and_relationships_are_models() -> None:
    contact = ContactDocument.from_dict(samples.CONTACT_SINGLE).data
    emails = contact.attributes.contact_emails
    phones = contact.attributes.contact_phones
    assert not isinstance(emails, Unset)
    assert not isinstance(phones, Unset)
    assert emails[0].value == "robert@happyfrog.com"
    assert emails[0].label_name == "Work"
    assert phones[0].formatted_value == "(415) 555-2156"
    assert phones[0].extension is None
    assert not isinstance(contact.relationships, Unset)
    linkage = contact.relationships.additional_properties["attachments"].data
    assert isinstance(linkage, list)
    assert [(item.type_, item.id) for item in linkage] == [("attachments", "1")]


def test_password_value_is_read_when_revealed() -> None:
    password = PasswordDocument.from_dict(samples.PASSWORD_SHOW).data
    assert password.attributes.password == "EXAMPLE_PASSWORD"
    assert password.attributes.password_folder_id is None


def test_flexible_asset_tag_trait_keeps_read_shape() -> None:
    asset = FlexibleAsset.from_dict(samples.FLEXIBLE_ASSET)
    traits = asset.attributes.traits
    assert not isinstance(traits, Unset)
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
    from itglue_api.models import Attachment, ConfigurationDocument, GenericResource

    document = ConfigurationDocument.from_dict(
        {
            "data": {
                "id": "5",
                "type": "configurations",
                "attributes": {"name": "fw-01", "organization-id": 2},
            },
            "included": [
                {
                    "id": "9",
                    "type": "attachments",
                    "attributes": {"name": "photo.png", "attachment-file-size": 10},
                },
                {"id": "3", "type": "adapters-resources", "attributes": {"x": 1}},
            ],
        }
    )
    assert not isinstance(document.included, Unset)
    attachment, unknown = document.included
    assert isinstance(attachment, Attachment)
    assert attachment.attributes.attachment_file_size == 10
    assert isinstance(unknown, GenericResource)
    assert unknown.type_ == "adapters-resources"
