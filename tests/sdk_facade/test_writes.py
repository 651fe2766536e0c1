"""Writes against the emulator: CRUD per writable group, traits, attachments, documents, related items."""

from __future__ import annotations

import asyncio
import base64
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from itglue_api.models import (
    ConfigurationInterfaceWriteAttributes,
    FlexibleAssetField,
    FlexibleAssetFieldWriteAttributes,
    FlexibleAssetTraits,
    FlexibleAssetType,
    FlexibleAssetWriteAttributes,
    OrganizationWriteAttributes,
)
from itglue_emulator.app import Emulator
from itglue_sdk._exceptions import (
    InvalidParameterError,
    NotFoundError,
    RequestTooLargeError,
    UnsupportedOperationError,
    ValidationError,
)
from itglue_sdk._http.requester import AsyncHttpxRequester, Download, HttpxRequester, Plan, run
from itglue_sdk.resources.catalog import AsyncResourceCatalog, ResourceCatalog
from itglue_sdk.resources.service import ResourceService
from itglue_sdk.secret import Secret

from .conftest import Sent, http_client


def first(service: ResourceService[Any, Any], **query: Any) -> Any:
    return next(iter(service.list(limit=1, **query)))


Context = dict[str, str]


def context(catalog: ResourceCatalog) -> Context:
    return {
        "org": first(catalog.organizations).id,
        "config_type": first(catalog.configuration_types).id,
        "config": first(catalog.configurations).id,
        "manufacturer": first(catalog.manufacturers).id,
        "asset_type": first(catalog.flexible_asset_types).id,
    }


# group -> (scope, create attributes, changed attribute (python name, value))
CRUD: dict[str, tuple[Callable[[Context], dict[str, str]], Callable[[Context], dict[str, Any]], tuple[str, Any]]] = {
    "organizations": (lambda c: {}, lambda c: {"name": "Zeta Ltd", "short-name": "ZETA"}, ("name", "Zeta Plc")),
    "configuration_statuses": (lambda c: {}, lambda c: {"name": "Spare"}, ("name", "Retired")),
    "configuration_types": (lambda c: {}, lambda c: {"name": "Drone"}, ("name", "Rover")),
    "contact_types": (lambda c: {}, lambda c: {"name": "Auditor"}, ("name", "Inspector")),
    "manufacturers": (lambda c: {}, lambda c: {"name": "Initech"}, ("name", "Initrode")),
    "organization_statuses": (lambda c: {}, lambda c: {"name": "Paused"}, ("name", "Frozen")),
    "organization_types": (lambda c: {}, lambda c: {"name": "Partner"}, ("name", "Reseller")),
    "password_categories": (lambda c: {}, lambda c: {"name": "Safe"}, ("name", "Vault")),
    "groups": (lambda c: {}, lambda c: {"name": "Ops"}, ("description", "Night shift")),
    "flexible_asset_types": (
        lambda c: {},
        lambda c: {"name": "Printer", "icon": "print", "enabled": True},
        ("description", "Office printers"),
    ),
    "models": (lambda c: {"manufacturer_id": c["manufacturer"]}, lambda c: {"name": "X1"}, ("name", "X2")),
    "locations": (lambda c: {}, lambda c: {"name": "Depot", "organization_id": int(c["org"])}, ("city", "Leeds")),
    "contacts": (
        lambda c: {"organization_id": c["org"]},
        lambda c: {"first_name": "Ada", "last_name": "Byron"},
        ("title", "CTO"),
    ),
    "configurations": (
        lambda c: {},
        lambda c: {"name": "srv-01", "organization_id": int(c["org"]), "configuration_type_id": int(c["config_type"])},
        ("hostname", "srv-01.local"),
    ),
    "configuration_interfaces": (
        lambda c: {"configuration_id": c["config"]},
        lambda c: {"name": "eth9", "ip_address": "10.9.9.9"},
        ("notes", "uplink"),
    ),
    "passwords": (
        lambda c: {},
        lambda c: {"name": "root", "password": Secret("s3cret!"), "organization_id": int(c["org"])},
        ("username", "admin"),
    ),
    "password_folders": (lambda c: {"organization_id": c["org"]}, lambda c: {"name": "Infra"}, ("name", "Infra2")),
    "documents": (lambda c: {"organization_id": c["org"]}, lambda c: {"name": "Runbook"}, ("description", "v2")),
    "flexible_asset_fields": (
        lambda c: {"flexible_asset_type_id": c["asset_type"]},
        lambda c: {"name": "Serial", "kind": "Text", "order": 99},
        ("hint", "on the back"),
    ),
}


