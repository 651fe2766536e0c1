from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_update_organizations_filterpsa_integration_type import (
    BulkUpdateOrganizationsFilterpsaIntegrationType,
)
from ...models.error_document import ErrorDocument
from ...models.gateway_error import GatewayError
from ...models.organization_bulk_update_request import OrganizationBulkUpdateRequest
from ...models.organization_collection import OrganizationCollection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: OrganizationBulkUpdateRequest,
    filterid: str | Unset = UNSET,
    filtername: str | Unset = UNSET,
    filterorganization_type_id: str | Unset = UNSET,
    filterorganization_status_id: str | Unset = UNSET,
    filterpsa_id: str | Unset = UNSET,
    filterpsa_integration_type: BulkUpdateOrganizationsFilterpsaIntegrationType
    | Unset = UNSET,
    filtercreated_at: str | Unset = UNSET,
    filterupdated_at: str | Unset = UNSET,
    filtermy_glue_account_id: str | Unset = UNSET,
    filterexcludeid: str | Unset = UNSET,
    filterexcludename: str | Unset = UNSET,
    filterexcludeorganization_type_id: str | Unset = UNSET,
    filterexcludeorganization_status_id: str | Unset = UNSET,
    filtergroup_id: str | Unset = UNSET,
    filterprimary: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["filter[id]"] = filterid

    params["filter[name]"] = filtername

    params["filter[organization_type_id]"] = filterorganization_type_id

    params["filter[organization_status_id]"] = filterorganization_status_id

    params["filter[psa_id]"] = filterpsa_id

    json_filterpsa_integration_type: str | Unset = UNSET
    if not isinstance(filterpsa_integration_type, Unset):
        json_filterpsa_integration_type = filterpsa_integration_type

    params["filter[psa_integration_type]"] = json_filterpsa_integration_type

    params["filter[created_at]"] = filtercreated_at

    params["filter[updated_at]"] = filterupdated_at

    params["filter[my_glue_account_id]"] = filtermy_glue_account_id

    params["filter[exclude][id]"] = filterexcludeid

    params["filter[exclude][name]"] = filterexcludename

    params["filter[exclude][organization_type_id]"] = filterexcludeorganization_type_id

    params["filter[exclude][organization_status_id]"] = (
        filterexcludeorganization_status_id
    )

    params["filter[group_id]"] = filtergroup_id

    params["filter[primary]"] = filterprimary

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/organizations",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.api+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDocument | GatewayError | OrganizationCollection | None:
    if response.status_code == 200:
        response_200 = OrganizationCollection.from_dict(response.json())

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
) -> Response[ErrorDocument | GatewayError | OrganizationCollection]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OrganizationBulkUpdateRequest,
    filterid: str | Unset = UNSET,
    filtername: str | Unset = UNSET,
    filterorganization_type_id: str | Unset = UNSET,
    filterorganization_status_id: str | Unset = UNSET,
    filterpsa_id: str | Unset = UNSET,
    filterpsa_integration_type: BulkUpdateOrganizationsFilterpsaIntegrationType
    | Unset = UNSET,
    filtercreated_at: str | Unset = UNSET,
    filterupdated_at: str | Unset = UNSET,
    filtermy_glue_account_id: str | Unset = UNSET,
    filterexcludeid: str | Unset = UNSET,
    filterexcludename: str | Unset = UNSET,
    filterexcludeorganization_type_id: str | Unset = UNSET,
    filterexcludeorganization_status_id: str | Unset = UNSET,
    filtergroup_id: str | Unset = UNSET,
    filterprimary: str | Unset = UNSET,
) -> Response[ErrorDocument | GatewayError | OrganizationCollection]:
    """Update several organizations

     Ids go inside each item's `attributes`. Bulk updates through nested relationship routes are not
    supported by IT Glue.

    Args:
        filterid (str | Unset):
        filtername (str | Unset):
        filterorganization_type_id (str | Unset):
        filterorganization_status_id (str | Unset):
        filterpsa_id (str | Unset):
        filterpsa_integration_type (BulkUpdateOrganizationsFilterpsaIntegrationType | Unset):
        filtercreated_at (str | Unset):
        filterupdated_at (str | Unset):
        filtermy_glue_account_id (str | Unset):
        filterexcludeid (str | Unset):
        filterexcludename (str | Unset):
        filterexcludeorganization_type_id (str | Unset):
        filterexcludeorganization_status_id (str | Unset):
        filtergroup_id (str | Unset):
        filterprimary (str | Unset):
        body (OrganizationBulkUpdateRequest): Bulk update: the id of each record goes inside
            `attributes` (IT Glue-specific).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | GatewayError | OrganizationCollection]
    """

    kwargs = _get_kwargs(
        body=body,
        filterid=filterid,
        filtername=filtername,
        filterorganization_type_id=filterorganization_type_id,
        filterorganization_status_id=filterorganization_status_id,
        filterpsa_id=filterpsa_id,
        filterpsa_integration_type=filterpsa_integration_type,
        filtercreated_at=filtercreated_at,
        filterupdated_at=filterupdated_at,
        filtermy_glue_account_id=filtermy_glue_account_id,
        filterexcludeid=filterexcludeid,
        filterexcludename=filterexcludename,
        filterexcludeorganization_type_id=filterexcludeorganization_type_id,
        filterexcludeorganization_status_id=filterexcludeorganization_status_id,
        filtergroup_id=filtergroup_id,
        filterprimary=filterprimary,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: OrganizationBulkUpdateRequest,
    filterid: str | Unset = UNSET,
    filtername: str | Unset = UNSET,
    filterorganization_type_id: str | Unset = UNSET,
    filterorganization_status_id: str | Unset = UNSET,
    filterpsa_id: str | Unset = UNSET,
    filterpsa_integration_type: BulkUpdateOrganizationsFilterpsaIntegrationType
    | Unset = UNSET,
    filtercreated_at: str | Unset = UNSET,
    filterupdated_at: str | Unset = UNSET,
    filtermy_glue_account_id: str | Unset = UNSET,
    filterexcludeid: str | Unset = UNSET,
    filterexcludename: str | Unset = UNSET,
    filterexcludeorganization_type_id: str | Unset = UNSET,
    filterexcludeorganization_status_id: str | Unset = UNSET,
    filtergroup_id: str | Unset = UNSET,
    filterprimary: str | Unset = UNSET,
) -> ErrorDocument | GatewayError | OrganizationCollection | None:
    """Update several organizations

     Ids go inside each item's `attributes`. Bulk updates through nested relationship routes are not
    supported by IT Glue.

    Args:
        filterid (str | Unset):
        filtername (str | Unset):
        filterorganization_type_id (str | Unset):
        filterorganization_status_id (str | Unset):
        filterpsa_id (str | Unset):
        filterpsa_integration_type (BulkUpdateOrganizationsFilterpsaIntegrationType | Unset):
        filtercreated_at (str | Unset):
        filterupdated_at (str | Unset):
        filtermy_glue_account_id (str | Unset):
        filterexcludeid (str | Unset):
        filterexcludename (str | Unset):
        filterexcludeorganization_type_id (str | Unset):
        filterexcludeorganization_status_id (str | Unset):
        filtergroup_id (str | Unset):
        filterprimary (str | Unset):
        body (OrganizationBulkUpdateRequest): Bulk update: the id of each record goes inside
            `attributes` (IT Glue-specific).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | GatewayError | OrganizationCollection
    """

    return sync_detailed(
        client=client,
        body=body,
        filterid=filterid,
        filtername=filtername,
        filterorganization_type_id=filterorganization_type_id,
        filterorganization_status_id=filterorganization_status_id,
        filterpsa_id=filterpsa_id,
        filterpsa_integration_type=filterpsa_integration_type,
        filtercreated_at=filtercreated_at,
        filterupdated_at=filterupdated_at,
        filtermy_glue_account_id=filtermy_glue_account_id,
        filterexcludeid=filterexcludeid,
        filterexcludename=filterexcludename,
        filterexcludeorganization_type_id=filterexcludeorganization_type_id,
        filterexcludeorganization_status_id=filterexcludeorganization_status_id,
        filtergroup_id=filtergroup_id,
        filterprimary=filterprimary,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OrganizationBulkUpdateRequest,
    filterid: str | Unset = UNSET,
    filtername: str | Unset = UNSET,
    filterorganization_type_id: str | Unset = UNSET,
    filterorganization_status_id: str | Unset = UNSET,
    filterpsa_id: str | Unset = UNSET,
    filterpsa_integration_type: BulkUpdateOrganizationsFilterpsaIntegrationType
    | Unset = UNSET,
    filtercreated_at: str | Unset = UNSET,
    filterupdated_at: str | Unset = UNSET,
    filtermy_glue_account_id: str | Unset = UNSET,
    filterexcludeid: str | Unset = UNSET,
    filterexcludename: str | Unset = UNSET,
    filterexcludeorganization_type_id: str | Unset = UNSET,
    filterexcludeorganization_status_id: str | Unset = UNSET,
    filtergroup_id: str | Unset = UNSET,
    filterprimary: str | Unset = UNSET,
) -> Response[ErrorDocument | GatewayError | OrganizationCollection]:
    """Update several organizations

     Ids go inside each item's `attributes`. Bulk updates through nested relationship routes are not
    supported by IT Glue.

    Args:
        filterid (str | Unset):
        filtername (str | Unset):
        filterorganization_type_id (str | Unset):
        filterorganization_status_id (str | Unset):
        filterpsa_id (str | Unset):
        filterpsa_integration_type (BulkUpdateOrganizationsFilterpsaIntegrationType | Unset):
        filtercreated_at (str | Unset):
        filterupdated_at (str | Unset):
        filtermy_glue_account_id (str | Unset):
        filterexcludeid (str | Unset):
        filterexcludename (str | Unset):
        filterexcludeorganization_type_id (str | Unset):
        filterexcludeorganization_status_id (str | Unset):
        filtergroup_id (str | Unset):
        filterprimary (str | Unset):
        body (OrganizationBulkUpdateRequest): Bulk update: the id of each record goes inside
            `attributes` (IT Glue-specific).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | GatewayError | OrganizationCollection]
    """

    kwargs = _get_kwargs(
        body=body,
        filterid=filterid,
        filtername=filtername,
        filterorganization_type_id=filterorganization_type_id,
        filterorganization_status_id=filterorganization_status_id,
        filterpsa_id=filterpsa_id,
        filterpsa_integration_type=filterpsa_integration_type,
        filtercreated_at=filtercreated_at,
        filterupdated_at=filterupdated_at,
        filtermy_glue_account_id=filtermy_glue_account_id,
        filterexcludeid=filterexcludeid,
        filterexcludename=filterexcludename,
        filterexcludeorganization_type_id=filterexcludeorganization_type_id,
        filterexcludeorganization_status_id=filterexcludeorganization_status_id,
        filtergroup_id=filtergroup_id,
        filterprimary=filterprimary,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OrganizationBulkUpdateRequest,
    filterid: str | Unset = UNSET,
    filtername: str | Unset = UNSET,
    filterorganization_type_id: str | Unset = UNSET,
    filterorganization_status_id: str | Unset = UNSET,
    filterpsa_id: str | Unset = UNSET,
    filterpsa_integration_type: BulkUpdateOrganizationsFilterpsaIntegrationType
    | Unset = UNSET,
    filtercreated_at: str | Unset = UNSET,
    filterupdated_at: str | Unset = UNSET,
    filtermy_glue_account_id: str | Unset = UNSET,
    filterexcludeid: str | Unset = UNSET,
    filterexcludename: str | Unset = UNSET,
    filterexcludeorganization_type_id: str | Unset = UNSET,
    filterexcludeorganization_status_id: str | Unset = UNSET,
    filtergroup_id: str | Unset = UNSET,
    filterprimary: str | Unset = UNSET,
) -> ErrorDocument | GatewayError | OrganizationCollection | None:
    """Update several organizations

     Ids go inside each item's `attributes`. Bulk updates through nested relationship routes are not
    supported by IT Glue.

    Args:
        filterid (str | Unset):
        filtername (str | Unset):
        filterorganization_type_id (str | Unset):
        filterorganization_status_id (str | Unset):
        filterpsa_id (str | Unset):
        filterpsa_integration_type (BulkUpdateOrganizationsFilterpsaIntegrationType | Unset):
        filtercreated_at (str | Unset):
        filterupdated_at (str | Unset):
        filtermy_glue_account_id (str | Unset):
        filterexcludeid (str | Unset):
        filterexcludename (str | Unset):
        filterexcludeorganization_type_id (str | Unset):
        filterexcludeorganization_status_id (str | Unset):
        filtergroup_id (str | Unset):
        filterprimary (str | Unset):
        body (OrganizationBulkUpdateRequest): Bulk update: the id of each record goes inside
            `attributes` (IT Glue-specific).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | GatewayError | OrganizationCollection
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            filterid=filterid,
            filtername=filtername,
            filterorganization_type_id=filterorganization_type_id,
            filterorganization_status_id=filterorganization_status_id,
            filterpsa_id=filterpsa_id,
            filterpsa_integration_type=filterpsa_integration_type,
            filtercreated_at=filtercreated_at,
            filterupdated_at=filterupdated_at,
            filtermy_glue_account_id=filtermy_glue_account_id,
            filterexcludeid=filterexcludeid,
            filterexcludename=filterexcludename,
            filterexcludeorganization_type_id=filterexcludeorganization_type_id,
            filterexcludeorganization_status_id=filterexcludeorganization_status_id,
            filtergroup_id=filtergroup_id,
            filterprimary=filterprimary,
        )
    ).parsed
