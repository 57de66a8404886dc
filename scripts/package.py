"""`make package`: the installable plugin zip ``dist/alsa-<version>.zip`` (top folder ``alsa/``).

The zip holds what QGIS loads, from an explicit include list: ``metadata.txt``,
``__init__.py``, ``LICENSE``, ``alsa_plugin/``, ``processing_provider/``, ``ui/``,
``resources/`` and ``i18n/`` (``.qm`` translations compiled from ``i18n/*.ts`` with
``lrelease`` at package time; the ``.ts`` sources stay out). Caches (``__pycache__``,
numba's ``.nbi``/``.nbc``) and dot files never go in. ``metadata.txt`` is checked first.
"""

from __future__ import annotations

import configparser
import sys
import tempfile
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import transup  # noqa: E402 - the sibling script

ROOT = Path(__file__).resolve().parents[1]
PLUGIN_DIR = "alsa"
TOP_FILES = ("metadata.txt", "__init__.py", "LICENSE")
TOP_DIRS = ("alsa_plugin", "processing_provider", "ui", "resources", "i18n")
SKIP_SUFFIXES = (".pyc", ".pyo", ".nbi", ".nbc", ".ts")
REQUIRED_METADATA = (
    "name",
    "qgisMinimumVersion",
    "description",
    "about",
    "version",
    "author",
    "email",
    "tracker",
    "repository",
    "tags",
    "hasProcessingProvider",
)


def read_metadata(root: Path = ROOT) -> dict[str, str]:
    """``metadata.txt``'s ``[general]`` section; raises ValueError when incomplete."""
    cfg = configparser.ConfigParser(interpolation=None)
    cfg.optionxform = str  # keep camelCase keys
    if not cfg.read(root / "metadata.txt"):
        raise ValueError(f"{root / 'metadata.txt'} is missing")
    meta = dict(cfg["general"]) if cfg.has_section("general") else {}
    missing = [k for k in REQUIRED_METADATA if not meta.get(k, "").strip()]
    if missing:
        raise ValueError(f"metadata.txt: missing or empty {', '.join(missing)}")
    if meta["hasProcessingProvider"].strip().lower() != "yes":
        raise ValueError("metadata.txt: hasProcessingProvider must be 'yes' (qgis_process loads the provider)")
    return meta


def plugin_files(root: Path = ROOT) -> list[Path]:
    """Files of the plugin, relative to ``root``, sorted (no caches, no dot files, no .ts)."""
    files = [Path(name) for name in TOP_FILES if (root / name).is_file()]
    for top in TOP_DIRS:
        for path in sorted((root / top).rglob("*")) if (root / top).is_dir() else ():
            rel = path.relative_to(root)
            if path.is_file() and not _skipped(rel):
                files.append(rel)
    return sorted(files)


def _skipped(rel: Path) -> bool:
    return any(part == "__pycache__" or part.startswith(".") for part in rel.parts) or rel.suffix in SKIP_SUFFIXES


def compile_translations(root: Path, out: Path) -> list[Path]:
    """``i18n/*.ts`` → ``out/i18n/*.qm`` (``transup.release``); returns the .qm paths relative to ``out``."""
    if not sorted((root / "i18n").glob("*.ts")):
        return []
    return [qm.relative_to(out) for qm in transup.release(out / "i18n", root / "i18n")]


def build_zip(root: Path = ROOT, dist: Path | None = None) -> Path:
    """Write ``dist/alsa-<version>.zip`` (default ``root/dist``) and return its path."""
    meta = read_metadata(root)
    dist = Path(dist) if dist is not None else root / "dist"
    dist.mkdir(parents=True, exist_ok=True)
    target = dist / f"{PLUGIN_DIR}-{meta['version']}.zip"
    with tempfile.TemporaryDirectory() as tmp:
        sources = {rel: root / rel for rel in plugin_files(root) if rel.suffix != ".qm"}
        sources.update({rel: Path(tmp) / rel for rel in compile_translations(root, Path(tmp))})
        partial = target.with_name(target.name + ".partial")
        try:
            with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as zf:
                zf.writestr(f"{PLUGIN_DIR}/", "")
                for folder in sorted({p for rel in sources for p in rel.parents if p != Path(".")}):
                    zf.writestr(f"{PLUGIN_DIR}/{folder.as_posix()}/", "")
                for rel in sorted(sources):
                    zf.write(sources[rel], f"{PLUGIN_DIR}/{rel.as_posix()}")
            partial.replace(target)
        except BaseException:  # also on Ctrl+C: no half-written zip is left behind
            partial.unlink(missing_ok=True)
            raise
    return target


if __name__ == "__main__":
    path = build_zip(ROOT, Path(sys.argv[1]) if len(sys.argv) > 1 else None)
    with zipfile.ZipFile(path) as zf:
        n = sum(1 for i in zf.infolist() if not i.is_dir())
    print(f"{path.relative_to(Path.cwd()) if path.is_relative_to(Path.cwd()) else path}: {n} files")
