from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_document import ErrorDocument
from ...models.expiration_list import ExpirationList
from ...models.expiration_sort import ExpirationSort
from ...models.gateway_error import GatewayError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    pagesize: int | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    filterid: str | Unset = UNSET,
    filterresource_id: str | Unset = UNSET,
    filterresource_name: str | Unset = UNSET,
    filterresource_type_name: str | Unset = UNSET,
    filterdescription: str | Unset = UNSET,
    filterexpiration_date: str | Unset = UNSET,
    filterorganization_id: str | Unset = UNSET,
    filterrangeexpiration_date: str | Unset = UNSET,
    filterrange: str | Unset = UNSET,
    sort: ExpirationSort | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page[size]"] = pagesize

    params["page[number]"] = pagenumber

    params["filter[id]"] = filterid

    params["filter[resource_id]"] = filterresource_id

    params["filter[resource_name]"] = filterresource_name

    params["filter[resource_type_name]"] = filterresource_type_name

    params["filter[description]"] = filterdescription

    params["filter[expiration_date]"] = filterexpiration_date

    params["filter[organization_id]"] = filterorganization_id

    params["filter[range][expiration_date]"] = filterrangeexpiration_date

    params["filter[range]"] = filterrange

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort

    params["sort"] = json_sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/expirations",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDocument | ExpirationList | GatewayError | None:
    if response.status_code == 200:
        response_200 = ExpirationList.from_dict(response.json())

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
) -> Response[ErrorDocument | ExpirationList | GatewayError]:
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
    filterresource_id: str | Unset = UNSET,
    filterresource_name: str | Unset = UNSET,
    filterresource_type_name: str | Unset = UNSET,
    filterdescription: str | Unset = UNSET,
    filterexpiration_date: str | Unset = UNSET,
    filterorganization_id: str | Unset = UNSET,
    filterrangeexpiration_date: str | Unset = UNSET,
    filterrange: str | Unset = UNSET,
    sort: ExpirationSort | Unset = UNSET,
) -> Response[ErrorDocument | ExpirationList | GatewayError]:
    """List expirations

    Args:
        pagesize (int | Unset):
        pagenumber (int | Unset):
        filterid (str | Unset):
        filterresource_id (str | Unset):
        filterresource_name (str | Unset):
        filterresource_type_name (str | Unset):
        filterdescription (str | Unset):
        filterexpiration_date (str | Unset):
        filterorganization_id (str | Unset):
        filterrangeexpiration_date (str | Unset):
        filterrange (str | Unset):
        sort (ExpirationSort | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | ExpirationList | GatewayError]
    """

    kwargs = _get_kwargs(
        pagesize=pagesize,
        pagenumber=pagenumber,
        filterid=filterid,
        filterresource_id=filterresource_id,
        filterresource_name=filterresource_name,
        filterresource_type_name=filterresource_type_name,
        filterdescription=filterdescription,
        filterexpiration_date=filterexpiration_date,
        filterorganization_id=filterorganization_id,
        filterrangeexpiration_date=filterrangeexpiration_date,
        filterrange=filterrange,
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
    filterresource_id: str | Unset = UNSET,
    filterresource_name: str | Unset = UNSET,
    filterresource_type_name: str | Unset = UNSET,
    filterdescription: str | Unset = UNSET,
    filterexpiration_date: str | Unset = UNSET,
    filterorganization_id: str | Unset = UNSET,
    filterrangeexpiration_date: str | Unset = UNSET,
    filterrange: str | Unset = UNSET,
    sort: ExpirationSort | Unset = UNSET,
) -> ErrorDocument | ExpirationList | GatewayError | None:
    """List expirations

    Args:
        pagesize (int | Unset):
        pagenumber (int | Unset):
        filterid (str | Unset):
        filterresource_id (str | Unset):
        filterresource_name (str | Unset):
        filterresource_type_name (str | Unset):
        filterdescription (str | Unset):
        filterexpiration_date (str | Unset):
        filterorganization_id (str | Unset):
        filterrangeexpiration_date (str | Unset):
        filterrange (str | Unset):
        sort (ExpirationSort | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | ExpirationList | GatewayError
    """

    return sync_detailed(
        client=client,
        pagesize=pagesize,
        pagenumber=pagenumber,
        filterid=filterid,
        filterresource_id=filterresource_id,
        filterresource_name=filterresource_name,
        filterresource_type_name=filterresource_type_name,
        filterdescription=filterdescription,
        filterexpiration_date=filterexpiration_date,
        filterorganization_id=filterorganization_id,
        filterrangeexpiration_date=filterrangeexpiration_date,
        filterrange=filterrange,
        sort=sort,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    pagesize: int | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    filterid: str | Unset = UNSET,
    filterresource_id: str | Unset = UNSET,
    filterresource_name: str | Unset = UNSET,
    filterresource_type_name: str | Unset = UNSET,
    filterdescription: str | Unset = UNSET,
    filterexpiration_date: str | Unset = UNSET,
    filterorganization_id: str | Unset = UNSET,
    filterrangeexpiration_date: str | Unset = UNSET,
    filterrange: str | Unset = UNSET,
    sort: ExpirationSort | Unset = UNSET,
) -> Response[ErrorDocument | ExpirationList | GatewayError]:
    """List expirations

    Args:
        pagesize (int | Unset):
        pagenumber (int | Unset):
        filterid (str | Unset):
        filterresource_id (str | Unset):
        filterresource_name (str | Unset):
        filterresource_type_name (str | Unset):
        filterdescription (str | Unset):
        filterexpiration_date (str | Unset):
        filterorganization_id (str | Unset):
        filterrangeexpiration_date (str | Unset):
        filterrange (str | Unset):
        sort (ExpirationSort | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | ExpirationList | GatewayError]
    """

    kwargs = _get_kwargs(
        pagesize=pagesize,
        pagenumber=pagenumber,
        filterid=filterid,
        filterresource_id=filterresource_id,
        filterresource_name=filterresource_name,
        filterresource_type_name=filterresource_type_name,
        filterdescription=filterdescription,
        filterexpiration_date=filterexpiration_date,
        filterorganization_id=filterorganization_id,
        filterrangeexpiration_date=filterrangeexpiration_date,
        filterrange=filterrange,
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
    filterresource_id: str | Unset = UNSET,
    filterresource_name: str | Unset = UNSET,
    filterresource_type_name: str | Unset = UNSET,
    filterdescription: str | Unset = UNSET,
    filterexpiration_date: str | Unset = UNSET,
    filterorganization_id: str | Unset = UNSET,
    filterrangeexpiration_date: str | Unset = UNSET,
    filterrange: str | Unset = UNSET,
    sort: ExpirationSort | Unset = UNSET,
) -> ErrorDocument | ExpirationList | GatewayError | None:
    """List expirations

    Args:
        pagesize (int | Unset):
        pagenumber (int | Unset):
        filterid (str | Unset):
        filterresource_id (str | Unset):
        filterresource_name (str | Unset):
        filterresource_type_name (str | Unset):
        filterdescription (str | Unset):
        filterexpiration_date (str | Unset):
        filterorganization_id (str | Unset):
        filterrangeexpiration_date (str | Unset):
        filterrange (str | Unset):
        sort (ExpirationSort | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | ExpirationList | GatewayError
    """

    return (
        await asyncio_detailed(
            client=client,
            pagesize=pagesize,
            pagenumber=pagenumber,
            filterid=filterid,
            filterresource_id=filterresource_id,
            filterresource_name=filterresource_name,
            filterresource_type_name=filterresource_type_name,
            filterdescription=filterdescription,
            filterexpiration_date=filterexpiration_date,
            filterorganization_id=filterorganization_id,
            filterrangeexpiration_date=filterrangeexpiration_date,
            filterrange=filterrange,
            sort=sort,
        )
    ).parsed
