"""The setuptools build backend, plus mypy as a build requirement when ``NEWSFACTS_COMPILE``
asks for the compiled build (setup.py), so the default build never fetches it."""

import os

from setuptools import build_meta as _setuptools
from setuptools.build_meta import *  # noqa: F403  # the backend's hooks, unchanged

MYPYC = "mypy>=1.10"


def compile_requested() -> bool:
    """Whether the build was asked to compile (``NEWSFACTS_COMPILE`` set to 1, true or yes)."""
    return os.environ.get("NEWSFACTS_COMPILE", "").strip().lower() in {"1", "true", "yes"}


def get_requires_for_build_wheel(config_settings=None):
    # setup.py imports mypyc when compiling: it cannot run before mypy is installed, and it
    # declares no other build requirement
    if compile_requested():
        return [MYPYC]
    return _setuptools.get_requires_for_build_wheel(config_settings)


def get_requires_for_build_editable(config_settings=None):
    if compile_requested():
        return [MYPYC]
    return _setuptools.get_requires_for_build_editable(config_settings)
