"""Offline evaluations of the interviewer: `python -m evals --help`."""
