"""The SQL / database instrument (deliverable 7).

Pure analysis in the middle, database I/O behind one seam (``tools.sql.db``):

    parse.py       dialects, input guards (size, nesting, subscript chains), fingerprints
    rules/         anti-pattern rules, one module each, ordered in ``rules.RULES``
    analyze.py     a file or log -> query classes with findings
    sources.py     pg_stat_statements, performance_schema digests, .sql / log files
    nplusone.py    N+1 detection from a request log
    safety.py      what may be explained: one read-only SELECT / WITH statement
    db.py          the seam: URL -> Database (db_postgres, db_mysql, db_sqlite), errors mapped
    plans/         one plan model; parsers for PostgreSQL JSON/text, MySQL/MariaDB JSON, SQLite
    insights/      plan insights, one module each, ordered in ``insights.INSIGHTS``
    advisor.py     index candidates (pure), each validated on the real database
    sqlite_copy.py an index created in a copy of a SQLite file; a query timed on both, interleaved
    pool.py        connection pool advice from measured facts
    models.py      the result records (pydantic, JSON round-trip)
"""
