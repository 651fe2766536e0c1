from typing import Literal

BulkDeleteOrganizationsFilterpsaIntegrationType = Literal[
    "autotask", "kaseya-bms", "manage", "pulseway-psa", "tigerpaw", "vorex"
]

BULK_DELETE_ORGANIZATIONS_FILTERPSA_INTEGRATION_TYPE_VALUES: set[
    BulkDeleteOrganizationsFilterpsaIntegrationType
] = {
    "autotask",
    "kaseya-bms",
    "manage",
    "pulseway-psa",
    "tigerpaw",
    "vorex",
}


def check_bulk_delete_organizations_filterpsa_integration_type(
    value: str,
) -> BulkDeleteOrganizationsFilterpsaIntegrationType:
    if value in BULK_DELETE_ORGANIZATIONS_FILTERPSA_INTEGRATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BULK_DELETE_ORGANIZATIONS_FILTERPSA_INTEGRATION_TYPE_VALUES!r}"
    )
