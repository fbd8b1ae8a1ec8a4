"""Development webhook secrets for local `serve`: generated once, kept under the data dir (mode 0600).

Only variables that are not already set are filled in, so a developer can still use real values.
`python main.py dev-secrets --export` prints them as shell `export` lines (never in a log or a banner):
`eval "$(python main.py dev-secrets --export)"` puts them into the current shell for the README's curl examples.
"""

from __future__ import annotations

import json
import os
import secrets
import shlex
from pathlib import Path
from typing import Mapping

from shared.intake.providers import PROVIDERS, WEBHOOK_SECRETS

VARIABLES = WEBHOOK_SECRETS


def _generate(name: str) -> str:
    provider = next(p for p in PROVIDERS if p.secret_variable == name)
    if provider.basic_auth_user:
        return f"{provider.basic_auth_user}:{secrets.token_urlsafe(18)}"
    return secrets.token_urlsafe(32)


def ensure_dev_secrets(data_dir: Path) -> dict[str, str]:
    """Load (or create) the development secrets file; return variable -> value for every provider."""
    path = Path(data_dir) / "dev-secrets.json"
    stored: dict[str, str] = json.loads(path.read_text()) if path.exists() else {}
    changed = False
    for name in VARIABLES:
        if name not in stored:
            stored[name] = _generate(name)
            changed = True
    if changed:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as handle:
            json.dump(stored, handle, indent=2)
    return stored


def effective_secrets(data_dir: Path, env: Mapping[str, str] | None = None) -> dict[str, str]:
    """The webhook secrets `serve` uses with this data dir: the environment's value where one is set, else the
    generated development secret (created on first use, as `serve` does)."""
    env = os.environ if env is None else env
    generated = ensure_dev_secrets(data_dir)
    return {name: (env.get(name) or "").strip() or generated[name] for name in VARIABLES}


def export_lines(values: Mapping[str, str]) -> str:
    """`export NAME=value` lines for a POSIX shell, each value quoted (shlex.quote), for
    `eval "$(python main.py dev-secrets --export)"`."""
    return "\n".join(f"export {name}={shlex.quote(value)}" for name, value in values.items())
