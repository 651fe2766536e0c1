"""Where the SDK's settings live: named instances and API keys."""
