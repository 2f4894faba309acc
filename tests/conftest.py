"""Fixtures: small corpora written by the tests themselves (nothing depends on ../shared)."""

from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[1]
CORPUS = PROJECT / "corpus"

GOOD_A = "KOMPAS.com - Presiden Rusia Vladimir Putin tiba di Pyongyang, Selasa (18/6/2024).\nBaca juga: Lain\n"
GOOD_B = "Judul Berita\n\nTuturpedia.com - Kim Jong Un menyambut Putin.\nPenulis: Ani.\n"


@pytest.fixture
def make_corpus(tmp_path):
    """Write files into a fresh folder: make_corpus({"a.txt": "text" or b"bytes"})."""

    counter = iter(range(1000))

    def _make(files: dict) -> Path:
        folder = tmp_path / f"c{next(counter)}"
        folder.mkdir()
        for name, content in files.items():
            p = folder / name
            p.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                p.write_bytes(content)
            else:
                p.write_text(content, encoding="utf-8", newline="")
        return folder

    return _make