PRINTER_FIELDS = [
    FlexibleAssetFieldWriteAttributes(name="Name", kind="Text", order=1, required=True, use_for_title=True),
    {"name": "Serial number", "kind": "Text", "order": 2, "show_in_list": True, "hint": "On the back"},
    {"name": "Toner", "kind": "Select", "order": 3, "default-value": "Black\nColour"},
    {"name": "Installed", "kind": "Date", "order": 4, "expiration": False},
]

# Records a group's create carries inline (IT Glue requires a flexible asset type's fields).
RELATIONSHIPS: dict[str, dict[str, list[Any]]] = {"flexible_asset_types": {"flexible_asset_fields": PRINTER_FIELDS}}


@pytest.mark.parametrize("group", sorted(CRUD))
def test_crud(writer: ResourceCatalog, group: str) -> None:
    scope_of, attributes_of, (changed, value) = CRUD[group]
    ctx = context(writer)
    top: ResourceService[Any, Any] = getattr(writer, group)
    scope = scope_of(ctx)
    service = top.within(**scope) if scope else top
    created = service.create(attributes_of(ctx), relationships=RELATIONSHIPS.get(group))
    assert type(created).__name__ in (load_model_name(group), "PasswordRecord")
    fetched = service.get(created.id) if "get" in service.actions else top.get(created.id)
    assert fetched is not None
    assert fetched.id == created.id
    updated = service.update(created, {changed: value})
    assert getattr(updated.attributes, changed) == value
    if "bulk_update" in top.actions:
        [bulk] = top.bulk_update({created.id: {changed: value}})
        assert bulk.id == created.id
    if "delete" in service.actions or "bulk_delete" in service.actions:
        service.delete(created)
        assert (service if "get" in service.actions else top).get(created.id) is None


def test_flexible_asset_type_is_created_with_its_fields(writer: ResourceCatalog) -> None:
    created = writer.flexible_asset_types.create(
        {"name": "Printer"}, relationships={"flexible-asset-fields": PRINTER_FIELDS}
    )
    shown = writer.flexible_asset_types.show(created, include="flexible_asset_fields")
    assert shown is not None
    fields = sorted(shown.included_of(FlexibleAssetField), key=lambda f: f.attributes.order)
    assert [f.attributes.name for f in fields] == ["Name", "Serial number", "Toner", "Installed"]
    assert [f.attributes.use_for_title for f in fields] == [True, False, False, False]
    assert fields[1].attributes.show_in_list is True
    assert fields[1].attributes.hint == "On the back"
    assert {f.attributes.flexible_asset_type_id for f in fields} == {int(created.id)}
    asset = writer.flexible_assets.create(
        {
            "organization_id": int(first(writer.organizations).id),
            "flexible_asset_type_id": int(created.id),
            "traits": {"name": "HP 4050", "serial-number": "X1"},
        }
    )
    assert asset.attributes.name == "HP 4050"


def test_stricter_api_refuses_a_type_without_fields(writer: ResourceCatalog) -> None:
    with pytest.raises(ValidationError):
        writer.flexible_asset_types.create({"name": "Bare"})


