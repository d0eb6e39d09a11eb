"""sqlparse 8238a9e (StripCommentsFilter._process): stripping comments followed by long blank runs."""
import sqlparse

SQL = "select *" + "".join(f" -- comment {i}\r\n" + " " * 2000 + "\r\nfrom t{i}\n" for i in range(60))
for _ in range(3):
    sqlparse.format(SQL, strip_comments=True)
