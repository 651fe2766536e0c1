"""The event bus and the requester that emits events after successful writes."""