def test_configuration_is_created_with_its_interfaces(writer: ResourceCatalog) -> None:
    ctx = context(writer)
    created = writer.configurations.create(
        {"name": "fw-01", "organization_id": int(ctx["org"]), "configuration_type_id": int(ctx["config_type"])},
        relationships={
            "configuration_interfaces": [
                ConfigurationInterfaceWriteAttributes(configuration_id=0, name="wan", ip_address="203.0.113.7"),
                {"name": "lan", "ip-address": "10.0.0.1", "primary": True},
            ]
        },
    )
    interfaces = writer.configuration_interfaces.within(configuration_id=created).list()
    assert sorted((i.attributes.name, i.attributes.ip_address) for i in interfaces) == [
        ("lan", "10.0.0.1"),
        ("wan", "203.0.113.7"),
    ]


def test_relationships_are_checked_against_the_spec_before_sending(emulator: Emulator) -> None:
    sent = Sent()
    with http_client(emulator, sent) as http:
        from itglue_sdk._http.requester import HttpxRequester

        catalog = ResourceCatalog(HttpxRequester(http))
        with pytest.raises(InvalidParameterError, match="takes no relationship 'fields'") as caught:
            catalog.flexible_asset_types.create({"name": "T"}, relationships={"fields": PRINTER_FIELDS})
        assert caught.value.allowed == ("flexible_asset_fields",)
        with pytest.raises(InvalidParameterError, match="no writable attribute 'colour'"):
            catalog.flexible_asset_types.create(
                {"name": "T"}, relationships={"flexible_asset_fields": [{"name": "N", "colour": "red"}]}
            )
        with pytest.raises(InvalidParameterError, match="takes a list"):
            catalog.flexible_asset_types.create({"name": "T"}, relationships={"flexible_asset_fields": {"name": "N"}})
        with pytest.raises(InvalidParameterError, match="it takes no relationships"):
            catalog.organizations.create({"name": "T"}, relationships={"flexible_asset_fields": []})
        assert sent.requests == []


def load_model_name(group: str) -> str:
    from itglue_sdk._spec.index import load_spec

    return load_spec().group(group).model_name


def test_create_many_bulk_delete_and_models_as_input(writer: ResourceCatalog) -> None:
    made = writer.organizations.create_many([{"name": "A1"}, OrganizationWriteAttributes(name="A2")])
    assert [m.attributes.name for m in made] == ["A1", "A2"]
    deleted = writer.organizations.bulk_delete(made)
    assert sorted(d.id for d in deleted) == sorted(m.id for m in made)
    assert writer.organizations.get(made[0].id) is None


def test_api_validation_error_is_typed(writer: ResourceCatalog) -> None:
    with pytest.raises(ValidationError) as caught:
        writer.configurations.create({"name": "x", "organization_id": 1, "configuration_type_id": 999999})
    assert caught.value.pointers


def test_password_value_is_written_from_a_secret(writer: ResourceCatalog) -> None:
    org = first(writer.organizations).id
    created = writer.passwords.create({"name": "db", "password": Secret("p4ss word"), "organization_id": int(org)})
    assert created.secret is None
    shown = writer.passwords.get(created, show_password=True)
    assert shown is not None
    assert shown.secret is not None
    assert shown.secret.reveal() == "p4ss word"
    assert "p4ss" not in repr(shown)


def tag_ids(value: Any) -> list[int]:
    """Ids of a tag trait, read shape ({type, values}) or, as the emulator answers after a write, a list."""
    items = value["values"] if isinstance(value, dict) else value
    return [int(item["id"]) if isinstance(item, dict) else int(item) for item in items]


