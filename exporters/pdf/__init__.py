"""PDF output with ReportLab: handouts, quiz papers, certificates."""
