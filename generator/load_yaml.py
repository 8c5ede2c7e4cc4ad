"""YAML input: PyYAML's safe loader with a cap on aliases and on integer length, plain
mapping keys read as strings (as a JSON reader of the same document would see them).

Its own module so that reading a JSON spec never imports PyYAML.
"""

from __future__ import annotations

from typing import Any

import yaml

from .limits import MAX_ALIASES, MAX_DIGITS, TooManyAliases, TooManyDigits

_YAML_STR = "tag:yaml.org,2002:str"
_YAML_MERGE = "tag:yaml.org,2002:merge"


class _BoundedLoader(yaml.SafeLoader):
    """Safe loader that refuses documents with many aliases and reads plain keys as strings."""

    aliases_seen = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            self.aliases_seen += 1
            if self.aliases_seen > MAX_ALIASES:
                raise TooManyAliases()
        return super().compose_node(parent, index)

    def construct_mapping(self, node: Any, deep: bool = False) -> Any:
        if isinstance(node, yaml.MappingNode):
            self.flatten_mapping(node)  # resolves ``<<`` merge keys first; a no-op when done again
            for key_node, _ in node.value:
                if isinstance(key_node, yaml.ScalarNode) and key_node.tag not in (_YAML_STR, _YAML_MERGE):
                    # ``200:`` is the string "200" in a spec, not the integer
                    key_node.tag = _YAML_STR
        return super().construct_mapping(node, deep)

    def construct_bounded_int(self, node: Any) -> Any:
        if isinstance(node.value, str) and len(node.value) > MAX_DIGITS:
            raise TooManyDigits(len(node.value))
        value = self.construct_yaml_int(node)
        # 0x... and 0b... are short in the file but may be too long for str() later
        digits = int(value.bit_length() * 0.30103) + 1 if isinstance(value, int) else 0  # log10(2)
        if digits > MAX_DIGITS:
            raise TooManyDigits(digits)
        return value


_BoundedLoader.add_constructor("tag:yaml.org,2002:int", _BoundedLoader.construct_bounded_int)


def parse_yaml(text: str) -> Any:
    """The one document in ``text`` (raises yaml.YAMLError, TooManyAliases, TooManyDigits)."""
    loader = _BoundedLoader(text)
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()
