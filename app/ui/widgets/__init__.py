"""Reusable widgets shared by the sections."""
