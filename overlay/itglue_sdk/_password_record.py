"""`PasswordRecord`: the generated `Password` model with its value held in a `Secret`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define

from itglue_api.models import Password
from itglue_sdk.secret import Secret


@define
class PasswordRecord(Password):
    """A generated `Password` whose value, when requested, lives in ``secret`` instead of the attributes.

    Attributes:
        secret: The password value (`Secret.reveal` returns it); None unless asked for with
            ``show_password=True``, or when the password has no value.
    """

    secret: Secret | None = None

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a wire password record, moving ``attributes.password`` into `secret`."""
        attributes = dict(src_dict.get("attributes") or {})
        value = attributes.pop("password", None)
        record = super().from_dict({**src_dict, "attributes": attributes})
        record.secret = Secret(value) if isinstance(value, str) else None
        return record
