from typing import Literal

ListConfigurationsFilterpsaIntegrationType = Literal[
    "autotask", "kaseya-bms", "manage", "pulseway-psa", "tigerpaw", "vorex"
]

LIST_CONFIGURATIONS_FILTERPSA_INTEGRATION_TYPE_VALUES: set[
    ListConfigurationsFilterpsaIntegrationType
] = {
    "autotask",
    "kaseya-bms",
    "manage",
    "pulseway-psa",
    "tigerpaw",
    "vorex",
}


def check_list_configurations_filterpsa_integration_type(
    value: str,
) -> ListConfigurationsFilterpsaIntegrationType:
    if value in LIST_CONFIGURATIONS_FILTERPSA_INTEGRATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_CONFIGURATIONS_FILTERPSA_INTEGRATION_TYPE_VALUES!r}"
    )
