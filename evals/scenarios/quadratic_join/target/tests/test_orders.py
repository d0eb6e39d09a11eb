from reports.orders import attach_customers, daily_report

CUSTOMERS = [{"id": 1, "name": "Ada", "country": "GB"}, {"id": 2, "name": "Grace", "country": "US"},
             {"id": 2, "name": "duplicate id, never used", "country": "XX"}]


def test_each_order_gets_its_customer_in_order():
    orders = [{"id": 10, "customer_id": 2, "total_cents": 100}, {"id": 11, "customer_id": 1, "total_cents": 250}]
    joined = attach_customers(orders, CUSTOMERS)
    assert [(o["id"], o["customer"], o["country"]) for o in joined] == [(10, "Grace", "US"), (11, "Ada", "GB")]


def test_orders_of_unknown_customers_are_dropped():
    assert attach_customers([{"id": 1, "customer_id": 99, "total_cents": 1}], CUSTOMERS) == []


def test_the_report_lines():
    lines = daily_report([{"id": 7, "customer_id": 1, "total_cents": 1234}], CUSTOMERS)
    assert lines == ["       7 Ada                  GB      12.34"]
