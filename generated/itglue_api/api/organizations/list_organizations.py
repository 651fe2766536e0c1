from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_document import ErrorDocument
from ...models.gateway_error import GatewayError
from ...models.list_organizations_filterpsa_integration_type import (
    ListOrganizationsFilterpsaIntegrationType,
)
from ...models.organization_list import OrganizationList
from ...models.organization_sort import OrganizationSort
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    pagesize: int | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    filterid: str | Unset = UNSET,
    filtername: str | Unset = UNSET,
    filterorganization_type_id: str | Unset = UNSET,
    filterorganization_status_id: str | Unset = UNSET,
    filtercreated_at: str | Unset = UNSET,
    filterupdated_at: str | Unset = UNSET,
    filtermy_glue_account_id: str | Unset = UNSET,
    filterpsa_id: str | Unset = UNSET,
    filterpsa_integration_type: ListOrganizationsFilterpsaIntegrationType
    | Unset = UNSET,
    filtergroup_id: str | Unset = UNSET,
    filterprimary: str | Unset = UNSET,
    filterexcludeid: str | Unset = UNSET,
    filterexcludename: str | Unset = UNSET,
    filterexcludeorganization_type_id: str | Unset = UNSET,
    filterexcludeorganization_status_id: str | Unset = UNSET,
    filterrangemy_glue_account_id: str | Unset = UNSET,
    filterrange: str | Unset = UNSET,
    sort: OrganizationSort | Unset = UNSET,
    include: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page[size]"] = pagesize

    params["page[number]"] = pagenumber

    params["filter[id]"] = filterid

    params["filter[name]"] = filtername

    params["filter[organization_type_id]"] = filterorganization_type_id

    params["filter[organization_status_id]"] = filterorganization_status_id

    params["filter[created_at]"] = filtercreated_at

    params["filter[updated_at]"] = filterupdated_at

    params["filter[my_glue_account_id]"] = filtermy_glue_account_id

    params["filter[psa_id]"] = filterpsa_id

    json_filterpsa_integration_type: str | Unset = UNSET
    if not isinstance(filterpsa_integration_type, Unset):
        json_filterpsa_integration_type = filterpsa_integration_type

    params["filter[psa_integration_type]"] = json_filterpsa_integration_type

    params["filter[group_id]"] = filtergroup_id

    params["filter[primary]"] = filterprimary

    params["filter[exclude][id]"] = filterexcludeid

    params["filter[exclude][name]"] = filterexcludename

    params["filter[exclude][organization_type_id]"] = filterexcludeorganization_type_id

    params["filter[exclude][organization_status_id]"] = (
        filterexcludeorganization_status_id
    )

    params["filter[range][my_glue_account_id]"] = filterrangemy_glue_account_id

    params["filter[range]"] = filterrange

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort

    params["sort"] = json_sort

    params["include"] = include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/organizations",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDocument | GatewayError | OrganizationList | None:
    if response.status_code == 200:
        response_200 = OrganizationList.from_dict(response.json())

        return response_200

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
) -> Response[ErrorDocument | GatewayError | OrganizationList]:
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
    filterorganization_type_id: str | Unset = UNSET,
    filterorganization_status_id: str | Unset = UNSET,
    filtercreated_at: str | Unset = UNSET,
    filterupdated_at: str | Unset = UNSET,
    filtermy_glue_account_id: str | Unset = UNSET,
    filterpsa_id: str | Unset = UNSET,
    filterpsa_integration_type: ListOrganizationsFilterpsaIntegrationType
    | Unset = UNSET,
    filtergroup_id: str | Unset = UNSET,
    filterprimary: str | Unset = UNSET,
    filterexcludeid: str | Unset = UNSET,
    filterexcludename: str | Unset = UNSET,
    filterexcludeorganization_type_id: str | Unset = UNSET,
    filterexcludeorganization_status_id: str | Unset = UNSET,
    filterrangemy_glue_account_id: str | Unset = UNSET,
    filterrange: str | Unset = UNSET,
    sort: OrganizationSort | Unset = UNSET,
    include: str | Unset = UNSET,
) -> Response[ErrorDocument | GatewayError | OrganizationList]:
    """List organizations

    Args:
        pagesize (int | Unset):
        pagenumber (int | Unset):
        filterid (str | Unset):
        filtername (str | Unset):
        filterorganization_type_id (str | Unset):
        filterorganization_status_id (str | Unset):
        filtercreated_at (str | Unset):
        filterupdated_at (str | Unset):
        filtermy_glue_account_id (str | Unset):
        filterpsa_id (str | Unset):
        filterpsa_integration_type (ListOrganizationsFilterpsaIntegrationType | Unset):
        filtergroup_id (str | Unset):
        filterprimary (str | Unset):
        filterexcludeid (str | Unset):
        filterexcludename (str | Unset):
        filterexcludeorganization_type_id (str | Unset):
        filterexcludeorganization_status_id (str | Unset):
        filterrangemy_glue_account_id (str | Unset):
        filterrange (str | Unset):
        sort (OrganizationSort | Unset):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | GatewayError | OrganizationList]
    """

    kwargs = _get_kwargs(
        pagesize=pagesize,
        pagenumber=pagenumber,
        filterid=filterid,
        filtername=filtername,
        filterorganization_type_id=filterorganization_type_id,
        filterorganization_status_id=filterorganization_status_id,
        filtercreated_at=filtercreated_at,
        filterupdated_at=filterupdated_at,
        filtermy_glue_account_id=filtermy_glue_account_id,
        filterpsa_id=filterpsa_id,
        filterpsa_integration_type=filterpsa_integration_type,
        filtergroup_id=filtergroup_id,
        filterprimary=filterprimary,
        filterexcludeid=filterexcludeid,
        filterexcludename=filterexcludename,
        filterexcludeorganization_type_id=filterexcludeorganization_type_id,
        filterexcludeorganization_status_id=filterexcludeorganization_status_id,
        filterrangemy_glue_account_id=filterrangemy_glue_account_id,
        filterrange=filterrange,
        sort=sort,
        include=include,
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
    filterorganization_type_id: str | Unset = UNSET,
    filterorganization_status_id: str | Unset = UNSET,
    filtercreated_at: str | Unset = UNSET,
    filterupdated_at: str | Unset = UNSET,
    filtermy_glue_account_id: str | Unset = UNSET,
    filterpsa_id: str | Unset = UNSET,
    filterpsa_integration_type: ListOrganizationsFilterpsaIntegrationType
    | Unset = UNSET,
    filtergroup_id: str | Unset = UNSET,
    filterprimary: str | Unset = UNSET,
    filterexcludeid: str | Unset = UNSET,
    filterexcludename: str | Unset = UNSET,
    filterexcludeorganization_type_id: str | Unset = UNSET,
    filterexcludeorganization_status_id: str | Unset = UNSET,
    filterrangemy_glue_account_id: str | Unset = UNSET,
    filterrange: str | Unset = UNSET,
    sort: OrganizationSort | Unset = UNSET,
    include: str | Unset = UNSET,
) -> ErrorDocument | GatewayError | OrganizationList | None:
    """List organizations

    Args:
        pagesize (int | Unset):
        pagenumber (int | Unset):
        filterid (str | Unset):
        filtername (str | Unset):
        filterorganization_type_id (str | Unset):
        filterorganization_status_id (str | Unset):
        filtercreated_at (str | Unset):
        filterupdated_at (str | Unset):
        filtermy_glue_account_id (str | Unset):
        filterpsa_id (str | Unset):
        filterpsa_integration_type (ListOrganizationsFilterpsaIntegrationType | Unset):
        filtergroup_id (str | Unset):
        filterprimary (str | Unset):
        filterexcludeid (str | Unset):
        filterexcludename (str | Unset):
        filterexcludeorganization_type_id (str | Unset):
        filterexcludeorganization_status_id (str | Unset):
        filterrangemy_glue_account_id (str | Unset):
        filterrange (str | Unset):
        sort (OrganizationSort | Unset):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | GatewayError | OrganizationList
    """

    return sync_detailed(
        client=client,
        pagesize=pagesize,
        pagenumber=pagenumber,
        filterid=filterid,
        filtername=filtername,
        filterorganization_type_id=filterorganization_type_id,
        filterorganization_status_id=filterorganization_status_id,
        filtercreated_at=filtercreated_at,
        filterupdated_at=filterupdated_at,
        filtermy_glue_account_id=filtermy_glue_account_id,
        filterpsa_id=filterpsa_id,
        filterpsa_integration_type=filterpsa_integration_type,
        filtergroup_id=filtergroup_id,
        filterprimary=filterprimary,
        filterexcludeid=filterexcludeid,
        filterexcludename=filterexcludename,
        filterexcludeorganization_type_id=filterexcludeorganization_type_id,
        filterexcludeorganization_status_id=filterexcludeorganization_status_id,
        filterrangemy_glue_account_id=filterrangemy_glue_account_id,
        filterrange=filterrange,
        sort=sort,
        include=include,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    pagesize: int | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    filterid: str | Unset = UNSET,
    filtername: str | Unset = UNSET,
    filterorganization_type_id: str | Unset = UNSET,
    filterorganization_status_id: str | Unset = UNSET,
    filtercreated_at: str | Unset = UNSET,
    filterupdated_at: str | Unset = UNSET,
    filtermy_glue_account_id: str | Unset = UNSET,
    filterpsa_id: str | Unset = UNSET,
    filterpsa_integration_type: ListOrganizationsFilterpsaIntegrationType
    | Unset = UNSET,
    filtergroup_id: str | Unset = UNSET,
    filterprimary: str | Unset = UNSET,
    filterexcludeid: str | Unset = UNSET,
    filterexcludename: str | Unset = UNSET,
    filterexcludeorganization_type_id: str | Unset = UNSET,
    filterexcludeorganization_status_id: str | Unset = UNSET,
    filterrangemy_glue_account_id: str | Unset = UNSET,
    filterrange: str | Unset = UNSET,
    sort: OrganizationSort | Unset = UNSET,
    include: str | Unset = UNSET,
) -> Response[ErrorDocument | GatewayError | OrganizationList]:
    """List organizations

    Args:
        pagesize (int | Unset):
        pagenumber (int | Unset):
        filterid (str | Unset):
        filtername (str | Unset):
        filterorganization_type_id (str | Unset):
        filterorganization_status_id (str | Unset):
        filtercreated_at (str | Unset):
        filterupdated_at (str | Unset):
        filtermy_glue_account_id (str | Unset):
        filterpsa_id (str | Unset):
        filterpsa_integration_type (ListOrganizationsFilterpsaIntegrationType | Unset):
        filtergroup_id (str | Unset):
        filterprimary (str | Unset):
        filterexcludeid (str | Unset):
        filterexcludename (str | Unset):
        filterexcludeorganization_type_id (str | Unset):
        filterexcludeorganization_status_id (str | Unset):
        filterrangemy_glue_account_id (str | Unset):
        filterrange (str | Unset):
        sort (OrganizationSort | Unset):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | GatewayError | OrganizationList]
    """

    kwargs = _get_kwargs(
        pagesize=pagesize,
        pagenumber=pagenumber,
        filterid=filterid,
        filtername=filtername,
        filterorganization_type_id=filterorganization_type_id,
        filterorganization_status_id=filterorganization_status_id,
        filtercreated_at=filtercreated_at,
        filterupdated_at=filterupdated_at,
        filtermy_glue_account_id=filtermy_glue_account_id,
        filterpsa_id=filterpsa_id,
        filterpsa_integration_type=filterpsa_integration_type,
        filtergroup_id=filtergroup_id,
        filterprimary=filterprimary,
        filterexcludeid=filterexcludeid,
        filterexcludename=filterexcludename,
        filterexcludeorganization_type_id=filterexcludeorganization_type_id,
        filterexcludeorganization_status_id=filterexcludeorganization_status_id,
        filterrangemy_glue_account_id=filterrangemy_glue_account_id,
        filterrange=filterrange,
        sort=sort,
        include=include,
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
    filterorganization_type_id: str | Unset = UNSET,
    filterorganization_status_id: str | Unset = UNSET,
    filtercreated_at: str | Unset = UNSET,
    filterupdated_at: str | Unset = UNSET,
    filtermy_glue_account_id: str | Unset = UNSET,
    filterpsa_id: str | Unset = UNSET,
    filterpsa_integration_type: ListOrganizationsFilterpsaIntegrationType
    | Unset = UNSET,
    filtergroup_id: str | Unset = UNSET,
    filterprimary: str | Unset = UNSET,
    filterexcludeid: str | Unset = UNSET,
    filterexcludename: str | Unset = UNSET,
    filterexcludeorganization_type_id: str | Unset = UNSET,
    filterexcludeorganization_status_id: str | Unset = UNSET,
    filterrangemy_glue_account_id: str | Unset = UNSET,
    filterrange: str | Unset = UNSET,
    sort: OrganizationSort | Unset = UNSET,
    include: str | Unset = UNSET,
) -> ErrorDocument | GatewayError | OrganizationList | None:
    """List organizations

    Args:
        pagesize (int | Unset):
        pagenumber (int | Unset):
        filterid (str | Unset):
        filtername (str | Unset):
        filterorganization_type_id (str | Unset):
        filterorganization_status_id (str | Unset):
        filtercreated_at (str | Unset):
        filterupdated_at (str | Unset):
        filtermy_glue_account_id (str | Unset):
        filterpsa_id (str | Unset):
        filterpsa_integration_type (ListOrganizationsFilterpsaIntegrationType | Unset):
        filtergroup_id (str | Unset):
        filterprimary (str | Unset):
        filterexcludeid (str | Unset):
        filterexcludename (str | Unset):
        filterexcludeorganization_type_id (str | Unset):
        filterexcludeorganization_status_id (str | Unset):
        filterrangemy_glue_account_id (str | Unset):
        filterrange (str | Unset):
        sort (OrganizationSort | Unset):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | GatewayError | OrganizationList
    """

    return (
        await asyncio_detailed(
            client=client,
            pagesize=pagesize,
            pagenumber=pagenumber,
            filterid=filterid,
            filtername=filtername,
            filterorganization_type_id=filterorganization_type_id,
            filterorganization_status_id=filterorganization_status_id,
            filtercreated_at=filtercreated_at,
            filterupdated_at=filterupdated_at,
            filtermy_glue_account_id=filtermy_glue_account_id,
            filterpsa_id=filterpsa_id,
            filterpsa_integration_type=filterpsa_integration_type,
            filtergroup_id=filtergroup_id,
            filterprimary=filterprimary,
            filterexcludeid=filterexcludeid,
            filterexcludename=filterexcludename,
            filterexcludeorganization_type_id=filterexcludeorganization_type_id,
            filterexcludeorganization_status_id=filterexcludeorganization_status_id,
            filterrangemy_glue_account_id=filterrangemy_glue_account_id,
            filterrange=filterrange,
            sort=sort,
            include=include,
        )
    ).parsed
