"""The build stays pure Python unless ``NEWSFACTS_COMPILE`` asks for the mypyc build, and that
switch is documented where users look for it. Nothing here compiles: that is for the wheel
check described in docs/performance.md."""

from __future__ import annotations

import importlib.util
import sys
import tomllib
import types
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SWITCH = "NEWSFACTS_COMPILE"


def _load(name: str, path: Path) -> types.ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def setup_py(monkeypatch: pytest.MonkeyPatch) -> types.ModuleType:
    monkeypatch.syspath_prepend(str(ROOT / "build_backend"))
    return _load("newsfacts_setup", ROOT / "setup.py")


@pytest.fixture
def backend(monkeypatch: pytest.MonkeyPatch) -> types.ModuleType:
    monkeypatch.syspath_prepend(str(ROOT / "build_backend"))
    return _load("newsfacts_build_under_test", ROOT / "build_backend" / "newsfacts_build.py")


@pytest.fixture
def fake_mypyc(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """A stand-in for ``mypyc.build`` that records what it was asked to compile."""
    calls: list[list[str]] = []
    build = types.ModuleType("mypyc.build")
    build.mypycify = lambda paths, **_: calls.append(list(paths)) or ["compiled"]  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "mypyc", types.ModuleType("mypyc"))
    monkeypatch.setitem(sys.modules, "mypyc.build", build)
    return calls


@pytest.mark.parametrize(
    ("value", "compiles"),
    [(None, False), ("", False), ("0", False), ("no", False), ("1", True), ("true", True), (" YES ", True)],
)
def test_switch_values(backend, monkeypatch: pytest.MonkeyPatch, value: str | None, compiles: bool) -> None:
    if value is None:
        monkeypatch.delenv(SWITCH, raising=False)
    else:
        monkeypatch.setenv(SWITCH, value)
    assert backend.compile_requested() is compiles


def test_default_build_declares_no_extension(setup_py, fake_mypyc, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(SWITCH, raising=False)
    assert setup_py.ext_modules() == []
    assert fake_mypyc == []


def test_switch_compiles_the_listed_modules(setup_py, fake_mypyc, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(SWITCH, "1")
    assert setup_py.ext_modules() == ["compiled"]
    (args,) = fake_mypyc
    assert [a for a in args if not a.startswith("--")] == setup_py.COMPILED


def test_compiled_modules_exist_and_leave_the_interface_interpreted(setup_py) -> None:
    """A renamed module would break the compiled build only; the package's entry points, records
    and I/O stay Python so they behave the same in both builds."""
    for path in setup_py.COMPILED:
        assert (ROOT / path).is_file(), path
        assert path.startswith("src/newsfacts/") and not path.endswith("__init__.py"), path
    interpreted = {"pipeline.py", "records.py", "batch.py", "decode.py", "__init__.py"}
    assert not {Path(p).name for p in setup_py.COMPILED} & interpreted


def test_mypy_is_a_build_requirement_only_when_compiling(backend, monkeypatch: pytest.MonkeyPatch) -> None:
    for hook in ("get_requires_for_build_wheel", "get_requires_for_build_editable"):
        monkeypatch.setattr(backend._setuptools, hook, lambda config_settings=None: [])
    monkeypatch.delenv(SWITCH, raising=False)
    assert backend.get_requires_for_build_wheel() == []
    assert backend.get_requires_for_build_editable() == []
    monkeypatch.setenv(SWITCH, "1")
    assert backend.get_requires_for_build_wheel() == [backend.MYPYC]
    assert backend.get_requires_for_build_editable() == [backend.MYPYC]


def test_pyproject_builds_through_the_backend_and_offers_the_compile_extra(backend) -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    system = project["build-system"]
    assert system["build-backend"] == "newsfacts_build"
    assert system["backend-path"] == ["build_backend"]
    assert not any(r.startswith("mypy") for r in system["requires"])  # the default build never fetches it
    assert backend.MYPYC in project["project"]["optional-dependencies"]["compile"]
    assert not any(r.startswith("mypy") for r in project["project"]["dependencies"])


@pytest.mark.parametrize(
    ("doc", "words"),
    [
        ("docs/performance.md", [f"{SWITCH}=1", "mypyc", "setup.py"]),
        ("docs/dependencies.md", ["mypy", SWITCH, "compile"]),
    ],
)
def test_switch_is_documented(doc: str, words: list[str]) -> None:
    text = (ROOT / doc).read_text(encoding="utf-8")
    for word in words:
        assert word in text, f"{doc} should mention {word}"


def test_the_compiled_modules_type_check(setup_py: types.ModuleType, monkeypatch: pytest.MonkeyPatch):
    """The opt-in compiled build needs exact hints: mypy passes on every module it compiles, so a
    change that would break ``NEWSFACTS_COMPILE=1`` fails here, where the build is never run."""
    mypy = pytest.importorskip("mypy.api")  # the dev extra installs it
    monkeypatch.chdir(ROOT)
    out, err, status = mypy.run(
        ["--ignore-missing-imports", "--follow-imports=silent", "--no-incremental", *setup_py.COMPILED]
    )
    assert status == 0, out + err
