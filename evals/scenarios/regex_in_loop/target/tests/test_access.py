from logstats.access import status_counts


def test_status_counts():
    lines = ['1.2.3.4 - - [27/Nov/2026:10:00:00 +0000] "GET / HTTP/1.1" 200 512',
             '1.2.3.4 - - [27/Nov/2026:10:00:01 +0000] "GET /x HTTP/1.1" 404 -',
             '1.2.3.4 - - [27/Nov/2026:10:00:02 +0000] "POST /cart HTTP/1.1" 200 9',
             'garbage']
    assert status_counts(lines) == {"200": 2, "404": 1}
