from invoice.tax import bracket_rates, invoice_total, line_tax


def test_rates_rise_with_the_bracket():
    rates = bracket_rates("north")
    assert len(rates) == 2000
    assert rates == sorted(rates)


def test_a_region_always_gets_the_same_table():
    assert bracket_rates("south") == bracket_rates("south")
    assert bracket_rates("south") != bracket_rates("islands")


def test_line_tax_uses_the_amount_bracket():
    rates = bracket_rates("east")
    assert line_tax(5_000, "east") == round(5_000 * rates[5])
    assert line_tax(10**9, "east") == round(10**9 * rates[-1])


def test_invoice_total_sums_net_and_tax():
    lines = [(1_000, "west"), (250_000, "west"), (99, "centre")]
    net, tax = invoice_total(lines)
    assert net == 251_099
    assert tax == sum(line_tax(a, r) for a, r in lines)
