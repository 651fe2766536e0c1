"""Local DuckDB mirror of an IT Glue estate: `Mirror`, its sync reports and its query errors.

```python
from itglue_mirror import Mirror
from itglue_sdk import ITGlueClient

with ITGlueClient("production") as client:
    mirror = Mirror("production")
    mirror.sync(client)  # full the first time, incremental afterwards
    print(mirror.sql("SELECT name, warranty_expires_at FROM configurations ORDER BY 2 LIMIT 10"))
```
"""

from itglue_mirror.mirror import (
    Mirror,
    Progress,
    ReadOnlyQueryError,
    ResourceReport,
    ResourceStatus,
    SyncReport,
    default_path,
)
from itglue_mirror.store import MirrorBusyError

__all__ = [
    "Mirror",
    "MirrorBusyError",
    "Progress",
    "ReadOnlyQueryError",
    "ResourceReport",
    "ResourceStatus",
    "SyncReport",
    "default_path",
]
