"""``python -m newsfacts.lexicon``: the lexicon's tables as a Markdown page (docs/lexicon.md)."""

from __future__ import annotations

from pathlib import Path

HEADER = """# The lexicon

Every table a linguist may extend, with what it is for (its own opening
comment) and its size. Files live in `src/newsfacts/lexicon/`; the format is
described in `docs/architecture.md`. A test checks that this page lists
every file; regenerate it with `python -m newsfacts.lexicon > docs/lexicon.md`.

| file | entries | what it is for |
| --- | ---: | --- |
"""


def page() -> str:
    rows = []
    for path in sorted(Path(__file__).parent.iterdir()):
        if path.suffix not in (".txt", ".tsv"):
            continue
        lines = path.read_text(encoding="utf-8").splitlines()
        purpose = " ".join(line.lstrip("# ").strip() for line in lines if line.startswith("#"))
        entries = [line for line in lines if line.strip() and not line.startswith("#")]
        size = len(entries) - (1 if path.suffix == ".tsv" else 0)
        rows.append(f"| `{path.name}` | {size} | {purpose.replace('|', '/')} |")
    return HEADER + "\n".join(rows) + "\n"


if __name__ == "__main__":
    print(page(), end="")
