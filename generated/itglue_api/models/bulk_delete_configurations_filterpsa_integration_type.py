from typing import Literal

BulkDeleteConfigurationsFilterpsaIntegrationType = Literal[
    "autotask", "kaseya-bms", "manage", "pulseway-psa", "tigerpaw", "vorex"
]

BULK_DELETE_CONFIGURATIONS_FILTERPSA_INTEGRATION_TYPE_VALUES: set[
    BulkDeleteConfigurationsFilterpsaIntegrationType
] = {
    "autotask",
    "kaseya-bms",
    "manage",
    "pulseway-psa",
    "tigerpaw",
    "vorex",
}


def check_bulk_delete_configurations_filterpsa_integration_type(
    value: str,
) -> BulkDeleteConfigurationsFilterpsaIntegrationType:
    if value in BULK_DELETE_CONFIGURATIONS_FILTERPSA_INTEGRATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BULK_DELETE_CONFIGURATIONS_FILTERPSA_INTEGRATION_TYPE_VALUES!r}"
    )
