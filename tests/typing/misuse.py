"""Code that must fail type checking: a misspelt sort, filter and write key, and a create lacking a required name.

`test_user_code.py` asserts that mypy reports exactly the errors marked ``# expect: <code>`` and nothing else.
"""

from __future__ import annotations

from itglue_sdk import ITGlueClient


def misuse(client: ITGlueClient) -> None:
    client.organizations.list(sort="nmae")  # expect: arg-type
    client.configurations.list(filter={"organisation_id": 5})  # expect: arg-type
    client.organizations.create({"name": "Acme", "shortname": "A"})  # expect: arg-type
    client.organizations.create({"description": "no name"})  # expect: arg-type
    client.organizations.update(1, {"name": 42})  # expect: arg-type
    client.organizations.show(1, include="attachmnets")  # expect: arg-type
    client.countries.create({"name": "Atlantis"})  # expect: attr-defined
