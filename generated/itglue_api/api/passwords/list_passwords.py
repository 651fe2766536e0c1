from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_document import ErrorDocument
from ...models.gateway_error import GatewayError
from ...models.password_list import PasswordList
from ...models.password_sort import PasswordSort
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    pagesize: int | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    filterid: str | Unset = UNSET,
    filtername: str | Unset = UNSET,
    filterorganization_id: str | Unset = UNSET,
    filterpassword_category_id: str | Unset = UNSET,
    filterurl: str | Unset = UNSET,
    filtercached_resource_name: str | Unset = UNSET,
    filterarchived: str | Unset = UNSET,
    sort: PasswordSort | Unset = UNSET,
    include: str | Unset = UNSET,
    show_password: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page[size]"] = pagesize

    params["page[number]"] = pagenumber

    params["filter[id]"] = filterid

    params["filter[name]"] = filtername

    params["filter[organization_id]"] = filterorganization_id

    params["filter[password_category_id]"] = filterpassword_category_id

    params["filter[url]"] = filterurl

    params["filter[cached_resource_name]"] = filtercached_resource_name

    params["filter[archived]"] = filterarchived

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort

    params["sort"] = json_sort

    params["include"] = include

    params["show_password"] = show_password

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/passwords",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDocument | GatewayError | PasswordList | None:
    if response.status_code == 200:
        response_200 = PasswordList.from_dict(response.json())

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
) -> Response[ErrorDocument | GatewayError | PasswordList]:
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
    filterorganization_id: str | Unset = UNSET,
    filterpassword_category_id: str | Unset = UNSET,
    filterurl: str | Unset = UNSET,
    filtercached_resource_name: str | Unset = UNSET,
    filterarchived: str | Unset = UNSET,
    sort: PasswordSort | Unset = UNSET,
    include: str | Unset = UNSET,
    show_password: bool | Unset = UNSET,
) -> Response[ErrorDocument | GatewayError | PasswordList]:
    """List passwords

    Args:
        pagesize (int | Unset):
        pagenumber (int | Unset):
        filterid (str | Unset):
        filtername (str | Unset):
        filterorganization_id (str | Unset):
        filterpassword_category_id (str | Unset):
        filterurl (str | Unset):
        filtercached_resource_name (str | Unset):
        filterarchived (str | Unset):
        sort (PasswordSort | Unset): Sort field; `-` prefix for descending. The documented lists
            spell the timestamps `created-at`/`updated-at`; the snake spellings are accepted too.
        include (str | Unset):
        show_password (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | GatewayError | PasswordList]
    """

    kwargs = _get_kwargs(
        pagesize=pagesize,
        pagenumber=pagenumber,
        filterid=filterid,
        filtername=filtername,
        filterorganization_id=filterorganization_id,
        filterpassword_category_id=filterpassword_category_id,
        filterurl=filterurl,
        filtercached_resource_name=filtercached_resource_name,
        filterarchived=filterarchived,
        sort=sort,
        include=include,
        show_password=show_password,
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
    filterorganization_id: str | Unset = UNSET,
    filterpassword_category_id: str | Unset = UNSET,
    filterurl: str | Unset = UNSET,
    filtercached_resource_name: str | Unset = UNSET,
    filterarchived: str | Unset = UNSET,
    sort: PasswordSort | Unset = UNSET,
    include: str | Unset = UNSET,
    show_password: bool | Unset = UNSET,
) -> ErrorDocument | GatewayError | PasswordList | None:
    """List passwords

    Args:
        pagesize (int | Unset):
        pagenumber (int | Unset):
        filterid (str | Unset):
        filtername (str | Unset):
        filterorganization_id (str | Unset):
        filterpassword_category_id (str | Unset):
        filterurl (str | Unset):
        filtercached_resource_name (str | Unset):
        filterarchived (str | Unset):
        sort (PasswordSort | Unset): Sort field; `-` prefix for descending. The documented lists
            spell the timestamps `created-at`/`updated-at`; the snake spellings are accepted too.
        include (str | Unset):
        show_password (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | GatewayError | PasswordList
    """

    return sync_detailed(
        client=client,
        pagesize=pagesize,
        pagenumber=pagenumber,
        filterid=filterid,
        filtername=filtername,
        filterorganization_id=filterorganization_id,
        filterpassword_category_id=filterpassword_category_id,
        filterurl=filterurl,
        filtercached_resource_name=filtercached_resource_name,
        filterarchived=filterarchived,
        sort=sort,
        include=include,
        show_password=show_password,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    pagesize: int | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    filterid: str | Unset = UNSET,
    filtername: str | Unset = UNSET,
    filterorganization_id: str | Unset = UNSET,
    filterpassword_category_id: str | Unset = UNSET,
    filterurl: str | Unset = UNSET,
    filtercached_resource_name: str | Unset = UNSET,
    filterarchived: str | Unset = UNSET,
    sort: PasswordSort | Unset = UNSET,
    include: str | Unset = UNSET,
    show_password: bool | Unset = UNSET,
) -> Response[ErrorDocument | GatewayError | PasswordList]:
    """List passwords

    Args:
        pagesize (int | Unset):
        pagenumber (int | Unset):
        filterid (str | Unset):
        filtername (str | Unset):
        filterorganization_id (str | Unset):
        filterpassword_category_id (str | Unset):
        filterurl (str | Unset):
        filtercached_resource_name (str | Unset):
        filterarchived (str | Unset):
        sort (PasswordSort | Unset): Sort field; `-` prefix for descending. The documented lists
            spell the timestamps `created-at`/`updated-at`; the snake spellings are accepted too.
        include (str | Unset):
        show_password (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | GatewayError | PasswordList]
    """

    kwargs = _get_kwargs(
        pagesize=pagesize,
        pagenumber=pagenumber,
        filterid=filterid,
        filtername=filtername,
        filterorganization_id=filterorganization_id,
        filterpassword_category_id=filterpassword_category_id,
        filterurl=filterurl,
        filtercached_resource_name=filtercached_resource_name,
        filterarchived=filterarchived,
        sort=sort,
        include=include,
        show_password=show_password,
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
    filterorganization_id: str | Unset = UNSET,
    filterpassword_category_id: str | Unset = UNSET,
    filterurl: str | Unset = UNSET,
    filtercached_resource_name: str | Unset = UNSET,
    filterarchived: str | Unset = UNSET,
    sort: PasswordSort | Unset = UNSET,
    include: str | Unset = UNSET,
    show_password: bool | Unset = UNSET,
) -> ErrorDocument | GatewayError | PasswordList | None:
    """List passwords

    Args:
        pagesize (int | Unset):
        pagenumber (int | Unset):
        filterid (str | Unset):
        filtername (str | Unset):
        filterorganization_id (str | Unset):
        filterpassword_category_id (str | Unset):
        filterurl (str | Unset):
        filtercached_resource_name (str | Unset):
        filterarchived (str | Unset):
        sort (PasswordSort | Unset): Sort field; `-` prefix for descending. The documented lists
            spell the timestamps `created-at`/`updated-at`; the snake spellings are accepted too.
        include (str | Unset):
        show_password (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | GatewayError | PasswordList
    """

    return (
        await asyncio_detailed(
            client=client,
            pagesize=pagesize,
            pagenumber=pagenumber,
            filterid=filterid,
            filtername=filtername,
            filterorganization_id=filterorganization_id,
            filterpassword_category_id=filterpassword_category_id,
            filterurl=filterurl,
            filtercached_resource_name=filtercached_resource_name,
            filterarchived=filterarchived,
            sort=sort,
            include=include,
            show_password=show_password,
        )
    ).parsed
