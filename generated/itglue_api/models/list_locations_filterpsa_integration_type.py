from typing import Literal

ListLocationsFilterpsaIntegrationType = Literal[
    "autotask", "kaseya-bms", "manage", "pulseway-psa", "tigerpaw", "vorex"
]

LIST_LOCATIONS_FILTERPSA_INTEGRATION_TYPE_VALUES: set[
    ListLocationsFilterpsaIntegrationType
] = {
    "autotask",
    "kaseya-bms",
    "manage",
    "pulseway-psa",
    "tigerpaw",
    "vorex",
}


def check_list_locations_filterpsa_integration_type(
    value: str,
) -> ListLocationsFilterpsaIntegrationType:
    if value in LIST_LOCATIONS_FILTERPSA_INTEGRATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_LOCATIONS_FILTERPSA_INTEGRATION_TYPE_VALUES!r}"
    )
