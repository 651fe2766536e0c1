"""Local DuckDB mirror of an IT Glue estate: `Mirror`, its sync reports and its query errors.

```python
from itglue_mirror import Mirror
from itglue_sdk import ITGlueClient

with ITGlueClient("production") as client:
    mirror = Mirror("production")
    mirror.sync(client)  # full the first time, incremental afterwards
    print(mirror.sql("SELECT name, warranty_expires_at FROM configurations ORDER BY 2 LIMIT 10"))
    print(mirror.search("acme"))  # by name across organizations, configurations, contacts, passwords...
```
"""

from itglue_mirror.mirror import (
    Mirror,
    Progress,
    QueryTimeoutError,
    ReadOnlyQueryError,
    ResourceReport,
    ResourceStatus,
    SyncReport,
    default_path,
)
from itglue_mirror.search import MATCHES, RESULT_SCHEMA, SEARCHED, SearchTextError
from itglue_mirror.store import MirrorBusyError

__all__ = [
    "MATCHES",
    "RESULT_SCHEMA",
    "SEARCHED",
    "Mirror",
    "MirrorBusyError",
    "Progress",
    "QueryTimeoutError",
    "ReadOnlyQueryError",
    "ResourceReport",
    "ResourceStatus",
    "SearchTextError",
    "SyncReport",
    "default_path",
]
