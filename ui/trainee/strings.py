"""Trainee mode's text: one catalogue for the whole interface (ui/locale/*/trainee.po)."""

from ui.i18n import tr

__all__ = ["tr"]
