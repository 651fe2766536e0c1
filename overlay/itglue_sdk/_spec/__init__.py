"""The run-time spec: its index of routes and parameters, query building, payload encoding."""
