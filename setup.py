"""Opt-in compiled build: ``NEWSFACTS_COMPILE=1 pip install .`` compiles the decision logic
with mypyc; without the variable the package stays pure Python (pyproject.toml holds the
rest of the metadata)."""

import sys
from pathlib import Path

from setuptools import setup

sys.path.insert(0, str(Path(__file__).resolve().parent / "build_backend"))
from newsfacts_build import compile_requested  # the one reading of the switch

# the hot path of an extraction: figure finding, segmentation, the annotation index and the
# extractors; modules with I/O, the CLI, records and optional integrations stay interpreted
COMPILED = [
    "src/newsfacts/text/annotate.py",
    "src/newsfacts/text/dates.py",
    "src/newsfacts/text/normalize.py",
    "src/newsfacts/text/numbers.py",
    "src/newsfacts/text/segment.py",
    "src/newsfacts/extractors/change.py",
    "src/newsfacts/extractors/conditions.py",
    "src/newsfacts/extractors/context.py",
    "src/newsfacts/extractors/count.py",
    "src/newsfacts/extractors/course.py",
    "src/newsfacts/extractors/indexed.py",
    "src/newsfacts/extractors/phrases.py",
    "src/newsfacts/extractors/rate.py",
    "src/newsfacts/extractors/resolve.py",
    "src/newsfacts/extractors/rules.py",
    "src/newsfacts/extractors/suppositions.py",
    "src/newsfacts/extractors/target.py",
]


def ext_modules() -> list:
    """The compiled modules when the build asks for them, else none (a pure Python wheel)."""
    if not compile_requested():
        return []
    from mypyc.build import mypycify  # only the compiled build needs mypy

    return mypycify(["--ignore-missing-imports", "--follow-imports=silent", *COMPILED], opt_level="3")


if __name__ == "__main__":  # as setuptools runs it; tests import the list above
    setup(ext_modules=ext_modules())
