"""English trigger rules for how copy about national regulators tells their steps: a
registration named as what a launch followed, a dossier submitted "it" to the regulator,
a filing placed by its country and route, a registration request accepted. `wordings_en`
runs them after the registration rules."""

from __future__ import annotations

from service.extract.licence_wordings import REGISTRARS
from service.extract.rules import Rule

NATIONAL_WORDING_RULES: tuple[Rule, ...] = (
    # The licence as what a launch came after: "launched X following marketing registration
    # by ANVISA on 10 March" (not one asked for: "applied for marketing registration by …").
    Rule(
        "approval",
        r"\b(?:following|after|upon)\s+(?:its\s+|the\s+)?(?:marketing|product|sanitary)\s+"
        rf"registration\s+(?:by|from)\s+(?:the\s+)?(?:[\w.'’-]+\s+){{0,5}}?(?:{REGISTRARS})\b",
        keywords=("registration by", "registration from"),
    ),
    # The dossier named, then sent on by a pronoun: "assembled the registration dossier and
    # submitted it to the agency in August 2023" (the verb is the event its clause dates).
    Rule(
        "application_submission",
        r"\b(?:dossier|application|filing|file)\b[^.;]{0,80}?\b(?P<event>submitted|filed|"
        r"lodged)\s+it\s+(?:to|with)\b",
        keywords=("submitted it", "filed it", "lodged it"),
    ),
    # A filing placed by its country and the route it took: "filed in Egypt under the
    # regulator's reliance pathway" (a company's filing; the route names a regulator's).
    Rule(
        "application_submission",
        r"\b(?:filed|applied)\s+(?:for\s+(?:registration|approval)\s+)?in\s+[a-z]+(?:\s+[a-z]+)?"
        r"\s+(?:under|through|via)\s+(?:the\s+|its\s+)?[^.;,]{0,50}?\b(?:pathway|route|procedure)\b",
        keywords=("filed in", "applied in", "registration in", "approval in"),
    ),
    # Brazil's filing as translated copy names it: "ANVISA accepted the firm's registration
    # request into its optimised-analysis route".
    Rule(
        "application_acceptance",
        r"\b(?:accepted|validated|admitted)\s+(?:\S+\s+){0,4}?(?:registration|marketing)\s+"
        r"(?:request|dossier)s?\b",
        keywords=("request", "dossier"),
    ),
)
