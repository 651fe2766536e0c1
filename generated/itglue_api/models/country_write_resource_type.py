from typing import Literal

CountryWriteResourceType = Literal["countries"]

COUNTRY_WRITE_RESOURCE_TYPE_VALUES: set[CountryWriteResourceType] = {
    "countries",
}


def check_country_write_resource_type(value: str) -> CountryWriteResourceType:
    if value in COUNTRY_WRITE_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COUNTRY_WRITE_RESOURCE_TYPE_VALUES!r}"
    )
