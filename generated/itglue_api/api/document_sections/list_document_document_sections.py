from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.document_section_list import DocumentSectionList
from ...models.error_document import ErrorDocument
from ...models.gateway_error import GatewayError
from ...models.list_document_document_sections_sort import (
    ListDocumentDocumentSectionsSort,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    document_id: int,
    *,
    pagesize: int | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    filterid: str | Unset = UNSET,
    filterresource_type: str | Unset = UNSET,
    filterdocument_id: str | Unset = UNSET,
    sort: ListDocumentDocumentSectionsSort | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page[size]"] = pagesize

    params["page[number]"] = pagenumber

    params["filter[id]"] = filterid

    params["filter[resource_type]"] = filterresource_type

    params["filter[document_id]"] = filterdocument_id

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort

    params["sort"] = json_sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/documents/{document_id}/relationships/sections".format(
            document_id=quote(str(document_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DocumentSectionList | ErrorDocument | GatewayError | None:
    if response.status_code == 200:
        response_200 = DocumentSectionList.from_dict(response.json())

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
) -> Response[DocumentSectionList | ErrorDocument | GatewayError]:
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
    pagesize: int | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    filterid: str | Unset = UNSET,
    filterresource_type: str | Unset = UNSET,
    filterdocument_id: str | Unset = UNSET,
    sort: ListDocumentDocumentSectionsSort | Unset = UNSET,
) -> Response[DocumentSectionList | ErrorDocument | GatewayError]:
    """List document sections of one document

    Args:
        document_id (int):
        pagesize (int | Unset):
        pagenumber (int | Unset):
        filterid (str | Unset):
        filterresource_type (str | Unset):
        filterdocument_id (str | Unset):
        sort (ListDocumentDocumentSectionsSort | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DocumentSectionList | ErrorDocument | GatewayError]
    """

    kwargs = _get_kwargs(
        document_id=document_id,
        pagesize=pagesize,
        pagenumber=pagenumber,
        filterid=filterid,
        filterresource_type=filterresource_type,
        filterdocument_id=filterdocument_id,
        sort=sort,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    document_id: int,
    *,
    client: AuthenticatedClient | Client,
    pagesize: int | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    filterid: str | Unset = UNSET,
    filterresource_type: str | Unset = UNSET,
    filterdocument_id: str | Unset = UNSET,
    sort: ListDocumentDocumentSectionsSort | Unset = UNSET,
) -> DocumentSectionList | ErrorDocument | GatewayError | None:
    """List document sections of one document

    Args:
        document_id (int):
        pagesize (int | Unset):
        pagenumber (int | Unset):
        filterid (str | Unset):
        filterresource_type (str | Unset):
        filterdocument_id (str | Unset):
        sort (ListDocumentDocumentSectionsSort | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DocumentSectionList | ErrorDocument | GatewayError
    """

    return sync_detailed(
        document_id=document_id,
        client=client,
        pagesize=pagesize,
        pagenumber=pagenumber,
        filterid=filterid,
        filterresource_type=filterresource_type,
        filterdocument_id=filterdocument_id,
        sort=sort,
    ).parsed


async def asyncio_detailed(
    document_id: int,
    *,
    client: AuthenticatedClient | Client,
    pagesize: int | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    filterid: str | Unset = UNSET,
    filterresource_type: str | Unset = UNSET,
    filterdocument_id: str | Unset = UNSET,
    sort: ListDocumentDocumentSectionsSort | Unset = UNSET,
) -> Response[DocumentSectionList | ErrorDocument | GatewayError]:
    """List document sections of one document

    Args:
        document_id (int):
        pagesize (int | Unset):
        pagenumber (int | Unset):
        filterid (str | Unset):
        filterresource_type (str | Unset):
        filterdocument_id (str | Unset):
        sort (ListDocumentDocumentSectionsSort | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DocumentSectionList | ErrorDocument | GatewayError]
    """

    kwargs = _get_kwargs(
        document_id=document_id,
        pagesize=pagesize,
        pagenumber=pagenumber,
        filterid=filterid,
        filterresource_type=filterresource_type,
        filterdocument_id=filterdocument_id,
        sort=sort,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    document_id: int,
    *,
    client: AuthenticatedClient | Client,
    pagesize: int | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    filterid: str | Unset = UNSET,
    filterresource_type: str | Unset = UNSET,
    filterdocument_id: str | Unset = UNSET,
    sort: ListDocumentDocumentSectionsSort | Unset = UNSET,
) -> DocumentSectionList | ErrorDocument | GatewayError | None:
    """List document sections of one document

    Args:
        document_id (int):
        pagesize (int | Unset):
        pagenumber (int | Unset):
        filterid (str | Unset):
        filterresource_type (str | Unset):
        filterdocument_id (str | Unset):
        sort (ListDocumentDocumentSectionsSort | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DocumentSectionList | ErrorDocument | GatewayError
    """

    return (
        await asyncio_detailed(
            document_id=document_id,
            client=client,
            pagesize=pagesize,
            pagenumber=pagenumber,
            filterid=filterid,
            filterresource_type=filterresource_type,
            filterdocument_id=filterdocument_id,
            sort=sort,
        )
    ).parsed
