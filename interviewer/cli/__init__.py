"""The ``interviewer`` command. May import every layer."""

from interviewer.cli.main import build_parser, main

__all__ = ["build_parser", "main"]
