"""sqlglot eb35b1359 (Expression.__hash__): hashing a large expression tree, its cached hashes
cleared each time."""

from sqlglot import parse_one

tree = parse_one(
    "SELECT " + ", ".join(f"f{i}(a{i} + b{i} * {i}) AS c{i}" for i in range(300)) + " FROM t"
)
nodes = list(tree.walk())
for _ in range(150):
    for node in nodes:
        node._hash = None
    hash(tree)
