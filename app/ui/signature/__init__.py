"""Signature capture on the workstation."""
