"""sqlparse a3e19f1 (TokenList._token_matching): one statement with very many tokens."""

import sqlparse

SQL = "SELECT " + ", ".join(f"c{i}" for i in range(6000)) + " FROM t"
sqlparse.parse(SQL)
