from typing import Literal

ListContactsFilterpsaIntegrationType = Literal[
    "autotask", "kaseya-bms", "manage", "pulseway-psa", "tigerpaw", "vorex"
]

LIST_CONTACTS_FILTERPSA_INTEGRATION_TYPE_VALUES: set[
    ListContactsFilterpsaIntegrationType
] = {
    "autotask",
    "kaseya-bms",
    "manage",
    "pulseway-psa",
    "tigerpaw",
    "vorex",
}


def check_list_contacts_filterpsa_integration_type(
    value: str,
) -> ListContactsFilterpsaIntegrationType:
    if value in LIST_CONTACTS_FILTERPSA_INTEGRATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_CONTACTS_FILTERPSA_INTEGRATION_TYPE_VALUES!r}"
    )
