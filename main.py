"""Cloud Functions entry points (one per deployed function) and the command line (`python main.py --help`).

Cloud Functions imports this module in every function, so it imports nothing heavy: each entry point loads
what it needs on first use.
"""

import sys

from functions.intake import intake
from functions.replay import replay
from functions.review import review
from functions.stages import consolidation, dead_letter, extraction, intent, matching, report

__all__ = ["intake", "intent", "extraction", "consolidation", "matching", "report", "dead_letter", "replay", "review"]

if __name__ == "__main__":
    from shared.cli import main as cli_main

    sys.exit(cli_main(sys.argv[1:]))
