"""Local DuckDB mirror of an IT Glue estate."""