def test_update_traits_keeps_the_others(writer: ResourceCatalog, emulator: Emulator) -> None:
    asset = None
    for asset_type in writer.flexible_asset_types.list():
        for candidate in writer.flexible_assets.list(filter={"flexible_asset_type_id": asset_type.id}):
            traits = candidate.attributes.traits.additional_properties
            if any(isinstance(v, dict) and v.get("values") for v in traits.values()) and len(traits) >= 3:
                asset = candidate
                break
        if asset:
            break
    assert asset is not None
    before = asset.attributes.traits.additional_properties
    tag_name = next(k for k, v in before.items() if isinstance(v, dict) and v.get("values"))
    scalar_name = next(k for k, v in before.items() if isinstance(v, str) and k != tag_name)
    contact = first(writer.contacts)
    updated = writer.flexible_assets.update_traits(asset.id, {scalar_name: "changed"})
    after = updated.attributes.traits.additional_properties
    assert after[scalar_name] == "changed"
    assert set(after) == set(before)
    kept_ids = tag_ids(after[tag_name])
    assert kept_ids == tag_ids(before[tag_name])
    again = writer.flexible_assets.update_traits(asset, {tag_name: [contact, *kept_ids[:1]]})
    assert tag_ids(again.attributes.traits.additional_properties[tag_name]) == [int(contact.id), *kept_ids[:1]]
    third = writer.flexible_assets.update_traits(asset, {scalar_name: "third"})
    assert tag_ids(third.attributes.traits.additional_properties[tag_name]) == [int(contact.id), *kept_ids[:1]]
    with pytest.raises(NotFoundError):
        writer.flexible_assets.update_traits(987654, {"x": 1})
    archived = writer.flexible_assets.update_traits(asset, {scalar_name: "fourth"}, attributes={"archived": True})
    assert archived.attributes.archived is True
    assert archived.attributes.traits.additional_properties[scalar_name] == "fourth"
    assert set(archived.attributes.traits.additional_properties) == set(before)
    with pytest.raises(InvalidParameterError, match="traits="):
        writer.flexible_assets.update_traits(asset, {}, attributes={"traits": {}})


def test_attachments_round_trip(writer: ResourceCatalog, tmp_path: Path) -> None:
    config = first(writer.configurations)
    files = writer.attachments.within(configuration_id=config)
    source = tmp_path / "runbook.pdf"
    source.write_bytes(bytes(range(256)) * 100)
    attachment = files.upload(source)
    assert attachment.attributes.attachment_file_size == 25600
    listed = [a.id for a in files.list()]
    assert attachment.id in listed
    out = tmp_path / "out"
    out.mkdir()
    written = files.download(attachment.id, out)
    assert written == out / "runbook.pdf"
    assert written.read_bytes() == source.read_bytes()
    assert files.download(attachment, tmp_path / "copy.bin").read_bytes() == source.read_bytes()
    assert files.rename(attachment, "Runbook 2024").attributes.name == "Runbook 2024"
    files.delete(attachment)
    assert files.get(attachment.id) is None
    assert not list(out.glob(".itglue-*"))


def test_download_keeps_the_file_inside_the_directory(writer: ResourceCatalog, tmp_path: Path) -> None:
    config = first(writer.configurations)
    files = writer.attachments.within(configuration_id=config)
    nasty = files.create({"attachment": {"content": base64.b64encode(b"hi").decode(), "file_name": "../../evil.sh"}})
    target = tmp_path / "inbox"
    target.mkdir()
    written = files.download(nasty, target)
    assert written.parent == target
    assert written.read_bytes() == b"hi"


def test_oversized_upload_is_refused_before_sending(emulator: Emulator, tmp_path: Path) -> None:
    sent = Sent()
    with http_client(emulator, sent) as http:
        from itglue_sdk._http.requester import HttpxRequester

        catalog = ResourceCatalog(HttpxRequester(http))
        config = first(catalog.configurations)
        sent.requests.clear()
        big = tmp_path / "big.iso"
        big.write_bytes(b"\0" * (7_864_320 - 10))  # base64 is just under 10 MB, the JSON around it is not
        with pytest.raises(RequestTooLargeError, match=r"big\.iso"):
            catalog.attachments.within(configuration_id=config).upload(big, name="x" * 200)
        assert sent.requests == []


