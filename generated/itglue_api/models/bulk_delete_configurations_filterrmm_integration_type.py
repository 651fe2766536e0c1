from typing import Literal

BulkDeleteConfigurationsFilterrmmIntegrationType = Literal[
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

BULK_DELETE_CONFIGURATIONS_FILTERRMM_INTEGRATION_TYPE_VALUES: set[
    BulkDeleteConfigurationsFilterrmmIntegrationType
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


def check_bulk_delete_configurations_filterrmm_integration_type(
    value: str,
) -> BulkDeleteConfigurationsFilterrmmIntegrationType:
    if value in BULK_DELETE_CONFIGURATIONS_FILTERRMM_INTEGRATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BULK_DELETE_CONFIGURATIONS_FILTERRMM_INTEGRATION_TYPE_VALUES!r}"
    )
