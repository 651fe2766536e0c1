from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.configuration_list import ConfigurationList
from ...models.configuration_sort import ConfigurationSort
from ...models.error_document import ErrorDocument
from ...models.gateway_error import GatewayError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    organization_id: int,
    *,
    pagesize: int | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    sort: ConfigurationSort | Unset = UNSET,
    include: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page[size]"] = pagesize

    params["page[number]"] = pagenumber

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort

    params["sort"] = json_sort

    params["include"] = include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/organizations/{organization_id}/relationships/configurations".format(
            organization_id=quote(str(organization_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConfigurationList | ErrorDocument | GatewayError | None:
    if response.status_code == 200:
        response_200 = ConfigurationList.from_dict(response.json())

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
) -> Response[ConfigurationList | ErrorDocument | GatewayError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    organization_id: int,
    *,
    client: AuthenticatedClient | Client,
    pagesize: int | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    sort: ConfigurationSort | Unset = UNSET,
    include: str | Unset = UNSET,
) -> Response[ConfigurationList | ErrorDocument | GatewayError]:
    """List configurations of one organization

    Args:
        organization_id (int):
        pagesize (int | Unset):
        pagenumber (int | Unset):
        sort (ConfigurationSort | Unset): Sort field; `-` prefix for descending. The documented
            lists spell the timestamps `created-at`/`updated-at`; the snake spellings are accepted
            too.
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConfigurationList | ErrorDocument | GatewayError]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        pagesize=pagesize,
        pagenumber=pagenumber,
        sort=sort,
        include=include,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organization_id: int,
    *,
    client: AuthenticatedClient | Client,
    pagesize: int | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    sort: ConfigurationSort | Unset = UNSET,
    include: str | Unset = UNSET,
) -> ConfigurationList | ErrorDocument | GatewayError | None:
    """List configurations of one organization

    Args:
        organization_id (int):
        pagesize (int | Unset):
        pagenumber (int | Unset):
        sort (ConfigurationSort | Unset): Sort field; `-` prefix for descending. The documented
            lists spell the timestamps `created-at`/`updated-at`; the snake spellings are accepted
            too.
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConfigurationList | ErrorDocument | GatewayError
    """

    return sync_detailed(
        organization_id=organization_id,
        client=client,
        pagesize=pagesize,
        pagenumber=pagenumber,
        sort=sort,
        include=include,
    ).parsed


async def asyncio_detailed(
    organization_id: int,
    *,
    client: AuthenticatedClient | Client,
    pagesize: int | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    sort: ConfigurationSort | Unset = UNSET,
    include: str | Unset = UNSET,
) -> Response[ConfigurationList | ErrorDocument | GatewayError]:
    """List configurations of one organization

    Args:
        organization_id (int):
        pagesize (int | Unset):
        pagenumber (int | Unset):
        sort (ConfigurationSort | Unset): Sort field; `-` prefix for descending. The documented
            lists spell the timestamps `created-at`/`updated-at`; the snake spellings are accepted
            too.
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConfigurationList | ErrorDocument | GatewayError]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        pagesize=pagesize,
        pagenumber=pagenumber,
        sort=sort,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization_id: int,
    *,
    client: AuthenticatedClient | Client,
    pagesize: int | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    sort: ConfigurationSort | Unset = UNSET,
    include: str | Unset = UNSET,
) -> ConfigurationList | ErrorDocument | GatewayError | None:
    """List configurations of one organization

    Args:
        organization_id (int):
        pagesize (int | Unset):
        pagenumber (int | Unset):
        sort (ConfigurationSort | Unset): Sort field; `-` prefix for descending. The documented
            lists spell the timestamps `created-at`/`updated-at`; the snake spellings are accepted
            too.
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConfigurationList | ErrorDocument | GatewayError
    """

    return (
        await asyncio_detailed(
            organization_id=organization_id,
            client=client,
            pagesize=pagesize,
            pagenumber=pagenumber,
            sort=sort,
            include=include,
        )
    ).parsed
