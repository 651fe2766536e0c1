"""The MCP server: `build_server` registers the tools, resources and prompts of one `Agent` on an `MCPServer`.

Tools (each with a typed input and output schema; reads are marked read-only, writes destructive):

- ``search``, ``get``, ``list``, ``query``, ``relationships``, ``health``: always there.
- ``create``, ``update``, ``link``, ``import_document``: always listed, so an assistant can show a dry run
  (``dry_run: true``, the exact request, nothing sent) in a read-only server too; performing one needs
  ``--allow-writes``.
- ``reveal_password``: only registered with ``--allow-password-reveal``.

Resources: ``itglue://mirror/schema`` (tables, columns and views of the mirror), ``itglue://mirror/views`` (the
ready-made answers and what they mean), ``itglue://instances`` (the configured instances, no keys) and
``itglue://types`` (the resource types with their filters, sorts and includes). Prompts: ``document_server``
and ``expiring_this_month``.

Every result passes `redact_value` on its way out (``reveal_password``'s value excepted, which is the point of
it): a secret that slipped into any text would leave as ``[REDACTED]``.
"""

import json
from collections.abc import Callable
from importlib import metadata
from typing import Annotated, Any, Final, TypeVar, cast

from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.exceptions import ToolError
from mcp_types import ToolAnnotations
from pydantic import Field

from itglue_mcp._agent import DEFAULT_LIMIT, MAX_LIMIT, MAX_QUERY_ROWS, Agent, AgentError, DocumentFormat
from itglue_mcp._types import (
    GetResult,
    HealthResult,
    ImportResult,
    ListResult,
    QueryResult,
    RelationshipsResult,
    RevealedPassword,
    SearchResult,
    WriteResult,
)
from itglue_mirror import SEARCHED
from itglue_sdk import InstanceStore
from itglue_sdk._spec.index import load_spec
from itglue_sdk.observability.redaction import redact_value
from itglue_sdk.resources.catalog import groups

T = TypeVar("T")

_SEARCHABLE: Final = ", ".join(SEARCHED)
# The tools' annotations are read at run time (they become the input schemas), so this module does not postpone them.

INSTRUCTIONS: Final = """\
IT Glue documentation of a managed service provider: organizations, configurations, contacts, passwords
(metadata only), flexible assets, documents and their links. Find records with `search` (by name), read one
with `get`, page through a type with `list` (filters and sorts in the API's vocabulary; `itglue://types` lists
them), and answer questions over the whole estate with `query` (read-only SQL over the local mirror; its schema
is the resource `itglue://mirror/schema`, its ready-made answers `itglue://mirror/views`). Every call counts
against the API key's rate budget; `health` says how much is left. Writes take `dry_run: true` to show the
request first.
"""

_READ: Final = ToolAnnotations(read_only_hint=True, open_world_hint=True)
_WRITE: Final = ToolAnnotations(read_only_hint=False, destructive_hint=True, open_world_hint=True)

TypeName = Annotated[str, Field(description="Resource type, e.g. organizations, configurations, flexible_assets.")]
RecordId = Annotated[int, Field(description="The record's id.", ge=1)]
Parent = Annotated[
    dict[str, int] | None,
    Field(description='The parent of a nested route, e.g. {"organization_id": 5}; omit for the top level.'),
]
DryRun = Annotated[bool, Field(description="Show the exact request (reads done, write held back); send nothing.")]


def _version() -> str:
    try:
        return metadata.version("itglue-sdk")
    except metadata.PackageNotFoundError:  # a source tree that was never installed
        return "0"


def _answer(work: Callable[[], T], *, scrub: bool = True) -> T:
    """Run one tool's work: an `AgentError` becomes the tool's error text; the result leaves scrubbed."""
    try:
        result = work()
    except AgentError as exc:
        raise ToolError(str(exc)) from exc
    return cast(T, redact_value(result)) if scrub else result


