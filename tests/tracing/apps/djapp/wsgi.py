import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "djapp.settings")
application = get_wsgi_application()


def _seed():
    from django.db import connection

    with connection.cursor() as cur:
        cur.execute("CREATE TABLE IF NOT EXISTS author (id INTEGER PRIMARY KEY, name TEXT)")
        cur.execute(
            "CREATE TABLE IF NOT EXISTS book "
            "(id INTEGER PRIMARY KEY, author_id INTEGER, title TEXT)"
        )
        cur.execute("CREATE TABLE IF NOT EXISTS ping (id INTEGER PRIMARY KEY, code TEXT)")
        cur.execute("SELECT COUNT(*) FROM author")
        if cur.fetchone()[0] == 0:
            cur.executemany(
                "INSERT INTO author VALUES (%s, %s)", [(i, f"a{i}") for i in range(1, 9)]
            )
            cur.executemany(
                "INSERT INTO book VALUES (%s, %s, %s)",
                [(i, 1 + i % 8, f"b{i}") for i in range(1, 60)],
            )
    connection.close()


_seed()
