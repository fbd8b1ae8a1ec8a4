"""This process's memory, from /proc (Linux): resident size and its peak, resetting the peak, handing freed
heap back to the kernel, and capping the address space so a runaway allocation ends in MemoryError instead of
taking the machine. Used by the memory probes (benchmarks/hostile_input.py, tests/mail/memory_probe.py)."""

from __future__ import annotations

import ctypes
import ctypes.util
import re
import resource
from pathlib import Path


def status(*fields: str) -> list[int]:
    """Values (bytes) of /proc/self/status fields (VmRSS, VmHWM, VmSize, ...), from one reading."""
    text = Path("/proc/self/status").read_text()
    return [int(re.search(rf"^{field}:\s+(\d+) kB", text, re.M).group(1)) * 1024 for field in fields]


def return_free_memory() -> None:
    """Hand freed heap memory back to the kernel (glibc), so the next peak counts only new allocations."""
    try:
        ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


def reset_peak() -> bool:
    """Reset VmHWM to the current resident size; False where the kernel does not allow it."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    peak, resident = status("VmHWM", "VmRSS")
    return peak <= resident + 1024 * 1024


def cap_address_space(extra_bytes: int) -> None:
    """Allow this process `extra_bytes` of address space beyond what it has now."""
    cap = status("VmSize")[0] + extra_bytes
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
