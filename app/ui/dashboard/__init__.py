"""The Dashboard section: the dealer and the counts of what needs action."""
