from typing import Literal

BulkUpdateConfigurationsFilterrmmIntegrationType = Literal[
    "addigy",
    "aem",
    "atera",
    "automate",
    "auvik",
    "continuum",
    "jamf-pro",
    "kaseya-vsa",
    "log-me-in",
    "managed-workplace",
    "meraki",
    "msp-n-central",
    "msp-rmm",
    "ninja-rmm",
    "office365",
    "panorama9",
    "pulseway-rmm",
    "syncro",
    "vsa-x",
    "watchman-monitoring",
]

BULK_UPDATE_CONFIGURATIONS_FILTERRMM_INTEGRATION_TYPE_VALUES: set[
    BulkUpdateConfigurationsFilterrmmIntegrationType
] = {
    "addigy",
    "aem",
    "atera",
    "automate",
    "auvik",
    "continuum",
    "jamf-pro",
    "kaseya-vsa",
    "log-me-in",
    "managed-workplace",
    "meraki",
    "msp-n-central",
    "msp-rmm",
    "ninja-rmm",
    "office365",
    "panorama9",
    "pulseway-rmm",
    "syncro",
    "vsa-x",
    "watchman-monitoring",
}


def check_bulk_update_configurations_filterrmm_integration_type(
    value: str,
) -> BulkUpdateConfigurationsFilterrmmIntegrationType:
    if value in BULK_UPDATE_CONFIGURATIONS_FILTERRMM_INTEGRATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BULK_UPDATE_CONFIGURATIONS_FILTERRMM_INTEGRATION_TYPE_VALUES!r}"
    )
