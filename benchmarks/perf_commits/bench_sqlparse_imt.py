"""sqlparse 012c9f1 (utils.imt): formatting a mid-sized query many times."""

import sqlparse

SQL = (
    "select a.id, b.name, count(*) as n from orders a join customers b on a.cid = b.id "
    "where a.total > 10 and b.country in ('de', 'fr') group by a.id, b.name order by n desc"
)
for _ in range(150):
    sqlparse.format(SQL, reindent=True, keyword_case="upper")
