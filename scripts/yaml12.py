"""Reads a YAML file the way editors do (YAML 1.2's core types: dates and yes/no stay text) into JSON values,
with the line and column of every value and key, for scripts/schema_check.py."""

import re

import yaml

NODE_LIMIT = 100_000  # the tool's own limit on values once aliases are expanded


def step(name):
    """One step of a JSON pointer."""
    return "/" + str(name).replace("~", "~0").replace("/", "~1")


class Unreadable(Exception):
    """A file that cannot be checked at all."""


class Yaml12Loader(yaml.SafeLoader):
    """PyYAML's safe loader with YAML 1.2's core types: no timestamps, and only true/false are booleans."""


YAML11_ONLY = ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float")
Yaml12Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag not in YAML11_ONLY]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
for tag, pattern, firsts in [
    ("bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    ("int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", "-+0123456789"),
    ("float", r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$", "-+.0123456789"),
]:
    Yaml12Loader.add_implicit_resolver("tag:yaml.org,2002:" + tag, re.compile(pattern), list(firsts))
Yaml12Loader.add_constructor(
    "tag:yaml.org,2002:int", lambda loader, node: int(node.value.replace("0o", "", 1), 8 if "0o" in node.value else 0 if "0x" in node.value else 10)
)


def read_yaml(path):
    """The file as JSON values, and the line and column of each value by its JSON pointer."""
    try:
        with open(path, encoding="utf-8") as handle:
            loader = Yaml12Loader(handle.read())
        try:
            root = loader.get_single_node()
        finally:
            loader.dispose()
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise Unreadable(f"{path}: cannot read as YAML: {error}".replace("\n", " "))
    places = {}
    count = [0]

    def convert(node, pointer):
        count[0] += 1
        if count[0] > NODE_LIMIT:
            raise Unreadable(f"{path}: more than {NODE_LIMIT} values once aliases are expanded")
        places[pointer] = (node.start_mark.line + 1, node.start_mark.column + 1)
        if isinstance(node, yaml.MappingNode):
            result = {}
            for key, value in node.value:
                if not isinstance(key, yaml.ScalarNode):
                    raise Unreadable(f"{path}:{key.start_mark.line + 1}:{key.start_mark.column + 1}: a key that is not text")
                name = str(key.value)
                places[pointer + step(name) + "#key"] = (key.start_mark.line + 1, key.start_mark.column + 1)
                result[name] = convert(value, pointer + step(name))
            return result
        if isinstance(node, yaml.SequenceNode):
            return [convert(value, f"{pointer}/{index}") for index, value in enumerate(node.value)]
        value = loader.construct_object(node)
        if isinstance(value, float) and (value != value or value in (float("inf"), float("-inf"))):
            return node.value  # JSON has no NaN or infinity: kept as text, so that a number check refuses it
        return value

    return (None if root is None else convert(root, "")), places
