from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_document import ErrorDocument
from ...models.gateway_error import GatewayError
from ...models.user_metric_list import UserMetricList
from ...models.user_metric_sort import UserMetricSort
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    pagesize: int | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    filteruser_id: str | Unset = UNSET,
    filterorganization_id: str | Unset = UNSET,
    filterresource_type: str | Unset = UNSET,
    filterdate: str | Unset = UNSET,
    filterrangedate: str | Unset = UNSET,
    sort: UserMetricSort | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page[size]"] = pagesize

    params["page[number]"] = pagenumber

    params["filter[user_id]"] = filteruser_id

    params["filter[organization_id]"] = filterorganization_id

    params["filter[resource_type]"] = filterresource_type

    params["filter[date]"] = filterdate

    params["filter[range][date]"] = filterrangedate

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort

    params["sort"] = json_sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/user_metrics",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDocument | GatewayError | UserMetricList | None:
    if response.status_code == 200:
        response_200 = UserMetricList.from_dict(response.json())

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
) -> Response[ErrorDocument | GatewayError | UserMetricList]:
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
    filteruser_id: str | Unset = UNSET,
    filterorganization_id: str | Unset = UNSET,
    filterresource_type: str | Unset = UNSET,
    filterdate: str | Unset = UNSET,
    filterrangedate: str | Unset = UNSET,
    sort: UserMetricSort | Unset = UNSET,
) -> Response[ErrorDocument | GatewayError | UserMetricList]:
    """List user metrics

    Args:
        pagesize (int | Unset):
        pagenumber (int | Unset):
        filteruser_id (str | Unset):
        filterorganization_id (str | Unset):
        filterresource_type (str | Unset):
        filterdate (str | Unset):
        filterrangedate (str | Unset):
        sort (UserMetricSort | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | GatewayError | UserMetricList]
    """

    kwargs = _get_kwargs(
        pagesize=pagesize,
        pagenumber=pagenumber,
        filteruser_id=filteruser_id,
        filterorganization_id=filterorganization_id,
        filterresource_type=filterresource_type,
        filterdate=filterdate,
        filterrangedate=filterrangedate,
        sort=sort,
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
    filteruser_id: str | Unset = UNSET,
    filterorganization_id: str | Unset = UNSET,
    filterresource_type: str | Unset = UNSET,
    filterdate: str | Unset = UNSET,
    filterrangedate: str | Unset = UNSET,
    sort: UserMetricSort | Unset = UNSET,
) -> ErrorDocument | GatewayError | UserMetricList | None:
    """List user metrics

    Args:
        pagesize (int | Unset):
        pagenumber (int | Unset):
        filteruser_id (str | Unset):
        filterorganization_id (str | Unset):
        filterresource_type (str | Unset):
        filterdate (str | Unset):
        filterrangedate (str | Unset):
        sort (UserMetricSort | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | GatewayError | UserMetricList
    """

    return sync_detailed(
        client=client,
        pagesize=pagesize,
        pagenumber=pagenumber,
        filteruser_id=filteruser_id,
        filterorganization_id=filterorganization_id,
        filterresource_type=filterresource_type,
        filterdate=filterdate,
        filterrangedate=filterrangedate,
        sort=sort,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    pagesize: int | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    filteruser_id: str | Unset = UNSET,
    filterorganization_id: str | Unset = UNSET,
    filterresource_type: str | Unset = UNSET,
    filterdate: str | Unset = UNSET,
    filterrangedate: str | Unset = UNSET,
    sort: UserMetricSort | Unset = UNSET,
) -> Response[ErrorDocument | GatewayError | UserMetricList]:
    """List user metrics

    Args:
        pagesize (int | Unset):
        pagenumber (int | Unset):
        filteruser_id (str | Unset):
        filterorganization_id (str | Unset):
        filterresource_type (str | Unset):
        filterdate (str | Unset):
        filterrangedate (str | Unset):
        sort (UserMetricSort | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | GatewayError | UserMetricList]
    """

    kwargs = _get_kwargs(
        pagesize=pagesize,
        pagenumber=pagenumber,
        filteruser_id=filteruser_id,
        filterorganization_id=filterorganization_id,
        filterresource_type=filterresource_type,
        filterdate=filterdate,
        filterrangedate=filterrangedate,
        sort=sort,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    pagesize: int | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    filteruser_id: str | Unset = UNSET,
    filterorganization_id: str | Unset = UNSET,
    filterresource_type: str | Unset = UNSET,
    filterdate: str | Unset = UNSET,
    filterrangedate: str | Unset = UNSET,
    sort: UserMetricSort | Unset = UNSET,
) -> ErrorDocument | GatewayError | UserMetricList | None:
    """List user metrics

    Args:
        pagesize (int | Unset):
        pagenumber (int | Unset):
        filteruser_id (str | Unset):
        filterorganization_id (str | Unset):
        filterresource_type (str | Unset):
        filterdate (str | Unset):
        filterrangedate (str | Unset):
        sort (UserMetricSort | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | GatewayError | UserMetricList
    """

    return (
        await asyncio_detailed(
            client=client,
            pagesize=pagesize,
            pagenumber=pagenumber,
            filteruser_id=filteruser_id,
            filterorganization_id=filterorganization_id,
            filterresource_type=filterresource_type,
            filterdate=filterdate,
            filterrangedate=filterrangedate,
            sort=sort,
        )
    ).parsed
