"""Speech, offline: Whisper transcription and a piper voice (``speech``), and how an answer was
delivered (``delivery``: pace, fillers, pauses). May import ``settings``, ``llm.model_files``
and ``llm.cpu``.
"""
