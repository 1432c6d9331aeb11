"""The Return shipments section: old parts going back to head office and its verdict."""
