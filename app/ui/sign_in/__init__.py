"""Signing in once a service manager turns it on: the dialog, passwords, the session."""
