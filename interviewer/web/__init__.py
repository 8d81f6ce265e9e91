"""The browser app: pure ``views`` (stored turns to Markdown, HTML and chat messages) and the
Gradio wiring in ``app``. May import ``interview``, ``voice``, ``core`` and below.
"""
