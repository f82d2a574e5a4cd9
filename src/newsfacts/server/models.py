"""Request and response bodies of the HTTP service.

The article record itself is :class:`newsfacts.records.Article`, so the service's
OpenAPI document and the JSON Lines contract are generated from the same types.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, create_model, field_validator

from newsfacts.records import Article


def _valid_unicode(value: str | None) -> str | None:
    # JSON may carry "\ud800" escapes; such text cannot be encoded back into the UTF-8 response.
    if value is not None:
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise ValueError(
                f"holds an unpaired surrogate at code point {exc.start}; not valid Unicode"
            ) from None
    return value


class ExtractRequest(BaseModel):
    """One article to read."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [{"text": "Năm 2024, huyện kết nạp 126 đảng viên mới.", "source": "a.txt"}]
        },
    )

    text: str = Field(description="the article text; fact spans are code-point offsets into it")
    source: str | None = Field(default=None, description="a name for the article, echoed in the record")

    _unicode = field_validator("text", "source")(_valid_unicode)


class BatchResponse(BaseModel):
    """Records in the order of the request's articles."""

    articles: list[Article]


def batch_request_model(max_batch: int) -> type[BaseModel]:
    """The batch body with the configured maximum, so that the OpenAPI document states it."""
    return create_model(
        "BatchRequest",
        __config__=ConfigDict(extra="forbid"),
        __doc__="Several articles read in one request, at most the server's max_batch.",
        articles=(list[ExtractRequest], Field(max_length=max_batch, description=f"at most {max_batch}")),
    )


class Limits(BaseModel):
    max_body_bytes: int
    max_batch: int
    timeout: float = Field(description="seconds allowed per request; 0 for no limit")


class Health(BaseModel):
    status: str = "ok"
    version: str
    limits: Limits


class FieldProblem(BaseModel):
    """One thing wrong with a request body."""

    loc: list[str | int] = Field(description="where: 'body', then field names and list positions")
    msg: str
    type: str = Field(description="the kind of problem, e.g. missing, string_type, json_invalid")


class BodyLimit(BaseModel):
    """Why a body was refused as too large."""

    max_body_bytes: int
    message: str


class Problem(BaseModel):
    """Every error answer: RFC 9457 problem details (application/problem+json) plus ``error``."""

    type: str = Field(description='always "about:blank": the status code is the kind of problem')
    title: str = Field(description="the status code's reason phrase, e.g. Unprocessable Content")
    status: int = Field(description="the HTTP status code of the answer")
    detail: str | list[FieldProblem] | BodyLimit | None = Field(
        description="specifics: a sentence, the list of invalid fields (422), the limit exceeded (413)"
    )
    error: str = Field(description="what went wrong, in one line")
