"""The command line behind `python main.py ...`: serve, process, clients, reports, dlq, eval, trace, breaker,
sentry, db, dev-secrets.

Every command reads the same settings, so `serve` in one terminal and `reports list` in another see the same
data. Settings are checked for what the command uses only (USES): `breaker status` never asks for BLOB_BUCKET.
Errors are one line per problem on stderr, never a traceback: exit 2 for bad settings or bad input, 1 when the
command could not do its work. Output cut short by a closed pipe (`reports list | head`) ends quietly.

Modules: parser (arguments), commands (the pipeline commands), reports and clients (what they print), where
(which data dir or database a command read, passwords masked).
"""

from __future__ import annotations

import os
import sys

from shared.cli.parser import UsageError, build_parser

# The dependencies (shared.settings.DEPENDENCIES) whose settings each command needs.
USES = {
    "serve": ("blobs", "reports"), "process": ("blobs", "reports"), "reports": ("reports",),
    "dlq": ("blobs", "reports"), "db": ("reports",),
}

SIGPIPE_EXIT = 128 + 13  # what a shell reports for a process ended by SIGPIPE, as `yes | head` does


def main(argv: list[str]) -> int:
    from shared.settings import Settings, SettingsError

    args = build_parser().parse_args(argv)
    try:
        settings = Settings.from_env()
        settings.require(*USES.get(args.command, ()))
        _configure_logging(args, settings)
        from shared.cli.commands import COMMANDS

        code = COMMANDS[args.command](args)
        sys.stdout.flush()  # a closed pipe shows here, inside the handler below, not at interpreter exit
        return code
    except SettingsError as exc:
        for problem in exc.problems:
            print(f"error: {problem}", file=sys.stderr)
        return 2
    except UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        _discard_stdout()
        return SIGPIPE_EXIT
    except KeyboardInterrupt:
        return 130
    except SystemExit:
        raise
    except Exception as exc:  # a clear line instead of a traceback
        message = " ".join(str(exc).split()) or "(no message)"
        print(f"error: {type(exc).__name__}: {message}", file=sys.stderr)
        return 1


def _discard_stdout() -> None:
    """The reader went away: point stdout at /dev/null so the interpreter's final flush cannot fail again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def _configure_logging(args, settings) -> None:
    """Commands print their results on stdout; log lines go to stderr (warnings and up, or everything for
    `serve`) and, in full, to the local log file that `trace` reads."""
    import logging

    from shared.bootstrap import local_log_file
    from shared.observability.logs import configure

    configure(log_file=local_log_file(settings), project=settings.project, stream=sys.stderr,
              console_level=logging.INFO if args.command == "serve" else logging.WARNING)


__all__ = ["build_parser", "main"]
