"""Writers of foreign formats (PDF, HTML, spreadsheets). Imports courseware, never Qt."""
