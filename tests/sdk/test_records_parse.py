"""What the generated parsers (through spec/templates) and `RecordReader.read_many` promise about a wire record."""

from __future__ import annotations

import copy
import datetime
import gc
import sys
from collections.abc import Iterator
from typing import Any

import pytest

from itglue_api.models import (
    Configuration,
    ConfigurationWriteAttributes,
    Organization,
    OrganizationAttributes,
    Relationships,
    ResourceIdentifier,
)
from itglue_api.types import UNSET
from itglue_sdk import PasswordRecord
from itglue_sdk._exceptions import AnswerShapeError
from itglue_sdk.resources.records import RecordReader, collector_paused


def organization(**top: Any) -> dict[str, Any]:
    attributes = {
        "name": "Raven IT Services",
        "description": None,
        "organization-type-id": 1000002,
        "organization-type-name": "Internal",
        "organization-status-id": 2000001,
        "organization-status-name": "Active",
        "psa-integration": None,
        "alert": None,
        "primary": True,
        "quick-notes": "<p>Support hours 8am-6pm.</p>",
        "short-name": "RIS",
        "logo": "",
        "my-glue-account-id": None,
        "my-glue-account-status": None,
        "created-at": "2022-06-30T13:29:15.000Z",
        "updated-at": "2022-06-30T20:34:58.000Z",
    }
    return {"id": "13000001", "type": "organizations", "attributes": attributes, "relationships": {}, **top}


@pytest.fixture
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_declared_keys_are_not_kept_as_additional_properties() -> None:
    record = Organization.from_dict(organization())
    assert record.additional_properties == {}
    assert record.attributes.additional_properties == {}
    # Not an emptied copy of the wire object (which keeps its table, sized for every key): a fresh empty dict.
    assert sys.getsizeof(record.attributes.additional_properties) == sys.getsizeof({})
    assert record.attributes.name == "Raven IT Services"
    assert record.attributes.created_at == datetime.datetime(2022, 6, 30, 13, 29, 15, tzinfo=datetime.UTC)


def test_unknown_keys_land_in_additional_properties_in_wire_order() -> None:
    wire = organization(meta={"x": 1}, links={"self": "u"})
    wire["attributes"] = {"zeta": 1, **wire["attributes"], "alpha": [2]}
    record = Organization.from_dict(wire)
    assert record.additional_properties == {"meta": {"x": 1}, "links": {"self": "u"}}
    assert list(record.attributes.additional_properties) == ["zeta", "alpha"]
    assert record.attributes["alpha"] == [2]
    assert "name" not in record.attributes


def test_unknown_keys_of_a_model_without_optional_properties() -> None:
    wire = organization()["attributes"] | {"new-field": "x"}
    assert OrganizationAttributes.from_dict(wire).additional_properties == {"new-field": "x"}


def test_parsing_neither_changes_nor_aliases_the_wire_object() -> None:
    wire = organization(extra={"a": 1})
    before = copy.deepcopy(wire)
    record = Organization.from_dict(wire)
    assert wire == before
    record["more"] = 1
    record.attributes["more"] = 2
    assert wire == before
    assert Organization.from_dict(organization()).additional_properties is not record.additional_properties


def test_a_missing_required_key_still_fails_as_before() -> None:
    wire = organization()
    del wire["id"]
    with pytest.raises(KeyError):
        Organization.from_dict(wire)
    attributes = organization()["attributes"]
    del attributes["name"]
    with pytest.raises(KeyError):
        OrganizationAttributes.from_dict(attributes)


