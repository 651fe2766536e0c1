from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_document import ErrorDocument
from ...models.gateway_error import GatewayError
from ...models.location_bulk_delete_request import LocationBulkDeleteRequest
from ...models.location_collection import LocationCollection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: LocationBulkDeleteRequest | Unset = UNSET,
    filterid: str | Unset = UNSET,
    filtername: str | Unset = UNSET,
    filtercity: str | Unset = UNSET,
    filterorganization_id: str | Unset = UNSET,
    filterregion_id: str | Unset = UNSET,
    filtercountry_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["filter[id]"] = filterid

    params["filter[name]"] = filtername

    params["filter[city]"] = filtercity

    params["filter[organization_id]"] = filterorganization_id

    params["filter[region_id]"] = filterregion_id

    params["filter[country_id]"] = filtercountry_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/locations",
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.api+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDocument | GatewayError | LocationCollection | None:
    if response.status_code == 200:
        response_200 = LocationCollection.from_dict(response.json())

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
) -> Response[ErrorDocument | GatewayError | LocationCollection]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LocationBulkDeleteRequest | Unset = UNSET,
    filterid: str | Unset = UNSET,
    filtername: str | Unset = UNSET,
    filtercity: str | Unset = UNSET,
    filterorganization_id: str | Unset = UNSET,
    filterregion_id: str | Unset = UNSET,
    filtercountry_id: str | Unset = UNSET,
) -> Response[ErrorDocument | GatewayError | LocationCollection]:
    """Delete several locations

     Ids go inside each item's `attributes`; answers the deleted records. Without a body, the filters
    choose the records (at least one filter is required).

    Args:
        filterid (str | Unset):
        filtername (str | Unset):
        filtercity (str | Unset):
        filterorganization_id (str | Unset):
        filterregion_id (str | Unset):
        filtercountry_id (str | Unset):
        body (LocationBulkDeleteRequest | Unset): Bulk delete: ids inside `attributes`; a single
            object is accepted too.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | GatewayError | LocationCollection]
    """

    kwargs = _get_kwargs(
        body=body,
        filterid=filterid,
        filtername=filtername,
        filtercity=filtercity,
        filterorganization_id=filterorganization_id,
        filterregion_id=filterregion_id,
        filtercountry_id=filtercountry_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: LocationBulkDeleteRequest | Unset = UNSET,
    filterid: str | Unset = UNSET,
    filtername: str | Unset = UNSET,
    filtercity: str | Unset = UNSET,
    filterorganization_id: str | Unset = UNSET,
    filterregion_id: str | Unset = UNSET,
    filtercountry_id: str | Unset = UNSET,
) -> ErrorDocument | GatewayError | LocationCollection | None:
    """Delete several locations

     Ids go inside each item's `attributes`; answers the deleted records. Without a body, the filters
    choose the records (at least one filter is required).

    Args:
        filterid (str | Unset):
        filtername (str | Unset):
        filtercity (str | Unset):
        filterorganization_id (str | Unset):
        filterregion_id (str | Unset):
        filtercountry_id (str | Unset):
        body (LocationBulkDeleteRequest | Unset): Bulk delete: ids inside `attributes`; a single
            object is accepted too.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | GatewayError | LocationCollection
    """

    return sync_detailed(
        client=client,
        body=body,
        filterid=filterid,
        filtername=filtername,
        filtercity=filtercity,
        filterorganization_id=filterorganization_id,
        filterregion_id=filterregion_id,
        filtercountry_id=filtercountry_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LocationBulkDeleteRequest | Unset = UNSET,
    filterid: str | Unset = UNSET,
    filtername: str | Unset = UNSET,
    filtercity: str | Unset = UNSET,
    filterorganization_id: str | Unset = UNSET,
    filterregion_id: str | Unset = UNSET,
    filtercountry_id: str | Unset = UNSET,
) -> Response[ErrorDocument | GatewayError | LocationCollection]:
    """Delete several locations

     Ids go inside each item's `attributes`; answers the deleted records. Without a body, the filters
    choose the records (at least one filter is required).

    Args:
        filterid (str | Unset):
        filtername (str | Unset):
        filtercity (str | Unset):
        filterorganization_id (str | Unset):
        filterregion_id (str | Unset):
        filtercountry_id (str | Unset):
        body (LocationBulkDeleteRequest | Unset): Bulk delete: ids inside `attributes`; a single
            object is accepted too.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | GatewayError | LocationCollection]
    """

    kwargs = _get_kwargs(
        body=body,
        filterid=filterid,
        filtername=filtername,
        filtercity=filtercity,
        filterorganization_id=filterorganization_id,
        filterregion_id=filterregion_id,
        filtercountry_id=filtercountry_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: LocationBulkDeleteRequest | Unset = UNSET,
    filterid: str | Unset = UNSET,
    filtername: str | Unset = UNSET,
    filtercity: str | Unset = UNSET,
    filterorganization_id: str | Unset = UNSET,
    filterregion_id: str | Unset = UNSET,
    filtercountry_id: str | Unset = UNSET,
) -> ErrorDocument | GatewayError | LocationCollection | None:
    """Delete several locations

     Ids go inside each item's `attributes`; answers the deleted records. Without a body, the filters
    choose the records (at least one filter is required).

    Args:
        filterid (str | Unset):
        filtername (str | Unset):
        filtercity (str | Unset):
        filterorganization_id (str | Unset):
        filterregion_id (str | Unset):
        filtercountry_id (str | Unset):
        body (LocationBulkDeleteRequest | Unset): Bulk delete: ids inside `attributes`; a single
            object is accepted too.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | GatewayError | LocationCollection
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            filterid=filterid,
            filtername=filtername,
            filtercity=filtercity,
            filterorganization_id=filterorganization_id,
            filterregion_id=filterregion_id,
            filtercountry_id=filtercountry_id,
        )
    ).parsed
