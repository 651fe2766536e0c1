"""The resource facade: the generic service, the catalog, and the specialised groups."""
