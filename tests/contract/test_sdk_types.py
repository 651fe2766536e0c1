"""The SDK's static types (`itglue_sdk.types`) say exactly what its run-time checks accept, group by group."""

from __future__ import annotations

import typing

import pytest

from itglue_sdk import types as sdk_types
from itglue_sdk._spec.index import load_spec, python_key, spec_document

GROUPS = sorted(load_spec().groups)


def _literal_values(alias: object) -> set[str]:
    return {value for value in typing.get_args(alias) if isinstance(value, str)}


@pytest.mark.parametrize("name", GROUPS)
def test_sort_and_include_literals_are_the_operations_values(name: str) -> None:
    group = load_spec().group(name)
    reads = [op for (action, _), op in group.operations.items() if action in {"list", "get"}]
    sorts = {sort for op in reads if op.action == "list" for sort in op.sorts}
    includes = {include for op in reads for include in op.includes}
    assert _literal_values(getattr(sdk_types, f"{group.model_name}Sort")) == sorts
    assert _literal_values(getattr(sdk_types, f"{group.model_name}Include")) == includes


@pytest.mark.parametrize("name", GROUPS)
def test_filter_typeddicts_hold_every_filter_of_the_list_routes(name: str) -> None:
    group = load_spec().group(name)
    filters = {key for (action, _), op in group.operations.items() if action == "list" for key in op.filters}
    declared = getattr(sdk_types, f"{group.model_name}Filters").__annotations__
    exact = {filter_name for mode, filter_name in filters if mode == "exact"}
    nested = {mode for mode, _ in filters if mode != "exact"}
    assert set(declared) == exact | nested
    for mode in nested:
        sub = getattr(sdk_types, f"{group.model_name}{mode.title()}Filters").__annotations__
        assert set(sub) == {filter_name for m, filter_name in filters if m == mode}


@pytest.mark.parametrize("name", [name for name in GROUPS if load_spec().group(name).write_attributes])
def test_create_params_are_the_writable_attributes_with_the_create_required(name: str) -> None:
    group = load_spec().group(name)
    create = getattr(sdk_types, f"{group.model_name}CreateParams")
    assert set(create.__annotations__) == {python_key(key) for key in group.write_attributes}
    schemas = spec_document()["components"]["schemas"]
    required = schemas[f"{group.model_name}WriteAttributes"].get("x-itglue-required-on-create", [])
    assert create.__required_keys__ == {python_key(key) for key in required}
    assert getattr(sdk_types, f"{group.model_name}UpdateParams").__required_keys__ == frozenset()


def test_the_documented_create_requirements() -> None:
    required = {
        "Organization": {"name"},
        "Configuration": {"organization_id", "configuration_type_id", "name"},
        "Password": {"organization_id", "name"},
        "Location": {"organization_id", "name"},
        "FlexibleAsset": {"organization_id", "flexible_asset_type_id", "traits"},
        "FlexibleAssetField": {"name", "kind", "flexible_asset_type_id"},
        "RelatedItem": {"destination_id", "destination_type"},
        "DocumentSection": {"resource_type"},
    }
    for model, keys in required.items():
        assert getattr(sdk_types, f"{model}CreateParams").__required_keys__ == keys, model
