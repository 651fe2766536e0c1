from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_delete_configurations_filterpsa_integration_type import (
    BulkDeleteConfigurationsFilterpsaIntegrationType,
)
from ...models.bulk_delete_configurations_filterrmm_integration_type import (
    BulkDeleteConfigurationsFilterrmmIntegrationType,
)
from ...models.configuration_bulk_delete_request import ConfigurationBulkDeleteRequest
from ...models.configuration_collection import ConfigurationCollection
from ...models.error_document import ErrorDocument
from ...models.gateway_error import GatewayError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ConfigurationBulkDeleteRequest | Unset = UNSET,
    filterid: str | Unset = UNSET,
    filtername: str | Unset = UNSET,
    filterorganization_id: str | Unset = UNSET,
    filterconfiguration_type_id: str | Unset = UNSET,
    filterconfiguration_status_id: str | Unset = UNSET,
    filterarchived: str | Unset = UNSET,
    filtercontact_id: str | Unset = UNSET,
    filterserial_number: str | Unset = UNSET,
    filterrmm_id: str | Unset = UNSET,
    filterrmm_integration_type: BulkDeleteConfigurationsFilterrmmIntegrationType
    | Unset = UNSET,
    filtermac_address: str | Unset = UNSET,
    filterasset_tag: str | Unset = UNSET,
    filterpsa_id: str | Unset = UNSET,
    filterpsa_integration_type: BulkDeleteConfigurationsFilterpsaIntegrationType
    | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["filter[id]"] = filterid

    params["filter[name]"] = filtername

    params["filter[organization_id]"] = filterorganization_id

    params["filter[configuration_type_id]"] = filterconfiguration_type_id

    params["filter[configuration_status_id]"] = filterconfiguration_status_id

    params["filter[archived]"] = filterarchived

    params["filter[contact_id]"] = filtercontact_id

    params["filter[serial_number]"] = filterserial_number

    params["filter[rmm_id]"] = filterrmm_id

    json_filterrmm_integration_type: str | Unset = UNSET
    if not isinstance(filterrmm_integration_type, Unset):
        json_filterrmm_integration_type = filterrmm_integration_type

    params["filter[rmm_integration_type]"] = json_filterrmm_integration_type

    params["filter[mac_address]"] = filtermac_address

    params["filter[asset_tag]"] = filterasset_tag

    params["filter[psa_id]"] = filterpsa_id

    json_filterpsa_integration_type: str | Unset = UNSET
    if not isinstance(filterpsa_integration_type, Unset):
        json_filterpsa_integration_type = filterpsa_integration_type

    params["filter[psa_integration_type]"] = json_filterpsa_integration_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/configurations",
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.api+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConfigurationCollection | ErrorDocument | GatewayError | None:
    if response.status_code == 200:
        response_200 = ConfigurationCollection.from_dict(response.json())

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
) -> Response[ConfigurationCollection | ErrorDocument | GatewayError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ConfigurationBulkDeleteRequest | Unset = UNSET,
    filterid: str | Unset = UNSET,
    filtername: str | Unset = UNSET,
    filterorganization_id: str | Unset = UNSET,
    filterconfiguration_type_id: str | Unset = UNSET,
    filterconfiguration_status_id: str | Unset = UNSET,
    filterarchived: str | Unset = UNSET,
    filtercontact_id: str | Unset = UNSET,
    filterserial_number: str | Unset = UNSET,
    filterrmm_id: str | Unset = UNSET,
    filterrmm_integration_type: BulkDeleteConfigurationsFilterrmmIntegrationType
    | Unset = UNSET,
    filtermac_address: str | Unset = UNSET,
    filterasset_tag: str | Unset = UNSET,
    filterpsa_id: str | Unset = UNSET,
    filterpsa_integration_type: BulkDeleteConfigurationsFilterpsaIntegrationType
    | Unset = UNSET,
) -> Response[ConfigurationCollection | ErrorDocument | GatewayError]:
    """Delete several configurations

     Ids go inside each item's `attributes`; answers the deleted records. Without a body, the filters
    choose the records (at least one filter is required).

    Args:
        filterid (str | Unset):
        filtername (str | Unset):
        filterorganization_id (str | Unset):
        filterconfiguration_type_id (str | Unset):
        filterconfiguration_status_id (str | Unset):
        filterarchived (str | Unset):
        filtercontact_id (str | Unset):
        filterserial_number (str | Unset):
        filterrmm_id (str | Unset):
        filterrmm_integration_type (BulkDeleteConfigurationsFilterrmmIntegrationType | Unset):
        filtermac_address (str | Unset):
        filterasset_tag (str | Unset):
        filterpsa_id (str | Unset):
        filterpsa_integration_type (BulkDeleteConfigurationsFilterpsaIntegrationType | Unset):
        body (ConfigurationBulkDeleteRequest | Unset): Bulk delete: ids inside `attributes`; a
            single object is accepted too.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConfigurationCollection | ErrorDocument | GatewayError]
    """

    kwargs = _get_kwargs(
        body=body,
        filterid=filterid,
        filtername=filtername,
        filterorganization_id=filterorganization_id,
        filterconfiguration_type_id=filterconfiguration_type_id,
        filterconfiguration_status_id=filterconfiguration_status_id,
        filterarchived=filterarchived,
        filtercontact_id=filtercontact_id,
        filterserial_number=filterserial_number,
        filterrmm_id=filterrmm_id,
        filterrmm_integration_type=filterrmm_integration_type,
        filtermac_address=filtermac_address,
        filterasset_tag=filterasset_tag,
        filterpsa_id=filterpsa_id,
        filterpsa_integration_type=filterpsa_integration_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ConfigurationBulkDeleteRequest | Unset = UNSET,
    filterid: str | Unset = UNSET,
    filtername: str | Unset = UNSET,
    filterorganization_id: str | Unset = UNSET,
    filterconfiguration_type_id: str | Unset = UNSET,
    filterconfiguration_status_id: str | Unset = UNSET,
    filterarchived: str | Unset = UNSET,
    filtercontact_id: str | Unset = UNSET,
    filterserial_number: str | Unset = UNSET,
    filterrmm_id: str | Unset = UNSET,
    filterrmm_integration_type: BulkDeleteConfigurationsFilterrmmIntegrationType
    | Unset = UNSET,
    filtermac_address: str | Unset = UNSET,
    filterasset_tag: str | Unset = UNSET,
    filterpsa_id: str | Unset = UNSET,
    filterpsa_integration_type: BulkDeleteConfigurationsFilterpsaIntegrationType
    | Unset = UNSET,
) -> ConfigurationCollection | ErrorDocument | GatewayError | None:
    """Delete several configurations

     Ids go inside each item's `attributes`; answers the deleted records. Without a body, the filters
    choose the records (at least one filter is required).

    Args:
        filterid (str | Unset):
        filtername (str | Unset):
        filterorganization_id (str | Unset):
        filterconfiguration_type_id (str | Unset):
        filterconfiguration_status_id (str | Unset):
        filterarchived (str | Unset):
        filtercontact_id (str | Unset):
        filterserial_number (str | Unset):
        filterrmm_id (str | Unset):
        filterrmm_integration_type (BulkDeleteConfigurationsFilterrmmIntegrationType | Unset):
        filtermac_address (str | Unset):
        filterasset_tag (str | Unset):
        filterpsa_id (str | Unset):
        filterpsa_integration_type (BulkDeleteConfigurationsFilterpsaIntegrationType | Unset):
        body (ConfigurationBulkDeleteRequest | Unset): Bulk delete: ids inside `attributes`; a
            single object is accepted too.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConfigurationCollection | ErrorDocument | GatewayError
    """

    return sync_detailed(
        client=client,
        body=body,
        filterid=filterid,
        filtername=filtername,
        filterorganization_id=filterorganization_id,
        filterconfiguration_type_id=filterconfiguration_type_id,
        filterconfiguration_status_id=filterconfiguration_status_id,
        filterarchived=filterarchived,
        filtercontact_id=filtercontact_id,
        filterserial_number=filterserial_number,
        filterrmm_id=filterrmm_id,
        filterrmm_integration_type=filterrmm_integration_type,
        filtermac_address=filtermac_address,
        filterasset_tag=filterasset_tag,
        filterpsa_id=filterpsa_id,
        filterpsa_integration_type=filterpsa_integration_type,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ConfigurationBulkDeleteRequest | Unset = UNSET,
    filterid: str | Unset = UNSET,
    filtername: str | Unset = UNSET,
    filterorganization_id: str | Unset = UNSET,
    filterconfiguration_type_id: str | Unset = UNSET,
    filterconfiguration_status_id: str | Unset = UNSET,
    filterarchived: str | Unset = UNSET,
    filtercontact_id: str | Unset = UNSET,
    filterserial_number: str | Unset = UNSET,
    filterrmm_id: str | Unset = UNSET,
    filterrmm_integration_type: BulkDeleteConfigurationsFilterrmmIntegrationType
    | Unset = UNSET,
    filtermac_address: str | Unset = UNSET,
    filterasset_tag: str | Unset = UNSET,
    filterpsa_id: str | Unset = UNSET,
    filterpsa_integration_type: BulkDeleteConfigurationsFilterpsaIntegrationType
    | Unset = UNSET,
) -> Response[ConfigurationCollection | ErrorDocument | GatewayError]:
    """Delete several configurations

     Ids go inside each item's `attributes`; answers the deleted records. Without a body, the filters
    choose the records (at least one filter is required).

    Args:
        filterid (str | Unset):
        filtername (str | Unset):
        filterorganization_id (str | Unset):
        filterconfiguration_type_id (str | Unset):
        filterconfiguration_status_id (str | Unset):
        filterarchived (str | Unset):
        filtercontact_id (str | Unset):
        filterserial_number (str | Unset):
        filterrmm_id (str | Unset):
        filterrmm_integration_type (BulkDeleteConfigurationsFilterrmmIntegrationType | Unset):
        filtermac_address (str | Unset):
        filterasset_tag (str | Unset):
        filterpsa_id (str | Unset):
        filterpsa_integration_type (BulkDeleteConfigurationsFilterpsaIntegrationType | Unset):
        body (ConfigurationBulkDeleteRequest | Unset): Bulk delete: ids inside `attributes`; a
            single object is accepted too.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConfigurationCollection | ErrorDocument | GatewayError]
    """

    kwargs = _get_kwargs(
        body=body,
        filterid=filterid,
        filtername=filtername,
        filterorganization_id=filterorganization_id,
        filterconfiguration_type_id=filterconfiguration_type_id,
        filterconfiguration_status_id=filterconfiguration_status_id,
        filterarchived=filterarchived,
        filtercontact_id=filtercontact_id,
        filterserial_number=filterserial_number,
        filterrmm_id=filterrmm_id,
        filterrmm_integration_type=filterrmm_integration_type,
        filtermac_address=filtermac_address,
        filterasset_tag=filterasset_tag,
        filterpsa_id=filterpsa_id,
        filterpsa_integration_type=filterpsa_integration_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ConfigurationBulkDeleteRequest | Unset = UNSET,
    filterid: str | Unset = UNSET,
    filtername: str | Unset = UNSET,
    filterorganization_id: str | Unset = UNSET,
    filterconfiguration_type_id: str | Unset = UNSET,
    filterconfiguration_status_id: str | Unset = UNSET,
    filterarchived: str | Unset = UNSET,
    filtercontact_id: str | Unset = UNSET,
    filterserial_number: str | Unset = UNSET,
    filterrmm_id: str | Unset = UNSET,
    filterrmm_integration_type: BulkDeleteConfigurationsFilterrmmIntegrationType
    | Unset = UNSET,
    filtermac_address: str | Unset = UNSET,
    filterasset_tag: str | Unset = UNSET,
    filterpsa_id: str | Unset = UNSET,
    filterpsa_integration_type: BulkDeleteConfigurationsFilterpsaIntegrationType
    | Unset = UNSET,
) -> ConfigurationCollection | ErrorDocument | GatewayError | None:
    """Delete several configurations

     Ids go inside each item's `attributes`; answers the deleted records. Without a body, the filters
    choose the records (at least one filter is required).

    Args:
        filterid (str | Unset):
        filtername (str | Unset):
        filterorganization_id (str | Unset):
        filterconfiguration_type_id (str | Unset):
        filterconfiguration_status_id (str | Unset):
        filterarchived (str | Unset):
        filtercontact_id (str | Unset):
        filterserial_number (str | Unset):
        filterrmm_id (str | Unset):
        filterrmm_integration_type (BulkDeleteConfigurationsFilterrmmIntegrationType | Unset):
        filtermac_address (str | Unset):
        filterasset_tag (str | Unset):
        filterpsa_id (str | Unset):
        filterpsa_integration_type (BulkDeleteConfigurationsFilterpsaIntegrationType | Unset):
        body (ConfigurationBulkDeleteRequest | Unset): Bulk delete: ids inside `attributes`; a
            single object is accepted too.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConfigurationCollection | ErrorDocument | GatewayError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            filterid=filterid,
            filtername=filtername,
            filterorganization_id=filterorganization_id,
            filterconfiguration_type_id=filterconfiguration_type_id,
            filterconfiguration_status_id=filterconfiguration_status_id,
            filterarchived=filterarchived,
            filtercontact_id=filtercontact_id,
            filterserial_number=filterserial_number,
            filterrmm_id=filterrmm_id,
            filterrmm_integration_type=filterrmm_integration_type,
            filtermac_address=filtermac_address,
            filterasset_tag=filterasset_tag,
            filterpsa_id=filterpsa_id,
            filterpsa_integration_type=filterpsa_integration_type,
        )
    ).parsed
