"""Every tool over an in-process MCP session, against the emulator on loopback and a mirror synced from it."""

from __future__ import annotations

import pytest

from itglue_mcp import Agent
from itglue_mirror import Mirror
from itglue_sdk import ITGlueClient
from tests.agent.conftest import Session, first_id, open_session

pytestmark = pytest.mark.anyio

READS = {"search", "get", "list", "query", "relationships", "health"}
WRITES = {"create", "update", "link", "import_document"}


async def test_the_tools_are_listed_with_schemas_and_descriptions(reader: Session) -> None:
    tools = {tool.name: tool for tool in (await reader.mcp.list_tools()).tools}

    assert set(tools) == READS | WRITES  # no reveal_password without --allow-password-reveal
    for tool in tools.values():
        assert tool.description, tool.name
        assert tool.input_schema["type"] == "object"
        assert tool.output_schema is not None, tool.name
        assert tool.annotations is not None
        assert tool.annotations.read_only_hint is (tool.name in READS)
    assert tools["list"].input_schema["required"] == ["type"]
    assert {"type", "filter", "sort", "parent", "limit", "cursor"} <= set(tools["list"].input_schema["properties"])


async def test_list_pages_through_a_type_with_a_cursor(reader: Session, client: ITGlueClient) -> None:
    every = sorted(int(config.id) for config in client.configurations.list())

    seen: list[int] = []
    page = await reader.call("list", {"type": "configurations", "limit": 7, "sort": "id"})
    while True:
        assert page["total"] == len(every)
        assert len(page["records"]) <= 7
        seen += [int(record["id"]) for record in page["records"]]
        if page["next_cursor"] is None:
            break
        page = await reader.call("list", {"type": "configurations", "cursor": page["next_cursor"]})

    assert seen == every


async def test_list_filters_sorts_and_scopes_in_the_api_vocabulary(reader: Session, client: ITGlueClient) -> None:
    organization_id = first_id(client, "organizations")
    expected = [int(config.id) for config in client.configurations.list(filter={"organization_id": organization_id})]

    filtered = await reader.call(
        "list", {"type": "configurations", "filter": {"organization_id": organization_id}, "limit": 200}
    )
    scoped = await reader.call(
        "list", {"type": "configurations", "parent": {"organization_id": organization_id}, "limit": 200}
    )
    newest = await reader.call("list", {"type": "organizations", "sort": "-id", "limit": 3})

    assert sorted(int(record["id"]) for record in filtered["records"]) == sorted(expected)
    assert sorted(int(record["id"]) for record in scoped["records"]) == sorted(expected)
    assert {record["organization-id"] for record in filtered["records"]} == {organization_id}
    ids = [int(record["id"]) for record in newest["records"]]
    assert ids == sorted(ids, reverse=True)


async def test_list_records_are_compact_the_fields_that_matter_first(reader: Session) -> None:
    page = await reader.call("list", {"type": "configurations", "limit": 5})

    for record in page["records"]:
        keys = list(record)
        assert keys[:3] == ["type", "id", "name"]
        assert all(value not in (None, "", [], {}) for value in record.values())
        assert all(len(value) <= 400 + len(" [...]") for value in record.values() if isinstance(value, str))


async def test_bad_arguments_are_refused_with_what_is_allowed(reader: Session) -> None:
    unknown_type = await reader.refused("list", {"type": "servers"})
    bad_sort = await reader.refused("list", {"type": "organizations", "sort": "colour"})
    bad_filter = await reader.refused("list", {"type": "organizations", "filter": {"colour": "red"}})
    bad_parent = await reader.refused("list", {"type": "organizations", "parent": {"contact_id": 3}})
    too_many = await reader.refused("list", {"type": "organizations", "limit": 5000})
    forged = await reader.refused("list", {"type": "organizations", "cursor": "not-a-cursor"})
    missing = await reader.refused("get", {"type": "organizations", "id": 999999})
    no_type = await reader.refused("get", {"id": 1})

    assert "configurations" in unknown_type
    assert "organizations" in unknown_type
    assert "colour" in bad_sort
    assert "allowed:" in bad_sort
    assert "-updated_at" in bad_sort
    assert "colour" in bad_filter
    assert "organization_status_id" in bad_filter
    assert "contact_id" in bad_parent
    assert "limit" in too_many
    assert "cursor" in forged
    assert "999999" in missing
    assert "type" in no_type


