"""The feed catalog: one YAML file per source under `feeds/`, validated by pydantic."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
)

FEED_SUFFIXES = (".yaml", ".yml")


class FeedKind(StrEnum):
    RSS = "rss"
    ATOM = "atom"
    HTML_LIST = "html-list"
    JSON = "json"
    DIRECTORY = "directory"


class JsonItems(BaseModel):
    """Where a JSON API keeps its items and their fields (dotted paths)."""

    model_config = ConfigDict(extra="forbid")

    items: str = ""
    url: str = "url"
    title: str = "title"
    published: str = "published"
    text: str | None = None


class FeedConfig(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1, max_length=200, pattern=r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$")
    kind: FeedKind
    url: str = Field(min_length=1)
    outlet: str | None = None
    poll_interval: int = Field(default=900, ge=1, description="Seconds between polls.")
    enabled: bool = True
    headers: dict[str, str] = Field(default_factory=dict)
    max_requests_per_minute: float = Field(default=30, gt=0)
    item_selector: str | None = Field(
        default=None,
        validate_default=True,
        description="html-list: CSS selector of the item links.",
    )
    json_items: JsonItems = Field(default_factory=JsonItems)
    fetch_articles: bool = True
    max_items: int = Field(default=200, ge=1)

    @field_validator("url")
    @classmethod
    def _known_scheme(cls, value: str) -> str:
        if "://" in value and value.split("://", 1)[0].lower() not in {"http", "https", "file"}:
            raise ValueError("url must be http://, https://, file:// or a path")
        return value

    @field_validator("item_selector")
    @classmethod
    def _selector_for_html_list(cls, value: str | None, info: ValidationInfo) -> str | None:
        if info.data.get("kind") is FeedKind.HTML_LIST and not value:
            raise ValueError("is required for kind html-list")
        return value

    @property
    def display_outlet(self) -> str:
        return self.outlet or self.name


@dataclass(frozen=True)
class CatalogError:
    file: Path
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.field}: {self.message}"


@dataclass(frozen=True)
class Catalog:
    feeds: list[FeedConfig]
    errors: list[CatalogError]
    directory: Path

    def enabled(self) -> list[FeedConfig]:
        return [feed for feed in self.feeds if feed.enabled]

    def named(self, name: str) -> FeedConfig | None:
        return next((feed for feed in self.feeds if feed.name == name), None)


def feed_files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.iterdir() if p.is_file() and p.suffix in FEED_SUFFIXES)


def load_catalog(directory: Path) -> Catalog:
    """Every feed file in `directory`; an invalid file is reported, never fatal to the rest."""
    if not directory.is_dir():
        error = CatalogError(directory, "(directory)", "feeds directory does not exist")
        return Catalog([], [error], directory)
    feeds: list[FeedConfig] = []
    errors: list[CatalogError] = []
    names: dict[str, Path] = {}
    for path in feed_files(directory):
        feed, file_errors = load_feed_file(path)
        errors.extend(file_errors)
        if feed is None:
            continue
        if feed.name in names:
            errors.append(
                CatalogError(path, "name", f"{feed.name!r} is also used by {names[feed.name]}")
            )
            continue
        names[feed.name] = path
        feeds.append(_resolve_relative_url(feed, directory))
    return Catalog(feeds, errors, directory)


def load_feed_file(path: Path) -> tuple[FeedConfig | None, list[CatalogError]]:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        return None, [CatalogError(path, "(file)", f"not valid YAML: {_one_line(exc)}")]
    if not isinstance(raw, dict):
        return None, [CatalogError(path, "(file)", "must be a mapping of field: value")]
    try:
        return FeedConfig.model_validate(raw), []
    except ValidationError as exc:
        return None, [_catalog_error(path, err) for err in exc.errors()]


def _catalog_error(path: Path, err: Any) -> CatalogError:
    field = ".".join(str(part) for part in err["loc"]) or "(feed)"
    message = str(err["msg"]).removeprefix("Value error, ")
    if err["type"] == "missing":
        message = "is required"
    elif err["type"] == "extra_forbidden":
        message = "is not a known field"
    return CatalogError(path, field, message)


def _resolve_relative_url(feed: FeedConfig, directory: Path) -> FeedConfig:
    """A `file://` URL or bare path in a feed file is relative to the feeds directory."""
    url = feed.url
    if url.startswith("file://"):
        path = Path(url.removeprefix("file://"))
    elif "://" not in url:
        path = Path(url)
    else:
        return feed
    if not path.is_absolute():
        path = (directory / path).resolve()
    return feed.model_copy(update={"url": path.as_uri()})


def _one_line(exc: Exception) -> str:
    return " ".join(str(exc).split())
