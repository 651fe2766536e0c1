from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_document import ErrorDocument
from ...models.gateway_error import GatewayError
from ...models.password_create_request import PasswordCreateRequest
from ...models.password_create_result import PasswordCreateResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: PasswordCreateRequest,
    show_password: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["show_password"] = show_password

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/passwords",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.api+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDocument | GatewayError | PasswordCreateResult | None:
    if response.status_code == 201:
        response_201 = PasswordCreateResult.from_dict(response.json())

        return response_201

    if response.status_code == 401:
        response_401 = ErrorDocument.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GatewayError.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorDocument.from_dict(response.json())

        return response_404

    if response.status_code == 413:
        response_413 = GatewayError.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = GatewayError.from_dict(response.json())

        return response_415

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
) -> Response[ErrorDocument | GatewayError | PasswordCreateResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PasswordCreateRequest,
    show_password: bool | Unset = UNSET,
) -> Response[ErrorDocument | GatewayError | PasswordCreateResult]:
    """Create one or several passwords

    Args:
        show_password (bool | Unset):
        body (PasswordCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | GatewayError | PasswordCreateResult]
    """

    kwargs = _get_kwargs(
        body=body,
        show_password=show_password,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: PasswordCreateRequest,
    show_password: bool | Unset = UNSET,
) -> ErrorDocument | GatewayError | PasswordCreateResult | None:
    """Create one or several passwords

    Args:
        show_password (bool | Unset):
        body (PasswordCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | GatewayError | PasswordCreateResult
    """

    return sync_detailed(
        client=client,
        body=body,
        show_password=show_password,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PasswordCreateRequest,
    show_password: bool | Unset = UNSET,
) -> Response[ErrorDocument | GatewayError | PasswordCreateResult]:
    """Create one or several passwords

    Args:
        show_password (bool | Unset):
        body (PasswordCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | GatewayError | PasswordCreateResult]
    """

    kwargs = _get_kwargs(
        body=body,
        show_password=show_password,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PasswordCreateRequest,
    show_password: bool | Unset = UNSET,
) -> ErrorDocument | GatewayError | PasswordCreateResult | None:
    """Create one or several passwords

    Args:
        show_password (bool | Unset):
        body (PasswordCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | GatewayError | PasswordCreateResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            show_password=show_password,
        )
    ).parsed
