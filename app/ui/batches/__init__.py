"""The Claim batches section: batches to head office, its settlement notices, the account and the reports."""
