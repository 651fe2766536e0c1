from typing import Literal

CountryResourceType = Literal["countries"]

COUNTRY_RESOURCE_TYPE_VALUES: set[CountryResourceType] = {
    "countries",
}


def check_country_resource_type(value: str) -> CountryResourceType:
    if value in COUNTRY_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COUNTRY_RESOURCE_TYPE_VALUES!r}"
    )
