"""The Reports section: claim reports with charts and tables, the service scorecard, Excel export."""