def test_relationships_absent_empty_and_present() -> None:
    absent = organization()
    del absent["relationships"]
    assert Organization.from_dict(absent).relationships is UNSET
    assert "relationships" not in Organization.from_dict(absent).to_dict()

    empty = Organization.from_dict(organization())
    assert isinstance(empty.relationships, Relationships)
    assert empty.relationships.additional_properties == {}
    assert empty.to_dict()["relationships"] == {}
    other = Organization.from_dict(organization())
    assert isinstance(other.relationships, Relationships)
    assert other.relationships.additional_properties is not empty.relationships.additional_properties

    linked = Organization.from_dict(organization(relationships={"parent": {"data": {"id": "5", "type": "orgs"}}}))
    assert isinstance(linked.relationships, Relationships)
    assert isinstance(linked.relationships["parent"].data, ResourceIdentifier)
    assert linked.relationships["parent"].data.id == "5"


def test_a_record_round_trips_to_the_same_wire_object() -> None:
    wire = organization(relationships={"parent": {"data": [{"id": "5", "type": "organizations"}]}}, extra=1)
    assert Organization.from_dict(wire).to_dict() == {
        **wire,
        "attributes": {**wire["attributes"], "created-at": "2022-06-30T13:29:15+00:00"}
        | {"updated-at": "2022-06-30T20:34:58+00:00"},
    }


@pytest.mark.parametrize(
    ("wire", "expected"),
    [
        ({}, UNSET),
        ({"warranty-expires-at": None}, None),
        ({"warranty-expires-at": "2026-01-20"}, datetime.date(2026, 1, 20)),
        # The generator's parser keeps what it cannot read as a date as it is; so does the inlined one.
        ({"warranty-expires-at": "soon"}, "soon"),
    ],
)
def test_an_optional_nullable_date_keeps_absent_null_and_value_apart(wire: dict[str, Any], expected: object) -> None:
    attributes = ConfigurationWriteAttributes.from_dict(wire)
    assert attributes.warranty_expires_at == expected
    assert type(attributes.warranty_expires_at) is type(expected)
    assert ("warranty-expires-at" in attributes.to_dict()) is (expected is not UNSET)


def test_a_required_nullable_date_reads_null_and_value() -> None:
    reader = RecordReader()  # fills the attributes this short answer lacks
    body: dict[str, Any] = {
        "id": "1",
        "type": "configurations",
        "attributes": {"name": "fw", "warranty-expires-at": "2026-01-20", "installed-at": None},
    }
    record = reader.read(Configuration, body)
    assert record.attributes.warranty_expires_at == datetime.date(2026, 1, 20)
    assert record.attributes.installed_at is None


def test_an_overlay_subclass_is_built_with_its_own_fields() -> None:
    wire = {
        "id": "7",
        "type": "passwords",
        "attributes": {"name": "router", "username": "admin", "password": "s3cret-value"},
    }
    record = RecordReader().read(PasswordRecord, wire)
    assert isinstance(record, PasswordRecord)
    assert record.attributes.name == "router"
    assert record.secret is not None
    assert record.secret.reveal() == "s3cret-value"


def test_read_many_pauses_the_collector_only_while_building(collector_on: None) -> None:
    seen: list[bool] = []
    reader = RecordReader(lambda name: seen.append(gc.isenabled()))
    incomplete = organization()
    del incomplete["attributes"]["alert"]
    records = reader.read_many(Organization, [organization(), incomplete])
    assert [record.attributes.alert for record in records] == [None, None]
    assert seen == [False]
    assert gc.isenabled()


def test_read_many_enables_the_collector_again_when_a_record_fails(collector_on: None) -> None:
    broken = organization()
    del broken["id"]
    with pytest.raises(KeyError):
        RecordReader().read_many(Organization, [organization(), broken])
    assert gc.isenabled()
    with pytest.raises(AnswerShapeError):
        RecordReader().read_many(Organization, [organization(), None])
    assert gc.isenabled()


def test_read_many_leaves_a_disabled_collector_disabled(collector_on: None) -> None:
    gc.disable()
    RecordReader().read_many(Organization, [organization()])
    assert not gc.isenabled()


def test_nested_pauses_enable_the_collector_once_the_outer_one_ends(collector_on: None) -> None:
    with collector_paused():
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
