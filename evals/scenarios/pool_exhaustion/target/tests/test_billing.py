"""The invoicing API's own tests, against the seeded table (the setup command creates it)."""

from __future__ import annotations

from billing.app import app
from fastapi.testclient import TestClient

client = TestClient(app)


def test_a_customers_invoices_newest_first():
    invoices = client.get("/api/customers/42/invoices").json()
    assert 0 < len(invoices) <= 20
    assert [i["issued_on"] for i in invoices] == sorted((i["issued_on"] for i in invoices), reverse=True)


def test_a_customer_without_invoices():
    assert client.get("/api/customers/4100/invoices").json() == []
