"""Errors: the kit's one exception for bad input, and one check for option values.

Every public function that takes an option from a fixed set (``unit``, ``method``, ``errors`` ...)
calls :func:`check_option` first, so a misspelt value fails at once with a message that lists the
allowed values, before any work is done.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["CorpusError", "check_option"]


class CorpusError(ValueError):
    """Bad corpus input: the message names every bad file and the reason.

    ``problems`` holds ``(file, reason)`` pairs.

    Examples
    --------
    >>> err = CorpusError("a.txt: empty file", [("a.txt", "empty file")])
    >>> err.problems
    [('a.txt', 'empty file')]
    """

    def __init__(self, message: str, problems: list[tuple[str, str]] | None = None):
        super().__init__(message)
        self.problems = problems or []


def check_option(name: str, value, allowed: Iterable) -> None:
    """Raise ``ValueError`` naming the allowed values when ``value`` is not one of them.

    Parameters
    ----------
    name : str
        The parameter's name, for the message (e.g. ``"unit"``).
    value : object
        The value given.
    allowed : iterable
        The values accepted.

    Returns
    -------
    None

    Raises
    ------
    ValueError
        ``unit must be one of 'paragraph', 'sentence' (got 'paragraphs')``.

    Examples
    --------
    >>> check_option("unit", "sentence", ("sentence", "paragraph"))
    >>> check_option("unit", "paragraphs", ("sentence", "paragraph"))
    Traceback (most recent call last):
    ...
    ValueError: unit must be one of 'paragraph', 'sentence' (got 'paragraphs')
    """
    allowed = list(allowed)
    if value not in allowed:
        names = ", ".join(repr(a) for a in sorted(allowed, key=str))
        raise ValueError(f"{name} must be one of {names} (got {value!r})")
