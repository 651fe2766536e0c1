"""The transport stack: retries, rate limiter, circuit breaker, TLS, key auth, requester, errors."""
