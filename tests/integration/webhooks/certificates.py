"""A throwaway certificate authority and a certificate for `hooks.example`, made with the
openssl command for each test session, so no private key lives in the repository."""

from __future__ import annotations

import subprocess
from pathlib import Path

LEAF_EXTENSIONS = """\
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = DNS:hooks.example
"""


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True)


def make_certificates(folder: Path) -> Path:
    """ca.pem, hooks.example.pem and hooks.example.key in `folder`, which it returns."""
    ec = ("-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes")
    _openssl(
        "req", "-x509", *ec, "-keyout", "ca.key", "-out", "ca.pem", "-days", "2",
        "-subj", "/CN=pipeline-milestones test CA",
        "-addext", "basicConstraints=critical,CA:TRUE",
        "-addext", "keyUsage=critical,keyCertSign,cRLSign",
        cwd=folder,
    )  # fmt: skip
    _openssl(
        "req", "-new", *ec, "-keyout", "hooks.example.key", "-out", "hooks.example.csr",
        "-subj", "/CN=hooks.example",
        cwd=folder,
    )  # fmt: skip
    (folder / "leaf.ext").write_text(LEAF_EXTENSIONS)
    _openssl(
        "x509", "-req", "-in", "hooks.example.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
        "-CAcreateserial", "-out", "hooks.example.pem", "-days", "2", "-extfile", "leaf.ext",
        cwd=folder,
    )  # fmt: skip
    return folder