def test_documents_flow(writer: ResourceCatalog, tmp_path: Path) -> None:
    org = first(writer.organizations)
    docs = writer.documents.within(organization_id=org)
    doc = docs.create({"name": "Onboarding"})
    heading = writer.documents.add_section(doc, "heading", content="Accounts", level=2)
    text = writer.documents.add_section(doc, "text", content="<p>Create the user.</p>")
    step = writer.documents.add_section(doc, "step", content="<p>Reset MFA</p>", duration=5)
    gallery = writer.documents.add_section(doc, "gallery")
    kinds = [s.attributes.resource_type for s in writer.document_sections.within(document_id=doc).list()]
    assert kinds == ["Document::Heading", "Document::Text", "Document::Step", "Document::Gallery"]
    assert heading.attributes.level == 2
    assert step.attributes.duration == 5
    assert text.id != gallery.id
    image = tmp_path / "screen.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 64)
    uploaded = writer.documents.add_image(image, gallery=gallery)
    assert uploaded.attributes.target_id == int(gallery.id)
    inline = writer.documents.add_image(image, document=doc)
    assert writer.document_images.get(inline.id) is not None
    writer.document_images.delete(inline)
    assert writer.document_images.get(inline.id) is None
    published = writer.documents.publish(doc)
    assert published.id == doc.id
    in_root = [d.id for d in docs.list(filter={"document_folder_id": None})]
    assert doc.id in in_root
    writer.documents.delete(doc)
    assert writer.documents.get(doc.id) is None


def test_related_items(writer: ResourceCatalog) -> None:
    config = first(writer.configurations)
    password = first(writer.passwords)
    contact = first(writer.contacts)
    link = writer.related_items.link(config, password, notes="local admin")
    assert link.attributes.destination_type == "Password"
    assert link.attributes.destination_id == int(password.id)
    writer.related_items.link(("configurations", config.id), ("contacts", contact.id))
    with pytest.raises(ValidationError):
        writer.related_items.link(config, password)
    related = writer.related_items.list_for(config)
    assert {(r.attributes.destination_type, r.attributes.destination_id) for r in related} >= {
        ("Password", int(password.id)),
        ("Contact", int(contact.id)),
    }
    removed = writer.related_items.unlink(config, link)
    assert [r.id for r in removed] == [link.id]
    assert link.id not in {r.id for r in writer.related_items.list_for(config)}


def test_async_twin_writes(emulator: Emulator, tmp_path: Path) -> None:
    async def main() -> None:
        headers = {"x-api-key": emulator.api_key}
        async with httpx.AsyncClient(base_url=emulator.base_url, headers=headers, timeout=10) as http:
            catalog = AsyncResourceCatalog(AsyncHttpxRequester(http))
            org = await catalog.organizations.create({"name": "Async Co"})
            renamed = await catalog.organizations.update(org, {"name": "Async Inc"})
            assert renamed.attributes.name == "Async Inc"
            config = await anext(aiter(catalog.configurations.list(limit=1)))
            files = catalog.attachments.within(configuration_id=config)
            source = tmp_path / "a.txt"
            source.write_text("hello")
            attachment = await files.upload(source)
            written = await files.download(attachment, tmp_path)
            assert written.read_text() == "hello"
            assert (await files.rename(attachment, "b")).attributes.name == "b"
            await files.delete(attachment)
            doc = await catalog.documents.within(organization_id=org).create({"name": "D"})
            await catalog.documents.add_section(doc, "text", content="<p>x</p>")
            assert (await catalog.documents.publish(doc)).id == doc.id
            password = await anext(aiter(catalog.passwords.list(limit=1)))
            await catalog.related_items.link(config, password)
            assert any(
                r.attributes.destination_id == int(password.id) for r in await catalog.related_items.list_for(config)
            )
            type_id = (await anext(aiter(catalog.flexible_asset_types.list(limit=1)))).id
            assets = catalog.flexible_assets.list(filter={"flexible_asset_type_id": type_id}, limit=1)
            asset = await anext(aiter(assets))
            before = asset.attributes.traits.additional_properties
            name = next(k for k, v in before.items() if isinstance(v, str))
            after = await catalog.flexible_assets.update_traits(asset, {name: "async"})
            assert set(after.attributes.traits.additional_properties) == set(before)
            await catalog.organizations.bulk_delete([org])
            assert await catalog.organizations.get(org.id) is None
            made = await catalog.flexible_asset_types.create(
                {"name": "Async type"}, relationships={"flexible_asset_fields": PRINTER_FIELDS[:2]}
            )
            shown = await catalog.flexible_asset_types.show(made, include="flexible_asset_fields")
            assert shown is not None
            assert len(shown.included_of(FlexibleAssetField)) == 2

    asyncio.run(main())


