"""Plans from every database in one model (``plans.model``), parsed by one module per format."""
