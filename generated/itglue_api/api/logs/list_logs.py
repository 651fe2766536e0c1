from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_document import ErrorDocument
from ...models.gateway_error import GatewayError
from ...models.log_list import LogList
from ...models.log_sort import LogSort
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    pagesize: int | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    filtercreated_at: str | Unset = UNSET,
    filterrangecreated_at: str | Unset = UNSET,
    sort: LogSort | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page[size]"] = pagesize

    params["page[number]"] = pagenumber

    params["filter[created_at]"] = filtercreated_at

    params["filter[range][created_at]"] = filterrangecreated_at

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort

    params["sort"] = json_sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/logs",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDocument | GatewayError | LogList | None:
    if response.status_code == 200:
        response_200 = LogList.from_dict(response.json())

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
) -> Response[ErrorDocument | GatewayError | LogList]:
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
    filtercreated_at: str | Unset = UNSET,
    filterrangecreated_at: str | Unset = UNSET,
    sort: LogSort | Unset = UNSET,
) -> Response[ErrorDocument | GatewayError | LogList]:
    """List logs

     At most 5 pages of any result can be read.

    Args:
        pagesize (int | Unset):
        pagenumber (int | Unset):
        filtercreated_at (str | Unset):
        filterrangecreated_at (str | Unset):
        sort (LogSort | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | GatewayError | LogList]
    """

    kwargs = _get_kwargs(
        pagesize=pagesize,
        pagenumber=pagenumber,
        filtercreated_at=filtercreated_at,
        filterrangecreated_at=filterrangecreated_at,
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
    filtercreated_at: str | Unset = UNSET,
    filterrangecreated_at: str | Unset = UNSET,
    sort: LogSort | Unset = UNSET,
) -> ErrorDocument | GatewayError | LogList | None:
    """List logs

     At most 5 pages of any result can be read.

    Args:
        pagesize (int | Unset):
        pagenumber (int | Unset):
        filtercreated_at (str | Unset):
        filterrangecreated_at (str | Unset):
        sort (LogSort | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | GatewayError | LogList
    """

    return sync_detailed(
        client=client,
        pagesize=pagesize,
        pagenumber=pagenumber,
        filtercreated_at=filtercreated_at,
        filterrangecreated_at=filterrangecreated_at,
        sort=sort,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    pagesize: int | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    filtercreated_at: str | Unset = UNSET,
    filterrangecreated_at: str | Unset = UNSET,
    sort: LogSort | Unset = UNSET,
) -> Response[ErrorDocument | GatewayError | LogList]:
    """List logs

     At most 5 pages of any result can be read.

    Args:
        pagesize (int | Unset):
        pagenumber (int | Unset):
        filtercreated_at (str | Unset):
        filterrangecreated_at (str | Unset):
        sort (LogSort | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | GatewayError | LogList]
    """

    kwargs = _get_kwargs(
        pagesize=pagesize,
        pagenumber=pagenumber,
        filtercreated_at=filtercreated_at,
        filterrangecreated_at=filterrangecreated_at,
        sort=sort,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    pagesize: int | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    filtercreated_at: str | Unset = UNSET,
    filterrangecreated_at: str | Unset = UNSET,
    sort: LogSort | Unset = UNSET,
) -> ErrorDocument | GatewayError | LogList | None:
    """List logs

     At most 5 pages of any result can be read.

    Args:
        pagesize (int | Unset):
        pagenumber (int | Unset):
        filtercreated_at (str | Unset):
        filterrangecreated_at (str | Unset):
        sort (LogSort | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | GatewayError | LogList
    """

    return (
        await asyncio_detailed(
            client=client,
            pagesize=pagesize,
            pagenumber=pagenumber,
            filtercreated_at=filtercreated_at,
            filterrangecreated_at=filterrangecreated_at,
            sort=sort,
        )
    ).parsed