# --------------------------------------------------------------------------------------------- more groups


def tag_type_with_fields(catalog: ResourceCatalog) -> FlexibleAssetType:
    """A flexible asset type with a text title and a tag field of configurations (``servers``)."""
    return catalog.flexible_asset_types.create(
        {"name": "Backup job"},
        relationships={
            "flexible_asset_fields": [
                {"name": "Name", "kind": "Text", "order": 1, "use_for_title": True, "show_in_list": True},
                {"name": "Servers", "kind": "Tag", "tag_type": "Configurations", "order": 2},
            ]
        },
    )


def test_tag_traits_given_as_models_are_written_as_ids(writer: ResourceCatalog) -> None:
    asset_type = tag_type_with_fields(writer)
    org = first(writer.organizations)
    server, other = writer.configurations.list(limit=2)
    asset = writer.flexible_assets.create(
        FlexibleAssetWriteAttributes(
            organization_id=int(org.id),
            flexible_asset_type_id=int(asset_type.id),
            traits=FlexibleAssetTraits.from_dict({"name": "Nightly", "servers": server}),
        )
    )
    read = writer.flexible_assets.get(asset.id)
    assert read is not None
    servers = read.attributes.traits.additional_properties["servers"]
    assert servers["type"] == "Configurations"
    assert [value["id"] for value in servers["values"]] == [int(server.id)]
    assert servers["values"][0]["name"] == server.attributes.name

    updated = writer.flexible_assets.update(asset, {"traits": {"name": "Nightly", "servers": [other, server]}})
    assert tag_ids(updated.attributes.traits.additional_properties["servers"]) == [int(other.id), int(server.id)]
    copied = writer.flexible_assets.create(  # traits as read (tag values in their read shape) are written back
        {
            "organization_id": int(org.id),
            "flexible_asset_type_id": int(asset_type.id),
            "traits": {"name": "Copy", "servers": servers},
        }
    )
    [bulk] = writer.flexible_assets.bulk_update({copied.id: {"traits": {"name": "Copy", "servers": [other]}}})
    assert tag_ids(bulk.attributes.traits.additional_properties["servers"]) == [int(other.id)]

    deleted = writer.flexible_assets.bulk_delete([copied])
    assert [d.id for d in deleted] == [copied.id]
    writer.flexible_assets.delete(asset)
    assert writer.flexible_assets.get(asset.id) is None
    assert writer.flexible_assets.get(copied.id) is None


def test_exports_are_created_polled_until_completed_and_deleted() -> None:
    with Emulator.start(orgs=1, seed=5, export_delay=0.1) as emulator, http_client(emulator) as http:
        catalog = ResourceCatalog(HttpxRequester(http))
        org = first(catalog.organizations)
        export = catalog.exports.create({"organization_id": int(org.id), "include_logs": False})
        assert export.attributes.export_status == "pending"
        deadline = time.monotonic() + 5
        while True:
            polled = catalog.exports.get(export.id)
            assert polled is not None
            if polled.attributes.export_status == "completed" or time.monotonic() > deadline:
                break
            time.sleep(0.05)
        assert polled.attributes.export_status == "completed"
        assert polled.attributes.download_url
        assert export.id in [e.id for e in catalog.exports.list()]
        catalog.exports.delete(export)
        assert catalog.exports.get(export.id) is None


def test_users_can_be_renamed(writer: ResourceCatalog) -> None:
    user = first(writer.users)
    updated = writer.users.update(user, {"first_name": "Ada", "last_name": "Lovelace"})
    assert (updated.attributes.first_name, updated.attributes.last_name) == ("Ada", "Lovelace")
    read = writer.users.get(user.id)
    assert read is not None
    assert read.attributes.first_name == "Ada"


