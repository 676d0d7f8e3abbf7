"""Shared parts of the GIFT, Moodle XML and Aiken readers and writers (formats/ holds the
formats themselves)."""
