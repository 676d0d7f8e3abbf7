"""Word (.docx) editions of course documents, written with python-docx."""