def seed(emulator: Emulator, resource: str, **attributes: Any) -> str:
    """Put a record straight into the emulator's store (for groups the API offers no create for)."""
    record = emulator.store.insert(resource, {key.replace("_", "-"): value for key, value in attributes.items()})
    return str(record["id"])


def test_checklists_update_bulk_update_and_bulk_delete(writer: ResourceCatalog, emulator: Emulator) -> None:
    org = int(first(writer.organizations).id)
    ids = [seed(emulator, "checklists", name=name, organization_id=org, completed=False) for name in ("On", "Off")]
    assert [c.id for c in writer.checklists.list(filter={"id": ids})] == ids
    renamed = writer.checklists.update(ids[0], {"name": "Onboarding", "completed": True})
    assert (renamed.attributes.name, renamed.attributes.completed) == ("Onboarding", True)
    changed = writer.checklists.bulk_update({ids[0]: {"description": "new hires"}, ids[1]: {"completed": True}})
    assert [c.attributes.completed for c in changed] == [True, True]
    assert changed[0].attributes.description == "new hires"
    assert sorted(c.id for c in writer.checklists.bulk_delete(ids)) == sorted(ids)
    assert writer.checklists.get(ids[0]) is None


def test_copilot_smart_assist_bulk_update_and_bulk_delete(writer: ResourceCatalog, emulator: Emulator) -> None:
    org = int(first(writer.organizations).id)
    stale = seed(emulator, "copilot-smart-assist-documents", name="Old", organization_id=org, archived=False)
    dup = seed(emulator, "copilot-smart-assist-documents", name="Dup", organization_id=org, archived=False)
    [archived] = writer.copilot_smart_assist.bulk_update({stale: {"archived": True}})
    assert archived.attributes.archived is True
    assert [d.id for d in writer.copilot_smart_assist.bulk_delete([dup])] == [dup]
    left = {d.id: d.attributes.archived for d in writer.copilot_smart_assist.within(organization_id=org).list()}
    assert left == {stale: True}


def test_documents_are_listed_per_folder(writer: ResourceCatalog) -> None:
    org = first(writer.organizations)
    docs = writer.documents.within(organization_id=org)
    in_folder = docs.create({"name": "Runbook", "document_folder_id": 42})
    at_root = docs.create({"name": "Readme"})
    listed = [d.id for d in docs.list(filter={"document_folder_id": 42})]
    assert listed == [in_folder.id]
    assert [d.id for d in writer.documents.list(filter={"document_folder_id": "42"})] == [in_folder.id]
    assert at_root.id in [d.id for d in docs.list(filter={"document_folder_id": None})]
    assert in_folder.id not in [d.id for d in docs.list(filter={"document_folder_id": None})]


def test_nested_bulk_deletes_with_an_id_in_the_path(writer: ResourceCatalog) -> None:
    organization = next(iter(writer.organizations.list(limit=1)))
    passwords = writer.passwords.within(organization_id=organization.id)
    doomed = [record.id for record in passwords.list(limit=2)]
    assert len(doomed) == 2
    passwords.delete(doomed[0])
    assert writer.passwords.get(doomed[0]) is None
    locations = writer.locations.within(organization_id=organization.id)
    location = next(iter(locations.list(limit=1)))
    deleted = locations.bulk_delete([location.id])
    assert [record.id for record in deleted] == [location.id]
    remaining = {record.id for record in locations.list()}
    assert location.id not in remaining


def test_session_only_lists_say_why_before_sending(writer: ResourceCatalog) -> None:
    with pytest.raises(UnsupportedOperationError, match="needs a user session"):
        writer.checklist_tasks.list()
    with pytest.raises(UnsupportedOperationError, match=r"needs a user session.*available here: bulk_update"):
        writer.password_folders.list()
    assert list(writer.password_folders.within(organization_id=next(iter(writer.organizations.list())).id).list())


