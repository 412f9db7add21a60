"""Every shape family's builder by name (see ``_families_a`` for the builder contract)."""

from __future__ import annotations

from figment.spec import FAMILIES

from ._families_a import BUILDERS_FA, FamilyBuilder, Params
from ._families_b import BUILDERS_FB
from ._families_c import BUILDERS_FC
from ._figures_b import BUILDERS_FIG

__all__ = ["FAMILY_BUILDERS", "FamilyBuilder", "Params"]

FAMILY_BUILDERS: dict[str, FamilyBuilder] = {
    **BUILDERS_FA,
    **BUILDERS_FB,
    **BUILDERS_FC,
    **BUILDERS_FIG,
}
"""Builders of every family in ``figment.spec.FAMILIES``."""

if set(FAMILY_BUILDERS) != set(FAMILIES):
    raise RuntimeError(f"family builders out of step: {set(FAMILY_BUILDERS) ^ set(FAMILIES)}")
