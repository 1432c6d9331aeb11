"""Queries taking a Session; they never commit."""