async def test_get_reads_one_record_whole_with_side_loads(reader: Session, client: ITGlueClient) -> None:
    config_id = first_id(client, "configurations")
    expected = client.configurations.require(config_id)

    plain = await reader.call("get", {"type": "configurations", "id": config_id})
    with_interfaces = await reader.call(
        "get", {"type": "configurations", "id": config_id, "include": ["configuration_interfaces"]}
    )
    unknown_include = await reader.refused("get", {"type": "configurations", "id": config_id, "include": ["shoe_size"]})

    singular = await reader.call("get", {"type": "Configuration", "id": config_id})
    assert singular["record"] == plain["record"]
    assert plain["record"]["id"] == str(config_id)
    assert plain["record"]["name"] == expected.attributes.name
    assert plain["included"] == []
    interfaces = list(client.configuration_interfaces.within(configuration_id=config_id).list())
    assert interfaces
    assert sorted(item["id"] for item in with_interfaces["included"]) == sorted(item.id for item in interfaces)
    interface = interfaces[0]
    nested = await reader.call(
        "get",
        {"type": "configuration_interfaces", "id": int(interface.id), "parent": {"configuration_id": config_id}},
    )
    assert nested["record"]["id"] == interface.id
    assert "shoe_size" in unknown_include
    assert "configuration_interfaces" in unknown_include


async def test_search_ranks_hits_from_the_mirror(reader: Session, client: ITGlueClient) -> None:
    organization = next(iter(client.organizations.list(limit=1)))
    name = str(organization.attributes.name)

    exact = await reader.call("search", {"text": name})
    partial = await reader.call("search", {"text": name[1:6].lower(), "types": ["organizations"]})
    blank = await reader.refused("search", {"text": "   "})
    unsearchable = await reader.refused("search", {"text": "x", "types": ["countries"]})

    assert exact["source"] == "mirror"
    assert exact["hits"][0] == exact["hits"][0] | {"resource": "organizations", "id": int(organization.id)}
    assert exact["hits"][0]["match"] == "exact"
    assert int(organization.id) in {hit["id"] for hit in partial["hits"]}
    assert {hit["resource"] for hit in partial["hits"]} == {"organizations"}
    assert "blank" in blank
    assert "countries" in unsearchable
    assert "configurations" in unsearchable


async def test_search_without_a_mirror_falls_back_to_the_api_name_filters(client: ITGlueClient) -> None:
    configuration = next(iter(client.configurations.list(limit=1)))
    async for session in open_session(Agent(client, mirror=None)):
        found = await session.call("search", {"text": str(configuration.attributes.name).upper()})
        assert found["source"] == "api"
        assert {"resource": "configurations", "id": int(configuration.id)}.items() <= next(
            hit for hit in found["hits"] if hit["resource"] == "configurations"
        ).items()
        assert any("whole names" in note for note in found["notes"])
        contact = next(iter(client.contacts.list(limit=1)))
        first, last = contact.attributes.first_name, contact.attributes.last_name
        by_full_name = await session.call("search", {"text": f"{first} {last}", "types": ["contacts"]})
        by_last_name = await session.call("search", {"text": str(last), "types": ["contacts"]})
        asset = next(
            iter(
                client.flexible_assets.list(
                    filter={"flexible_asset_type_id": int(next(iter(client.flexible_asset_types.list(limit=1))).id)},
                    limit=1,
                )
            )
        )
        by_asset_name = await session.call("search", {"text": str(asset.attributes.name), "types": ["flexible_assets"]})
        assert int(contact.id) in {hit["id"] for hit in by_full_name["hits"]}
        assert int(contact.id) in {hit["id"] for hit in by_last_name["hits"]}
        assert int(asset.id) in {hit["id"] for hit in by_asset_name["hits"]}
        refused = await session.refused("query", {"sql": "SELECT 1"})
        assert "itglue mirror sync" in refused


