"""Language models behind one LangChain interface.

``backends`` chooses and builds the model (embedded llama.cpp, an OpenAI-compatible server,
OpenAI, or none); ``replies`` streams a reply within the context budget and falls back to the
deterministic text on any failure, or has the model pick one word of a closed list
(``choose``); ``model_files`` assembles the packaged GGUF; ``doctor`` checks it all;
``local_server`` starts servers on loopback for tests and benchmarks.
May import: ``settings``, ``token_count``, ``prompt_files``, ``core``.
"""