def build_server(agent: Agent, *, name: str = "itglue") -> MCPServer:
    """An MCP server whose tools answer through ``agent``.

    Args:
        agent: The client, mirror and permissions the tools use.
        name: The server's name, as assistants show it.

    Returns:
        The server; run it with `itglue_mcp.serve.serve_stdio` or `serve_http`, or connect an in-process
        ``mcp.client.Client`` to it.
    """
    # The SDK logs each HTTP attempt at INFO; an assistant's server shows warnings only (audit has its own handler).
    server: MCPServer = MCPServer(name, instructions=INSTRUCTIONS, version=_version(), log_level="WARNING")

    @server.tool(annotations=_READ, structured_output=True)
    def search(
        text: Annotated[str, Field(description="A name or part of one; case does not matter.", min_length=1)],
        types: Annotated[list[str] | None, Field(description=f"Only these types, of: {_SEARCHABLE}.")] = None,
        limit: Annotated[int, Field(ge=1, le=MAX_LIMIT)] = 20,
    ) -> SearchResult:
        """Find records by name across organizations, configurations, contacts, passwords, flexible assets and documents, best first."""  # noqa: E501
        return _answer(lambda: agent.search(text, types, limit))

    @server.tool(annotations=_READ, structured_output=True)
    def get(
        type: TypeName,
        id: RecordId,
        include: Annotated[
            list[str] | None, Field(description="Related records to side-load (see itglue://types).")
        ] = None,
        parent: Parent = None,
    ) -> GetResult:
        """Read one record in full (texts uncut), optionally with side-loaded related records."""
        return _answer(lambda: agent.get(type, id, include, parent))

    @server.tool(name="list", annotations=_READ, structured_output=True)
    def list_(
        type: TypeName,
        *,
        filter: Annotated[
            dict[str, Any] | None,
            Field(
                description='Filters in the API\'s vocabulary, e.g. {"organization_id": 5, "name": "fw01"}; '
                '{"exclude": {...}} and {"range": {"id": [1, 99]}} where offered (see itglue://types).'
            ),
        ] = None,
        sort: Annotated[
            str | None, Field(description="One sort field, '-' first for descending, e.g. -updated_at.")
        ] = None,
        parent: Parent = None,
        limit: Annotated[int, Field(ge=1, le=MAX_LIMIT, description="Records per page.")] = DEFAULT_LIMIT,
        cursor: Annotated[
            str | None, Field(description="next_cursor of the previous page; it carries the whole query.")
        ] = None,
    ) -> ListResult:
        """List records of one type, one page at a time, compact (long texts cut; `get` reads one whole)."""
        return _answer(
            lambda: agent.list_records(type, filter=filter, sort=sort, parent=parent, limit=limit, cursor=cursor)
        )

    @server.tool(annotations=_READ, structured_output=True)
    def query(
        sql: Annotated[str, Field(description="SELECT statements over the mirror (see itglue://mirror/schema).")],
        max_rows: Annotated[int, Field(ge=1, le=MAX_QUERY_ROWS)] = 100,
    ) -> QueryResult:
        """Answer a question over the whole estate with read-only SQL (DuckDB) on the local mirror, in milliseconds."""
        return _answer(lambda: agent.query(sql, max_rows))

    @server.tool(annotations=_READ, structured_output=True)
    def relationships(type: TypeName, id: RecordId, parent: Parent = None) -> RelationshipsResult:
        """What a record is linked to: its related items and the records its type side-loads."""
        return _answer(lambda: agent.relationships(type, id, parent))

    @server.tool(annotations=_READ, structured_output=True)
    def health() -> HealthResult:
        """Whether the API key works, how much of the rate budget is left, and how fresh the mirror is."""
        return _answer(agent.health)

    @server.tool(annotations=_WRITE, structured_output=True)
    def create(
        type: TypeName,
        attributes: Annotated[dict[str, Any], Field(description="The new record's attributes (snake or kebab case).")],
        parent: Parent = None,
        dry_run: DryRun = False,
    ) -> WriteResult:
        """Create one record (needs --allow-writes unless dry_run)."""
        return _answer(lambda: agent.create(type, attributes, parent=parent, dry_run=dry_run))

    @server.tool(annotations=_WRITE, structured_output=True)
    def update(
        type: TypeName,
        id: RecordId,
        attributes: Annotated[
            dict[str, Any],
            Field(
                description="Attributes to change; others keep their value. A flexible asset's traits given here are "
                "merged into its current traits, never wiped."
            ),
        ],
        parent: Parent = None,
        dry_run: DryRun = False,
    ) -> WriteResult:
        """Change some attributes of one record (needs --allow-writes unless dry_run)."""
        return _answer(lambda: agent.update(type, id, attributes, parent=parent, dry_run=dry_run))

    @server.tool(annotations=_WRITE, structured_output=True)
    def link(
        source_type: TypeName,
        *,
        source_id: RecordId,
        destination_type: TypeName,
        destination_id: RecordId,
        notes: str | None = None,
        dry_run: DryRun = False,
    ) -> WriteResult:
        """Relate two records, e.g. a password to the configuration it opens (needs --allow-writes unless dry_run)."""
        return _answer(
            lambda: agent.link(source_type, source_id, destination_type, destination_id, notes=notes, dry_run=dry_run)
        )

    @server.tool(annotations=_WRITE, structured_output=True)
    def import_document(
        organization_id: RecordId,
        *,
        path: Annotated[
            str | None, Field(description="A file or folder on this machine (Markdown, HTML, text, .docx, e-mail).")
        ] = None,
        content: Annotated[str | None, Field(description="Or the document itself, as Markdown, HTML or text.")] = None,
        name: Annotated[
            str | None, Field(description="The document's name (with content); importing it again updates it.")
        ] = None,
        format: DocumentFormat = "markdown",
        publish: bool = False,
        dry_run: DryRun = False,
    ) -> ImportResult:
        """Import documents into an organization, kept in step: unchanged ones are left alone (needs --allow-writes unless dry_run)."""  # noqa: E501
        return _answer(
            lambda: agent.import_document(
                organization_id,
                path=path,
                content=content,
                name=name,
                document_format=format,
                publish=publish,
                dry_run=dry_run,
            )
        )

    if agent.permissions.allow_password_reveal:

        @server.tool(annotations=_READ, structured_output=True)
        def reveal_password(id: RecordId) -> RevealedPassword:
            """Return one password's value (logged, without the value). Ask only when the user needs it."""
            return _answer(lambda: agent.reveal_password(id), scrub=False)

    _resources(server, agent)
    _prompts(server)
    return server


