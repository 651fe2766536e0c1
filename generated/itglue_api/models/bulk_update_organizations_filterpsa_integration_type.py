from typing import Literal

BulkUpdateOrganizationsFilterpsaIntegrationType = Literal[
    "autotask", "kaseya-bms", "manage", "pulseway-psa", "tigerpaw", "vorex"
]

BULK_UPDATE_ORGANIZATIONS_FILTERPSA_INTEGRATION_TYPE_VALUES: set[
    BulkUpdateOrganizationsFilterpsaIntegrationType
] = {
    "autotask",
    "kaseya-bms",
    "manage",
    "pulseway-psa",
    "tigerpaw",
    "vorex",
}


def check_bulk_update_organizations_filterpsa_integration_type(
    value: str,
) -> BulkUpdateOrganizationsFilterpsaIntegrationType:
    if value in BULK_UPDATE_ORGANIZATIONS_FILTERPSA_INTEGRATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BULK_UPDATE_ORGANIZATIONS_FILTERPSA_INTEGRATION_TYPE_VALUES!r}"
    )
