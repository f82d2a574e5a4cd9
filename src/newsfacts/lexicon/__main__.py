"""``python -m newsfacts.lexicon``: the lexicon's tables as a Markdown page (docs/lexicon.md)."""

from __future__ import annotations

from newsfacts.lexicon import _files

HEADER = """# The lexicon

Every table a linguist may extend, with what it is for (its own opening
comment) and its size, grouped by the folder of the stage that reads it.
Files live in `src/newsfacts/lexicon/FOLDER/`; code names a table by its bare
name, so a table moves between folders without a code change, and a name
exists only once. The format is described in `docs/architecture.md`. A test
checks that this page lists every file; regenerate it with
`python -m newsfacts.lexicon > docs/lexicon.md`.
"""

# what each stage folder holds and which code reads it, in pipeline order
FOLDERS = {
    "normalize": "The working copy's spelling (`text/normalize.py`).",
    "segment": "Page furniture, bylines, captions and date lines (`text/segment.py`, `text/dates.py`).",
    "numbers": "The number grammar: number words, qualifiers and what a figure is when it is no "
    "quantity (`text/numbers.py`).",
    "phrases": "Noun phrases around a figure: counted units and subjects, for every extractor "
    "(`extractors/phrases.py`).",
    "shared": "Tables several stages read.",
    "count": "Counts (`extractors/count.py`).",
    "course": "Training courses, their classes, learners and programmes (`extractors/course.py`).",
    "rate": "Rates (`extractors/rate.py`).",
    "target": "Goals, plans, quotas and deadlines (`extractors/target.py`).",
    "change": "Changes and the level each joins (`extractors/change.py`).",
    "conditions": "Bounded figures that name a group, not a fact (`extractors/conditions.py`).",
}


TABLE_HEAD = "| file | entries | what it is for |\n| --- | ---: | --- |\n"


def page() -> str:
    groups: dict[str, list[str]] = {}
    for name, (path, file) in _files().items():
        folder = path.rpartition("/")[0] or "."
        lines = file.read_text(encoding="utf-8").splitlines()
        purpose = " ".join(line.lstrip("# ").strip() for line in lines if line.startswith("#"))
        entries = [line for line in lines if line.strip() and not line.startswith("#")]
        size = len(entries) - (1 if name.endswith(".tsv") else 0)
        groups.setdefault(folder, []).append(f"| `{name}` | {size} | {purpose.replace('|', '/')} |")
    out = [HEADER]
    # the stages in pipeline order, then any new folder (a new fact type's) by name
    for folder in [*(f for f in FOLDERS if f in groups), *sorted(set(groups) - set(FOLDERS))]:
        about = f"{FOLDERS[folder]}\n\n" if folder in FOLDERS else ""
        out.append(f"\n## `{folder}/`\n\n{about}{TABLE_HEAD}")
        out.append("\n".join(sorted(groups[folder])) + "\n")
    return "".join(out)


if __name__ == "__main__":
    print(page(), end="")
