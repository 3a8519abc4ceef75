"""Medical devices: a valve's premarket approval, a device's 510(k) clearance, a cochlear
implant registered as an innovative device (创新医疗器械). Their approvals and designations
are no drug's milestones; a sentence telling one and naming no drug is about the device,
not about a drug named elsewhere in the article. Devices named beside medicines name a
regulator or a policy, no device ("Medicines and Medical Devices Agency", "医药品医疗器械综合
机构", "鼓励药品医疗器械创新")."""

from __future__ import annotations

import re

from service.extract.rules import Guarded

_DEVICE = Guarded(
    re.compile(
        r"\b(?:pre-?market approval|510\s?\(k\)|de novo (?:request|classification|"
        r"authori[sz]ation|clearance)|(?<!and )(?<!& )(?:medical|diagnostic) devices?|"
        r"breakthrough device|investigational device exemption|CE[- ]mark(?:ed|ing)?)"
        r"|(?-i:\bPMA\b)|(?<!医疗)(?<![药薬]品)(?<![药薬]品[、和与及])(?:医疗)?器械|体外诊断试剂",
        re.IGNORECASE,
    ),
    ("market approval", "510", "de novo", "device", "ce mark", "ce-mark", "pma", "器械",
     "体外诊断"),
)  # fmt: skip


def names_a_device(text: str, start: int, end: int) -> bool:
    """Whether the span names a medical device or a device's regulatory route."""
    return _DEVICE.search(text, start, end) is not None
