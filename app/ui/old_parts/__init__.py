"""The Old parts section: retained parts, their tags, places and life."""
