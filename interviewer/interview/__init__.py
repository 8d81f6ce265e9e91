"""One candidate's interview: the I/O around the pure engine.

``sanitize`` cleans a message, ``intents`` recognises what the candidate wants, ``session`` runs
an exchange (engine, grader, model, guard) and stores it in ``sessions_db``; ``transcript`` renders
stored turns. May import every layer below the front ends.
"""
