"""A group's first use imports its own generated models only; every model name still resolves."""

from __future__ import annotations

import json
import subprocess
import sys

CHILD = """
import json, sys
import httpx
from itglue_sdk import ITGlueClient

body = b'{"data": {"id": "7", "type": "organizations", "attributes": {"name": "Acme"}, "relationships": {}}}'
answer = lambda request: httpx.Response(200, content=body, headers={"content-type": "application/vnd.api+json"})
after_import = sorted(m for m in sys.modules if m.startswith("itglue_api.models"))
with ITGlueClient(
    base_url="https://api.example.com", api_key="ITG.0123456789abcdef.abcdefghij", transport=httpx.MockTransport(answer)
) as client:
    name = client.organizations.get(7).attributes.name
print(json.dumps({
    "after_import": after_import,
    "name": name,
    "models": sorted(m for m in sys.modules if m.startswith("itglue_api.models.")),
}))
"""


def test_using_organizations_imports_only_the_organization_models() -> None:
    done = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, check=True)  # noqa: S603
    found = json.loads(done.stdout)
    assert found["after_import"] == []  # `import itglue_sdk` loads no generated model
    assert found["name"] == "Acme"
    assert "itglue_api.models.organization" in found["models"]
    assert "itglue_api.models.flexible_asset" not in found["models"]
    # The organization's models and those they refer to (the relationships' linkage), nothing of other groups.
    closure = ("organization", "relationship", "resource_identifier")
    assert all(module.split(".")[-1].startswith(closure) for module in found["models"])
    assert len(found["models"]) <= 8


def test_every_model_name_resolves_and_a_wrong_one_is_an_attribute_error() -> None:
    import importlib

    import pytest

    import itglue_sdk
    from itglue_api import models

    assert models.Organization.__module__ == "itglue_api.models.organization"
    assert itglue_sdk.Organization is models.Organization
    assert set(models.__all__) <= set(dir(models))
    for name in models.__all__:  # each name is the object its own module defines (classes and Literal aliases)
        assert getattr(models, name) is getattr(importlib.import_module(models._MODULES[name], models.__name__), name)
    with pytest.raises(AttributeError):
        models.NoSuchModel  # type: ignore[attr-defined]  # noqa: B018


LIST_CHILD = """
import json, sys
import httpx
from itglue_sdk import ITGlueClient

body = json.dumps({
    "data": [{"id": "7", "type": "organizations", "attributes": {"name": "Acme"}, "relationships": {}}],
    "meta": {"current-page": 1, "total-pages": 1, "total-count": 1},
}).encode()
answer = lambda request: httpx.Response(200, content=body, headers={"content-type": "application/vnd.api+json"})
with ITGlueClient(
    base_url="https://api.example.com", api_key="ITG.0123456789abcdef.abcdefghij", transport=httpx.MockTransport(answer)
) as client:
    names = [org.attributes.name for org in client.organizations.list()]
print(json.dumps({"names": names, "models": sorted(m for m in sys.modules if m.startswith("itglue_api.models."))}))
"""


def test_a_listing_without_side_loads_imports_only_the_organization_models() -> None:
    # A page without `included` must not load the models of every type a side-load could hold.
    done = subprocess.run([sys.executable, "-c", LIST_CHILD], capture_output=True, text=True, check=True)  # noqa: S603
    found = json.loads(done.stdout)
    assert found["names"] == ["Acme"]
    closure = ("organization", "relationship", "resource_identifier", "generic_resource")
    assert all(module.split(".")[-1].startswith(closure) for module in found["models"]), found["models"]
    assert "itglue_api.models.password" not in found["models"]
