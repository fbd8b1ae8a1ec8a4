"""`corrections export DIR`: reviewed production mail written out as labelled data (shared.review.export), so
`eval DIR` and training read the firm's own mail. Deliberate: nothing else exports."""

from __future__ import annotations

import sys

from shared.cli import where

EVERY_REPORT = 10**9  # the report store's listing limit: every report (a firm has thousands)


def cmd_corrections(args) -> int:
    from shared import bootstrap
    from shared.review.export import export

    deps = bootstrap.deps()
    if args.dir.exists() and not args.dir.is_dir():
        print(f"error: {args.dir} is not a directory", file=sys.stderr)
        return 2
    reviewed = [r for r in deps.reports.list(limit=EVERY_REPORT) if r.status == "reviewed"]
    if not reviewed:
        print(f"no reviewed reports in {where.report_store(deps.settings)}; nothing exported")
        return 0
    result = export(reviewed, deps.blobs, deps.clients, args.dir)
    print(result.summary(args.dir))
    if result.written:
        print(f"score them: python main.py eval {args.dir}")
    return 0
