"""Transport security: TLS 1.2 or newer, and plain http only to loopback hosts."""

from __future__ import annotations

import functools
import ipaddress
import ssl

import httpx

from itglue_sdk._exceptions import InsecureURLError

LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain"})


def is_loopback_host(host: str) -> bool:
    """Whether ``host`` (a name or an IP literal, brackets allowed) is the local machine."""
    host = host.strip("[]").lower()
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@functools.lru_cache(maxsize=256)
def _is_loopback_cached(host: str) -> bool:
    """`is_loopback_host`, remembered: every request of a client asks about the same host or two."""
    return is_loopback_host(host)


def require_secure_url(url: str | httpx.URL) -> httpx.URL:
    """Check that a URL may be used to send an API key.

    Args:
        url: An absolute URL.

    Returns:
        The parsed URL.

    Raises:
        InsecureURLError: The scheme is neither https nor http to a loopback host.
    """
    parsed = url if isinstance(url, httpx.URL) else httpx.URL(url)  # a URL is immutable: no need to copy it
    scheme = parsed.scheme
    if scheme == "https" or (scheme == "http" and _is_loopback_cached(parsed.host)):
        return parsed
    raise InsecureURLError(
        f"refusing {parsed.scheme or 'relative'} URL for host {parsed.host or '(none)'!r}: the API key may only "
        "travel over https; plain http is allowed only to loopback hosts (127.0.0.1, ::1, localhost)"
    )


def tls_context() -> ssl.SSLContext:
    """Return httpx's default verifying TLS context with TLS 1.2 as the minimum version."""
    context = httpx.create_ssl_context()
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


def build_transport() -> httpx.HTTPTransport:
    """Return the innermost sync transport: connection pooling over TLS 1.2+."""
    return httpx.HTTPTransport(verify=tls_context())


def build_async_transport() -> httpx.AsyncHTTPTransport:
    """Return the innermost async transport: connection pooling over TLS 1.2+."""
    return httpx.AsyncHTTPTransport(verify=tls_context())
