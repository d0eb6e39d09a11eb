from stock.restock import restock_plan, velocity


def test_velocity():
    assert velocity([("a", 2), ("b", 1), ("a", 4)], days=2) == {"a": 3.0, "b": 0.5}


def test_plan_orders_what_runs_out_first():
    stock = {"a": 10, "b": 100, "c": 0}
    sales = [("a", 14), ("b", 14), ("c", 7)]
    # a: 2/day x 14 days = 28 - 10 = 18; b: 28 - 100 < 0; c: 1/day x 14 = 14
    assert restock_plan(stock, sales, days=7, lead_days=7) == [("a", 18), ("c", 14)]
