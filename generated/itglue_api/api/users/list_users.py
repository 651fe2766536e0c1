from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_document import ErrorDocument
from ...models.gateway_error import GatewayError
from ...models.list_users_filterrole_name import (
    ListUsersFilterroleName,
)
from ...models.user_list import UserList
from ...models.user_sort import UserSort
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    pagesize: int | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    filterid: str | Unset = UNSET,
    filtername: str | Unset = UNSET,
    filteremail: str | Unset = UNSET,
    filterrole_name: ListUsersFilterroleName | Unset = UNSET,
    filtersalesforce_id: str | Unset = UNSET,
    sort: UserSort | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page[size]"] = pagesize

    params["page[number]"] = pagenumber

    params["filter[id]"] = filterid

    params["filter[name]"] = filtername

    params["filter[email]"] = filteremail

    json_filterrole_name: str | Unset = UNSET
    if not isinstance(filterrole_name, Unset):
        json_filterrole_name = filterrole_name

    params["filter[role_name]"] = json_filterrole_name

    params["filter[salesforce_id]"] = filtersalesforce_id

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort

    params["sort"] = json_sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/users",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDocument | GatewayError | UserList | None:
    if response.status_code == 200:
        response_200 = UserList.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorDocument.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GatewayError.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorDocument.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = ErrorDocument.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = GatewayError.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorDocument.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = GatewayError.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = GatewayError.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = GatewayError.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorDocument | GatewayError | UserList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    pagesize: int | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    filterid: str | Unset = UNSET,
    filtername: str | Unset = UNSET,
    filteremail: str | Unset = UNSET,
    filterrole_name: ListUsersFilterroleName | Unset = UNSET,
    filtersalesforce_id: str | Unset = UNSET,
    sort: UserSort | Unset = UNSET,
) -> Response[ErrorDocument | GatewayError | UserList]:
    """List users

    Args:
        pagesize (int | Unset):
        pagenumber (int | Unset):
        filterid (str | Unset):
        filtername (str | Unset):
        filteremail (str | Unset):
        filterrole_name (ListUsersFilterroleName | Unset):
        filtersalesforce_id (str | Unset):
        sort (UserSort | Unset): Sort field; `-` prefix for descending. The documented lists spell
            the timestamps `created-at`/`updated-at`; the snake spellings are accepted too.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | GatewayError | UserList]
    """

    kwargs = _get_kwargs(
        pagesize=pagesize,
        pagenumber=pagenumber,
        filterid=filterid,
        filtername=filtername,
        filteremail=filteremail,
        filterrole_name=filterrole_name,
        filtersalesforce_id=filtersalesforce_id,
        sort=sort,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    pagesize: int | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    filterid: str | Unset = UNSET,
    filtername: str | Unset = UNSET,
    filteremail: str | Unset = UNSET,
    filterrole_name: ListUsersFilterroleName | Unset = UNSET,
    filtersalesforce_id: str | Unset = UNSET,
    sort: UserSort | Unset = UNSET,
) -> ErrorDocument | GatewayError | UserList | None:
    """List users

    Args:
        pagesize (int | Unset):
        pagenumber (int | Unset):
        filterid (str | Unset):
        filtername (str | Unset):
        filteremail (str | Unset):
        filterrole_name (ListUsersFilterroleName | Unset):
        filtersalesforce_id (str | Unset):
        sort (UserSort | Unset): Sort field; `-` prefix for descending. The documented lists spell
            the timestamps `created-at`/`updated-at`; the snake spellings are accepted too.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | GatewayError | UserList
    """

    return sync_detailed(
        client=client,
        pagesize=pagesize,
        pagenumber=pagenumber,
        filterid=filterid,
        filtername=filtername,
        filteremail=filteremail,
        filterrole_name=filterrole_name,
        filtersalesforce_id=filtersalesforce_id,
        sort=sort,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    pagesize: int | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    filterid: str | Unset = UNSET,
    filtername: str | Unset = UNSET,
    filteremail: str | Unset = UNSET,
    filterrole_name: ListUsersFilterroleName | Unset = UNSET,
    filtersalesforce_id: str | Unset = UNSET,
    sort: UserSort | Unset = UNSET,
) -> Response[ErrorDocument | GatewayError | UserList]:
    """List users

    Args:
        pagesize (int | Unset):
        pagenumber (int | Unset):
        filterid (str | Unset):
        filtername (str | Unset):
        filteremail (str | Unset):
        filterrole_name (ListUsersFilterroleName | Unset):
        filtersalesforce_id (str | Unset):
        sort (UserSort | Unset): Sort field; `-` prefix for descending. The documented lists spell
            the timestamps `created-at`/`updated-at`; the snake spellings are accepted too.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | GatewayError | UserList]
    """

    kwargs = _get_kwargs(
        pagesize=pagesize,
        pagenumber=pagenumber,
        filterid=filterid,
        filtername=filtername,
        filteremail=filteremail,
        filterrole_name=filterrole_name,
        filtersalesforce_id=filtersalesforce_id,
        sort=sort,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    pagesize: int | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    filterid: str | Unset = UNSET,
    filtername: str | Unset = UNSET,
    filteremail: str | Unset = UNSET,
    filterrole_name: ListUsersFilterroleName | Unset = UNSET,
    filtersalesforce_id: str | Unset = UNSET,
    sort: UserSort | Unset = UNSET,
) -> ErrorDocument | GatewayError | UserList | None:
    """List users

    Args:
        pagesize (int | Unset):
        pagenumber (int | Unset):
        filterid (str | Unset):
        filtername (str | Unset):
        filteremail (str | Unset):
        filterrole_name (ListUsersFilterroleName | Unset):
        filtersalesforce_id (str | Unset):
        sort (UserSort | Unset): Sort field; `-` prefix for descending. The documented lists spell
            the timestamps `created-at`/`updated-at`; the snake spellings are accepted too.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | GatewayError | UserList
    """

    return (
        await asyncio_detailed(
            client=client,
            pagesize=pagesize,
            pagenumber=pagenumber,
            filterid=filterid,
            filtername=filtername,
            filteremail=filteremail,
            filterrole_name=filterrole_name,
            filtersalesforce_id=filtersalesforce_id,
            sort=sort,
        )
    ).parsed
