from typing import Literal

ListConfigurationsFilterrmmIntegrationType = Literal[
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

LIST_CONFIGURATIONS_FILTERRMM_INTEGRATION_TYPE_VALUES: set[
    ListConfigurationsFilterrmmIntegrationType
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


def check_list_configurations_filterrmm_integration_type(
    value: str,
) -> ListConfigurationsFilterrmmIntegrationType:
    if value in LIST_CONFIGURATIONS_FILTERRMM_INTEGRATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_CONFIGURATIONS_FILTERRMM_INTEGRATION_TYPE_VALUES!r}"
    )
