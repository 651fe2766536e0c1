"""An MCP server that gives an AI assistant full, safe, rate-aware access to IT Glue and its local mirror.

::

    from itglue_sdk import ITGlueClient
    from itglue_mcp import Agent, Permissions, build_server

    with ITGlueClient("production") as client:
        server = build_server(Agent(client, mirror=None, permissions=Permissions(allow_writes=False)))
        server.run("stdio")

or from a shell: ``itglue mcp serve [--instance NAME] [--allow-writes] [--allow-password-reveal] [--http
127.0.0.1:PORT]``. See `itglue_mcp.server` for the tools, resources and prompts.
"""

from itglue_mcp._agent import Agent, AgentError, Permissions
from itglue_mcp.server import build_server

__all__ = ["Agent", "AgentError", "Permissions", "build_server"]
