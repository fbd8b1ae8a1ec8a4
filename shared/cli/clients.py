"""`clients import | list | show`: the client directory from the command line. A file that is not a JSON list
of client records is one line naming what is wrong, never a parser's traceback."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from shared.cli import where
from shared.cli.parser import UsageError

_FORMAT = "see samples/clients.json for the format"


def cmd_clients(args) -> int:
    from shared import bootstrap

    deps = bootstrap.deps()
    if args.clients_command == "import":
        written = deps.clients.upsert_many(read_clients_file(args.file))
        print(f"imported {written} client record(s) into {where.client_directory(deps.settings)}")
        return 0
    if args.clients_command == "show":
        client = deps.clients.get(args.client_id)
        if client is None:
            print(f"error: no client {args.client_id} in {where.client_directory(deps.settings)}", file=sys.stderr)
            return 1
        print(describe(client))
        return 0
    clients = deps.clients.all()
    if clients:
        print(f"{'client_id':<12}  {'name':<30}  {'born':<10}  {'city':<20}  references")
    for client in clients:
        born = client.date_of_birth.isoformat() if client.date_of_birth else "-"
        print(f"{client.client_id:<12}  {client.full_name[:30]:<30}  {born:<10}  {(client.city or '-')[:20]:<20}  "
              f"{len(client.known_references)}")
    print(f"{len(clients)} client(s) in {where.client_directory(deps.settings)}")
    return 0


def read_clients_file(path: Path) -> list:
    """The client records of a JSON file. Raises UsageError (one line) for anything else."""
    from pydantic import ValidationError

    from shared.domain.client import ClientRecord

    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UsageError(f"{path}: no such file") from None
    except OSError as exc:
        raise UsageError(f"{path}: cannot be read ({exc.strerror})") from None
    except (ValueError, UnicodeDecodeError):
        raise UsageError(f"{path}: not a JSON list of clients ({_FORMAT})") from None
    if not isinstance(data, list):
        raise UsageError(f"{path}: not a JSON list of clients ({_FORMAT})")
    records = []
    for index, item in enumerate(data):
        try:
            records.append(ClientRecord.model_validate(item))
        except ValidationError as exc:
            problems = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'record'}: {e['msg']}" for e in exc.errors()[:5])
            who = f" ({item.get('client_id')})" if isinstance(item, dict) and item.get("client_id") else ""
            raise UsageError(f"{path}: client record #{index}{who} is invalid: {problems}") from None
    return records


def describe(client) -> str:
    address = ", ".join(part for part in (client.street, " ".join(filter(None, (client.postcode, client.city))))
                        if part)
    lines = [
        f"  client_id:     {client.client_id}",
        f"  name:          {client.full_name}",
        f"  date of birth: {client.date_of_birth.isoformat() if client.date_of_birth else '-'}",
        f"  address:       {address or '-'}",
        f"  email:         {client.email or '-'}",
        "  known references:" if client.known_references else "  known references: -",
    ]
    lines += [f"    {ref.reference:<24} {ref.creditor or '-'}" for ref in client.known_references]
    return "\n".join(lines)
