from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_list import ContactList
from ...models.contact_sort import ContactSort
from ...models.error_document import ErrorDocument
from ...models.gateway_error import GatewayError
from ...models.list_contacts_filterpsa_integration_type import (
    ListContactsFilterpsaIntegrationType,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    pagesize: int | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    filterid: str | Unset = UNSET,
    filterfirst_name: str | Unset = UNSET,
    filterlast_name: str | Unset = UNSET,
    filtertitle: str | Unset = UNSET,
    filtercontact_type_id: str | Unset = UNSET,
    filterimportant: str | Unset = UNSET,
    filterprimary_email: str | Unset = UNSET,
    filterorganization_id: str | Unset = UNSET,
    filterpsa_id: str | Unset = UNSET,
    filterpsa_integration_type: ListContactsFilterpsaIntegrationType | Unset = UNSET,
    sort: ContactSort | Unset = UNSET,
    include: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page[size]"] = pagesize

    params["page[number]"] = pagenumber

    params["filter[id]"] = filterid

    params["filter[first_name]"] = filterfirst_name

    params["filter[last_name]"] = filterlast_name

    params["filter[title]"] = filtertitle

    params["filter[contact_type_id]"] = filtercontact_type_id

    params["filter[important]"] = filterimportant

    params["filter[primary_email]"] = filterprimary_email

    params["filter[organization_id]"] = filterorganization_id

    params["filter[psa_id]"] = filterpsa_id

    json_filterpsa_integration_type: str | Unset = UNSET
    if not isinstance(filterpsa_integration_type, Unset):
        json_filterpsa_integration_type = filterpsa_integration_type

    params["filter[psa_integration_type]"] = json_filterpsa_integration_type

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort

    params["sort"] = json_sort

    params["include"] = include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contacts",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactList | ErrorDocument | GatewayError | None:
    if response.status_code == 200:
        response_200 = ContactList.from_dict(response.json())

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
) -> Response[ContactList | ErrorDocument | GatewayError]:
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
    filterfirst_name: str | Unset = UNSET,
    filterlast_name: str | Unset = UNSET,
    filtertitle: str | Unset = UNSET,
    filtercontact_type_id: str | Unset = UNSET,
    filterimportant: str | Unset = UNSET,
    filterprimary_email: str | Unset = UNSET,
    filterorganization_id: str | Unset = UNSET,
    filterpsa_id: str | Unset = UNSET,
    filterpsa_integration_type: ListContactsFilterpsaIntegrationType | Unset = UNSET,
    sort: ContactSort | Unset = UNSET,
    include: str | Unset = UNSET,
) -> Response[ContactList | ErrorDocument | GatewayError]:
    """List contacts

    Args:
        pagesize (int | Unset):
        pagenumber (int | Unset):
        filterid (str | Unset):
        filterfirst_name (str | Unset):
        filterlast_name (str | Unset):
        filtertitle (str | Unset):
        filtercontact_type_id (str | Unset):
        filterimportant (str | Unset):
        filterprimary_email (str | Unset):
        filterorganization_id (str | Unset):
        filterpsa_id (str | Unset):
        filterpsa_integration_type (ListContactsFilterpsaIntegrationType | Unset):
        sort (ContactSort | Unset):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactList | ErrorDocument | GatewayError]
    """

    kwargs = _get_kwargs(
        pagesize=pagesize,
        pagenumber=pagenumber,
        filterid=filterid,
        filterfirst_name=filterfirst_name,
        filterlast_name=filterlast_name,
        filtertitle=filtertitle,
        filtercontact_type_id=filtercontact_type_id,
        filterimportant=filterimportant,
        filterprimary_email=filterprimary_email,
        filterorganization_id=filterorganization_id,
        filterpsa_id=filterpsa_id,
        filterpsa_integration_type=filterpsa_integration_type,
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
    filterfirst_name: str | Unset = UNSET,
    filterlast_name: str | Unset = UNSET,
    filtertitle: str | Unset = UNSET,
    filtercontact_type_id: str | Unset = UNSET,
    filterimportant: str | Unset = UNSET,
    filterprimary_email: str | Unset = UNSET,
    filterorganization_id: str | Unset = UNSET,
    filterpsa_id: str | Unset = UNSET,
    filterpsa_integration_type: ListContactsFilterpsaIntegrationType | Unset = UNSET,
    sort: ContactSort | Unset = UNSET,
    include: str | Unset = UNSET,
) -> ContactList | ErrorDocument | GatewayError | None:
    """List contacts

    Args:
        pagesize (int | Unset):
        pagenumber (int | Unset):
        filterid (str | Unset):
        filterfirst_name (str | Unset):
        filterlast_name (str | Unset):
        filtertitle (str | Unset):
        filtercontact_type_id (str | Unset):
        filterimportant (str | Unset):
        filterprimary_email (str | Unset):
        filterorganization_id (str | Unset):
        filterpsa_id (str | Unset):
        filterpsa_integration_type (ListContactsFilterpsaIntegrationType | Unset):
        sort (ContactSort | Unset):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactList | ErrorDocument | GatewayError
    """

    return sync_detailed(
        client=client,
        pagesize=pagesize,
        pagenumber=pagenumber,
        filterid=filterid,
        filterfirst_name=filterfirst_name,
        filterlast_name=filterlast_name,
        filtertitle=filtertitle,
        filtercontact_type_id=filtercontact_type_id,
        filterimportant=filterimportant,
        filterprimary_email=filterprimary_email,
        filterorganization_id=filterorganization_id,
        filterpsa_id=filterpsa_id,
        filterpsa_integration_type=filterpsa_integration_type,
        sort=sort,
        include=include,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    pagesize: int | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    filterid: str | Unset = UNSET,
    filterfirst_name: str | Unset = UNSET,
    filterlast_name: str | Unset = UNSET,
    filtertitle: str | Unset = UNSET,
    filtercontact_type_id: str | Unset = UNSET,
    filterimportant: str | Unset = UNSET,
    filterprimary_email: str | Unset = UNSET,
    filterorganization_id: str | Unset = UNSET,
    filterpsa_id: str | Unset = UNSET,
    filterpsa_integration_type: ListContactsFilterpsaIntegrationType | Unset = UNSET,
    sort: ContactSort | Unset = UNSET,
    include: str | Unset = UNSET,
) -> Response[ContactList | ErrorDocument | GatewayError]:
    """List contacts

    Args:
        pagesize (int | Unset):
        pagenumber (int | Unset):
        filterid (str | Unset):
        filterfirst_name (str | Unset):
        filterlast_name (str | Unset):
        filtertitle (str | Unset):
        filtercontact_type_id (str | Unset):
        filterimportant (str | Unset):
        filterprimary_email (str | Unset):
        filterorganization_id (str | Unset):
        filterpsa_id (str | Unset):
        filterpsa_integration_type (ListContactsFilterpsaIntegrationType | Unset):
        sort (ContactSort | Unset):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactList | ErrorDocument | GatewayError]
    """

    kwargs = _get_kwargs(
        pagesize=pagesize,
        pagenumber=pagenumber,
        filterid=filterid,
        filterfirst_name=filterfirst_name,
        filterlast_name=filterlast_name,
        filtertitle=filtertitle,
        filtercontact_type_id=filtercontact_type_id,
        filterimportant=filterimportant,
        filterprimary_email=filterprimary_email,
        filterorganization_id=filterorganization_id,
        filterpsa_id=filterpsa_id,
        filterpsa_integration_type=filterpsa_integration_type,
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
    filterfirst_name: str | Unset = UNSET,
    filterlast_name: str | Unset = UNSET,
    filtertitle: str | Unset = UNSET,
    filtercontact_type_id: str | Unset = UNSET,
    filterimportant: str | Unset = UNSET,
    filterprimary_email: str | Unset = UNSET,
    filterorganization_id: str | Unset = UNSET,
    filterpsa_id: str | Unset = UNSET,
    filterpsa_integration_type: ListContactsFilterpsaIntegrationType | Unset = UNSET,
    sort: ContactSort | Unset = UNSET,
    include: str | Unset = UNSET,
) -> ContactList | ErrorDocument | GatewayError | None:
    """List contacts

    Args:
        pagesize (int | Unset):
        pagenumber (int | Unset):
        filterid (str | Unset):
        filterfirst_name (str | Unset):
        filterlast_name (str | Unset):
        filtertitle (str | Unset):
        filtercontact_type_id (str | Unset):
        filterimportant (str | Unset):
        filterprimary_email (str | Unset):
        filterorganization_id (str | Unset):
        filterpsa_id (str | Unset):
        filterpsa_integration_type (ListContactsFilterpsaIntegrationType | Unset):
        sort (ContactSort | Unset):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactList | ErrorDocument | GatewayError
    """

    return (
        await asyncio_detailed(
            client=client,
            pagesize=pagesize,
            pagenumber=pagenumber,
            filterid=filterid,
            filterfirst_name=filterfirst_name,
            filterlast_name=filterlast_name,
            filtertitle=filtertitle,
            filtercontact_type_id=filtercontact_type_id,
            filterimportant=filterimportant,
            filterprimary_email=filterprimary_email,
            filterorganization_id=filterorganization_id,
            filterpsa_id=filterpsa_id,
            filterpsa_integration_type=filterpsa_integration_type,
            sort=sort,
            include=include,
        )
    ).parsed
