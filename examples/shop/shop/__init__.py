"""A small web shop with the problems a performance engineer is paid to find.

Seeded on purpose (perfagent's engagement must find every one):
  1. an N+1 query            GET /api/orders/recent         (shop/app.py: recent_orders)
  2. a missing index         GET /api/customers/{id}/orders (orders.customer_id)
  3. an O(n^2) loop          GET /api/products/{id}/related (shop/recommend.py)
  4. repeated expensive work GET /api/quote                 (shop/pricing.py, no cache)
  5. an oversized response   GET /api/catalog               (megabytes of JSON, no gzip)
  6. an unoptimized bundle   /static/app.js                 (unminified, unhashed, no cache headers)
"""
