"""A table's caption: the line over its rows may be all that names what they record.

A regulator's list sets each kind of decision out as a table of its own under a caption
("1. New marketing authorisations", "Orphan drug designations granted", "ARTG cancellations
(at the sponsor's request)"), whose header's date column names no step ("Date granted",
"Date of designation") or whose rows go without a header ("6 May 2025 | Brand | inn |
Sponsor"). The caption is the last short line, no row and no sentence, over the table.
"""

from __future__ import annotations

from service.extract.milestone_rows import row_type
from service.extract.sentences import short_line

_CAPTION_WORDS = 14
_SENTENCE_ENDS = (".", ";", "!", "?", "。", "；")


def short_label_line(line: str, most: int) -> bool:
    """A line of at most `most` words that ends no sentence and is no field ("Period:
    November 2025"): a caption's or a heading's shape."""
    return short_line(line, most, _SENTENCE_ENDS) and ": " not in line


class Caption:
    """Follows a text's lines in order, keeping the caption over the next row: kept across
    the table's rows and blank lines, dropped at any other line."""

    def __init__(self) -> None:
        self.text = ""

    def see(self, line: str, row: bool) -> None:
        """Take in the next line (`row`: the line is a table's row or header)."""
        if row or not line.strip():
            return
        self.text = line.strip() if short_label_line(line, _CAPTION_WORDS) else ""

    @property
    def step(self) -> str | None:
        """The milestone the caption names as its rows' ("New marketing authorisations")."""
        return row_type(self.text) if self.text else None
