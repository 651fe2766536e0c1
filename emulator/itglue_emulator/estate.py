"""Deterministic generator of the emulator's IT Glue estate: an MSP's whole documentation account.

`build_estate` returns every record the emulator serves, keyed by IT Glue wire type (kebab plural).
Records are ``{"id": int, "attributes": {...}}`` with kebab-case attribute names and wire-shaped values
(timestamps ``YYYY-MM-DDTHH:MM:SS.000Z``, dates ``YYYY-MM-DD``, integer foreign keys, denormalised
``*-name`` fields). Attachments and related items also carry
``"parent": {"type": <kebab plural>, "id": int}``; attachments carry their file in ``"content"`` (bytes).
Passwords keep their secret in ``attributes["password"]``: hiding it unless ``show_password`` is asked
for is the server's job.

A few records are synced from a PSA (see `_Builder.mark_psa_synced`): every tenth organization
(indexes 7, 17, ...) has ``psa-integration: "manage"``, as do its configurations (orphaned ones
excepted); its contacts and the last-created record of each synced lookup type carry a top-level
``"synced": True`` mark (organization types/statuses: their ``synced`` attribute), because the
spec's read schemas of those types have no attribute for it. The server refuses their updates.

The output depends only on ``(orgs, seed)``: one ``random.Random(seed)`` drives everything and every
timestamp is placed relative to `REFERENCE_TIME`, never the wall clock.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from random import Random
from typing import Any, Final

from . import estate_data as data
from .document_content import render_document_content

Record = dict[str, Any]
"""One generated record: ``{"id": int, "attributes": {...}}`` (+ ``parent``/``content`` where relevant)."""
Estate = dict[str, list[Record]]
"""All generated records keyed by wire type."""

BASE_URL: Final = "https://emulator.itglue.local"
REFERENCE_TIME: Final = 1_751_328_000
"""2025-07-01T00:00:00Z: the fixed "now" of the estate; all history lies in the three years before it."""

_DAY: Final = 86_400
_HISTORY: Final = 3 * 365 * _DAY

RESOURCE_TYPES: Final = (
    "organization-types",
    "organization-statuses",
    "configuration-types",
    "configuration-statuses",
    "contact-types",
    "password-categories",
    "manufacturers",
    "models",
    "platforms",
    "operating-systems",
    "countries",
    "regions",
    "organizations",
    "users",
    "groups",
    "locations",
    "contacts",
    "configurations",
    "configuration-interfaces",
    "password-folders",
    "passwords",
    "domains",
    "flexible-asset-types",
    "flexible-asset-fields",
    "flexible-assets",
    "documents",
    "document-sections",
    "checklists",
    "related-items",
    "attachments",
    "expirations",
    "logs",
    "user-metrics",
    "checklist-templates",
)
"""Every wire type the estate holds (each key of `build_estate`'s result), parents before children;
types added later go last so the id ranges of the others stay put."""

ATTACHMENT_PARENTS: Final = (
    "configurations",
    "contacts",
    "passwords",
    "documents",
    "flexible-assets",
    "locations",
    "domains",
    "checklists",
    "checklist-templates",
)
"""Types the estate attaches files to: each has at least one attachment (IT Glue's polymorphic
``/<type>/{id}/relationships/attachments`` routes for tickets and SSL certificates have no top-level
route, so the estate holds neither)."""

FIELD_KINDS: Final = (
    "Checkbox",
    "Date",
    "Header",
    "Number",
    "Percent",
    "Password",
    "Select",
    "Tag",
    "Text",
    "Textbox",
    "Upload",
)
"""Every flexible asset field kind IT Glue knows; the generated field catalogue uses each of them."""

_PSA_INDEX: Final = 7
"""Organizations whose index ends in this digit are synced from the PSA."""
_PSA_LOOKUPS: Final = (
    "organization-types",
    "organization-statuses",
    "configuration-types",
    "configuration-statuses",
    "contact-types",
    "manufacturers",
    "models",
)
"""Lookup types whose last record is synced from the PSA."""

_APPLICATION_TAG: Final = "FlexibleAssetType: Application"
"""Placeholder tag type in `_FLEXIBLE_ASSET_TYPES`, resolved to the generated Application type's id."""

# (name, description, icon, ((field name, kind, options), ...)). Options: required, title (use-for-title),
# list (show-in-list), hint, default (default-value; Select options one per line), tag (tag-type),
# decimals, expiration. Application comes first because Backup and Licensing tag its assets.
_FLEXIBLE_ASSET_TYPES: Final[tuple[tuple[str, str, str, tuple[tuple[str, str, dict[str, Any]], ...]], ...]] = (
    (
        "Application",
        "Line-of-business and cloud applications used by the client",
        "cube",
        (
            ("Application Name", "Text", {"required": True, "title": True, "list": True}),
            ("Vendor", "Text", {"list": True}),
            ("Version", "Text", {}),
            (
                "Hosting",
                "Select",
                {"default": "Cloud\nOn-Premises\nHybrid", "list": True, "hint": "Where the application runs"},
            ),
            ("Application Servers", "Tag", {"tag": "Configurations"}),
            ("Application Champion", "Tag", {"tag": "Contacts"}),
            ("Admin Credentials", "Tag", {"tag": "Passwords"}),
            ("Licence Key", "Password", {}),
            ("Support Contract Expires", "Date", {"expiration": True}),
            ("Installation Guide", "Upload", {}),
            ("Notes", "Textbox", {}),
        ),
    ),
    (
        "Active Directory",
        "Active Directory forests and domains",
        "sitemap",
        (
            ("Domain Full Name", "Text", {"required": True, "title": True, "list": True}),
            ("Domain NetBIOS Name", "Text", {"list": True}),
            (
                "Forest Functional Level",
                "Select",
                {"default": "Windows2016Forest\nWindows2012R2Forest\nWindows2008R2Forest"},
            ),
            ("Domain Controllers", "Tag", {"tag": "Configurations", "list": True}),
            ("Global Catalog Servers", "Tag", {"tag": "Configurations"}),
            ("Domain Admin Account", "Tag", {"tag": "Passwords"}),
            ("AD Recycle Bin Enabled", "Checkbox", {}),
            ("Notes", "Textbox", {}),
        ),
    ),
    (
        "Email",
        "Email platform, mail flow and domains",
        "envelope",
        (
            ("Email Service", "Select", {"default": "\n".join(data.EMAIL_SERVICES), "list": True}),
            ("Tenant Name", "Text", {"required": True, "title": True}),
            ("Domains", "Tag", {"tag": "Domains", "list": True}),
            ("Mailbox Count", "Number", {"decimals": 0}),
            ("Global Admin", "Tag", {"tag": "Passwords"}),
            ("Mail Flow", "Header", {"hint": "Inbound and outbound routing"}),
            ("MX Records", "Textbox", {}),
            ("Spam Filtering", "Select", {"default": "Built-in\nMimecast\nProofpoint\nBarracuda"}),
        ),
    ),
    (
        "LAN",
        "Local networks, one per subnet",
        "network-wired",
        (
            ("Name", "Text", {"required": True, "title": True, "list": True}),
            ("Location", "Tag", {"tag": "Locations", "list": True}),
            ("Subnet", "Text", {"required": True, "hint": "CIDR, e.g. 10.1.0.0/24"}),
            ("Default Gateway", "Text", {}),
            ("VLAN ID", "Number", {"decimals": 0}),
            ("DHCP Server", "Tag", {"tag": "Configurations"}),
            ("DNS Servers", "Text", {}),
            ("Address Space Used", "Percent", {"decimals": 0}),
            ("Notes", "Textbox", {}),
        ),
    ),
    (
        "Wireless",
        "Wireless networks and access points",
        "wifi",
        (
            ("SSID", "Text", {"required": True, "title": True, "list": True}),
            ("Location", "Tag", {"tag": "Locations"}),
            ("Security", "Select", {"default": "\n".join(data.WIFI_SECURITY), "list": True}),
            ("Pre-Shared Key", "Password", {}),
            ("Access Points", "Tag", {"tag": "Configurations"}),
            ("Guest Network", "Checkbox", {}),
            ("Notes", "Textbox", {}),
        ),
    ),
    (
        "Backup",
        "Backup jobs, retention and restore notes",
        "database",
        (
            ("Name", "Text", {"required": True, "title": True, "list": True}),
            ("Backup Solution", "Select", {"default": "\n".join(data.BACKUP_SOLUTIONS), "list": True}),
            ("Protected Servers", "Tag", {"tag": "Configurations"}),
            ("Protected Applications", "Tag", {"tag": _APPLICATION_TAG}),
            ("Retention (days)", "Number", {"decimals": 0}),
            ("Storage Used", "Percent", {"decimals": 1}),
            ("Last Restore Test", "Date", {}),
            ("Offsite Copy", "Checkbox", {}),
            ("Restore Runbook", "Upload", {}),
        ),
    ),
    (
        "Licensing",
        "Software licences, seats and renewals",
        "key",
        (
            ("Software Name", "Text", {"required": True, "title": True, "list": True}),
            ("Licensed Application", "Tag", {"tag": _APPLICATION_TAG}),
            ("Purchased Through", "Tag", {"tag": "Organizations"}),
            ("Licence Details", "Header", {}),
            ("Licence Key", "Password", {}),
            ("Seats", "Number", {"decimals": 0, "list": True}),
            ("Seats In Use", "Percent", {"decimals": 0}),
            ("Renewal Date", "Date", {"expiration": True, "list": True}),
            ("Licensing Contact", "Tag", {"tag": "Contacts"}),
            ("Perpetual", "Checkbox", {}),
            ("Licence Certificate", "Upload", {}),
        ),
    ),
)

_ROLE_NAMES: Final = ("Administrator", "Manager", "Editor", "Creator", "Lite", "Read-only")
_ROLE_WEIGHTS: Final = (2, 2, 8, 3, 2, 1)
_GROUPS: Final = (
    ("Service Desk", "Tier 1 and tier 2 engineers"),
    ("Projects", "Project engineers and consultants"),
    ("Management", "Service and account managers"),
    ("Network Team", "Firewall, switching and wireless specialists"),
    ("Security", "Security operations and compliance"),
    ("Contractors", "Temporary staff with limited access"),
)
_ALNUM: Final = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
_KEY_CHARS: Final = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!@#$%^&*-_=+?"
_SLUG_RE: Final = re.compile(r"[^a-z0-9]+")
_TS_FORMAT: Final = "%Y-%m-%dT%H:%M:%S.000Z"


def name_key(name: str) -> str:
    """Return IT Glue's name-key slug of a flexible asset field name.

    Args:
        name: The field name, e.g. ``"Name 1"`` or ``"Retention (days)"``.

    Returns:
        The lower-case, dash-separated slug, e.g. ``"name-1"`` or ``"retention-days"``.
    """
    return _SLUG_RE.sub("-", name.lower()).strip("-")


def timestamp(seconds: int) -> str:
    """Format epoch seconds as an IT Glue timestamp.

    Args:
        seconds: Seconds since the Unix epoch (UTC).

    Returns:
        The wire form, e.g. ``"2019-06-11T23:57:04.000Z"``.
    """
    return time.strftime(_TS_FORMAT, time.gmtime(seconds))


def _class_name(wire_type: str) -> str:
    """Return the polymorphic class name of a wire type: ``flexible-assets`` -> ``FlexibleAsset``."""
    return "".join(part.title() for part in wire_type[:-1].split("-"))


def _date(seconds: int) -> str:
    return time.strftime("%Y-%m-%d", time.gmtime(seconds))


@dataclass(slots=True)
class _Org:
    """One organization being filled, and the records generated for it so far."""

    id: int
    index: int
    name: str
    short: str
    domain: str
    country: tuple[Any, ...]
    created: int
    size: float = 1.0
    locations: list[Record] = field(default_factory=list)
    contacts: list[Record] = field(default_factory=list)
    configs: list[Record] = field(default_factory=list)
    folders: list[Record] = field(default_factory=list)
    passwords: list[Record] = field(default_factory=list)
    domains: list[Record] = field(default_factory=list)
    assets: list[Record] = field(default_factory=list)
    documents: list[Record] = field(default_factory=list)


class _Builder:
    """Holds the random stream, id counters and lookup tables while one estate is built."""

    def __init__(self, orgs: int, seed: int) -> None:
        self.orgs = orgs
        # Reproducible sample data, not secrets: a seeded, non-cryptographic generator is the point.
        self.rng = Random(seed)  # noqa: S311
        self.rand = self.rng.random
        self.estate: Estate = {rtype: [] for rtype in RESOURCE_TYPES}
        # Each type gets its own id range, so an id used under the wrong type points at nothing.
        self.next_id = {rtype: (n + 1) * 1_000_000 + 1 for n, rtype in enumerate(RESOURCE_TYPES)}
        self.lookup: dict[str, dict[str, int]] = {}
        self.models: dict[tuple[str, str], int] = {}
        self.regions: dict[tuple[str, str], int] = {}
        self.fat_ids: dict[str, int] = {}
        # flexible asset type name -> [(field name, name-key, kind, options)]
        self.fat_fields: dict[str, list[tuple[str, str, str, dict[str, Any]]]] = {}
        self.users: list[Record] = []
        self.msp_org: _Org | None = None
        self.section_resource_id = 1

    # ----------------------------------------------------------------- primitives
    def add(self, rtype: str, attributes: dict[str, Any], **extra: Any) -> int:
        """Append a record of ``rtype`` and return its new id."""
        rid = self.next_id[rtype]
        self.next_id[rtype] = rid + 1
        record: Record = {"id": rid, "attributes": attributes}
        if extra:
            record.update(extra)
        self.estate[rtype].append(record)
        return rid

    def pick(self, seq: tuple[Any, ...] | list[Any]) -> Any:
        """Return a uniformly chosen element (faster than Random.choice on hot paths)."""
        return seq[int(self.rand() * len(seq))]

    def below(self, n: int) -> int:
        """Return an int in ``[0, n)``."""
        return int(self.rand() * n)

    def times(self, low: int, high: int = REFERENCE_TIME) -> tuple[int, str, str]:
        """Return (created seconds, created-at, updated-at) with low <= created <= updated <= high."""
        created = low + int(self.rand() * max(high - low, 1))
        roll = self.rand()
        # A third of records were never edited after creation; the rest were, some of them recently.
        updated = created if roll < 0.33 else created + int((high - created) * roll * roll)
        return created, timestamp(created), timestamp(updated)

    def url(self, org_id: int, plural: str, rid: int) -> str:
        """Return the web-app URL of a record (path segments are snake case, as in the web app's routes)."""
        return f"{BASE_URL}/{org_id}/{plural.replace('-', '_')}/{rid}"

    def mac(self, manufacturer: str) -> str:
        """Return a MAC address in the manufacturer's OUI."""
        tail = self.below(1 << 24)
        return f"{data.MAC_OUIS[manufacturer]}:{tail >> 16:02X}:{(tail >> 8) & 255:02X}:{tail & 255:02X}"

    def serial(self, manufacturer: str) -> str:
        """Return a serial number shaped like the manufacturer's."""
        alnum = _ALNUM
        body = "".join(alnum[int(self.rand() * 32)] for _ in range(7 if manufacturer == "Dell" else 8))
        return data.SERIAL_PREFIXES[manufacturer] + body

    def secret(self) -> str:
        """Return a password value: random characters or a passphrase."""
        if self.rand() < 0.3:
            words = [self.pick(data.PASSWORD_WORDS).capitalize() for _ in range(3)]
            return "-".join(words) + str(10 + self.below(90))
        return "".join(self.rng.choices(_KEY_CHARS, k=14 + self.below(10)))

    def licence_key(self, groups: int) -> str:
        """Return a product key such as ``H8VB8-Q27XS-QCTT3-7CTVH``."""
        return "-".join("".join(_ALNUM[int(self.rand() * 32)] for _ in range(5)) for _ in range(groups))

    def phone(self, style: str) -> tuple[str, str]:
        """Return (value, formatted-value) of a fictional phone number."""
        line = 100 + self.below(100)
        if style == "nanp":
            area = self.pick(("206", "212", "303", "312", "415", "416", "512", "604", "617", "713"))
            return f"{area}555{line:04d}", f"({area}) 555-{line:04d}"
        if style == "uk":
            return f"+4420794600{line - 100:02d}", f"+44 20 7946 00{line - 100:02d}"
        digits = f"{self.below(90) + 10}{self.below(9000) + 1000}{line:04d}"
        return f"+{digits}", f"+{digits[:2]} {digits[2:6]} {digits[6:]}"

    # ----------------------------------------------------------------- account-wide records
    def build_lookups(self) -> None:
        """Create the lookup resources every organization refers to."""
        low, high = REFERENCE_TIME - _HISTORY - 90 * _DAY, REFERENCE_TIME - _HISTORY
        simple = (
            ("organization-types", data.ORGANIZATION_TYPES, True),
            ("organization-statuses", data.ORGANIZATION_STATUSES, True),
            ("configuration-types", tuple(spec[0] for spec in data.CONFIGURATION_TYPES), False),
            ("configuration-statuses", data.CONFIGURATION_STATUSES, False),
            ("contact-types", data.CONTACT_TYPES, False),
            ("password-categories", data.PASSWORD_CATEGORIES, False),
            ("platforms", data.PLATFORMS, False),
        )
        for rtype, names, has_synced in simple:
            table = self.lookup.setdefault(rtype, {})
            for name in names:
                _, created, updated = self.times(low, high)
                attributes: dict[str, Any] = {"name": name, "created-at": created, "updated-at": updated}
                if has_synced:
                    attributes["synced"] = False
                table[name] = self.add(rtype, attributes)
        systems = self.lookup.setdefault("operating-systems", {})
        platforms = self.lookup["platforms"]
        for name, platform in data.OPERATING_SYSTEMS:
            _, created, updated = self.times(low, high)
            systems[name] = self.add(
                "operating-systems",
                {
                    "name": name,
                    "platform-id": platforms[platform],
                    "created-at": created,
                    "updated-at": updated,
                },
            )
        manufacturers = self.lookup.setdefault("manufacturers", {})
        for _type, _prefix, models, _systems in data.CONFIGURATION_TYPES:
            for manufacturer, model in models:
                if manufacturer not in manufacturers:
                    _, created, updated = self.times(low, high)
                    manufacturers[manufacturer] = self.add(
                        "manufacturers", {"name": manufacturer, "created-at": created, "updated-at": updated}
                    )
                if (manufacturer, model) not in self.models:
                    _, created, updated = self.times(low, high)
                    self.models[manufacturer, model] = self.add(
                        "models",
                        {
                            "name": model,
                            "manufacturer-id": manufacturers[manufacturer],
                            "manufacturer-name": manufacturer,
                            "created-at": created,
                            "updated-at": updated,
                        },
                    )
        countries = self.lookup.setdefault("countries", {})
        for country, iso, _tld, _style, regions in data.COUNTRIES:
            _, created, updated = self.times(low, high)
            country_id = self.add(
                "countries", {"name": country, "iso": iso, "created-at": created, "updated-at": updated}
            )
            countries[country] = country_id
            for region, region_iso, _cities in regions:
                _, created, updated = self.times(low, high)
                self.regions[country, region] = self.add(
                    "regions",
                    {
                        "name": region,
                        "iso": region_iso,
                        "country-id": country_id,
                        "created-at": created,
                        "updated-at": updated,
                    },
                )

    def build_organizations(self) -> list[_Org]:
        """Create the organizations: the MSP itself first (primary, Internal), then its clients."""
        types, statuses = self.lookup["organization-types"], self.lookup["organization-statuses"]
        seen: set[str] = set()
        result: list[_Org] = []
        for index in range(self.orgs):
            base = ""
            for attempt in range(50):
                base = f"{self.pick(data.COMPANY_FIRST)} {self.pick(data.COMPANY_SECOND)}"
                if index == 0:
                    base = f"{self.pick(data.COMPANY_FIRST)} IT Services"
                if base not in seen:
                    break
                if attempt == 49:
                    # The word lists give ~6,000 names; beyond that, number them like a real duplicate.
                    base = f"{base} {index}"
            seen.add(base)
            suffix = "" if index == 0 else self.pick(data.COMPANY_SUFFIX)
            name = f"{base} {suffix}".strip()
            country = data.COUNTRIES[0] if index == 0 else self.rng.choices(data.COUNTRIES, data.COUNTRY_WEIGHTS)[0]
            short = "".join(word[0] for word in base.replace("&", "").split()).upper()
            domain = f"{base.lower().replace(' ', '')}.{country[2]}"
            if index == 0:
                org_type, status = "Internal", "Active"
            else:
                org_type = self.rng.choices(data.ORGANIZATION_TYPES, data.ORGANIZATION_TYPE_WEIGHTS)[0]
                status = self.rng.choices(data.ORGANIZATION_STATUSES, data.ORGANIZATION_STATUS_WEIGHTS)[0]
            low = REFERENCE_TIME - _HISTORY
            # The MSP's own organization predates every client: it is where the account started.
            window = (low, REFERENCE_TIME - 60 * _DAY) if index else (low - 30 * _DAY, low - _DAY)
            created_s, created, updated = self.times(*window)
            quick_notes = None
            if self.rand() < 0.6:
                quick_notes = (
                    f"<p>Support hours 8am-6pm. Escalations to {self.pick(data.FIRST_NAMES)} "
                    f"{self.pick(data.LAST_NAMES)}.</p>"
                )
            oid = self.add(
                "organizations",
                {
                    "name": name,
                    "description": f"{org_type} organization in {country[0]}" if self.rand() < 0.7 else None,
                    "organization-type-id": types[org_type],
                    "organization-type-name": org_type,
                    "organization-status-id": statuses[status],
                    "organization-status-name": status,
                    "psa-integration": None,
                    "alert": "Client on credit hold: check with accounts first" if self.rand() < 0.04 else None,
                    "primary": index == 0,
                    "quick-notes": quick_notes,
                    "short-name": short,
                    "logo": "",
                    "my-glue-account-id": None,
                    "my-glue-account-status": None,
                    "created-at": created,
                    "updated-at": updated,
                },
            )
            result.append(_Org(oid, index, name, short, domain, country, created_s))
        self.msp_org = result[0]
        return result

    def build_users(self, msp: _Org) -> None:
        """Create the MSP's IT Glue users (technicians) and groups."""
        count = 6 + self.orgs // 8
        seen: set[str] = set()
        for index in range(count):
            first, last = self.pick(data.FIRST_NAMES), self.pick(data.LAST_NAMES)
            email = f"{first}.{last}".lower().replace("'", "").replace(" ", "")
            if email in seen:
                email = f"{email}{index}"
            seen.add(email)
            role = "Administrator" if index == 0 else self.rng.choices(_ROLE_NAMES, _ROLE_WEIGHTS)[0]
            created_s, created, updated = self.times(msp.created, REFERENCE_TIME - 30 * _DAY)
            accepted = created_s + self.below(3 * _DAY)
            signed_in = REFERENCE_TIME - self.below(20 * _DAY)
            previous = signed_in - self.below(10 * _DAY)
            self.add(
                "users",
                {
                    "first-name": first,
                    "last-name": last,
                    "name": f"{first} {last}",
                    "role-name": role,
                    "email": f"{email}@{msp.domain}",
                    "invitation-sent-at": created,
                    "invitation-accepted-at": timestamp(accepted),
                    "current-sign-in-at": timestamp(signed_in),
                    "current-sign-in-ip": f"203.0.113.{1 + self.below(254)}",
                    "last-sign-in-at": timestamp(previous),
                    "last-sign-in-ip": f"203.0.113.{1 + self.below(254)}",
                    "reputation": self.below(25_000),
                    "created-at": created,
                    "updated-at": updated,
                    "my-glue-account-id": None,
                    "avatar": "",
                    "my-glue": False,
                },
            )
        self.users = self.estate["users"]
        for name, description in _GROUPS:
            _, created, updated = self.times(msp.created, REFERENCE_TIME - 30 * _DAY)
            self.add(
                "groups",
                {
                    "name": name,
                    "description": description,
                    "users-count": 1 + self.below(count),
                    "created-at": created,
                    "updated-at": updated,
                },
            )

    def build_flexible_asset_types(self, msp: _Org) -> None:
        """Create the flexible asset types and their fields (every field kind appears)."""
        for fat_name, description, icon, fields in _FLEXIBLE_ASSET_TYPES:
            fat_created, created, updated = self.times(msp.created, msp.created + 25 * _DAY)
            fat_id = self.add(
                "flexible-asset-types",
                {
                    "name": fat_name,
                    "description": description,
                    "icon": icon,
                    "enabled": True,
                    "show-in-menu": True,
                    "created-at": created,
                    "updated-at": updated,
                },
            )
            self.fat_ids[fat_name] = fat_id
            catalogue = self.fat_fields.setdefault(fat_name, [])
            for order, (field_name, kind, options) in enumerate(fields, start=1):
                tag_type = options.get("tag")
                if tag_type == _APPLICATION_TAG:
                    tag_type = f"FlexibleAssetType: {self.fat_ids['Application']}"
                key = name_key(field_name)
                field_time = timestamp(fat_created + order * 60)
                self.add(
                    "flexible-asset-fields",
                    {
                        "order": order,
                        "name": field_name,
                        "kind": kind,
                        "hint": options.get("hint"),
                        "decimals": options.get("decimals", 0),
                        "tag-type": tag_type,
                        "required": bool(options.get("required", False)),
                        "use-for-title": bool(options.get("title", False)),
                        "expiration": bool(options.get("expiration", False)),
                        "show-in-list": bool(options.get("list", False)),
                        "name-key": key,
                        "created-at": field_time,
                        "updated-at": field_time,
                        "flexible-asset-type-id": fat_id,
                        "default-value": options.get("default"),
                    },
                )
                catalogue.append((field_name, key, kind, options))

    # ----------------------------------------------------------------- per organization
    def populate(self, org: _Org) -> None:
        """Fill one organization with locations, people, devices, secrets and documentation."""
        org.size = self.pick((0.4, 0.6, 0.8, 1.0, 1.0, 1.2, 1.5, 2.0))
        org.locations = self.build_locations(org)
        org.contacts = self.build_contacts(org)
        org.configs = self.build_configurations(org)
        org.folders = self.build_password_folders(org)
        org.passwords = self.build_passwords(org)
        org.domains = self.build_domains(org)
        org.assets = self.build_flexible_assets(org)
        org.documents = self.build_documents(org)
        self.build_checklists(org)
        self.build_related_items(org)
        self.build_attachments(org)
        self.build_expirations(org)

    def build_locations(self, org: _Org) -> list[Record]:
        """Create 1-4 sites; the first is the primary one."""
        count = 1 + (self.rand() < 0.45) + (self.rand() < 0.2) + (self.rand() < 0.08)
        country_name, _iso, _tld, style, regions = org.country
        start = len(self.estate["locations"])
        for index in range(count):
            region, _region_iso, cities = self.pick(regions)
            city = self.pick(cities)
            phone, phone_f = self.phone(style)
            fax, fax_f = self.phone(style) if self.rand() < 0.3 else (None, None)
            _, created, updated = self.times(org.created)
            attributes = {
                "organization-id": org.id,
                "organization-name": org.name,
                "resource-url": "",
                "restricted": False,
                "name": "Head Office" if index == 0 else f"{city} Office",
                "primary": index == 0,
                "address-1": f"{1 + self.below(400)} {self.pick(data.STREETS)}",
                "address-2": f"Suite {100 + self.below(400)}" if self.rand() < 0.3 else None,
                "city": city,
                "postal-code": f"{10000 + self.below(89999)}",
                "region-id": self.regions[country_name, region],
                "region-name": region,
                "country-id": self.lookup["countries"][country_name],
                "country-name": country_name,
                "phone": phone,
                "fax": fax,
                "notes": None,
                "created-at": created,
                "updated-at": updated,
                "formatted-phone": phone_f,
                "formatted-fax": fax_f,
            }
            location_id = self.add("locations", attributes)
            attributes["resource-url"] = self.url(org.id, "locations", location_id)
        return self.estate["locations"][start:]

    def build_contacts(self, org: _Org) -> list[Record]:
        """Create the client's staff with e-mail addresses and phone numbers."""
        locations, size = org.locations, org.size
        types = self.lookup["contact-types"]
        style = org.country[3]
        start = len(self.estate["contacts"])
        for _ in range(2 + int(10 * size * self.rand() + 4 * size)):
            first, last = self.pick(data.FIRST_NAMES), self.pick(data.LAST_NAMES)
            contact_type = self.rng.choices(data.CONTACT_TYPES, data.CONTACT_TYPE_WEIGHTS)[0]
            location = self.pick(locations)
            local = f"{first}.{last}".lower().replace("'", "").replace(" ", "")
            emails = [{"value": f"{local}@{org.domain}", "primary": True, "label-name": "Work"}]
            if self.rand() < 0.15:
                emails.append(
                    {"value": f"{local}{self.below(99)}@mail.example", "primary": False, "label-name": "Home"}
                )
            value, formatted = self.phone(style)
            phones = [
                {
                    "value": value,
                    "extension": str(100 + self.below(800)) if self.rand() < 0.4 else None,
                    "primary": True,
                    "label-name": "Work",
                    "label-type": "phone",
                    "formatted-value": formatted,
                }
            ]
            if self.rand() < 0.5:
                value, formatted = self.phone(style)
                phones.append(
                    {
                        "value": value,
                        "extension": None,
                        "primary": False,
                        "label-name": "Mobile",
                        "label-type": "phone",
                        "formatted-value": formatted,
                    }
                )
            _, created, updated = self.times(org.created)
            contact_id = self.add(
                "contacts",
                {
                    "organization-id": org.id,
                    "organization-name": org.name,
                    "resource-url": "",
                    "restricted": False,
                    "my-glue": False,
                    "name": f"{first} {last}",
                    "first-name": first,
                    "last-name": last,
                    "title": self.pick(data.JOB_TITLES),
                    "contact-type-id": types[contact_type],
                    "contact-type-name": contact_type,
                    "location-id": location["id"],
                    "location-name": location["attributes"]["name"],
                    "important": self.rand() < 0.15 if self.rand() < 0.9 else None,
                    "notes": None,
                    "created-at": created,
                    "updated-at": updated,
                    "contact-emails": emails,
                    "contact-phones": phones,
                },
            )
            self.estate["contacts"][-1]["attributes"]["resource-url"] = self.url(org.id, "contacts", contact_id)
        return self.estate["contacts"][start:]

    def build_configurations(self, org: _Org) -> list[Record]:
        """Create devices (network gear per site, servers, endpoints) and their interfaces."""
        locations, contacts, size = org.locations, org.contacts, org.size
        plan: list[tuple[int, Record]] = []  # (configuration type index, location)
        for location in locations:
            per_site = (1, 1 + (self.rand() < 0.5), self.below(3), self.below(2), int(self.rand() < 0.4))
            for type_index, count in zip((4, 5, 6, 7, 9), per_site, strict=True):
                plan.extend((type_index, location) for _ in range(count))
        head = locations[0]
        for type_index, mean in ((2, 1.5), (3, 2.0), (0, 7.0), (1, 5.0), (8, 0.5), (10, 1.5)):
            plan.extend((type_index, head) for _ in range(int(mean * size * (0.5 + self.rand()))))
        start = len(self.estate["configurations"])
        counters = [0] * len(data.CONFIGURATION_TYPES)
        octet = 1 + org.index % 250
        for type_index, location in plan:
            type_name, prefix, models, systems = data.CONFIGURATION_TYPES[type_index]
            counters[type_index] += 1
            hostname = f"{org.short}-{prefix}{counters[type_index]:02d}"
            manufacturer, model = self.pick(models)
            system = self.pick(systems) if systems else None
            is_virtual = type_name == "Virtual Machine"
            is_endpoint = type_index in (0, 1, 10)
            contact = self.pick(contacts) if is_endpoint and contacts else None
            site = locations.index(location)
            ip: str | None = f"10.{octet}.{site * 10 + (1 if is_endpoint else 0)}.{10 + self.below(240)}"
            if type_index == 10:
                ip = None
            mac = self.mac(manufacturer)
            status = self.rng.choices(data.CONFIGURATION_STATUSES, data.CONFIGURATION_STATUS_WEIGHTS)[0]
            created_s, created, updated = self.times(org.created)
            purchased = created_s - self.below(60 * _DAY)
            attributes: dict[str, Any] = {
                "organization-id": org.id,
                "organization-name": org.name,
                "resource-url": "",
                "restricted": False,
                "psa-integration": None,
                "my-glue": False,
                "name": hostname,
                "hostname": hostname.lower(),
                "primary-ip": ip,
                "mac-address": mac,
                "default-gateway": None if ip is None else f"10.{octet}.{site * 10}.1",
                "serial-number": None if is_virtual else self.serial(manufacturer),
                "asset-tag": f"{org.short}-{self.below(100000):05d}" if self.rand() < 0.6 else None,
                "position": f"Rack 1, U{1 + self.below(40)}" if type_index in (2, 5, 8, 9) else None,
                "installed-by": None,
                "purchased-by": None,
                "notes": None,
                "operating-system-notes": None,
                "warranty-expires-at": None if is_virtual else _date(purchased + (1 + self.below(5)) * 365 * _DAY),
                "installed-at": None if is_virtual else _date(created_s),
                "purchased-at": None if is_virtual else _date(purchased),
                "created-at": created,
                "updated-at": updated,
                "organization-short-name": org.short,
                "configuration-type-id": self.lookup["configuration-types"][type_name],
                "configuration-type-name": type_name,
                "configuration-type-kind": None,
                "configuration-status-id": self.lookup["configuration-statuses"][status],
                "configuration-status-name": status,
                "manufacturer-id": self.lookup["manufacturers"][manufacturer],
                "manufacturer-name": manufacturer,
                "model-id": self.models[manufacturer, model],
                "model-name": model,
                "operating-system-id": None if system is None else self.lookup["operating-systems"][system],
                "operating-system-name": system,
                "location-id": location["id"],
                "location-name": location["attributes"]["name"],
                "contact-id": None if contact is None else contact["id"],
                "contact-name": None if contact is None else contact["attributes"]["name"],
                "archived": status == "Retired" and self.rand() < 0.5,
            }
            if self.rand() < 0.1:
                attributes["notes"] = f"<p>Replaced {self.pick(('PSU', 'disk', 'fan', 'battery'))} under warranty.</p>"
            if self.rand() < 0.05:
                attributes["psa-integration"] = "orphaned"
            cid = self.add("configurations", attributes)
            attributes["resource-url"] = self.url(org.id, "configurations", cid)
            if ip is not None:
                self.build_interfaces(cid, type_index, attributes, manufacturer)
        return self.estate["configurations"][start:]

    def build_interfaces(self, cid: int, type_index: int, config: dict[str, Any], manufacturer: str) -> None:
        """Create a configuration's primary interface (mirroring its primary IP/MAC) and a few extra ones."""
        ip, mac, created = config["primary-ip"], config["mac-address"], config["created-at"]
        names = {4: "wan1", 5: "vlan1", 2: "NIC1"}
        attributes = {
            "configuration-id": cid,
            "name": names.get(type_index, "Ethernet"),
            "ip-address": ip,
            "mac-address": mac,
            "primary": True,
            "notes": None,
            "created-at": created,
            "updated-at": created,
        }
        self.add("configuration-interfaces", attributes)
        if type_index in (2, 4, 5, 8):
            prefix = ip.rsplit(".", 1)[0]
            for n in range(1 + self.below(3)):
                self.add(
                    "configuration-interfaces",
                    {
                        "configuration-id": cid,
                        "name": f"{'port' if type_index in (4, 5) else 'NIC'}{n + 2}",
                        "ip-address": f"{prefix}.{200 + n}",
                        "mac-address": self.mac(manufacturer),
                        "primary": False,
                        "notes": "Management" if n == 0 else None,
                        "created-at": created,
                        "updated-at": created,
                    },
                )

    def build_password_folders(self, org: _Org) -> list[Record]:
        """Create a few password folders, one of them nested."""
        start = len(self.estate["password-folders"])
        names = ("Infrastructure", "Cloud Services", "Vendors", "Break Glass")
        parent_id: int | None = None
        for index in range(self.below(4)):
            _, created, updated = self.times(org.created)
            folder_id = self.add(
                "password-folders",
                {
                    "organization-id": org.id,
                    "name": names[index],
                    "restricted": index == 3,
                    "parent-id": None,
                    "ancestor-ids": [],
                    "created-at": created,
                    "updated-at": updated,
                },
            )
            if index == 0:
                parent_id = folder_id
        if parent_id is not None and self.rand() < 0.5:
            _, created, updated = self.times(org.created)
            self.add(
                "password-folders",
                {
                    "organization-id": org.id,
                    "name": "Network",
                    "restricted": False,
                    "parent-id": parent_id,
                    "ancestor-ids": [parent_id],
                    "created-at": created,
                    "updated-at": updated,
                },
            )
        return self.estate["password-folders"][start:]

    def build_passwords(self, org: _Org) -> list[Record]:
        """Create general passwords and passwords embedded in servers and network devices."""
        configs, folders, size = org.configs, org.folders, org.size
        start = len(self.estate["passwords"])
        general = (
            ("Microsoft 365 Global Admin", "Cloud Service", "admin@{domain}", "https://admin.microsoft.com"),
            ("Domain Administrator", "Active Directory", "administrator", None),
            ("Backup Portal", "Vendor Portal", "it@{domain}", "https://backup.example.net"),
            ("Domain Registrar", "Domain Registrar", "it@{domain}", "https://registrar.example.com"),
            ("Guest Wi-Fi", "Wireless", None, None),
            ("Accounting Database SA", "Database", "sa", None),
            ("VPN Service Account", "Remote Access", "svc-vpn", None),
            ("Printer Admin", "Printer", "admin", None),
            ("Line of Business App Admin", "Application", "lobadmin", None),
            ("Shared Mailbox", "Email", "info@{domain}", "https://outlook.office.com"),
        )
        count = 3 + int(5 * size * self.rand() + 2 * size)
        for n in range(count):
            name, category, username, url = general[n % len(general)]
            if n >= len(general):
                name = f"{name} {n // len(general) + 1}"
            folder = self.pick(folders) if folders and self.rand() < 0.5 else None
            self.add_password(
                org,
                name,
                category=category,
                username=None if username is None else username.format(domain=org.domain),
                url=url,
                folder_id=None if folder is None else folder["id"],
            )
        embedded = {
            2: ("Local Administrator", "Server"),
            4: ("Firewall Admin", "Firewall"),
            5: ("Switch Admin", "Network Device"),
            8: ("NAS Admin", "Server"),
            7: ("Web Admin", "Printer"),
        }
        type_ids = {self.lookup["configuration-types"][data.CONFIGURATION_TYPES[i][0]]: i for i in embedded}
        for config in configs:
            attrs = config["attributes"]
            type_index = type_ids.get(attrs["configuration-type-id"])
            if type_index is None or self.rand() < 0.35:
                continue
            label, category = embedded[type_index]
            url = None if attrs["primary-ip"] is None else f"https://{attrs['primary-ip']}"
            self.add_password(
                org, f"{attrs['name']} {label}", category=category, username="admin", url=url, resource=config
            )
        return self.estate["passwords"][start:]

    def add_password(
        self,
        org: _Org,
        name: str,
        *,
        category: str,
        username: str | None,
        url: str | None,
        folder_id: int | None = None,
        resource: Record | None = None,
    ) -> int:
        """Create one password; ``resource`` makes it an embedded password of that configuration."""
        _, created, updated = self.times(org.created)
        editor = self.pick(self.users)["id"]
        attributes = {
            "organization-id": org.id,
            "organization-name": org.name,
            "resource-url": "",
            "restricted": folder_id is not None and self.rand() < 0.2,
            "my-glue": False,
            "name": name,
            "autofill-selectors": None,
            "username": username,
            "url": url,
            "notes": None,
            "password-updated-at": updated,
            "updated-by": editor,
            "updated-by-type": "User",
            "resource-id": None,
            "cached-resource-type-name": None,
            "cached-resource-name": None,
            "password-category-id": self.lookup["password-categories"][category],
            "password-category-name": category,
            "created-at": created,
            "updated-at": updated,
            "otp-enabled": self.rand() < 0.1,
            "password-folder-id": folder_id,
            "resource-type": None,
            "parent-url": None,
            "vault-id": None,
            "archived": self.rand() < 0.03,
            "personal": False,
            "password": self.secret(),
        }
        if resource is not None:
            attributes["resource-id"] = resource["id"]
            attributes["resource-type"] = "Configuration"
            attributes["cached-resource-type-name"] = "Configuration"
            attributes["cached-resource-name"] = resource["attributes"]["name"]
            attributes["parent-url"] = resource["attributes"]["resource-url"]
        pid = self.add("passwords", attributes)
        attributes["resource-url"] = self.url(org.id, "passwords", pid)
        return pid

    def build_domains(self, org: _Org) -> list[Record]:
        """Create the client's internet domains, the first being its main one."""
        start = len(self.estate["domains"])
        main, tld = org.domain.split(".", 1)
        for index in range(1 + (self.rand() < 0.4) + (self.rand() < 0.15)):
            name = org.domain if index == 0 else f"{main}{data.DOMAIN_SUFFIXES[index + self.below(3)]}.{tld}"
            if index and name == org.domain:
                name = f"{main}.net"
            _, created, updated = self.times(org.created)
            expires = REFERENCE_TIME + int((self.rand() * 1.1 - 0.1) * 365 * _DAY)
            attributes = {
                "name": name,
                "organization-id": org.id,
                "organization-name": org.name,
                "resource-url": "",
                "restricted": False,
                "my-glue": False,
                "notes": None,
                "registrar-name": self.pick(data.REGISTRARS),
                "expires-on": _date(expires),
                "screenshot": "",
                "created-at": created,
                "updated-at": updated,
            }
            did = self.add("domains", attributes)
            attributes["resource-url"] = self.url(org.id, "domains", did)
        return self.estate["domains"][start:]

    # ----------------------------------------------------------------- flexible assets
    def tag(self, type_name: str, records: list[Record], plural: str, extra: tuple[str, ...] = ()) -> dict[str, Any]:
        """Return a Tag trait in its read shape for the given records."""
        values = []
        for record in records:
            attrs = record["attributes"]
            org_id = attrs.get("organization-id", record["id"])
            value = {
                "id": record["id"],
                "name": attrs["name"],
                "resource-url": attrs.get("resource-url") or self.url(org_id, plural, record["id"]),
            }
            for key in extra:
                value[key] = attrs.get(key)
            values.append(value)
        return {"type": type_name, "values": values}

    def sample(self, records: list[Record], low: int, high: int) -> list[Record]:
        """Return between ``low`` and ``high`` distinct records (fewer if there are not that many)."""
        count = min(len(records), low + self.below(high - low + 1))
        return self.rng.sample(records, count) if count else []

    def build_flexible_assets(self, org: _Org) -> list[Record]:
        """Create the documentation assets (AD, email, LANs, wireless, applications, backup, licensing)."""
        locations, contacts, configs, passwords = org.locations, org.contacts, org.configs, org.passwords
        by_type: dict[str, list[Record]] = {}
        for config in configs:
            by_type.setdefault(config["attributes"]["configuration-type-name"], []).append(config)
        servers = by_type.get("Server", []) + by_type.get("Virtual Machine", [])
        config_extra = ("hostname", "primary-ip", "configuration-type-name", "organization-name")

        def tag_configs(records: list[Record]) -> dict[str, Any]:
            return self.tag("Configurations", records, "configurations", config_extra)

        def tag_contacts(records: list[Record]) -> dict[str, Any]:
            return self.tag("Contacts", records, "contacts", ("first-name", "last-name", "organization-name"))

        def tag_passwords(records: list[Record]) -> dict[str, Any]:
            return self.tag("Passwords", records, "passwords", ("username", "organization-name"))

        def tag_locations(records: list[Record]) -> dict[str, Any]:
            return self.tag("Locations", records, "locations", ("city", "organization-name"))

        start = len(self.estate["flexible-assets"])
        rand, pick = self.rand, self.pick
        applications: list[Record] = []
        app_names = self.rng.sample(data.APPLICATIONS, 2 + self.below(4))
        for app, vendor in app_names:
            expires = REFERENCE_TIME + int((rand() * 1.2 - 0.2) * 365 * _DAY)
            traits = {
                "Application Name": app,
                "Vendor": vendor,
                "Version": f"{2019 + self.below(6)}.{self.below(10)}",
                "Hosting": pick(("Cloud", "On-Premises", "Hybrid")),
                "Application Servers": tag_configs(self.sample(servers, 0, 2)),
                "Application Champion": tag_contacts(self.sample(contacts, 1, 1)),
                "Admin Credentials": tag_passwords(self.sample(passwords, 0, 1)),
                "Licence Key": self.licence_key(4),
                "Support Contract Expires": _date(expires),
                "Notes": f"<p>{pick(data.SECTION_SENTENCES)}</p>" if rand() < 0.5 else None,
            }
            applications.append(self.add_asset(org, "Application", traits))
        if by_type.get("Server") and rand() < 0.85:
            netbios = org.short[:15]
            dcs = self.sample(by_type["Server"], 1, 2)
            self.add_asset(
                org,
                "Active Directory",
                {
                    "Domain Full Name": f"{org.domain.split('.')[0]}.local",
                    "Domain NetBIOS Name": netbios,
                    "Forest Functional Level": pick(("Windows2016Forest", "Windows2012R2Forest")),
                    "Domain Controllers": tag_configs(dcs),
                    "Global Catalog Servers": tag_configs(dcs[:1]),
                    "Domain Admin Account": tag_passwords(
                        [p for p in passwords if p["attributes"]["name"].startswith("Domain Admin")][:1]
                    ),
                    "AD Recycle Bin Enabled": rand() < 0.6,
                },
            )
        service = pick(data.EMAIL_SERVICES)
        self.add_asset(
            org,
            "Email",
            {
                "Email Service": service,
                "Tenant Name": f"{org.domain.split('.')[0]}.onmicrosoft.com"
                if service == "Microsoft 365"
                else org.domain,
                "Domains": self.tag("Domains", org.domains, "domains", ("organization-name",)),
                "Mailbox Count": max(len(contacts) + self.below(10) - 3, 1),
                "Global Admin": tag_passwords(
                    [p for p in passwords if p["attributes"]["name"].startswith("Microsoft 365")][:1]
                ),
                "MX Records": f"<p>10 {org.domain.replace('.', '-')}.mail.protection.outlook.com</p>",
                "Spam Filtering": pick(("Built-in", "Mimecast", "Proofpoint", "Barracuda")),
            },
        )
        for site, location in enumerate(locations):
            octet = 1 + org.index % 250
            site_configs = [c for c in configs if c["attributes"]["location-id"] == location["id"]]
            gateways = [c for c in site_configs if c["attributes"]["configuration-type-name"] == "Firewall"]
            self.add_asset(
                org,
                "LAN",
                {
                    "Name": f"{location['attributes']['name']} LAN",
                    "Location": tag_locations([location]),
                    "Subnet": f"10.{octet}.{site * 10}.0/23",
                    "Default Gateway": f"10.{octet}.{site * 10}.1",
                    "VLAN ID": 1 + site * 10,
                    "DHCP Server": tag_configs(gateways[:1]),
                    "DNS Servers": "1.1.1.1, 8.8.8.8",
                    "Address Space Used": self.below(95) + 1,
                },
            )
            aps = [c for c in site_configs if c["attributes"]["configuration-type-name"] == "Wireless Access Point"]
            if aps:
                for guest in (False, True) if rand() < 0.5 else (False,):
                    security = "Open" if guest else pick(data.WIFI_SECURITY[:3])
                    self.add_asset(
                        org,
                        "Wireless",
                        {
                            "SSID": f"{org.short}-{'Guest' if guest else 'Corp'}-{site + 1}",
                            "Location": tag_locations([location]),
                            "Security": security,
                            "Pre-Shared Key": None if security == "Open" else self.secret(),
                            "Access Points": tag_configs(aps),
                            "Guest Network": guest,
                        },
                    )
        self.add_asset(
            org,
            "Backup",
            {
                "Name": f"{org.short} Nightly Backup",
                "Backup Solution": pick(data.BACKUP_SOLUTIONS),
                "Protected Servers": tag_configs(servers[:4]),
                "Protected Applications": self.tag("FlexibleAssetTypes", applications[:2], "flexible-assets"),
                "Retention (days)": pick((14, 30, 60, 90, 365)),
                "Storage Used": round(rand() * 100, 1),
                "Last Restore Test": _date(REFERENCE_TIME - self.below(180) * _DAY),
                "Offsite Copy": rand() < 0.7,
            },
        )
        msp = self.msp_org
        for application in applications[: 1 + self.below(3)]:
            app_name = application["attributes"]["name"]
            seats = 5 + self.below(200)
            self.add_asset(
                org,
                "Licensing",
                {
                    "Software Name": f"{app_name} Subscription",
                    "Licensed Application": self.tag("FlexibleAssetTypes", [application], "flexible-assets"),
                    "Purchased Through": {
                        "type": "Organizations",
                        "values": []
                        if msp is None
                        else [{"id": msp.id, "name": msp.name, "resource-url": f"{BASE_URL}/{msp.id}"}],
                    },
                    "Licence Key": self.licence_key(5),
                    "Seats": seats,
                    "Seats In Use": self.below(101),
                    "Renewal Date": _date(REFERENCE_TIME + int((rand() * 1.1 - 0.1) * 365 * _DAY)),
                    "Licensing Contact": tag_contacts(self.sample(contacts, 1, 1)),
                    "Perpetual": rand() < 0.1,
                },
            )
        return self.estate["flexible-assets"][start:]

    def add_asset(self, org: _Org, fat_name: str, values: dict[str, Any]) -> Record:
        """Create a flexible asset from field name -> value, keying traits by name-key, dropping empties."""
        fields = self.fat_fields[fat_name]
        traits: dict[str, Any] = {}
        title = ""
        for field_name, key, kind, options in fields:
            value = values.get(field_name)
            if value is None or kind in ("Header", "Upload"):
                continue
            if kind == "Tag" and not value["values"]:
                continue
            traits[key] = value
            if options.get("title"):
                title = str(value)
        _, created, updated = self.times(org.created)
        attributes = {
            "organization-id": org.id,
            "organization-name": org.name,
            "resource-url": "",
            "restricted": False,
            "my-glue": False,
            "flexible-asset-type-id": self.fat_ids[fat_name],
            "flexible-asset-type-name": fat_name,
            "name": title,
            "traits": traits,
            "archived": self.rand() < 0.02,
            "created-at": created,
            "updated-at": updated,
        }
        aid = self.add("flexible-assets", attributes)
        attributes["resource-url"] = self.url(org.id, "flexible-assets", aid)
        return self.estate["flexible-assets"][-1]

    # ----------------------------------------------------------------- documents and the rest
    def build_documents(self, org: _Org) -> list[Record]:
        """Create documents made of heading, text and step sections."""
        start = len(self.estate["documents"])
        for title in self.rng.sample(data.DOCUMENT_TITLES, 1 + self.below(4)):
            _, created, updated = self.times(org.created)
            attributes = {
                "name": title,
                "description": None if self.rand() < 0.5 else f"{title} for {org.name}",
                "organization-id": org.id,
                "organization-name": org.name,
                "resource-url": "",
                "restricted": False,
                "public": False,
                "archived": self.rand() < 0.03,
                "document-folder-id": None,
                "published": self.rand() < 0.9,
                "created-at": created,
                "updated-at": updated,
            }
            doc_id = self.add("documents", attributes)
            attributes["resource-url"] = self.url(org.id, "documents", doc_id)
            sections = self.build_sections(doc_id, title, created)
            # The served value is rendered on every read; the stored one keeps the estate's records complete.
            attributes["content"] = render_document_content(sections)
        return self.estate["documents"][start:]

    def build_sections(self, doc_id: int, title: str, created: str) -> list[dict[str, Any]]:
        """Create a document's sections (a heading, some text, numbered steps) and return their attributes."""
        made: list[dict[str, Any]] = []
        kinds = ["Document::Heading", "Document::Text"] + ["Document::Step"] * (1 + self.below(4))
        if self.rand() < 0.4:
            kinds += ["Document::Heading", "Document::Text"]
        for sort, kind in enumerate(kinds, start=1):
            sentence = self.pick(data.SECTION_SENTENCES)
            attributes: dict[str, Any] = {"document-id": doc_id, "resource-type": kind}
            attributes["resource-id"] = self.section_resource_id
            self.section_resource_id += 1
            if kind == "Document::Heading":
                level = 1 if sort == 1 else 2
                text = title if sort == 1 else "Troubleshooting"
                attributes.update({"content": text, "rendered-content": f"<h{level}>{text}</h{level}>", "level": level})
            elif kind == "Document::Text":
                attributes.update({"content": f"<p>{sentence}</p>", "rendered-content": f"<p>{sentence}</p>"})
            else:
                attributes.update(
                    {
                        "content": f"<p>{sentence}</p>",
                        "rendered-content": f"<p>{sentence}</p>",
                        "duration": self.pick((None, 5, 10, 15, 30)),
                        "reset-count": 0,
                    }
                )
            attributes.update({"sort": sort, "created-at": created, "updated-at": created})
            self.add("document-sections", attributes)
            made.append(attributes)
        return made

    def build_checklists(self, org: _Org) -> None:
        """Create the occasional checklist."""
        for name in self.rng.sample(data.CHECKLIST_NAMES, self.below(3)):
            created_s, created, updated = self.times(org.created)
            completed = self.rand() < 0.5
            due = None if self.rand() < 0.3 else timestamp(created_s + (7 + self.below(60)) * _DAY)
            attributes = {
                "name": name,
                "description": f"{name} for {org.name}",
                "organization-id": org.id,
                "organization-name": org.name,
                "resource-url": "",
                "completed": completed,
                "restricted": False,
                "due-at": due,
                "created-at": created,
                "updated-at": updated,
            }
            cid = self.add("checklists", attributes)
            attributes["resource-url"] = self.url(org.id, "checklists", cid)

    def build_related_items(self, org: _Org) -> None:
        """Link records to each other: servers to docs and contacts, assets to servers, and so on."""
        configs, contacts, passwords = org.configs, org.contacts, org.passwords
        domains, documents, assets = org.domains, org.documents, org.assets
        pools = (
            ("Password", passwords),
            ("Contact", contacts),
            ("Document", documents),
            ("Domain", domains),
            ("Flexible Asset", assets),
            ("Configuration", configs),
        )
        parents = (
            ("configurations", configs),
            ("flexible-assets", assets),
            ("passwords", passwords),
            ("documents", documents),
            ("contacts", contacts),
        )
        seen: set[tuple[int, str, int]] = set()
        for _ in range(2 + self.below(7)):
            parent_type, parent_pool = self.pick(parents)
            dest_type, dest_pool = self.pick(pools)
            if not parent_pool or not dest_pool:
                continue
            parent, dest = self.pick(parent_pool), self.pick(dest_pool)
            key = (parent["id"], dest_type, dest["id"])
            if key in seen or parent is dest:
                continue
            seen.add(key)
            _, created, updated = self.times(org.created)
            self.add(
                "related-items",
                {
                    "destination-id": dest["id"],
                    "destination-type": dest_type,
                    "destination-name": dest["attributes"]["name"],
                    "notes": "See also" if self.rand() < 0.3 else None,
                    "resource-id": parent["id"],
                    "resource-type": _class_name(parent_type),
                    "via-copilot": False,
                    "created-at": created,
                    "updated-at": updated,
                },
                parent={"type": parent_type, "id": parent["id"]},
            )

    def build_attachments(self, org: _Org) -> None:
        """Attach small files (notes, photos, CSV exports) to records."""
        configs, contacts, passwords = org.configs, org.contacts, org.passwords
        documents, assets, locations = org.documents, org.assets, org.locations
        parents = (
            ("configurations", configs),
            ("contacts", contacts),
            ("passwords", passwords),
            ("documents", documents),
            ("flexible-assets", assets),
            ("locations", locations),
        )
        for _ in range(1 + self.below(6)):
            parent_type, pool = self.pick(parents)
            if not pool:
                continue
            parent = self.pick(pool)
            parent_name = parent["attributes"]["name"]
            roll = self.rand()
            if roll < 0.4:
                content = data.TINY_PNG
                file_name, mime, ext = f"{name_key(parent_name)}-photo.png", "image/png", "png"
            elif roll < 0.75:
                content = f"Notes for {parent_name}\nChecked by {self.pick(data.FIRST_NAMES)}.\n".encode()
                file_name, mime, ext = f"{name_key(parent_name)}-notes.txt", "text/plain", "txt"
            else:
                content = f"name,value\nrecord,{parent_name}\nid,{parent['id']}\n".encode()
                file_name, mime, ext = f"{name_key(parent_name)}-export.csv", "text/csv", "csv"
            _, created, updated = self.times(org.created)
            attributes = {
                "name": file_name,
                "attachment-file-name": file_name,
                "attachment-content-type": mime,
                "attachment-file-size": len(content),
                "ext": ext,
                "viewable": True,
                "download-url": "",
                "resource-id": parent["id"],
                "resource-type": _class_name(parent_type),
                "created-at": created,
                "updated-at": updated,
            }
            aid = self.add("attachments", attributes, parent={"type": parent_type, "id": parent["id"]}, content=content)
            attributes["download-url"] = f"{BASE_URL}/attachments/{aid}/{file_name}"

    def build_checklist_templates(self, msp: _Org) -> None:
        """Create the account's checklist templates (one per checklist name); draws nothing random."""
        created = updated = timestamp(msp.created)
        for name in data.CHECKLIST_NAMES:
            self.add(
                "checklist-templates",
                {
                    "name": name,
                    "description": f"Template: {name}",
                    "organization-id": None,
                    "created-at": created,
                    "updated-at": updated,
                },
            )

    def cover_attachment_parents(self) -> None:
        """Give every type in `ATTACHMENT_PARENTS` at least one attachment; draws nothing random.

        A small estate may roll no attachment for some type; tools that walk every polymorphic
        route (and the schemathesis suite) need a parent that actually has children.
        """
        attached = {attachment["parent"]["type"] for attachment in self.estate["attachments"]}
        for parent_type in ATTACHMENT_PARENTS:
            if parent_type in attached or not self.estate[parent_type]:
                continue
            parent = self.estate[parent_type][0]
            attrs = parent["attributes"]
            file_name = f"{name_key(attrs['name'])}-notes.txt"
            content = f"Notes for {attrs['name']}\n".encode()
            aid = self.add(
                "attachments",
                {
                    "name": file_name,
                    "attachment-file-name": file_name,
                    "attachment-content-type": "text/plain",
                    "attachment-file-size": len(content),
                    "ext": "txt",
                    "viewable": True,
                    "download-url": "",
                    "resource-id": parent["id"],
                    "resource-type": _class_name(parent_type),
                    "created-at": attrs["created-at"],
                    "updated-at": attrs["updated-at"],
                },
                parent={"type": parent_type, "id": parent["id"]},
                content=content,
            )
            self.estate["attachments"][-1]["attributes"]["download-url"] = f"{BASE_URL}/attachments/{aid}/{file_name}"

    def build_expirations(self, org: _Org) -> None:
        """Derive expirations from warranties, domain renewals and expiring flexible asset dates."""
        configs, domains, assets = org.configs, org.domains, org.assets
        expiring_keys = {
            key for fields in self.fat_fields.values() for _n, key, _k, opts in fields if opts.get("expiration")
        }
        items: list[tuple[Record, str, str, str, str]] = []
        for config in configs:
            attrs = config["attributes"]
            if attrs["warranty-expires-at"] is not None:
                items.append((config, "Configuration", "Warranty", attrs["warranty-expires-at"], attrs["name"]))
        for domain in domains:
            attrs = domain["attributes"]
            items.append((domain, "Domain", "Domain registration", attrs["expires-on"], attrs["name"]))
        for asset in assets:
            attrs = asset["attributes"]
            for key, value in attrs["traits"].items():
                if key in expiring_keys:
                    items.append((asset, attrs["flexible-asset-type-name"], key, value, attrs["name"]))
        for record, type_name, description, when, name in items:
            attrs = record["attributes"]
            self.add(
                "expirations",
                {
                    "resource-id": record["id"],
                    "resource-name": name,
                    "resource-type-name": type_name,
                    "resource-url": attrs["resource-url"],
                    "description": description,
                    "expiration-date": when,
                    "organization-id": org.id,
                    "organization-name": org.name,
                    "created-at": attrs["created-at"],
                    "updated-at": attrs["updated-at"],
                },
            )

    def mark_psa_synced(self) -> None:
        """Mark the records a PSA integration manages; deterministic, draws nothing from the random stream."""
        synced_orgs = {org["id"] for index, org in enumerate(self.estate["organizations"]) if index % 10 == _PSA_INDEX}
        for org in self.estate["organizations"]:
            if org["id"] in synced_orgs:
                org["attributes"]["psa-integration"] = "manage"
        for config in self.estate["configurations"]:
            attrs = config["attributes"]
            if attrs["organization-id"] in synced_orgs and attrs["psa-integration"] != "orphaned":
                attrs["psa-integration"] = "manage"
        for contact in self.estate["contacts"]:
            if contact["attributes"]["organization-id"] in synced_orgs:
                contact["synced"] = True
        for rtype in _PSA_LOOKUPS:
            last = self.estate[rtype][-1]
            if "synced" in last["attributes"]:
                last["attributes"]["synced"] = True
            else:
                last["synced"] = True

    def count_configurations(self) -> None:
        """Fill each configuration type's configuration-count."""
        counts: dict[int, int] = {}
        for config in self.estate["configurations"]:
            type_id = config["attributes"]["configuration-type-id"]
            counts[type_id] = counts.get(type_id, 0) + 1
        for config_type in self.estate["configuration-types"]:
            config_type["attributes"]["configuration-count"] = counts.get(config_type["id"], 0)

    def build_activity(self) -> None:
        """Create the audit log (last 30 days) and per-user daily metrics (last 8 weeks)."""
        sources = (
            ("configurations", "Configuration"),
            ("passwords", "Password"),
            ("contacts", "Contact"),
            ("flexible-assets", "Flexible Asset"),
            ("documents", "Document"),
        )
        users = self.users
        for _ in range(5 * self.orgs):
            rtype, type_name = self.pick(sources)
            pool = self.estate[rtype]
            if not pool:
                continue
            record = self.pick(pool)
            attrs = record["attributes"]
            user = self.pick(users)
            user_attrs = user["attributes"]
            action = self.pick(data.LOG_ACTIONS)
            if action == "revealed password" and rtype != "passwords":
                action = "viewed"
            logged = timestamp(REFERENCE_TIME - self.below(30 * _DAY))
            self.add(
                "logs",
                {
                    "created-at": logged,
                    "action": action,
                    "resource-type": type_name,
                    "resource-id": record["id"],
                    "resource-name": attrs["name"],
                    "organization-id": attrs["organization-id"],
                    "user-name": user_attrs["name"],
                    "user-email": user_attrs["email"],
                    "ip-address": user_attrs["current-sign-in-ip"],
                    "updated-at": logged,
                },
            )
        organizations = self.estate["organizations"]
        metric_types = ("Configuration", "Password", "Contact", "Document", "Active Directory", "Email")
        seen: set[tuple[int, int, str, int]] = set()
        for _ in range(3 * self.orgs):
            user, org = self.pick(users), self.pick(organizations)
            resource_type, day = self.pick(metric_types), 1 + self.below(56)
            key = (user["id"], org["id"], resource_type, day)
            if key in seen:
                continue
            seen.add(key)
            self.add(
                "user-metrics",
                {
                    "user-id": user["id"],
                    "organization-id": org["id"],
                    "resource-type": resource_type,
                    "created": self.below(4),
                    "viewed": self.below(30),
                    "edited": self.below(6),
                    "deleted": int(self.rand() < 0.1),
                    "date": _date(REFERENCE_TIME - day * _DAY),
                },
            )


def build_estate(orgs: int = 50, seed: int = 1) -> dict[str, list[dict[str, Any]]]:
    """Build the emulator's whole IT Glue estate.

    Args:
        orgs: Number of organizations, the MSP's own (primary) one included. Everything else scales with it:
            about 140 records per organization.
        seed: Seed of the single random stream; the same ``(orgs, seed)`` always gives identical output.

    Returns:
        Records keyed by wire type (every name in `RESOURCE_TYPES`, possibly with empty lists).

    Raises:
        ValueError: If ``orgs`` is smaller than 1.
    """
    if orgs < 1:
        raise ValueError("orgs must be at least 1")
    builder = _Builder(orgs, seed)
    builder.build_lookups()
    organizations = builder.build_organizations()
    msp = organizations[0]
    builder.build_users(msp)
    builder.build_flexible_asset_types(msp)
    for org in organizations:
        builder.populate(org)
    # Neither step draws from the random stream, so the rest of the estate is as before they existed.
    builder.build_checklist_templates(msp)
    builder.cover_attachment_parents()
    builder.build_activity()
    builder.count_configurations()
    builder.mark_psa_synced()
    return builder.estate
