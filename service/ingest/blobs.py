"""Raw bodies kept content-addressed: `<blob_dir>/<aa>/<sha256>`, written once, atomically."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from service.ingest.canonical import sha256_hex


class BlobStore:
    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def path_for(self, digest: str) -> Path:
        return self.directory / digest[:2] / digest

    def put(self, body: bytes) -> str:
        """Store `body` under its SHA-256 and return the digest; a known body is not rewritten."""
        digest = sha256_hex(body)
        target = self.path_for(digest)
        if target.exists():
            return digest
        target.parent.mkdir(parents=True, exist_ok=True)
        # Write aside and rename: a crash never leaves a truncated blob under the final name.
        fd, temp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(body)
            os.replace(temp, target)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
        return digest

    def get(self, digest: str) -> bytes:
        return self.path_for(digest).read_bytes()
