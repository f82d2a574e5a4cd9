"""Readable names for the ids the contract uses (training programmes), read from a table beside this module.

The names are language data, kept in ``program_labels.tsv`` so that they can
be corrected without touching the pages; the pages show the name and keep
the id in a tooltip.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from functools import cache
from importlib import resources


@cache
def program_labels() -> Mapping[str, str]:
    """Programme id → name, from ``program_labels.tsv`` (``#`` comments and a header line skipped)."""
    raw = resources.files(__package__).joinpath("program_labels.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in raw.splitlines() if line.strip() and not line.startswith("#")]
    return {key.strip(): unicodedata.normalize("NFC", label.strip()) for key, label, *_ in rows[1:]}


def program_label(key: str) -> str:
    """The name of programme ``key``; an id the table lacks is shown with spaces for underscores."""
    return program_labels().get(key) or key.replace("_", " ")
