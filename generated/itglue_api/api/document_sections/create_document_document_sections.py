from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.document_section_create_request import DocumentSectionCreateRequest
from ...models.document_section_create_result import DocumentSectionCreateResult
from ...models.error_document import ErrorDocument
from ...models.gateway_error import GatewayError
from ...types import Response


def _get_kwargs(
    document_id: int,
    *,
    body: DocumentSectionCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/documents/{document_id}/relationships/sections".format(
            document_id=quote(str(document_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.api+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DocumentSectionCreateResult | ErrorDocument | GatewayError | None:
    if response.status_code == 201:
        response_201 = DocumentSectionCreateResult.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorDocument.from_dict(response.json())

        return response_400

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
) -> Response[DocumentSectionCreateResult | ErrorDocument | GatewayError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    document_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: DocumentSectionCreateRequest,
) -> Response[DocumentSectionCreateResult | ErrorDocument | GatewayError]:
    """Create one or several document sections of one document

     A section without `resource_type` answers 400 "param is missing or the value is empty:
    resource_type" (Rails' missing-parameter answer, observed live).

    Args:
        document_id (int):
        body (DocumentSectionCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DocumentSectionCreateResult | ErrorDocument | GatewayError]
    """

    kwargs = _get_kwargs(
        document_id=document_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    document_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: DocumentSectionCreateRequest,
) -> DocumentSectionCreateResult | ErrorDocument | GatewayError | None:
    """Create one or several document sections of one document

     A section without `resource_type` answers 400 "param is missing or the value is empty:
    resource_type" (Rails' missing-parameter answer, observed live).

    Args:
        document_id (int):
        body (DocumentSectionCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DocumentSectionCreateResult | ErrorDocument | GatewayError
    """

    return sync_detailed(
        document_id=document_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    document_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: DocumentSectionCreateRequest,
) -> Response[DocumentSectionCreateResult | ErrorDocument | GatewayError]:
    """Create one or several document sections of one document

     A section without `resource_type` answers 400 "param is missing or the value is empty:
    resource_type" (Rails' missing-parameter answer, observed live).

    Args:
        document_id (int):
        body (DocumentSectionCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DocumentSectionCreateResult | ErrorDocument | GatewayError]
    """

    kwargs = _get_kwargs(
        document_id=document_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    document_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: DocumentSectionCreateRequest,
) -> DocumentSectionCreateResult | ErrorDocument | GatewayError | None:
    """Create one or several document sections of one document

     A section without `resource_type` answers 400 "param is missing or the value is empty:
    resource_type" (Rails' missing-parameter answer, observed live).

    Args:
        document_id (int):
        body (DocumentSectionCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DocumentSectionCreateResult | ErrorDocument | GatewayError
    """

    return (
        await asyncio_detailed(
            document_id=document_id,
            client=client,
            body=body,
        )
    ).parsed
