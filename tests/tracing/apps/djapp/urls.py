from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.urls import path


def healthz(request):
    return HttpResponse("ok")


def authors(request):
    with connection.cursor() as cur:
        cur.execute("SELECT id, name FROM author ORDER BY id")
        rows = cur.fetchall()
        out = []
        for author_id, name in rows:
            cur.execute("SELECT title FROM book WHERE author_id = %s", [author_id])
            out.append({"name": name, "books": [b[0] for b in cur.fetchall()]})
    return JsonResponse(out, safe=False)


def book(request, pk):
    with connection.cursor() as cur:
        cur.execute("SELECT title FROM book WHERE id = %s", [pk])
        row = cur.fetchone()
    return JsonResponse({"title": row[0] if row else None})


def home(request):
    return HttpResponse("home")


def ping(request, code):
    """A GET whose purpose is the write, as healthchecks' ping endpoint: it records the ping."""
    with connection.cursor() as cur:
        cur.execute("INSERT INTO ping (code) VALUES (%s)", [str(code)])
    return HttpResponse("OK")


urlpatterns = [
    path("", home, name="home"),
    path("healthz", healthz),
    path("authors/", authors),
    path("books/<int:pk>/", book),
    path("ping/<uuid:code>", ping),
]
