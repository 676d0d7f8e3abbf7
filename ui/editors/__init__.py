"""Editors for each kind of course object. Views are layout; bindings write through commands."""