def test_transfers_report_progress(writer: ResourceCatalog, tmp_path: Path) -> None:
    config = first(writer.configurations)
    files = writer.attachments.within(configuration_id=config)
    source = tmp_path / "big.bin"
    source.write_bytes(bytes(range(256)) * 1024)  # 256 KiB: several reads off the socket
    uploads: list[tuple[int, int | None]] = []
    attachment = files.upload(source, progress=lambda done, total: uploads.append((done, total)))
    assert uploads == [(0, 262_144), (262_144, 262_144)]
    downloads: list[tuple[int, int | None]] = []
    written = files.download(attachment, tmp_path / "copy.bin", progress=lambda *seen: downloads.append(seen))
    assert written.read_bytes() == source.read_bytes()
    assert downloads[0] == (0, 262_144)  # the total is the answer's Content-Length, known before any byte
    assert downloads[-1] == (262_144, 262_144)
    counts = [done for done, _ in downloads]
    assert counts == sorted(set(counts)), "each count is reported once, and never goes back"
    assert {total for _, total in downloads} == {262_144}
    image = tmp_path / "screen.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 56)
    doc = writer.documents.within(organization_id=first(writer.organizations)).create({"name": "Progress"})
    images: list[tuple[int, int | None]] = []
    writer.documents.add_image(image, document=doc, progress=lambda *seen: images.append(seen))
    assert images == [(0, 64), (64, 64)]


def test_a_failed_upload_never_reports_completion(writer: ResourceCatalog, tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text("hello")
    seen: list[tuple[int, int | None]] = []
    with pytest.raises(NotFoundError):
        writer.attachments.within(configuration_id=987_654_321).upload(source, progress=lambda *s: seen.append(s))
    assert seen == [(0, 5)]


def test_a_download_without_content_length_reports_an_unknown_total(tmp_path: Path) -> None:
    def chunks() -> Iterator[bytes]:
        yield b"a" * 10
        yield b"b" * 5

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=chunks())  # streamed: chunked, no Content-Length

    seen: list[tuple[int, int | None]] = []
    with httpx.Client(base_url="https://itglue.example", transport=httpx.MockTransport(handler)) as http:
        step = Download("https://itglue.example/files/1", tmp_path / "f.bin", lambda *s: seen.append(s))
        assert run(HttpxRequester(http), _one_step(step)) == tmp_path / "f.bin"
    assert (tmp_path / "f.bin").read_bytes() == b"a" * 10 + b"b" * 5
    assert seen == [(0, None), (10, None), (15, None)]


def test_async_downloads_report_progress_like_sync_ones(emulator: Emulator, tmp_path: Path) -> None:
    async def main() -> tuple[list[tuple[int, int | None]], list[tuple[int, int | None]]]:
        headers = {"x-api-key": emulator.api_key}
        async with httpx.AsyncClient(base_url=emulator.base_url, headers=headers, timeout=10) as http:
            catalog = AsyncResourceCatalog(AsyncHttpxRequester(http))
            config = await anext(aiter(catalog.configurations.list(limit=1)))
            files = catalog.attachments.within(configuration_id=config)
            source = tmp_path / "a.bin"
            source.write_bytes(b"x" * 70_000)
            uploads: list[tuple[int, int | None]] = []
            downloads: list[tuple[int, int | None]] = []
            attachment = await files.upload(source, progress=lambda *s: uploads.append(s))
            await files.download(attachment, tmp_path / "b.bin", progress=lambda *s: downloads.append(s))
            return uploads, downloads

    uploads, downloads = asyncio.run(main())
    assert uploads == [(0, 70_000), (70_000, 70_000)]
    assert downloads[0] == (0, 70_000)
    assert downloads[-1] == (70_000, 70_000)
    assert (tmp_path / "b.bin").read_bytes() == b"x" * 70_000


def _one_step(step: Download) -> Plan[Path]:
    written: Path = yield step
    return written
