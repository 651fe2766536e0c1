"""Code that must fail type checking: misspelt sort, filter and write keys, a create lacking its name, bad options.

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
    client.organizations.list(timeout="5")  # expect: arg-type
    client.organizations.get(1, extra_headers={"X-Trace": 5})  # expect: dict-item