async def test_query_reads_the_mirror_with_a_row_cap(reader: Session, client: ITGlueClient) -> None:
    total = sum(1 for _ in client.configurations.list())

    counted = await reader.call("query", {"sql": "SELECT count(*) AS n FROM configurations"})
    capped = await reader.call("query", {"sql": "SELECT id, name FROM configurations ORDER BY id", "max_rows": 3})
    view = await reader.call("query", {"sql": "SELECT * FROM assets_per_organization"})

    assert counted == {"columns": ["n"], "rows": [[total]], "row_count": 1, "truncated": False}
    assert capped["row_count"] == 3
    assert capped["truncated"] is True
    assert [row[0] for row in capped["rows"]] == sorted(row[0] for row in capped["rows"])
    assert view["row_count"] > 0


async def test_query_refuses_writes_bad_sql_and_runaway_queries(reader: Session, mirror: Mirror) -> None:
    write = await reader.refused("query", {"sql": "DELETE FROM configurations"})
    wrong = await reader.refused("query", {"sql": "SELECT nope FROM configurations"})
    runaway = await reader.refused("query", {"sql": "SELECT count(*) FROM range(100000000000) a, range(10) b"})

    assert "DELETE" in write
    assert "read-only" in write
    assert "nope" in wrong
    assert "stopped" in runaway
    assert mirror.sql("SELECT count(*) AS n FROM configurations")["n"][0] > 0


async def test_relationships_show_related_items_and_side_loads(writer: Session, client: ITGlueClient) -> None:
    config_id = first_id(client, "configurations")
    password_id = first_id(client, "passwords")
    await writer.call(
        "link",
        {
            "source_type": "configurations",
            "source_id": config_id,
            "destination_type": "passwords",
            "destination_id": password_id,
            "notes": "local admin",
        },
    )

    linked = await writer.call("relationships", {"type": "configurations", "id": config_id})

    assert linked["record"]["id"] == str(config_id)
    destinations = {(item["destination-type"], item["destination-id"]) for item in linked["related_items"]}
    assert ("Password", password_id) in destinations
    interfaces = {item.id for item in client.configuration_interfaces.within(configuration_id=config_id).list()}
    assert interfaces <= {item["id"] for item in linked["included"] if item["type"] == "configuration-interfaces"}


async def test_health_reports_key_budget_and_mirror(reader: Session) -> None:
    report = await reader.call("health")

    assert report["key_valid"] is True
    assert 0 < report["rate_limit"]["headroom"] <= report["rate_limit"]["capacity"]
    assert report["mirror"]["available"] is True
    assert {"configurations", "organizations"} <= {item["resource"] for item in report["mirror"]["resources"]}
    assert not any(item["stale"] for item in report["mirror"]["resources"])
    assert report["writes_allowed"] is False


async def test_resources_describe_the_mirror_types_and_instances(reader: Session) -> None:
    import json

    uris = {str(resource.uri) for resource in (await reader.mcp.list_resources()).resources}
    schema = json.loads((await reader.mcp.read_resource("itglue://mirror/schema")).contents[0].text)
    views = (await reader.mcp.read_resource("itglue://mirror/views")).contents[0].text
    types = json.loads((await reader.mcp.read_resource("itglue://types")).contents[0].text)
    instances = json.loads((await reader.mcp.read_resource("itglue://instances")).contents[0].text)
    prompts = {prompt.name for prompt in (await reader.mcp.list_prompts()).prompts}
    drafted = await reader.mcp.get_prompt("document_server", {"hostname": "fw01", "organization": "Acme"})

    assert uris == {"itglue://mirror/schema", "itglue://mirror/views", "itglue://instances", "itglue://types"}
    assert schema["tables"]["configurations"]["kind"] == "table"
    assert "hostname" in schema["tables"]["configurations"]["columns"]
    assert schema["tables"]["expirations_ahead"]["kind"] == "view"
    assert not any(name.startswith("_") for name in schema["tables"])
    assert "expirations_ahead" in views
    assert "days_left" in views
    assert "-updated_at" in types["organizations"]["sorts"]
    assert "filter[organization_id]" in types["configurations"]["filters"]
    assert all(set(instance) == {"name", "base_url", "region", "current"} for instance in instances)
    assert prompts == {"document_server", "expiring_this_month"}
    assert "fw01" in drafted.messages[0].content.text
