"""Passwords: the value only when asked, held in a `Secret`.

IT Glue's show route returns the password value by default; the facade always sends ``show_password`` and
asks for the value only when the caller passes ``show_password=True``. The value is moved out of the parsed
attributes into `PasswordRecord.secret`, so printing or logging a record never shows it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from itglue_api.models import PasswordWriteAttributes
from itglue_sdk._http.requester import RequestOptions, TimeoutTypes, arun, run
from itglue_sdk._password_record import PasswordRecord
from itglue_sdk._spec.payloads import Ref
from itglue_sdk._spec.query import MAX_PAGE_SIZE
from itglue_sdk.resources.pagination import DEFAULT_PREFETCH, AsyncPager, SyncPager
from itglue_sdk.resources.service import AsyncResourceService, ResourceService, Shown
from itglue_sdk.types import PasswordCreateParams, PasswordFilters, PasswordInclude, PasswordSort, PasswordUpdateParams


def _show(show_password: bool) -> dict[str, str]:
    return {"show_password": "true" if show_password else "false"}


def _read(show_password: bool, version_id: int | None) -> dict[str, str]:
    return _show(show_password) | ({"version_id": str(version_id)} if version_id is not None else {})


class PasswordService(
    ResourceService[
        PasswordRecord,
        PasswordWriteAttributes,
        PasswordCreateParams,
        PasswordUpdateParams,
        PasswordFilters,
        PasswordSort,
        PasswordInclude,
    ]
):
    """`ResourceService` for passwords; reads carry a ``show_password`` switch (default off).

    Write attributes may hold the new value as a `Secret` (``{"password": Secret("...")}``); it is revealed
    only while the request body is encoded.
    """

    model = PasswordRecord

    def list(
        self,
        *,
        filter: PasswordFilters | None = None,
        sort: PasswordSort | None = None,
        include: PasswordInclude | Sequence[PasswordInclude] | None = None,
        page_size: int = MAX_PAGE_SIZE,
        limit: int | None = None,
        prefetch: int = DEFAULT_PREFETCH,
        show_password: bool = False,
        timeout: TimeoutTypes = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPager[PasswordRecord]:
        """List passwords (see `ResourceService.list`).

        Args:
            filter: Filters in the API's vocabulary.
            sort: One sort field.
            include: Related records to side-load.
            page_size: Records per request.
            limit: Stop after this many records.
            prefetch: Most page requests in flight at once once page 1 said how many pages there are
                (default 8; each still paced by the client's rate limiter); 0 or 1 fetches one page at
                a time. See `itglue_sdk.resources.pagination`.
            show_password: Ask for the values (needs a key with Password Access). IT Glue's index omits them
                anyway; read one password with `get` to get its value.
            timeout: This call's timeout, in seconds or as an ``httpx.Timeout``, instead of the client's.
            extra_headers: Headers added to this call's requests (see `itglue_sdk._http.requester.RequestOptions`).

        Returns:
            An iterable of records.
        """
        fetch = self._calls.list_pages(filter=filter, sort=sort, include=include, extra=_show(show_password))
        return SyncPager(
            self._requester,
            fetch,
            page_size=page_size,
            limit=limit,
            options=RequestOptions.of(timeout, extra_headers),
            prefetch=prefetch,
        )

    def get(
        self,
        id: Ref,
        *,
        include: PasswordInclude | Sequence[PasswordInclude] | None = None,
        show_password: bool = False,
        version_id: int | None = None,
        timeout: TimeoutTypes = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PasswordRecord | None:
        """Read one password.

        Args:
            id: Record id or model.
            include: Related records to side-load.
            show_password: Return the value in `PasswordRecord.secret`.
            version_id: Read a past revision.
            timeout: This call's timeout, in seconds or as an ``httpx.Timeout``, instead of the client's.
            extra_headers: Headers added to this call's requests (see `itglue_sdk._http.requester.RequestOptions`).

        Returns:
            The password, or None when it does not exist.
        """
        return run(
            self._requester,
            self._calls.find(id, include=include, extra=_read(show_password, version_id)),
            RequestOptions.of(timeout, extra_headers),
        )

    def require(
        self,
        id: Ref,
        *,
        include: PasswordInclude | Sequence[PasswordInclude] | None = None,
        show_password: bool = False,
        version_id: int | None = None,
        timeout: TimeoutTypes = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PasswordRecord:
        """Read one password that must exist (see `get`); `NotFoundError` when it does not."""
        call = self._calls.find(id, include=include, extra=_read(show_password, version_id), missing_ok=False)
        return run(self._requester, call, RequestOptions.of(timeout, extra_headers))

    def show(
        self,
        id: Ref,
        *,
        include: PasswordInclude | Sequence[PasswordInclude] | None = None,
        show_password: bool = False,
        version_id: int | None = None,
        timeout: TimeoutTypes = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Shown[PasswordRecord] | None:
        """Read one password with its side-loaded records (see `ResourceService.show`).

        Args:
            id: Record id or model.
            include: Related records to side-load.
            show_password: Return the value in `PasswordRecord.secret`.
            version_id: Read a past revision.
            timeout: This call's timeout, in seconds or as an ``httpx.Timeout``, instead of the client's.
            extra_headers: Headers added to this call's requests (see `itglue_sdk._http.requester.RequestOptions`).

        Returns:
            The password and its included records, or None when it does not exist.
        """
        extra = _read(show_password, version_id)
        return run(
            self._requester,
            self._calls.find_shown(id, include=include, extra=extra),
            RequestOptions.of(timeout, extra_headers),
        )


class AsyncPasswordService(
    AsyncResourceService[
        PasswordRecord,
        PasswordWriteAttributes,
        PasswordCreateParams,
        PasswordUpdateParams,
        PasswordFilters,
        PasswordSort,
        PasswordInclude,
    ]
):
    """The async twin of `PasswordService`."""

    model = PasswordRecord

    def list(
        self,
        *,
        filter: PasswordFilters | None = None,
        sort: PasswordSort | None = None,
        include: PasswordInclude | Sequence[PasswordInclude] | None = None,
        page_size: int = MAX_PAGE_SIZE,
        limit: int | None = None,
        prefetch: int = DEFAULT_PREFETCH,
        show_password: bool = False,
        timeout: TimeoutTypes = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPager[PasswordRecord]:
        """List passwords (see `PasswordService.list`)."""
        fetch = self._calls.list_pages(filter=filter, sort=sort, include=include, extra=_show(show_password))
        return AsyncPager(
            self._requester,
            fetch,
            page_size=page_size,
            limit=limit,
            options=RequestOptions.of(timeout, extra_headers),
            prefetch=prefetch,
        )

    async def get(
        self,
        id: Ref,
        *,
        include: PasswordInclude | Sequence[PasswordInclude] | None = None,
        show_password: bool = False,
        version_id: int | None = None,
        timeout: TimeoutTypes = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PasswordRecord | None:
        """Read one password (see `PasswordService.get`)."""
        extra = _read(show_password, version_id)
        return await arun(
            self._requester,
            self._calls.find(id, include=include, extra=extra),
            RequestOptions.of(timeout, extra_headers),
        )

    async def require(
        self,
        id: Ref,
        *,
        include: PasswordInclude | Sequence[PasswordInclude] | None = None,
        show_password: bool = False,
        version_id: int | None = None,
        timeout: TimeoutTypes = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PasswordRecord:
        """Read one password that must exist (see `PasswordService.require`)."""
        call = self._calls.find(id, include=include, extra=_read(show_password, version_id), missing_ok=False)
        return await arun(self._requester, call, RequestOptions.of(timeout, extra_headers))

    async def show(
        self,
        id: Ref,
        *,
        include: PasswordInclude | Sequence[PasswordInclude] | None = None,
        show_password: bool = False,
        version_id: int | None = None,
        timeout: TimeoutTypes = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Shown[PasswordRecord] | None:
        """Read one password with its side-loaded records (see `PasswordService.show`)."""
        extra = _read(show_password, version_id)
        return await arun(
            self._requester,
            self._calls.find_shown(id, include=include, extra=extra),
            RequestOptions.of(timeout, extra_headers),
        )
