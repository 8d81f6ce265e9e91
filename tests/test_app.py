"""The web app starts on loopback and serves its page; hit text is shown as text."""

from __future__ import annotations

import socket
import urllib.request

from app import build_app, render_hits
from interviewer.retrieval import Hit
from interviewer.settings import Settings


def test_app_serves_its_page(tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    app = build_app(Settings(data_dir=tmp_path))  # also builds the missing index
    app.launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True)
    try:
        page = urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=30).read().decode()
        assert "AI/ML mock interviewer" in page
    finally:
        app.close()


def test_note_html_is_escaped():
    hit = Hit("note:1", None, ["notes"], "user_note", "<script>alert(1)</script>", 0.5)
    rendered = render_hits([hit])
    assert "<script>" not in rendered and "&lt;script&gt;" in rendered
