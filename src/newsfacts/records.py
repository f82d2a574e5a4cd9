"""The output contract as Pydantic types.

`Article.model_dump(mode="json")` is exactly one JSON Lines record of the
facts contract; field names are the contract's and must never be renamed
(other systems read them). Extra fields are allowed by the contract and are
added at the end of each model.
"""

from __future__ import annotations

import math
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

MIN_DEADLINE_YEAR = 1945
MAX_DEADLINE_YEAR = 2100


def _finite(v: float | int | None, name: str = "value") -> None:
    """Infinity and NaN (a figure too long for a float) are not quantities; JSON has no spelling for them."""
    if isinstance(v, float) and not math.isfinite(v):
        raise ValueError(f"{name} is not a finite number ({v})")


class Qualifier(StrEnum):
    """How a figure relates to the true quantity (gần → nearly, hơn → more_than, ...)."""

    exact = "exact"
    approx = "approx"
    nearly = "nearly"
    more_than = "more_than"
    at_least = "at_least"
    less_than = "less_than"
    at_most = "at_most"
    range = "range"


class Program(StrEnum):
    """Training programmes named in the contract."""

    advanced_political_theory = "advanced_political_theory"
    intermediate_political_theory = "intermediate_political_theory"
    elementary_political_theory = "elementary_political_theory"
    party_admission = "party_admission"
    new_party_members = "new_party_members"
    knowledge_update = "knowledge_update"
    professional_skills = "professional_skills"
    committee_members = "committee_members"
    resolution_study = "resolution_study"
    higher_education = "higher_education"
    other = "other"


class Direction(StrEnum):
    increase = "increase"
    decrease = "decrease"


class FactType(StrEnum):
    course = "course"
    count = "count"
    rate = "rate"
    target = "target"


class Change(BaseModel):
    """A change joined to the level it modifies ("đạt 20%, tăng gần 8%")."""

    model_config = ConfigDict(extra="forbid", use_enum_values=True)

    direction: Direction
    value: float | int
    qualifier: Qualifier = Qualifier.exact
    unit: str | None = None

    @field_validator("value")
    @classmethod
    def _non_negative(cls, v: float | int) -> float | int:
        _finite(v)
        if v < 0:
            raise ValueError("a change is a magnitude; its sign is the direction")
        return v


class _FactBase(BaseModel):
    """Fields every fact carries: where it is and the sentence that states it."""

    model_config = ConfigDict(extra="forbid", use_enum_values=True)

    span: tuple[int, int] = Field(description="[start, end) in code points of the original text")
    evidence: str = Field(description="the sentence the fact came from")
    text: str = Field(description="the characters under span")
    evidence_span: tuple[int, int] | None = Field(default=None, description="the sentence's span")
    rule: str | None = Field(default=None, description="name of the rule that produced the fact")

    @field_validator("span")
    @classmethod
    def _span_ordered(cls, v: tuple[int, int]) -> tuple[int, int]:
        if v[0] < 0 or v[1] <= v[0]:
            raise ValueError(f"span {list(v)} is empty or negative")
        return v


def _check_value_range(value: float | int | None, value_max: float | int | None, qualifier: str) -> None:
    _finite(value)
    _finite(value_max, "value_max")
    if value_max is not None and value is not None and value_max < value:
        raise ValueError(f"value_max {value_max} is below value {value}")
    if qualifier == Qualifier.range and value_max is None:
        raise ValueError("qualifier 'range' needs value_max")


class Course(_FactBase):
    type: Literal["course"] = "course"
    classes: int | None = None
    learners: int | None = None
    program: Program = Program.other
    qualifier: Qualifier = Qualifier.exact
    organizer: str | None = None
    mode: str | None = None

    @model_validator(mode="after")
    def _plausible(self) -> Course:
        if self.classes is None and self.learners is None:
            raise ValueError("a course needs classes or learners")
        for name in ("classes", "learners"):
            v = getattr(self, name)
            if v is not None and v < 0:
                raise ValueError(f"{name} is negative ({v})")
        if self.classes is not None and self.learners is not None and self.classes > self.learners:
            raise ValueError(f"more classes ({self.classes}) than learners ({self.learners})")
        return self


class Count(_FactBase):
    type: Literal["count"] = "count"
    value: float | int
    unit: str | None = None
    qualifier: Qualifier = Qualifier.exact
    subject: str | None = None
    change: Change | None = None
    value_max: float | int | None = None

    @model_validator(mode="after")
    def _plausible(self) -> Count:
        if self.value < 0:
            raise ValueError(f"a count is negative ({self.value})")
        _check_value_range(self.value, self.value_max, self.qualifier)
        return self


class Rate(_FactBase):
    type: Literal["rate"] = "rate"
    value: float | int = Field(description="percent: 18,5% → 18.5")
    subject: str | None = None
    qualifier: Qualifier = Qualifier.exact
    change: Change | None = None
    value_max: float | int | None = None

    @model_validator(mode="after")
    def _plausible(self) -> Rate:
        if self.value < 0:
            raise ValueError(f"a percentage is negative ({self.value})")
        _check_value_range(self.value, self.value_max, self.qualifier)
        return self


class Target(_FactBase):
    type: Literal["target"] = "target"
    value: float | int
    unit: str | None = None
    deadline: int | None = None
    subject: str | None = None
    qualifier: Qualifier = Qualifier.exact
    value_max: float | int | None = None

    @model_validator(mode="after")
    def _plausible(self) -> Target:
        if self.value < 0:
            raise ValueError(f"a target is negative ({self.value})")
        if self.deadline is not None and not MIN_DEADLINE_YEAR <= self.deadline <= MAX_DEADLINE_YEAR:
            raise ValueError(f"deadline {self.deadline} is outside {MIN_DEADLINE_YEAR}-{MAX_DEADLINE_YEAR}")
        _check_value_range(self.value, self.value_max, self.qualifier)
        return self


Fact = Annotated[Course | Count | Rate | Target, Field(discriminator="type")]


class Article(BaseModel):
    """One article: metadata and facts. One JSON Lines record of the contract."""

    model_config = ConfigDict(extra="forbid")

    source: str | None = None
    title: str | None = None
    published: str | None = Field(default=None, description="ISO 8601 date, YYYY-MM-DD")
    category: str | None = None
    author: str | None = None
    facts: list[Fact] = Field(default_factory=list)
    text: str | None = Field(
        default=None,
        description="the extracted text the spans index; carried only for HTML input, null otherwise",
    )
    rejected: list[str] = Field(
        default_factory=list, description="candidate facts dropped because a value was impossible"
    )


def json_schema() -> dict:
    """JSON Schema of one output record, for systems that validate what they load."""
    return Article.model_json_schema()
