"""Word lists as regular expressions that scan fast.

Words joined as `a|b|c` make Python's regex engine try every word at every position of a
text; the same words as a trie (`fl(?:ash\\ flood|ood)`) try only those that share the
letters read so far, several times faster on lists of a hundred words.  The matches are
the same: the words that match at one position are prefixes of one another, and the
trie, like an alternation sorted longest first, tries the longest of them first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_END = ""  # the key that marks the end of a word in a trie node


def alternation(words: Iterable[str], *, ignore_case: bool = False, flexible_space: bool = False) -> str:
    """A non-capturing group matching any of `words` (longest first), for a pattern
    compiled with re.IGNORECASE when `ignore_case`; `flexible_space` lets a space in a
    word match any run of whitespace ("chief  executive").  No words: a group that never
    matches."""
    trie: dict = {}
    for word in words:
        node = trie
        for unit in _units(word.lower() if ignore_case else word, flexible_space):
            node = node.setdefault(unit, {})
        node[_END] = {}
    return "(?:" + _pattern(trie) + ")" if trie else "(?!)"


def _units(word: str, flexible_space: bool) -> list[str]:
    """The word as pattern pieces: each character escaped, a space as `\\s+` when flexible."""
    return [r"\s+" if flexible_space and char == " " else re.escape(char) for char in word]


def _pattern(node: dict) -> str:
    branches = [unit + _pattern(child) for unit, child in sorted(node.items()) if unit != _END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if _END not in node:
        return body
    return (body if len(branches) == 1 and len(branches[0]) == 1 else "(?:" + body + ")") + "?"
