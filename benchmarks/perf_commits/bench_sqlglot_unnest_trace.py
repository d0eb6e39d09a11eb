"""sqlglot 693b3e3ef (Resolver._get_column_type_from_scope): qualifying CTEs that reconverge on a
shared CTE, with an UNNEST (the shape of the commit's own test, 13 levels)."""

from sqlglot import parse_one
from sqlglot.optimizer.qualify import qualify

LEVELS = 13
ctes = [
    "order_attrs0 AS (SELECT id, [STRUCT('color' AS key, 'red' AS value)] AS attrs FROM orders)"
]
for k in range(1, LEVELS):
    ctes.append(
        f"order_attrs{k} AS (SELECT a.id AS id, array_concat(a.attrs, [STRUCT('size' AS key, "
        f"'large' AS value)]) AS attrs FROM order_attrs{k - 1} AS a "
        "JOIN orders AS o ON a.id = o.id)"
    )
ctes.append(
    f"non_null_attrs AS (SELECT ARRAY(SELECT x FROM UNNEST(attrs) AS x WHERE NOT x.value IS NULL) "
    f"AS attrs FROM order_attrs{LEVELS - 1})"
)
SQL = "WITH " + ", ".join(ctes) + " SELECT * FROM non_null_attrs"
qualify(parse_one(SQL, dialect="bigquery"), schema={"orders": {"id": "INT64"}}, dialect="bigquery")
