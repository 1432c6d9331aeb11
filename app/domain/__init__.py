"""Plain domain code: dataclasses, enums, rules and money. Standard library only."""
