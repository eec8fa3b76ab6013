"""Cardbook: turn paper business cards into contacts and keep the story of each exchange."""

__version__ = "0.1.0"
