"""Maintenance commands run by hand or by make (never imported by the functions at run time)."""
