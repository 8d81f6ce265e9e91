"""The web app: `python app.py` starts the mock interview on 127.0.0.1:7860, offline by default.

Thin on purpose: the page is built in ``interviewer.web.app`` (so `interviewer serve` runs the
same app from an installed package), and the settings are the CLI's flags and environment
variables.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from interviewer import settings as settings_module
from interviewer.web.app import launch


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Start the mock interview in the browser (127.0.0.1:7860, offline default)."
    )
    settings_module.add_arguments(parser)
    launch(settings_module.load(parser.parse_args(argv)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
