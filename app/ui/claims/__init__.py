"""Warranty claims (三包维修记录): the list, the editor and its checks."""
