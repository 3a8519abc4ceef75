"""Tables owned by service.api (API keys), declared on the shared MetaData."""

from __future__ import annotations

from service.store.metadata import metadata

__all__ = ["metadata"]
