"""An offline mock interviewer for AI/ML jobs, grounded in a study guide.

The folders are the layers; each may import only the layers listed before it (and its own):

- ``types``, ``settings``, ``token_count``, ``prompt_files``: the foundation (the shared enums
  and typed values, configuration, token counts, prompt and wording files).
- ``knowledge``: the study guide as data, its chunks and embeddings, the Chroma index, retrieval.
- ``core``: pure interview logic: the engine, plans, wording.
- ``judging``: deciding what a text says: the grader, the claim checker and the runtime guard,
  on one matcher.
- ``llm``: language-model backends, the packaged model's files, replies with budgets and fallback.
- ``voice``: speech in and out, and delivery analytics (optional extra).
- ``interview``: one candidate's session: sanitising, intents, the sessions database, transcripts.
- ``web`` and ``cli``: the two front ends.

``docs/architecture.md`` draws the same picture with the reasons behind it.
"""
