from typing import Literal

BulkUpdateConfigurationsFilterpsaIntegrationType = Literal[
    "autotask", "kaseya-bms", "manage", "pulseway-psa", "tigerpaw", "vorex"
]

BULK_UPDATE_CONFIGURATIONS_FILTERPSA_INTEGRATION_TYPE_VALUES: set[
    BulkUpdateConfigurationsFilterpsaIntegrationType
] = {
    "autotask",
    "kaseya-bms",
    "manage",
    "pulseway-psa",
    "tigerpaw",
    "vorex",
}


def check_bulk_update_configurations_filterpsa_integration_type(
    value: str,
) -> BulkUpdateConfigurationsFilterpsaIntegrationType:
    if value in BULK_UPDATE_CONFIGURATIONS_FILTERPSA_INTEGRATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BULK_UPDATE_CONFIGURATIONS_FILTERPSA_INTEGRATION_TYPE_VALUES!r}"
    )
