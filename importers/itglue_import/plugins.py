"""Sources from other packages: the entry-point group ``itglue_sdk.importers``.

A package registers a factory (a `Source` class or a function returning one) under a name::

    [project.entry-points."itglue_sdk.importers"]
    tickets = "my_psa.itglue:ClosedTickets"

and ``itglue import tickets ARG... --option key=value --org 5`` calls ``ClosedTickets(*ARGS, key="value")``.
The built-in ``files`` and ``email`` sources are registered the same way.
"""

from __future__ import annotations

from importlib import metadata
from typing import Final

from itglue_import._model import Source

GROUP: Final = "itglue_sdk.importers"


class UnknownSourceError(LookupError):
    """No installed package registers a source of that name."""


def sources() -> dict[str, metadata.EntryPoint]:
    """The installed sources by name (not loaded)."""
    return {entry.name: entry for entry in metadata.entry_points(group=GROUP)}


def load_source(name: str, *arguments: str, **options: str) -> Source:
    """Build a registered source.

    Args:
        name: Its entry-point name (``files``, ``email``, or a plugin's).
        *arguments: Positional arguments for its factory.
        **options: Keyword arguments for its factory.

    Returns:
        The source.

    Raises:
        UnknownSourceError: Nothing is registered under ``name`` (the message lists what is).
        TypeError: The factory did not return a `Source` (no ``scope`` or no ``items()``).
    """
    found = sources()
    if name not in found:
        known = ", ".join(sorted(found)) or "none"
        raise UnknownSourceError(f"no import source named {name!r} is installed (installed: {known})")
    made = found[name].load()(*arguments, **options)
    if not isinstance(made, Source):
        raise TypeError(f"the {name!r} import source's factory returned {type(made).__name__}, not a Source")
    return made
