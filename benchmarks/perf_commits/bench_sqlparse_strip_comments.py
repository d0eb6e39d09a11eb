"""sqlparse 8238a9e (StripCommentsFilter._process): stripping a block comment full of CRLF line
breaks (the old pattern's \\r\\n|\\r|\\n alternation backtracks on every way to split the
run)."""

import sqlparse

SQL = "select a /* note" + "\r\n" * 20 + "x */ from t"
for _ in range(3):
    sqlparse.format(SQL, strip_comments=True)
