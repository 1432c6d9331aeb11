"""The data layer: SQLAlchemy models, engine, migrations and repositories."""
