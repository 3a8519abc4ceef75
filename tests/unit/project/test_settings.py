from pathlib import Path

import pytest

from service.settings import REPO_ROOT, SettingsError, load_settings


def test_defaults_to_an_sqlite_file_under_var(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DATABASE_URL", raising=False)
    settings = load_settings()
    assert settings.database_url == f"sqlite:///{REPO_ROOT / 'var' / 'milestones.db'}"
    assert (settings.api_host, settings.api_port) == ("127.0.0.1", 8000)
    assert settings.feeds_dir == REPO_ROOT / "feeds"


def test_reads_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("DATABASE_URL", "postgresql://u@db:5432/x")
    monkeypatch.setenv("API_PORT", "9001")
    monkeypatch.setenv("FEEDS_DIR", str(tmp_path))
    monkeypatch.setenv("LOG_LEVEL", "debug")
    settings = load_settings()
    assert settings.database_url == "postgresql://u@db:5432/x"
    assert settings.api_port == 9001
    assert settings.feeds_dir == tmp_path
    assert settings.log_level == "DEBUG"


@pytest.mark.parametrize(
    ("variable", "value", "expected"),
    [
        ("DATABASE_URL", "not a url", "DATABASE_URL"),
        ("DATABASE_URL", "mysql://root@localhost/db", "DATABASE_URL"),
        ("API_PORT", "70000", "API_PORT"),
        ("LOG_LEVEL", "chatty", "LOG_LEVEL"),
    ],
)
def test_a_bad_value_is_one_clear_line(
    monkeypatch: pytest.MonkeyPatch, variable: str, value: str, expected: str
) -> None:
    monkeypatch.setenv(variable, value)
    with pytest.raises(SettingsError) as caught:
        load_settings()
    message = str(caught.value)
    assert expected in message
    assert "\n" not in message
