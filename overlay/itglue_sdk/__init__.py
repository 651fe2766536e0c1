"""The typed IT Glue SDK: `ITGlueClient`, `AsyncITGlueClient`, their errors, events and instances.

```python
from itglue_sdk import ITGlueClient

with ITGlueClient("production") as client:
    for organization in client.organizations.list(filter={"organization_type_id": 5}, sort="name"):
        print(organization.attributes.name)
```
"""

from itglue_sdk.client import AsyncITGlueClient, ITGlueClient
from itglue_sdk.errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    CircuitOpenError,
    ConfigurationError,
    InsecureURLError,
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
    UnknownInstanceError,
    ValidationError,
)
from itglue_sdk.events import Event, EventBus
from itglue_sdk.instances import Instance, InstanceStore
from itglue_sdk.observability import HealthReport, MetricsSnapshot, configure_logging
from itglue_sdk.pagination import AsyncPager, Page, SyncPager
from itglue_sdk.resources import Shown
from itglue_sdk.retrying import RetryPolicy
from itglue_sdk.secret import Secret
from itglue_sdk.usage_errors import InvalidParameterError, UnsupportedOperationError, UsageError

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncITGlueClient",
    "AsyncPager",
    "AuthenticationError",
    "BadRequestError",
    "CircuitOpenError",
    "ConfigurationError",
    "Event",
    "EventBus",
    "HealthReport",
    "ITGlueClient",
    "ITGlueError",
    "InsecureURLError",
    "Instance",
    "InstanceStore",
    "InvalidParameterError",
    "KeyringUnavailableError",
    "MetricsSnapshot",
    "MissingAPIKeyError",
    "NotFoundError",
    "Page",
    "PermissionDeniedError",
    "PluginError",
    "RateLimitError",
    "RequestTooLargeError",
    "RetryPolicy",
    "Secret",
    "ServerError",
    "ServiceUnavailableError",
    "Shown",
    "SyncPager",
    "UnknownInstanceError",
    "UnsupportedOperationError",
    "UsageError",
    "ValidationError",
    "configure_logging",
]
