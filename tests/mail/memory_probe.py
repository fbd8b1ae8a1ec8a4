"""Peak memory of parsing each hostile email class, measured in a process of its own.

    python tests/mail/memory_probe.py SIZE_BYTES [CLASS ...]

Prints one JSON line per class: {"name", "size", "peak": bytes of resident memory above the level before the
parse, "error"}. Freed heap memory is handed back to the kernel before each parse (glibc malloc_trim). The
address space is capped at its size on start plus `CAP_BYTES`, so a regression ends in
MemoryError instead of exhausting the machine. The peak is the kernel's VmHWM, reset before each parse through
/proc/self/clear_refs (Linux); where that is not possible each class runs in a fresh process of its own.
"""

from __future__ import annotations

import gc
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from benchmarks.process_memory import cap_address_space, reset_peak, return_free_memory, status  # noqa: E402
from shared.mail.parse import parse_mime  # noqa: E402
from tests.mail.hostile import CLASSES  # noqa: E402

CAP_BYTES = 1536 * 1024 * 1024


def _parse(raw: bytes) -> str | None:
    try:
        parse_mime(raw).mail.model_dump_json()
    except MemoryError:
        return "MemoryError"
    except Exception as exc:  # reported, not raised: the test names the class
        return f"{type(exc).__name__}: {exc}"
    return None


def measure(name: str, size: int) -> dict:
    """Peak of one parse in this process (VmHWM reset before it)."""
    raw = CLASSES[name].build(size)
    gc.collect()
    return_free_memory()
    reset_peak()
    before = status("VmHWM")[0]
    error = _parse(raw)
    return {"name": name, "size": len(raw), "peak": status("VmHWM")[0] - before, "error": error}


def fresh(size: int, name: str) -> dict:
    """Peak of one parse in a process that has done nothing else yet (no peak reset needed)."""
    raw = CLASSES[name].build(size)
    parse_mime(CLASSES[name].build(1000))
    gc.collect()
    before = status("VmHWM")[0]
    error = _parse(raw)
    return {"name": name, "size": len(raw), "peak": status("VmHWM")[0] - before, "error": error}


def main(argv: list[str]) -> None:
    if argv[0] == "--fresh":
        cap_address_space(CAP_BYTES)
        print(json.dumps(fresh(int(argv[1]), argv[2])), flush=True)
        return
    size, names = int(argv[0]), argv[1:] or list(CLASSES)
    if not reset_peak():  # each class in a fresh process of its own
        for name in names:
            output = subprocess.run([sys.executable, __file__, "--fresh", str(size), name],
                                    capture_output=True, text=True, check=False)
            lines = output.stdout.strip().splitlines()
            print(lines[-1] if lines else json.dumps({"name": name, "size": size, "peak": None,
                                                      "error": output.stderr[-500:] or "no output"}), flush=True)
        return
    cap_address_space(CAP_BYTES)
    parse_mime(CLASSES[names[0]].build(1000))  # imports and caches warm before the first measurement
    for name in names:
        print(json.dumps(measure(name, size)), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
