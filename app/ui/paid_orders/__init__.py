"""Paid service orders (有偿服务): the list and the editor, shown on the claims page."""
