"""Trainee mode's text: one catalogue for the whole interface (ui/i18n/messages_trainee.py)."""

from ui.i18n import tr

__all__ = ["tr"]
