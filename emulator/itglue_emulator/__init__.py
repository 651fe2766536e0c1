"""A local IT Glue API emulator.

``Emulator.start(orgs=50, seed=1, port=0)`` serves IT Glue's JSON:API on loopback;
routes, parameters, filters, sorts, includes and read attributes come from the
spec (``generated/itglue_api/openapi.json``). Choices where IT Glue's behaviour is
not documented (see the reference's open uncertainties):

- ``page[size]`` over 1000 is clamped to 1000 (Rails/Kaminari ``max_per_page``);
  ``page[size]``/``page[number]`` below 1 or not integers answer 422; pages past the
  end answer an empty ``data``.
- ``/logs`` serves at most 5 pages: the result is cut to ``5 * page[size]`` records.
- Filters, sorts and includes the operation does not declare answer 422, except
  filters on nested routes that declare none (ignored: "not possible" per the KB).
  Filters without an attribute of their own (``psa_id``, ``group_id``) match nothing.
  String filters compare case-insensitively; a date on a timestamp matches that day;
  ``filter[x]=start,end`` on a date attribute is a range (documented for logs).
- Passwords: ``show_password`` defaults to true on show, false on POST/PATCH, and
  the index never returns the value. A key without Password Access never gets
  the value: the attribute is left out, the request still succeeds.
- 429 carries no ``Retry-After`` unless configured (none observed from IT Glue).
- POST answers 201; member DELETE 204; bulk DELETE 200 with the deleted records.
- Injected 500s use the app's error document; 429/502/503/504 the gateway's body.
- The control route ``/_emulator/...`` needs no key (the emulator binds to loopback).
- Writes are atomic: every item of a bulk create/update/delete (and every record created
  inline) is validated and applied under the store lock and rolled back together on the
  first error; a 422 on item ``i`` of a ``data`` array points at ``/data/i/...``.
- Flexible asset traits are converted by the type's fields (``traits.py``): Tag ids to the
  read shape, Upload files to an attachment-like value ``{id, name, file-name, content-type,
  file-size, download-url}``; unknown keys are dropped; required fields are enforced on
  create and PATCH (PATCH replaces the traits).
- PATCH /flexible_asset_types with ``relationships`` answers 403 with the gateway body
  ``{"message": "Forbidden"}`` (the spec models every 403 that way).
- PSA sync, exports, folder deletes, cascades, password versions and avatars: see
  ``resources.py``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from itglue_emulator.app import Emulator

__all__ = ["Emulator"]


def __getattr__(name: str) -> Any:
    # Lazy, so that importing the pytest plugin or the CLI does not load the server.
    if name == "Emulator":
        from itglue_emulator.app import Emulator  # noqa: PLC0415 - lazy on purpose

        return Emulator
    raise AttributeError(name)
