"""The naming layer's keyword lists are fixed (output must not depend on the Python that runs
the generator) and cover every keyword of the running interpreter."""

from __future__ import annotations

import keyword

from generator import naming


def test_the_fixed_lists_cover_this_interpreters_keywords() -> None:
    assert set(keyword.kwlist) <= naming.HARD_KEYWORDS
    assert set(getattr(keyword, "softkwlist", ())) <= naming.SOFT_KEYWORDS


def test_a_type_definition_gets_the_same_module_name_on_every_python() -> None:
    # ``type`` is a soft keyword only from Python 3.12 on; escaped everywhere, so a spec with a
    # definition ``Type`` gives the same files whichever Python runs the generator
    assert naming.model_module("Type") == "type_"
    assert naming.model_module("Match") == "match_"
