"""Install the plugin into an isolated QGIS profile and run ``qgis_process`` there.

Used by ``make demo`` and the qgis_process tests. The profile root is what
``QGIS_CUSTOM_CONFIG_PATH`` points at; the plugin goes to
``<root>/profiles/default/python/plugins/alsa``, unpacked from the package zip (what
"Install from ZIP" does), and is enabled with ``qgis_process plugins enable alsa``.
QGIS's Python does not see the venv, so ``PYTHONPATH`` gets the venv's site-packages
(numba, scikit-learn).

Command line: ``python scripts/qgis_profile.py PROFILE_ROOT`` installs and prints the
environment to use, e.g. ``eval "$(python scripts/qgis_profile.py build/qgis-profile)"``.
"""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from package import PLUGIN_DIR, build_zip  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def qgis_process_executable() -> str:
    """``qgis_process.bin`` (Debian's ``qgis_process`` wrapper is broken in 3.22), else ``qgis_process``."""
    for name in ("qgis_process.bin", "qgis_process"):
        found = shutil.which(name)
        if found:
            return found
    raise FileNotFoundError("qgis_process not found: install QGIS (make setup)")


def plugin_folder(profile_root: Path) -> Path:
    return Path(profile_root) / "profiles" / "default" / "python" / "plugins" / PLUGIN_DIR


def qgis_env(profile_root: Path, base: dict | None = None) -> dict[str, str]:
    """The environment for ``qgis_process`` on ``profile_root``: headless, venv packages visible."""
    env = dict(os.environ if base is None else base)
    site = sysconfig.get_path("purelib")  # this interpreter's (the venv's) site-packages
    env["PYTHONPATH"] = os.pathsep.join(p for p in (site, env.get("PYTHONPATH", "")) if p)
    env["QGIS_CUSTOM_CONFIG_PATH"] = str(Path(profile_root).resolve())
    env["QT_QPA_PLATFORM"] = "offscreen"
    if not env.get("XDG_RUNTIME_DIR"):
        runtime = Path(profile_root).resolve() / "runtime"
        runtime.mkdir(mode=0o700, parents=True, exist_ok=True)
        env["XDG_RUNTIME_DIR"] = str(runtime)
    return env


def qgis_process(profile_root: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    """Run ``qgis_process ARGS`` on the profile; raise with its output when it fails and ``check``."""
    cmd = [qgis_process_executable(), *args]
    done = subprocess.run(cmd, env=qgis_env(profile_root), capture_output=True, text=True)
    if check and done.returncode != 0:
        raise RuntimeError(
            f"{shlex.join(cmd)} failed ({done.returncode}):\n{done.stdout[-4000:]}\n{done.stderr[-4000:]}"
        )
    return done


def run_json(profile_root: Path, algorithm: str, params: list[tuple[str, str]]) -> dict:
    """``qgis_process --json run ALG -- K=V ...`` (a key repeated for a list); the parsed JSON."""
    args = ["--json", "run", algorithm, "--", *(f"{k}={v}" for k, v in params)]
    out = qgis_process(profile_root, *args).stdout
    return json.loads(out[out.index("{") :])


def settings_file(profile_root: Path) -> Path:
    """The profile's QgsSettings file (``QGIS/QGIS3.ini``), where ``qgis_process plugins enable`` writes."""
    return Path(profile_root) / "profiles" / "default" / "QGIS" / "QGIS3.ini"


def set_settings(profile_root: Path, section: str, values: dict[str, str]) -> None:
    """Set ``section/key=value`` lines in the profile's QGIS3.ini (QSettings' INI format), keeping the rest."""
    path = settings_file(profile_root)
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    out, current, todo = [], None, dict(values)

    def flush() -> None:  # the keys not seen go at the end of their section, before its blank lines
        blanks = 0
        while out and not out[-1].strip():
            out.pop()
            blanks += 1
        out.extend(f"{key}={value}" for key, value in todo.items())
        out.extend([""] * blanks)
        todo.clear()

    for line in lines:
        stripped = line.strip()
        if stripped.startswith("[") and stripped.endswith("]"):
            if current == section:
                flush()
            current = stripped[1:-1]
        elif current == section and "=" in stripped and stripped.split("=", 1)[0].strip() in todo:
            key = stripped.split("=", 1)[0].strip()
            line = f"{key}={todo.pop(key)}"
        out.append(line)
    if current == section:
        flush()
    if todo:
        out += (["", f"[{section}]"] if out else [f"[{section}]"]) + [f"{k}={v}" for k, v in todo.items()]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def set_locale(profile_root: Path, locale: str) -> None:
    """QGIS's user interface language, as Settings ▸ Options ▸ General ▸ "Override system locale" stores it.

    QGIS 3.22 reads ``[locale] overrideFlag`` and ``userLocale`` from the profile's QGIS3.ini at start-up
    (the translation it loads, ``qgis_<userLocale>.qm``) and ``QgsApplication.locale()`` returns
    ``userLocale`` while the flag is on (e.g. ``zh-Hans``; ``en_US`` gives ``en``).
    """
    set_settings(profile_root, "locale", {"overrideFlag": "true", "userLocale": locale})


def install(profile_root: Path, zip_path: Path | None = None, locale: str | None = None) -> Path:
    """Unpack the plugin zip (built now when not given) into the profile and enable it.

    ``locale`` (e.g. ``zh-Hans``, ``en_US``) sets QGIS's user interface language in the profile;
    None leaves it to the system's.
    """
    profile_root = Path(profile_root)
    target = plugin_folder(profile_root)
    with tempfile.TemporaryDirectory() as tmp:
        zip_path = zip_path or build_zip(ROOT, Path(tmp))
        if target.is_symlink() or target.is_file():
            target.unlink()
        elif target.exists():
            shutil.rmtree(target)
        target.parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(zip_path) as zf:
            zf.extractall(target.parent)
    done = qgis_process(profile_root, "plugins", "enable", PLUGIN_DIR, check=False)
    if done.returncode != 0 and "already enabled" not in done.stdout + done.stderr:
        raise RuntimeError(f"qgis_process plugins enable {PLUGIN_DIR} failed:\n{done.stdout}\n{done.stderr}")
    if locale:
        set_locale(profile_root, locale)  # after qgis_process, which rewrites the file
    return target


if __name__ == "__main__":
    root = Path(sys.argv[1] if len(sys.argv) > 1 else "build/qgis-profile")
    install(root)
    env = qgis_env(root)
    for key in ("QGIS_CUSTOM_CONFIG_PATH", "PYTHONPATH", "QT_QPA_PLATFORM", "XDG_RUNTIME_DIR"):
        print(f"export {key}={shlex.quote(env[key])}")
