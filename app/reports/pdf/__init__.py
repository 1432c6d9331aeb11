"""PDF forms built with reportlab from plain data (dataclasses); Chinese set in the shipped CJK font."""
