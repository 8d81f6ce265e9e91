"""Deciding what a text says, with no language model.

``matching`` is the one place that decides whether a piece of text states a key point or a
misconception; the ``grader`` (what did the candidate cover, miss, get wrong) and the
``claim_checker`` (is each claim of a feedback turn supported) both use it, and the runtime
``guard`` runs the checker on a streaming reply. May import: ``core``, ``knowledge``.
"""
