"""No network at run time: index and search with every non-loopback connection refused."""

from __future__ import annotations

import ipaddress
import json
import socket

import pytest

from interviewer.cli import main


def _is_loopback(address: object) -> bool:
    if isinstance(address, str | bytes):  # a unix socket path
        return True
    host = address[0] if isinstance(address, tuple) else address
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@pytest.fixture
def no_network(monkeypatch):
    attempts: list[object] = []
    real_connect = socket.socket.connect
    real_getaddrinfo = socket.getaddrinfo

    def guarded_connect(self, address):
        if not _is_loopback(address):
            attempts.append(address)
            raise OSError(f"network blocked by test: {address}")
        return real_connect(self, address)

    def guarded_getaddrinfo(host, *args, **kwargs):
        if host not in (None, "localhost") and not _is_loopback((host,)):
            attempts.append(host)
            raise socket.gaierror(f"name resolution blocked by test: {host}")
        return real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", guarded_connect)
    monkeypatch.setattr(socket.socket, "connect_ex", guarded_connect)
    monkeypatch.setattr(socket, "getaddrinfo", guarded_getaddrinfo)
    return attempts


def test_index_and_search_work_with_no_network(no_network, capsys, data_env, tmp_path):
    note = tmp_path / "notes.md"
    note.write_text(
        "# Attention\n\nMulti-head attention runs several attention heads side by side."
    )
    assert main(["index", "--rebuild", "--add", str(note), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["added"] > 100
    assert main(["search", "what is concept drift", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["question_id"] == "q10"
    assert no_network == []  # nothing even tried to reach out
