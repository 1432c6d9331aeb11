"""Importing scans of signed repair records."""
