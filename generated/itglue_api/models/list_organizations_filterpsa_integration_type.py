from typing import Literal

ListOrganizationsFilterpsaIntegrationType = Literal[
    "autotask", "kaseya-bms", "manage", "pulseway-psa", "tigerpaw", "vorex"
]

LIST_ORGANIZATIONS_FILTERPSA_INTEGRATION_TYPE_VALUES: set[
    ListOrganizationsFilterpsaIntegrationType
] = {
    "autotask",
    "kaseya-bms",
    "manage",
    "pulseway-psa",
    "tigerpaw",
    "vorex",
}


def check_list_organizations_filterpsa_integration_type(
    value: str,
) -> ListOrganizationsFilterpsaIntegrationType:
    if value in LIST_ORGANIZATIONS_FILTERPSA_INTEGRATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_ORGANIZATIONS_FILTERPSA_INTEGRATION_TYPE_VALUES!r}"
    )
