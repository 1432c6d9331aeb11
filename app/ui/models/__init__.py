"""Passive, lazy table models."""
