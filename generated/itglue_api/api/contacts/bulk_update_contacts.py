from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_bulk_update_request import ContactBulkUpdateRequest
from ...models.contact_collection import ContactCollection
from ...models.error_document import ErrorDocument
from ...models.gateway_error import GatewayError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ContactBulkUpdateRequest,
    filterid: str | Unset = UNSET,
    filterfirst_name: str | Unset = UNSET,
    filterlast_name: str | Unset = UNSET,
    filterorganization_id: str | Unset = UNSET,
    filtercontact_type_id: str | Unset = UNSET,
    filtertitle: str | Unset = UNSET,
    filterimportant: str | Unset = UNSET,
    filterprimary_email: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["filter[id]"] = filterid

    params["filter[first_name]"] = filterfirst_name

    params["filter[last_name]"] = filterlast_name

    params["filter[organization_id]"] = filterorganization_id

    params["filter[contact_type_id]"] = filtercontact_type_id

    params["filter[title]"] = filtertitle

    params["filter[important]"] = filterimportant

    params["filter[primary_email]"] = filterprimary_email

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/contacts",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.api+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactCollection | ErrorDocument | GatewayError | None:
    if response.status_code == 200:
        response_200 = ContactCollection.from_dict(response.json())

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
) -> Response[ContactCollection | ErrorDocument | GatewayError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactBulkUpdateRequest,
    filterid: str | Unset = UNSET,
    filterfirst_name: str | Unset = UNSET,
    filterlast_name: str | Unset = UNSET,
    filterorganization_id: str | Unset = UNSET,
    filtercontact_type_id: str | Unset = UNSET,
    filtertitle: str | Unset = UNSET,
    filterimportant: str | Unset = UNSET,
    filterprimary_email: str | Unset = UNSET,
) -> Response[ContactCollection | ErrorDocument | GatewayError]:
    """Update several contacts

     Ids go inside each item's `attributes`. Bulk updates through nested relationship routes are not
    supported by IT Glue.

    Args:
        filterid (str | Unset):
        filterfirst_name (str | Unset):
        filterlast_name (str | Unset):
        filterorganization_id (str | Unset):
        filtercontact_type_id (str | Unset):
        filtertitle (str | Unset):
        filterimportant (str | Unset):
        filterprimary_email (str | Unset):
        body (ContactBulkUpdateRequest): Bulk update: the id of each record goes inside
            `attributes` (IT Glue-specific).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactCollection | ErrorDocument | GatewayError]
    """

    kwargs = _get_kwargs(
        body=body,
        filterid=filterid,
        filterfirst_name=filterfirst_name,
        filterlast_name=filterlast_name,
        filterorganization_id=filterorganization_id,
        filtercontact_type_id=filtercontact_type_id,
        filtertitle=filtertitle,
        filterimportant=filterimportant,
        filterprimary_email=filterprimary_email,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ContactBulkUpdateRequest,
    filterid: str | Unset = UNSET,
    filterfirst_name: str | Unset = UNSET,
    filterlast_name: str | Unset = UNSET,
    filterorganization_id: str | Unset = UNSET,
    filtercontact_type_id: str | Unset = UNSET,
    filtertitle: str | Unset = UNSET,
    filterimportant: str | Unset = UNSET,
    filterprimary_email: str | Unset = UNSET,
) -> ContactCollection | ErrorDocument | GatewayError | None:
    """Update several contacts

     Ids go inside each item's `attributes`. Bulk updates through nested relationship routes are not
    supported by IT Glue.

    Args:
        filterid (str | Unset):
        filterfirst_name (str | Unset):
        filterlast_name (str | Unset):
        filterorganization_id (str | Unset):
        filtercontact_type_id (str | Unset):
        filtertitle (str | Unset):
        filterimportant (str | Unset):
        filterprimary_email (str | Unset):
        body (ContactBulkUpdateRequest): Bulk update: the id of each record goes inside
            `attributes` (IT Glue-specific).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactCollection | ErrorDocument | GatewayError
    """

    return sync_detailed(
        client=client,
        body=body,
        filterid=filterid,
        filterfirst_name=filterfirst_name,
        filterlast_name=filterlast_name,
        filterorganization_id=filterorganization_id,
        filtercontact_type_id=filtercontact_type_id,
        filtertitle=filtertitle,
        filterimportant=filterimportant,
        filterprimary_email=filterprimary_email,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactBulkUpdateRequest,
    filterid: str | Unset = UNSET,
    filterfirst_name: str | Unset = UNSET,
    filterlast_name: str | Unset = UNSET,
    filterorganization_id: str | Unset = UNSET,
    filtercontact_type_id: str | Unset = UNSET,
    filtertitle: str | Unset = UNSET,
    filterimportant: str | Unset = UNSET,
    filterprimary_email: str | Unset = UNSET,
) -> Response[ContactCollection | ErrorDocument | GatewayError]:
    """Update several contacts

     Ids go inside each item's `attributes`. Bulk updates through nested relationship routes are not
    supported by IT Glue.

    Args:
        filterid (str | Unset):
        filterfirst_name (str | Unset):
        filterlast_name (str | Unset):
        filterorganization_id (str | Unset):
        filtercontact_type_id (str | Unset):
        filtertitle (str | Unset):
        filterimportant (str | Unset):
        filterprimary_email (str | Unset):
        body (ContactBulkUpdateRequest): Bulk update: the id of each record goes inside
            `attributes` (IT Glue-specific).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactCollection | ErrorDocument | GatewayError]
    """

    kwargs = _get_kwargs(
        body=body,
        filterid=filterid,
        filterfirst_name=filterfirst_name,
        filterlast_name=filterlast_name,
        filterorganization_id=filterorganization_id,
        filtercontact_type_id=filtercontact_type_id,
        filtertitle=filtertitle,
        filterimportant=filterimportant,
        filterprimary_email=filterprimary_email,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ContactBulkUpdateRequest,
    filterid: str | Unset = UNSET,
    filterfirst_name: str | Unset = UNSET,
    filterlast_name: str | Unset = UNSET,
    filterorganization_id: str | Unset = UNSET,
    filtercontact_type_id: str | Unset = UNSET,
    filtertitle: str | Unset = UNSET,
    filterimportant: str | Unset = UNSET,
    filterprimary_email: str | Unset = UNSET,
) -> ContactCollection | ErrorDocument | GatewayError | None:
    """Update several contacts

     Ids go inside each item's `attributes`. Bulk updates through nested relationship routes are not
    supported by IT Glue.

    Args:
        filterid (str | Unset):
        filterfirst_name (str | Unset):
        filterlast_name (str | Unset):
        filterorganization_id (str | Unset):
        filtercontact_type_id (str | Unset):
        filtertitle (str | Unset):
        filterimportant (str | Unset):
        filterprimary_email (str | Unset):
        body (ContactBulkUpdateRequest): Bulk update: the id of each record goes inside
            `attributes` (IT Glue-specific).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactCollection | ErrorDocument | GatewayError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            filterid=filterid,
            filterfirst_name=filterfirst_name,
            filterlast_name=filterlast_name,
            filterorganization_id=filterorganization_id,
            filtercontact_type_id=filtercontact_type_id,
            filtertitle=filtertitle,
            filterimportant=filterimportant,
            filterprimary_email=filterprimary_email,
        )
    ).parsed
