"""Find and replace across the course: the panel, its controller and the location labels."""
