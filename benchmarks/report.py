"""The results table `make bench` prints (and the README's copy of it)."""

from __future__ import annotations


def _fmt(summary: dict | None) -> str:
    if not summary or not summary.get("n"):
        return "—"
    median = summary["median"]
    text = f"{median:g}"
    if summary["n"] > 1:
        text += f" ({summary['min']:g}–{summary['max']:g})"
    return text


def render(document: dict) -> str:
    """A Markdown table: metric, product median (min–max), baseline, ratio, target, met."""
    machine = document["machine"]
    lines = [f"Benchmarks {document['when']} on {machine['cpus']} × {machine['cpu']}, Python {machine['python']}"
             f"{' (quick: not figures)' if document.get('quick') else ''}; {document['seconds']} s", "",
             "| benchmark | metric | unit | product median (min–max) | baseline | ratio | target | met |",
             "|---|---|---|---|---|---|---|---|"]
    for row in document["results"]:
        baseline = ""
        if "baseline" in row:
            baseline = f"{_fmt(row['baseline'])} {row.get('baseline_name') or ''}".strip()
        ratio = "" if row.get("ratio") is None else f"{row['ratio']:g}"
        met = {True: "yes", False: "**no**", None: ""}[row["met"]]
        lines.append(f"| {row['benchmark']} | {row['metric']} | {row['unit']} | {_fmt(row['product'])} | {baseline} "
                     f"| {ratio} | {row['target']} | {met} |")
    for name in document.get("failed", []):
        lines.append(f"| {name} | CRASHED (see stderr) | | | | | | **no** |")
    return "\n".join(lines)
