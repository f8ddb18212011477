"""Exporters: pure functions from domain values to text or bytes. No Qt, no database."""
