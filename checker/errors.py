"""One error type for unusable input, so the CLI can print one line and exit 2; and one for a
bug met while reading a source, which exits 3 naming the source, never 1 (findings)."""

from __future__ import annotations

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_BAD_INPUT = 2
EXIT_INTERNAL = 3


class InputError(Exception):
    """Input the user must fix: names the file and the problem in one line."""

    def __init__(self, path: object, problem: str):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class InternalError(Exception):
    """A bug in checker met while extracting one source: names the source, so a CI job tells
    it from findings (exit 3) and the sentence can be reported."""

    def __init__(self, path: object, problem: str):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")

    def __reduce__(self):  # raised in a worker process, re-raised in the parent
        return InternalError, (self.path, self.problem)
