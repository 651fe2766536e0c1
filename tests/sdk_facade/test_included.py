"""Side-loaded records: `show` and `Page.included` parse them into the models of their types."""

from __future__ import annotations

import asyncio
import typing

import httpx

from itglue_api import models
from itglue_api.models import (
    Configuration,
    ConfigurationInterface,
    FlexibleAssetField,
    FlexibleAssetType,
    GenericResource,
    RelatedItem,
)
from itglue_emulator.app import Emulator
from itglue_sdk._http.requester import AsyncHttpxRequester
from itglue_sdk._spec.index import spec_document
from itglue_sdk.resources.catalog import AsyncResourceCatalog, ResourceCatalog
from itglue_sdk.resources.included import parse_included
from itglue_sdk.resources.passwords import PasswordRecord
from itglue_sdk.resources.service import Shown
from itglue_sdk.types import IncludedRecord


def test_included_record_type_is_the_specs_union() -> None:
    union = spec_document()["components"]["schemas"]["IncludedResource"]["anyOf"]
    names = {member["$ref"].rsplit("/", 1)[-1] for member in union}
    members = typing.get_args(IncludedRecord)
    # Side-loaded passwords are read as PasswordRecord (the generated Password with its value in a Secret).
    assert {cls.__name__ for cls in members} == (names - {"Password"}) | {"PasswordRecord"}
    assert all(getattr(models, name) in members for name in names - {"Password"})
    assert PasswordRecord in members


def test_parse_by_type_generic_for_unknown_and_password_values_held_in_secrets() -> None:
    parsed = parse_included(
        [
            {"type": "flexible-asset-fields", "id": "3", "attributes": {"name": "Serial", "kind": "Text"}},
            {"type": "adapters-resources", "id": "9", "attributes": {"sync": True}},
            {"type": "passwords", "id": "4", "attributes": {"name": "root", "password": "hunter2"}},
        ]
    )
    field, generic, password = parsed
    assert isinstance(field, FlexibleAssetField)
    assert field.attributes.name == "Serial"
    assert isinstance(generic, GenericResource)
    assert generic.type_ == "adapters-resources"
    assert isinstance(password, PasswordRecord)
    assert password.secret is not None
    assert password.secret.reveal() == "hunter2"
    assert "hunter2" not in repr(password)
    assert parse_included(None) == []


def test_show_keeps_the_record_and_parses_included(reader: ResourceCatalog) -> None:
    asset_type = next(iter(reader.flexible_asset_types.list(limit=1)))
    shown = reader.flexible_asset_types.show(asset_type.id, include="flexible_asset_fields")
    assert isinstance(shown, Shown)
    assert isinstance(shown.record, FlexibleAssetType)
    assert shown.record.id == asset_type.id
    fields = shown.included_of(FlexibleAssetField)
    assert fields
    assert fields == shown.included
    assert {f.attributes.flexible_asset_type_id for f in fields} == {int(asset_type.id)}
    plain = reader.flexible_asset_types.get(asset_type.id, include="flexible-asset-fields")
    assert isinstance(plain, FlexibleAssetType)
    assert reader.flexible_asset_types.show(987654, include="flexible_asset_fields") is None


def test_list_pages_carry_parsed_included(reader: ResourceCatalog) -> None:
    page = next(iter(reader.configurations.list(include="configuration_interfaces", page_size=50).iter_pages()))
    interfaces = page.included_of(ConfigurationInterface)
    assert interfaces
    assert all(isinstance(item, ConfigurationInterface) for item in page.included)
    assert {i.attributes.configuration_id for i in interfaces} <= {int(c.id) for c in page}


def test_password_show_with_its_includes(reader: ResourceCatalog) -> None:
    password = next(iter(reader.passwords.list(limit=1)))
    shown = reader.passwords.show(password.id, include="related_items", show_password=True)
    assert shown is not None
    assert isinstance(shown.record, PasswordRecord)
    assert shown.record.secret is not None
    assert all(isinstance(item, RelatedItem) for item in shown.included)


def test_async_show(shared_emulator: Emulator) -> None:
    async def main() -> None:
        headers = {"x-api-key": shared_emulator.api_key}
        async with httpx.AsyncClient(base_url=shared_emulator.base_url, headers=headers, timeout=10) as http:
            catalog = AsyncResourceCatalog(AsyncHttpxRequester(http))
            config = await anext(aiter(catalog.configurations.list(limit=1)))
            shown = await catalog.configurations.show(config, include=["configuration_interfaces"])
            assert shown is not None
            assert isinstance(shown.record, Configuration)
            assert all(
                i.attributes.configuration_id == int(config.id) for i in shown.included_of(ConfigurationInterface)
            )
            assert await catalog.configurations.show(987654) is None
            password = await anext(aiter(catalog.passwords.list(limit=1)))
            shown_password = await catalog.passwords.show(password, include="related_items")
            assert shown_password is not None
            assert shown_password.record.secret is None

    asyncio.run(main())
