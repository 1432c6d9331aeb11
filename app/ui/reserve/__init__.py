"""The Spare-part reserve plan section: plans for the seasons, and the stock they are planned from."""
