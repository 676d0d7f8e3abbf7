"""Taking a quiz as a trainee from the authoring window, with nothing recorded."""
