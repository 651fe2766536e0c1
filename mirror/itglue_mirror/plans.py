"""Resources the API lists only per parent record, and what reading them costs.

A password folder is listed per organization, an attachment per configuration (contact, document...), and a
related item comes only as a side-load of one record's show. Mirroring them costs one request per parent record,
which on a large estate is far more than all the top-level listings together, so each (child, parent) pair is a
`ChildPlan` the sync prices before it starts (one request per parent to read) and runs only if it fits in what is
left of the sync's request budget; otherwise the report says it was skipped and why. An incremental sync reads
the children of the parents that changed since the last sync only; a full one (first sync, ``full=True``, the
reconcile cadence) reads them for every parent.

A parent's children are replaced as a set: after re-reading a configuration's attachments, the mirror holds
exactly those, so a deleted attachment disappears with the next read of its parent.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True)
class ChildPlan:
    """How to read one child resource for the records of one parent resource.

    Attributes:
        child: The child group (and mirror table), e.g. ``related_items``.
        parent: The parent group, e.g. ``configurations``.
        path: Route template with ``{id}`` for the parent's id.
        include: For side-loads: the include that brings the children on the parent's show; None for listings.
        parent_column: The child column holding the parent's id.
        parent_type: The value of the child's ``resource_type`` column for this parent (IT Glue's class name),
            or None when the child belongs to one kind of parent only.
    """

    child: str
    parent: str
    path: str
    include: str | None
    parent_column: str
    parent_type: str | None

    @property
    def label(self) -> str:
        """``related_items of configurations``."""
        return f"{self.child} of {self.parent}"


_CLASS_NAMES: Final[Mapping[str, str]] = {
    "configurations": "Configuration",
    "contacts": "Contact",
    "documents": "Document",
    "domains": "Domain",
    "flexible_assets": "FlexibleAsset",
    "locations": "Location",
    "passwords": "Password",
}


def _related(parent: str) -> ChildPlan:
    return ChildPlan("related_items", parent, f"/{parent}/{{id}}", "related_items", "resource_id", _CLASS_NAMES[parent])


def _attachments(parent: str) -> ChildPlan:
    return ChildPlan(
        "attachments", parent, f"/{parent}/{{id}}/relationships/attachments", None, "resource_id", _CLASS_NAMES[parent]
    )


CHILD_PLANS: Final[tuple[ChildPlan, ...]] = (
    ChildPlan(
        "password_folders",
        "organizations",
        "/organizations/{id}/relationships/password_folders",
        None,
        "organization_id",
        None,
    ),
    *(_related(parent) for parent in ("configurations", "contacts", "documents", "flexible_assets", "locations")),
    _related("passwords"),
    *(
        _attachments(parent)
        for parent in ("configurations", "contacts", "documents", "domains", "flexible_assets", "locations")
    ),
    _attachments("passwords"),
)
"""Every child plan, in the order a sync spends its budget on them (cheap and widely useful first)."""

CHILD_ORDER: Final = tuple(dict.fromkeys(plan.child for plan in CHILD_PLANS))
"""Groups read only through child plans, in the order a sync reads them."""

CHILD_RESOURCES: Final = frozenset(CHILD_ORDER)
"""Groups read only through child plans."""
