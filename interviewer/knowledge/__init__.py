"""The study guide as data and as a searchable index.

``schema`` validates the YAML; ``packs`` adds the question packs installed in the data folder;
``chunks`` turns it (and a user's notes) into passages; ``embeddings`` embeds them offline;
``vector_store`` keeps them in Chroma; ``indexing`` keeps the index in step with the files;
``retrieval`` searches it (dense plus lexical).
May import: ``settings``, ``token_count``.
"""
