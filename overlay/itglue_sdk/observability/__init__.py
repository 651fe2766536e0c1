"""Logging, redaction, metrics."""
