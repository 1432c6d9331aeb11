"""Use cases. Each opens one unit of work and returns plain dataclasses, never ORM objects."""
