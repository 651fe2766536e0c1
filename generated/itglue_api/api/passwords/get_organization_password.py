from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_document import ErrorDocument
from ...models.gateway_error import GatewayError
from ...models.password_document import PasswordDocument
from ...types import UNSET, Response, Unset


def _get_kwargs(
    organization_id: int,
    id: int,
    *,
    include: str | Unset = UNSET,
    show_password: bool | Unset = UNSET,
    version_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include"] = include

    params["show_password"] = show_password

    params["version_id"] = version_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/organizations/{organization_id}/relationships/passwords/{id}".format(
            organization_id=quote(str(organization_id), safe=""),
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDocument | GatewayError | PasswordDocument | None:
    if response.status_code == 200:
        response_200 = PasswordDocument.from_dict(response.json())

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
) -> Response[ErrorDocument | GatewayError | PasswordDocument]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    organization_id: int,
    id: int,
    *,
    client: AuthenticatedClient | Client,
    include: str | Unset = UNSET,
    show_password: bool | Unset = UNSET,
    version_id: int | Unset = UNSET,
) -> Response[ErrorDocument | GatewayError | PasswordDocument]:
    """Get one password of one organization

    Args:
        organization_id (int):
        id (int):
        include (str | Unset):
        show_password (bool | Unset):
        version_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | GatewayError | PasswordDocument]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        id=id,
        include=include,
        show_password=show_password,
        version_id=version_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organization_id: int,
    id: int,
    *,
    client: AuthenticatedClient | Client,
    include: str | Unset = UNSET,
    show_password: bool | Unset = UNSET,
    version_id: int | Unset = UNSET,
) -> ErrorDocument | GatewayError | PasswordDocument | None:
    """Get one password of one organization

    Args:
        organization_id (int):
        id (int):
        include (str | Unset):
        show_password (bool | Unset):
        version_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | GatewayError | PasswordDocument
    """

    return sync_detailed(
        organization_id=organization_id,
        id=id,
        client=client,
        include=include,
        show_password=show_password,
        version_id=version_id,
    ).parsed


async def asyncio_detailed(
    organization_id: int,
    id: int,
    *,
    client: AuthenticatedClient | Client,
    include: str | Unset = UNSET,
    show_password: bool | Unset = UNSET,
    version_id: int | Unset = UNSET,
) -> Response[ErrorDocument | GatewayError | PasswordDocument]:
    """Get one password of one organization

    Args:
        organization_id (int):
        id (int):
        include (str | Unset):
        show_password (bool | Unset):
        version_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | GatewayError | PasswordDocument]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        id=id,
        include=include,
        show_password=show_password,
        version_id=version_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization_id: int,
    id: int,
    *,
    client: AuthenticatedClient | Client,
    include: str | Unset = UNSET,
    show_password: bool | Unset = UNSET,
    version_id: int | Unset = UNSET,
) -> ErrorDocument | GatewayError | PasswordDocument | None:
    """Get one password of one organization

    Args:
        organization_id (int):
        id (int):
        include (str | Unset):
        show_password (bool | Unset):
        version_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | GatewayError | PasswordDocument
    """

    return (
        await asyncio_detailed(
            organization_id=organization_id,
            id=id,
            client=client,
            include=include,
            show_password=show_password,
            version_id=version_id,
        )
    ).parsed
