"""A forecast names an event with a date someone expects, not one that happened: "We model
EU approval in the first quarter", "analysts are penciling in a BLA submission", "our
base-case estimates assume approval in 2026". (A branch of `hedges_en.PLAN`.)"""

from __future__ import annotations

# Who forecasts.
_FORECASTER = r"(?:we|they|he|she|analysts?|consensus|the (?:note|bank|firm|broker))"
# The verbs of a forecast, in the present only: one told as come true is no hedge ("as we
# had modelled, the FDA approved it").
_FORECASTS = (
    r"(?:model(?:s|l?ing)?|forecast(?:s|ing)?|project(?:s|ing)?|predict(?:s|ing)?"
    r"|estimat(?:es?|ing)|pencil(?:s|l?ing)?\s+in)"
)
FORECAST = (
    rf"{_FORECASTER}\s+(?:now\s+|still\s+|also\s+|currently\s+|are\s+|is\s+)?{_FORECASTS}"
    # A forecaster's own figures: "our base-case model", "consensus estimates".
    r"|(?:our|their|his|her|consensus|analysts['’]?)\s+(?:[\w-]+\s+)?(?:models?|forecasts?"
    r"|projections?|estimates?)"
)
