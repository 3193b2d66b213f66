"""Dictionaries: legacy TABARI/PETRARCH readers and eventscribe's own user dictionaries."""
