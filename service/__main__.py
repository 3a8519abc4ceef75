"""`python -m service` is the `milestones` command (used where no console script is installed)."""

from service.cli import app

app(prog_name="milestones")
