"""Preview, Print and Save as PDF for the printed forms, from where each record lives."""
