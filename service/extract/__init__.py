"""Pure milestone extraction: article text in, regulatory milestones out (stdlib only)."""

from service.extract.extraction import extract
from service.extract.models import Article, Evidence, Milestone

EXTRACTOR_NAME = "rules-extractor"
EXTRACTOR_VERSION = "0.2.0"

__all__ = ["EXTRACTOR_NAME", "EXTRACTOR_VERSION", "Article", "Evidence", "Milestone", "extract"]
