"""Transport security: TLS 1.2 or newer, and plain http only to loopback hosts."""

from __future__ import annotations

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


def require_secure_url(url: str | httpx.URL) -> httpx.URL:
    """Check that a URL may be used to send an API key.

    Args:
        url: An absolute URL.

    Returns:
        The parsed URL.

    Raises:
        InsecureURLError: The scheme is neither https nor http to a loopback host.
    """
    parsed = httpx.URL(url)
    if parsed.scheme == "https":
        return parsed
    if parsed.scheme == "http" and is_loopback_host(parsed.host):
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
