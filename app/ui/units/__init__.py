"""The Units section: units sold, their service files and warranty registration cards."""
