"""A name with a number, abbreviated to its initials and the number: ``CS2`` for
"Counter-Strike 2", ``GTA 6`` for "Grand Theft Auto 6", ``F1`` stays a name of its own.

Headlines and Thai copy shorten a product's, game's or event's name this way; when the
article writes the full name with the same number, the code is that name said again,
not a number of its own.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .context import _str
from .number_pairs import Mention

if TYPE_CHECKING:  # the registry imports the steps
    from .number_unjoined import Unjoined

_CODE_RE = re.compile(r"(?P<a>[A-Z]{2,4})\s*-?\s*(?P<n>[0-9]{1,3})")
"""Initials and a number: ``CS2``, ``GTA 6``, ``MW-3``."""


def abbreviated_name(m: Mention, k: int, u: Unjoined) -> str | None:
    """The note of a code made of the initials of a name the article writes in full
    with the same number (``CS2`` / "Counter-Strike 2"); None otherwise."""
    hit = _CODE_RE.fullmatch(str(m["text"]).strip())
    if _str(m["kind"]) not in ("code", "cardinal") or hit is None:
        return None
    words = r"[\w'’.]*[\s-]+".join(re.escape(c) for c in hit["a"])
    full = re.compile(rf"\b{words}[\w'’.]*\s+{hit['n']}(?![0-9])")
    for side in ("src", "tgt"):
        for para in u.paras.get(side, {}).values():
            if (found := full.search(para)) is not None and found.group() != hit.group():
                return f"the name {found.group()!r}, abbreviated"
    return None