def _resources(server: MCPServer, agent: Agent) -> None:
    @server.resource("itglue://mirror/schema", mime_type="application/json")
    def mirror_schema() -> str:
        """The mirror's tables and views with their columns and types (what `query` can read)."""
        return json.dumps(agent.mirror_schema(), indent=1)

    @server.resource("itglue://mirror/views", mime_type="text/markdown")
    def mirror_views() -> str:
        """The ready-made answers kept in the mirror, and what each one means."""
        return agent.mirror_views()

    @server.resource("itglue://instances", mime_type="application/json")
    def instances() -> str:
        """The IT Glue instances configured on this machine (names, regions, hosts; never keys)."""
        store = InstanceStore()
        current = agent.client.instance.name
        listed = [
            {
                "name": instance.name,
                "base_url": instance.base_url,
                "region": instance.region,
                "current": instance.name == current,
            }
            for instance in store.all().values()
        ]
        return json.dumps(listed, indent=1)

    @server.resource("itglue://types", mime_type="application/json")
    def types() -> str:
        """Every resource type with what `list` can filter and sort it by, and what `get` can side-load."""
        spec = load_spec()
        described = {}
        for group in groups():
            operations = spec.group(group).operations
            listing, showing = operations.get(("list", None)), operations.get(("get", None))
            described[group] = {
                "actions": list(spec.group(group).actions(None)),
                "parents": list(spec.group(group).parents),
                "filters": sorted({param.query_name for param in listing.filters.values()}) if listing else [],
                "sorts": list(listing.sorts) if listing else [],
                "includes": list(showing.includes) if showing else [],
            }
        return json.dumps(described, indent=1)


def _prompts(server: MCPServer) -> None:
    @server.prompt()
    def document_server(hostname: str, organization: str) -> str:
        """Document a new server: find or create its configuration, link its passwords, write a runbook."""
        return (
            f"Document the server {hostname!r} of the organization {organization!r} in IT Glue.\n"
            "1. `search` for the organization and for the hostname; `get` the configuration if it exists.\n"
            "2. If it does not exist, prepare a `create` of a configuration in that organization with `dry_run: "
            "true`, show me the request, and create it only when I agree.\n"
            "3. Find its passwords (`list` passwords filtered by the organization) and propose `link`s to the "
            "configuration.\n"
            "4. Draft a short runbook (purpose, access, backups, contacts) in Markdown and import it with "
            "`import_document` (dry run first).\n"
            "Never ask for or print password values."
        )

    @server.prompt()
    def expiring_this_month() -> str:
        """What expires in the next 31 days: warranties, domains, SSL certificates, licences."""
        return (
            "List everything in IT Glue that expires in the next 31 days, by organization.\n"
            "Use `query` on the mirror's ready-made view `expirations_ahead` "
            "(see itglue://mirror/views), e.g. `SELECT * FROM expirations_ahead WHERE days_left <= 31 ORDER BY "
            "days_left`, and group the answer by organization. "
            "If the mirror is missing or stale (`health`), say so."
        )
