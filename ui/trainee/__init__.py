"""Trainee mode: the full-screen kiosk on classroom PCs (sign-in, reading, quizzes, results)."""
