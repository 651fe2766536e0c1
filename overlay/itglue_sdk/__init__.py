"""The typed IT Glue SDK: `ITGlueClient`, `AsyncITGlueClient`, their errors, events and instances.

```python
from itglue_sdk import ITGlueClient

with ITGlueClient("production") as client:
    for organization in client.organizations.list(filter={"organization_type_id": 5}, sort="name"):
        print(organization.attributes.name)
```

Everything typed code needs is here: the clients, the errors, `Unset` and `is_set` for the few attributes that
may be left out, and every group's models and parameter types (`itglue_sdk.types`: ``Organization``,
``OrganizationFilters``, ``OrganizationSort``, ``OrganizationCreateParams``...). Importing the package loads
neither the generated models nor the spec: the model and parameter types are imported on first access.
"""

import importlib
import logging
from typing import TYPE_CHECKING, Any

from itglue_sdk._client import AsyncITGlueClient, ITGlueClient
from itglue_sdk._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    CircuitOpenError,
    ConfigurationError,
    ErrorDetail,
    InsecureURLError,
    InvalidParameterError,
    ITGlueError,
    KeyringUnavailableError,
    MissingAPIKeyError,
    NotFoundError,
    PermissionDeniedError,
    PluginError,
    RateLimitError,
    RequestTooLargeError,
    ServerError,
    ServiceUnavailableError,
    UnexpectedResponseError,
    UnknownInstanceError,
    UnsupportedOperationError,
    UsageError,
    ValidationError,
)
from itglue_sdk._http.health import HealthReport
from itglue_sdk._http.requester import TransferProgress
from itglue_sdk._http.retry import RetryPolicy
from itglue_sdk._spec.query import Range
from itglue_sdk.config.instances import Instance, InstanceStore
from itglue_sdk.events.bus import Event, EventBus
from itglue_sdk.observability.logs import configure_logging
from itglue_sdk.observability.metrics import MetricsSnapshot
from itglue_sdk.resources.batch import BatchProgress, BatchResult, ItemResult
from itglue_sdk.resources.cache import LookupCache, MemoryLookupCache, RecordCache
from itglue_sdk.resources.pagination import AsyncPager, Page, SyncPager
from itglue_sdk.resources.service import Shown
from itglue_sdk.secret import Secret
from itglue_sdk.unset import UNSET, Unset, is_set

# A library never decides where logs go: without this, Python's last-resort handler would print the SDK's
# warnings to stderr for applications that configured no logging. `configure_logging` adds the real handler.
logging.getLogger(__name__).addHandler(logging.NullHandler())

if TYPE_CHECKING:
    from itglue_sdk.types import *  # noqa: F403
else:
    # Hidden from type checkers, so that a misspelt name is an error for them instead of `Any`.
    def __getattr__(name: str) -> Any:
        # The models and parameter types pull in the generated package: only when one is asked for. By
        # importlib, since `from itglue_sdk import types` would ask this very function for `types` first.
        types = importlib.import_module("itglue_sdk.types")
        if name in types.__all__:
            return getattr(types, name)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "UNSET",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncITGlueClient",
    "AsyncPager",
    "AuthenticationError",
    "BadRequestError",
    "BatchProgress",
    "BatchResult",
    "CircuitOpenError",
    "ConfigurationError",
    "ErrorDetail",
    "Event",
    "EventBus",
    "HealthReport",
    "ITGlueClient",
    "ITGlueError",
    "InsecureURLError",
    "Instance",
    "InstanceStore",
    "InvalidParameterError",
    "ItemResult",
    "KeyringUnavailableError",
    "LookupCache",
    "MemoryLookupCache",
    "MetricsSnapshot",
    "MissingAPIKeyError",
    "NotFoundError",
    "Page",
    "PermissionDeniedError",
    "PluginError",
    "Range",
    "RateLimitError",
    "RecordCache",
    "RequestTooLargeError",
    "RetryPolicy",
    "Secret",
    "ServerError",
    "ServiceUnavailableError",
    "Shown",
    "SyncPager",
    "TransferProgress",
    "UnexpectedResponseError",
    "UnknownInstanceError",
    "Unset",
    "UnsupportedOperationError",
    "UsageError",
    "ValidationError",
    "configure_logging",
    "is_set",
]
