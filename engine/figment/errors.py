"""Domain errors. Stages and the core raise these; only the transports map them to status codes.

The hierarchy::

    FigmentError                 code INTERNAL
    ├── InvalidArgument          INVALID_ARGUMENT   bad input: names the field and the limit
    ├── NotFound                 NOT_FOUND          e.g. an unknown asset id
    ├── FailedPrecondition       FAILED_PRECONDITION
    │   └── MissingDependency    a stage cannot run: names what is missing and how to install it
    ├── ResourceExhausted        RESOURCE_EXHAUSTED queue full, store full, rate limit
    ├── Unavailable              UNAVAILABLE        a shared backend (Redis) is unreachable now
    ├── Unauthenticated          UNAUTHENTICATED    missing or wrong bearer token
    ├── DeadlineExceeded         DEADLINE_EXCEEDED
    └── Cancelled                CANCELLED          the client went away or cancelled

Each carries ``code``, the gRPC status code name, which both transports use.
"""

from __future__ import annotations

__all__ = [
    "Cancelled",
    "DeadlineExceeded",
    "FailedPrecondition",
    "FigmentError",
    "InvalidArgument",
    "MissingDependency",
    "NotFound",
    "ResourceExhausted",
    "Unauthenticated",
    "Unavailable",
]


class FigmentError(Exception):
    """Base of every error Figment reports to a client."""

    code = "INTERNAL"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InvalidArgument(FigmentError):
    """The request is malformed or out of a documented limit."""

    code = "INVALID_ARGUMENT"

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}")
        self.field = field


class NotFound(FigmentError):
    """Something named by the request does not exist."""

    code = "NOT_FOUND"


class FailedPrecondition(FigmentError):
    """The daemon is not in a state to do this."""

    code = "FAILED_PRECONDITION"


class MissingDependency(FailedPrecondition):
    """A stage cannot run because something is not installed or built."""

    def __init__(self, what: str, install: str) -> None:
        super().__init__(f"{what} is missing; {install}")
        self.what = what
        self.install = install


class ResourceExhausted(FigmentError):
    """A queue, store or rate limit is full."""

    code = "RESOURCE_EXHAUSTED"


class Unavailable(FigmentError):
    """A shared backend (the rooms' or assets' Redis) cannot be reached now; retry later."""

    code = "UNAVAILABLE"


class Unauthenticated(FigmentError):
    """Missing or wrong bearer token."""

    code = "UNAUTHENTICATED"


class DeadlineExceeded(FigmentError):
    """The request's deadline passed."""

    code = "DEADLINE_EXCEEDED"


class Cancelled(FigmentError):
    """The client cancelled or went away."""

    code = "CANCELLED"
